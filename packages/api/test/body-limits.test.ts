import { isBulkMutation } from '../src/http/graphql-body';
import { parse } from 'graphql';
import { ApiKeyScope, StaffRole } from '../src/access/actor';
import { startTestServer, type TestServer } from './helpers';

/** Request bodies: an ordinary limit, a larger one for bulk uploads, and clear JSON errors. */
describe('GraphQL request bodies', () => {
  let server: TestServer;
  const maxBytes = 4096;
  const maxBulkBytes = 16_384;

  beforeAll(async () => {
    server = await startTestServer({ seedDemo: false, maxBodyBytes: maxBytes, maxBulkBodyBytes: maxBulkBytes });
  });
  afterAll(async () => {
    await server?.stop();
  });

  /** Posts `{ query, variables }` padded with spaces (valid JSON) to exactly `bytes` bytes. */
  const post = async (query: string, variables: Record<string, unknown>, bytes: number, headers: Record<string, string> = server.operatorHeaders) => {
    const json = JSON.stringify({ query, variables });
    const length = Buffer.byteLength(json);
    if (length > bytes) throw new Error(`the body is already ${length} bytes`);
    const body = `${json}${' '.repeat(bytes - length)}`;
    const response = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
    return { status: response.status, body: (await response.json()) as { data?: any; errors?: Array<{ message: string; extensions: { code: string } }> } };
  };

  const QUERY = '{ municipalities(first: 1) { totalCount } }';
  const UPSERT = 'mutation($input: UpsertMeasurementsInput!) { upsertMeasurements(input: $input) { errors { index code } } }';

  it('answers a body of exactly the limit and refuses one byte more with 413 PAYLOAD_TOO_LARGE', async () => {
    const under = await post(QUERY, {}, maxBytes);
    expect(under.status).toBe(200);
    expect(under.body.data).toEqual({ municipalities: { totalCount: 0 } });

    const over = await post(QUERY, {}, maxBytes + 1);
    expect(over.status).toBe(413);
    expect(over.body.errors).toEqual([expect.objectContaining({ extensions: { code: 'PAYLOAD_TOO_LARGE' } })]);
  });

  it('lets a bulk upload through up to its own limit, and no further', async () => {
    const input = { rows: [] as unknown[] };
    const bulk = await post(UPSERT, { input }, maxBulkBytes);
    expect(bulk.status).toBe(200);
    expect(bulk.body.errors).toBeUndefined();

    const over = await post(UPSERT, { input }, maxBulkBytes + 1);
    expect(over.status).toBe(413);
    expect(over.body.errors?.[0]?.message).toMatch(/16 kB/);
  });

  it('does not let a query ride on the bulk limit next to a bulk mutation', async () => {
    const mixed = `mutation($input: UpsertMeasurementsInput!) { upsertMeasurements(input: $input) { errors { code } } createMunicipality(input: { code: "0001", name: "X" }) { errors { code } } }`;
    expect((await post(mixed, { input: { rows: [] } }, maxBytes + 10)).status).toBe(413);
    expect((await post(`query A ${QUERY.slice(1)} ${UPSERT}`, { input: { rows: [] } }, maxBytes + 10)).status).toBe(413);
    expect(await server.dataSource.query('SELECT count(*)::int AS n FROM municipality')).toEqual([{ n: 0 }]);
  });

  it('gives the bulk limit only to callers who may write measurements; others are refused at the ordinary one', async () => {
    await server.gql('mutation { createMunicipality(input: { code: "0999", name: "Provkommun" }) { errors { code } } }');
    const [{ id: municipalityId }] = (await server.dataSource.query(`SELECT id FROM municipality WHERE code = '0999'`)) as Array<{ id: string }>;
    const keyWith = async (scopes: ApiKeyScope[]) => `Bearer ${(await server.services.account.createApiKey(municipalityId as string, null, { name: `Nyckel ${scopes.join('+')}`, scopes })).key}`;
    const sessionOf = async (email: string, role: StaffRole) => {
      const { user } = await server.services.account.createUserFromCli({ email, name: email, role, municipalityId: municipalityId as string });
      return `inkludera_session=${(await server.services.account.openSession(user)).token}`;
    };
    const callers: Record<string, Record<string, string>> = {
      anonymous: {},
      readKey: { authorization: await keyWith([ApiKeyScope.READ]) },
      plansKey: { authorization: await keyWith([ApiKeyScope.WRITE_PLANS]) },
      viewer: { cookie: await sessionOf('viewer@prov.test', StaffRole.VIEWER) },
      measurementsKey: { authorization: await keyWith([ApiKeyScope.WRITE_MEASUREMENTS]) },
      editor: { cookie: await sessionOf('editor@prov.test', StaffRole.EDITOR) },
      admin: { cookie: await sessionOf('admin@prov.test', StaffRole.ADMIN) },
      operator: server.operatorHeaders,
    };
    const statusOf: Record<string, number> = {};
    for (const [name, headers] of Object.entries(callers)) {
      const { status, body } = await post(UPSERT, { input: { rows: [] } }, maxBulkBytes - 100, headers);
      statusOf[name] = status;
      if (status === 413) expect(body.errors?.[0]).toEqual({ message: expect.stringMatching(/larger than 4 kB/), extensions: { code: 'PAYLOAD_TOO_LARGE' } });
    }
    expect(statusOf).toEqual({ anonymous: 413, readKey: 413, plansKey: 413, viewer: 413, measurementsKey: 200, editor: 200, admin: 200, operator: 200 });
  });

  it('answers malformed JSON with 400 BAD_REQUEST and no stack', async () => {
    const response = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: Array<{ message: string; extensions: { code: string } }> };
    expect(body).toEqual({ errors: [{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }] });
  });

  it('recognises a bulk mutation only when it is the one operation and selects only bulk fields', () => {
    expect(isBulkMutation(parse(UPSERT))).toBe(true);
    expect(isBulkMutation(parse('mutation { a: upsertMeasurements(input: { rows: [] }) { dryRun } b: upsertMeasurements(input: { rows: [] }) { dryRun } }'))).toBe(true);
    expect(isBulkMutation(parse(QUERY))).toBe(false);
    expect(isBulkMutation(parse('mutation { upsertMeasurements(input: { rows: [] }) { dryRun } ...F } fragment F on Mutation { createPartner { x } }'))).toBe(false);
  });
});
