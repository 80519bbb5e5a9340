import { ApiKeyScope, StaffRole } from '../src/access/actor';
import { toGlobalId } from '../src/graphql/global-id';
import { login, startTestServer, TEST_OPERATOR, type GraphQLResult, type TestServer } from './helpers';

/**
 * Who may do what, as one matrix: every kind of caller × every group of operations, against the
 * real server and PostgreSQL. A cell is what the caller gets:
 *
 * - ok               done (and the change is in the database, with an audit entry naming the caller)
 * - hidden           a read that answers as if the objects did not exist (null / nothing)
 * - UNAUTHENTICATED  GraphQL error: credentials are needed
 * - FORBIDDEN        GraphQL error: the role or the key's scopes do not reach
 * - OUT_OF_UNIT      the payload's errors say FORBIDDEN: the object is not of the caller's units
 * - NOT_FOUND        the payload's errors say NOT_FOUND: the object is of another municipality
 *
 * Every refusal is also checked to have changed nothing and written no audit entry. The objects
 * are Tyresö's: a DRAFT document, a goal and an unpublished indicator of unit A
 * (Gymnasie- och arbetsmarknadsnämnden); unit B is Socialnämnden. The groups (PROBES) send:
 *
 * - read internal        nodes(ids: [the DRAFT document, the unpublished indicator])
 * - write structure      createPartner and createSteeringDocument in Tyresö
 * - write plans          updateGoal and updateIndicator of unit A's goal and indicator
 * - write measurements   upsertMeasurements of a value of unit A's indicator
 * - manage users/keys    updateUser of a Tyresö user, revokeApiKey of a Tyresö key
 * - read audit           auditEntries about the goal
 * - create municipality  createMunicipality
 *
 * A group of two operations must give the same outcome for both. After the matrix, "unit limits"
 * looks at editors and unit-limited keys in detail.
 */

type Outcome = 'ok' | 'hidden' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'OUT_OF_UNIT' | 'NOT_FOUND';
type Group = 'read internal' | 'write structure' | 'write plans' | 'write measurements' | 'manage users/keys' | 'read audit' | 'create municipality';

const GROUPS: Group[] = ['read internal', 'write structure', 'write plans', 'write measurements', 'manage users/keys', 'read audit', 'create municipality'];

// prettier-ignore
const MATRIX: Array<[string, ...Outcome[]]> = [
  //                              read internal  write structure    write plans        write measurements  manage users/keys  read audit         create municipality
  ['anonymous',                   'hidden',      'UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED',  'UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED'],
  ['viewer',                      'ok',          'FORBIDDEN',       'FORBIDDEN',       'FORBIDDEN',        'FORBIDDEN',       'FORBIDDEN',       'FORBIDDEN'],
  ['editor of unit A',            'ok',          'FORBIDDEN',       'ok',              'ok',               'FORBIDDEN',       'FORBIDDEN',       'FORBIDDEN'],
  ['editor of unit B',            'ok',          'FORBIDDEN',       'OUT_OF_UNIT',     'OUT_OF_UNIT',      'FORBIDDEN',       'FORBIDDEN',       'FORBIDDEN'],
  ['admin',                       'ok',          'ok',              'ok',              'ok',               'ok',              'ok',              'FORBIDDEN'],
  ['key READ',                    'ok',          'FORBIDDEN',       'FORBIDDEN',       'FORBIDDEN',        'FORBIDDEN',       'FORBIDDEN',       'FORBIDDEN'],
  ['key WRITE_MEASUREMENTS',      'FORBIDDEN',   'FORBIDDEN',       'FORBIDDEN',       'ok',               'FORBIDDEN',       'FORBIDDEN',       'FORBIDDEN'],
  ['key WRITE_PLANS',             'FORBIDDEN',   'ok',              'ok',              'FORBIDDEN',        'FORBIDDEN',       'FORBIDDEN',       'FORBIDDEN'],
  ['key WRITE_PLANS of unit A',   'FORBIDDEN',   'FORBIDDEN',       'ok',              'FORBIDDEN',        'FORBIDDEN',       'FORBIDDEN',       'FORBIDDEN'],
  ['key WRITE_PLANS of unit B',   'FORBIDDEN',   'FORBIDDEN',       'OUT_OF_UNIT',     'FORBIDDEN',        'FORBIDDEN',       'FORBIDDEN',       'FORBIDDEN'],
  ['admin of Tranemo',            'hidden',      'NOT_FOUND',       'NOT_FOUND',       'NOT_FOUND',        'NOT_FOUND',       'hidden',          'FORBIDDEN'],
  ['key of Tranemo (all scopes)', 'hidden',      'NOT_FOUND',       'NOT_FOUND',       'NOT_FOUND',        'FORBIDDEN',       'FORBIDDEN',       'FORBIDDEN'],
  ['platform operator',           'ok',          'ok',              'ok',              'ok',               'FORBIDDEN',       'ok',              'ok'],
];

