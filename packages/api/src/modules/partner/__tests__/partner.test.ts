import { startTestServer, type TestServer } from '../../../../test/helpers';

const PARTNER_FIELDS = 'id version name kind organisationNumber website archivedAt municipality { code }';

describe('partners', () => {
  let server: TestServer;
  let municipalityId: string;

  beforeAll(async () => {
    server = await startTestServer();
    const { data } = await server.gql('{ municipality(code: "0138") { id } }');
    municipalityId = data.municipality.id;
  });
  afterAll(() => server.stop());

  const create = (input: Record<string, unknown>) =>
    server.gql(`mutation($input: CreatePartnerInput!) { createPartner(input: $input) { partner { ${PARTNER_FIELDS} } errors { field message code } } }`, {
      input: { municipalityId, ...input },
    });
  const update = (input: Record<string, unknown>) =>
    server.gql(`mutation($input: UpdatePartnerInput!) { updatePartner(input: $input) { partner { ${PARTNER_FIELDS} } errors { field message code } } }`, { input });

  it('creates, updates with the version read, and archives a partner', async () => {
    const created = await create({ name: '  Arbetsförmedlingen ', kind: 'GOVERNMENT_AGENCY', organisationNumber: '202100-2114', website: 'https://arbetsformedlingen.se' });
    expect(created.errors).toBeUndefined();
    expect(created.data.createPartner.errors).toEqual([]);
    const partner = created.data.createPartner.partner;
    expect(partner).toMatchObject({ name: 'Arbetsförmedlingen', kind: 'GOVERNMENT_AGENCY', version: 1, archivedAt: null, municipality: { code: '0138' } });

    const updated = await update({ id: partner.id, version: 1, contactName: 'Lokalt kontor Tyresö', website: null });
    expect(updated.data.updatePartner.errors).toEqual([]);
    expect(updated.data.updatePartner.partner).toMatchObject({ version: 2, website: null, name: 'Arbetsförmedlingen' });

    const archived = await server.gql('mutation($input: ArchiveInput!) { archivePartner(input: $input) { partner { archivedAt version } errors { code } } }', {
      input: { id: partner.id, version: 2 },
    });
    expect(archived.data.archivePartner.errors).toEqual([]);
    expect(archived.data.archivePartner.partner.archivedAt).not.toBeNull();

    const listed = await server.gql(
      'query($m: ID!) { partners(where: { municipality: { eq: $m }, search: "Arbetsförmedlingen" }) { nodes { id } } all: partners(where: { municipality: { eq: $m }, search: "Arbetsförmedlingen", includeArchived: true }) { nodes { id } } }',
      { m: municipalityId },
    );
    expect(listed.data.partners.nodes).not.toContainEqual({ id: partner.id });
    expect(listed.data.all.nodes).toContainEqual({ id: partner.id });
  });

  it('refuses a stale version with CONFLICT and changes nothing', async () => {
    const { partner } = (await create({ name: 'Etableringscentrum Södertörn', kind: 'ESTABLISHMENT_CENTRE' })).data.createPartner;
    expect((await update({ id: partner.id, version: 1, description: 'first' })).data.updatePartner.errors).toEqual([]);
    const stale = await update({ id: partner.id, version: 1, description: 'second' });
    expect(stale.data.updatePartner).toEqual({ partner: null, errors: [{ field: 'version', code: 'CONFLICT', message: expect.stringContaining('version 2') }] });
    const { data } = await server.gql(`query($id: ID!) { node(id: $id) { ... on Partner { description version } } }`, { id: partner.id });
    expect(data.node).toEqual({ description: 'first', version: 2 });
  });

  it('reports invalid input field by field, and writes nothing', async () => {
    const bad = await create({ name: '   ', kind: 'ASSOCIATION', organisationNumber: '12345', contactEmail: 'not-mail', website: 'ftp://x' });
    expect(bad.data.createPartner.partner).toBeNull();
    expect(bad.data.createPartner.errors.map((e: { field: string }) => e.field).sort()).toEqual(['contactEmail', 'name', 'organisationNumber', 'website']);
    expect(bad.data.createPartner.errors.every((e: { code: string }) => e.code === 'INVALID')).toBe(true);
    const { partner } = (await create({ name: 'Studieförbund', kind: 'ASSOCIATION' })).data.createPartner;
    const nulled = await update({ id: partner.id, version: 1, name: null, kind: null });
    expect(nulled.data.updatePartner.errors).toEqual([
      expect.objectContaining({ field: 'name', code: 'INVALID' }),
      { field: 'kind', code: 'INVALID', message: 'kind may be left out, but not set to null.' },
    ]);
  });

  it('refuses an unknown municipality or an id of another type as NOT_FOUND', async () => {
    const unknown = await server.gql('mutation($input: CreatePartnerInput!) { createPartner(input: $input) { errors { field code } } }', {
      input: { municipalityId: Buffer.from('Municipality:00000000-0000-4000-8000-000000000000').toString('base64url'), name: 'X', kind: 'OTHER' },
    });
    expect(unknown.data.createPartner.errors).toEqual([{ field: 'municipalityId', code: 'NOT_FOUND' }]);
    const wrongType = await update({ id: municipalityId, version: 1, name: 'X' });
    expect(wrongType.data.updatePartner.errors).toEqual([expect.objectContaining({ field: 'id', code: 'NOT_FOUND' })]);
  });

  it('filters by kind and search, orders, and pages', async () => {
    for (const name of ['Föreningen Gemenskap', 'Idrottsföreningen Tyresö', 'Studieförbundet Vuxenskolan']) {
      await create({ name, kind: name.startsWith('Studie') ? 'EDUCATION_PROVIDER' : 'ASSOCIATION', description: 'mötesplatser' });
    }
    // The demo data has "Föreningslivet i Tyresö" (an association) too: search for the word all three share.
    const where = { municipality: { eq: municipalityId }, kind: { oneOf: ['ASSOCIATION'] }, search: 'FÖRENINGEN' };
    const first = await server.gql(
      'query($where: PartnerWhereInput) { partners(first: 1, where: $where, orderBy: { field: NAME, direction: DESC }) { totalCount nodes { name } pageInfo { hasNextPage endCursor } } }',
      { where },
    );
    expect(first.data.partners.totalCount).toBe(2);
    expect(first.data.partners.nodes).toEqual([{ name: 'Idrottsföreningen Tyresö' }]);
    const second = await server.gql(
      'query($where: PartnerWhereInput, $after: String) { partners(first: 1, after: $after, where: $where, orderBy: { field: NAME, direction: DESC }) { nodes { name } pageInfo { hasNextPage } } }',
      {
        where,
        after: first.data.partners.pageInfo.endCursor,
      },
    );
    expect(second.data.partners).toEqual({ nodes: [{ name: 'Föreningen Gemenskap' }], pageInfo: { hasNextPage: false } });
  });
});
