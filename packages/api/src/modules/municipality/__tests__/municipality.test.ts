import { startTestServer, type TestServer } from '../../../../test/helpers';

const FIELDS = 'id version code name organisationNumber archivedAt';

describe('municipalities', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.stop());

  const create = (input: Record<string, unknown>) =>
    server.gql(`mutation($input: CreateMunicipalityInput!) { createMunicipality(input: $input) { municipality { ${FIELDS} } errors { field message code } } }`, { input });
  const update = (input: Record<string, unknown>) =>
    server.gql(`mutation($input: UpdateMunicipalityInput!) { updateMunicipality(input: $input) { municipality { ${FIELDS} } errors { field message code } } }`, { input });
  const archive = (input: Record<string, unknown>) =>
    server.gql(`mutation($input: ArchiveInput!) { archiveMunicipality(input: $input) { municipality { ${FIELDS} } errors { field message code } } }`, { input });
  const count = async () => (await server.gql('{ municipalities(where: { includeArchived: true }) { totalCount } }')).data.municipalities.totalCount as number;

  it('creates, updates with the version read, and archives a municipality', async () => {
    const created = await create({ code: '0160', name: ' Täby kommun ', organisationNumber: '212000-2866' });
    expect(created.errors).toBeUndefined();
    expect(created.data.createMunicipality.errors).toEqual([]);
    const municipality = created.data.createMunicipality.municipality;
    expect(municipality).toMatchObject({ code: '0160', name: 'Täby kommun', organisationNumber: '212000-2866', version: 1, archivedAt: null });

    const byCode = await server.gql('{ municipality(code: "0160") { id name } }');
    expect(byCode.data.municipality).toEqual({ id: municipality.id, name: 'Täby kommun' });

    const updated = await update({ id: municipality.id, version: 1, name: 'Täby', organisationNumber: null });
    expect(updated.data.updateMunicipality.errors).toEqual([]);
    expect(updated.data.updateMunicipality.municipality).toMatchObject({ version: 2, name: 'Täby', organisationNumber: null, code: '0160' });

    const archived = await archive({ id: municipality.id, version: 2 });
    expect(archived.data.archiveMunicipality.errors).toEqual([]);
    expect(archived.data.archiveMunicipality.municipality.archivedAt).not.toBeNull();

    const listed = await server.gql(
      '{ active: municipalities(where: { search: "täby" }) { totalCount } all: municipalities(where: { search: "täby", includeArchived: true }) { nodes { code archivedAt } } }',
    );
    expect(listed.data.active.totalCount).toBe(0);
    expect(listed.data.all.nodes).toEqual([{ code: '0160', archivedAt: expect.any(String) }]);
    // Still found by its code, with archivedAt for the caller to see.
    expect((await server.gql('{ municipality(code: "0160") { archivedAt } }')).data.municipality.archivedAt).not.toBeNull();
  });

  it('refuses a code that another municipality has with DUPLICATE on code, and writes nothing', async () => {
    const before = await count();
    const duplicate = await create({ code: '0138', name: 'Another Tyresö' });
    expect(duplicate.data.createMunicipality).toEqual({ municipality: null, errors: [{ field: 'code', code: 'DUPLICATE', message: expect.stringContaining('0138') }] });
    expect(await count()).toBe(before);

    const gislaved = (await create({ code: '0662', name: 'Gislaved kommun' })).data.createMunicipality.municipality;
    const taken = await update({ id: gislaved.id, version: 1, code: '1498' });
    expect(taken.data.updateMunicipality.errors).toEqual([expect.objectContaining({ field: 'code', code: 'DUPLICATE' })]);
    const kept = await update({ id: gislaved.id, version: 1, code: '0662', name: 'Gislaveds kommun' });
    expect(kept.data.updateMunicipality.errors).toEqual([]);
    expect(kept.data.updateMunicipality.municipality).toMatchObject({ code: '0662', name: 'Gislaveds kommun', version: 2 });
  });

  it('refuses a code that is not four digits, a blank name and a malformed organisation number, field by field', async () => {
    const before = await count();
    const bad = await create({ code: '138', name: '  ', organisationNumber: '2120000142' });
    expect(bad.data.createMunicipality.municipality).toBeNull();
    expect(bad.data.createMunicipality.errors.map((e: { field: string; code: string }) => `${e.field}:${e.code}`).sort()).toEqual(['code:INVALID', 'name:INVALID', 'organisationNumber:INVALID']);
    expect((await create({ code: 'A138', name: 'X' })).data.createMunicipality.errors).toEqual([expect.objectContaining({ field: 'code', code: 'INVALID' })]);
    expect(await count()).toBe(before);
  });

  it('refuses a stale version with CONFLICT and changes nothing', async () => {
    const { municipality } = (await create({ code: '0604', name: 'Aneby kommun' })).data.createMunicipality;
    expect((await update({ id: municipality.id, version: 1, name: 'Aneby' })).data.updateMunicipality.errors).toEqual([]);
    const stale = await update({ id: municipality.id, version: 1, name: 'Stale' });
    expect(stale.data.updateMunicipality).toEqual({ municipality: null, errors: [{ field: 'version', code: 'CONFLICT', message: expect.stringContaining('version 2') }] });
    const staleArchive = await archive({ id: municipality.id, version: 1 });
    expect(staleArchive.data.archiveMunicipality.errors).toEqual([expect.objectContaining({ field: 'version', code: 'CONFLICT' })]);
    const { data } = await server.gql('query($id: ID!) { node(id: $id) { ... on Municipality { name version archivedAt } } }', { id: municipality.id });
    expect(data.node).toEqual({ name: 'Aneby', version: 2, archivedAt: null });
  });

  it('refuses an id of another type as NOT_FOUND', async () => {
    const { data } = await server.gql('{ municipality(code: "0138") { steeringDocuments { id } } }');
    const documentId = data.municipality.steeringDocuments[0].id;
    expect((await update({ id: documentId, version: 1, name: 'X' })).data.updateMunicipality.errors).toEqual([expect.objectContaining({ field: 'id', code: 'NOT_FOUND' })]);
    expect((await archive({ id: documentId, version: 1 })).data.archiveMunicipality.errors).toEqual([expect.objectContaining({ field: 'id', code: 'NOT_FOUND' })]);
  });

  it('searches on name and code, orders by name, and pages', async () => {
    const byCode = await server.gql('{ municipalities(where: { search: "1498" }) { nodes { name } } }');
    expect(byCode.data.municipalities.nodes).toEqual([{ name: 'Tranemo kommun' }]);
    const first = await server.gql('{ municipalities(first: 1, orderBy: { field: NAME, direction: DESC }) { totalCount nodes { name } pageInfo { hasNextPage endCursor } } }');
    const names = [first.data.municipalities.nodes[0].name as string];
    let cursor = first.data.municipalities.pageInfo.endCursor as string;
    for (let page = 1; page < first.data.municipalities.totalCount; page += 1) {
      const next = await server.gql('query($after: String) { municipalities(first: 1, after: $after, orderBy: { field: NAME, direction: DESC }) { nodes { name } pageInfo { endCursor } } }', {
        after: cursor,
      });
      names.push(next.data.municipalities.nodes[0].name);
      cursor = next.data.municipalities.pageInfo.endCursor;
    }
    expect(names).toEqual([...names].sort().reverse());
    expect(names).toContain('Tyresö kommun');
  });

  it('sets the open-data licence, attribution, contact and small-count threshold, and refuses bad ones', async () => {
    const read = await server.gql('{ municipality(code: "1498") { id version smallCountThreshold openDataLicence } }');
    const { id, version } = read.data.municipality;
    expect(read.data.municipality.smallCountThreshold).toBe(5);
    const mutation =
      'mutation($input: UpdateMunicipalityInput!) { updateMunicipality(input: $input) { municipality { openDataLicence openDataAttribution openDataContactEmail smallCountThreshold } errors { field code } } }';
    const bad = await server.gql(mutation, { input: { id, version, openDataLicence: 'not a uri', smallCountThreshold: 0, openDataContactEmail: 'nope' } });
    expect(bad.data.updateMunicipality.municipality).toBeNull();
    expect(bad.data.updateMunicipality.errors.map((e: { field: string }) => e.field).sort()).toEqual(['openDataContactEmail', 'openDataLicence', 'smallCountThreshold']);
    const good = await server.gql(mutation, {
      input: {
        id,
        version,
        openDataLicence: 'https://creativecommons.org/licenses/by/4.0/',
        openDataAttribution: 'Källa: Tranemo kommun',
        openDataContactEmail: 'data@tranemo.se',
        smallCountThreshold: 10,
      },
    });
    expect(good.data.updateMunicipality).toEqual({
      municipality: { openDataLicence: 'https://creativecommons.org/licenses/by/4.0/', openDataAttribution: 'Källa: Tranemo kommun', openDataContactEmail: 'data@tranemo.se', smallCountThreshold: 10 },
      errors: [],
    });
  });
});