type Call = (query: string, variables?: Record<string, unknown>) => Promise<GraphQLResult<Record<string, any>>>;

interface Actor {
  call: Call;
  /** What the audit log calls the caller: email or key name. */
  label: string;
}

interface Fixture {
  municipality: string;
  unitA: string;
  unitB: string;
  document: string;
  area: string;
  goal: string;
  indicator: string;
  /** An indicator of unit B. */
  indicatorB: string;
  /** A user whose name the account probes change. */
  targetUser: string;
}

const PASSWORD = 'matris-lösenord-2026';
const ERRORS = 'errors { code field message }';

/** Outcome of a mutation from its answer: a GraphQL error's code, or the payload's. */
function mutationOutcome(result: GraphQLResult, operation: string): string {
  if (result.errors?.length) return String(result.errors[0]?.extensions?.code);
  const payload = result.data?.[operation] as { errors: Array<{ code: string }> } | null | undefined;
  if (!payload) return `no payload: ${JSON.stringify(result)}`;
  const codes = [...new Set(payload.errors.map((error) => error.code))];
  if (!codes.length) return 'ok';
  if (codes.length === 1 && codes[0] === 'FORBIDDEN') return 'OUT_OF_UNIT';
  return codes.join('+');
}

describe('the access matrix', () => {
  let server: TestServer;
  let f: Fixture;
  const actors = new Map<string, Actor>();
  let seq = 0;
  /** Percent values, each different from the one before (at most some 40 are written). */
  let values = 0;

  const sql = async <T = Record<string, any>>(text: string, params: unknown[] = []) => (await server.dataSource.query(text, params)) as T[];
  const uuid = (globalId: string) => Buffer.from(globalId, 'base64url').toString('utf8').split(':')[1] as string;

  /** A mutation with one `input` argument, returning its payload. */
  const mutate = (call: Call, operation: string, inputType: string, input: Record<string, unknown>, selection = '') =>
    call(`mutation($input: ${inputType}!) { ${operation}(input: $input) { ${ERRORS} ${selection} } }`, { input });

  /** As the operator, with the payload checked: for building the fixture. */
  async function create(operation: string, inputType: string, input: Record<string, unknown>, field: string): Promise<string> {
    const result = await mutate(server.gql, operation, inputType, input, `${field} { id }`);
    const payload = result.data?.[operation];
    if (result.errors || payload?.errors?.length) throw new Error(`${operation}: ${JSON.stringify(result)}`);
    return payload[field].id as string;
  }

  const auditCount = async (operation: string, label: string) => Number((await sql(`SELECT count(*) FROM audit_entry WHERE operation = $1 AND actor_label = $2`, [operation, label]))[0]?.count);

  /**
   * Runs one mutation and checks that the answer agrees with the database: `ok` exactly when the
   * effect happened and one audit entry naming the caller was written; otherwise nothing changed.
   */
  async function write(actor: Actor, operation: string, send: () => Promise<GraphQLResult>, effect: () => Promise<unknown>): Promise<string> {
    const before = JSON.stringify(await effect());
    const audits = await auditCount(operation, actor.label);
    const outcome = mutationOutcome(await send(), operation);
    const changed = JSON.stringify(await effect()) !== before;
    const audited = (await auditCount(operation, actor.label)) - audits;
    if (outcome === 'ok' && (!changed || audited !== 1)) return `ok, but changed: ${changed}, audit entries: ${audited}`;
    if (outcome !== 'ok' && (changed || audited !== 0)) return `${outcome}, but changed: ${changed}, audit entries: ${audited}`;
    return outcome;
  }

  /** The one outcome that every operation of a group had, or all of them when they differ. */
  const agree = (outcomes: string[]) => (new Set(outcomes).size === 1 ? (outcomes[0] as string) : outcomes.join(' / '));

  const version = async (table: string, globalId: string) => (await sql(`SELECT version FROM ${table} WHERE id = $1`, [uuid(globalId)]))[0]?.version as number;

  const PROBES: Record<Group, (actor: Actor) => Promise<string>> = {
    'read internal': async ({ call }) => {
      // A DRAFT document and an unpublished indicator: internal data of Tyresö.
      const result = await call(`query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids: [f.document, f.indicator] });
      if (result.errors?.length) return String(result.errors[0]?.extensions?.code);
      const found = (result.data.nodes as Array<{ id: string } | null>).map((node) => node?.id ?? null);
      if (found[0] === f.document && found[1] === f.indicator) return 'ok';
      if (found.every((id) => id === null)) return 'hidden';
      return `partly: ${JSON.stringify(found)}`;
    },

    'write structure': async (actor) => {
      const n = ++seq;
      const partner = await write(
        actor,
        'createPartner',
        () => mutate(actor.call, 'createPartner', 'CreatePartnerInput', { municipalityId: f.municipality, name: `Matrispartner ${n}`, kind: 'ASSOCIATION' }),
        () => sql(`SELECT id FROM partner WHERE name = $1`, [`Matrispartner ${n}`]),
      );
      const document = await write(
        actor,
        'createSteeringDocument',
        () => mutate(actor.call, 'createSteeringDocument', 'CreateSteeringDocumentInput', { municipalityId: f.municipality, kind: 'PLAN', title: `Matrisplan ${n}` }),
        () => sql(`SELECT id FROM steering_document WHERE title = $1`, [`Matrisplan ${n}`]),
      );
      return agree([partner, document]);
    },

    'write plans': async (actor) => {
      const n = ++seq;
      const goal = await write(
        actor,
        'updateGoal',
        async () => mutate(actor.call, 'updateGoal', 'UpdateGoalInput', { id: f.goal, version: await version('goal', f.goal), description: `Ändrad ${n}` }),
        () => version('goal', f.goal),
      );
      const indicator = await write(
        actor,
        'updateIndicator',
        async () => mutate(actor.call, 'updateIndicator', 'UpdateIndicatorInput', { id: f.indicator, version: await version('indicator', f.indicator), definition: `Ändrad ${n}` }),
        () => version('indicator', f.indicator),
      );
      return agree([goal, indicator]);
    },

    'write measurements': async (actor) => {
      const value = 10 + ++values;
      return write(
        actor,
        'upsertMeasurements',
        () =>
          actor.call(`mutation($input: UpsertMeasurementsInput!) { upsertMeasurements(input: $input) { upserted errors { index code field message } } }`, {
            input: { rows: [{ indicatorId: f.indicator, period: '2024', sex: 'TOTAL', value }] },
          }),
        () => sql(`SELECT value::float FROM measurement WHERE indicator_id = $1 AND period = '2024'`, [uuid(f.indicator)]),
      );
    },

    'manage users/keys': async (actor) => {
      const n = ++seq;
      const user = await write(
        actor,
        'updateUser',
        async () => mutate(actor.call, 'updateUser', 'UpdateUserInput', { id: f.targetUser, version: await version('app_user', f.targetUser), name: `Omdöpt ${n}` }),
        () => version('app_user', f.targetUser),
      );
      const { apiKey } = await server.services.account.createApiKey(uuid(f.municipality), null, { name: `Att återkalla ${n}`, scopes: [ApiKeyScope.READ] });
      const keyId = toGlobalId('ApiKey', apiKey.id);
      const revoke = await write(
        actor,
        'revokeApiKey',
        () => actor.call(`mutation($id: ID!) { revokeApiKey(id: $id) { ${ERRORS} apiKey { id revokedAt } } }`, { id: keyId }),
        () => sql(`SELECT revoked_at FROM api_key WHERE id = $1`, [apiKey.id]),
      );
      return agree([user, revoke]);
    },

    'read audit': async ({ call }) => {
      // The goal was created through the API, so Tyresö's log has entries about it.
      const result = await call(`query($id: ID!) { auditEntries(objectId: $id) { totalCount nodes { objectId } } }`, { id: f.goal });
      if (result.errors?.length) return String(result.errors[0]?.extensions?.code);
      const entries = result.data.auditEntries as { totalCount: number; nodes: Array<{ objectId: string }> };
      if (entries.totalCount > 0 && entries.nodes.every((entry) => entry.objectId === f.goal)) return 'ok';
      return entries.totalCount === 0 && entries.nodes.length === 0 ? 'hidden' : `odd: ${JSON.stringify(entries)}`;
    },

    'create municipality': async (actor) => {
      const code = String(9000 + ++seq);
      return write(
        actor,
        'createMunicipality',
        () => mutate(actor.call, 'createMunicipality', 'CreateMunicipalityInput', { code, name: `Matriskommun ${code}` }, 'municipality { id }'),
        () => sql(`SELECT id FROM municipality WHERE code = $1`, [code]),
      );
    },
  };

  beforeAll(async () => {
    server = await startTestServer();
    const [tyreso] = await sql(`SELECT id FROM municipality WHERE code = '0138'`);
    const [tranemo] = await sql(`SELECT id FROM municipality WHERE code = '1498'`);
    const unit = async (name: string) => toGlobalId('OrganisationUnit', (await sql(`SELECT id FROM organisation_unit WHERE municipality_id = $1 AND name = $2`, [tyreso?.id, name]))[0]?.id);
    const municipality = toGlobalId('Municipality', tyreso?.id);
    const unitA = await unit('Gymnasie- och arbetsmarknadsnämnden');
    const unitB = await unit('Socialnämnden');

    // Tyresö's objects, made through the API by the operator (so that they have audit entries).
    const document = await create(
      'createSteeringDocument',
      'CreateSteeringDocumentInput',
      { municipalityId: municipality, kind: 'PLAN', title: 'Utkast till handlingsplan', status: 'DRAFT', ownerUnitId: unitA },
      'steeringDocument',
    );
    const area = await create('createFocusArea', 'CreateFocusAreaInput', { municipalityId: municipality, steeringDocumentId: document, key: 'WORK', nameSv: 'Arbete', nameEn: 'Work' }, 'focusArea');
    const goal = await create(
      'createGoal',
      'CreateGoalInput',
      { steeringDocumentId: document, level: 'COMMITTEE_GOAL', title: 'Fler i arbete (utkast)', ownerUnitId: unitA, focusAreaId: area },
      'goal',
    );
    const indicator = await create(
      'createIndicator',
      'CreateIndicatorInput',
      {
        municipalityId: municipality,
        nameSv: 'Andel i arbete (opublicerad)',
        unit: 'PERCENT',
        decimals: 1,
        direction: 'INCREASE',
        periodicity: 'YEAR',
        dividedBySex: false,
        published: false,
        responsibleImplementationUnitId: unitA,
        responsibleFollowUpUnitId: unitA,
        goalIds: [goal],
      },
      'indicator',
    );

    const indicatorB = await create(
      'createIndicator',
      'CreateIndicatorInput',
      {
        municipalityId: municipality,
        nameSv: 'Andel i arbete (enhet B)',
        unit: 'PERCENT',
        decimals: 1,
        direction: 'INCREASE',
        periodicity: 'YEAR',
        dividedBySex: false,
        responsibleImplementationUnitId: unitB,
        responsibleFollowUpUnitId: unitB,
      },
      'indicator',
    );

    const value = await server.gql(`mutation($input: UpsertMeasurementsInput!) { upsertMeasurements(input: $input) { errors { code } } }`, {
      input: { rows: [{ indicatorId: indicator, period: '2022', sex: 'TOTAL', value: 30 }] },
    });
    if (value.data?.upsertMeasurements?.errors?.length !== 0) throw new Error(JSON.stringify(value));

    const { account } = server.services;
    const m = tyreso?.id as string;
    const person = async (email: string, role: StaffRole, units: string[] = [], municipalityId = m) => {
      await account.createUser(municipalityId, { email, name: email, role, unitIds: units, password: PASSWORD });
      return { call: server.as({ cookie: await login(server.url, email, PASSWORD) }), label: email } satisfies Actor;
    };
    const key = async (name: string, scopes: ApiKeyScope[], units: string[] = [], municipalityId = m) => {
      const created = await account.createApiKey(municipalityId, null, { name, scopes, unitIds: units });
      return { call: server.as({ authorization: `Bearer ${created.key}` }), label: name } satisfies Actor;
    };
    const target = await account.createUser(m, { email: 'malperson@tyreso.test', name: 'Målperson', role: StaffRole.VIEWER, password: PASSWORD });

    actors.set('anonymous', { call: server.anonymous, label: 'anonymous' });
    actors.set('viewer', await person('lasare@tyreso.test', StaffRole.VIEWER));
    actors.set('editor of unit A', await person('redaktor-a@tyreso.test', StaffRole.EDITOR, [unitA]));
    actors.set('editor of unit B', await person('redaktor-b@tyreso.test', StaffRole.EDITOR, [unitB]));
    actors.set('admin', await person('admin@tyreso.test', StaffRole.ADMIN));
    actors.set('key READ', await key('Läsnyckel', [ApiKeyScope.READ]));
    actors.set('key WRITE_MEASUREMENTS', await key('Utfallsnyckel', [ApiKeyScope.WRITE_MEASUREMENTS]));
    actors.set('key WRITE_PLANS', await key('Plannyckel', [ApiKeyScope.WRITE_PLANS]));
    actors.set('key WRITE_PLANS of unit A', await key('Plannyckel enhet A', [ApiKeyScope.WRITE_PLANS], [unitA]));
    actors.set('key WRITE_PLANS of unit B', await key('Plannyckel enhet B', [ApiKeyScope.WRITE_PLANS], [unitB]));
    actors.set('admin of Tranemo', await person('admin@tranemo.test', StaffRole.ADMIN, [], tranemo?.id));
    actors.set('key of Tranemo (all scopes)', await key('Tranemos nyckel', [ApiKeyScope.READ, ApiKeyScope.WRITE_MEASUREMENTS, ApiKeyScope.WRITE_PLANS], [], tranemo?.id));
    actors.set('platform operator', { call: server.gql, label: TEST_OPERATOR.email });

    actors.set('key WRITE_MEASUREMENTS of unit A', await key('Utfallsnyckel enhet A', [ApiKeyScope.WRITE_MEASUREMENTS], [unitA]));
    f = { municipality, unitA, unitB, document, area, goal, indicator, indicatorB, targetUser: toGlobalId('User', target.user.id) };
  });
  afterAll(() => server?.stop());

  it('covers every caller and every group once', () => {
    expect(MATRIX.map(([actor]) => actor)).toEqual([...actors.keys()].filter((name) => name !== 'key WRITE_MEASUREMENTS of unit A'));
    for (const row of MATRIX) expect(row).toHaveLength(GROUPS.length + 1);
  });

  const cells = MATRIX.flatMap(([actor, ...outcomes]) => GROUPS.map((group, index) => [actor, group, outcomes[index] as Outcome] as const));

  it.each(cells)('%s × %s → %s', async (actorName, group, expected) => {
    const actor = actors.get(actorName);
    if (!actor) throw new Error(`no actor ${actorName}`);
    expect(await PROBES[group](actor)).toBe(expected);
  });
  /**
   * Mutation payloads, for every scope that may write: a payload's nested fields are read with the
   * caller's read rights exactly as a query's are. A caller who may read gets exactly what node() of
   * the written object gives them with the same selection; a key without READ gets the written
   * object's id and version and its own errors, nothing more (every other field is FORBIDDEN).
   */
  describe('mutation payloads', () => {
    const SELECTION: Record<'measurements' | 'plans' | 'structure', string> = {
      measurements: `id version value footnote reportedBy history { reportedBy changedBy }
        indicator { id nameSv definition goals { title } municipality { name steeringDocuments { title text } } targets { comment } }`,
      plans: `id version title description indicators { nameSv targets { comment } } steeringDocument { title text } ownerUnit { name externalId }`,
      structure: `id version name contactName contactEmail activities { title }`,
    };
    type Area = keyof typeof SELECTION;
    const valueOf = async (indicator: string) => toGlobalId('Measurement', (await sql(`SELECT id FROM measurement WHERE indicator_id = $1 AND period = '2022'`, [uuid(indicator)]))[0]?.id);

    /** Runs the area's mutation as `actor` with `selection`; returns the answer, the payload's object and its id. */
    async function run(actor: Actor, area: Area, selection: string): Promise<{ answer: GraphQLResult; object: Record<string, unknown> | null; id: string }> {
      const n = ++seq;
      if (area === 'measurements') {
        const id = await valueOf(f.indicator);
        const answer = await mutate(
          actor.call,
          'updateMeasurement',
          'UpdateMeasurementInput',
          { id, version: await version('measurement', id), footnote: `Fotnot ${n}` },
          `measurement { ${selection} }`,
        );
        return { answer, object: answer.data?.updateMeasurement?.measurement ?? null, id };
      }
      if (area === 'plans') {
        const answer = await mutate(actor.call, 'updateGoal', 'UpdateGoalInput', { id: f.goal, version: await version('goal', f.goal), description: `Ändrad ${n}` }, `goal { ${selection} }`);
        return { answer, object: answer.data?.updateGoal?.goal ?? null, id: f.goal };
      }
      const answer = await mutate(
        actor.call,
        'createPartner',
        'CreatePartnerInput',
        { municipalityId: f.municipality, name: `Payloadpartner ${n}`, kind: 'ASSOCIATION', contactName: 'Kontakt', contactEmail: 'kontakt@example.test' },
        `partner { ${selection} }`,
      );
      const object = answer.data?.createPartner?.partner ?? null;
      return { answer, object, id: (object?.id as string) ?? (await sql(`SELECT id FROM partner WHERE name = $1`, [`Payloadpartner ${n}`]))[0]?.id };
    }

    /** Every field name in a value, at any depth. */
    const fieldNames = (value: unknown): string[] =>
      value && typeof value === 'object' ? Object.entries(value).flatMap(([key, inner]) => [...(Array.isArray(value) ? [] : [key]), ...fieldNames(inner)]) : [];

    // prettier-ignore
    const PAYLOADS: Array<[string, Area, 'as query' | 'id and version']> = [
      ['editor of unit A',                'measurements', 'as query'],
      ['admin',                           'measurements', 'as query'],
      ['key WRITE_MEASUREMENTS',          'measurements', 'id and version'],
      ['key WRITE_MEASUREMENTS of unit A','measurements', 'id and version'],
      ['platform operator',               'measurements', 'as query'],
      ['editor of unit A',                'plans',        'as query'],
      ['admin',                           'plans',        'as query'],
      ['key WRITE_PLANS',                 'plans',        'id and version'],
      ['key WRITE_PLANS of unit A',       'plans',        'id and version'],
      ['platform operator',               'plans',        'as query'],
      ['admin',                           'structure',    'as query'],
      ['key WRITE_PLANS',                 'structure',    'id and version'],
      ['platform operator',               'structure',    'as query'],
    ];

    it.each(PAYLOADS)('%s × write %s: the payload gives %s', async (actorName, area, expected) => {
      const actor = actors.get(actorName) as Actor;
      const { answer, object, id } = await run(actor, area, SELECTION[area]);
      const payloadErrors = (Object.values(answer.data ?? {})[0] as { errors?: unknown[] } | undefined)?.errors;
      expect(payloadErrors).toEqual([]);
      if (expected === 'as query') {
        expect(answer.errors).toBeUndefined();
        const type = area === 'measurements' ? 'Measurement' : area === 'plans' ? 'Goal' : 'Partner';
        const query = await actor.call(`query($id: ID!) { node(id: $id) { ... on ${type} { ${SELECTION[area]} } } }`, { id });
        expect(query.errors).toBeUndefined();
        expect(object).toEqual(query.data.node);
        expect(fieldNames(object).length).toBeGreaterThanOrEqual(6);
        return;
      }
      // The deep selection: refused field by field, nothing but ids and versions in the answer.
      expect(new Set((answer.errors ?? []).map((error) => error.extensions?.code))).toEqual(new Set(['FORBIDDEN']));
      expect(fieldNames(object).filter((name) => name !== 'id' && name !== 'version')).toEqual([]);
      // The written object's id and version.
      const { answer: shallow, object: written, id: writtenId } = await run(actor, area, 'id version');
      expect(shallow.errors).toBeUndefined();
      expect(written).toEqual({ id: writtenId, version: expect.any(Number) });
      // The same key is refused on a query.
      const refused = await actor.call(`query($id: ID!) { node(id: $id) { id } }`, { id: writtenId });
      expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    });
  });

  /**
   * Unit limits in detail: what an editor (or a unit-limited key) may do with objects of its units,
   * and that it cannot give an object away to another unit or make one for a unit not its own.
   */
  describe('unit limits', () => {
    /** The municipality-level value of an indicator for 2022 (written by the operator for the fixture). */
    const valueOf = async (indicator: string) => toGlobalId('Measurement', (await sql(`SELECT id FROM measurement WHERE indicator_id = $1 AND period = '2022'`, [uuid(indicator)]))[0]?.id);
    const table = (name: string) => async () => sql(`SELECT count(*)::int AS n, max(updated_at) AS changed FROM ${name}`);
    const indicatorInput = (implementation: string, followUp: string) => ({
      nameSv: `Enhetsindikator ${++seq}`,
      unit: 'PERCENT',
      decimals: 1,
      direction: 'INCREASE',
      periodicity: 'YEAR',
      dividedBySex: false,
      responsibleImplementationUnitId: implementation,
      responsibleFollowUpUnitId: followUp,
    });
    const upsertRows = (rows: Array<Record<string, unknown>>) =>
      `mutation { upsertMeasurements(input: { rows: [${rows.map((row) => `{ indicatorId: "${String(row.indicatorId)}", period: "2023", sex: TOTAL, value: ${String(row.value)} }`).join(', ')}] }) { upserted errors { index code field } } }`;

    // prettier-ignore
    const CASES: Array<[string, string, Outcome, (a: Actor) => Promise<string>]> = [
      ['editor of unit A', 'createGoal owned by unit A', 'ok', (a) => write(a, 'createGoal', () => mutate(a.call, 'createGoal', 'CreateGoalInput', { steeringDocumentId: f.document, focusAreaId: f.area, level: 'COMMITTEE_GOAL', ownerUnitId: f.unitA, title: `Mål A ${++seq}` }), table('goal'))],
      ['editor of unit A', 'createGoal owned by unit B', 'OUT_OF_UNIT', (a) => write(a, 'createGoal', () => mutate(a.call, 'createGoal', 'CreateGoalInput', { steeringDocumentId: f.document, focusAreaId: f.area, level: 'COMMITTEE_GOAL', ownerUnitId: f.unitB, title: `Mål B ${++seq}` }), table('goal'))],
      ['editor of unit A', 'updateGoal giving it to unit B', 'OUT_OF_UNIT', (a) => write(a, 'updateGoal', async () => mutate(a.call, 'updateGoal', 'UpdateGoalInput', { id: f.goal, version: await version('goal', f.goal), ownerUnitId: f.unitB }), table('goal'))],
      ['editor of unit A', 'createIndicator, implementation B, follow-up A', 'ok', (a) => write(a, 'createIndicator', () => mutate(a.call, 'createIndicator', 'CreateIndicatorInput', indicatorInput(f.unitB, f.unitA)), table('indicator'))],
      ['editor of unit A', 'createIndicator for unit B only', 'OUT_OF_UNIT', (a) => write(a, 'createIndicator', () => mutate(a.call, 'createIndicator', 'CreateIndicatorInput', indicatorInput(f.unitB, f.unitB)), table('indicator'))],
      ['editor of unit A', 'updateIndicator giving it to unit B', 'OUT_OF_UNIT', (a) => write(a, 'updateIndicator', async () => mutate(a.call, 'updateIndicator', 'UpdateIndicatorInput', { id: f.indicator, version: await version('indicator', f.indicator), responsibleImplementationUnitId: f.unitB, responsibleFollowUpUnitId: f.unitB }), table('indicator'))],
      ['editor of unit A', "createTarget of unit A's indicator", 'ok', (a) => write(a, 'createTarget', () => mutate(a.call, 'createTarget', 'CreateTargetInput', { indicatorId: f.indicator, period: String(2030 + ++seq), value: 50 }), table('target'))],
      ['editor of unit B', "createTarget of unit A's indicator", 'OUT_OF_UNIT', (a) => write(a, 'createTarget', () => mutate(a.call, 'createTarget', 'CreateTargetInput', { indicatorId: f.indicator, period: String(2030 + ++seq), value: 50 }), table('target'))],
      ['editor of unit A', 'createActivity of unit A', 'ok', (a) => write(a, 'createActivity', () => mutate(a.call, 'createActivity', 'CreateActivityInput', { title: `Insats ${++seq}`, responsibleUnitId: f.unitA }), table('activity'))],
      ['editor of unit A', 'createActivity of unit B', 'OUT_OF_UNIT', (a) => write(a, 'createActivity', () => mutate(a.call, 'createActivity', 'CreateActivityInput', { title: `Insats ${++seq}`, responsibleUnitId: f.unitB }), table('activity'))],
      ['editor of unit A', 'createActivity of no unit', 'OUT_OF_UNIT', (a) => write(a, 'createActivity', () => mutate(a.call, 'createActivity', 'CreateActivityInput', { title: `Insats ${++seq}` }), table('activity'))],
      ['editor of unit A', 'createFocusArea (structure)', 'FORBIDDEN', (a) => write(a, 'createFocusArea', () => mutate(a.call, 'createFocusArea', 'CreateFocusAreaInput', { steeringDocumentId: f.document, key: `K${++seq}`, nameSv: 'x', nameEn: 'x' }), table('focus_area'))],
      ['editor of unit B', "upsertMeasurements for B's and A's indicators", 'OUT_OF_UNIT', (a) => write(a, 'upsertMeasurements', () => a.call(upsertRows([{ indicatorId: f.indicatorB, value: 1 }, { indicatorId: f.indicator, value: 2 }])), table('measurement'))],
      ['key WRITE_MEASUREMENTS of unit A', "upsertMeasurements for A's indicator", 'ok', (a) => write(a, 'upsertMeasurements', () => a.call(upsertRows([{ indicatorId: f.indicator, value: 10 + ++values }])), table('measurement'))],
      ['key WRITE_MEASUREMENTS of unit A', "upsertMeasurements for B's indicator", 'OUT_OF_UNIT', (a) => write(a, 'upsertMeasurements', () => a.call(upsertRows([{ indicatorId: f.indicatorB, value: 3 }])), table('measurement'))],
      ['key WRITE_MEASUREMENTS of unit A', "updateMeasurement of A's value", 'ok', (a) => write(a, 'updateMeasurement', async () => mutate(a.call, 'updateMeasurement', 'UpdateMeasurementInput', { id: await valueOf(f.indicator), version: await version('measurement', await valueOf(f.indicator)), value: 10 + ++values }), table('measurement'))],
      ['editor of unit B', "archiveMeasurement of A's value", 'OUT_OF_UNIT', (a) => write(a, 'archiveMeasurement', async () => mutate(a.call, 'archiveMeasurement', 'ArchiveMeasurementInput', { id: await valueOf(f.indicator), version: await version('measurement', await valueOf(f.indicator)) }), table('measurement'))],
      ['key WRITE_PLANS of unit A', 'createGoal owned by unit B', 'OUT_OF_UNIT', (a) => write(a, 'createGoal', () => mutate(a.call, 'createGoal', 'CreateGoalInput', { steeringDocumentId: f.document, focusAreaId: f.area, level: 'COMMITTEE_GOAL', ownerUnitId: f.unitB, title: `Mål B ${++seq}` }), table('goal'))],
    ];

    it.each(CASES)('%s: %s → %s', async (actorName, _what, expected, run) => {
      expect(await run(actors.get(actorName) as Actor)).toBe(expected);
    });

    it('names each refused row of a bulk write by its index', async () => {
      const editorB = actors.get('editor of unit B') as Actor;
      const result = await editorB.call(
        upsertRows([
          { indicatorId: f.indicatorB, value: 1 },
          { indicatorId: f.indicator, value: 2 },
        ]),
      );
      expect(result.data.upsertMeasurements).toEqual({ upserted: null, errors: [{ index: 1, code: 'FORBIDDEN', field: 'indicatorId' }] });
    });
  });
});
