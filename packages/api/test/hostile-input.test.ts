import { toGlobalId } from '../src/graphql/global-id';
import { loadConfig } from '../src/config';
import { startTestServer, type TestServer } from './helpers';

/**
 * Hostile input over HTTP against the real server, in development mode (what `pnpm start` runs
 * with NODE_ENV unset) and in production mode. For every answer: no 5xx, no INTERNAL_SERVER_ERROR,
 * no stack frame, no file path and no SQL text or raw PostgreSQL message. Input the schema accepts
 * but the domain cannot is a client error that names the field (or the row of a bulk upsert).
 */

interface Answer {
  status: number;
  text: string;
  json: any;
}

interface HostileRequest {
  name: string;
  /** Who sends it: the platform operator (default) or nobody. */
  as?: 'operator' | 'anonymous';
  /** A GraphQL request (JSON body); or a raw body / a GET path. */
  query?: string;
  /** The variables, or a function that makes them once the demo ids are known. */
  variables?: unknown;
  operationName?: string;
  raw?: string | Buffer;
  get?: string;
  headers?: Record<string, string>;
  /** Further expectations of this answer beyond the common ones. */
  check?: (answer: Answer) => void;
}

const b64 = (value: unknown) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value), 'utf8').toString('base64url');
const UUID = '0b0e4f4e-6f5e-4a4e-9d1e-3a3d3f3c3b3a';

