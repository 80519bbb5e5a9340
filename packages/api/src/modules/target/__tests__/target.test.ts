import { startTestServer, type TestServer } from '../../../../test/helpers';
import { toGlobalId } from '../../../graphql/global-id';

const TARGET_FIELDS = 'id version period sex value comment archivedAt indicator { id nameSv } municipality { code }';

describe('targets', () => {
  let server: TestServer;
  let municipalityId: string;
  /** Seeded Tyresö indicators: percent with 1 decimal, count with 0; both yearly and divided by sex. */
  let percentId: string;
  let countId: string;
  /** A quarterly count not divided by sex, created through the API. */
  let quarterlyId: string;

  const query = async (sql: string, params: unknown[] = []) => (await server.dataSource.query(sql, params)) as Array<Record<string, string>>;

  beforeAll(async () => {
    server = await startTestServer();
    // These tests set their own targets on the seeded indicators; the demo targets would be in the way.
    await query('DELETE FROM target');
    const [tyreso] = await query(`SELECT id FROM municipality WHERE code = '0138'`);
    municipalityId = toGlobalId('Municipality', tyreso?.id as string);
    const byName = Object.fromEntries((await query(`SELECT name_sv, id FROM indicator WHERE municipality_id = $1`, [tyreso?.id])).map((r) => [r.name_sv, toGlobalId('Indicator', r.id as string)]));
    percentId = byName['Andel elever i sfi som klarat minst två kurser'] as string;
    countId = byName['Antal praktikplatser för nyanlända i kommunens verksamheter'] as string;
    const [unit] = await query(`SELECT id FROM organisation_unit WHERE municipality_id = $1 LIMIT 1`, [tyreso?.id]);
    const unitId = toGlobalId('OrganisationUnit', unit?.id as string);
    const created = await server.gql('mutation($input: CreateIndicatorInput!) { createIndicator(input: $input) { indicator { id } errors { field code } } }', {
      input: {
        municipalityId,
        nameSv: 'Antal besök på språkcaféet',
        unit: 'COUNT',
        direction: 'INCREASE',
        periodicity: 'QUARTER',
        dividedBySex: false,
        responsibleImplementationUnitId: unitId,
        responsibleFollowUpUnitId: unitId,
      },
    });
    expect(created.data.createIndicator.errors).toEqual([]);
    quarterlyId = created.data.createIndicator.indicator.id;
  });
  afterAll(() => server.stop());

  const create = async (input: Record<string, unknown>) =>
    (await server.gql(`mutation($input: CreateTargetInput!) { createTarget(input: $input) { target { ${TARGET_FIELDS} } errors { field message code } } }`, { input })).data.createTarget;
  const update = async (input: Record<string, unknown>) =>
    (await server.gql(`mutation($input: UpdateTargetInput!) { updateTarget(input: $input) { target { ${TARGET_FIELDS} } errors { field message code } } }`, { input })).data.updateTarget;
  const archive = async (id: string, version: number) =>
    (await server.gql(`mutation($input: ArchiveInput!) { archiveTarget(input: $input) { target { id archivedAt } errors { field message code } } }`, { input: { id, version } })).data.archiveTarget;
  const node = async (id: string) => (await server.gql(`query($id: ID!) { node(id: $id) { ... on Target { ${TARGET_FIELDS} } } }`, { id })).data.node;
  const codes = (payload: { errors: Array<{ field: string; code: string }> }) => payload.errors.map((e) => [e.field, e.code]);

  describe('createTarget', () => {
    it('creates a target for everyone by default, and one per sex for an indicator divided by sex', async () => {
      const total = await create({ indicatorId: percentId, period: ' 2026 ', value: 60.5, comment: 'Enligt nämndplanen' });
      expect(total.errors).toEqual([]);
      expect(total.target).toMatchObject({
        period: '2026',
        sex: 'TOTAL',
        value: 60.5,
        comment: 'Enligt nämndplanen',
        version: 1,
        archivedAt: null,
        indicator: { id: percentId, nameSv: 'Andel elever i sfi som klarat minst två kurser' },
        municipality: { code: '0138' },
      });
      const women = await create({ indicatorId: percentId, period: '2026', sex: 'WOMEN', value: 62 });
      expect(women.errors).toEqual([]);
      const quarter = await create({ indicatorId: quarterlyId, period: '2026Q3', value: 120 });
      expect(quarter.errors).toEqual([]);
      expect(quarter.target).toMatchObject({ period: '2026-Q3', sex: 'TOTAL', value: 120 });
    });

    it('refuses bad period notation (INVALID_PERIOD) and a period of another type (PERIOD_MISMATCH)', async () => {
      const bad = await create({ indicatorId: percentId, period: '2026-13', value: 50 });
      expect(bad.target).toBeNull();
      expect(codes(bad)).toEqual([['period', 'INVALID_PERIOD']]);
      const mismatch = await create({ indicatorId: percentId, period: '2026H1', value: 50 });
      expect(codes(mismatch)).toEqual([['period', 'PERIOD_MISMATCH']]);
      expect(mismatch.errors[0].message).toMatch(/measured yearly; use a period like 2024/);
      expect(codes(await create({ indicatorId: quarterlyId, period: '2026', value: 5 }))).toEqual([['period', 'PERIOD_MISMATCH']]);
    });

    it('refuses WOMEN and MEN for an indicator not divided by sex (NOT_DIVIDED_BY_SEX)', async () => {
      const payload = await create({ indicatorId: quarterlyId, period: '2026Q1', sex: 'WOMEN', value: 5 });
      expect(codes(payload)).toEqual([['sex', 'NOT_DIVIDED_BY_SEX']]);
      expect(payload.errors[0].message).toMatch(/only TOTAL is allowed/);
    });

    it('refuses a percent outside 0–100 (OUT_OF_RANGE)', async () => {
      expect(codes(await create({ indicatorId: percentId, period: '2027', value: 100.1 }))).toEqual([['value', 'OUT_OF_RANGE']]);
      expect(codes(await create({ indicatorId: percentId, period: '2027', value: -1 }))).toEqual([['value', 'OUT_OF_RANGE']]);
      // A count has no upper bound.
      expect((await create({ indicatorId: countId, period: '2027', value: 1000 })).errors).toEqual([]);
    });

    it('refuses more decimals than the indicator allows (TOO_MANY_DECIMALS)', async () => {
      expect(codes(await create({ indicatorId: percentId, period: '2028', value: 55.25 }))).toEqual([['value', 'TOO_MANY_DECIMALS']]);
      expect(codes(await create({ indicatorId: countId, period: '2028', value: 10.5 }))).toEqual([['value', 'TOO_MANY_DECIMALS']]);
    });

    it('reports every broken value rule at once', async () => {
      expect(codes(await create({ indicatorId: quarterlyId, period: '2026', sex: 'MEN', value: 0.5 }))).toEqual([
        ['period', 'PERIOD_MISMATCH'],
        ['sex', 'NOT_DIVIDED_BY_SEX'],
        ['value', 'TOO_MANY_DECIMALS'],
      ]);
    });

    it('refuses a second active target for the same indicator, period and sex (DUPLICATE); archiving the first frees the place', async () => {
      const first = await create({ indicatorId: countId, period: '2030', sex: 'MEN', value: 15 });
      expect(first.errors).toEqual([]);
      const again = await create({ indicatorId: countId, period: '2030', sex: 'MEN', value: 16 });
      expect(again.target).toBeNull();
      expect(codes(again)).toEqual([['period', 'DUPLICATE']]);
      expect(again.errors[0].message).toMatch(/already has a target for 2030 \(MEN\)/);
      expect((await archive(first.target.id, 1)).errors).toEqual([]);
      const afterArchive = await create({ indicatorId: countId, period: '2030', sex: 'MEN', value: 16 });
      expect(afterArchive.errors).toEqual([]);
      expect(afterArchive.target.value).toBe(16);
      expect((await create({ indicatorId: countId, period: '2030', sex: 'WOMEN', value: 16 })).errors).toEqual([]);
    });

    it('refuses an unknown or archived indicator', async () => {
      expect(codes(await create({ indicatorId: municipalityId, period: '2026', value: 1 }))).toEqual([['indicatorId', 'NOT_FOUND']]);
      const [row] = await query(`INSERT INTO indicator (municipality_id, name_sv, unit, direction, periodicity, responsible_implementation_unit_id, responsible_follow_up_unit_id, archived_at)
        SELECT municipality_id, 'Arkiverad', unit, direction, periodicity, responsible_implementation_unit_id, responsible_follow_up_unit_id, now() FROM indicator LIMIT 1 RETURNING id`);
      expect(codes(await create({ indicatorId: toGlobalId('Indicator', row?.id as string), period: '2026', value: 1 }))).toEqual([['indicatorId', 'INVALID']]);
    });
  });

  describe('updateTarget', () => {
    it('updates with the version read, and refuses a stale version (CONFLICT) without change', async () => {
      const target = (await create({ indicatorId: countId, period: '2031', value: 40 })).target;
      const updated = await update({ id: target.id, version: 1, value: 42, period: '2032', comment: 'Höjt' });
      expect(updated.errors).toEqual([]);
      expect(updated.target).toMatchObject({ value: 42, period: '2032', comment: 'Höjt', version: 2 });
      const stale = await update({ id: target.id, version: 1, value: 50 });
      expect(stale).toEqual({ target: null, errors: [{ field: 'version', code: 'CONFLICT', message: expect.stringContaining('version 2') }] });
      expect(await node(target.id)).toMatchObject({ value: 42, version: 2 });
      const period2032 = await server.gql(`query($id: ID!) { node(id: $id) { ... on Indicator { targets(from: "2032", to: "2032") { value } } } }`, { id: countId });
      expect(period2032.data.node.targets).toEqual([{ value: 42 }]);
    });

    it('checks the value rules against the target as it will be, and refuses a key that is taken (DUPLICATE)', async () => {
      const target = (await create({ indicatorId: percentId, period: '2033', sex: 'WOMEN', value: 70 })).target;
      await create({ indicatorId: percentId, period: '2033', sex: 'MEN', value: 65 });
      expect(codes(await update({ id: target.id, version: 1, value: 170 }))).toEqual([['value', 'OUT_OF_RANGE']]);
      expect(codes(await update({ id: target.id, version: 1, value: 70.55 }))).toEqual([['value', 'TOO_MANY_DECIMALS']]);
      expect(codes(await update({ id: target.id, version: 1, period: '2033Q1' }))).toEqual([['period', 'PERIOD_MISMATCH']]);
      expect(codes(await update({ id: target.id, version: 1, period: '20x3' }))).toEqual([['period', 'INVALID_PERIOD']]);
      expect(codes(await update({ id: target.id, version: 1, sex: 'MEN' }))).toEqual([['period', 'DUPLICATE']]);
      expect(codes(await update({ id: target.id, version: 1, value: null }))).toEqual([['value', 'INVALID']]);
      expect(await node(target.id)).toMatchObject({ period: '2033', sex: 'WOMEN', value: 70, version: 1 });
      const quarter = (await create({ indicatorId: quarterlyId, period: '2033Q2', value: 7 })).target;
      expect(codes(await update({ id: quarter.id, version: 1, sex: 'MEN' }))).toEqual([['sex', 'NOT_DIVIDED_BY_SEX']]);
    });
  });

  describe('archiveTarget', () => {
    it('archives: the target leaves lists and Indicator.targets but stays readable', async () => {
      const target = (await create({ indicatorId: quarterlyId, period: '2034Q4', value: 9 })).target;
      const archived = await archive(target.id, 1);
      expect(archived.errors).toEqual([]);
      expect(archived.target.archivedAt).not.toBeNull();
      const { data } = await server.gql(
        `query($id: ID!, $where: TargetWhereInput) { node(id: $id) { ... on Indicator { targets(from: "2034Q1") { period } } } targets(where: $where) { totalCount } }`,
        {
          id: quarterlyId,
          where: { indicator: { eq: quarterlyId }, period: { from: '2034Q1' } },
        },
      );
      expect(data.node.targets).toEqual([]);
      expect(data.targets.totalCount).toBe(0);
      expect((await node(target.id)).value).toBe(9);
      expect(codes(await archive(target.id, 1))).toEqual([['version', 'CONFLICT']]);
    });
  });

  describe('targets(where, orderBy)', () => {
    it('filters by municipality, indicator, period range, sex and archived; orders by period and pages', async () => {
      const list = async (where: Record<string, unknown>, extra = '') =>
        (await server.gql(`query($where: TargetWhereInput) { targets(where: $where ${extra}) { totalCount nodes { period sex value } pageInfo { hasNextPage endCursor } } }`, { where })).data.targets;
      const tranemo = toGlobalId('Municipality', (await query(`SELECT id FROM municipality WHERE code = '1498'`))[0]?.id as string);
      expect((await list({ municipality: { eq: tranemo } })).totalCount).toBe(0);
      const percent = await list({ municipality: { eq: municipalityId }, indicator: { eq: percentId }, period: { from: '2026', to: '2033' } });
      expect(percent.nodes.map((t: { period: string }) => t.period)).toEqual(['2026', '2026', '2033', '2033']);
      const women = await list({ indicator: { eq: percentId }, sex: { oneOf: ['WOMEN'] } });
      expect(women.nodes).toEqual([
        { period: '2026', sex: 'WOMEN', value: 62 },
        { period: '2033', sex: 'WOMEN', value: 70 },
      ]);
      const count = await list({ indicator: { eq: countId } });
      const withArchived = await list({ indicator: { eq: countId }, includeArchived: true });
      expect(withArchived.totalCount).toBe(count.totalCount + 1);
      const page = await list({ indicator: { eq: countId } }, ', first: 1, orderBy: { field: PERIOD, direction: DESC }');
      expect(page.nodes[0].period).toBe('2032');
      expect(page.pageInfo.hasNextPage).toBe(true);
      const bad = await server.gql('{ targets(where: { period: { from: "soon" } }) { totalCount } }');
      expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    });
  });
});
