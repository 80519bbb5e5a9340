import { toGlobalId } from '../../../graphql/global-id';
import { startTestServer, type TestServer } from '../../../../test/helpers';

const FIELDS = 'id version title status startDate endDate targetGroup archivedAt responsibleUnit { name } goals { title } partners { name }';

describe('activities', () => {
  let server: TestServer;
  let municipalityId: string;
  let goalId: string;
  let unitId: string;
  let partnerId: string;

  const gql = (query: string, variables?: Record<string, unknown>) => server.gql(query, variables);
  const create = (input: Record<string, unknown>) =>
    gql(`mutation($input: CreateActivityInput!) { createActivity(input: $input) { activity { ${FIELDS} } errors { field message code } } }`, { input: { municipalityId, ...input } });
  const update = (input: Record<string, unknown>) =>
    gql(`mutation($input: UpdateActivityInput!) { updateActivity(input: $input) { activity { ${FIELDS} } errors { field message code } } }`, { input });

  beforeAll(async () => {
    server = await startTestServer();
    const ds = server.dataSource;
    const [m] = await ds.query(`SELECT id FROM municipality WHERE code = '0138'`);
    municipalityId = toGlobalId('Municipality', m.id);
    const [g] = await ds.query(`SELECT id FROM goal WHERE title LIKE 'Kommunen som arbetsgivare%'`);
    goalId = toGlobalId('Goal', g.id);
    const [u] = await ds.query(`SELECT id FROM organisation_unit WHERE name = 'Kommunstyrelseförvaltningen'`);
    unitId = toGlobalId('OrganisationUnit', u.id);
    const partner = await gql('mutation($input: CreatePartnerInput!) { createPartner(input: $input) { partner { id } } }', {
      input: { municipalityId, name: 'Arbetsförmedlingen', kind: 'GOVERNMENT_AGENCY' },
    });
    partnerId = partner.data.createPartner.partner.id;
  });
  afterAll(() => server.stop());

  it('creates an activity linked to a goal, a partner and a responsible unit, readable from each side', async () => {
    const created = await create({
      title: 'Praktik i kommunens kök och städ',
      status: 'ONGOING',
      startDate: '2018-03-01',
      targetGroup: 'Nyanlända vuxna',
      responsibleUnitId: unitId,
      goalIds: [goalId],
      partnerIds: [partnerId, partnerId],
    });
    expect(created.data.createActivity.errors).toEqual([]);
    const activity = created.data.createActivity.activity;
    expect(activity).toMatchObject({
      status: 'ONGOING',
      responsibleUnit: { name: 'Kommunstyrelseförvaltningen' },
      goals: [{ title: expect.stringMatching(/praktikplatser/) }],
      partners: [{ name: 'Arbetsförmedlingen' }],
    });
    const sides = await gql(
      `query($goal: ID!, $partner: ID!, $unit: ID!) {
        goal: node(id: $goal) { ... on Goal { activities { title } } }
        partner: node(id: $partner) { ... on Partner { activities { title } } }
        unit: node(id: $unit) { ... on OrganisationUnit { activities { title } } }
      }`,
      { goal: goalId, partner: partnerId, unit: unitId },
    );
    const title = { title: 'Praktik i kommunens kök och städ' };
    // The demo data's internship activity serves the same goal and has the same responsible unit.
    const seeded = { title: 'Praktikplatser för nyanlända i kommunens verksamheter' };
    expect(sides.data).toEqual({ goal: { activities: [title, seeded] }, partner: { activities: [title] }, unit: { activities: [title, seeded] } });
  });

  it('updates with the version read, replaces links when given, and refuses a stale version', async () => {
    const { activity } = (await create({ title: 'Språkcafé', goalIds: [goalId] })).data.createActivity;
    const updated = await update({ id: activity.id, version: 1, status: 'DONE', endDate: '2024-12-31', goalIds: [] });
    expect(updated.data.updateActivity.errors).toEqual([]);
    expect(updated.data.updateActivity.activity).toMatchObject({ version: 2, status: 'DONE', endDate: '2024-12-31', goals: [] });
    const stale = await update({ id: activity.id, version: 1, title: 'Annat' });
    expect(stale.data.updateActivity).toEqual({ activity: null, errors: [expect.objectContaining({ field: 'version', code: 'CONFLICT' })] });
  });

  it('refuses an end before the start, bad dates and links to another municipality, writing nothing', async () => {
    const reversed = await create({ title: 'Baklänges', startDate: '2024-05-01', endDate: '2024-04-30' });
    expect(reversed.data.createActivity.errors).toEqual([expect.objectContaining({ field: 'endDate', code: 'INVALID' })]);
    const badDate = await create({ title: 'Fel datum', startDate: '2024-02-30' });
    expect(badDate.data.createActivity.errors).toEqual([expect.objectContaining({ field: 'startDate', code: 'INVALID' })]);

    const [other] = await server.dataSource.query(`SELECT id FROM municipality WHERE code = '1498'`);
    const [foreignPartner] = await server.dataSource.query(`INSERT INTO partner (municipality_id, name, kind) VALUES ($1, 'Främling', 'OTHER') RETURNING id`, [other.id]);
    const before = await gql('{ activities(first: 100) { totalCount } }');
    const foreign = await create({ title: 'Med främmande part', partnerIds: [toGlobalId('Partner', foreignPartner.id)] });
    expect(foreign.data.createActivity.errors).toEqual([expect.objectContaining({ field: 'partnerIds[0]', code: 'NOT_FOUND' })]);
    expect((await gql('{ activities(first: 100) { totalCount } }')).data.activities.totalCount).toBe(before.data.activities.totalCount);
  });

  it('archives, and filters by status, goal, partner and time', async () => {
    const { activity } = (await create({ title: 'Mötesplats Granängsringen', status: 'PLANNED', startDate: '2025-01-01', endDate: '2025-06-30', partnerIds: [partnerId] })).data.createActivity;
    const query = `query($where: ActivityWhereInput) { activities(where: $where) { totalCount nodes { title } } }`;
    const m = { eq: municipalityId };
    expect((await gql(query, { where: { municipality: m, during: { from: '2025-03-01', to: '2025-03-31' } } })).data.activities.nodes).toEqual(
      expect.arrayContaining([{ title: 'Mötesplats Granängsringen' }, { title: 'Praktik i kommunens kök och städ' }]),
    );
    expect((await gql(query, { where: { municipality: m, during: { from: '2026-01-01' } } })).data.activities.nodes).not.toContainEqual({ title: 'Mötesplats Granängsringen' });
    expect((await gql(query, { where: { municipality: m, status: { oneOf: ['PLANNED'] }, partner: { eq: partnerId } } })).data.activities.nodes).toEqual([{ title: 'Mötesplats Granängsringen' }]);
    expect((await gql(query, { where: { municipality: m, goal: { eq: goalId } } })).data.activities.nodes).toEqual([
      { title: 'Praktik i kommunens kök och städ' },
      { title: 'Praktikplatser för nyanlända i kommunens verksamheter' },
    ]);
    const badRange = await gql(query, { where: { during: { from: 'igår' } } });
    expect(badRange.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'during.from' });

    const archived = await gql('mutation($input: ArchiveInput!) { archiveActivity(input: $input) { activity { archivedAt } errors { code } } }', { input: { id: activity.id, version: 1 } });
    expect(archived.data.archiveActivity.errors).toEqual([]);
    const partner = await gql(`query($id: ID!) { node(id: $id) { ... on Partner { activities { title } } } }`, { id: partnerId });
    expect(partner.data.node.activities).not.toContainEqual({ title: 'Mötesplats Granängsringen' });
  });
});
