import { startTestServer, type TestServer } from '../../../../test/helpers';

const FIELDS = `id version kind title registrationNumber decidedBy decisionDate validUntil status followedUpBy revisionIntervalMonths description text
  currentVersionNumber archivedAt municipality { code } ownerUnit { id name }
  versions { id versionNumber title registrationNumber decidedBy decisionDate validUntil status text changeNote createdAt updatedAt version }`;
const PAYLOAD = `steeringDocument { ${FIELDS} } errors { field message code }`;

describe('steering documents', () => {
  let server: TestServer;
  let tranemo: string;
  let serviceUnit: string;
  let other: string;
  let otherUnit: string;

  beforeAll(async () => {
    server = await startTestServer();
    const { data } = await server.gql('{ municipality(code: "1498") { id } }');
    tranemo = data.municipality.id;
    const units = await server.gql('query($m: ID!) { organisationUnits(where: { municipality: { eq: $m }, search: "Servicesektionen" }) { nodes { id } } }', { m: tranemo });
    serviceUnit = units.data.organisationUnits.nodes[0].id;
    other = (await server.gql('mutation { createMunicipality(input: { code: "1490", name: "Borås kommun" }) { municipality { id } } }')).data.createMunicipality.municipality.id;
    otherUnit = (
      await server.gql('mutation($m: ID!) { createOrganisationUnit(input: { municipalityId: $m, kind: COUNCIL, name: "Kommunstyrelsen Borås" }) { organisationUnit { id } } }', { m: other })
    ).data.createOrganisationUnit.organisationUnit.id;
  });
  afterAll(() => server.stop());

  const create = (input: Record<string, unknown>) =>
    server.gql(`mutation($input: CreateSteeringDocumentInput!) { createSteeringDocument(input: $input) { ${PAYLOAD} } }`, { input: { municipalityId: tranemo, ...input } });
  const update = (input: Record<string, unknown>) => server.gql(`mutation($input: UpdateSteeringDocumentInput!) { updateSteeringDocument(input: $input) { ${PAYLOAD} } }`, { input });
  const newVersion = (input: Record<string, unknown>) => server.gql(`mutation($input: CreateSteeringDocumentVersionInput!) { createSteeringDocumentVersion(input: $input) { ${PAYLOAD} } }`, { input });
  const archive = (input: Record<string, unknown>) => server.gql(`mutation($input: ArchiveInput!) { archiveSteeringDocument(input: $input) { ${PAYLOAD} } }`, { input });
  const read = async (id: string) => (await server.gql(`query($id: ID!) { node(id: $id) { ... on SteeringDocument { ${FIELDS} } } }`, { id })).data.node;
  const documentCount = async () => (await server.gql('{ steeringDocuments(where: { includeArchived: true }) { totalCount } }')).data.steeringDocuments.totalCount as number;

  /** The Tranemo policy as first decided (seed 004's earlier version). */
  const POLICY_2013 = {
    kind: 'POLICY',
    title: 'Policy för integrationsarbetet',
    registrationNumber: 'KS/2013:1207',
    decidedBy: 'Kommunfullmäktige',
    decisionDate: '2014-02-24',
    status: 'ADOPTED',
    followedUpBy: 'Integrationssamordnare',
    revisionIntervalMonths: 48,
    text: '## Policy\n\nFyra områden.',
  };

  it('creates a document with all its metadata and writes it as version 1', async () => {
    const created = await create({ ...POLICY_2013, ownerUnitId: serviceUnit, validUntil: '2018-02-23', description: 'Policy', changeNote: 'Första versionen.' });
    expect(created.errors).toBeUndefined();
    expect(created.data.createSteeringDocument.errors).toEqual([]);
    const document = created.data.createSteeringDocument.steeringDocument;
    expect(document).toMatchObject({
      ...POLICY_2013,
      validUntil: '2018-02-23',
      currentVersionNumber: 1,
      version: 1,
      archivedAt: null,
      municipality: { code: '1498' },
      ownerUnit: { id: serviceUnit, name: 'Servicesektionen' },
    });
    expect(document.versions).toEqual([
      expect.objectContaining({
        versionNumber: 1,
        title: POLICY_2013.title,
        registrationNumber: 'KS/2013:1207',
        decisionDate: '2014-02-24',
        validUntil: '2018-02-23',
        status: 'ADOPTED',
        text: POLICY_2013.text,
        changeNote: 'Första versionen.',
      }),
    ]);
    const node = await server.gql('query($id: ID!) { node(id: $id) { __typename ... on SteeringDocumentVersion { versionNumber steeringDocument { id } } } }', { id: document.versions[0].id });
    expect(node.data.node).toEqual({ __typename: 'SteeringDocumentVersion', versionNumber: 1, steeringDocument: { id: document.id } });

    const minimal = await create({ kind: 'PLAN', title: 'Handlingsplan' });
    expect(minimal.data.createSteeringDocument.steeringDocument).toMatchObject({
      status: 'DRAFT',
      ownerUnit: null,
      decisionDate: null,
      versions: [expect.objectContaining({ versionNumber: 1, status: 'DRAFT', changeNote: null })],
    });
  });

  it('writes a new version that replaces the head and leaves version 1 readable and unchanged (Tranemo: KS/2017:749 replaced KS/2013:1207)', async () => {
    const { steeringDocument: first } = (await create({ ...POLICY_2013, ownerUnitId: serviceUnit })).data.createSteeringDocument;
    const versionOne = first.versions[0];

    const revised = await newVersion({
      id: first.id,
      version: first.version,
      title: 'Integrationspolicy',
      registrationNumber: 'KS/2017:749',
      decisionDate: '2018-09-03',
      validUntil: '2022-09-02',
      text: '## Integrationspolicy',
      changeNote: 'Översyn av policy för integrationsarbetet; ersätter KS/2013:1207.',
    });
    expect(revised.data.createSteeringDocumentVersion.errors).toEqual([]);
    const head = revised.data.createSteeringDocumentVersion.steeringDocument;
    expect(head).toMatchObject({
      id: first.id,
      title: 'Integrationspolicy',
      registrationNumber: 'KS/2017:749',
      decidedBy: 'Kommunfullmäktige',
      decisionDate: '2018-09-03',
      validUntil: '2022-09-02',
      status: 'ADOPTED',
      text: '## Integrationspolicy',
      currentVersionNumber: 2,
      version: 2,
      followedUpBy: 'Integrationssamordnare',
      ownerUnit: { id: serviceUnit, name: 'Servicesektionen' },
    });
    expect(head.versions).toHaveLength(2);
    expect(head.versions[0]).toEqual(versionOne);
    expect(head.versions[1]).toMatchObject({
      versionNumber: 2,
      title: 'Integrationspolicy',
      registrationNumber: 'KS/2017:749',
      decidedBy: 'Kommunfullmäktige',
      validUntil: '2022-09-02',
      changeNote: expect.stringContaining('KS/2013:1207'),
    });
    const node = await server.gql(
      `query($id: ID!) { node(id: $id) { ... on SteeringDocumentVersion { id versionNumber title registrationNumber decidedBy decisionDate validUntil status text changeNote createdAt updatedAt version } } }`,
      { id: versionOne.id },
    );
    expect(node.data.node).toEqual(versionOne);

    // A third version with a status of its own; clearing a field is allowed.
    const third = await newVersion({ id: first.id, version: 2, status: 'IN_CONSULTATION', validUntil: null, changeNote: 'Revidering på remiss.' });
    expect(third.data.createSteeringDocumentVersion.errors).toEqual([]);
    expect(third.data.createSteeringDocumentVersion.steeringDocument).toMatchObject({ status: 'IN_CONSULTATION', validUntil: null, currentVersionNumber: 3, registrationNumber: 'KS/2017:749' });
    expect(third.data.createSteeringDocumentVersion.steeringDocument.versions.map((v: { versionNumber: number; status: string }) => `${v.versionNumber}:${v.status}`)).toEqual([
      '1:ADOPTED',
      '2:ADOPTED',
      '3:IN_CONSULTATION',
    ]);
    expect(third.data.createSteeringDocumentVersion.steeringDocument.versions.slice(0, 2)).toEqual(head.versions);
  });

  it('refuses a new version on a stale row version with CONFLICT, and writes no version', async () => {
    const { steeringDocument: document } = (await create({ ...POLICY_2013 })).data.createSteeringDocument;
    expect((await update({ id: document.id, version: 1, description: 'changed' })).data.updateSteeringDocument.errors).toEqual([]);
    const stale = await newVersion({ id: document.id, version: 1, title: 'Stale', changeNote: 'x' });
    expect(stale.data.createSteeringDocumentVersion).toEqual({ steeringDocument: null, errors: [{ field: 'version', code: 'CONFLICT', message: expect.stringContaining('version 2') }] });
    const after = await read(document.id);
    expect(after).toMatchObject({ title: POLICY_2013.title, currentVersionNumber: 1, version: 2 });
    expect(after.versions).toEqual(document.versions);
  });

  it('refuses validUntil before decisionDate with INVALID on validUntil, on create and on a new version, and writes nothing', async () => {
    const before = await documentCount();
    const created = await create({ ...POLICY_2013, validUntil: '2014-02-23' });
    expect(created.data.createSteeringDocument).toEqual({ steeringDocument: null, errors: [{ field: 'validUntil', code: 'INVALID', message: expect.stringContaining('decisionDate') }] });
    expect(await documentCount()).toBe(before);
    expect((await create({ ...POLICY_2013, validUntil: '2014-02-24' })).data.createSteeringDocument.errors).toEqual([]);

    const { steeringDocument: document } = (await create({ ...POLICY_2013, validUntil: '2018-02-23' })).data.createSteeringDocument;
    // A new decision date after the current validity, without a new validUntil: refused.
    const later = await newVersion({ id: document.id, version: 1, decisionDate: '2019-01-01', changeNote: 'Ny' });
    expect(later.data.createSteeringDocumentVersion.errors).toEqual([expect.objectContaining({ field: 'validUntil', code: 'INVALID' })]);
    const earlier = await newVersion({ id: document.id, version: 1, validUntil: '2013-12-31', changeNote: 'Ny' });
    expect(earlier.data.createSteeringDocumentVersion.errors).toEqual([expect.objectContaining({ field: 'validUntil', code: 'INVALID' })]);
    expect((await read(document.id)).versions).toHaveLength(1);
  });

  it('refuses an owner unit of another municipality as NOT_FOUND, on create and update, and writes nothing', async () => {
    const before = await documentCount();
    const created = await create({ kind: 'STRATEGY', title: 'Foreign owner', ownerUnitId: otherUnit });
    expect(created.data.createSteeringDocument).toEqual({ steeringDocument: null, errors: [{ field: 'ownerUnitId', code: 'NOT_FOUND', message: expect.any(String) }] });
    expect(await documentCount()).toBe(before);

    const { steeringDocument: document } = (await create({ kind: 'STRATEGY', title: 'Own owner', ownerUnitId: serviceUnit })).data.createSteeringDocument;
    expect((await update({ id: document.id, version: 1, ownerUnitId: otherUnit })).data.updateSteeringDocument.errors).toEqual([expect.objectContaining({ field: 'ownerUnitId', code: 'NOT_FOUND' })]);
    expect((await read(document.id)).ownerUnit.id).toBe(serviceUnit);
    // The other municipality may of course use its own unit.
    expect((await create({ municipalityId: other, kind: 'STRATEGY', title: 'Borås strategi', ownerUnitId: otherUnit })).data.createSteeringDocument.errors).toEqual([]);
  });

  it('updates metadata with the version read; a stale version gets CONFLICT and changes nothing', async () => {
    const { steeringDocument: document } = (await create({ ...POLICY_2013, ownerUnitId: serviceUnit })).data.createSteeringDocument;
    const updated = await update({
      id: document.id,
      version: 1,
      kind: 'PROGRAMME',
      status: 'REPLACED',
      ownerUnitId: null,
      followedUpBy: ' Kommunstyrelsen ',
      revisionIntervalMonths: 24,
      description: 'Ersatt',
    });
    expect(updated.data.updateSteeringDocument.errors).toEqual([]);
    expect(updated.data.updateSteeringDocument.steeringDocument).toMatchObject({
      kind: 'PROGRAMME',
      status: 'REPLACED',
      ownerUnit: null,
      followedUpBy: 'Kommunstyrelsen',
      revisionIntervalMonths: 24,
      description: 'Ersatt',
      version: 2,
      currentVersionNumber: 1,
    });
    expect(updated.data.updateSteeringDocument.steeringDocument.versions).toEqual(document.versions);

    const stale = await update({ id: document.id, version: 1, status: 'DRAFT', description: 'stale' });
    expect(stale.data.updateSteeringDocument).toEqual({ steeringDocument: null, errors: [{ field: 'version', code: 'CONFLICT', message: expect.stringContaining('version 2') }] });
    expect(await read(document.id)).toMatchObject({ status: 'REPLACED', description: 'Ersatt', version: 2 });
  });

  it('reports invalid input field by field: revision interval, dates, status ARCHIVED, blank title and change note', async () => {
    const before = await documentCount();
    const bad = await create({ kind: 'POLICY', title: ' ', revisionIntervalMonths: 0, decisionDate: '2018-02-30', validUntil: '03/09/2018' });
    expect(bad.data.createSteeringDocument.steeringDocument).toBeNull();
    expect(bad.data.createSteeringDocument.errors.map((e: { field: string; code: string }) => `${e.field}:${e.code}`).sort()).toEqual([
      'decisionDate:INVALID',
      'revisionIntervalMonths:INVALID',
      'title:INVALID',
      'validUntil:INVALID',
    ]);
    expect((await create({ kind: 'POLICY', title: 'X', revisionIntervalMonths: 121 })).data.createSteeringDocument.errors).toEqual([
      expect.objectContaining({ field: 'revisionIntervalMonths', code: 'INVALID' }),
    ]);
    expect((await create({ kind: 'POLICY', title: 'X', status: 'ARCHIVED' })).data.createSteeringDocument.errors).toEqual([expect.objectContaining({ field: 'status', code: 'INVALID' })]);
    expect((await create({ municipalityId: serviceUnit, kind: 'POLICY', title: 'X' })).data.createSteeringDocument.errors).toEqual([
      expect.objectContaining({ field: 'municipalityId', code: 'NOT_FOUND' }),
    ]);
    expect(await documentCount()).toBe(before);

    const { steeringDocument: document } = (await create({ kind: 'POLICY', title: 'Valid', revisionIntervalMonths: 120 })).data.createSteeringDocument;
    expect((await update({ id: document.id, version: 1, status: 'ARCHIVED' })).data.updateSteeringDocument.errors).toEqual([expect.objectContaining({ field: 'status', code: 'INVALID' })]);
    expect((await update({ id: document.id, version: 1, kind: null, status: null })).data.updateSteeringDocument.errors.map((e: { field: string }) => e.field).sort()).toEqual(['kind', 'status']);
    expect((await newVersion({ id: document.id, version: 1, changeNote: '  ' })).data.createSteeringDocumentVersion.errors).toEqual([
      expect.objectContaining({ field: 'changeNote', code: 'INVALID' }),
    ]);
    expect((await newVersion({ id: document.id, version: 1, title: null, changeNote: 'x' })).data.createSteeringDocumentVersion.errors).toEqual([
      expect.objectContaining({ field: 'title', code: 'INVALID' }),
    ]);
    expect((await newVersion({ id: serviceUnit, version: 1, changeNote: 'x' })).data.createSteeringDocumentVersion.errors).toEqual([expect.objectContaining({ field: 'id', code: 'NOT_FOUND' })]);
    expect(await read(document.id)).toMatchObject({ status: 'DRAFT', version: 1, versions: [expect.objectContaining({ versionNumber: 1 })] });
  });

  it('archives a document (status ARCHIVED), keeps its versions, and refuses further changes with ARCHIVED', async () => {
    const { steeringDocument: document } = (await create({ ...POLICY_2013, title: 'Arkiveras' })).data.createSteeringDocument;
    expect((await archive({ id: document.id, version: 2 })).data.archiveSteeringDocument.errors).toEqual([expect.objectContaining({ field: 'version', code: 'CONFLICT' })]);
    const archived = await archive({ id: document.id, version: 1 });
    expect(archived.data.archiveSteeringDocument.errors).toEqual([]);
    expect(archived.data.archiveSteeringDocument.steeringDocument).toMatchObject({ status: 'ARCHIVED', archivedAt: expect.any(String), version: 2 });
    expect(archived.data.archiveSteeringDocument.steeringDocument.versions).toEqual(document.versions);

    expect((await update({ id: document.id, version: 2, status: 'ADOPTED' })).data.updateSteeringDocument.errors).toEqual([expect.objectContaining({ field: 'id', code: 'ARCHIVED' })]);
    expect((await newVersion({ id: document.id, version: 2, changeNote: 'x' })).data.createSteeringDocumentVersion.errors).toEqual([expect.objectContaining({ field: 'id', code: 'ARCHIVED' })]);
    expect((await archive({ id: document.id, version: 2 })).data.archiveSteeringDocument.errors).toEqual([expect.objectContaining({ field: 'id', code: 'ARCHIVED' })]);

    const lists = await server.gql(
      `query($m: ID!) { active: steeringDocuments(where: { municipality: { eq: $m }, search: "Arkiveras" }) { totalCount }
        all: steeringDocuments(where: { municipality: { eq: $m }, search: "Arkiveras", includeArchived: true }) { nodes { id } }
        municipality(code: "1498") { steeringDocuments { id } } }`,
      { m: tranemo },
    );
    expect(lists.data.active.totalCount).toBe(0);
    expect(lists.data.all.nodes).toEqual([{ id: document.id }]);
    expect(lists.data.municipality.steeringDocuments.map((d: { id: string }) => d.id)).not.toContain(document.id);
  });

  it('lists by municipality, kind, status and search, and orders by title, decision date (empty ones last) and update time across pages', async () => {
    const m = other;
    const make = (title: string, kind: string, status: string, decisionDate: string | null) => create({ municipalityId: m, title, kind, status, decisionDate, registrationNumber: `KS/${title}` });
    await make('Beta', 'PLAN', 'ADOPTED', '2020-01-01');
    await make('Alfa', 'PLAN', 'DRAFT', null);
    await make('Gamma', 'POLICY', 'ADOPTED', '2018-06-01');
    await make('Delta', 'GUIDELINE', 'IN_CONSULTATION', null);
    await make('Epsilon', 'PLAN', 'ADOPTED', '2022-03-15');
    const query = `query($where: SteeringDocumentWhereInput, $orderBy: SteeringDocumentOrder, $after: String) {
      steeringDocuments(first: 2, where: $where, orderBy: $orderBy, after: $after) { totalCount nodes { title } pageInfo { hasNextPage endCursor } } }`;
    const all = async (where: Record<string, unknown>, orderBy?: Record<string, unknown>) => {
      const titles: string[] = [];
      let after: string | undefined;
      for (;;) {
        const { data, errors } = await server.gql(query, { where, orderBy, after });
        expect(errors).toBeUndefined();
        titles.push(...data.steeringDocuments.nodes.map((n: { title: string }) => n.title));
        if (!data.steeringDocuments.pageInfo.hasNextPage) return titles;
        after = data.steeringDocuments.pageInfo.endCursor;
      }
    };
    const mine = { municipality: { eq: m }, search: 'KS/' };
    expect(await all(mine)).toEqual(['Alfa', 'Beta', 'Delta', 'Epsilon', 'Gamma']);
    expect(await all(mine, { field: 'DECISION_DATE', direction: 'ASC' })).toEqual([
      'Gamma',
      'Beta',
      'Epsilon',
      ...(await all({ ...mine, status: { oneOf: ['DRAFT', 'IN_CONSULTATION'] } }, { field: 'DECISION_DATE' })),
    ]);
    const desc = await all(mine, { field: 'DECISION_DATE', direction: 'DESC' });
    expect(desc.slice(2)).toEqual(['Epsilon', 'Beta', 'Gamma']);
    expect(desc.slice(0, 2).sort()).toEqual(['Alfa', 'Delta']);
    expect(await all({ ...mine, kind: { oneOf: ['PLAN'] }, status: { oneOf: ['ADOPTED'] } })).toEqual(['Beta', 'Epsilon']);
    expect(await all({ ...mine, search: 'KS/gam' })).toEqual(['Gamma']);
    expect(await all(mine, { field: 'UPDATED_AT', direction: 'DESC' })).toEqual(['Epsilon', 'Delta', 'Gamma', 'Alfa', 'Beta']);
    const badCursor = await server.gql(query, { where: mine, orderBy: { field: 'DECISION_DATE' }, after: 'nonsense' });
    expect(badCursor.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('keeps the strategy tree and gives every goal of a document as one flat list', async () => {
    const { data, errors } = await server.gql(`{ municipality(code: "0138") { steeringDocuments { id overallAim { id title } focusAreas { nameSv goals { id children { id } } }
      goals { id level title parent { id } steeringDocument { id } } ownerUnit { name } versions { versionNumber } } } }`);
    expect(errors).toBeUndefined();
    const [document] = data.municipality.steeringDocuments;
    expect(document.focusAreas).toHaveLength(6);
    expect(document.versions).toEqual([{ versionNumber: 1 }]);
    const flat: Array<{ id: string; level: string; steeringDocument: { id: string } }> = document.goals;
    const ids = new Set(flat.map((goal) => goal.id));
    const inTree = [
      document.overallAim.id,
      ...document.focusAreas.flatMap((area: { goals: Array<{ id: string; children: Array<{ id: string }> }> }) => area.goals.flatMap((goal) => [goal.id, ...goal.children.map((child) => child.id)])),
    ];
    expect(inTree.length).toBeGreaterThan(2);
    for (const id of inTree) expect(ids.has(id)).toBe(true);
    expect(flat.every((goal) => goal.steeringDocument.id === document.id)).toBe(true);
    expect(flat.filter((goal) => goal.level === 'OVERALL_AIM')).toHaveLength(1);
    expect(new Set(flat.map((goal) => goal.level))).toEqual(new Set(['OVERALL_AIM', 'COMMITTEE_GOAL', 'SUB_GOAL']));
  });

  it('shows the seeded Tranemo policy with its earlier version', async () => {
    const { data } = await server.gql('{ municipality(code: "1498") { steeringDocuments { registrationNumber currentVersionNumber versions { versionNumber registrationNumber changeNote } } } }');
    // Earlier tests in this file write documents with the same registration numbers; the seeded one
    // is the one whose first version carries the seed's note.
    const policy = data.municipality.steeringDocuments.find((d: { versions: Array<{ changeNote: string }> }) => d.versions[0]?.changeNote === 'Tidigare version, ersatt av KS/2017:749.');
    expect(policy).toEqual({
      registrationNumber: 'KS/2017:749',
      currentVersionNumber: 2,
      versions: [
        { versionNumber: 1, registrationNumber: 'KS/2013:1207', changeNote: 'Tidigare version, ersatt av KS/2017:749.' },
        { versionNumber: 2, registrationNumber: 'KS/2017:749', changeNote: 'Gällande version.' },
      ],
    });
  });
});
