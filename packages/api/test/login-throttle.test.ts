import type { DataSource } from 'typeorm';
import { verifyPassword } from '../src/access/secrets';
import { createDataSource } from '../src/database/data-source';
import { AccountService, type AccountSettings, type PasswordCheck } from '../src/modules/account/account.service';
import { OPERATOR_ROLE } from '../src/modules/account/user.entity';
import { DomainError } from '../src/graphql/user-error';
import { LOGIN_MUTATION, startTestServer, type TestServer } from './helpers';

/**
 * Login throttling under concurrency: however many attempts arrive at once, and at however many
 * API processes (here: two services, each with its own connection pool, like two processes on one
 * database), no more than LOGIN_MAX_FAILURES passwords are checked per email and window.
 */
const MAX = 5;
const SETTINGS: AccountSettings = { sessionHours: 1, loginMaxFailures: MAX, loginLockSeconds: 900, preparedStatements: true };
const PASSWORD = 'rätt lösenord som är långt';
const WRONG = 'fel lösenord men långt nog';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('login throttling under concurrency', () => {
  let server: TestServer;
  const pools: DataSource[] = [];
  let checks = 0;
  /** The real argon2 check, counted. */
  const counting: PasswordCheck = async (hash, password) => {
    checks += 1;
    return verifyPassword(hash, password);
  };
  let processes: AccountService[];

  beforeAll(async () => {
    server = await startTestServer({ seedDemo: false, loginMaxFailures: MAX, loginLockSeconds: 900 });
    for (let i = 0; i < 2; i++) {
      const pool = createDataSource({ url: server.database.url, poolSize: 20 });
      await pool.initialize();
      pools.push(pool);
    }
    processes = pools.map((pool) => new AccountService(pool, SETTINGS, counting));
  });
  afterAll(async () => {
    for (const pool of pools) await pool.destroy();
    await server?.stop();
  });

  const newUser = async (email: string) => {
    await server.services.account.createUserFromCli({ email, password: PASSWORD, name: email, role: OPERATOR_ROLE, municipalityId: null });
  };

  /** One attempt: 'ok', or the refusal's code. */
  const attempt = async (service: AccountService, email: string, password: string, address: string): Promise<string> => {
    try {
      await service.login(email, password, address);
      return 'ok';
    } catch (error) {
      if (error instanceof DomainError) return error.errors[0]?.code ?? 'unknown';
      throw error;
    }
  };

  /** `count` attempts started `gapMs` apart from different addresses, alternating between the processes; the right password at `rightAt`. */
  const send = (email: string, from: number, count: number, rightAt: number, gapMs: number) => {
    const answers: Array<Promise<string>> = [];
    return (async () => {
      for (let i = from; i < from + count; i++) {
        answers.push(attempt(processes[i % 2] as AccountService, email, i === rightAt ? PASSWORD : WRONG, `10.20.${Math.floor(i / 250)}.${i % 250}`));
        if (gapMs) await sleep(gapMs);
      }
      return answers;
    })();
  };
  const burst = async (email: string, count: number, rightAt: number, gapMs = 2) => {
    checks = 0;
    const answers = await Promise.all(await send(email, 0, count, rightAt, gapMs));
    return { answers, checked: checks };
  };

  /**
   * Waits until every slot of the email's window is taken (reserved by attempts whose checks may
   * still run). Which of many concurrent attempts gets a slot is the database's order, not the
   * order they were sent in; waiting for this makes "sent after the window was used up" exact.
   */
  const untilSlotsTaken = async (email: string) => {
    for (let tries = 0; tries < 500; tries++) {
      const rows = (await server.dataSource.query(`SELECT failures, locked_until IS NOT NULL AS locked FROM login_throttle WHERE key = $1`, [`email:${email}`])) as Array<{
        failures: number;
        locked: boolean;
      }>;
      if (rows[0] && (rows[0].locked || rows[0].failures >= MAX)) return;
      await sleep(20);
    }
    throw new Error(`the window of ${email} was never used up`);
  };

  it('checks at most LOGIN_MAX_FAILURES passwords in a burst of 30 wrong ones sent to two processes', async () => {
    const figures: string[] = [];
    for (let round = 0; round < 4; round++) {
      const email = `burst-${round}@inkludera.test`;
      await newUser(email);
      const { answers, checked } = await burst(email, 30, -1, round % 2 === 0 ? 2 : 0);
      figures.push(
        `round ${round}: ${checked} checked, ${answers.filter((a) => a === 'LOGIN_FAILED').length} LOGIN_FAILED, ${answers.filter((a) => a === 'TOO_MANY_ATTEMPTS').length} TOO_MANY_ATTEMPTS`,
      );
      expect(checked).toBeLessThanOrEqual(MAX);
      expect(checked).toBeGreaterThan(0);
      expect(answers.filter((a) => a === 'TOO_MANY_ATTEMPTS').length).toBeGreaterThanOrEqual(30 - MAX);
      for (const answer of answers) expect(['LOGIN_FAILED', 'TOO_MANY_ATTEMPTS']).toContain(answer);
      // The email stays locked afterwards, whichever process is asked, for the right password too.
      expect(await attempt(processes[round % 2] as AccountService, email, PASSWORD, '10.21.0.1')).toBe('TOO_MANY_ATTEMPTS');
    }
    process.stdout.write(`login-throttle bursts (limit ${MAX}):\n  ${figures.join('\n  ')}\n`);
  });

  it('refuses the right password sent 16th, once the first 15 have used up the window, unchecked', async () => {
    for (const gapMs of [0, 2]) {
      const email = `sixteenth-${gapMs}@inkludera.test`;
      await newUser(email);
      checks = 0;
      const first = await send(email, 0, 15, -1, gapMs);
      await untilSlotsTaken(email);
      const rest = await send(email, 15, 15, 15, gapMs);
      const answers = await Promise.all([...first, ...rest]);
      expect(checks).toBeLessThanOrEqual(MAX);
      expect(answers[15]).toBe('TOO_MANY_ATTEMPTS');
      expect(answers).not.toContain('ok');
    }
  });

  it('gives an unknown email the same answers and the same number of checks', async () => {
    const known = 'known@inkludera.test';
    await newUser(known);
    const a = await burst(known, 30, -1);
    const b = await burst('unknown@inkludera.test', 30, -1);
    expect(a.checked).toBeLessThanOrEqual(MAX);
    expect(b.checked).toBeLessThanOrEqual(MAX);
    expect(new Set(b.answers)).toEqual(new Set(a.answers));
  });

  it('lets the right password in within the limit, which clears the email count', async () => {
    const email = 'within@inkludera.test';
    await newUser(email);
    for (let i = 0; i < MAX - 1; i++) expect(await attempt(processes[i % 2] as AccountService, email, WRONG, '10.22.0.1')).toBe('LOGIN_FAILED');
    expect(await attempt(processes[0] as AccountService, email, PASSWORD, '10.22.0.1')).toBe('ok');
    expect(await server.dataSource.query(`SELECT key FROM login_throttle WHERE key = $1`, [`email:${email}`])).toEqual([]);
    // A fresh count: MAX - 1 more failures do not lock.
    for (let i = 0; i < MAX - 1; i++) expect(await attempt(processes[1] as AccountService, email, WRONG, `10.22.1.${i}`)).toBe('LOGIN_FAILED');
    expect(await attempt(processes[1] as AccountService, email, PASSWORD, '10.22.2.1')).toBe('ok');
  });

  it('when the right password has its slot before a burst arrives, it gets in; its success starts a new count, which holds too', async () => {
    const email = 'early@inkludera.test';
    await newUser(email);
    checks = 0;
    let settled = false;
    const right = attempt(processes[0] as AccountService, email, PASSWORD, '10.23.0.1').finally(() => (settled = true));
    // Its slot is reserved once the email's row counts one attempt (or it has already answered).
    for (let tries = 0; !settled && tries < 500; tries++) {
      const rows = (await server.dataSource.query(`SELECT failures FROM login_throttle WHERE key = $1`, [`email:${email}`])) as Array<{ failures: number }>;
      if ((rows[0]?.failures ?? 0) >= 1) break;
      await sleep(5);
    }
    const others = await Promise.all(await send(email, 1, 29, -1, 0));
    const answers = [await right, ...others];
    expect(answers[0]).toBe('ok');
    // A successful login clears the email's count: at most MAX checks up to and including it, and
    // at most MAX wrong ones after it; the other attempts of the 30 are refused unchecked.
    expect(checks).toBeLessThanOrEqual(2 * MAX);
    expect(answers.filter((a) => a === 'TOO_MANY_ATTEMPTS').length).toBeGreaterThanOrEqual(30 - 2 * MAX);
  });

  it('holds over HTTP too: 30 parallel logins for one email check at most the limit; the right one, sent once the window is used up, is refused', async () => {
    const email = 'http@inkludera.test';
    await newUser(email);
    const post = (password: string) =>
      fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: LOGIN_MUTATION, variables: { input: { email, password } } }),
      }).then(async (response) => ((await response.json()) as { data: { login: { errors: Array<{ code: string }> } } }).data.login.errors[0]?.code ?? 'ok');
    const answers: Array<Promise<string>> = [];
    for (let i = 0; i < 15; i++) {
      answers.push(post(WRONG));
      await sleep(2);
    }
    await untilSlotsTaken(email);
    for (let i = 15; i < 30; i++) {
      answers.push(post(i === 15 ? PASSWORD : WRONG));
      await sleep(2);
    }
    const codes = await Promise.all(answers);
    // Every LOGIN_FAILED is a checked password; the check that used up the window answers TOO_MANY_ATTEMPTS.
    expect(codes.filter((code) => code === 'LOGIN_FAILED').length).toBeLessThan(MAX);
    expect(codes[15]).toBe('TOO_MANY_ATTEMPTS');
    expect(codes).not.toContain('ok');
  });
});
