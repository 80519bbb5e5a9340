import { startTestServer, type TestServer } from '../../../../test/helpers';

const FIELDS = 'id version kind name externalId archivedAt municipality { code } parent { id name } children { name }';

describe('organisation units', () => {
  let server: TestServer;
  let tyreso: string;
  let other: string;

  beforeAll(async () => {
    server = await startTestServer();
    tyreso = (await server.gql('{ municipality(code: "0138") { id } }')).data.municipality.id;
    const created = await server.gql('mutation { createMunicipality(input: { code: "0162", name: "Danderyds kommun" }) { municipality { id } errors { code } } }');
    expect(created.data.createMunicipality.errors).toEqual([]);
    other = created.data.createMunicipality.municipality.id;
  });
  afterAll(() => server.stop());

  const create = (input: Record<string, unknown>) =>
    server.gql(`mutation($input: CreateOrganisationUnitInput!) { createOrganisationUnit(input: $input) { organisationUnit { ${FIELDS} } errors { field message code } } }`, {
      input: { municipalityId: tyreso, ...input },
    });
  const update = (input: Record<string, unknown>) =>
    server.gql(`mutation($input: UpdateOrganisationUnitInput!) { updateOrganisationUnit(input: $input) { organisationUnit { ${FIELDS} } errors { field message code } } }`, { input });
  const archive = (input: Record<string, unknown>) =>
    server.gql(`mutation($input: ArchiveInput!) { archiveOrganisationUnit(input: $input) { organisationUnit { id archivedAt version } errors { field message code } } }`, { input });
  const read = async (id: string) => (await server.gql(`query($id: ID!) { node(id: $id) { ... on OrganisationUnit { ${FIELDS} } } }`, { id })).data.node;
  const unitCount = async () =>
    (await server.gql('query($m: ID!) { organisationUnits(where: { municipality: { eq: $m }, includeArchived: true }) { totalCount } }', { m: tyreso })).data.organisationUnits.totalCount as number;

  /** nämnd → förvaltning → enhet */
  async function tree(prefix: string) {
    const committee = (await create({ kind: 'COMMITTEE', name: `${prefix} nämnd`, externalId: `${prefix}-N` })).data.createOrganisationUnit.organisationUnit;
    const administration = (await create({ kind: 'ADMINISTRATION', name: `${prefix} förvaltning`, parentId: committee.id, externalId: `${prefix}-F` })).data.createOrganisationUnit.organisationUnit;
    const unit = (await create({ kind: 'UNIT', name: `${prefix} enhet`, parentId: administration.id })).data.createOrganisationUnit.organisationUnit;
    return { committee, administration, unit };
  }

  it('creates a tree of committee, administration and unit, and reads it through parent and children', async () => {
    const created = await create({ kind: 'COMMITTEE', name: ' Kultur- och fritidsnämnden ', externalId: 'KFN-01' });
    expect(created.errors).toBeUndefined();
    expect(created.data.createOrganisationUnit.errors).toEqual([]);
    const committee = created.data.createOrganisationUnit.organisationUnit;
    expect(committee).toMatchObject({ kind: 'COMMITTEE', name: 'Kultur- och fritidsnämnden', externalId: 'KFN-01', version: 1, parent: null, children: [], municipality: { code: '0138' } });

    const administration = (await create({ kind: 'ADMINISTRATION', name: 'Kultur- och fritidsförvaltningen', parentId: committee.id })).data.createOrganisationUnit;
    expect(administration.errors).toEqual([]);
    expect(administration.organisationUnit.parent).toEqual({ id: committee.id, name: 'Kultur- och fritidsnämnden' });
    for (const name of ['Fritidsgårdar', 'Biblioteket']) {
      expect((await create({ kind: 'UNIT', name, parentId: administration.organisationUnit.id })).data.createOrganisationUnit.errors).toEqual([]);
    }
    const read = await server.gql(`query($id: ID!) { node(id: $id) { ... on OrganisationUnit { children { name children { name parent { name } } } } } }`, { id: committee.id });
    expect(read.data.node.children).toEqual([
      {
        name: 'Kultur- och fritidsförvaltningen',
        children: [
          { name: 'Biblioteket', parent: { name: 'Kultur- och fritidsförvaltningen' } },
          { name: 'Fritidsgårdar', parent: { name: 'Kultur- och fritidsförvaltningen' } },
        ],
      },
    ]);
  });

  it('finds a unit by the external id another system knows it by', async () => {
    const { committee } = await tree('Ext');
    const query = 'query($m: ID!, $e: String!) { organisationUnitByExternalId(municipalityId: $m, externalId: $e) { id name } }';
    expect((await server.gql(query, { m: tyreso, e: 'Ext-N' })).data.organisationUnitByExternalId).toEqual({ id: committee.id, name: 'Ext nämnd' });
    expect((await server.gql(query, { m: tyreso, e: 'nope' })).data.organisationUnitByExternalId).toBeNull();
    expect((await server.gql(query, { m: other, e: 'Ext-N' })).data.organisationUnitByExternalId).toBeNull();
    expect((await server.gql(query, { m: committee.id, e: 'Ext-N' })).data.organisationUnitByExternalId).toBeNull();
  });

  it('refuses an external id that another unit of the municipality has with DUPLICATE on externalId', async () => {
    const { committee, unit } = await tree('Dup');
    const before = await unitCount();
    const duplicate = await create({ kind: 'UNIT', name: 'Copy', externalId: 'Dup-N' });
    expect(duplicate.data.createOrganisationUnit).toEqual({ organisationUnit: null, errors: [{ field: 'externalId', code: 'DUPLICATE', message: expect.stringContaining('Dup-N') }] });
    expect(await unitCount()).toBe(before);

    const onUpdate = await update({ id: unit.id, version: 1, externalId: 'Dup-F' });
    expect(onUpdate.data.updateOrganisationUnit.errors).toEqual([expect.objectContaining({ field: 'externalId', code: 'DUPLICATE' })]);
    expect((await read(unit.id)).externalId).toBeNull();
    // Its own external id again is no duplicate; another municipality may use the same one.
    expect((await update({ id: committee.id, version: 1, externalId: 'Dup-N', name: 'Dup nämnden' })).data.updateOrganisationUnit.errors).toEqual([]);
    expect((await create({ municipalityId: other, kind: 'COMMITTEE', name: 'Elsewhere', externalId: 'Dup-N' })).data.createOrganisationUnit.errors).toEqual([]);
  });

  it('refuses a parent of another municipality as NOT_FOUND and an archived parent as INVALID', async () => {
    const foreign = (await create({ municipalityId: other, kind: 'COMMITTEE', name: 'Socialnämnden Danderyd' })).data.createOrganisationUnit.organisationUnit;
    const before = await unitCount();
    const created = await create({ kind: 'UNIT', name: 'Misplaced', parentId: foreign.id });
    expect(created.data.createOrganisationUnit).toEqual({ organisationUnit: null, errors: [{ field: 'parentId', code: 'NOT_FOUND', message: expect.any(String) }] });
    expect(await unitCount()).toBe(before);

    const { unit } = await tree('Foreign');
    expect((await update({ id: unit.id, version: 1, parentId: foreign.id })).data.updateOrganisationUnit.errors).toEqual([expect.objectContaining({ field: 'parentId', code: 'NOT_FOUND' })]);

    const leaf = (await create({ kind: 'UNIT', name: 'To be archived' })).data.createOrganisationUnit.organisationUnit;
    expect((await archive({ id: leaf.id, version: 1 })).data.archiveOrganisationUnit.errors).toEqual([]);
    expect((await create({ kind: 'UNIT', name: 'Under archived', parentId: leaf.id })).data.createOrganisationUnit.errors).toEqual([expect.objectContaining({ field: 'parentId', code: 'INVALID' })]);
  });

  it('refuses to move a unit under itself or its descendants with CYCLE on parentId, and changes nothing', async () => {
    const { committee, administration, unit } = await tree('Cycle');
    const underGrandchild = await update({ id: committee.id, version: 1, parentId: unit.id, name: 'Renamed' });
    expect(underGrandchild.data.updateOrganisationUnit).toEqual({ organisationUnit: null, errors: [{ field: 'parentId', code: 'CYCLE', message: expect.any(String) }] });
    expect((await update({ id: administration.id, version: 1, parentId: administration.id })).data.updateOrganisationUnit.errors).toEqual([
      expect.objectContaining({ field: 'parentId', code: 'CYCLE' }),
    ]);
    expect(await read(committee.id)).toMatchObject({ name: 'Cycle nämnd', version: 1, parent: null });

    // Moving within the tree where it makes no cycle is fine, and so is making a unit top-level.
    const moved = await update({ id: unit.id, version: 1, parentId: committee.id });
    expect(moved.data.updateOrganisationUnit.errors).toEqual([]);
    expect(moved.data.updateOrganisationUnit.organisationUnit.parent.id).toBe(committee.id);
    const topLevel = await update({ id: administration.id, version: 1, parentId: null });
    expect(topLevel.data.updateOrganisationUnit.organisationUnit).toMatchObject({ parent: null, version: 2 });
  });

  it('refuses to archive a unit with units under it that are not archived (INVALID on id), then archives bottom-up', async () => {
    const { committee, administration, unit } = await tree('Archive');
    const refused = await archive({ id: committee.id, version: 1 });
    expect(refused.data.archiveOrganisationUnit).toEqual({ organisationUnit: null, errors: [{ field: 'id', code: 'INVALID', message: expect.stringContaining('1 unit') }] });
    expect((await read(committee.id)).archivedAt).toBeNull();

    expect((await archive({ id: unit.id, version: 1 })).data.archiveOrganisationUnit.errors).toEqual([]);
    expect((await read(administration.id)).children).toEqual([]);
    expect((await archive({ id: administration.id, version: 1 })).data.archiveOrganisationUnit.errors).toEqual([]);
    const archived = await archive({ id: committee.id, version: 1 });
    expect(archived.data.archiveOrganisationUnit.errors).toEqual([]);
    expect(archived.data.archiveOrganisationUnit.organisationUnit.archivedAt).not.toBeNull();
  });

  it('refuses a stale version with CONFLICT and changes nothing', async () => {
    const { committee, unit } = await tree('Stale');
    expect((await update({ id: committee.id, version: 1, name: 'First' })).data.updateOrganisationUnit.errors).toEqual([]);
    const stale = await update({ id: committee.id, version: 1, name: 'Second', externalId: 'changed', parentId: null });
    expect(stale.data.updateOrganisationUnit).toEqual({ organisationUnit: null, errors: [{ field: 'version', code: 'CONFLICT', message: expect.stringContaining('version 2') }] });
    expect(await read(committee.id)).toMatchObject({ name: 'First', externalId: 'Stale-N', version: 2, archivedAt: null });

    expect((await update({ id: unit.id, version: 1, name: 'Stale enheten' })).data.updateOrganisationUnit.errors).toEqual([]);
    expect((await archive({ id: unit.id, version: 1 })).data.archiveOrganisationUnit.errors).toEqual([expect.objectContaining({ field: 'version', code: 'CONFLICT' })]);
    expect(await read(unit.id)).toMatchObject({ name: 'Stale enheten', version: 2, archivedAt: null });
  });

  it('reports invalid input field by field, and writes nothing', async () => {
    const before = await unitCount();
    const bad = await create({ kind: 'UNIT', name: '  ', externalId: '' });
    expect(bad.data.createOrganisationUnit.organisationUnit).toBeNull();
    expect(bad.data.createOrganisationUnit.errors.map((e: { field: string; code: string }) => `${e.field}:${e.code}`).sort()).toEqual(['externalId:INVALID', 'name:INVALID']);
    expect((await create({ municipalityId: 'bm9wZQ', kind: 'UNIT', name: 'X' })).data.createOrganisationUnit.errors).toEqual([expect.objectContaining({ field: 'municipalityId', code: 'NOT_FOUND' })]);
    expect(await unitCount()).toBe(before);
    const { unit } = await tree('Invalid');
    expect((await update({ id: unit.id, version: 1, kind: null, name: null })).data.updateOrganisationUnit.errors.map((e: { field: string }) => e.field).sort()).toEqual(['kind', 'name']);
    expect((await update({ id: tyreso, version: 1, name: 'X' })).data.updateOrganisationUnit.errors).toEqual([expect.objectContaining({ field: 'id', code: 'NOT_FOUND' })]);
  });

  it('lists units by municipality, kind, parent, top level and search, ordered and paged', async () => {
    const { committee, administration } = await tree('Listed');
    await create({ kind: 'UNIT', name: 'Listed enhet två', parentId: administration.id });
    const query = `query($where: OrganisationUnitWhereInput, $orderBy: OrganisationUnitOrder, $first: Int, $after: String) {
      organisationUnits(where: $where, orderBy: $orderBy, first: $first, after: $after) { totalCount nodes { name } pageInfo { hasNextPage endCursor } } }`;
    const byParent = await server.gql(query, { where: { parent: { eq: administration.id } }, orderBy: { field: 'NAME', direction: 'DESC' }, first: 1 });
    expect(byParent.data.organisationUnits).toMatchObject({ totalCount: 2, nodes: [{ name: 'Listed enhet två' }], pageInfo: { hasNextPage: true } });
    const next = await server.gql(query, {
      where: { parent: { eq: administration.id } },
      orderBy: { field: 'NAME', direction: 'DESC' },
      first: 1,
      after: byParent.data.organisationUnits.pageInfo.endCursor,
    });
    expect(next.data.organisationUnits).toMatchObject({ nodes: [{ name: 'Listed enhet' }], pageInfo: { hasNextPage: false } });

    const committees = await server.gql(query, { where: { municipality: { eq: tyreso }, kind: { oneOf: ['COMMITTEE'] }, search: 'listed' } });
    expect(committees.data.organisationUnits.nodes).toEqual([{ name: 'Listed nämnd' }]);
    const bySearchOnExternalId = await server.gql(query, { where: { search: 'Listed-F' } });
    expect(bySearchOnExternalId.data.organisationUnits.nodes).toEqual([{ name: 'Listed förvaltning' }]);
    const topLevel = await server.gql(query, { where: { municipality: { eq: other }, topLevel: true } });
    expect(topLevel.data.organisationUnits.nodes.map((n: { name: string }) => n.name)).not.toContain('Listed nämnd');
    const tyresoTop = await server.gql(query, { where: { municipality: { eq: tyreso }, topLevel: true, search: 'listed' } });
    expect(tyresoTop.data.organisationUnits.nodes).toEqual([{ name: 'Listed nämnd' }]);
    expect(committee.municipality.code).toBe('0138');
  });
});
