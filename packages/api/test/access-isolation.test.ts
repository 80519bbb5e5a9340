import { randomUUID } from 'node:crypto';
import { getNamedType, isInputObjectType, type GraphQLInputObjectType, type GraphQLObjectType } from 'graphql';
import { ApiKeyScope, StaffRole } from '../src/access/actor';
import { toGlobalId } from '../src/graphql/global-id';
import { getSchema } from '../src/graphql/schema';
import { login, startTestServer, type GraphQLResult, type TestServer } from './helpers';

/**
 * Tenant isolation: for a caller of Tyresö, Tranemo is what the public sees of it. An unpublished
 * object of Tranemo behaves exactly like an id that does not exist: each such case sends the same
 * request twice, once naming a Tranemo object and once a made-up id of the same type, and compares
 * the whole answers (status, data, errors) with the id text replaced by <ID>. It also checks that the
 * answer is a refusal (null, empty, NOT_FOUND), so that two equal successes could not pass, and at
 * the end that nothing of Tranemo changed. What is public of Tranemo (the municipality, its units,
 * and at the end a published document, indicator and value) a Tyresö caller reads exactly as an
 * anonymous visitor does. Every write naming Tranemo is NOT_FOUND as for a missing id.
 */

type Call = (query: string, variables?: Record<string, unknown>) => Promise<GraphQLResult<Record<string, any>>>;
type Request = [string, Record<string, unknown>?];

const PASSWORD = 'isolering-lösen-2026';
const uuid = (globalId: string) => Buffer.from(globalId, 'base64url').toString('utf8').split(':')[1] as string;
const typeOf = (globalId: string) => Buffer.from(globalId, 'base64url').toString('utf8').split(':')[0] as string;

/** The answer as text with the given ids (global and raw) replaced by <ID>. */
function normalised(answer: GraphQLResult, ...ids: string[]): string {
  let text = JSON.stringify({ status: answer.status, data: answer.data, errors: answer.errors });
  for (const id of ids) text = text.split(id).join('<ID>').split(uuid(id)).join('<ID>');
  return text;
}

/** The error codes of an answer: GraphQL errors, then every payload's errors. */
function codes(answer: GraphQLResult): string[] {
  const found = (answer.errors ?? []).map((error) => String(error.extensions?.code));
  for (const payload of Object.values(answer.data ?? {})) {
    const errors = (payload as { errors?: Array<{ code: string }> } | null)?.errors;
    if (Array.isArray(errors)) found.push(...errors.map((error) => error.code));
  }
  return found;
}

const mutation = (operation: string, inputType: string, input: Record<string, unknown>): Request => [
  `mutation($input: ${inputType}!) { ${operation}(input: $input) { __typename errors { code field message } } }`,
  { input },
];
const upsert = (rows: Array<Record<string, unknown>>): Request => [
  `mutation($input: UpsertMeasurementsInput!) { upsertMeasurements(input: $input) { dryRun upserted inserted updated restored unchanged errors { index code field message } } }`,
  { input: { rows } },
];

/** Which type an IdFilter of a where input names, by the filter's name. */
const FILTER_TYPES: Record<string, string> = {
  municipality: 'Municipality',
  steeringDocument: 'SteeringDocument',
  focusArea: 'FocusArea',
  goal: 'Goal',
  indicator: 'Indicator',
  partner: 'Partner',
  ownerUnit: 'OrganisationUnit',
  responsibleUnit: 'OrganisationUnit',
  organisationUnit: 'OrganisationUnit',
  parent: 'OrganisationUnit',
};

