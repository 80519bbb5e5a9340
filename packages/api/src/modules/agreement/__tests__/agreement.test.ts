import { toGlobalId } from '../../../graphql/global-id';
import { startTestServer, type TestServer } from '../../../../test/helpers';

const FIELDS = 'id version kind title startDate endDate partners { name } activities { title } goals { title }';

describe('agreements', () => {
  let server: TestServer;
  let municipalityId: string;
  let goalId: string;
  const partners: Record<string, string> = {};
  let activityId: string;

  const gql = (query: string, variables?: Record<string, unknown>) => server.gql(query, variables);
  const create = (input: Record<string, unknown>) =>
    gql(`mutation($input: CreateAgreementInput!) { createAgreement(input: $input) { agreement { ${FIELDS} } errors { field message code } } }`, { input: { municipalityId, ...input } });

  beforeAll(async () => {
    server = await startTestServer();
    const [m] = await server.dataSource.query(`SELECT id FROM municipality WHERE code = '0138'`);
    municipalityId = toGlobalId('Municipality', m.id);
    const [g] = await server.dataSource.query(`SELECT id FROM goal WHERE level = 'OVERALL_AIM'`);
    goalId = toGlobalId('Goal', g.id);
    for (const [name, kind] of [
      ['Arbetsförmedlingen', 'GOVERNMENT_AGENCY'],
      ['Försäkringskassan', 'GOVERNMENT_AGENCY'],
      ['Migrationsverket', 'GOVERNMENT_AGENCY'],
    ]) {
      const result = await gql('mutation($input: CreatePartnerInput!) { createPartner(input: $input) { partner { id } } }', { input: { municipalityId, name, kind } });
      partners[name as string] = result.data.createPartner.partner.id;
    }
    const activity = await gql('mutation($input: CreateActivityInput!) { createActivity(input: $input) { activity { id } } }', { input: { municipalityId, title: 'Samordnad arbetsmarknadsinsats' } });
    activityId = activity.data.createActivity.activity.id;
  });
  afterAll(() => server.stop());

  it('creates a local agreement (LÖK) with its parties, activities and goals, readable from the partner side', async () => {
    const created = await create({
      kind: 'LOCAL_AGREEMENT',
      title: 'Lokal överenskommelse om nyanländas etablering',
      startDate: '2019-01-01',
      partnerIds: Object.values(partners),
      activityIds: [activityId],
      goalIds: [goalId],
    });
    expect(created.data.createAgreement.errors).toEqual([]);
    expect(created.data.createAgreement.agreement).toMatchObject({
      kind: 'LOCAL_AGREEMENT',
      partners: [{ name: 'Arbetsförmedlingen' }, { name: 'Försäkringskassan' }, { name: 'Migrationsverket' }],
      activities: [{ title: 'Samordnad arbetsmarknadsinsats' }],
      goals: [{ title: expect.stringMatching(/egen försörjning/) }],
    });
    const sides = await gql(
      `query($p: ID!, $a: ID!, $g: ID!) {
        p: node(id: $p) { ... on Partner { agreements { title } } }
        a: node(id: $a) { ... on Activity { agreements { title } } }
        g: node(id: $g) { ... on Goal { agreements { title } } }
      }`,
      { p: partners.Migrationsverket, a: activityId, g: goalId },
    );
    const title = { title: 'Lokal överenskommelse om nyanländas etablering' };
    expect(sides.data).toEqual({ p: { agreements: [title] }, a: { agreements: [title] }, g: { agreements: [title] } });
  });

  it('requires a start and an end for a project, in order', async () => {
    expect((await create({ kind: 'PROJECT', title: 'VIDA', startDate: '2018-01-01' })).data.createAgreement.errors).toEqual([expect.objectContaining({ field: 'endDate', code: 'REQUIRED' })]);
    expect((await create({ kind: 'PROJECT', title: 'VIDA', endDate: '2020-12-31' })).data.createAgreement.errors).toEqual([expect.objectContaining({ field: 'startDate', code: 'REQUIRED' })]);
    expect((await create({ kind: 'PROJECT', title: 'VIDA', startDate: '2021-01-01', endDate: '2020-12-31' })).data.createAgreement.errors).toEqual([
      expect.objectContaining({ field: 'endDate', code: 'INVALID' }),
    ]);
    const project = await create({ kind: 'PROJECT', title: 'VIDA', startDate: '2018-01-01', endDate: '2020-12-31', partnerIds: [partners.Arbetsförmedlingen] });
    expect(project.data.createAgreement.errors).toEqual([]);
    // Turning an open-ended agreement into a project checks the dates it would then have.
    const iop = (await create({ kind: 'IOP', title: 'IOP med föreningar' })).data.createAgreement.agreement;
    const toProject = await gql('mutation($input: UpdateAgreementInput!) { updateAgreement(input: $input) { errors { field code } } }', { input: { id: iop.id, version: 1, kind: 'PROJECT' } });
    expect(toProject.data.updateAgreement.errors).toEqual([{ field: 'startDate', code: 'REQUIRED' }]);
  });

  it('replaces links on update, archives, and filters by partner and time', async () => {
    const { agreement } = (await create({ kind: 'IOP', title: 'Mötesplatser med frivilligorganisationer', startDate: '2022-01-01', partnerIds: [partners.Arbetsförmedlingen] })).data.createAgreement;
    const updated = await gql(`mutation($input: UpdateAgreementInput!) { updateAgreement(input: $input) { agreement { ${FIELDS} } errors { field code } } }`, {
      input: { id: agreement.id, version: 1, partnerIds: [partners.Försäkringskassan], endDate: '2023-12-31' },
    });
    expect(updated.data.updateAgreement.errors).toEqual([]);
    expect(updated.data.updateAgreement.agreement).toMatchObject({ version: 2, partners: [{ name: 'Försäkringskassan' }], endDate: '2023-12-31' });

    const list = (where: Record<string, unknown>) =>
      gql('query($where: AgreementWhereInput) { agreements(where: $where) { nodes { title } } }', { where: { municipality: { eq: municipalityId }, ...where } });
    expect((await list({ partner: { eq: partners.Försäkringskassan }, during: { from: '2023-06-01', to: '2023-06-30' } })).data.agreements.nodes).toEqual([
      { title: 'Lokal överenskommelse om nyanländas etablering' },
      { title: 'Mötesplatser med frivilligorganisationer' },
    ]);
    expect((await list({ partner: { eq: partners.Försäkringskassan }, during: { from: '2024-01-01' } })).data.agreements.nodes).toEqual([{ title: 'Lokal överenskommelse om nyanländas etablering' }]);

    const archived = await gql('mutation($input: ArchiveInput!) { archiveAgreement(input: $input) { agreement { archivedAt } errors { code } } }', { input: { id: agreement.id, version: 2 } });
    expect(archived.data.archiveAgreement.agreement.archivedAt).not.toBeNull();
    expect((await list({ search: 'frivilligorganisationer' })).data.agreements.nodes).toEqual([]);
    expect((await list({ search: 'frivilligorganisationer', includeArchived: true })).data.agreements.nodes).toHaveLength(1);
  });
});
