import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../src/config';
import { createLogger, startServer, type RunningServer } from '../src/server';
import { API_ROOT, createTestDatabase, login, postGraphQL, type TestDatabase } from './helpers';

/**
 * `pnpm admin …`, the platform operator's command line, run as a user would: the built script in
 * a child process on a database named by DATABASE_URL (a fresh, empty one), and then the real
 * server on the same database to see that what the command line made works. The tests tell one
 * story in order: each builds on what the one before made.
 */

const ADMIN_JS = path.join(API_ROOT, 'dist', 'scripts', 'admin.js');
const REPO_ROOT = path.resolve(API_ROOT, '..', '..');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

const ME = '{ me { kind user { email role platformOperator municipality { code } } } }';

describe('pnpm admin', () => {
  let database: TestDatabase;
  let server: RunningServer | undefined;
  /** The first admin's password, as create-admin printed it. */
  let annaPassword = '';

  /** Runs the command line with exactly DATABASE_URL (and PATH, HOME); `stdin` is written to it, if given. */
  function admin(args: string[], stdin?: string, command: string[] = [process.execPath, ADMIN_JS]): Promise<Run> {
    return new Promise((resolve, reject) => {
      const child = spawn(command[0] as string, [...command.slice(1), ...args], {
        cwd: REPO_ROOT,
        env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/root', NODE_ENV: 'test', DATABASE_URL: database.url },
        stdio: ['pipe', 'pipe', 'pipe'],
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        reject(new Error(`pnpm admin ${args.join(' ')} did not finish. Output:\n${stdout}${stderr}`));
      }, 60_000);
      child.on('exit', (code) => {
        clearTimeout(timer);
        resolve({ code, stdout, stderr });
      });
      child.stdin.end(stdin ?? '');
    });
  }

  const passwordIn = (run: Run) => /^Password \(shown once\): (\S+)$/m.exec(run.stdout)?.[1];
  const query = async (sql: string, params: unknown[] = []) => (await (server as RunningServer).dataSource.query(sql, params)) as Array<Record<string, any>>;

  beforeAll(async () => {
    if (!fs.existsSync(ADMIN_JS)) throw new Error(`${ADMIN_JS} is missing: build first (npx tsc -p tsconfig.build.json).`);
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await server?.close();
    await database?.drop();
  });

  it('is the root package.json script "admin", and prints its usage', async () => {
    const root = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(root.scripts.admin).toBe('node packages/api/dist/scripts/admin.js');
    expect(path.resolve(REPO_ROOT, 'packages/api/dist/scripts/admin.js')).toBe(ADMIN_JS);

    const bare = await admin([]);
    expect(bare.code).toBe(2);
    for (const command of ['create-municipality', 'create-admin', 'create-operator', 'reset-password', 'list-municipalities']) expect(bare.stdout).toContain(command);
    const help = await admin(['help']);
    expect(help).toEqual({ code: 0, stdout: bare.stdout, stderr: '' });
  });

  it('creates a municipality in an empty database (migrating it first), without demo data', async () => {
    const created = await admin(['create-municipality', '--code', '0160', '--name', 'Täby kommun', '--organisation-number', '212000-0142']);
    expect(created).toEqual({ code: 0, stdout: 'Created Täby kommun (0160).\n', stderr: '' });
    // Through pnpm, as the README says.
    const listed = await admin(['--silent', 'admin', 'list-municipalities'], undefined, ['pnpm']);
    expect(listed).toMatchObject({ code: 0, stdout: '0160  Täby kommun  (0 users)\n' });
  });

  it('refuses bad input with a message and exit code 1, and changes nothing', async () => {
    const cases: Array<[string[], RegExp, string?]> = [
      [['create-municipality', '--code', '160', '--name', 'Täby'], /--code must be a four-digit municipality code/],
      [['create-municipality', '--code', '0160', '--name', 'Täby igen'], /Another municipality already has the code 0160/],
      [['create-municipality', '--code', '0161', '--name', 'Danderyd', '--organisation-number', '2120000142'], /--organisation-number must look like 212000-0142/],
      [['create-municipality', '--code', '0161'], /--name is required/],
      [['create-admin', '--municipality', '9999', '--email', 'x@example.se', '--name', 'X'], /No municipality has the code 9999/],
      [['create-admin', '--municipality', '0160', '--email', 'kort@taby.se', '--name', 'Kort', '--password-stdin'], /at least 12 characters/, 'kort\n'],
      [['create-admin', '--municipality', '0160', '--email', 'anna@taby.se', '--name', 'Anna', '--bogus'], /Unknown option '--bogus'/],
      [['reset-password', '--email', 'ingen@taby.se'], /No user has the email ingen@taby.se/],
      [['drop-everything'], /Unknown command "drop-everything"/],
    ];
    const runs = await Promise.all(cases.map(([args, , stdin]) => admin(args, stdin)));
    cases.forEach(([args, message], index) => {
      const run = runs[index] as Run;
      expect({ args, code: run.code, stdout: run.stdout }).toEqual({ args, code: 1, stdout: '' });
      expect(run.stderr).toMatch(message);
      expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace for expected mistakes
    });
    expect((await admin(['list-municipalities'])).stdout).toBe('0160  Täby kommun  (0 users)\n');
  });

  it('creates the first admin with a password shown once; they log in and manage the municipality', async () => {
    const created = await admin(['create-admin', '--municipality', '0160', '--email', 'Anna@Taby.se', '--name', 'Anna Andersson']);
    expect(created.code).toBe(0);
    expect(created.stdout).toMatch(/^Created ADMIN of Täby kommun anna@taby\.se\.\nPassword \(shown once\): \S{20}\n$/);
    const password = passwordIn(created) as string;
    annaPassword = password;
    const again = await admin(['create-admin', '--municipality', '0160', '--email', 'anna@taby.se', '--name', 'Anna igen']);
    expect(again).toMatchObject({ code: 1, stderr: 'There is already a user with the email anna@taby.se.\n' });

    const config = { ...loadConfig({ NODE_ENV: 'test' }), port: 0, host: '127.0.0.1', databaseUrl: database.url, seedDemo: false, loginMaxFailures: 2 };
    server = await startServer(config, createLogger(config));
    const [stored] = await query(`SELECT password_hash, role FROM app_user WHERE email = 'anna@taby.se'`);
    expect(stored).toEqual({ password_hash: expect.stringMatching(/^\$argon2id\$/), role: 'ADMIN' });
    expect(JSON.stringify(await query(`SELECT to_jsonb(u) FROM app_user u`))).not.toContain(password);

    const anna = (q: string, v?: Record<string, unknown>) => postGraphQL((server as RunningServer).url, q, v, { cookie });
    const cookie = await login(server.url, 'anna@taby.se', password);
    expect((await anna(ME)).data.me).toEqual({ kind: 'USER', user: { email: 'anna@taby.se', role: 'ADMIN', platformOperator: false, municipality: { code: '0160' } } });
    const colleague = await anna(`mutation { createUser(input: { email: "bo@taby.se", name: "Bo", role: VIEWER }) { user { email } errors { code } } }`);
    expect(colleague.data.createUser).toEqual({ user: { email: 'bo@taby.se' }, errors: [] });
    // An admin does not create municipalities: that is the operator's.
    const municipality = await anna(`mutation { createMunicipality(input: { code: "0162", name: "Vaxholm" }) { errors { code } } }`);
    expect(municipality.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await admin(['list-municipalities'])).stdout).toBe('0160  Täby kommun  (2 users)\n');
  });

  it('creates a platform operator with a password from standard input, who creates municipalities through the API', async () => {
    const created = await admin(['create-operator', '--email', 'drift@example.se', '--name', 'Drift', '--password-stdin'], 'en lång lösenfras för nattskiftet\n');
    expect(created).toEqual({ code: 0, stdout: 'Created platform operator drift@example.se.\n', stderr: '' });
    const url = (server as RunningServer).url;
    const cookie = await login(url, 'drift@example.se', 'en lång lösenfras för nattskiftet');
    expect((await postGraphQL(url, ME, {}, { cookie })).data.me).toEqual({ kind: 'OPERATOR', user: { email: 'drift@example.se', role: null, platformOperator: true, municipality: null } });
    const made = await postGraphQL(url, `mutation { createMunicipality(input: { code: "0187", name: "Vaxholms stad" }) { municipality { code } errors { code } } }`, {}, { cookie });
    expect(made.data.createMunicipality).toEqual({ municipality: { code: '0187' }, errors: [] });
    expect((await admin(['list-municipalities'])).stdout).toBe('0160  Täby kommun  (2 users)\n0187  Vaxholms stad  (0 users)\n');
  });

  it('resets a password: the old one and every session stop working, and a login lock is lifted', async () => {
    const url = (server as RunningServer).url;
    const [before] = await query(`SELECT id FROM app_user WHERE email = 'anna@taby.se'`);
    const oldCookie = await login(url, 'anna@taby.se', annaPassword);
    // Lock the email (loginMaxFailures is 2 on this server).
    for (let i = 0; i < 2; i++) await postGraphQL(url, `mutation { login(input: { email: "anna@taby.se", password: "fel fel fel fel" }) { errors { code } } }`);
    const locked = await postGraphQL(url, `mutation($p: String!) { login(input: { email: "anna@taby.se", password: $p }) { errors { code } } }`, { p: annaPassword });
    expect(locked.data.login.errors).toEqual([{ code: 'TOO_MANY_ATTEMPTS' }]);

    const reset = await admin(['reset-password', '--email', 'ANNA@taby.se']);
    expect(reset.code).toBe(0);
    expect(reset.stdout).toMatch(/^New password set; the user's sessions have ended\.\nPassword \(shown once\): \S{20}\n$/);
    const next = passwordIn(reset) as string;
    expect((await postGraphQL(url, ME, {}, { cookie: oldCookie })).data.me.kind).toBe('ANONYMOUS');
    await expect(login(url, 'anna@taby.se', annaPassword)).rejects.toThrow(/LOGIN_FAILED/);
    const cookie = await login(url, 'anna@taby.se', next);
    expect((await postGraphQL(url, ME, {}, { cookie })).data.me.user.email).toBe('anna@taby.se');
    expect(await query(`SELECT id FROM app_user WHERE email = 'anna@taby.se'`)).toEqual([before]);

    // With --password-stdin the new password is the one given, and nothing is printed but the notice.
    const chosen = await admin(['reset-password', '--email', 'anna@taby.se', '--password-stdin'], 'Egen ny lösenfras 2027\n');
    expect(chosen).toEqual({ code: 0, stdout: "New password set; the user's sessions have ended.\n", stderr: '' });
    await expect(login(url, 'anna@taby.se', 'Egen ny lösenfras 2027')).resolves.toMatch(/^inkludera_session=/);
  });
});