describe('tenant isolation', () => {
  let server: TestServer;
  /** Tranemo's objects, by type. */
  const foreign: Record<string, string> = {};
  /** Tyresö's objects. */
  const own: Record<string, string> = {};
  const callers: Record<'admin' | 'editor' | 'unitKey' | 'readKey', Call> = {} as never;
  let tranemoBefore: string;

  const sql = async <T = Record<string, any>>(text: string, params: unknown[] = []) => (await server.dataSource.query(text, params)) as T[];
  const version = async (table: string, globalId: string) => (await sql(`SELECT version FROM ${table} WHERE id = $1`, [uuid(globalId)]))[0]?.version as number;
  const TABLES: Record<string, string> = {
    Municipality: 'municipality',
    OrganisationUnit: 'organisation_unit',
    SteeringDocument: 'steering_document',
    FocusArea: 'focus_area',
    Goal: 'goal',
    Indicator: 'indicator',
    Target: 'target',
    Measurement: 'measurement',
    Partner: 'partner',
    Activity: 'activity',
    Agreement: 'agreement',
    User: 'app_user',
    ApiKey: 'api_key',
  };
  const versionOf = (globalId: string) => version(TABLES[typeOf(globalId)] as string, globalId);

  async function create(operation: string, inputType: string, input: Record<string, unknown>, field: string): Promise<string> {
    const result = await server.gql(`mutation($input: ${inputType}!) { ${operation}(input: $input) { errors { code field message } ${field} { id } } }`, { input });
    const payload = result.data?.[operation];
    if (result.errors || payload?.errors?.length) throw new Error(`${operation}: ${JSON.stringify(result)}`);
    return payload[field].id as string;
  }

  /** Everything of Tranemo, as text: to see that no refused request changed anything. */
  const tranemo = async () =>
    JSON.stringify(
      await Promise.all(
        Object.values(TABLES).map((table) =>
          sql(`SELECT to_jsonb(t) AS row FROM ${table} t WHERE ${table === 'municipality' ? 't.id' : 't.municipality_id'} = $1 ORDER BY t.id`, [uuid(foreign.Municipality as string)]),
        ),
      ),
    );

  /**
   * Sends `request(id)` with the foreign id and with a made-up one of the same type; the answers
   * must be equal but for the id. Returns the answer to the foreign id.
   */
  async function same(call: Call, foreignId: string, request: (id: string) => Request): Promise<GraphQLResult<Record<string, any>>> {
    const missing = toGlobalId(typeOf(foreignId), randomUUID());
    const answerForeign = await call(...request(foreignId));
    const answerMissing = await call(...request(missing));
    expect(normalised(answerForeign, foreignId)).toBe(normalised(answerMissing, missing));
    return answerForeign;
  }

  beforeAll(async () => {
    server = await startTestServer();
    const [tyreso] = await sql(`SELECT id FROM municipality WHERE code = '0138'`);
    const [tranemoRow] = await sql(`SELECT id FROM municipality WHERE code = '1498'`);
    const m = toGlobalId('Municipality', tyreso?.id);
    const t = toGlobalId('Municipality', tranemoRow?.id);
    const unit = async (name: string) => toGlobalId('OrganisationUnit', (await sql(`SELECT id FROM organisation_unit WHERE municipality_id = $1 AND name = $2`, [tyreso?.id, name]))[0]?.id);

    // ----- Tranemo: one object of every type, linked so that every filter can find something
    foreign.Municipality = t;
    foreign.OrganisationUnit = await create(
      'createOrganisationUnit',
      'CreateOrganisationUnitInput',
      { municipalityId: t, kind: 'COMMITTEE', name: 'Tranemos nämnd', externalId: 'T-EXT-1' },
      'organisationUnit',
    );
    await create('createOrganisationUnit', 'CreateOrganisationUnitInput', { municipalityId: t, kind: 'UNIT', name: 'Tranemos enhet', parentId: foreign.OrganisationUnit }, 'organisationUnit');
    foreign.SteeringDocument = await create(
      'createSteeringDocument',
      'CreateSteeringDocumentInput',
      { municipalityId: t, kind: 'PLAN', title: 'Tranemos plan', status: 'DRAFT', ownerUnitId: foreign.OrganisationUnit },
      'steeringDocument',
    );
    foreign.SteeringDocumentVersion = toGlobalId(
      'SteeringDocumentVersion',
      (await sql(`SELECT id FROM steering_document_version WHERE steering_document_id = $1`, [uuid(foreign.SteeringDocument)]))[0]?.id,
    );
    foreign.FocusArea = await create(
      'createFocusArea',
      'CreateFocusAreaInput',
      { municipalityId: t, steeringDocumentId: foreign.SteeringDocument, key: 'WORK', nameSv: 'Arbete', nameEn: 'Work' },
      'focusArea',
    );
    foreign.Goal = await create(
      'createGoal',
      'CreateGoalInput',
      { steeringDocumentId: foreign.SteeringDocument, focusAreaId: foreign.FocusArea, level: 'COMMITTEE_GOAL', ownerUnitId: foreign.OrganisationUnit, title: 'Tranemos mål' },
      'goal',
    );
    const indicatorInput = (municipalityId: string, unitId: string, goalIds: string[], nameSv: string) => ({
      municipalityId,
      nameSv,
      unit: 'PERCENT',
      decimals: 1,
      direction: 'INCREASE',
      periodicity: 'YEAR',
      dividedBySex: false,
      responsibleImplementationUnitId: unitId,
      responsibleFollowUpUnitId: unitId,
      goalIds,
    });
    foreign.Indicator = await create('createIndicator', 'CreateIndicatorInput', indicatorInput(t, foreign.OrganisationUnit, [foreign.Goal], 'Tranemos indikator'), 'indicator');
    foreign.Target = await create('createTarget', 'CreateTargetInput', { indicatorId: foreign.Indicator, period: '2030', value: 60 }, 'target');
    const values = await server.gql(
      ...upsert([
        { indicatorId: foreign.Indicator, period: '2024', sex: 'TOTAL', value: 55 },
        { indicatorId: foreign.Indicator, organisationUnitId: foreign.OrganisationUnit, period: '2024', sex: 'TOTAL', value: 56 },
      ]),
    );
    if (values.data?.upsertMeasurements?.errors?.length !== 0) throw new Error(JSON.stringify(values));
    foreign.Measurement = toGlobalId('Measurement', (await sql(`SELECT id FROM measurement WHERE indicator_id = $1 AND organisation_unit_id IS NULL`, [uuid(foreign.Indicator)]))[0]?.id);
    foreign.Partner = await create('createPartner', 'CreatePartnerInput', { municipalityId: t, name: 'Tranemos förening', kind: 'ASSOCIATION' }, 'partner');
    foreign.Activity = await create(
      'createActivity',
      'CreateActivityInput',
      { municipalityId: t, title: 'Tranemos insats', goalIds: [foreign.Goal], partnerIds: [foreign.Partner], responsibleUnitId: foreign.OrganisationUnit },
      'activity',
    );
    foreign.Agreement = await create(
      'createAgreement',
      'CreateAgreementInput',
      { municipalityId: t, kind: 'IOP', title: 'Tranemos IOP', goalIds: [foreign.Goal], partnerIds: [foreign.Partner], activityIds: [foreign.Activity] },
      'agreement',
    );
    const { account } = server.services;
    foreign.User = toGlobalId('User', (await account.createUser(uuid(t), { email: 'lasare@tranemo.test', name: 'Tranemos läsare', role: StaffRole.VIEWER, password: PASSWORD })).user.id);
    await account.createUser(uuid(t), { email: 'admin@tranemo.test', name: 'Tranemos admin', role: StaffRole.ADMIN, password: PASSWORD });
    foreign.ApiKey = toGlobalId('ApiKey', (await account.createApiKey(uuid(t), null, { name: 'Tranemos nyckel', scopes: [ApiKeyScope.READ] })).apiKey.id);

    // ----- Tyresö: the objects that the mutations below try to link to Tranemo's
    own.Municipality = m;
    own.unitA = await unit('Gymnasie- och arbetsmarknadsnämnden');
    own.unitB = await unit('Socialnämnden');
    own.SteeringDocument = await create(
      'createSteeringDocument',
      'CreateSteeringDocumentInput',
      { municipalityId: m, kind: 'PLAN', title: 'Tyresös plan', ownerUnitId: own.unitA },
      'steeringDocument',
    );
    own.FocusArea = await create(
      'createFocusArea',
      'CreateFocusAreaInput',
      { municipalityId: m, steeringDocumentId: own.SteeringDocument, key: 'WORK', nameSv: 'Arbete', nameEn: 'Work' },
      'focusArea',
    );
    own.Goal = await create(
      'createGoal',
      'CreateGoalInput',
      { steeringDocumentId: own.SteeringDocument, focusAreaId: own.FocusArea, level: 'COMMITTEE_GOAL', ownerUnitId: own.unitA, title: 'Tyresös mål' },
      'goal',
    );
    own.Indicator = await create('createIndicator', 'CreateIndicatorInput', indicatorInput(m, own.unitA, [own.Goal], 'Tyresös indikator'), 'indicator');
    own.Partner = await create('createPartner', 'CreatePartnerInput', { municipalityId: m, name: 'Tyresös förening', kind: 'ASSOCIATION' }, 'partner');
    own.Activity = await create(
      'createActivity',
      'CreateActivityInput',
      { municipalityId: m, title: 'Tyresös insats', goalIds: [own.Goal], partnerIds: [own.Partner], responsibleUnitId: own.unitA },
      'activity',
    );
    own.Agreement = await create(
      'createAgreement',
      'CreateAgreementInput',
      { municipalityId: m, kind: 'IOP', title: 'Tyresös IOP', goalIds: [own.Goal], partnerIds: [own.Partner], activityIds: [own.Activity] },
      'agreement',
    );

    // ----- callers of Tyresö
    await account.createUser(uuid(m), { email: 'admin@tyreso.test', name: 'Admin', role: StaffRole.ADMIN, password: PASSWORD });
    await account.createUser(uuid(m), { email: 'redaktor@tyreso.test', name: 'Redaktör', role: StaffRole.EDITOR, unitIds: [own.unitA], password: PASSWORD });
    await account.createUser(uuid(m), { email: 'lasare@tyreso.test', name: 'Läsare', role: StaffRole.VIEWER, password: PASSWORD });
    callers.admin = server.as({ cookie: await login(server.url, 'admin@tyreso.test', PASSWORD) });
    callers.editor = server.as({ cookie: await login(server.url, 'redaktor@tyreso.test', PASSWORD) });
    const unitKey = await account.createApiKey(uuid(m), null, { name: 'Tyresös nyckel för enhet A', scopes: [ApiKeyScope.WRITE_PLANS, ApiKeyScope.WRITE_MEASUREMENTS], unitIds: [own.unitA] });
    callers.unitKey = server.as({ authorization: `Bearer ${unitKey.key}` });
    const readKey = await account.createApiKey(uuid(m), null, { name: 'Tyresös läsnyckel', scopes: [ApiKeyScope.READ] });
    callers.readKey = server.as({ authorization: `Bearer ${readKey.key}` });

    tranemoBefore = await tranemo();
  });
  afterAll(() => server?.stop());

  describe('reads', () => {
    const NODE_TYPES = [
      'Municipality',
      'OrganisationUnit',
      'SteeringDocument',
      'SteeringDocumentVersion',
      'FocusArea',
      'Goal',
      'Indicator',
      'Target',
      'Measurement',
      'Partner',
      'Activity',
      'Agreement',
      'User',
      'ApiKey',
    ];
    /** Types of which Tranemo has public objects here (its document is a DRAFT, so nothing else of it is public). */
    const PUBLIC_TYPES = ['Municipality', 'OrganisationUnit'];

    it.each(PUBLIC_TYPES)('node: a %s of Tranemo is what an anonymous visitor sees of it', async (type) => {
      const query = `query($id: ID!) { node(id: $id) { __typename id ... on OrganisationUnit { name externalId } ... on Municipality { name code } } }`;
      const anonymous = await server.anonymous(query, { id: foreign[type] });
      expect(anonymous.data.node).toMatchObject({ id: foreign[type] });
      for (const call of [callers.admin, callers.readKey]) {
        const answer = await call(query, { id: foreign[type] });
        expect({ data: answer.data, errors: answer.errors }).toEqual({ data: anonymous.data, errors: anonymous.errors });
      }
      // The staff-only externalId is Tranemo's to see, not Tyresö's.
      if (type === 'OrganisationUnit') expect((await server.gql(query, { id: foreign[type] })).data.node.externalId).toBe('T-EXT-1');
    });

    it.each(NODE_TYPES.filter((type) => !PUBLIC_TYPES.includes(type)))('node and nodes: an unpublished %s of Tranemo is null, as a made-up id is', async (type) => {
      for (const call of [callers.admin, callers.readKey, server.anonymous]) {
        const byNode = await same(call, foreign[type] as string, (id) => [`query($id: ID!) { node(id: $id) { __typename id } }`, { id }]);
        expect(byNode.data).toEqual({ node: null });
        const byNodes = await same(call, foreign[type] as string, (id) => [`query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }`, { ids: [own.Goal, id] }]);
        expect(byNodes.data).toEqual({ nodes: [call === server.anonymous ? null : { __typename: 'Goal', id: own.Goal }, null] });
      }
      // The platform operator does see it: the id is real.
      if (type !== 'ApiKey') expect((await server.gql(`query($id: ID!) { node(id: $id) { id } }`, { id: foreign[type] })).data.node).toEqual({ id: foreign[type] });
    });

    it('municipality(code) answers for Tranemo as for an anonymous visitor; organisationUnitByExternalId as for nothing', async () => {
      const byCode = (code: string) => `{ municipality(code: "${code}") { id name code smallCountThreshold steeringDocuments { id title } } }`;
      const anonymous = await server.anonymous(byCode('1498'));
      expect(anonymous.data.municipality).toMatchObject({ id: foreign.Municipality, code: '1498' });
      for (const call of [callers.admin, callers.readKey]) expect((await call(byCode('1498'))).data).toEqual(anonymous.data);

      // An external id is staff-only: Tyresö's callers and anonymous visitors cannot confirm Tranemo's.
      for (const call of [callers.admin, callers.readKey, server.anonymous]) {
        const unitByExternalId = await same(call, foreign.Municipality as string, (id) => [
          `query($m: ID!) { organisationUnitByExternalId(municipalityId: $m, externalId: "T-EXT-1") { id name } }`,
          { m: id },
        ]);
        expect(unitByExternalId.data).toEqual({ organisationUnitByExternalId: null });
        const byExternalId = (externalId: string) => call(`query($m: ID!) { organisationUnitByExternalId(municipalityId: $m, externalId: "${externalId}") { id } }`, { m: foreign.Municipality });
        expect(normalised(await byExternalId('T-EXT-1'), 'T-EXT-1')).toBe(normalised(await byExternalId('NO-SUCH'), 'NO-SUCH'));
        // Nor through the list's search, which looks at external ids only where the caller may see them.
        const search = (text: string) => call(`{ organisationUnits(where: { search: "${text}", includeArchived: true }) { totalCount nodes { id } } }`);
        expect(normalised(await search('T-EXT-1'), 'T-EXT-1')).toBe(normalised(await search('NO-SUCH'), 'NO-SUCH'));
        const found = await search('T-EXT-1');
        expect(found.errors).toBeUndefined();
        expect(found.data.organisationUnits.totalCount).toBe(0);
      }
      expect((await server.gql(`{ organisationUnits(where: { search: "T-EXT-1", includeArchived: true }) { nodes { id } } }`)).data.organisationUnits.nodes).toEqual([
        { id: foreign.OrganisationUnit },
      ]);

      const inOwn = (externalId: string) => callers.admin(`{ organisationUnitByExternalId(externalId: "${externalId}") { id name } }`);
      expect(normalised(await inOwn('T-EXT-1'), 'T-EXT-1')).toBe(normalised(await inOwn('NO-SUCH'), 'NO-SUCH'));
      expect(
        (await server.gql(`query($m: ID!) { organisationUnitByExternalId(municipalityId: $m, externalId: "T-EXT-1") { id } }`, { m: foreign.Municipality })).data.organisationUnitByExternalId,
      ).toEqual({
        id: foreign.OrganisationUnit,
      });
    });

    it('every id filter of every list query matches nothing of Tranemo, as a made-up id matches nothing', async () => {
      const schema = await getSchema();
      const query = schema.getQueryType() as GraphQLObjectType;
      const filters: Array<{ list: string; filter: string; type: string }> = [];
      for (const field of Object.values(query.getFields())) {
        const where = field.args.find((arg) => arg.name === 'where');
        const whereType = where && getNamedType(where.type);
        if (!whereType || !isInputObjectType(whereType)) continue;
        for (const input of Object.values((whereType as GraphQLInputObjectType).getFields())) {
          if (getNamedType(input.type).name !== 'IdFilter') continue;
          const type = FILTER_TYPES[input.name];
          if (!type) throw new Error(`${field.name}(where: { ${input.name} }): add the type it names to FILTER_TYPES`);
          filters.push({ list: field.name, filter: input.name, type });
        }
      }
      expect(filters.length).toBeGreaterThanOrEqual(20);

      const problems: string[] = [];
      let publicRows = 0;
      let emptyRows = 0;
      for (const { list, filter, type } of filters) {
        for (const form of ['eq', 'oneOf'] as const) {
          const request = (id: string): Request => [
            `query($id: ID!) { ${list}(where: { ${filter}: { ${form}: ${form === 'eq' ? '$id' : '[$id]'} }, includeArchived: true }) { totalCount nodes { id } pageInfo { startCursor endCursor hasNextPage } } }`,
            { id },
          ];
          // The filter does select Tranemo's rows for the operator, so an empty answer below means something.
          const operator = await server.gql(...request(foreign[type] as string));
          if (!(operator.data?.[list]?.totalCount > 0)) problems.push(`${list}.${filter}: the operator finds nothing (${JSON.stringify(operator.errors ?? operator.data)})`);
          // What an anonymous visitor gets is what Tyresö's callers get: Tranemo's public rows (its units,
          // the published plans of its seed data) or, for the DRAFT fixture, nothing, as for a made-up id.
          const anonymous = await server.anonymous(...request(foreign[type] as string));
          const isPublic = anonymous.data?.[list]?.totalCount !== 0;
          if (isPublic) publicRows += 1;
          else emptyRows += 1;
          for (const call of [callers.admin, callers.readKey]) {
            const answer = isPublic ? await call(...request(foreign[type] as string)) : await same(call, foreign[type] as string, request);
            if (JSON.stringify(answer.data) !== JSON.stringify(anonymous.data)) problems.push(`${list}.${filter}.${form}: ${JSON.stringify(answer)} vs anonymous ${JSON.stringify(anonymous)}`);
          }
        }
      }
      expect(problems).toEqual([]);
      expect(publicRows).toBeGreaterThan(0);
      expect(emptyRows).toBeGreaterThan(10);
    });

    it('node applies the rule of the list of its type: users only for an ADMIN (and oneself)', async () => {
      const viewer = server.as({ cookie: await login(server.url, 'lasare@tyreso.test', PASSWORD) });
      const adminUser = toGlobalId('User', (await sql(`SELECT id FROM app_user WHERE email = 'admin@tyreso.test'`))[0]?.id);
      const viewerUser = toGlobalId('User', (await sql(`SELECT id FROM app_user WHERE email = 'lasare@tyreso.test'`))[0]?.id);
      const query = (id: string): Request => [`query($id: ID!) { node(id: $id) { id ... on User { email role } } }`, { id }];
      // The list is refused to them ...
      for (const call of [viewer, callers.editor, callers.readKey]) expect((await call(`{ users { totalCount } }`)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      // ... and node() of a user of their own municipality answers as for a user that does not exist.
      for (const call of [viewer, callers.editor, callers.readKey, server.anonymous]) {
        expect((await same(call, adminUser, query)).data).toEqual({ node: null });
      }
      expect((await callers.admin(...query(viewerUser))).data.node).toEqual({ id: viewerUser, email: 'lasare@tyreso.test', role: 'VIEWER' });
      expect((await viewer(...query(viewerUser))).data.node).toEqual({ id: viewerUser, email: 'lasare@tyreso.test', role: 'VIEWER' });
    });

    it("a unit of Tranemo named in a nested field's argument (Indicator.series) gives what a made-up unit gives", async () => {
      const answer = await same(callers.admin, foreign.OrganisationUnit as string, (unitId) => [
        `query($id: ID!, $unit: ID!) { node(id: $id) { ... on Indicator { series(organisationUnitId: $unit) { id value } } } }`,
        { id: own.Indicator, unit: unitId },
      ]);
      expect(answer.data).toEqual({ node: { series: [] } });
    });

    it('nested fields leave out Tranemo objects even when the database links them to Tyresö objects', async () => {
      const query = `query($ids: [ID!]!) { nodes(ids: $ids) {
        ... on Goal { indicators { id } activities { id partners { id } goals { id } } agreements { id partners { id } activities { id } goals { id } } }
        ... on Indicator { goals { id } targets { id } series { id } latestMeasurements { id } }
        ... on Partner { activities { id } agreements { id } }
        ... on OrganisationUnit { children { id } goals { id } indicators { id } activities { id } } } }`;
      const ids = [own.Goal, own.Indicator, own.Partner, own.unitA];
      const before = await callers.admin(query, { ids });
      expect(before.errors).toBeUndefined();
      // Links across municipalities that the API never makes, written straight into the database.
      const links: Array<[string, string, string, string]> = [
        ['goal_indicator', 'goal_id', 'indicator_id', `${uuid(own.Goal)}|${uuid(foreign.Indicator as string)}`],
        ['goal_indicator', 'goal_id', 'indicator_id', `${uuid(foreign.Goal as string)}|${uuid(own.Indicator)}`],
        ['activity_partner', 'activity_id', 'partner_id', `${uuid(own.Activity)}|${uuid(foreign.Partner as string)}`],
        ['activity_goal', 'activity_id', 'goal_id', `${uuid(foreign.Activity as string)}|${uuid(own.Goal)}`],
        ['agreement_partner', 'agreement_id', 'partner_id', `${uuid(own.Agreement)}|${uuid(foreign.Partner as string)}`],
        ['agreement_activity', 'agreement_id', 'activity_id', `${uuid(own.Agreement)}|${uuid(foreign.Activity as string)}`],
        ['agreement_goal', 'agreement_id', 'goal_id', `${uuid(foreign.Agreement as string)}|${uuid(own.Goal)}`],
      ];
      const strayTarget = randomUUID();
      const strayMeasurement = randomUUID();
      try {
        for (const [table, a, b, pair] of links) await sql(`INSERT INTO ${table} (${a}, ${b}) VALUES ($1, $2)`, pair.split('|'));
        // Rows of Tranemo that point at Tyresö's indicator.
        await sql(`INSERT INTO target (id, municipality_id, indicator_id, period, period_start, sex, value) VALUES ($1, $2, $3, '2035', '2035-01-01', 'TOTAL', 1)`, [
          strayTarget,
          uuid(foreign.Municipality as string),
          uuid(own.Indicator),
        ]);
        await sql(
          `INSERT INTO measurement (id, municipality_id, indicator_id, period, period_type, period_start, sex, value, status) VALUES ($1, $2, $3, '2035', 'YEAR', '2035-01-01', 'TOTAL', 1, 'FINAL')`,
          [strayMeasurement, uuid(foreign.Municipality as string), uuid(own.Indicator)],
        );
        const after = await callers.admin(query, { ids });
        expect(after).toEqual({ ...before, headers: after.headers, sqlStatements: after.sqlStatements });
        // Seen by the operator, so the links are real.
        const operator = JSON.stringify((await server.gql(query, { ids })).data);
        for (const id of [foreign.Indicator, foreign.Partner, foreign.Activity, foreign.Goal, foreign.Agreement, toGlobalId('Target', strayTarget), toGlobalId('Measurement', strayMeasurement)]) {
          expect(operator).toContain(id);
        }
      } finally {
        for (const [table, a, b, pair] of links) await sql(`DELETE FROM ${table} WHERE ${a} = $1 AND ${b} = $2`, pair.split('|'));
        await sql(`DELETE FROM target WHERE id = $1`, [strayTarget]);
        await sql(`DELETE FROM measurement WHERE id = $1`, [strayMeasurement]);
      }
    });
  });

  describe('mutations', () => {
    /** Update or archive Tranemo's object itself, with its real version. */
    const ON_FOREIGN: Array<[string, string, (id: string, version: number) => Request]> = [
      ['updateMunicipality', 'Municipality', (id, version) => mutation('updateMunicipality', 'UpdateMunicipalityInput', { id, version, name: 'Kapad' })],
      ['updateOrganisationUnit', 'OrganisationUnit', (id, version) => mutation('updateOrganisationUnit', 'UpdateOrganisationUnitInput', { id, version, name: 'Kapad' })],
      ['archiveOrganisationUnit', 'OrganisationUnit', (id, version) => mutation('archiveOrganisationUnit', 'ArchiveInput', { id, version })],
      ['updateSteeringDocument', 'SteeringDocument', (id, version) => mutation('updateSteeringDocument', 'UpdateSteeringDocumentInput', { id, version, description: 'Kapad' })],
      ['createSteeringDocumentVersion', 'SteeringDocument', (id, version) => mutation('createSteeringDocumentVersion', 'CreateSteeringDocumentVersionInput', { id, version, changeNote: 'Kapad' })],
      ['archiveSteeringDocument', 'SteeringDocument', (id, version) => mutation('archiveSteeringDocument', 'ArchiveInput', { id, version })],
      ['updateFocusArea', 'FocusArea', (id, version) => mutation('updateFocusArea', 'UpdateFocusAreaInput', { id, version, nameSv: 'Kapad' })],
      ['archiveFocusArea', 'FocusArea', (id, version) => mutation('archiveFocusArea', 'ArchiveInput', { id, version })],
      ['updateGoal', 'Goal', (id, version) => mutation('updateGoal', 'UpdateGoalInput', { id, version, title: 'Kapad' })],
      ['archiveGoal', 'Goal', (id, version) => mutation('archiveGoal', 'ArchiveInput', { id, version })],
      ['updateIndicator', 'Indicator', (id, version) => mutation('updateIndicator', 'UpdateIndicatorInput', { id, version, nameSv: 'Kapad' })],
      ['archiveIndicator', 'Indicator', (id, version) => mutation('archiveIndicator', 'ArchiveInput', { id, version })],
      ['updateTarget', 'Target', (id, version) => mutation('updateTarget', 'UpdateTargetInput', { id, version, value: 1 })],
      ['archiveTarget', 'Target', (id, version) => mutation('archiveTarget', 'ArchiveInput', { id, version })],
      ['updateMeasurement', 'Measurement', (id, version) => mutation('updateMeasurement', 'UpdateMeasurementInput', { id, version, value: 1 })],
      ['archiveMeasurement', 'Measurement', (id, version) => mutation('archiveMeasurement', 'ArchiveMeasurementInput', { id, version })],
      ['updatePartner', 'Partner', (id, version) => mutation('updatePartner', 'UpdatePartnerInput', { id, version, name: 'Kapad' })],
      ['archivePartner', 'Partner', (id, version) => mutation('archivePartner', 'ArchiveInput', { id, version })],
      ['updateActivity', 'Activity', (id, version) => mutation('updateActivity', 'UpdateActivityInput', { id, version, title: 'Kapad' })],
      ['archiveActivity', 'Activity', (id, version) => mutation('archiveActivity', 'ArchiveInput', { id, version })],
      ['updateAgreement', 'Agreement', (id, version) => mutation('updateAgreement', 'UpdateAgreementInput', { id, version, title: 'Kapad' })],
      ['archiveAgreement', 'Agreement', (id, version) => mutation('archiveAgreement', 'ArchiveInput', { id, version })],
      ['updateUser', 'User', (id, version) => mutation('updateUser', 'UpdateUserInput', { id, version, name: 'Kapad' })],
      ['revokeApiKey', 'ApiKey', (id) => [`mutation($id: ID!) { revokeApiKey(id: $id) { __typename errors { code field message } } }`, { id }]],
    ];

    it.each(ON_FOREIGN)('%s of a Tranemo %s answers NOT_FOUND, word for word as for a made-up id', async (_operation, type, request) => {
      const id = foreign[type] as string;
      const current = await versionOf(id);
      const answer = await same(callers.admin, id, (given) => request(given, current));
      expect(codes(answer)).toEqual(['NOT_FOUND']);
    });

    /** Create or change a Tyresö object so that it names a Tranemo object. */
    const NAMING_FOREIGN: Array<[string, string, (id: string) => Promise<Request>]> = [
      ['createPartner in Tranemo', 'Municipality', async (id) => mutation('createPartner', 'CreatePartnerInput', { municipalityId: id, name: 'Inkräktare', kind: 'OTHER' })],
      ['createSteeringDocument in Tranemo', 'Municipality', async (id) => mutation('createSteeringDocument', 'CreateSteeringDocumentInput', { municipalityId: id, kind: 'PLAN', title: 'Inkräktare' })],
      [
        'createSteeringDocument owned by a Tranemo unit',
        'OrganisationUnit',
        async (id) => mutation('createSteeringDocument', 'CreateSteeringDocumentInput', { kind: 'PLAN', title: 'Inkräktare', ownerUnitId: id }),
      ],
      [
        'createOrganisationUnit under a Tranemo unit',
        'OrganisationUnit',
        async (id) => mutation('createOrganisationUnit', 'CreateOrganisationUnitInput', { kind: 'UNIT', name: 'Inkräktare', parentId: id }),
      ],
      [
        'createFocusArea in a Tranemo document',
        'SteeringDocument',
        async (id) => mutation('createFocusArea', 'CreateFocusAreaInput', { steeringDocumentId: id, key: 'INTRUDER', nameSv: 'I', nameEn: 'I' }),
      ],
      ['createGoal in a Tranemo document', 'SteeringDocument', async (id) => mutation('createGoal', 'CreateGoalInput', { steeringDocumentId: id, level: 'OVERALL_AIM', title: 'Inkräktare' })],
      [
        'createGoal owned by a Tranemo unit',
        'OrganisationUnit',
        async (id) =>
          mutation('createGoal', 'CreateGoalInput', { steeringDocumentId: own.SteeringDocument, focusAreaId: own.FocusArea, level: 'COMMITTEE_GOAL', ownerUnitId: id, title: 'Inkräktare' }),
      ],
      [
        'createGoal under a Tranemo goal',
        'Goal',
        async (id) => mutation('createGoal', 'CreateGoalInput', { steeringDocumentId: own.SteeringDocument, level: 'SUB_GOAL', parentId: id, title: 'Inkräktare' }),
      ],
      [
        'createGoal in a Tranemo focus area',
        'FocusArea',
        async (id) => mutation('createGoal', 'CreateGoalInput', { steeringDocumentId: own.SteeringDocument, focusAreaId: id, level: 'COMMITTEE_GOAL', ownerUnitId: own.unitA, title: 'Inkräktare' }),
      ],
      [
        'createIndicator with a Tranemo unit responsible',
        'OrganisationUnit',
        async (id) =>
          mutation('createIndicator', 'CreateIndicatorInput', {
            nameSv: 'Inkräktare',
            unit: 'COUNT',
            direction: 'INCREASE',
            periodicity: 'YEAR',
            responsibleImplementationUnitId: id,
            responsibleFollowUpUnitId: own.unitA,
          }),
      ],
      [
        'createIndicator for a Tranemo goal',
        'Goal',
        async (id) =>
          mutation('createIndicator', 'CreateIndicatorInput', {
            nameSv: 'Inkräktare',
            unit: 'COUNT',
            direction: 'INCREASE',
            periodicity: 'YEAR',
            responsibleImplementationUnitId: own.unitA,
            responsibleFollowUpUnitId: own.unitA,
            goalIds: [id],
          }),
      ],
      ['createTarget of a Tranemo indicator', 'Indicator', async (id) => mutation('createTarget', 'CreateTargetInput', { indicatorId: id, period: '2031', value: 1 })],
      ['createActivity for a Tranemo goal', 'Goal', async (id) => mutation('createActivity', 'CreateActivityInput', { title: 'Inkräktare', goalIds: [id] })],
      ['createActivity with a Tranemo partner', 'Partner', async (id) => mutation('createActivity', 'CreateActivityInput', { title: 'Inkräktare', partnerIds: [id] })],
      ['createActivity of a Tranemo unit', 'OrganisationUnit', async (id) => mutation('createActivity', 'CreateActivityInput', { title: 'Inkräktare', responsibleUnitId: id })],
      ['createAgreement with a Tranemo partner', 'Partner', async (id) => mutation('createAgreement', 'CreateAgreementInput', { kind: 'IOP', title: 'Inkräktare', partnerIds: [id] })],
      ['createAgreement for a Tranemo activity', 'Activity', async (id) => mutation('createAgreement', 'CreateAgreementInput', { kind: 'IOP', title: 'Inkräktare', activityIds: [id] })],
      ['createAgreement for a Tranemo goal', 'Goal', async (id) => mutation('createAgreement', 'CreateAgreementInput', { kind: 'IOP', title: 'Inkräktare', goalIds: [id] })],
      [
        'createUser editing a Tranemo unit',
        'OrganisationUnit',
        async (id) => mutation('createUser', 'CreateUserInput', { email: `inkraktare-${randomUUID()}@tyreso.test`, name: 'Inkräktare', role: 'EDITOR', unitIds: [id], password: PASSWORD }),
      ],
      ['createApiKey limited to a Tranemo unit', 'OrganisationUnit', async (id) => mutation('createApiKey', 'CreateApiKeyInput', { name: 'Inkräktare', scopes: ['READ'], unitIds: [id] })],
      [
        'updateOrganisationUnit moving it under a Tranemo unit',
        'OrganisationUnit',
        async (id) => mutation('updateOrganisationUnit', 'UpdateOrganisationUnitInput', { id: own.unitB, version: await versionOf(own.unitB), parentId: id }),
      ],
      [
        'updateSteeringDocument owned by a Tranemo unit',
        'OrganisationUnit',
        async (id) => mutation('updateSteeringDocument', 'UpdateSteeringDocumentInput', { id: own.SteeringDocument, version: await versionOf(own.SteeringDocument), ownerUnitId: id }),
      ],
      ['updateGoal linking a Tranemo indicator', 'Indicator', async (id) => mutation('updateGoal', 'UpdateGoalInput', { id: own.Goal, version: await versionOf(own.Goal), indicatorIds: [id] })],
      ['updateGoal moving it to a Tranemo unit', 'OrganisationUnit', async (id) => mutation('updateGoal', 'UpdateGoalInput', { id: own.Goal, version: await versionOf(own.Goal), ownerUnitId: id })],
      [
        'updateIndicator linking a Tranemo goal',
        'Goal',
        async (id) => mutation('updateIndicator', 'UpdateIndicatorInput', { id: own.Indicator, version: await versionOf(own.Indicator), goalIds: [id] }),
      ],
      [
        'updateIndicator giving it to a Tranemo unit',
        'OrganisationUnit',
        async (id) => mutation('updateIndicator', 'UpdateIndicatorInput', { id: own.Indicator, version: await versionOf(own.Indicator), responsibleFollowUpUnitId: id }),
      ],
      [
        'updateActivity with a Tranemo partner',
        'Partner',
        async (id) => mutation('updateActivity', 'UpdateActivityInput', { id: own.Activity, version: await versionOf(own.Activity), partnerIds: [id] }),
      ],
      [
        'updateAgreement for a Tranemo activity',
        'Activity',
        async (id) => mutation('updateAgreement', 'UpdateAgreementInput', { id: own.Agreement, version: await versionOf(own.Agreement), activityIds: [id] }),
      ],
      ['upsertMeasurements for a Tranemo indicator', 'Indicator', async (id) => upsert([{ indicatorId: id, period: '2024', sex: 'TOTAL', value: 1 }])],
      ['upsertMeasurements for a Tranemo unit', 'OrganisationUnit', async (id) => upsert([{ indicatorId: own.Indicator, organisationUnitId: id, period: '2024', sex: 'TOTAL', value: 1 }])],
      [
        'upsertMeasurements, a good row and a Tranemo row',
        'Indicator',
        async (id) =>
          upsert([
            { indicatorId: own.Indicator, period: '2024', sex: 'TOTAL', value: 1 },
            { indicatorId: id, period: '2024', sex: 'TOTAL', value: 1 },
          ]),
      ],
    ];

    it.each(NAMING_FOREIGN)('%s (a %s) answers NOT_FOUND, word for word as for a made-up id', async (_name, type, request) => {
      const id = foreign[type] as string;
      const prepared = await request(id);
      const answer = await same(callers.admin, id, (given) => JSON.parse(JSON.stringify(prepared).split(id).join(given)) as Request);
      expect(codes(answer)).toEqual(['NOT_FOUND']);
    });

    it('row errors of a bulk write name a Tranemo indicator or unit exactly as a missing one, with every other error of the row', async () => {
      const cases: Array<[string, (id: string) => Request]> = [
        ['Indicator', (id) => upsert([{ indicatorId: id, period: '20x', sex: 'TOTAL', value: 1 }])],
        [
          'Indicator',
          (id) =>
            upsert([
              { indicatorId: own.Indicator, period: '2024', sex: 'TOTAL', value: 1 },
              { indicatorId: id, period: '2024', sex: 'TOTAL', value: -5, status: 'FINAL', footnote: 'x'.repeat(5000) },
            ]),
        ],
        [
          'Indicator',
          (id) =>
            upsert([
              { indicatorId: id, period: '2024', sex: 'TOTAL', value: 1 },
              { indicatorId: id, period: '2024', sex: 'TOTAL', value: 1 },
            ]),
        ],
        ['OrganisationUnit', (id) => upsert([{ indicatorId: own.Indicator, organisationUnitId: id, period: '20x', sex: 'TOTAL', value: 1 }])],
      ];
      for (const call of [callers.admin, callers.editor, callers.unitKey]) {
        for (const [type, request] of cases) {
          const answer = await same(call, foreign[type] as string, request);
          expect(codes(answer)).toContain('NOT_FOUND');
        }
        // The period error comes with the NOT_FOUND, as for an id that names nothing.
        const [first] = cases;
        expect(codes(await call(...(first as [string, (id: string) => Request])[1](foreign.Indicator as string)))).toEqual(['NOT_FOUND', 'INVALID_PERIOD']);
      }
    });

    it("gives an editor and a unit-limited key of Tyresö NOT_FOUND for Tranemo's objects, not FORBIDDEN", async () => {
      const cases: Array<[string, (id: string, version: number) => Request]> = [
        ['Goal', (id, version) => mutation('updateGoal', 'UpdateGoalInput', { id, version, title: 'Kapad' })],
        ['Indicator', (id, version) => mutation('updateIndicator', 'UpdateIndicatorInput', { id, version, nameSv: 'Kapad' })],
        ['Indicator', (id) => mutation('createTarget', 'CreateTargetInput', { indicatorId: id, period: '2031', value: 1 })],
        ['Target', (id, version) => mutation('archiveTarget', 'ArchiveInput', { id, version })],
        ['Activity', (id, version) => mutation('archiveActivity', 'ArchiveInput', { id, version })],
        ['Measurement', (id, version) => mutation('updateMeasurement', 'UpdateMeasurementInput', { id, version, value: 1 })],
        ['Indicator', (id) => upsert([{ indicatorId: id, period: '2024', sex: 'TOTAL', value: 1 }])],
      ];
      for (const call of [callers.editor, callers.unitKey]) {
        for (const [type, request] of cases) {
          const id = foreign[type] as string;
          const current = await versionOf(id);
          const answer = await same(call, id, (given) => request(given, current));
          expect(codes(answer)).toEqual(['NOT_FOUND']);
        }
      }
    });

    it('changed nothing of Tranemo and wrote no audit entry for any of it', async () => {
      expect(await tranemo()).toBe(tranemoBefore);
      const audits = await sql(
        `SELECT operation, actor_label FROM audit_entry WHERE actor_label IN ('admin@tyreso.test', 'redaktor@tyreso.test', 'Tyresös nyckel för enhet A', 'Tyresös läsnyckel') AND operation <> 'login'`,
      );
      expect(audits).toEqual([]);
    });
  });

  describe('published objects of another municipality', () => {
    const DEEP = `query($ids: [ID!]!) { nodes(ids: $ids) { __typename id
      ... on SteeringDocument { title status focusAreas { id } goals { id title } }
      ... on Goal { title indicators { id } activities { id } }
      ... on Indicator { nameSv goals { id } targets { id comment value } series { id value numerator denominator reportedBy history { changedBy } } }
      ... on Measurement { value numerator denominator reportedBy history { changedBy } }
      ... on OrganisationUnit { name externalId goals { id } indicators { id } } } }`;

    beforeAll(async () => {
      // Tranemo publishes its document and indicator; the value is final. Nothing is refused to a Tyresö caller any more.
      const publish = await server.gql(
        `mutation($d: UpdateSteeringDocumentInput!, $i: UpdateIndicatorInput!) { updateSteeringDocument(input: $d) { errors { code } } updateIndicator(input: $i) { errors { code } } }`,
        {
          d: { id: foreign.SteeringDocument, version: await versionOf(foreign.SteeringDocument as string), status: 'ADOPTED' },
          i: { id: foreign.Indicator, version: await versionOf(foreign.Indicator as string), published: true },
        },
      );
      expect(publish.data).toEqual({ updateSteeringDocument: { errors: [] }, updateIndicator: { errors: [] } });
    });

    it('a Tyresö caller reads them exactly as an anonymous visitor does: published rows only, staff-only fields and small counts hidden', async () => {
      const ids = [foreign.SteeringDocument, foreign.Goal, foreign.Indicator, foreign.Measurement, foreign.OrganisationUnit, foreign.Activity, foreign.Agreement];
      const anonymous = await server.anonymous(DEEP, { ids });
      expect(anonymous.errors).toBeUndefined();
      const nodes = anonymous.data.nodes as Array<Record<string, any> | null>;
      // Published: the document, goal, indicator, its final municipality-level value and the unit; activities and agreements are never public.
      expect(nodes.map((node) => node?.id ?? null)).toEqual([foreign.SteeringDocument, foreign.Goal, foreign.Indicator, foreign.Measurement, foreign.OrganisationUnit, null, null]);
      expect(nodes[4]?.externalId).toBeNull();
      expect(nodes[3]?.history).toEqual([]);
      for (const call of [callers.admin, callers.editor, callers.readKey]) {
        const answer = await call(DEEP, { ids });
        expect({ data: answer.data, errors: answer.errors }).toEqual({ data: anonymous.data, errors: anonymous.errors });
      }
      // The operator sees Tranemo's internal side: the fixture does have what is hidden above.
      const operator = (await server.gql(DEEP, { ids })).data.nodes as Array<Record<string, any> | null>;
      expect(operator[4]?.externalId).toBe('T-EXT-1');
      expect(operator[5]?.id).toBe(foreign.Activity);
    });

    it('costs a Tyresö caller the statements it costs an anonymous visitor, whatever the amount of data', async () => {
      const ids = [foreign.SteeringDocument, foreign.Goal, foreign.Indicator, foreign.Measurement, foreign.OrganisationUnit];
      const counts = async () => {
        const answers = { anonymous: await server.anonymous(DEEP, { ids }), admin: await callers.admin(DEEP, { ids }), readKey: await callers.readKey(DEEP, { ids }) };
        for (const answer of Object.values(answers)) expect(answer.errors).toBeUndefined();
        const series = (answers.admin.data.nodes[2] as { series: unknown[] }).series.length;
        return { series, anonymous: answers.anonymous.sqlStatements, admin: answers.admin.sqlStatements, readKey: answers.readKey.sqlStatements };
      };
      const before = await counts();
      // Ten times the values of the indicator (final, municipality-level: public).
      const rows = Array.from({ length: 10 * before.series }, (_, k) => ({ indicatorId: foreign.Indicator, period: String(1990 + k), sex: 'TOTAL', value: k % 100, status: 'FINAL' }));
      const written = await server.gql(`mutation($input: UpsertMeasurementsInput!) { upsertMeasurements(input: $input) { upserted errors { code index } } }`, { input: { rows } });
      expect(written.data.upsertMeasurements).toEqual({ upserted: rows.length, errors: [] });
      const after = await counts();
      expect(after.series).toBe(before.series + rows.length);
      for (const count of [before.anonymous, before.admin, before.readKey]) expect(Number.isFinite(count) && count > 0).toBe(true);
      expect({ admin: after.admin, readKey: after.readKey, anonymous: after.anonymous }).toEqual({ admin: before.admin, readKey: before.readKey, anonymous: before.anonymous });
      // The admin's own session lookup is the one statement an anonymous request does not make.
      expect(before.admin).toBeLessThanOrEqual(before.anonymous + 1);
    });

    it("Tranemo's own staff do find their unit by its external id (the searches above could find it)", async () => {
      // (Here, after the mutations' check that nothing of Tranemo changed: a login writes last_login_at.)
      const tranemoAdmin = server.as({ cookie: await login(server.url, 'admin@tranemo.test', PASSWORD) });
      expect((await tranemoAdmin(`{ organisationUnits(where: { search: "T-EXT-1" }) { nodes { id externalId } } }`)).data.organisationUnits.nodes).toEqual([
        { id: foreign.OrganisationUnit, externalId: 'T-EXT-1' },
      ]);
      expect((await tranemoAdmin(`query($m: ID!) { organisationUnitByExternalId(municipalityId: $m, externalId: "T-EXT-1") { id } }`, { m: foreign.Municipality })).data).toEqual({
        organisationUnitByExternalId: { id: foreign.OrganisationUnit },
      });
    });

    it('the unit-level value of Tranemo stays invisible, and writes to the published objects stay NOT_FOUND as for a missing id', async () => {
      const unitValue = toGlobalId('Measurement', (await sql(`SELECT id FROM measurement WHERE indicator_id = $1 AND organisation_unit_id IS NOT NULL`, [uuid(foreign.Indicator as string)]))[0]?.id);
      expect((await same(callers.admin, unitValue, (id) => [`query($id: ID!) { node(id: $id) { id } }`, { id }])).data).toEqual({ node: null });
      const before = await tranemo();
      for (const [type, request] of [
        ['Indicator', (id: string, version: number) => mutation('updateIndicator', 'UpdateIndicatorInput', { id, version, nameSv: 'Kapad' })],
        ['SteeringDocument', (id: string, version: number) => mutation('updateSteeringDocument', 'UpdateSteeringDocumentInput', { id, version, description: 'Kapad' })],
        ['Measurement', (id: string, version: number) => mutation('updateMeasurement', 'UpdateMeasurementInput', { id, version, value: 1 })],
      ] as const) {
        const id = foreign[type] as string;
        const current = await versionOf(id);
        // (A unit-limited key may not change documents at all: FORBIDDEN before any object is looked at.)
        for (const call of type === 'SteeringDocument' ? [callers.admin] : [callers.admin, callers.unitKey]) {
          expect(codes(await same(call, id, (given) => request(given, current)))).toEqual(['NOT_FOUND']);
        }
      }
      expect(await tranemo()).toBe(before);
    });
  });
});
