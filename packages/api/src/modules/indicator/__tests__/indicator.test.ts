import { startTestServer, type TestServer } from '../../../../test/helpers';
import { toGlobalId } from '../../../graphql/global-id';

const INDICATOR_FIELDS = `id version nameSv nameEn unit decimals direction periodicity dividedBySex sourceKind sourceReference
  baselineValue baselinePeriod published licence archivedAt responsibleImplementationRole responsibleFollowUpRole
  responsibleImplementationUnit { id name } responsibleFollowUpUnit { id name } goals { id title } municipality { code }`;

describe('indicators', () => {
  let server: TestServer;
  let municipalityId: string;
  let tranemoId: string;
  let units: Record<string, string>;
  let goals: Record<string, string>;
  let seeded: Record<string, string>;
  let foreignUnitId: string;
  let foreignGoalId: string;

  const query = async (sql: string, params: unknown[] = []) => (await server.dataSource.query(sql, params)) as Array<Record<string, string>>;

  beforeAll(async () => {
    server = await startTestServer();
    // These tests set their own targets on the seeded indicators; the demo targets would be in the way.
    await query('DELETE FROM target');
    const [tyreso] = await query(`SELECT id FROM municipality WHERE code = '0138'`);
    const [tranemo] = await query(`SELECT id FROM municipality WHERE code = '1498'`);
    municipalityId = toGlobalId('Municipality', tyreso?.id as string);
    tranemoId = toGlobalId('Municipality', tranemo?.id as string);
    units = Object.fromEntries((await query(`SELECT name, id FROM organisation_unit WHERE municipality_id = $1`, [tyreso?.id])).map((r) => [r.name, toGlobalId('OrganisationUnit', r.id as string)]));
    goals = Object.fromEntries((await query(`SELECT title, id FROM goal WHERE municipality_id = $1`, [tyreso?.id])).map((r) => [r.title, toGlobalId('Goal', r.id as string)]));
    seeded = Object.fromEntries((await query(`SELECT name_sv, id FROM indicator WHERE municipality_id = $1`, [tyreso?.id])).map((r) => [r.name_sv, toGlobalId('Indicator', r.id as string)]));
    foreignUnitId = toGlobalId('OrganisationUnit', (await query(`SELECT id FROM organisation_unit WHERE municipality_id = $1 LIMIT 1`, [tranemo?.id]))[0]?.id as string);
    foreignGoalId = toGlobalId('Goal', (await query(`SELECT id FROM goal WHERE municipality_id = $1 LIMIT 1`, [tranemo?.id]))[0]?.id as string);
  });
  afterAll(() => server.stop());

  const uf = () => units.Utvecklingsförvaltningen as string;
  const vux = () => units.Vuxenutbildningen as string;
  const valid = (extra: Record<string, unknown> = {}) => ({
    municipalityId,
    nameSv: 'Andel nyanlända som deltar i föreningsliv',
    unit: 'PERCENT',
    decimals: 1,
    direction: 'INCREASE',
    periodicity: 'YEAR',
    responsibleImplementationUnitId: vux(),
    responsibleFollowUpUnitId: uf(),
    ...extra,
  });
  const create = async (input: Record<string, unknown>) =>
    (await server.gql(`mutation($input: CreateIndicatorInput!) { createIndicator(input: $input) { indicator { ${INDICATOR_FIELDS} } errors { field message code } } }`, { input })).data
      .createIndicator;
  const update = async (input: Record<string, unknown>) =>
    (await server.gql(`mutation($input: UpdateIndicatorInput!) { updateIndicator(input: $input) { indicator { ${INDICATOR_FIELDS} } errors { field message code } } }`, { input })).data
      .updateIndicator;
  const node = async (id: string) => (await server.gql(`query($id: ID!) { node(id: $id) { ... on Indicator { ${INDICATOR_FIELDS} } } }`, { id })).data.node;
  const codes = (payload: { errors: Array<{ field: string; code: string }> }) => payload.errors.map((e) => [e.field, e.code]);
  const uuidOf = (globalId: string) => Buffer.from(globalId, 'base64url').toString('utf8').split(':')[1] as string;
  const addMeasurement = (indicatorId: string, period: string, sex: string, value: number) =>
    query(
      `INSERT INTO measurement (municipality_id, indicator_id, period, period_type, period_start, sex, value)
       SELECT municipality_id, id, $2, periodicity, $3, $4, $5 FROM indicator WHERE id = $1`,
      [uuidOf(indicatorId), period, `${period.slice(0, 4)}-01-01`, sex, value],
    );

  describe('createIndicator', () => {
    it('creates an indicator with both responsibilities, source, baseline, licence and goals', async () => {
      const goalId = goals['Fler nyanlända får goda kunskaper i svenska språket'] as string;
      const payload = await create(
        valid({
          nameEn: 'Share of newcomers in associations',
          sourceKind: 'KOLADA',
          sourceReference: ' N00945 ',
          responsibleImplementationRole: 'Enhetschef',
          responsibleFollowUpRole: 'Utredare',
          baselineValue: 12.5,
          baselinePeriod: '2018',
          published: true,
          licence: 'https://creativecommons.org/publicdomain/zero/1.0/',
          goalIds: [goalId],
        }),
      );
      expect(payload.errors).toEqual([]);
      expect(payload.indicator).toMatchObject({
        nameSv: 'Andel nyanlända som deltar i föreningsliv',
        unit: 'PERCENT',
        decimals: 1,
        dividedBySex: true,
        sourceKind: 'KOLADA',
        sourceReference: 'N00945',
        baselineValue: 12.5,
        baselinePeriod: '2018',
        published: true,
        version: 1,
        responsibleImplementationUnit: { id: vux(), name: 'Vuxenutbildningen' },
        responsibleFollowUpUnit: { id: uf(), name: 'Utvecklingsförvaltningen' },
        responsibleImplementationRole: 'Enhetschef',
        goals: [{ id: goalId, title: 'Fler nyanlända får goda kunskaper i svenska språket' }],
        municipality: { code: '0138' },
      });
      const sides = await server.gql(
        `query($goal: ID!, $vux: ID!, $uf: ID!) {
          goal: node(id: $goal) { ... on Goal { indicators { id } } }
          vux: node(id: $vux) { ... on OrganisationUnit { indicators { id } } }
          uf: node(id: $uf) { ... on OrganisationUnit { indicators { id } } }
        }`,
        { goal: goalId, vux: vux(), uf: uf() },
      );
      expect(sides.errors).toBeUndefined();
      expect(sides.data.goal.indicators).toContainEqual({ id: payload.indicator.id });
      // Vuxenutbildningen implements the seeded SFI indicator and this one.
      expect(sides.data.vux.indicators).toEqual(expect.arrayContaining([{ id: payload.indicator.id }, { id: seeded['Andel elever i sfi som klarat minst två kurser'] }]));
      expect(sides.data.vux.indicators).toHaveLength(2);
      // Utvecklingsförvaltningen follows up every seeded indicator and this one; each appears once.
      const ufIds = sides.data.uf.indicators.map((i: { id: string }) => i.id);
      expect(ufIds).toContain(payload.indicator.id);
      expect(new Set(ufIds).size).toBe(ufIds.length);
    });

    it('refuses an indicator without either responsibility (RESPONSIBILITY_REQUIRED on each field)', async () => {
      const payload = await create(valid({ responsibleImplementationUnitId: null, responsibleFollowUpUnitId: undefined }));
      expect(payload.indicator).toBeNull();
      expect(codes(payload)).toEqual([
        ['responsibleImplementationUnitId', 'RESPONSIBILITY_REQUIRED'],
        ['responsibleFollowUpUnitId', 'RESPONSIBILITY_REQUIRED'],
      ]);
      expect(payload.errors[1].message).toMatch(/responsible for follow-up/);
      const total = await query(`SELECT count(*)::int AS n FROM indicator WHERE name_sv = 'Andel nyanlända som deltar i föreningsliv'`);
      expect(total[0]?.n).toBe(1);
    });

    it('refuses a responsible unit of another municipality (NOT_FOUND)', async () => {
      expect(codes(await create(valid({ responsibleFollowUpUnitId: foreignUnitId, goalIds: [foreignGoalId] })))).toEqual([
        ['responsibleFollowUpUnitId', 'NOT_FOUND'],
        ['goalIds[0]', 'NOT_FOUND'],
      ]);
    });

    it('refuses decimals outside 0–6 (INVALID)', async () => {
      expect(codes(await create(valid({ decimals: 7 })))).toEqual([['decimals', 'INVALID']]);
      expect(codes(await create(valid({ decimals: -1 })))).toEqual([['decimals', 'INVALID']]);
    });

    it('refuses a KOLADA or OTHER_SYSTEM source without sourceReference (REQUIRED)', async () => {
      const kolada = await create(valid({ sourceKind: 'KOLADA' }));
      expect(codes(kolada)).toEqual([['sourceReference', 'REQUIRED']]);
      expect(kolada.errors[0].message).toMatch(/Kolada KPI id/);
      expect(codes(await create(valid({ sourceKind: 'OTHER_SYSTEM', sourceReference: '   ' })))).toEqual([['sourceReference', 'REQUIRED']]);
      expect((await create(valid({ nameSv: 'Från SCB', sourceKind: 'SCB' }))).errors).toEqual([]);
    });

    it('refuses a baseline that breaks the periodicity or the unit', async () => {
      expect(codes(await create(valid({ baselineValue: 10, baselinePeriod: '2018Q1' })))).toEqual([['baselinePeriod', 'PERIOD_MISMATCH']]);
      expect(codes(await create(valid({ baselineValue: 10, baselinePeriod: '18' })))).toEqual([['baselinePeriod', 'INVALID_PERIOD']]);
      expect(codes(await create(valid({ baselineValue: 100.5, baselinePeriod: '2018' })))).toEqual([['baselineValue', 'OUT_OF_RANGE']]);
      expect(codes(await create(valid({ baselineValue: 12.25, baselinePeriod: '2018' })))).toEqual([['baselineValue', 'TOO_MANY_DECIMALS']]);
      expect(codes(await create(valid({ baselineValue: 12 })))).toEqual([['baselinePeriod', 'REQUIRED']]);
      expect(codes(await create(valid({ baselinePeriod: '2018' })))).toEqual([['baselineValue', 'REQUIRED']]);
    });

    it('refuses a licence that is not an absolute http(s) URI (INVALID)', async () => {
      expect(codes(await create(valid({ licence: 'ftp://example.org/licence' })))).toEqual([['licence', 'INVALID']]);
      expect(codes(await create(valid({ licence: 'cc0' })))).toEqual([['licence', 'INVALID']]);
    });
  });

  describe('updateIndicator', () => {
    it('updates with the version read, replaces goal links, and refuses a stale version (CONFLICT)', async () => {
      const [g1, g2] = [goals['Fler nyanlända kvinnor och män når egen försörjning'] as string, goals['Nyanlända elever ges förutsättningar att nå behörighet till gymnasiet'] as string];
      const created = (await create(valid({ nameSv: 'Att uppdatera', goalIds: [g1] }))).indicator;
      const updated = await update({ id: created.id, version: 1, nameSv: ' Uppdaterad ', responsibleImplementationUnitId: uf(), nameEn: null, goalIds: [g2] });
      expect(updated.errors).toEqual([]);
      expect(updated.indicator).toMatchObject({ nameSv: 'Uppdaterad', nameEn: null, version: 2, responsibleImplementationUnit: { id: uf() }, goals: [{ id: g2 }] });
      const linksOnly = await update({ id: created.id, version: 2, goalIds: [] });
      expect(linksOnly.indicator).toMatchObject({ version: 3, goals: [] });
      const stale = await update({ id: created.id, version: 2, nameSv: 'För sent' });
      expect(stale).toEqual({ indicator: null, errors: [{ field: 'version', code: 'CONFLICT', message: expect.stringContaining('version 3') }] });
      expect(await node(created.id)).toMatchObject({ nameSv: 'Uppdaterad', version: 3 });
    });

    it('refuses clearing a responsibility (RESPONSIBILITY_REQUIRED) and changes nothing', async () => {
      const created = (await create(valid({ nameSv: 'Ansvar kvar' }))).indicator;
      const payload = await update({ id: created.id, version: 1, responsibleFollowUpUnitId: null, nameSv: 'Utan ansvar' });
      expect(codes(payload)).toEqual([['responsibleFollowUpUnitId', 'RESPONSIBILITY_REQUIRED']]);
      expect(await node(created.id)).toMatchObject({ nameSv: 'Ansvar kvar', version: 1, responsibleFollowUpUnit: { id: uf() } });
      expect(codes(await update({ id: created.id, version: 1, responsibleImplementationUnitId: foreignUnitId }))).toEqual([['responsibleImplementationUnitId', 'NOT_FOUND']]);
      expect(codes(await update({ id: created.id, version: 1, unit: null, published: null }))).toEqual([
        ['unit', 'INVALID'],
        ['published', 'INVALID'],
      ]);
    });

    it('checks the source and baseline against the indicator as it will be', async () => {
      const created = (await create(valid({ nameSv: 'Kvartalsvis', baselineValue: 10, baselinePeriod: '2018' }))).indicator;
      expect(codes(await update({ id: created.id, version: 1, sourceKind: 'KOLADA' }))).toEqual([['sourceReference', 'REQUIRED']]);
      expect(codes(await update({ id: created.id, version: 1, periodicity: 'QUARTER' }))).toEqual([['baselinePeriod', 'PERIOD_MISMATCH']]);
      expect(codes(await update({ id: created.id, version: 1, decimals: 0, baselineValue: 10.5 }))).toEqual([['baselineValue', 'TOO_MANY_DECIMALS']]);
      const ok = await update({ id: created.id, version: 1, periodicity: 'QUARTER', baselinePeriod: '2018q1', sourceKind: 'KOLADA', sourceReference: 'U00405' });
      expect(codes(ok)).toEqual([['baselinePeriod', 'INVALID_PERIOD']]);
      const fixed = await update({ id: created.id, version: 1, periodicity: 'QUARTER', baselinePeriod: '2018Q1', sourceKind: 'KOLADA', sourceReference: 'U00405' });
      expect(fixed.errors).toEqual([]);
      expect(fixed.indicator).toMatchObject({ periodicity: 'QUARTER', baselinePeriod: '2018-Q1', sourceReference: 'U00405' });
    });

    it('refuses changing periodicity or dividedBySex once measurements exist (INVALID, saying why)', async () => {
      const created = (await create(valid({ nameSv: 'Med mätvärden' }))).indicator;
      await addMeasurement(created.id, '2023', 'WOMEN', 40);
      const periodicity = await update({ id: created.id, version: 1, periodicity: 'HALF_YEAR' });
      expect(codes(periodicity)).toEqual([['periodicity', 'INVALID']]);
      expect(periodicity.errors[0].message).toMatch(/1 measurement in YEAR periods/);
      const sex = await update({ id: created.id, version: 1, dividedBySex: false });
      expect(codes(sex)).toEqual([['dividedBySex', 'INVALID']]);
      expect(sex.errors[0].message).toMatch(/1 measurement reported for women and men separately/);
      expect(await node(created.id)).toMatchObject({ periodicity: 'YEAR', dividedBySex: true, version: 1 });
      // Without values the same change is fine.
      const empty = (await create(valid({ nameSv: 'Utan mätvärden' }))).indicator;
      expect((await update({ id: empty.id, version: 1, periodicity: 'HALF_YEAR', dividedBySex: false })).errors).toEqual([]);
    });

    it('refuses changing periodicity once targets exist, and dividedBySex under targets for women or men', async () => {
      const created = (await create(valid({ nameSv: 'Med målvärden' }))).indicator;
      const target = await server.gql('mutation($input: CreateTargetInput!) { createTarget(input: $input) { errors { code } } }', {
        input: { indicatorId: created.id, period: '2026', sex: 'MEN', value: 50 },
      });
      expect(target.data.createTarget.errors).toEqual([]);
      const payload = await update({ id: created.id, version: 1, periodicity: 'MONTH', dividedBySex: false });
      expect(codes(payload)).toEqual([
        ['periodicity', 'INVALID'],
        ['dividedBySex', 'INVALID'],
      ]);
      expect(payload.errors[0].message).toMatch(/1 target in YEAR periods/);
    });

    it('refuses a stricter unit or fewer decimals than the stored values have (OUT_OF_RANGE, TOO_MANY_DECIMALS)', async () => {
      const created = (await create(valid({ nameSv: 'Antal deltagare', unit: 'COUNT', decimals: 2 }))).indicator;
      await addMeasurement(created.id, '2023', 'TOTAL', 150.25);
      const payload = await update({ id: created.id, version: 1, unit: 'PERCENT', decimals: 1 });
      expect(codes(payload)).toEqual([
        ['unit', 'OUT_OF_RANGE'],
        ['decimals', 'TOO_MANY_DECIMALS'],
      ]);
      expect(payload.errors[1].message).toMatch(/1 measurement have more decimals/);
      // A trailing zero is not a decimal: 150.20 allows decimals 1.
      await query(`UPDATE measurement SET value = 150.20 WHERE indicator_id = $1`, [uuidOf(created.id)]);
      expect((await update({ id: created.id, version: 1, decimals: 1 })).errors).toEqual([]);
    });
  });

  describe('archiveIndicator', () => {
    it('archives: the indicator leaves lists and goals but stays readable', async () => {
      const goalId = goals['Fler nyanlända får goda kunskaper i svenska språket'] as string;
      const created = (await create(valid({ nameSv: 'Att arkivera', goalIds: [goalId] }))).indicator;
      const archived = await server.gql('mutation($input: ArchiveInput!) { archiveIndicator(input: $input) { indicator { archivedAt version } errors { code } } }', {
        input: { id: created.id, version: 1 },
      });
      expect(archived.data.archiveIndicator.errors).toEqual([]);
      expect(archived.data.archiveIndicator.indicator.archivedAt).not.toBeNull();
      const after = await server.gql(`query($goal: ID!, $where: IndicatorWhereInput) { node(id: $goal) { ... on Goal { indicators { id } } } indicators(where: $where) { totalCount } }`, {
        goal: goalId,
        where: { search: 'Att arkivera' },
      });
      expect(after.data.node.indicators).not.toContainEqual({ id: created.id });
      expect(after.data.indicators.totalCount).toBe(0);
      expect((await node(created.id)).nameSv).toBe('Att arkivera');
      const stale = await server.gql('mutation($input: ArchiveInput!) { archiveIndicator(input: $input) { errors { field code } } }', { input: { id: created.id, version: 1 } });
      expect(stale.data.archiveIndicator.errors).toEqual([{ field: 'version', code: 'CONFLICT' }]);
    });
  });

  describe('indicators(where, orderBy)', () => {
    const list = async (where: Record<string, unknown>, extra = '') =>
      (await server.gql(`query($where: IndicatorWhereInput) { indicators(where: $where ${extra}) { totalCount nodes { nameSv } pageInfo { hasNextPage endCursor } } }`, { where })).data.indicators;

    it('filters by municipality, goal, responsible unit, unit, periodicity, published, search and archived', async () => {
      expect((await list({ municipality: { eq: tranemoId } })).totalCount).toBe(1);
      const byGoal = await list({ goal: { eq: goals['Fler nyanlända kvinnor och män når egen försörjning'] } });
      expect(byGoal.nodes.map((n: { nameSv: string }) => n.nameSv)).toEqual([
        'Andel nyanlända i arbete eller studier 90 dagar efter avslutat etableringsprogram',
        'Andel utrikes födda 20–64 år med egen försörjning',
      ]);
      const byImplementation = await list({ responsibleUnit: { eq: units.Kommunstyrelseförvaltningen }, municipality: { eq: municipalityId } });
      expect(byImplementation.nodes).toEqual([{ nameSv: 'Antal praktikplatser för nyanlända i kommunens verksamheter' }]);
      const counts = await list({ municipality: { eq: municipalityId }, unit: { oneOf: ['COUNT'] }, periodicity: { oneOf: ['YEAR'] }, published: true });
      expect(counts.nodes).toEqual([{ nameSv: 'Antal praktikplatser för nyanlända i kommunens verksamheter' }]);
      expect((await list({ municipality: { eq: municipalityId }, published: false, search: 'praktikplatser' })).totalCount).toBe(0);
      expect((await list({ search: 'SFI kurser' })).nodes).toEqual([{ nameSv: 'Andel elever i sfi som klarat minst två kurser' }]);
      expect((await list({ search: 'Att arkivera', includeArchived: true })).totalCount).toBe(1);
      expect((await list({ goal: { oneOf: [] } })).totalCount).toBe(0);
    });

    it('orders by name or by last change, and pages', async () => {
      const where = { municipality: { eq: municipalityId } };
      const byName = await list(where, ', first: 3, orderBy: { field: NAME, direction: ASC }');
      const names = byName.nodes.map((n: { nameSv: string }) => n.nameSv);
      expect([...names].sort((a, b) => (a < b ? -1 : 1))).toEqual(names);
      expect(byName.pageInfo.hasNextPage).toBe(true);
      const latest = await list(where, ', first: 1, orderBy: { field: UPDATED_AT, direction: DESC }');
      const [newest] = await query(`SELECT name_sv FROM indicator WHERE municipality_id = $1 AND archived_at IS NULL ORDER BY updated_at DESC, id DESC LIMIT 1`, [uuidOf(municipalityId)]);
      expect(latest.nodes).toEqual([{ nameSv: newest?.name_sv }]);
    });
  });

  describe('Indicator.targets and the cost of a nested read', () => {
    it('lists targets in period order, in a range and for one sex', async () => {
      const indicatorId = seeded['Antal praktikplatser för nyanlända i kommunens verksamheter'] as string;
      for (const [period, sex, value] of [
        ['2027', 'TOTAL', 40],
        ['2026', 'MEN', 20],
        ['2026', 'TOTAL', 36],
        ['2026', 'WOMEN', 16],
        ['2025', 'TOTAL', 30],
      ] as const) {
        const r = await server.gql('mutation($input: CreateTargetInput!) { createTarget(input: $input) { errors { code } } }', { input: { indicatorId, period, sex, value } });
        expect(r.data.createTarget.errors).toEqual([]);
      }
      const { data, errors } = await server.gql(
        `query($id: ID!) { node(id: $id) { ... on Indicator {
          all: targets { period sex value }
          range: targets(from: "2026", to: "2026") { period sex }
          women: targets(sex: WOMEN) { period value }
        } } }`,
        { id: indicatorId },
      );
      expect(errors).toBeUndefined();
      expect(data.node.all.map((t: { period: string; sex: string }) => `${t.period} ${t.sex}`)).toEqual(['2025 TOTAL', '2026 TOTAL', '2026 WOMEN', '2026 MEN', '2027 TOTAL']);
      expect(data.node.range).toHaveLength(3);
      expect(data.node.women).toEqual([{ period: '2026', value: 16 }]);
      const bad = await server.gql(`query($id: ID!) { node(id: $id) { ... on Indicator { targets(from: "soon") { period } } } }`, { id: indicatorId });
      expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    });

    it('costs the same number of SQL statements for the indicators with their units, goals and targets when they grow tenfold', async () => {
      const NESTED = `query($where: IndicatorWhereInput) { indicators(first: 100, where: $where) { totalCount nodes {
        nameSv responsibleImplementationUnit { name } responsibleFollowUpUnit { name }
        goals { title ownerUnit { name } indicators { nameSv } } targets(from: "2020") { period value }
      } } }`;
      const where = { municipality: { eq: tranemoId } };
      const before = await server.gql(NESTED, { where });
      expect(before.errors).toBeUndefined();
      expect(before.sqlStatements).toBeGreaterThan(0);
      const goalId = toGlobalId('Goal', (await query(`SELECT id FROM goal WHERE municipality_id = $1 AND level = 'COMMITTEE_GOAL' LIMIT 1`, [uuidOf(tranemoId)]))[0]?.id as string);
      const ks = toGlobalId('OrganisationUnit', (await query(`SELECT id FROM organisation_unit WHERE municipality_id = $1 AND name = 'Kommunstyrelsen'`, [uuidOf(tranemoId)]))[0]?.id as string);
      for (let i = 0; i < 10; i += 1) {
        const created = await create({
          municipalityId: tranemoId,
          nameSv: `Tranemo ${i}`,
          unit: 'COUNT',
          direction: 'KEEP',
          periodicity: 'YEAR',
          responsibleImplementationUnitId: ks,
          responsibleFollowUpUnitId: foreignUnitId,
          goalIds: [goalId, foreignGoalId],
        });
        expect(created.errors).toEqual([]);
        await server.gql('mutation($input: CreateTargetInput!) { createTarget(input: $input) { errors { code } } }', { input: { indicatorId: created.indicator.id, period: '2024', value: i } });
      }
      const after = await server.gql(NESTED, { where });
      expect(after.errors).toBeUndefined();
      expect(after.data.indicators.totalCount).toBe(11);
      expect(after.sqlStatements).toBe(before.sqlStatements);
      expect(after.data.indicators.nodes.filter((n: { targets: unknown[]; goals: unknown[] }) => n.targets.length === 1 && n.goals.length === 2)).toHaveLength(10);
    });
  });
});