/** What must never reach a client. */
const LEAKS: Array<[string, RegExp]> = [
  ['stack frame', /\bat (?:async )?[\w$.<>[\] ]*\(?(?:\/|node:|file:)/],
  ['stack frame', /\n\s+at /],
  ['file path', /\/work\/|\/home\/|\/usr\/|\/tmp\/|node_modules|\.ts:\d|\.js:\d|\bsrc\/[\w/-]+\.ts\b|\bdist\/[\w/-]+\.js\b/],
  ['stacktrace field', /"stacktrace"/],
  ['SQL text', /\bSELECT\b|\bINSERT INTO\b|\bUPDATE "?\w+"? SET\b|\bDELETE FROM\b|\bWHERE\b.*\$\d/],
  [
    'PostgreSQL message',
    /\brelation "|\bcolumn "|violates|invalid input syntax|invalid byte sequence|out of range for type|date\/time field value|syntax error at|QueryFailedError|\bSQLSTATE\b|duplicate key|numeric field overflow|stack depth/i,
  ],
  ['internal error', /INTERNAL_SERVER_ERROR|Internal server error/i],
];

/** Codes a client can act on; anything else from GraphQL is a server error. */
const CLIENT_CODES = new Set([
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'NOT_FOUND',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'PAYLOAD_TOO_LARGE',
  'TOO_MANY_TOKENS',
  'QUERY_TOO_DEEP',
  'QUERY_TOO_COSTLY',
  'TOO_MANY_ALIASES',
  'TOO_MANY_DIRECTIVES',
]);

function leaks(answer: Answer): string[] {
  const found: string[] = [];
  if (answer.status >= 500 || answer.status === 0) found.push(`HTTP ${answer.status}`);
  for (const [what, pattern] of LEAKS) {
    const match = pattern.exec(answer.text);
    if (match) found.push(`${what}: …${answer.text.slice(Math.max(0, match.index - 60), match.index + 80)}…`);
  }
  for (const error of (answer.json?.errors ?? []) as Array<{ extensions?: { code?: string } }>) {
    const code = error.extensions?.code;
    if (typeof code !== 'string' || !CLIENT_CODES.has(code)) found.push(`error code ${String(code)}`);
  }
  return found;
}

/** The top-level errors' codes. */
const codes = (answer: Answer): string[] => ((answer.json?.errors ?? []) as Array<{ extensions?: { code?: string } }>).map((e) => String(e.extensions?.code));

/** A request-level BAD_USER_INPUT whose extensions or message name `field`. */
function badInputOn(field: string | RegExp) {
  return (answer: Answer) => {
    expect(answer.status).toBeLessThan(500);
    expect(codes(answer)).toContain('BAD_USER_INPUT');
    const error = (answer.json.errors as Array<{ message: string; extensions: Record<string, unknown> }>).find((e) => e.extensions.code === 'BAD_USER_INPUT');
    const named = JSON.stringify(error?.extensions) + ' ' + error?.message;
    expect(named).toMatch(field);
  };
}

/** A body that is not valid UTF-8: 400 BAD_REQUEST, before GraphQL. */
function refusedBody(answer: Answer) {
  expect(answer.status).toBe(400);
  expect(codes(answer)).toEqual(['BAD_REQUEST']);
}

/** BAD_USER_INPUT naming the field, or a payload error (`data.<mutation>.errors`) on that field. */
function refusedOn(mutation: string, field: string) {
  return (answer: Answer) => {
    const payloadErrors = answer.json?.data?.[mutation]?.errors as Array<{ field: string | null; code: string }> | undefined;
    if (payloadErrors?.length) {
      expect(payloadErrors.map((e) => e.field)).toContain(field);
      return;
    }
    badInputOn(new RegExp(field))(answer);
  };
}

describe.each([['development'], ['production']] as const)('hostile input (%s mode)', (mode) => {
  let server: TestServer;
  let municipalityId: string;
  let indicator: { id: string; periodicity: string; dividedBySex: boolean };

  beforeAll(async () => {
    server = await startTestServer({ env: mode, seedDemo: true, rateLimitPerMinute: 0, rateLimitPerKeyPerMinute: 0, secureCookies: false, logLevel: 'fatal' });
    const found = await server.gql(`{ municipality(code: "0138") { id } indicators(first: 50, where: { published: true }) { nodes { id periodicity dividedBySex municipality { code } } } }`);
    municipalityId = found.data.municipality.id;
    indicator = (found.data.indicators.nodes as Array<typeof indicator & { municipality: { code: string } }>).find(
      (i) => i.municipality.code === '0138' && i.periodicity === 'YEAR',
    ) as typeof indicator;
    expect(indicator).toBeDefined();
  });
  afterAll(async () => {
    await server?.stop();
  });

  async function send(request: HostileRequest): Promise<Answer> {
    const auth = request.as === 'anonymous' ? {} : server.operatorHeaders;
    let response: Response;
    let text: string;
    try {
      if (request.get !== undefined) {
        response = await fetch(`${server.url}${request.get}`, { headers: { ...auth, ...request.headers } });
      } else {
        const body: string | Uint8Array<ArrayBuffer> =
          (typeof request.raw === 'string' ? request.raw : request.raw && Uint8Array.from(request.raw)) ??
          JSON.stringify({
            query: request.query,
            ...(request.variables === undefined ? {} : { variables: request.variables }),
            ...(request.operationName ? { operationName: request.operationName } : {}),
          });
        response = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...auth, ...request.headers }, body });
      }
      text = await response.text();
    } catch (error) {
      // No answer at all (the connection was closed): reported as status 0.
      return { status: 0, text: `no answer: ${String((error as Error).cause ?? error)}`, json: undefined };
    }
    let json: any;
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
    return { status: response.status, text, json };
  }

  const rows = (count: number, patch: (index: number) => Record<string, unknown> = () => ({})) =>
    Array.from({ length: count }, (_, index) => ({ indicatorId: indicator.id, period: String(2000 + index), sex: 'TOTAL', value: index, ...patch(index) }));
  const UPSERT = `mutation($input: UpsertMeasurementsInput!) { upsertMeasurements(input: $input) { errors { index field code message } upserted } }`;
  const upsertRowError = (index: number, field: string) => (answer: Answer) => {
    if (answer.json?.data?.upsertMeasurements) {
      const errors = answer.json.data.upsertMeasurements.errors as Array<{ index: number; field: string }>;
      expect(errors).toContainEqual(expect.objectContaining({ index, field }));
      expect(answer.json.data.upsertMeasurements.upserted).toBeNull();
    } else {
      badInputOn(new RegExp(`rows.*${index}.*${field}|${field}.*${index}`))(answer);
    }
  };

  const cases = (): HostileRequest[] => [
    // ------------------------------------------------------------- NUL characters
    { name: 'NUL in a query variable', as: 'anonymous', query: `query($code: String!) { municipality(code: $code) { id } }`, variables: { code: '01\u000038' }, check: badInputOn(/code/) },
    { name: 'NUL in a string literal', as: 'anonymous', query: `{ municipality(code: "01\\u000038") { id } }`, check: badInputOn(/code/) },
    { name: 'NUL in a search filter', as: 'anonymous', query: `query($s: String) { indicators(where: { search: $s }) { totalCount } }`, variables: { s: 'arbete\u0000' }, check: badInputOn(/search/) },
    {
      name: 'NUL in an external id',
      query: `query($e: String!, $m: ID) { organisationUnitByExternalId(externalId: $e, municipalityId: $m) { id } }`,
      variables: () => ({ e: 'K\u0000', m: municipalityId }),
      check: badInputOn(/externalId|\$e/),
    },
    { name: 'NUL in a global id', as: 'anonymous', query: `query($id: ID!) { node(id: $id) { id } }`, variables: { id: '\u0000' } },
    {
      name: 'NUL in a login email',
      as: 'anonymous',
      query: `mutation($i: LoginInput!) { login(input: $i) { errors { code field } } }`,
      variables: { i: { email: 'a\u0000@example.se', password: 'x'.repeat(20) } },
      check: refusedOn('login', 'email'),
    },
    {
      name: 'NUL in a new partner name',
      query: `mutation($i: CreatePartnerInput!) { createPartner(input: $i) { partner { id } errors { code field } } }`,
      variables: () => ({ i: { name: 'Röda\u0000 Korset', kind: 'ASSOCIATION', municipalityId } }),
      check: refusedOn('createPartner', 'name'),
    },
    { name: 'NUL in auditEntries(operation)', query: `query($o: String) { auditEntries(operation: $o) { totalCount } }`, variables: { o: 'create\u0000' }, check: badInputOn(/operation/) },
    { name: 'NUL in __type(name)', as: 'anonymous', query: `{ __type(name: "Goal\\u0000") { name } }` },
    { name: 'NUL in an operation name', as: 'anonymous', query: `query A { __typename }`, operationName: 'A\u0000' },
    { name: 'NUL outside a string in the document', as: 'anonymous', query: `{ __typename \u0000 }` },
    { name: 'NUL in an unknown variable', as: 'anonymous', query: `{ __typename }`, variables: { unused: '\u0000' } },
    {
      name: 'NUL in row 3 of a bulk upsert',
      query: UPSERT,
      variables: () => ({ input: { dryRun: true, rows: rows(5, (i) => (i === 3 ? { footnote: 'fel\u0000rad' } : {})) } }),
      check: upsertRowError(3, 'footnote'),
    },
    {
      name: 'NUL in the period of row 7 of a bulk upsert',
      query: UPSERT,
      variables: () => ({ input: { rows: rows(9, (i) => (i === 7 ? { period: '2020\u0000' } : {})) } }),
      check: upsertRowError(7, 'period'),
    },
    // ------------------------------------------------------------- invalid UTF-8, lone surrogates
    {
      name: 'invalid UTF-8 bytes in the body',
      as: 'anonymous',
      raw: Buffer.concat([Buffer.from('{"query":"{ municipality(code: \\"01'), Buffer.from([0xff, 0xfe, 0xc3, 0x28]), Buffer.from('\\") { id } }"}')]),
      check: refusedBody,
    },
    {
      name: 'overlong UTF-8 NUL in the body',
      as: 'anonymous',
      raw: Buffer.concat([Buffer.from('{"query":"{ municipality(code: \\"01'), Buffer.from([0xc0, 0x80]), Buffer.from('\\") { id } }"}')]),
      check: refusedBody,
    },
    {
      name: 'invalid UTF-8 in a variable',
      as: 'anonymous',
      raw: Buffer.concat([Buffer.from('{"query":"query($s: String) { indicators(where: { search: $s }) { totalCount } }","variables":{"s":"a'), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from('"}}')]),
      check: refusedBody,
    },
    { name: 'a lone high surrogate in a variable', as: 'anonymous', raw: '{"query":"query($c: String!) { municipality(code: $c) { id } }","variables":{"c":"01\\ud800"}}', check: badInputOn(/code/) },
    {
      name: 'a lone low surrogate in a search',
      as: 'anonymous',
      raw: '{"query":"query($s: String) { indicators(where: { search: $s }) { totalCount } }","variables":{"s":"\\udfffx"}}',
      check: badInputOn(/search/),
    },
    { name: 'a lone surrogate in a string literal', as: 'anonymous', query: `{ municipality(code: "\\uD800") { id } }`, check: (a) => expect(a.status).toBeLessThan(500) },
    {
      name: 'a lone surrogate in row 2 of a bulk upsert',
      raw: undefined,
      query: UPSERT,
      variables: () => ({ input: { dryRun: true, rows: rows(4, (i) => (i === 2 ? { source: 'SCB\ud800' } : {})) } }),
      check: upsertRowError(2, 'source'),
    },
    { name: 'a UTF-16 body', as: 'anonymous', raw: Buffer.from('{"query":"{ __typename }"}', 'utf16le'), headers: { 'content-type': 'application/json; charset=utf-16' } },
    { name: 'an unknown charset', as: 'anonymous', raw: '{"query":"{ __typename }"}', headers: { 'content-type': 'application/json; charset=klingon' } },
    // ------------------------------------------------------------- forged cursors
    {
      name: 'cursor ["x","not-a-uuid"]',
      as: 'anonymous',
      query: `query($a: String) { municipalities(after: $a) { totalCount } }`,
      variables: { a: b64(['x', 'not-a-uuid']) },
      check: badInputOn(/after/),
    },
    {
      name: 'cursor with a text value on a date column',
      as: 'anonymous',
      query: `query($a: String) { measurements(after: $a) { totalCount } }`,
      variables: { a: b64(['x', UUID]) },
      check: badInputOn(/after/),
    },
    {
      name: 'cursor with an impossible date',
      as: 'anonymous',
      query: `query($a: String) { measurements(after: $a) { totalCount } }`,
      variables: { a: b64(['2024-02-30', UUID]) },
      check: badInputOn(/after/),
    },
    {
      name: 'cursor with an impossible timestamp',
      as: 'anonymous',
      query: `query($a: String) { goals(orderBy: { field: CREATED_AT }, after: $a) { totalCount } }`,
      variables: { a: b64(['2024-13-01T00:00:00.000Z', UUID]) },
      check: badInputOn(/after/),
    },
    {
      name: 'cursor with a fraction on an integer column',
      as: 'anonymous',
      query: `query($a: String) { focusAreas(after: $a) { totalCount } }`,
      variables: { a: b64([1.5, UUID]) },
      check: badInputOn(/after/),
    },
    {
      name: 'cursor with a huge integer',
      as: 'anonymous',
      query: `query($a: String) { focusAreas(after: $a) { totalCount } }`,
      variables: { a: b64([99999999999, UUID]) },
      check: badInputOn(/after/),
    },
    {
      name: 'cursor with an object value',
      as: 'anonymous',
      query: `query($a: String) { municipalities(after: $a) { totalCount } }`,
      variables: { a: b64([{ a: 1 }, UUID]) },
      check: badInputOn(/after/),
    },
    { name: 'cursor with a null value', as: 'anonymous', query: `query($a: String) { municipalities(after: $a) { totalCount } }`, variables: { a: b64([null, UUID]) }, check: badInputOn(/after/) },
    { name: 'cursor with a NUL', as: 'anonymous', query: `query($a: String) { municipalities(after: $a) { totalCount } }`, variables: { a: b64(['0138\u0000', UUID]) }, check: badInputOn(/after/) },
    { name: 'cursor of garbage', as: 'anonymous', query: `query($a: String) { municipalities(after: $a) { totalCount } }`, variables: { a: '!!!%%%' }, check: badInputOn(/after/) },
    {
      name: 'cursor with three parts',
      as: 'anonymous',
      query: `query($a: String) { municipalities(after: $a) { totalCount } }`,
      variables: { a: b64(['0138', UUID, 'x']) },
      check: badInputOn(/after/),
    },
    { name: 'cursor on a DESC timestamp list', query: `query($a: String) { auditEntries(after: $a) { totalCount } }`, variables: { a: b64(['yesterday', UUID]) }, check: badInputOn(/after/) },
    {
      name: 'cursor with year 0 on decision dates',
      as: 'anonymous',
      query: `query($a: String) { steeringDocuments(orderBy: { field: DECISION_DATE }, after: $a) { totalCount } }`,
      variables: { a: b64(['0000-01-01', UUID]) },
      check: badInputOn(/after/),
    },
    {
      name: 'cursor with a forged id on decision dates',
      as: 'anonymous',
      query: `query($a: String) { steeringDocuments(orderBy: { field: DECISION_DATE }, after: $a) { totalCount } }`,
      variables: { a: b64(['2024-01-01', 'x']) },
      check: badInputOn(/after/),
    },
    { name: 'cursor of a huge string', as: 'anonymous', query: `query($a: String) { municipalities(after: $a) { totalCount } }`, variables: { a: b64(['x'.repeat(200_000), UUID]) } },
    // ------------------------------------------------------------- impossible dates and periods
    {
      name: 'startDate 2024-02-30',
      query: `mutation($i: CreateActivityInput!) { createActivity(input: $i) { activity { id } errors { field code } } }`,
      variables: () => ({ i: { title: 'Språkcafé', startDate: '2024-02-30', municipalityId } }),
      check: refusedOn('createActivity', 'startDate'),
    },
    {
      name: 'endDate 2023-02-29',
      query: `mutation($i: CreateAgreementInput!) { createAgreement(input: $i) { agreement { id } errors { field code } } }`,
      variables: () => ({ i: { title: 'LÖK', kind: 'LOCAL_AGREEMENT', endDate: '2023-02-29', municipalityId } }),
      check: refusedOn('createAgreement', 'endDate'),
    },
    { name: 'during.from 2024-02-30', as: 'anonymous', query: `{ activities(where: { during: { from: "2024-02-30" } }) { totalCount } }`, check: badInputOn(/from|during/) },
    { name: 'during.to 2024-13-01', as: 'anonymous', query: `{ agreements(where: { during: { to: "2024-13-01" } }) { totalCount } }`, check: badInputOn(/to|during/) },
    { name: 'during.from not a date', as: 'anonymous', query: `{ activities(where: { during: { from: "igår" } }) { totalCount } }`, check: badInputOn(/from|during/) },
    { name: 'during.from year 0', as: 'anonymous', query: `{ activities(where: { during: { from: "0000-01-01" } }) { totalCount } }` },
    { name: 'during.from year 99999', as: 'anonymous', query: `{ activities(where: { during: { from: "99999-01-01" } }) { totalCount } }` },
    { name: 'period range 2024-13', as: 'anonymous', query: `{ measurements(where: { period: { from: "2024-13" } }) { totalCount } }`, check: badInputOn(/period/) },
    { name: 'series from 2024Q5', as: 'anonymous', query: `query($id: ID!) { node(id: $id) { ... on Indicator { series(from: "2024Q5") { period } } } }`, variables: () => ({ id: indicator.id }) },
    {
      name: 'completeness of period 0000',
      as: 'anonymous',
      query: `query($id: ID!) { node(id: $id) { ... on Indicator { completeness(period: "0000") { __typename } } } }`,
      variables: () => ({ id: indicator.id }),
    },
    {
      name: 'upsert row period 2024-02-30',
      query: UPSERT,
      variables: () => ({ input: { dryRun: true, rows: rows(2, (i) => (i === 1 ? { period: '2024-02-30' } : {})) } }),
      check: upsertRowError(1, 'period'),
    },
    // ------------------------------------------------------------- operation types
    { name: 'a subscription', as: 'anonymous', query: `subscription { me { kind } }`, check: (a) => expect(a.status).toBeGreaterThanOrEqual(400) },
    {
      name: 'a named subscription beside a query',
      as: 'anonymous',
      query: `subscription S { __typename } query Q { __typename }`,
      operationName: 'S',
      check: (a) => expect(a.status).toBeGreaterThanOrEqual(400),
    },
    { name: 'a mutation over GET', as: 'anonymous', get: `/graphql?query=${encodeURIComponent('mutation { logout { __typename } }')}`, headers: { 'apollo-require-preflight': 'true' } },
    { name: 'an unknown operation name', as: 'anonymous', query: `query A { __typename }`, operationName: 'B' },
    { name: 'two operations without a name', as: 'anonymous', query: `query A { __typename } query B { __typename }` },
    // ------------------------------------------------------------- big bodies
    { name: '10 MB anonymous body', as: 'anonymous', raw: JSON.stringify({ query: '{ __typename }' }) + ' '.repeat(10 * 1024 * 1024) },
    { name: '10 MB bulk upsert', raw: JSON.stringify({ query: UPSERT, variables: { input: { rows: [] } } }) + ' '.repeat(10 * 1024 * 1024) },
    {
      name: '10 MB string variable',
      as: 'anonymous',
      raw: JSON.stringify({ query: 'query($s: String) { indicators(where: { search: $s }) { totalCount } }', variables: { s: 'a'.repeat(10 * 1024 * 1024) } }),
    },
    { name: '7 MB anonymous bulk upsert', as: 'anonymous', raw: JSON.stringify({ query: UPSERT, variables: { input: { rows: [] } } }) + ' '.repeat(7 * 1024 * 1024) },
    { name: '900 kB search', as: 'anonymous', query: 'query($s: String) { indicators(where: { search: $s }) { totalCount } }', variables: { s: 'å'.repeat(400_000) } },
    {
      name: '900 kB partner name',
      query: 'mutation($i: CreatePartnerInput!) { createPartner(input: $i) { errors { field code } } }',
      variables: () => ({ i: { name: 'x'.repeat(900_000), kind: 'ASSOCIATION', municipalityId } }),
    },
    {
      name: 'long login password',
      as: 'anonymous',
      query: `mutation($i: LoginInput!) { login(input: $i) { errors { code } } }`,
      variables: { i: { email: 'nobody@example.se', password: 'p'.repeat(500_000) } },
    },
    // ------------------------------------------------------------- deep variables
    { name: '100,000-deep array variable', as: 'anonymous', raw: `{"query":"query($ids: [ID!]!) { nodes(ids: $ids) { id } }","variables":{"ids":${'['.repeat(100_000)}${']'.repeat(100_000)}}}` },
    {
      name: '20,000-deep object variable',
      as: 'anonymous',
      raw: `{"query":"query($w: IndicatorWhereInput) { indicators(where: $w) { totalCount } }","variables":{"w":${'{"search":'.repeat(20_000)}"x"${'}'.repeat(20_000)}}}`,
    },
    { name: '20,000-deep object in a bulk row', raw: `{"query":${JSON.stringify(UPSERT)},"variables":{"input":{"rows":[{"footnote":${'{"a":'.repeat(20_000)}1${'}'.repeat(20_000)}}]}}}` },
    { name: '100,000-deep unused variable', as: 'anonymous', raw: `{"query":"{ __typename }","variables":{"x":${'['.repeat(100_000)}${']'.repeat(100_000)}}}` },
    { name: '100,000-deep extensions', as: 'anonymous', raw: `{"query":"{ __typename }","extensions":{"x":${'['.repeat(100_000)}${']'.repeat(100_000)}}}` },
    { name: 'deep rows of a bulk upsert', raw: `{"query":${JSON.stringify(UPSERT)},"variables":{"input":{"rows":${'['.repeat(50_000)}${']'.repeat(50_000)}}}}` },
    { name: 'deep list literal', as: 'anonymous', query: `{ nodes(ids: ${'['.repeat(300)}${']'.repeat(300)}) { id } }` },
    // ------------------------------------------------------------- wrong types
    { name: 'first: "ten"', as: 'anonymous', query: `query($f: Int) { municipalities(first: $f) { totalCount } }`, variables: { f: 'ten' } },
    { name: 'first: 1e300', as: 'anonymous', query: `query($f: Int) { municipalities(first: $f) { totalCount } }`, variables: { f: 1e300 } },
    { name: 'first: -5', as: 'anonymous', query: `{ municipalities(first: -5) { totalCount } }` },
    { name: 'first: 101', as: 'anonymous', query: `{ municipalities(first: 101) { totalCount } }` },
    { name: 'first: 2147483648', as: 'anonymous', query: `{ municipalities(first: 2147483648) { totalCount } }` },
    { name: 'an object for an ID', as: 'anonymous', query: `query($id: ID!) { node(id: $id) { id } }`, variables: { id: { $gt: '' } } },
    { name: 'a number for a String', as: 'anonymous', query: `query($c: String!) { municipality(code: $c) { id } }`, variables: { c: 138 } },
    { name: 'a list for an input object', query: UPSERT, variables: { input: [] } },
    { name: 'variables as a string', as: 'anonymous', raw: '{"query":"{ __typename }","variables":"{}"}' },
    { name: 'variables as a list', as: 'anonymous', raw: '{"query":"{ __typename }","variables":[1,2]}' },
    { name: 'query as a number', as: 'anonymous', raw: '{"query":5}' },
    { name: 'the body null', as: 'anonymous', raw: 'null' },
    { name: 'the body a string', as: 'anonymous', raw: '"{ __typename }"' },
    { name: 'the body a list', as: 'anonymous', raw: '[{"query":"{ __typename }"}]' },
    { name: 'malformed JSON', as: 'anonymous', raw: '{"query": "{ __typename }", ' },
    { name: 'a duplicate key __proto__', as: 'anonymous', raw: '{"query":"{ __typename }","__proto__":{"polluted":true},"variables":{"__proto__":{"x":1}}}' },
    { name: 'an unknown persisted query', as: 'anonymous', raw: '{"extensions":{"persistedQuery":{"version":1,"sha256Hash":"deadbeef"}}}' },
    { name: 'a huge measurement value', query: UPSERT, variables: () => ({ input: { dryRun: true, rows: rows(1, () => ({ value: 1.7976931348623157e308 })) } }) },
    { name: 'a huge numerator over a tiny denominator', query: UPSERT, variables: () => ({ input: { dryRun: true, rows: rows(1, () => ({ value: null, numerator: 1e308, denominator: 1e-308 })) } }) },
    { name: 'a huge measurement value written', query: UPSERT, variables: () => ({ input: { rows: rows(1, () => ({ period: '1990', value: 1e300 })) } }) },
    { name: 'a huge numerator written', query: UPSERT, variables: () => ({ input: { rows: rows(1, () => ({ period: '1991', value: null, numerator: 1e308, denominator: 1e-308 })) } }) },
    {
      name: 'version 2147483647',
      query: `mutation($i: UpdateMeasurementInput!) { updateMeasurement(input: $i) { errors { field code } } }`,
      variables: { i: { id: toGlobalId('Measurement', UUID), version: 2147483647, footnote: 'x' } },
    },
    {
      name: 'a negative version',
      query: `mutation($i: UpdateMeasurementInput!) { updateMeasurement(input: $i) { errors { field code } } }`,
      variables: { i: { id: toGlobalId('Measurement', UUID), version: -1 } },
    },
    // ------------------------------------------------------------- unknown fields, odd ids
    { name: 'an unknown field', as: 'anonymous', query: `{ nope }` },
    { name: 'an unknown input field', query: UPSERT, variables: () => ({ input: { rows: rows(1, () => ({ evil: true })) } }) },
    { name: 'an unknown argument', as: 'anonymous', query: `{ municipalities(last: 5) { totalCount } }` },
    { name: 'a malformed id in a filter', as: 'anonymous', query: `{ indicators(where: { municipality: { eq: "garbage" } }) { totalCount } }` },
    {
      name: 'a forged global id in a filter',
      as: 'anonymous',
      query: `query($id: ID!) { goals(where: { municipality: { oneOf: [$id] } }) { totalCount } }`,
      variables: { id: b64('Municipality:not-a-uuid') },
    },
    { name: 'a global id of another type', as: 'anonymous', query: `query($id: ID!) { node(id: $id) { id } }`, variables: { id: b64(`Nope:${UUID}`) } },
    {
      name: 'a global id of a missing object',
      query: `mutation($i: ArchiveInput!) { archivePartner(input: $i) { errors { field code } } }`,
      variables: { i: { id: toGlobalId('Partner', UUID), version: 1 } },
    },
    { name: 'a malformed municipality id for an external id', query: `{ organisationUnitByExternalId(externalId: "K1", municipalityId: "garbage") { id } }` },
    {
      name: 'a goal id as a municipality id for an external id',
      query: `query($m: ID) { organisationUnitByExternalId(externalId: "K1", municipalityId: $m) { id } }`,
      variables: { m: toGlobalId('Goal', UUID) },
    },
    {
      name: 'a malformed unit id for a series',
      as: 'anonymous',
      query: `query($id: ID!) { node(id: $id) { ... on Indicator { series(organisationUnitId: "garbage") { period } } } }`,
      variables: () => ({ id: indicator.id }),
    },
    { name: 'a malformed indicator id in a filter', as: 'anonymous', query: `{ measurements(where: { indicator: { oneOf: ["garbage", "", "Z29hbA"] } }) { totalCount } }` },
    {
      name: '1,000 ids to nodes',
      as: 'anonymous',
      query: `query($ids: [ID!]!) { nodes(ids: $ids) { id } }`,
      variables: { ids: Array.from({ length: 1000 }, (_, i) => toGlobalId('Goal', UUID.replace(/a$/, String(i % 10)))) },
    },
    { name: 'an external id of 100,000 characters', as: 'anonymous', query: `query($e: String!) { organisationUnitByExternalId(externalId: $e) { id } }`, variables: { e: 'k'.repeat(100_000) } },
    { name: 'a municipality code of SQL wildcards', as: 'anonymous', query: `{ municipality(code: "%_\\\\") { id } }` },
    { name: 'a search of LIKE and tsquery syntax', as: 'anonymous', query: `{ indicators(where: { search: "%_\\\\ ' :* & | ! ( ) <-> \\"" }) { totalCount } }` },
    { name: 'a search of 10,000 words', as: 'anonymous', query: `query($s: String) { goals(where: { search: $s }) { totalCount } }`, variables: { s: 'ord '.repeat(10_000) } },
    { name: 'a bearer token of garbage', as: 'anonymous', query: `{ me { kind } }`, headers: { authorization: `Bearer ${'x'.repeat(10_000)}` } },
    { name: 'a malformed authorization header', as: 'anonymous', query: `{ me { kind } }`, headers: { authorization: 'Basic Og==' } },
    { name: 'a session cookie of garbage', as: 'anonymous', query: `{ me { kind } }`, headers: { cookie: `inkludera_session=${'%'.repeat(1000)}` } },
    { name: 'an odd request id', as: 'anonymous', query: `{ __typename }`, headers: { 'x-request-id': '../../etc/passwd' } },
    // ------------------------------------------------------------- HTTP edges
    { name: 'no content type', as: 'anonymous', raw: '{"query":"{ __typename }"}', headers: { 'content-type': '' } },
    { name: 'text/plain', as: 'anonymous', raw: '{"query":"{ __typename }"}', headers: { 'content-type': 'text/plain' } },
    { name: 'a malformed percent-encoding in a path', as: 'anonymous', get: '/%E0%A4%A' },
    { name: 'a malformed percent-encoding under /open', as: 'anonymous', get: '/open/v1/%ff/values.csv' },
    { name: 'a NUL in an open-data path', as: 'anonymous', get: '/open/v1/01%0038/values.json' },
    { name: 'a NUL in an open-data query', as: 'anonymous', get: '/open/v1/0138/values.json?from=2020%00' },
    { name: 'changedSince 2024-02-30', as: 'anonymous', get: '/open/v1/0138/values.json?changedSince=2024-02-30T00:00:00Z' },
    { name: 'a repeated query parameter', as: 'anonymous', get: '/open/v1/0138/values.json?sex=MEN&sex=WOMEN' },
    { name: 'a GET query with NUL', as: 'anonymous', get: `/graphql?query=${encodeURIComponent('{ municipality(code: "\\u0000") { id } }')}`, headers: { 'apollo-require-preflight': 'true' } },
    { name: 'a GET query with malformed variables', as: 'anonymous', get: `/graphql?query=${encodeURIComponent('{ __typename }')}&variables=%7B`, headers: { 'apollo-require-preflight': 'true' } },
  ];

  it('answers every hostile request as a client error, without internals', async () => {
    const failures: string[] = [];
    let count = 0;
    for (const raw of cases()) {
      const request = { ...raw, variables: typeof raw.variables === 'function' ? (raw.variables as () => unknown)() : raw.variables };
      const answer = await send(request);
      count += 1;
      // HOSTILE_PRINT=1 prints every answer.
      if (process.env.HOSTILE_PRINT) process.stdout.write(`## ${request.name} → ${answer.status} ${answer.text.slice(0, 400)}\n`);
      const found = leaks(answer);
      if (!found.length && request.check) {
        try {
          request.check(answer);
        } catch (error) {
          found.push(`expectation: ${(error as Error).message.split('\n').slice(0, 6).join(' ')}`);
        }
      }
      if (found.length) failures.push(`${request.name} → ${answer.status} ${answer.text.slice(0, 300)}\n    ${found.join('\n    ')}`);
    }
    process.stdout.write(`hostile input (${mode}): ${count} requests, ${failures.length} answered badly\n`);
    expect(count).toBeGreaterThan(90);
    expect(failures).toEqual([]);
  });

  it('still answers the ordinary requests next to the hostile ones', async () => {
    // Cursors the API gave out still work, on text, date, timestamp and integer sort columns.
    for (const [list, order] of [
      ['municipalities', ''],
      ['measurements', ''],
      ['goals', 'orderBy: { field: CREATED_AT }'],
      ['focusAreas', ''],
      ['auditEntries', ''],
    ] as const) {
      const all = await server.gql(`{ ${list}(first: 25 ${order}) { totalCount edges { cursor } } }`);
      expect(all.errors).toBeUndefined();
      const cursors = (all.data[list].edges as Array<{ cursor: string }>).map((e) => e.cursor);
      // Page by page, one item a page, gives the same items once each, in the same order.
      const paged: string[] = [];
      let after: string | null = null;
      while (paged.length < cursors.length) {
        const page: any = await server.gql(`query($a: String) { ${list}(first: 1, after: $a ${order}) { edges { cursor } pageInfo { endCursor hasNextPage } } }`, { a: after });
        expect(page.errors).toBeUndefined();
        paged.push(...(page.data[list].edges as Array<{ cursor: string }>).map((e) => e.cursor));
        if (!page.data[list].pageInfo.hasNextPage) break;
        after = page.data[list].pageInfo.endCursor;
      }
      expect(paged).toEqual(cursors);
    }
    // Text with ordinary non-ASCII (å, emoji as a surrogate pair) is accepted.
    const search = await server.anonymous(`query($s: String) { indicators(where: { search: $s }) { totalCount } }`, { s: 'Tyresö 😀' });
    expect(search.errors).toBeUndefined();
    const dryRun = await server.gql(UPSERT, { input: { dryRun: true, rows: rows(2, () => ({ footnote: 'Källa: SCB 😀, rad\ntvå' })) } });
    expect(dryRun.errors).toBeUndefined();
    expect(dryRun.data.upsertMeasurements.errors).toEqual([]);
  });

  it('answers an unexpected server fault with its request id only, and logs the details', async () => {
    // A fault inside the database (a table gone) is the server's error: 5xx-free JSON, no SQL, the request id.
    await server.dataSource.query('ALTER TABLE partner RENAME TO partner_hidden');
    const errorLog = jest.spyOn(server.logger, 'error');
    try {
      const response = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-request-id': `hostile-${mode}`, ...server.operatorHeaders },
        body: JSON.stringify({ query: '{ partners { totalCount } }' }),
      });
      const text = await response.text();
      const body = JSON.parse(text) as { errors: Array<{ message: string; extensions: Record<string, unknown> }> };
      expect(body.errors).toHaveLength(1);
      expect(body.errors[0]).toEqual({
        message: expect.not.stringMatching(/partner|relation|SELECT/i),
        locations: expect.any(Array),
        path: ['partners'],
        extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: `hostile-${mode}` },
      });
      expect(text).not.toMatch(/partner_hidden|relation "|SELECT|\.ts:|node_modules|\n\s+at /);
      // The log has what the client does not: the request id with the database's own message.
      const line = errorLog.mock.calls.map((call) => JSON.stringify(call)).find((text) => text.includes(`hostile-${mode}`));
      expect(line).toMatch(/partner/);
    } finally {
      errorLog.mockRestore();
      await server.dataSource.query('ALTER TABLE partner_hidden RENAME TO partner');
    }
  });
});

describe('error details (EXPOSE_ERROR_DETAILS)', () => {
  it('are off by default, also for the README start (NODE_ENV unset, development)', () => {
    const config = loadConfig({});
    expect(config.env).toBe('development');
    expect(config.exposeErrorDetails).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production' }).exposeErrorDetails).toBe(false);
    expect(loadConfig({ EXPOSE_ERROR_DETAILS: 'true' }).exposeErrorDetails).toBe(true);
  });

  it('show an internal error’s message and stack trace only when turned on', async () => {
    const server = await startTestServer({ env: 'development', seedDemo: false, exposeErrorDetails: true, logLevel: 'fatal' });
    try {
      await server.dataSource.query('ALTER TABLE partner RENAME TO partner_hidden');
      const answer = await server.gql('{ partners { totalCount } }');
      expect(answer.errors?.[0]).toMatchObject({
        message: 'relation "partner" does not exist',
        extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: expect.arrayContaining([expect.stringMatching(/^QueryFailedError/)]), requestId: expect.any(String) },
      });
    } finally {
      await server.dataSource.query('ALTER TABLE partner_hidden RENAME TO partner');
      await server.stop();
    }
  });
});
