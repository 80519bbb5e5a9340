import { createHash } from 'node:crypto';
import { loadConfig } from '../src/config';
import { getSchema } from '../src/graphql/schema';
import { ApiKeyScope, StaffRole } from '../src/access/actor';
import { toGlobalId } from '../src/graphql/global-id';
import { rateLimitClock } from '../src/http/rate-limit';
import { DEMO_API_KEYS, DEMO_PASSWORD, DEMO_USERS } from '../src/database/seed/demo-users';
import { LOGIN_MUTATION, login, startTestServer, TEST_OPERATOR, type GraphQLResult, type TestServer } from './helpers';

/**
 * Staff accounts against the real server and PostgreSQL: login (argon2, cookie, the same answer
 * for an unknown email and a wrong password, throttling), logout, password change, disabled users,
 * API keys (shown once, stored as SHA-256, Bearer, last use, revocation → 401), the audit log (one
 * entry for every mutation, who/when/what/before/after, admins only), the per-key rate limit and
 * the demo accounts.
 */

type Call = (query: string, variables?: Record<string, unknown>) => Promise<GraphQLResult<Record<string, any>>>;

const PASSWORD = 'ett långt lösenord 2026';
const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const ME = '{ me { kind user { email role platformOperator municipality { code } units { name } } municipality { code } } }';

interface Attempt {
  status: number;
  body: { data?: { login?: { user: { email: string } | null; expiresAt: string | null; errors: Array<{ code: string; message: string; field: string | null }> } }; errors?: unknown };
  cookies: string[];
}

