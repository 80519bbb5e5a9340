import { startTestServer, type TestServer } from '../../../../test/helpers';

const FIELDS = 'id version key nameSv nameEn description sortOrder archivedAt municipality { code } steeringDocument { id }';

describe('focus areas', () => {
  let server: TestServer;
  let tyreso: string;
  let strategy: string;
  let other: string;
  let otherDocument: string;

  beforeAll(async () => {
    server = await startTestServer();
    const { data } = await server.gql('{ municipality(code: "0138") { id steeringDocuments { id } } }');
    tyreso = data.municipality.id;
    strategy = data.municipality.steeringDocuments[0].id;
    other = (await server.gql('mutation { createMunicipality(input: { code: "0662", name: "Gislaveds kommun" }) { municipality { id } } }')).data.createMunicipality.municipality.id;
    otherDocument = (
      await server.gql('mutation($m: ID!) { createSteeringDocument(input: { municipalityId: $m, kind: STRATEGY, title: "Integrationsstrategi Gislaved" }) { steeringDocument { id } } }', { m: other })
    ).data.createSteeringDocument.steeringDocument.id;
  });
  afterAll(() => server.stop());

  const create = (input: Record<string, unknown>) =>
    server.gql(`mutation($input: CreateFocusAreaInput!) { createFocusArea(input: $input) { focusArea { ${FIELDS} } errors { field message code } } }`, {
      input: { municipalityId: tyreso, steeringDocumentId: strategy, nameSv: 'Hälsa', nameEn: 'Health', ...input },
    });
  const update = (input: Record<string, unknown>) =>
    server.gql(`mutation($input: UpdateFocusAreaInput!) { updateFocusArea(input: $input) { focusArea { ${FIELDS} } errors { field message code } } }`, { input });
  const archive = (input: Record<string, unknown>) =>
    server.gql(`mutation($input: ArchiveInput!) { archiveFocusArea(input: $input) { focusArea { ${FIELDS} } errors { field message code } } }`, { input });
  const areasOf = async (document: string, includeArchived = false) =>
    (
      await server.gql('query($d: ID!, $all: Boolean) { focusAreas(first: 100, where: { steeringDocument: { eq: $d }, includeArchived: $all }) { totalCount nodes { key sortOrder } } }', {
        d: document,
        all: includeArchived,
      })
    ).data.focusAreas as { totalCount: number; nodes: Array<{ key: string; sortOrder: number }> };
  const read = async (id: string) => (await server.gql(`query($id: ID!) { node(id: $id) { ... on FocusArea { ${FIELDS} } } }`, { id })).data.node;

  it('creates an area after the last one unless an order is given, updates it, and archives it out of the document', async () => {
    const before = await areasOf(strategy);
    expect(before.totalCount).toBe(6);
    const created = await create({ key: 'HEALTH', nameSv: ' Hälsa ', description: 'Folkhälsa' });
    expect(created.errors).toBeUndefined();
    expect(created.data.createFocusArea.errors).toEqual([]);
    const area = created.data.createFocusArea.focusArea;
    expect(area).toMatchObject({
      key: 'HEALTH',
      nameSv: 'Hälsa',
      nameEn: 'Health',
      description: 'Folkhälsa',
      sortOrder: 7,
      version: 1,
      archivedAt: null,
      municipality: { code: '0138' },
      steeringDocument: { id: strategy },
    });

    const placed = await create({ key: 'SAFETY', nameSv: 'Trygghet', nameEn: 'Safety', sortOrder: 3 });
    expect(placed.data.createFocusArea.focusArea.sortOrder).toBe(3);
    expect((await create({ key: 'CULTURE', nameSv: 'Kultur', nameEn: 'Culture' })).data.createFocusArea.focusArea.sortOrder).toBe(8);

    const updated = await update({ id: area.id, version: 1, key: 'PUBLIC_HEALTH', nameEn: 'Public health', description: null, sortOrder: 9 });
    expect(updated.data.updateFocusArea.errors).toEqual([]);
    expect(updated.data.updateFocusArea.focusArea).toMatchObject({ key: 'PUBLIC_HEALTH', nameSv: 'Hälsa', nameEn: 'Public health', description: null, sortOrder: 9, version: 2 });

    const archived = await archive({ id: area.id, version: 2 });
    expect(archived.data.archiveFocusArea.errors).toEqual([]);
    expect(archived.data.archiveFocusArea.focusArea.archivedAt).not.toBeNull();
    const { data } = await server.gql('query($id: ID!) { node(id: $id) { ... on SteeringDocument { focusAreas { key } } } }', { id: strategy });
    expect(data.node.focusAreas.map((a: { key: string }) => a.key)).not.toContain('PUBLIC_HEALTH');
    expect((await areasOf(strategy)).nodes.map((a) => a.key)).not.toContain('PUBLIC_HEALTH');
    expect((await areasOf(strategy, true)).nodes.map((a) => a.key)).toContain('PUBLIC_HEALTH');
  });

  it('refuses a key that the document already has with DUPLICATE on key, and writes nothing', async () => {
    const before = await areasOf(strategy, true);
    const duplicate = await create({ key: 'SCHOOL' });
    expect(duplicate.data.createFocusArea).toEqual({ focusArea: null, errors: [{ field: 'key', code: 'DUPLICATE', message: expect.stringContaining('SCHOOL') }] });
    expect((await areasOf(strategy, true)).totalCount).toBe(before.totalCount);

    const area = (await create({ key: 'SPORT', nameSv: 'Idrott', nameEn: 'Sport' })).data.createFocusArea.focusArea;
    expect((await update({ id: area.id, version: 1, key: 'LANGUAGE' })).data.updateFocusArea.errors).toEqual([expect.objectContaining({ field: 'key', code: 'DUPLICATE' })]);
    expect((await read(area.id)).key).toBe('SPORT');
    // The same key in another document is fine; an area keeps its own key.
    expect((await update({ id: area.id, version: 1, key: 'SPORT', nameSv: 'Idrott och motion' })).data.updateFocusArea.errors).toEqual([]);
    expect((await create({ municipalityId: other, steeringDocumentId: otherDocument, key: 'SCHOOL' })).data.createFocusArea.errors).toEqual([]);
  });

  it('refuses a document of another municipality as NOT_FOUND and an archived one as INVALID', async () => {
    const before = await areasOf(otherDocument, true);
    const foreign = await create({ steeringDocumentId: otherDocument, key: 'FOREIGN' });
    expect(foreign.data.createFocusArea).toEqual({ focusArea: null, errors: [{ field: 'steeringDocumentId', code: 'NOT_FOUND', message: expect.any(String) }] });
    expect((await areasOf(otherDocument, true)).totalCount).toBe(before.totalCount);
    expect((await create({ steeringDocumentId: tyreso, key: 'WRONG_TYPE' })).data.createFocusArea.errors).toEqual([expect.objectContaining({ field: 'steeringDocumentId', code: 'NOT_FOUND' })]);

    const draft = (await server.gql('mutation($m: ID!) { createSteeringDocument(input: { municipalityId: $m, kind: PLAN, title: "Gammal plan" }) { steeringDocument { id } } }', { m: tyreso })).data
      .createSteeringDocument.steeringDocument.id;
    await server.gql('mutation($id: ID!) { archiveSteeringDocument(input: { id: $id, version: 1 }) { errors { code } } }', { id: draft });
    expect((await create({ steeringDocumentId: draft, key: 'LATE' })).data.createFocusArea.errors).toEqual([expect.objectContaining({ field: 'steeringDocumentId', code: 'INVALID' })]);
  });

  it('refuses a malformed key, blank names and a bad order, field by field', async () => {
    const before = await areasOf(strategy, true);
    const bad = await create({ key: 'work', nameSv: ' ', nameEn: '', sortOrder: 0 });
    expect(bad.data.createFocusArea.focusArea).toBeNull();
    expect(bad.data.createFocusArea.errors.map((e: { field: string; code: string }) => `${e.field}:${e.code}`).sort()).toEqual([
      'key:INVALID',
      'nameEn:INVALID',
      'nameSv:INVALID',
      'sortOrder:INVALID',
    ]);
    for (const key of ['1WORK', 'WORK-AND-EMPLOYMENT', '_WORK', `W${'A'.repeat(64)}`, '']) {
      expect((await create({ key })).data.createFocusArea.errors).toEqual([expect.objectContaining({ field: 'key', code: 'INVALID' })]);
    }
    expect((await areasOf(strategy, true)).totalCount).toBe(before.totalCount);
    expect((await create({ key: `W${'A'.repeat(63)}`, nameSv: 'Lång', nameEn: 'Long' })).data.createFocusArea.errors).toEqual([]);
    const area = (await create({ key: 'W2_LONG', nameSv: 'Kort', nameEn: 'Short' })).data.createFocusArea.focusArea;
    expect((await update({ id: area.id, version: 1, nameSv: null, key: 'lower' })).data.updateFocusArea.errors.map((e: { field: string }) => e.field).sort()).toEqual(['key', 'nameSv']);
  });

  it('refuses a stale version with CONFLICT and changes nothing', async () => {
    const area = (await create({ key: 'STALE', nameSv: 'Före', nameEn: 'Before' })).data.createFocusArea.focusArea;
    expect((await update({ id: area.id, version: 1, nameSv: 'Första' })).data.updateFocusArea.errors).toEqual([]);
    const stale = await update({ id: area.id, version: 1, nameSv: 'Andra', key: 'STALER' });
    expect(stale.data.updateFocusArea).toEqual({ focusArea: null, errors: [{ field: 'version', code: 'CONFLICT', message: expect.stringContaining('version 2') }] });
    expect((await archive({ id: area.id, version: 1 })).data.archiveFocusArea.errors).toEqual([expect.objectContaining({ field: 'version', code: 'CONFLICT' })]);
    expect(await read(area.id)).toMatchObject({ nameSv: 'Första', key: 'STALE', version: 2, archivedAt: null });
  });

  it('lists areas by municipality and document in their order, and pages', async () => {
    const query = `query($where: FocusAreaWhereInput, $after: String) { focusAreas(first: 4, where: $where, after: $after) { totalCount nodes { key sortOrder } pageInfo { hasNextPage endCursor } } }`;
    const tranemo = (await server.gql('{ municipality(code: "1498") { id } }')).data.municipality.id;
    const first = await server.gql(query, { where: { municipality: { eq: tranemo } } });
    expect(first.data.focusAreas).toMatchObject({
      totalCount: 4,
      nodes: [{ key: 'EDUCATION_AND_LANGUAGE' }, { key: 'WORK' }, { key: 'HOUSING' }, { key: 'LEISURE_AND_SOCIAL_PARTICIPATION' }],
      pageInfo: { hasNextPage: false },
    });
    const page1 = await server.gql(query, { where: { steeringDocument: { eq: strategy } } });
    const page2 = await server.gql(query, { where: { steeringDocument: { eq: strategy } }, after: page1.data.focusAreas.pageInfo.endCursor });
    const orders = [...page1.data.focusAreas.nodes, ...page2.data.focusAreas.nodes].map((n: { sortOrder: number }) => n.sortOrder);
    expect(page1.data.focusAreas.pageInfo.hasNextPage).toBe(true);
    expect(orders).toEqual([...orders].sort((a, b) => a - b));
    const searched = await server.gql(query, { where: { municipality: { eq: tyreso }, search: 'sysselsättning' } });
    expect(searched.data.focusAreas.nodes).toEqual([{ key: 'WORK_AND_EMPLOYMENT', sortOrder: 1 }]);
  });
});
