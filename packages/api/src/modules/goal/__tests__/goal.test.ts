import { startTestServer, type TestServer } from '../../../../test/helpers';
import { toGlobalId } from '../../../graphql/global-id';

const GOAL_FIELDS = `id version level title description startPeriod endPeriod sortOrder archivedAt
  steeringDocument { id } parent { id } focusArea { id key } ownerUnit { id name } indicators { id nameSv } municipality { code }`;

interface Fixture {
  municipalityId: string;
  documentId: string;
  aimId: string;
  areas: Record<string, string>;
  units: Record<string, string>;
  indicators: Record<string, string>;
  committeeGoalId: string;
  /** A second document of the same municipality, with one focus area. */
  otherDocumentId: string;
  otherAreaId: string;
  /** Objects of another municipality (Tranemo). */
  foreignUnitId: string;
  foreignIndicatorId: string;
}

describe('goals', () => {
  let server: TestServer;
  let f: Fixture;

  const query = async (sql: string, params: unknown[] = []) => (await server.dataSource.query(sql, params)) as Array<Record<string, string>>;

  beforeAll(async () => {
    server = await startTestServer();
    const [tyreso] = await query(`SELECT id FROM municipality WHERE code = '0138'`);
    const [tranemo] = await query(`SELECT id FROM municipality WHERE code = '1498'`);
    const m = tyreso?.id as string;
    const [document] = await query(`SELECT id FROM steering_document WHERE municipality_id = $1`, [m]);
    const d = document?.id as string;
    const [aim] = await query(`SELECT id FROM goal WHERE steering_document_id = $1 AND level = 'OVERALL_AIM'`, [d]);
    const [committeeGoal] = await query(`SELECT id FROM goal WHERE steering_document_id = $1 AND title LIKE 'Fler nyanlända kvinnor%'`, [d]);
    const areas = Object.fromEntries((await query(`SELECT key, id FROM focus_area WHERE steering_document_id = $1`, [d])).map((r) => [r.key, toGlobalId('FocusArea', r.id as string)]));
    const units = Object.fromEntries((await query(`SELECT name, id FROM organisation_unit WHERE municipality_id = $1`, [m])).map((r) => [r.name, toGlobalId('OrganisationUnit', r.id as string)]));
    const indicators = Object.fromEntries((await query(`SELECT name_sv, id FROM indicator WHERE municipality_id = $1`, [m])).map((r) => [r.name_sv, toGlobalId('Indicator', r.id as string)]));
    const [other] = await query(`INSERT INTO steering_document (municipality_id, kind, title) VALUES ($1, 'PLAN', 'Handlingsplan för integration') RETURNING id`, [m]);
    const [otherArea] = await query(`INSERT INTO focus_area (municipality_id, steering_document_id, key, name_sv, name_en, sort_order) VALUES ($1, $2, 'WORK', 'Arbete', 'Work', 1) RETURNING id`, [
      m,
      other?.id,
    ]);
    const [foreignUnit] = await query(`SELECT id FROM organisation_unit WHERE municipality_id = $1 LIMIT 1`, [tranemo?.id]);
    const [foreignIndicator] = await query(`SELECT id FROM indicator WHERE municipality_id = $1 LIMIT 1`, [tranemo?.id]);
    f = {
      municipalityId: toGlobalId('Municipality', m),
      documentId: toGlobalId('SteeringDocument', d),
      aimId: toGlobalId('Goal', aim?.id as string),
      committeeGoalId: toGlobalId('Goal', committeeGoal?.id as string),
      areas,
      units,
      indicators,
      otherDocumentId: toGlobalId('SteeringDocument', other?.id as string),
      otherAreaId: toGlobalId('FocusArea', otherArea?.id as string),
      foreignUnitId: toGlobalId('OrganisationUnit', foreignUnit?.id as string),
      foreignIndicatorId: toGlobalId('Indicator', foreignIndicator?.id as string),
    };
  });
  afterAll(() => server.stop());

  const create = async (input: Record<string, unknown>) =>
    (
      await server.gql(`mutation($input: CreateGoalInput!) { createGoal(input: $input) { goal { ${GOAL_FIELDS} } errors { field message code } } }`, {
        input: { steeringDocumentId: f.documentId, ...input },
      })
    ).data.createGoal;
  const update = async (input: Record<string, unknown>) =>
    (await server.gql(`mutation($input: UpdateGoalInput!) { updateGoal(input: $input) { goal { ${GOAL_FIELDS} } errors { field message code } } }`, { input })).data.updateGoal;
  const archive = async (id: string, version: number) =>
    (await server.gql(`mutation($input: ArchiveInput!) { archiveGoal(input: $input) { goal { id archivedAt version } errors { field message code } } }`, { input: { id, version } })).data.archiveGoal;
  const node = async (id: string) => (await server.gql(`query($id: ID!) { node(id: $id) { ... on Goal { ${GOAL_FIELDS} } } }`, { id })).data.node;
  const codes = (payload: { errors: Array<{ field: string; code: string }> }) => payload.errors.map((e) => [e.field, e.code]);
  const committeeGoal = (extra: Record<string, unknown> = {}) => ({
    level: 'COMMITTEE_GOAL',
    title: 'Fler nyanlända deltar i föreningslivet',
    parentId: f.aimId,
    focusAreaId: f.areas.LEISURE,
    ownerUnitId: f.units['Barn- och utbildningsnämnden'],
    ...extra,
  });

  describe('createGoal', () => {
    it('creates a committee goal with its unit, area, parent, periods and indicators, readable from every side', async () => {
      const indicatorId = f.indicators['Andel elever i sfi som klarat minst två kurser'] as string;
      const payload = await create(committeeGoal({ description: 'Från strategin', startPeriod: ' 2019 ', endPeriod: '2022', indicatorIds: [indicatorId, indicatorId] }));
      expect(payload.errors).toEqual([]);
      const goal = payload.goal;
      expect(goal).toMatchObject({
        level: 'COMMITTEE_GOAL',
        title: 'Fler nyanlända deltar i föreningslivet',
        startPeriod: '2019',
        endPeriod: '2022',
        version: 1,
        archivedAt: null,
        steeringDocument: { id: f.documentId },
        parent: { id: f.aimId },
        focusArea: { id: f.areas.LEISURE, key: 'LEISURE' },
        ownerUnit: { id: f.units['Barn- och utbildningsnämnden'], name: 'Barn- och utbildningsnämnden' },
        indicators: [{ id: indicatorId, nameSv: 'Andel elever i sfi som klarat minst två kurser' }],
        municipality: { code: '0138' },
      });
      // After the existing committee goals under the aim.
      expect(goal.sortOrder).toBe(4);

      const sides = await server.gql(
        `query($unit: ID!, $indicator: ID!, $aim: ID!, $area: ID!) {
          unit: node(id: $unit) { ... on OrganisationUnit { goals { id } } }
          indicator: node(id: $indicator) { ... on Indicator { goals { id } } }
          aim: node(id: $aim) { ... on Goal { children { id } } }
          area: node(id: $area) { ... on FocusArea { goals { id } } }
        }`,
        { unit: f.units['Barn- och utbildningsnämnden'], indicator: indicatorId, aim: f.aimId, area: f.areas.LEISURE },
      );
      expect(sides.errors).toBeUndefined();
      expect(sides.data.unit.goals).toContainEqual({ id: goal.id });
      expect(sides.data.indicator.goals).toContainEqual({ id: goal.id });
      expect(sides.data.aim.children).toContainEqual({ id: goal.id });
      expect(sides.data.area.goals).toEqual([{ id: goal.id }]);
    });

    it('creates a sub-goal under a committee goal, with no owner or area needed', async () => {
      const payload = await create({ level: 'SUB_GOAL', title: 'Fler praktikplatser i äldreomsorgen', parentId: f.committeeGoalId, sortOrder: 7 });
      expect(payload.errors).toEqual([]);
      expect(payload.goal).toMatchObject({ level: 'SUB_GOAL', parent: { id: f.committeeGoalId }, ownerUnit: null, focusArea: null, sortOrder: 7, indicators: [] });
    });

    it('refuses a committee goal without its owning unit and focus area (REQUIRED on each)', async () => {
      const payload = await create({ level: 'COMMITTEE_GOAL', title: 'Utan ägare', parentId: f.aimId });
      expect(payload.goal).toBeNull();
      expect(codes(payload)).toEqual([
        ['ownerUnitId', 'REQUIRED'],
        ['focusAreaId', 'REQUIRED'],
      ]);
      expect(payload.errors[0].message).toMatch(/committee goal names the unit/);
    });

    it('refuses a focus area of another document (WRONG_DOCUMENT on focusAreaId)', async () => {
      const payload = await create(committeeGoal({ focusAreaId: f.otherAreaId }));
      expect(payload.goal).toBeNull();
      expect(codes(payload)).toEqual([['focusAreaId', 'WRONG_DOCUMENT']]);
    });

    it('refuses a parent of another document (WRONG_DOCUMENT on parentId)', async () => {
      const payload = await create({ steeringDocumentId: f.otherDocumentId, level: 'SUB_GOAL', title: 'Fel dokument', parentId: f.committeeGoalId });
      expect(payload.goal).toBeNull();
      expect(codes(payload)).toEqual([['parentId', 'WRONG_DOCUMENT']]);
    });

    it('refuses a sub-goal without a parent (REQUIRED on parentId)', async () => {
      const payload = await create({ level: 'SUB_GOAL', title: 'Föräldralöst delmål' });
      expect(payload.goal).toBeNull();
      expect(codes(payload)).toEqual([['parentId', 'REQUIRED']]);
    });

    it('refuses an overall aim with a parent (INVALID on parentId)', async () => {
      const payload = await create({ steeringDocumentId: f.otherDocumentId, level: 'OVERALL_AIM', title: 'Mål med förälder', parentId: f.committeeGoalId });
      expect(codes(payload)).toContainEqual(['parentId', 'INVALID']);
    });

    it('allows one active overall aim per document (DUPLICATE on level), and a new one once the old is archived', async () => {
      const refused = await create({ level: 'OVERALL_AIM', title: 'Ett andra övergripande mål' });
      expect(refused.goal).toBeNull();
      expect(codes(refused)).toEqual([['level', 'DUPLICATE']]);
      expect(refused.errors[0].message).toMatch(/already has an overall aim/);

      const first = await create({ steeringDocumentId: f.otherDocumentId, level: 'OVERALL_AIM', title: 'Planens mål' });
      expect(first.errors).toEqual([]);
      expect(codes(await create({ steeringDocumentId: f.otherDocumentId, level: 'OVERALL_AIM', title: 'Planens andra mål' }))).toEqual([['level', 'DUPLICATE']]);
      expect((await archive(first.goal.id, 1)).errors).toEqual([]);
      const second = await create({ steeringDocumentId: f.otherDocumentId, level: 'OVERALL_AIM', title: 'Planens nya mål' });
      expect(second.errors).toEqual([]);
      expect((await server.gql(`query($id: ID!) { node(id: $id) { ... on SteeringDocument { overallAim { title } } } }`, { id: f.otherDocumentId })).data.node).toEqual({
        overallAim: { title: 'Planens nya mål' },
      });
    });

    it('refuses bad period notation (INVALID_PERIOD) and an end before the start (INVALID on endPeriod)', async () => {
      expect(codes(await create(committeeGoal({ startPeriod: '2019Q5', endPeriod: 'next year' })))).toEqual([
        ['startPeriod', 'INVALID_PERIOD'],
        ['endPeriod', 'INVALID_PERIOD'],
      ]);
      const reversed = await create(committeeGoal({ startPeriod: '2022', endPeriod: '2021Q4' }));
      expect(codes(reversed)).toEqual([['endPeriod', 'INVALID']]);
      expect(reversed.errors[0].message).toMatch(/2021-Q4 is before startPeriod 2022/);
    });

    it('refuses references of another municipality as NOT_FOUND, and archived ones as INVALID', async () => {
      const foreign = await create(committeeGoal({ ownerUnitId: f.foreignUnitId, indicatorIds: [f.foreignIndicatorId] }));
      expect(codes(foreign)).toEqual([
        ['ownerUnitId', 'NOT_FOUND'],
        ['indicatorIds[0]', 'NOT_FOUND'],
      ]);
      const parent = (await create({ level: 'SUB_GOAL', title: 'Snart arkiverad', parentId: f.committeeGoalId })).goal;
      expect((await archive(parent.id, 1)).errors).toEqual([]);
      expect(codes(await create({ level: 'SUB_GOAL', title: 'Under arkiverat', parentId: parent.id }))).toEqual([['parentId', 'INVALID']]);
    });

    it('refuses blank titles and unknown documents', async () => {
      expect(codes(await create(committeeGoal({ title: '  ' })))).toEqual([['title', 'INVALID']]);
      expect(codes(await create(committeeGoal({ steeringDocumentId: f.aimId })))).toEqual([['steeringDocumentId', 'NOT_FOUND']]);
    });
  });

  describe('updateGoal', () => {
    it('updates with the version read, replaces the indicator links, and refuses a stale version with CONFLICT', async () => {
      const a = f.indicators['Andel utrikes födda 20–64 år med egen försörjning'] as string;
      const b = f.indicators['Antal praktikplatser för nyanlända i kommunens verksamheter'] as string;
      const goal = (await create(committeeGoal({ title: 'Att ändra', indicatorIds: [a] }))).goal;
      const updated = await update({ id: goal.id, version: 1, title: ' Ändrat ', description: null, endPeriod: '2030', indicatorIds: [b] });
      expect(updated.errors).toEqual([]);
      expect(updated.goal).toMatchObject({ title: 'Ändrat', version: 2, endPeriod: '2030', indicators: [{ id: b }] });

      const linksOnly = await update({ id: goal.id, version: 2, indicatorIds: [] });
      expect(linksOnly.errors).toEqual([]);
      expect(linksOnly.goal).toMatchObject({ version: 3, indicators: [] });

      const stale = await update({ id: goal.id, version: 2, title: 'För sent', indicatorIds: [a] });
      expect(stale).toEqual({ goal: null, errors: [{ field: 'version', code: 'CONFLICT', message: expect.stringContaining('version 3') }] });
      expect(await node(goal.id)).toMatchObject({ title: 'Ändrat', version: 3, indicators: [] });
    });

    it('refuses clearing the owning unit of a committee goal (REQUIRED) and changes nothing', async () => {
      const goal = (await create(committeeGoal({ title: 'Behåll ägaren' }))).goal;
      const payload = await update({ id: goal.id, version: 1, ownerUnitId: null, title: 'Ny titel' });
      expect(codes(payload)).toEqual([['ownerUnitId', 'REQUIRED']]);
      expect(await node(goal.id)).toMatchObject({ title: 'Behåll ägaren', version: 1, ownerUnit: { id: goal.ownerUnit.id } });
    });

    it('refuses a focus area or parent of another document (WRONG_DOCUMENT)', async () => {
      const goal = (await create(committeeGoal({ title: 'Rätt dokument' }))).goal;
      expect(codes(await update({ id: goal.id, version: 1, focusAreaId: f.otherAreaId }))).toEqual([['focusAreaId', 'WRONG_DOCUMENT']]);
      const otherAim = (await server.gql(`query($id: ID!) { node(id: $id) { ... on SteeringDocument { overallAim { id } } } }`, { id: f.otherDocumentId })).data.node.overallAim;
      expect(codes(await update({ id: goal.id, version: 1, parentId: otherAim.id }))).toEqual([['parentId', 'WRONG_DOCUMENT']]);
    });

    it('refuses a parent that would make a cycle (CYCLE on parentId), also the goal itself', async () => {
      const a = (await create(committeeGoal({ title: 'A' }))).goal;
      const b = (await create({ level: 'SUB_GOAL', title: 'B', parentId: a.id })).goal;
      const c = (await create({ level: 'SUB_GOAL', title: 'C', parentId: b.id })).goal;
      const cycle = await update({ id: a.id, version: 1, parentId: c.id });
      expect(codes(cycle)).toEqual([['parentId', 'CYCLE']]);
      expect(cycle.errors[0].message).toMatch(/would come under itself/);
      expect(codes(await update({ id: b.id, version: 1, parentId: b.id }))).toEqual([['parentId', 'CYCLE']]);
      expect((await node(a.id)).parent).toEqual({ id: f.aimId });
      // Moving within the tree without a cycle is fine.
      const moved = await update({ id: c.id, version: 1, parentId: a.id });
      expect(moved.errors).toEqual([]);
      expect(moved.goal.parent).toEqual({ id: a.id });
    });

    it('refuses making a goal the second overall aim (DUPLICATE), or a sub-goal without a parent (REQUIRED)', async () => {
      const goal = (await create(committeeGoal({ title: 'Vill bli övergripande' }))).goal;
      expect(codes(await update({ id: goal.id, version: 1, level: 'OVERALL_AIM', parentId: null }))).toEqual([['level', 'DUPLICATE']]);
      expect(codes(await update({ id: goal.id, version: 1, level: 'SUB_GOAL', parentId: null }))).toEqual([['parentId', 'REQUIRED']]);
      expect(codes(await update({ id: goal.id, version: 1, startPeriod: '2030', endPeriod: '2020' }))).toEqual([['endPeriod', 'INVALID']]);
      expect(codes(await update({ id: goal.id, version: 1, level: null }))).toEqual([['level', 'INVALID']]);
    });
  });

  describe('archiveGoal', () => {
    it('refuses a goal with active children (INVALID), then archives once they are archived', async () => {
      const parent = (await create(committeeGoal({ title: 'Förälder' }))).goal;
      const child = (await create({ level: 'SUB_GOAL', title: 'Barn', parentId: parent.id })).goal;
      const refused = await archive(parent.id, 1);
      expect(refused).toEqual({ goal: null, errors: [{ field: 'id', code: 'INVALID', message: expect.stringContaining('1 active goal under it') }] });
      expect((await archive(child.id, 1)).errors).toEqual([]);
      const archived = await archive(parent.id, 1);
      expect(archived.errors).toEqual([]);
      expect(archived.goal.archivedAt).not.toBeNull();
      expect((await node(f.aimId)).children ?? []).not.toContainEqual(expect.objectContaining({ id: parent.id }));
      expect(codes(await archive(parent.id, 1))).toEqual([['version', 'CONFLICT']]);
    });
  });

  describe('goals(where, orderBy)', () => {
    it('filters by municipality, document, focus area, owner, level, search and archived; orders and pages', async () => {
      const list = async (where: Record<string, unknown>, extra = '') =>
        (await server.gql(`query($where: GoalWhereInput) { goals(where: $where ${extra}) { totalCount nodes { title level } pageInfo { hasNextPage endCursor } } }`, { where })).data.goals;

      const tranemo = await list({ municipality: { eq: toGlobalId('Municipality', (await query(`SELECT id FROM municipality WHERE code = '1498'`))[0]?.id as string) } });
      expect(tranemo.totalCount).toBe(10);
      const work = await list({ focusArea: { eq: f.areas.WORK_AND_EMPLOYMENT }, level: { oneOf: ['COMMITTEE_GOAL'] } });
      expect(work.nodes).toEqual([{ title: 'Fler nyanlända kvinnor och män når egen försörjning', level: 'COMMITTEE_GOAL' }]);
      const bun = await list({ ownerUnit: { eq: f.units['Barn- och utbildningsnämnden'] }, search: 'GYMNASIET' });
      expect(bun.nodes).toEqual([{ title: 'Nyanlända elever ges förutsättningar att nå behörighet till gymnasiet', level: 'COMMITTEE_GOAL' }]);
      const aims = await list({ steeringDocument: { eq: f.otherDocumentId }, level: { oneOf: ['OVERALL_AIM'] } });
      expect(aims.nodes).toEqual([{ title: 'Planens nya mål', level: 'OVERALL_AIM' }]);
      const withArchived = await list({ steeringDocument: { eq: f.otherDocumentId }, level: { oneOf: ['OVERALL_AIM'] }, includeArchived: true });
      expect(withArchived.totalCount).toBe(2);

      const byTitle = { municipality: { eq: f.municipalityId }, level: { oneOf: ['COMMITTEE_GOAL'] }, search: 'nyanlända' };
      const page1 = await list(byTitle, ', first: 2, orderBy: { field: TITLE, direction: DESC }');
      expect(page1.pageInfo.hasNextPage).toBe(true);
      const titles = page1.nodes.map((n: { title: string }) => n.title);
      expect([...titles].sort().reverse()).toEqual(titles);
      const page2 = (
        await server.gql(`query($where: GoalWhereInput, $after: String) { goals(where: $where, first: 100, after: $after, orderBy: { field: TITLE, direction: DESC }) { nodes { title } } }`, {
          where: byTitle,
          after: page1.pageInfo.endCursor,
        })
      ).data.goals;
      expect(page2.nodes.length + 2).toBe(page1.totalCount);
      expect(page2.nodes.map((n: { title: string }) => n.title)).not.toContain(titles[1]);
    });
  });
});