describe('accounts', () => {
  let server: TestServer;
  let tyreso: string;
  let unitA: string;
  let admin: Call;

  const sql = async <T = Record<string, any>>(text: string, params: unknown[] = []) => (await server.dataSource.query(text, params)) as T[];
  const uuid = (globalId: string) => Buffer.from(globalId, 'base64url').toString('utf8').split(':')[1] as string;

  /** A login from a client address of our choice (the server trusts X-Forwarded-For from loopback). */
  async function attempt(email: string, password: string, ip = '10.0.0.1'): Promise<Attempt> {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': ip },
      body: JSON.stringify({ query: LOGIN_MUTATION, variables: { input: { email, password } } }),
    });
    return { status: response.status, body: (await response.json()) as Attempt['body'], cookies: response.headers.getSetCookie() };
  }
  const loginCode = (result: Attempt) => result.body.data?.login?.errors.map((error) => error.code).join(',') || 'ok';
  const sessionCookieOf = (result: Attempt) => result.cookies.find((line) => line.startsWith('inkludera_session='));

  /** Tables and the number of rows whose text holds `needle`, anywhere in the database. */
  async function whereInDatabase(needle: string): Promise<string[]> {
    const tables = await sql<{ table_name: string }>(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`);
    const found: string[] = [];
    for (const { table_name } of tables) {
      const [row] = await sql<{ count: string }>(`SELECT count(*) FROM "${table_name}" x WHERE position($1 in x::text) > 0`, [needle]);
      if (Number(row?.count)) found.push(table_name);
    }
    return found;
  }

  const newUser = async (email: string, role: StaffRole, units: string[] = []) => server.services.account.createUser(tyreso, { email, name: email, role, unitIds: units, password: PASSWORD });

  beforeAll(async () => {
    server = await startTestServer({ loginMaxFailures: 3, loginLockSeconds: 600 });
    tyreso = (await sql(`SELECT id FROM municipality WHERE code = '0138'`))[0]?.id;
    unitA = toGlobalId('OrganisationUnit', (await sql(`SELECT id FROM organisation_unit WHERE municipality_id = $1 AND name = 'Gymnasie- och arbetsmarknadsnämnden'`, [tyreso]))[0]?.id);
    await newUser('admin@tyreso.test', StaffRole.ADMIN);
    admin = server.as({ cookie: await login(server.url, 'admin@tyreso.test', PASSWORD) });
  });
  afterAll(() => server?.stop());

  describe('login, session and logout', () => {
    it('logs in with email and password into an httpOnly SameSite cookie; stores only hashes', async () => {
      const { user } = await newUser('anna@tyreso.test', StaffRole.VIEWER);
      const result = await attempt('  Anna@Tyreso.TEST ', PASSWORD);
      expect(result.status).toBe(200);
      expect(result.body.data?.login).toEqual({ user: { id: toGlobalId('User', user.id), email: 'anna@tyreso.test' }, expiresAt: expect.any(String), errors: [] });
      const hours = (Date.parse(result.body.data?.login?.expiresAt as string) - Date.now()) / 3_600_000;
      expect(hours).toBeGreaterThan(11.9);
      expect(hours).toBeLessThanOrEqual(12);

      const cookie = sessionCookieOf(result) as string;
      expect(cookie).toMatch(/^inkludera_session=ses_[A-Za-z0-9_-]{43}; Path=\/; Expires=[^;]+; HttpOnly; SameSite=Lax$/);
      const token = decodeURIComponent(cookie.split(';')[0]?.split('=')[1] as string);

      // The database has the token's SHA-256 and the password's argon2id hash, never the secrets themselves.
      expect(await sql(`SELECT user_id FROM session WHERE token_hash = $1`, [sha256(token)])).toEqual([{ user_id: user.id }]);
      const [stored] = await sql(`SELECT password_hash FROM app_user WHERE id = $1`, [user.id]);
      expect(stored?.password_hash).toMatch(/^\$argon2id\$v=19\$m=\d+,t=\d+,p=\d+\$/);
      expect(await whereInDatabase(token)).toEqual([]);
      expect(await whereInDatabase(PASSWORD)).toEqual([]);

      const me = await server.as({ cookie: cookie.split(';')[0] as string })(ME);
      expect(me.data.me).toEqual({
        kind: 'USER',
        user: { email: 'anna@tyreso.test', role: 'VIEWER', platformOperator: false, municipality: { code: '0138' }, units: [] },
        municipality: { code: '0138' },
      });
    });

    it('gives the same answer for an unknown email, a wrong password and a disabled account', async () => {
      const { user } = await newUser('bertil@tyreso.test', StaffRole.VIEWER);
      await newUser('disabled@tyreso.test', StaffRole.VIEWER).then(({ user: disabled }) => sql(`UPDATE app_user SET disabled_at = now() WHERE id = $1`, [disabled.id]));
      const wrong = await attempt('bertil@tyreso.test', 'fel lösenord men långt', '10.0.1.1');
      const unknown = await attempt('ingen@tyreso.test', 'fel lösenord men långt', '10.0.1.2');
      const disabled = await attempt('disabled@tyreso.test', PASSWORD, '10.0.1.3');
      expect(wrong.body).toEqual({ data: { login: { user: null, expiresAt: null, errors: [{ code: 'LOGIN_FAILED', field: null, message: 'The email address or the password is wrong.' }] } } });
      for (const other of [unknown, disabled]) {
        expect(other.status).toBe(wrong.status);
        expect(other.body).toEqual(wrong.body);
      }
      for (const result of [wrong, unknown, disabled]) expect(sessionCookieOf(result)).toBeUndefined();
      expect(await sql(`SELECT id FROM session WHERE user_id = $1`, [user.id])).toEqual([]);
    });

    it('locks an email after loginMaxFailures (3) failures, even for the right password, with the same answers for an unknown email', async () => {
      await newUser('cecilia@tyreso.test', StaffRole.VIEWER);
      const sequence = async (email: string, ip: string) => {
        const answers: Attempt['body'][] = [];
        for (let i = 0; i < 3; i++) answers.push((await attempt(email, 'fel lösenord men långt', ip)).body);
        answers.push((await attempt(email, PASSWORD, ip)).body); // the right one (for the known email), too late
        answers.push((await attempt(email, PASSWORD, '10.0.2.99')).body); // from another address: the email is locked
        return answers;
      };
      const known = await sequence('cecilia@tyreso.test', '10.0.2.1');
      const unknown = await sequence('ingen-alls@tyreso.test', '10.0.2.2');
      expect(known.map((body) => body.data?.login?.errors[0]?.code ?? 'ok')).toEqual(['LOGIN_FAILED', 'LOGIN_FAILED', 'TOO_MANY_ATTEMPTS', 'TOO_MANY_ATTEMPTS', 'TOO_MANY_ATTEMPTS']);
      expect(known[2]?.data?.login?.errors[0]?.message).toBe('Too many failed logins. Try again in 10 minutes.');
      expect(unknown).toEqual(known);

      // When the lock has run out (moved into the past here), the right password works and the count starts again.
      await sql(`UPDATE login_throttle SET locked_until = now() - interval '1 second' WHERE key = 'email:cecilia@tyreso.test'`);
      const after = await attempt('cecilia@tyreso.test', PASSWORD, '10.0.2.3');
      expect(loginCode(after)).toBe('ok');
      expect(sessionCookieOf(after)).toBeDefined();
      expect(await sql(`SELECT key FROM login_throttle WHERE key = 'email:cecilia@tyreso.test'`)).toEqual([]);
    });

    it('locks a client address that fails with many emails (4 × loginMaxFailures), but not other addresses', async () => {
      await newUser('david@tyreso.test', StaffRole.VIEWER);
      const codes: string[] = [];
      for (let i = 0; i < 12; i++) codes.push(loginCode(await attempt(`gissning-${i}@tyreso.test`, 'fel lösenord men långt', '10.0.3.1')));
      expect(codes).toEqual([...Array(11).fill('LOGIN_FAILED'), 'TOO_MANY_ATTEMPTS']);
      expect(loginCode(await attempt('david@tyreso.test', PASSWORD, '10.0.3.1'))).toBe('TOO_MANY_ATTEMPTS');
      expect(loginCode(await attempt('david@tyreso.test', PASSWORD, '10.0.3.2'))).toBe('ok');
    });

    it('logs out: the session ends, the cookie is cleared, and the old cookie is worth nothing', async () => {
      await newUser('erik@tyreso.test', StaffRole.VIEWER);
      const cookie = await login(server.url, 'erik@tyreso.test', PASSWORD);
      const token = decodeURIComponent(cookie.split('=')[1] as string);
      expect((await server.as({ cookie })(ME)).data.me.kind).toBe('USER');

      const response = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: JSON.stringify({ query: 'mutation { logout { loggedOut errors { code } } }' }),
      });
      expect(await response.json()).toEqual({ data: { logout: { loggedOut: true, errors: [] } } });
      expect(response.headers.getSetCookie()).toEqual(['inkludera_session=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly; SameSite=Lax']);
      expect(await sql(`SELECT id FROM session WHERE token_hash = $1`, [sha256(token)])).toEqual([]);
      expect((await server.as({ cookie })(ME)).data.me).toEqual({ kind: 'ANONYMOUS', user: null, municipality: null });
      // Without a session there is nothing to end.
      expect((await server.anonymous('mutation { logout { loggedOut } }')).data.logout).toEqual({ loggedOut: false });
    });

    it('checks an unknown email against a password hash too, so that both answers take about as long', async () => {
      await newUser('tid@tyreso.test', StaffRole.VIEWER);
      const time = async (email: string) => {
        await sql(`DELETE FROM login_throttle`);
        const started = process.hrtime.bigint();
        expect(loginCode(await attempt(email, 'fel lösenord men långt', '10.0.7.1'))).toBe('LOGIN_FAILED');
        return Number(process.hrtime.bigint() - started) / 1e6;
      };
      const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
      const wrong: number[] = [];
      const unknown: number[] = [];
      for (let i = 0; i < 7; i++) {
        wrong.push(await time('tid@tyreso.test'));
        unknown.push(await time(`okand-${i}@tyreso.test`));
      }
      // An argon2 check costs tens of milliseconds; skipping it for unknown emails would make them several times faster.
      expect(median(unknown)).toBeGreaterThan(median(wrong) * 0.5);
    });

    it('does not run a mutation sent as a cross-site "simple" request with the session cookie', async () => {
      await newUser('csrf@tyreso.test', StaffRole.ADMIN);
      const cookie = await login(server.url, 'csrf@tyreso.test', PASSWORD);
      const before = Number((await sql(`SELECT count(*) FROM partner`))[0]?.count);
      const response = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'text/plain', cookie },
        body: JSON.stringify({ query: 'mutation { createPartner(input: { name: "Förfalskad", kind: OTHER }) { errors { code } } }' }),
      });
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(Number((await sql(`SELECT count(*) FROM partner`))[0]?.count)).toBe(before);
      // Outside development and tests the cookie is Secure too.
      expect(loadConfig({ NODE_ENV: 'production' }).secureCookies).toBe(true);
    });

    it('treats an expired session as none', async () => {
      const { user } = await newUser('expired@tyreso.test', StaffRole.VIEWER);
      const cookie = await login(server.url, 'expired@tyreso.test', PASSWORD);
      await sql(`UPDATE session SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [user.id]);
      expect((await server.as({ cookie })(ME)).data.me.kind).toBe('ANONYMOUS');
      expect((await server.as({ cookie })('{ users { totalCount } }')).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    });

    it('changes the password: needs the current one, refuses a weak one, ends the other sessions', async () => {
      await newUser('frida@tyreso.test', StaffRole.EDITOR, [unitA]);
      const first = server.as({ cookie: await login(server.url, 'frida@tyreso.test', PASSWORD) });
      const second = server.as({ cookie: await login(server.url, 'frida@tyreso.test', PASSWORD) });
      const change = (call: Call, currentPassword: string, newPassword: string) =>
        call(`mutation($input: ChangePasswordInput!) { changePassword(input: $input) { user { email } errors { code field } } }`, { input: { currentPassword, newPassword } });

      expect((await change(first, 'inte det nuvarande', 'ett nytt långt lösenord')).data.changePassword).toEqual({ user: null, errors: [{ code: 'LOGIN_FAILED', field: 'currentPassword' }] });
      expect((await change(first, PASSWORD, 'kort')).data.changePassword).toEqual({ user: null, errors: [{ code: 'WEAK_PASSWORD', field: 'newPassword' }] });
      expect((await change(first, PASSWORD, 'frida-frida-frida-1')).data.changePassword.errors).toEqual([{ code: 'WEAK_PASSWORD', field: 'newPassword' }]);
      expect((await second(ME)).data.me.kind).toBe('USER'); // nothing changed yet

      expect((await change(first, PASSWORD, 'ett nytt långt lösenord')).data.changePassword).toEqual({ user: { email: 'frida@tyreso.test' }, errors: [] });
      expect((await first(ME)).data.me.kind).toBe('USER');
      expect((await second(ME)).data.me.kind).toBe('ANONYMOUS');
      expect(loginCode(await attempt('frida@tyreso.test', PASSWORD, '10.0.4.1'))).toBe('LOGIN_FAILED');
      expect(loginCode(await attempt('frida@tyreso.test', 'ett nytt långt lösenord', '10.0.4.1'))).toBe('ok');

      // Only a logged-in person has a password to change.
      expect((await change(server.anonymous, PASSWORD, 'ett nytt långt lösenord')).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      const { key } = await server.services.account.createApiKey(tyreso, null, { name: 'Nyckel utan lösenord', scopes: [ApiKeyScope.READ, ApiKeyScope.WRITE_PLANS] });
      expect((await change(server.as({ authorization: `Bearer ${key}` }), PASSWORD, 'ett nytt långt lösenord')).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    });

    it('ends the sessions of a user whom an admin disables, and lets them in again when enabled', async () => {
      const { user } = await newUser('gustav@tyreso.test', StaffRole.VIEWER);
      const cookie = await login(server.url, 'gustav@tyreso.test', PASSWORD);
      const update = (disabled: boolean, version: number) =>
        admin(`mutation($input: UpdateUserInput!) { updateUser(input: $input) { user { disabledAt version } errors { code } } }`, { input: { id: toGlobalId('User', user.id), version, disabled } });
      const disabled = (await update(true, 1)).data.updateUser;
      expect(disabled).toEqual({ user: { disabledAt: expect.any(String), version: 2 }, errors: [] });
      expect((await server.as({ cookie })(ME)).data.me.kind).toBe('ANONYMOUS');
      expect(loginCode(await attempt('gustav@tyreso.test', PASSWORD, '10.0.5.1'))).toBe('LOGIN_FAILED');
      expect((await update(false, 2)).data.updateUser.errors).toEqual([]);
      expect(loginCode(await attempt('gustav@tyreso.test', PASSWORD, '10.0.5.1'))).toBe('ok');
    });
  });

  describe('users and API keys', () => {
    const CREATE_KEY = `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) {
      key apiKey { id name prefix scopes lastUsedAt revokedAt units { id } createdBy { email } } errors { code field } } }`;

    it('shows a new key once, stores only its SHA-256, and never lists it', async () => {
      const { data } = await admin(CREATE_KEY, { input: { name: 'Ekonomisystemet', scopes: ['READ', 'WRITE_MEASUREMENTS'], unitIds: [unitA] } });
      const { key, apiKey, errors } = data.createApiKey;
      expect(errors).toEqual([]);
      expect(key).toMatch(/^ink_[A-Za-z0-9_-]{43}$/);
      expect(apiKey).toEqual({
        id: expect.any(String),
        name: 'Ekonomisystemet',
        prefix: key.slice(0, 12),
        scopes: ['READ', 'WRITE_MEASUREMENTS'],
        lastUsedAt: null,
        revokedAt: null,
        units: [{ id: unitA }],
        createdBy: { email: 'admin@tyreso.test' },
      });

      expect(await sql(`SELECT token_hash FROM api_key WHERE id = $1`, [uuid(apiKey.id)])).toEqual([{ token_hash: sha256(key) }]);
      // Nowhere in the database (the audit log included), and in no later answer.
      expect(await whereInDatabase(key)).toEqual([]);
      expect(await whereInDatabase(key.slice(12))).toEqual([]);
      const listed = await admin('{ apiKeys(first: 100) { nodes { id name prefix scopes lastUsedAt revokedAt createdBy { email } units { name } } } }');
      expect(JSON.stringify(listed)).toContain(apiKey.id);
      expect(JSON.stringify(listed)).not.toContain(key.slice(12));
      const audit = await admin(`query($id: ID!) { auditEntries(objectId: $id) { nodes { operation before after } } }`, { id: apiKey.id });
      expect(audit.data.auditEntries.nodes).toEqual([{ operation: 'createApiKey', before: null, after: expect.objectContaining({ name: 'Ekonomisystemet' }) }]);
      expect(JSON.stringify(audit.data)).not.toMatch(/tokenHash|token_hash/);
    });

    it('takes the key as Authorization: Bearer and notes when it was last used', async () => {
      const { data } = await admin(CREATE_KEY, { input: { name: 'Statistiksystemet', scopes: ['READ'] } });
      const { key, apiKey } = data.createApiKey;
      const started = Date.now();
      const me = await server.as({ authorization: `Bearer ${key}` })(ME);
      expect(me.data.me).toEqual({ kind: 'API_KEY', user: null, municipality: { code: '0138' } });
      const [row] = await sql(`SELECT last_used_at FROM api_key WHERE id = $1`, [uuid(apiKey.id)]);
      expect(new Date(row?.last_used_at).getTime()).toBeGreaterThanOrEqual(started - 1000);
      const listed = (await admin('{ apiKeys(first: 100) { nodes { id lastUsedAt } } }')).data.apiKeys.nodes.find((node: { id: string }) => node.id === apiKey.id);
      expect(Date.parse(listed.lastUsedAt)).toBeGreaterThanOrEqual(started - 1000);
    });

    it('refuses a revoked key, an unknown key and a malformed header with HTTP 401', async () => {
      const { data } = await admin(CREATE_KEY, { input: { name: 'Gamla systemet', scopes: ['READ'] } });
      const { key, apiKey } = data.createApiKey;
      const bearer = server.as({ authorization: `Bearer ${key}` });
      expect((await bearer('{ municipalities { totalCount } }')).status).toBe(200);

      const revoked = await admin(`mutation($id: ID!) { revokeApiKey(id: $id) { apiKey { revokedAt } errors { code } } }`, { id: apiKey.id });
      expect(revoked.data.revokeApiKey).toEqual({ apiKey: { revokedAt: expect.any(String) }, errors: [] });

      const post = (authorization: string) =>
        fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization }, body: JSON.stringify({ query: '{ municipalities { totalCount } }' }) });
      for (const authorization of [`Bearer ${key}`, 'Bearer ink_ingen_sadan_nyckel', `Basic ${key}`, 'Bearer']) {
        const response = await post(authorization);
        expect(response.status).toBe(401);
        expect(response.headers.get('www-authenticate')).toBe('Bearer');
        expect(((await response.json()) as { errors: Array<{ extensions: { code: string } }> }).errors.map((error) => error.extensions.code)).toEqual(['UNAUTHENTICATED']);
      }
    });

    it('needs at least one scope, and units of the municipality', async () => {
      expect((await admin(CREATE_KEY, { input: { name: 'Utan behörighet', scopes: [] } })).data.createApiKey).toEqual({ key: null, apiKey: null, errors: [{ code: 'REQUIRED', field: 'scopes' }] });
      const tranemoUnit = toGlobalId('OrganisationUnit', (await sql(`SELECT u.id FROM organisation_unit u JOIN municipality m ON m.id = u.municipality_id WHERE m.code = '1498' LIMIT 1`))[0]?.id);
      expect((await admin(CREATE_KEY, { input: { name: 'Fel kommun', scopes: ['READ'], unitIds: [tranemoUnit] } })).data.createApiKey.errors).toEqual([{ code: 'NOT_FOUND', field: 'unitIds[0]' }]);
    });

    it('lets an admin create users with a role (an EDITOR with units) and list only their own municipality', async () => {
      const create = (input: Record<string, unknown>) =>
        admin(`mutation($input: CreateUserInput!) { createUser(input: $input) { initialPassword user { email role units { id } municipality { code } } errors { code field } } }`, { input });
      const editor = (await create({ email: 'hanna@tyreso.test', name: 'Hanna', role: 'EDITOR', unitIds: [unitA] })).data.createUser;
      expect(editor).toEqual({
        initialPassword: expect.stringMatching(/^.{20}$/),
        user: { email: 'hanna@tyreso.test', role: 'EDITOR', units: [{ id: unitA }], municipality: { code: '0138' } },
        errors: [],
      });
      expect(loginCode(await attempt('hanna@tyreso.test', editor.initialPassword, '10.0.6.1'))).toBe('ok');
      expect((await create({ email: 'ivar@tyreso.test', name: 'Ivar', role: 'EDITOR' })).data.createUser.errors).toEqual([{ code: 'REQUIRED', field: 'unitIds' }]);
      expect((await create({ email: 'hanna@tyreso.test', name: 'Hanna igen', role: 'VIEWER' })).data.createUser.errors).toEqual([{ code: 'DUPLICATE', field: 'email' }]);
      expect((await create({ email: 'jon@tyreso.test', name: 'Jon', role: 'VIEWER', password: 'kort' })).data.createUser.errors).toEqual([{ code: 'WEAK_PASSWORD', field: 'password' }]);

      const users = (await admin('{ users(first: 100) { totalCount nodes { email municipality { code } } } }')).data.users;
      expect(users.nodes.map((user: { email: string }) => user.email)).toContain('hanna@tyreso.test');
      expect(new Set(users.nodes.map((user: { municipality: { code: string } }) => user.municipality.code))).toEqual(new Set(['0138']));
      expect(users.nodes.map((user: { email: string }) => user.email)).not.toContain('admin@tranemo.demo');

      // Reading users and keys is the admin's: not a viewer's, a key's, or the platform operator's.
      const viewer = server.as({ cookie: await login(server.url, 'anna@tyreso.test', PASSWORD) });
      const { key } = await server.services.account.createApiKey(tyreso, null, { name: 'Läser allt', scopes: [ApiKeyScope.READ] });
      for (const call of [viewer, server.as({ authorization: `Bearer ${key}` }), server.gql]) {
        for (const query of ['{ users { totalCount } }', '{ apiKeys { totalCount } }']) expect((await call(query)).errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
      }
    });
  });

  describe('the audit log', () => {
    it('has one entry for every mutation of the schema: who, when, what, before and after', async () => {
      const started = new Date(Date.now() - 1000);
      const expected: Array<{ operation: string; actorKind: string; actorLabel: string; objectId: string | null; before: 'null' | 'object'; after: 'null' | 'object' }> = [];
      const run = async (
        call: Call,
        label: [string, string],
        operation: string,
        args: string,
        variables: Record<string, unknown>,
        field: string | null,
        before: 'null' | 'object',
        after: 'null' | 'object' = 'object',
      ) => {
        const selection = field ? `${field} { id }` : '';
        const result = await call(
          `mutation${args ? `(${args})` : ''} { ${operation}${args ? `(${args.replace(/\$(\w+):[^,]+/g, '$1: $$$1')})` : ''} { errors { code field message } ${selection} } }`,
          variables,
        );
        const payload = result.data?.[operation];
        if (result.errors || payload?.errors?.length) throw new Error(`${operation}: ${JSON.stringify(result)}`);
        const objectId = field ? (payload[field].id as string) : null;
        expected.push({ operation, actorKind: label[0], actorLabel: label[1], objectId, before, after });
        return objectId as string;
      };
      const version = async (globalId: string) => {
        const type = Buffer.from(globalId, 'base64url').toString('utf8').split(':')[0] as string;
        const table =
          {
            User: 'app_user',
            OrganisationUnit: 'organisation_unit',
            SteeringDocument: 'steering_document',
            FocusArea: 'focus_area',
            ReportingRound: 'reporting_round',
            UnitReport: 'unit_report',
            ConsultationResponse: 'consultation_response',
          }[type] ?? type.toLowerCase();
        return (await sql(`SELECT version FROM ${table} WHERE id = $1`, [uuid(globalId)]))[0]?.version as number;
      };
      const input = (type: string) => `$input: ${type}!`;
      const OPERATOR: [string, string] = ['OPERATOR', TEST_OPERATOR.email];

      // The operator makes a municipality and its first admin logs in.
      const m = await run(server.gql, OPERATOR, 'createMunicipality', input('CreateMunicipalityInput'), { input: { code: '0997', name: 'Revisionsby' } }, 'municipality', 'null');
      await server.services.account.createUser(uuid(m), { email: 'admin@revisionsby.test', name: 'Revisor', role: StaffRole.ADMIN, password: PASSWORD });
      const cookie = await login(server.url, 'admin@revisionsby.test', PASSWORD);
      const adminId = (await server.as({ cookie })('{ me { user { id } } }')).data.me.user.id as string;
      expected.push({ operation: 'login', actorKind: 'USER', actorLabel: 'admin@revisionsby.test', objectId: adminId, before: 'null', after: 'null' });
      const a = server.as({ cookie });
      const ADMIN: [string, string] = ['USER', 'admin@revisionsby.test'];

      await run(a, ADMIN, 'updateMunicipality', input('UpdateMunicipalityInput'), { input: { id: m, version: await version(m), name: 'Revisionsby kommun' } }, 'municipality', 'object');
      const unit = await run(a, ADMIN, 'createOrganisationUnit', input('CreateOrganisationUnitInput'), { input: { kind: 'COMMITTEE', name: 'Nämnden' } }, 'organisationUnit', 'null');
      await run(
        a,
        ADMIN,
        'updateOrganisationUnit',
        input('UpdateOrganisationUnitInput'),
        { input: { id: unit, version: await version(unit), name: 'Nämnden för allt' } },
        'organisationUnit',
        'object',
      );
      const document = await run(a, ADMIN, 'createSteeringDocument', input('CreateSteeringDocumentInput'), { input: { kind: 'PLAN', title: 'Plan', ownerUnitId: unit } }, 'steeringDocument', 'null');
      await run(
        a,
        ADMIN,
        'updateSteeringDocument',
        input('UpdateSteeringDocumentInput'),
        { input: { id: document, version: await version(document), description: 'Om planen' } },
        'steeringDocument',
        'object',
      );
      await run(
        a,
        ADMIN,
        'createSteeringDocumentVersion',
        input('CreateSteeringDocumentVersionInput'),
        { input: { id: document, version: await version(document), changeNote: 'Ny version', title: 'Plan 2' } },
        'steeringDocument',
        'object',
      );
      const area = await run(
        a,
        ADMIN,
        'createFocusArea',
        input('CreateFocusAreaInput'),
        { input: { steeringDocumentId: document, key: 'WORK', nameSv: 'Arbete', nameEn: 'Work' } },
        'focusArea',
        'null',
      );
      await run(a, ADMIN, 'updateFocusArea', input('UpdateFocusAreaInput'), { input: { id: area, version: await version(area), nameSv: 'Arbete och studier' } }, 'focusArea', 'object');
      const goal = await run(
        a,
        ADMIN,
        'createGoal',
        input('CreateGoalInput'),
        { input: { steeringDocumentId: document, focusAreaId: area, level: 'COMMITTEE_GOAL', ownerUnitId: unit, title: 'Mål' } },
        'goal',
        'null',
      );
      await run(a, ADMIN, 'updateGoal', input('UpdateGoalInput'), { input: { id: goal, version: await version(goal), title: 'Bättre mål' } }, 'goal', 'object');
      const indicator = await run(
        a,
        ADMIN,
        'createIndicator',
        input('CreateIndicatorInput'),
        {
          input: {
            nameSv: 'Andel',
            unit: 'PERCENT',
            decimals: 1,
            direction: 'INCREASE',
            periodicity: 'YEAR',
            dividedBySex: false,
            responsibleImplementationUnitId: unit,
            responsibleFollowUpUnitId: unit,
            goalIds: [goal],
          },
        },
        'indicator',
        'null',
      );
      await run(a, ADMIN, 'updateIndicator', input('UpdateIndicatorInput'), { input: { id: indicator, version: await version(indicator), nameSv: 'Andel i arbete' } }, 'indicator', 'object');
      const target = await run(a, ADMIN, 'createTarget', input('CreateTargetInput'), { input: { indicatorId: indicator, period: '2030', value: 70 } }, 'target', 'null');
      await run(a, ADMIN, 'updateTarget', input('UpdateTargetInput'), { input: { id: target, version: await version(target), value: 75 } }, 'target', 'object');
      await run(a, ADMIN, 'archiveTarget', input('ArchiveInput'), { input: { id: target, version: await version(target) } }, 'target', 'object');
      const partner = await run(a, ADMIN, 'createPartner', input('CreatePartnerInput'), { input: { name: 'Föreningen', kind: 'ASSOCIATION' } }, 'partner', 'null');
      await run(a, ADMIN, 'updatePartner', input('UpdatePartnerInput'), { input: { id: partner, version: await version(partner), name: 'Föreningen i byn' } }, 'partner', 'object');
      const activity = await run(a, ADMIN, 'createActivity', input('CreateActivityInput'), { input: { title: 'Insats', goalIds: [goal], partnerIds: [partner] } }, 'activity', 'null');
      await run(a, ADMIN, 'updateActivity', input('UpdateActivityInput'), { input: { id: activity, version: await version(activity), title: 'Större insats' } }, 'activity', 'object');
      await run(a, ADMIN, 'addActivityNote', input('AddActivityNoteInput'), { input: { activityId: activity, doneOn: '2026-01-15', text: 'Första träffen' } }, 'activityNote', 'null');
      const agreement = await run(a, ADMIN, 'createAgreement', input('CreateAgreementInput'), { input: { kind: 'IOP', title: 'IOP', partnerIds: [partner] } }, 'agreement', 'null');
      await run(a, ADMIN, 'updateAgreement', input('UpdateAgreementInput'), { input: { id: agreement, version: await version(agreement), title: 'IOP 2' } }, 'agreement', 'object');

      // A reporting round: opened, written, assessed, submitted, returned, submitted again, approved, locked.
      const round = await run(
        a,
        ADMIN,
        'openReportingRound',
        input('OpenReportingRoundInput'),
        { input: { steeringDocumentId: document, period: '2024', deadline: '2025-02-14', unitIds: [unit] } },
        'reportingRound',
        'null',
      );
      const report = toGlobalId('UnitReport', (await sql(`SELECT id FROM unit_report WHERE round_id = $1`, [uuid(round)]))[0]?.id);
      await run(a, ADMIN, 'updateUnitReport', input('UpdateUnitReportInput'), { input: { id: report, version: await version(report), analysis: 'Analys' } }, 'unitReport', 'object');
      await run(a, ADMIN, 'assessGoal', input('AssessGoalInput'), { input: { unitReportId: report, goalId: goal, assessment: 'ACHIEVED', comment: 'Uppfyllt.' } }, 'goalAssessment', 'object');
      // The indicator has no value for 2024 yet: the gap is explained before submitting.
      await run(
        a,
        ADMIN,
        'explainMissingValue',
        input('ExplainMissingValueInput'),
        { input: { unitReportId: report, indicatorId: indicator, explanation: 'Värdet publiceras i mars.' } },
        'unitReport',
        'object',
      );
      await run(a, ADMIN, 'submitUnitReport', input('UnitReportActionInput'), { input: { id: report, version: await version(report) } }, 'unitReport', 'object');
      await run(a, ADMIN, 'returnUnitReport', input('ReturnUnitReportInput'), { input: { id: report, version: await version(report), comment: 'Komplettera.' } }, 'unitReport', 'object');
      await run(a, ADMIN, 'submitUnitReport', input('UnitReportActionInput'), { input: { id: report, version: await version(report) } }, 'unitReport', 'object');
      await run(a, ADMIN, 'approveUnitReport', input('UnitReportActionInput'), { input: { id: report, version: await version(report) } }, 'unitReport', 'object');
      await run(a, ADMIN, 'approveReportingRound', input('ReportingRoundActionInput'), { input: { id: round, version: await version(round) } }, 'reportingRound', 'object');
      await run(
        a,
        ADMIN,
        'reviseReportingRound',
        input('ReviseReportingRoundInput'),
        { input: { id: round, version: await version(round), deadline: '2025-06-30', reason: 'Rättelse.' } },
        'reportingRound',
        'null',
      );

      // A consultation (remiss) of the draft: sent, answered, closed.
      const consultation = await run(
        a,
        ADMIN,
        'sendConsultation',
        input('SendConsultationInput'),
        { input: { steeringDocumentId: document, unitIds: [unit], deadline: '2030-01-31' } },
        'consultation',
        'null',
      );
      const response = toGlobalId('ConsultationResponse', (await sql(`SELECT id FROM consultation_response WHERE consultation_id = $1`, [uuid(consultation)]))[0]?.id);
      await run(
        a,
        ADMIN,
        'answerConsultation',
        input('AnswerConsultationInput'),
        { input: { id: response, version: await version(response), views: 'Inga synpunkter.' } },
        'consultationResponse',
        'object',
      );
      await run(a, ADMIN, 'closeConsultation', input('CloseConsultationInput'), { input: { id: consultation, version: await version(consultation) } }, 'consultation', 'object');

      // Keys and users.
      const createdKey = await a(`mutation { createApiKey(input: { name: "Verksamhetssystemet", scopes: [READ, WRITE_MEASUREMENTS] }) { key apiKey { id } errors { code } } }`);
      const keyId = createdKey.data.createApiKey.apiKey.id as string;
      expected.push({ operation: 'createApiKey', actorKind: 'USER', actorLabel: 'admin@revisionsby.test', objectId: keyId, before: 'null', after: 'object' });
      const key = server.as({ authorization: `Bearer ${createdKey.data.createApiKey.key}` });
      const KEY: [string, string] = ['API_KEY', 'Verksamhetssystemet'];
      await run(key, KEY, 'upsertMeasurements', input('UpsertMeasurementsInput'), { input: { rows: [{ indicatorId: indicator, period: '2024', sex: 'TOTAL', value: 61.5 }] } }, null, 'null');
      const measurement = toGlobalId('Measurement', (await sql(`SELECT id FROM measurement WHERE indicator_id = $1`, [uuid(indicator)]))[0]?.id);
      await run(key, KEY, 'updateMeasurement', input('UpdateMeasurementInput'), { input: { id: measurement, version: await version(measurement), value: 62.5 } }, 'measurement', 'object');
      await run(key, KEY, 'archiveMeasurement', input('ArchiveMeasurementInput'), { input: { id: measurement, version: await version(measurement) } }, 'measurement', 'object');
      const otherKey = toGlobalId('ApiKey', (await server.services.account.createApiKey(uuid(m), null, { name: 'Att återkalla', scopes: [ApiKeyScope.READ] })).apiKey.id);
      await run(a, ADMIN, 'revokeApiKey', '$id: ID!', { id: otherKey }, 'apiKey', 'object');
      const user = await run(a, ADMIN, 'createUser', input('CreateUserInput'), { input: { email: 'kim@revisionsby.test', name: 'Kim', role: 'VIEWER', password: PASSWORD } }, 'user', 'null');
      await run(a, ADMIN, 'updateUser', input('UpdateUserInput'), { input: { id: user, version: await version(user), name: 'Kim K' } }, 'user', 'object');
      const kim = server.as({ cookie: await login(server.url, 'kim@revisionsby.test', PASSWORD) });
      expected.push({ operation: 'login', actorKind: 'USER', actorLabel: 'kim@revisionsby.test', objectId: user, before: 'null', after: 'null' });
      await run(
        kim,
        ['USER', 'kim@revisionsby.test'],
        'changePassword',
        input('ChangePasswordInput'),
        { input: { currentPassword: PASSWORD, newPassword: 'Ett helt annat lösen 99' } },
        'user',
        'null',
      );
      await run(kim, ['USER', 'kim@revisionsby.test'], 'logout', '', {}, null, 'null', 'null');

      // Archiving, innermost first.
      for (const [operation, id, field] of [
        ['archiveAgreement', agreement, 'agreement'],
        ['archiveActivity', activity, 'activity'],
        ['archivePartner', partner, 'partner'],
        ['archiveIndicator', indicator, 'indicator'],
        ['archiveGoal', goal, 'goal'],
        ['archiveFocusArea', area, 'focusArea'],
        ['archiveSteeringDocument', document, 'steeringDocument'],
      ] as const) {
        await run(a, ADMIN, operation, input('ArchiveInput'), { input: { id, version: await version(id) } }, field, 'object');
      }
      const spare = await run(a, ADMIN, 'createOrganisationUnit', input('CreateOrganisationUnitInput'), { input: { kind: 'UNIT', name: 'Tillfällig' } }, 'organisationUnit', 'null');
      await run(a, ADMIN, 'archiveOrganisationUnit', input('ArchiveInput'), { input: { id: spare, version: await version(spare) } }, 'organisationUnit', 'object');
      const closing = await run(server.gql, OPERATOR, 'createMunicipality', input('CreateMunicipalityInput'), { input: { code: '0996', name: 'Nedläggningsby' } }, 'municipality', 'null');
      await run(server.gql, OPERATOR, 'archiveMunicipality', input('ArchiveInput'), { input: { id: closing, version: await version(closing) } }, 'municipality', 'object');

      // Every mutation of the schema was made above…
      const schema = await getSchema();
      const mutations = Object.keys(schema.getMutationType()?.getFields() ?? {}).sort();
      expect([...new Set(expected.map((entry) => entry.operation))].sort()).toEqual(mutations);

      // …and each has exactly its entry, naming the caller, the object, and its state before and after.
      const entries = await sql(
        `SELECT operation, actor_kind, actor_id, actor_label, object_id, before, after, request_id, at FROM audit_entry
         WHERE at >= $1 AND actor_label IN ('admin@revisionsby.test', 'kim@revisionsby.test', 'Verksamhetssystemet', $2) ORDER BY at, operation`,
        [started, TEST_OPERATOR.email],
      );
      const shape = (value: unknown) => (value === null ? 'null' : 'object');
      expect(
        entries.map((entry) => ({
          operation: entry.operation,
          actorKind: entry.actor_kind,
          actorLabel: entry.actor_label,
          objectId: entry.object_id,
          before: shape(entry.before),
          after: shape(entry.after),
        })),
      ).toEqual(expected);
      for (const entry of entries) {
        expect(entry.request_id).toMatch(/\S/);
        expect(entry.actor_id).toMatch(/\S/);
        expect(JSON.stringify([entry.before, entry.after])).not.toMatch(/passwordHash|tokenHash|argon2/);
      }
      const byOperation = (operation: string) => entries.find((entry) => entry.operation === operation);
      expect(byOperation('updateGoal')).toMatchObject({ actor_id: adminId, before: { title: 'Mål', version: 1 }, after: { title: 'Bättre mål', version: 2 } });
      expect(byOperation('updateMeasurement')).toMatchObject({ actor_kind: 'API_KEY', actor_id: keyId, before: { value: 61.5 }, after: { value: 62.5 } });
      expect(byOperation('upsertMeasurements')?.after).toMatchObject({ upserted: 1, inserted: 1, rows: 1 });
      expect(byOperation('updateUser')).toMatchObject({ before: { name: 'Kim' }, after: { name: 'Kim K' } });
      expect(byOperation('revokeApiKey')).toMatchObject({ before: { revokedAt: null }, after: { revokedAt: expect.any(String) } });
    });

    it('writes nothing for a refused mutation or a dry run', async () => {
      const count = async () => Number((await sql(`SELECT count(*) FROM audit_entry`))[0]?.count);
      const before = await count();
      const indicator = toGlobalId('Indicator', (await sql(`SELECT id FROM indicator WHERE municipality_id = $1 LIMIT 1`, [tyreso]))[0]?.id);
      const dry = await admin(`mutation($input: UpsertMeasurementsInput!) { upsertMeasurements(input: $input) { dryRun upserted errors { code } } }`, {
        input: { dryRun: true, rows: [{ indicatorId: indicator, period: '2024', sex: 'TOTAL', value: 1 }] },
      });
      expect(dry.data.upsertMeasurements).toMatchObject({ dryRun: true, errors: [] });
      const refused = await admin(`mutation { createPartner(input: { name: "", kind: OTHER }) { errors { code } } }`);
      expect(refused.data.createPartner.errors.length).toBeGreaterThan(0);
      const forbidden = await server.anonymous(`mutation { createPartner(input: { name: "X", kind: OTHER }) { errors { code } } }`);
      expect(forbidden.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(await count()).toBe(before);
    });

    it("is read by the municipality's admins (their own entries, newest first) and by operators, by no one else", async () => {
      const query = '{ auditEntries(first: 100) { totalCount nodes { at operation actorLabel } } }';
      const entries = (await admin(query)).data.auditEntries.nodes as Array<{ at: string; operation: string; actorLabel: string }>;
      expect(entries.length).toBeGreaterThan(0);
      expect(entries.map((entry) => entry.at)).toEqual([...entries.map((entry) => entry.at)].sort().reverse());
      expect(entries.map((entry) => entry.actorLabel)).not.toContain('admin@revisionsby.test');
      const filtered = await admin(`{ auditEntries(operation: "createApiKey") { nodes { operation } } }`);
      expect(new Set(filtered.data.auditEntries.nodes.map((entry: { operation: string }) => entry.operation))).toEqual(new Set(['createApiKey']));
      // By who and when: the entries of one actor, within a time range (both ends included).
      const all = (await admin('{ auditEntries(first: 100) { nodes { at actorId actorLabel } } }')).data.auditEntries.nodes as Array<{ at: string; actorId: string | null; actorLabel: string }>;
      const someone = all.find((entry) => entry.actorId)!;
      const byActor = (await admin(`query($a: ID!) { auditEntries(first: 100, actorId: $a) { nodes { actorId } } }`, { a: someone.actorId })).data.auditEntries.nodes;
      expect(byActor.length).toBe(all.filter((entry) => entry.actorId === someone.actorId).length);
      expect(new Set(byActor.map((entry: { actorId: string }) => entry.actorId))).toEqual(new Set([someone.actorId]));
      const oldest = Date.parse(all[all.length - 1]!.at);
      const newest = Date.parse(all[0]!.at);
      const range = async (f: number | null, t: number | null) =>
        (
          await admin(`query($f: DateTimeISO, $t: DateTimeISO) { auditEntries(first: 100, from: $f, to: $t) { nodes { at } } }`, {
            f: f === null ? null : new Date(f).toISOString(),
            t: t === null ? null : new Date(t).toISOString(),
          })
        ).data.auditEntries.nodes.map((entry: { at: string }) => Date.parse(entry.at)) as number[];
      expect(await range(oldest, newest + 1000)).toHaveLength(all.length);
      expect(await range(newest + 1000, null)).toEqual([]);
      for (const at of await range(null, oldest - 1000)) expect(at).toBeLessThanOrEqual(oldest - 1000);
      const everything = (await server.gql(query)).data.auditEntries.nodes.map((entry: { actorLabel: string }) => entry.actorLabel);
      expect(everything).toEqual(expect.arrayContaining(['admin@revisionsby.test', 'admin@tyreso.test']));

      const viewer = server.as({ cookie: await login(server.url, 'anna@tyreso.test', PASSWORD) });
      const editor = server.as({ cookie: await login(server.url, 'frida@tyreso.test', 'ett nytt långt lösenord') });
      const { key } = await server.services.account.createApiKey(tyreso, null, { name: 'Allt utom revision', scopes: [ApiKeyScope.READ, ApiKeyScope.WRITE_PLANS, ApiKeyScope.WRITE_MEASUREMENTS] });
      for (const call of [viewer, editor, server.as({ authorization: `Bearer ${key}` })]) expect((await call(query)).errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
      expect((await server.anonymous(query)).errors?.map((error) => error.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    });
  });

  describe('the demo accounts', () => {
    it('has one demo user for each role, who logs in on the demo database with DEMO_PASSWORD', async () => {
      expect(new Set(DEMO_USERS.map((demo) => demo.role))).toEqual(new Set(['ADMIN', 'EDITOR', 'VIEWER', 'OPERATOR']));
      for (const demo of DEMO_USERS) {
        const me = (await server.as({ cookie: await login(server.url, demo.email, DEMO_PASSWORD) })(ME)).data.me;
        if (demo.role === 'OPERATOR') {
          expect(me).toEqual({ kind: 'OPERATOR', user: { email: demo.email, role: null, platformOperator: true, municipality: null, units: [] }, municipality: null });
        } else {
          expect(me).toEqual({
            kind: 'USER',
            user: { email: demo.email, role: demo.role, platformOperator: false, municipality: { code: demo.municipality }, units: 'unit' in demo ? [{ name: demo.unit }] : [] },
            municipality: { code: demo.municipality },
          });
        }
      }
    });

    it('has demo API keys of Tyresö that work as their scopes say', async () => {
      for (const demo of DEMO_API_KEYS) {
        const call = server.as({ authorization: `Bearer ${demo.key}` });
        expect((await call(ME)).data.me).toEqual({ kind: 'API_KEY', user: null, municipality: { code: '0138' } });
        const write = await call(`mutation { createPartner(input: { name: "Demo", kind: OTHER }) { errors { code } } }`);
        expect(write.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
        expect(demo.scopes).toContain(ApiKeyScope.READ);
      }
    });
  });
});

describe('the rate limit per API key', () => {
  const LIMIT = 3;
  let server: TestServer;
  let keys: string[];

  beforeAll(async () => {
    server = await startTestServer({ seedDemo: false, rateLimitPerKeyPerMinute: LIMIT });
    const { municipality } = await server.services.municipality.create({ code: '0995', name: 'Gränsby', organisationNumber: null });
    keys = [];
    for (const name of ['Ivrig', 'Lugn']) keys.push((await server.services.account.createApiKey(municipality.id, null, { name, scopes: [ApiKeyScope.READ] })).key);
  });
  afterAll(() => server?.stop());

  const post = (headers: Record<string, string> = {}) =>
    fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query: '{ municipalities { totalCount } }' }) });

  it(`answers ${LIMIT} requests a minute per key, then 429 with Retry-After; other keys and anonymous callers go on`, async () => {
    // Windows are whole minutes of the limiters' clock, set here: 30 s before the end of one, Retry-After is 30 s.
    const realNow = rateLimitClock.now;
    let clock = 500 * 60_000 + 30_000;
    rateLimitClock.now = () => clock;
    try {
      const eager = { authorization: `Bearer ${keys[0]}` };
      for (let i = 0; i < LIMIT; i++) expect((await post(eager)).status).toBe(200);
      const limited = await post(eager);
      expect(limited.status).toBe(429);
      const retryAfter = Number(limited.headers.get('retry-after'));
      expect(retryAfter).toBe(30);
      expect(await limited.json()).toEqual({ errors: [{ message: `Too many requests; try again in ${retryAfter} s.`, extensions: { code: 'RATE_LIMITED', retryAfterSeconds: retryAfter } }] });

      expect((await post({ authorization: `Bearer ${keys[1]}` })).status).toBe(200);
      for (let i = 0; i < LIMIT + 2; i++) expect((await post()).status).toBe(200);

      // The next window gives the key its allowance back.
      clock += 30_000;
      expect((await post(eager)).status).toBe(200);
    } finally {
      rateLimitClock.now = realNow;
    }
  });

  it('has no demo accounts in a database without demo data', async () => {
    const result = await postLogin(server.url, 'admin@tyreso.demo', DEMO_PASSWORD);
    expect(result.data.login.errors.map((error: { code: string }) => error.code)).toEqual(['LOGIN_FAILED']);
    expect(await server.dataSource.query(`SELECT email FROM app_user WHERE email LIKE '%.demo'`)).toEqual([]);
  });
});

async function postLogin(url: string, email: string, password: string) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: LOGIN_MUTATION, variables: { input: { email, password } } }),
  });
  return (await response.json()) as { data: { login: { errors: Array<{ code: string }> } } };
}
