import { Client } from 'pg';
import { LOGIN_MUTATION, login, runCli, type Cli } from '../helpers';
import { startCluster, type Cluster } from './postgres-cluster';

/**
 * Issue 16's proof (`pnpm test:scale`, part of `pnpm test`): a real primary and a streaming standby
 * (test/scale/postgres-cluster.ts), two API processes (node dist/main.js) on them with
 * DATABASE_REPLICA_URLS. Which database served what is read from the servers' own statement logs
 * (log_statement = all, each line prefixed with the connection's application name: the API's pool
 * on the primary is `inkludera-api`, on the replica `inkludera-api-replica`).
 */
const RATE_LIMIT = 40;
const LOGIN_MAX_FAILURES = 3;
const DEMO_PASSWORD = 'inkludera-demo-2026';
const ADMIN = 'admin@tyreso.demo';

jest.setTimeout(120_000);

type Json = Record<string, any>;

async function gql(url: string, query: string, variables: Json = {}, headers: Record<string, string> = {}): Promise<{ status: number; body: Json }> {
  const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  const text = await response.text();
  let body: Json = {};
  try {
    body = JSON.parse(text) as Json;
  } catch {
    body = { text };
  }
  return { status: response.status, body };
}

/** Statements of one application in a server's log since `from` (a length of the log), matching `pattern` anywhere in their text. */
function statements(log: string, from: number, application: string, pattern: RegExp): number {
  return log
    .slice(from)
    .split(/\n(?=\[)/) // an entry goes on over lines that begin with a tab
    .filter((line) => line.startsWith(`[${application}] `) && /(statement|execute [^:]*): /.test(line) && pattern.test(line)).length;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function readyz(url: string): Promise<Json> {
  return (await (await fetch(`${url}/readyz`)).json()) as Json;
}

async function until(what: string, check: () => Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await check()) return;
    await sleep(100);
  }
  throw new Error(`${what}: not within ${timeoutMs} ms`);
}

const MUNICIPALITIES = '{ municipalities(first: 5) { totalCount nodes { name } } }';

describe('two API processes on a primary and a streaming replica', () => {
  let cluster: Cluster;
  let a: Cli;
  let b: Cli;
  let urlA: string;
  let urlB: string;

  beforeAll(async () => {
    cluster = await startCluster();
    const env = {
      DATABASE_URL: cluster.primary.url('inkludera'),
      DATABASE_REPLICA_URLS: cluster.standby.url('inkludera'),
      REPLICA_MAX_LAG_MS: '2000',
      PORT: '0',
      HOST: '127.0.0.1',
      INKLUDERA_SEED_DEMO: 'true',
      RATE_LIMIT_PER_MINUTE: String(RATE_LIMIT),
      LOGIN_MAX_FAILURES: String(LOGIN_MAX_FAILURES),
      TRUST_PROXY: 'loopback',
      SHUTDOWN_DELAY_MS: '0',
      LOG_LEVEL: 'warn',
    };
    a = runCli(env);
    b = runCli(env);
    [urlA, urlB] = await Promise.all([a.running(90_000), b.running(90_000)]);
    // Both see the replica as current before the proofs begin.
    for (const url of [urlA, urlB]) await until('the replica is in use', async () => (await readyz(url)).databases?.[1]?.available === true);
  }, 120_000);

  afterAll(async () => {
    for (const cli of [a, b]) cli?.child.kill('SIGINT');
    await Promise.all([a, b].map((cli) => cli?.exited().catch(() => null)));
    await cluster?.stop();
  });

  it('/readyz lists the primary and the replica with its lag', async () => {
    const body = await readyz(urlA);
    expect(body.status).toBe('ready');
    expect(body.databases).toEqual([
      { name: 'primary', available: true },
      { name: 'replica 1', server: `127.0.0.1:${cluster.standby.port}/inkludera`, available: true, lagMs: expect.any(Number) },
    ]);
    expect(body.databases[1].lagMs).toBeLessThanOrEqual(2000);
  });

  it('serves anonymous reads from the replica, and a writer reads its own write at once through the other process', async () => {
    // Anonymous reads through both processes: the replica runs them, the primary does not.
    let primaryFrom = cluster.primary.log().length;
    let standbyFrom = cluster.standby.log().length;
    for (let i = 0; i < 10; i++) {
      const answer = await gql(i % 2 ? urlA : urlB, MUNICIPALITIES, {}, { 'x-forwarded-for': '198.51.100.1' });
      expect(answer.status).toBe(200);
      expect(answer.body.data.municipalities.totalCount).toBeGreaterThan(0);
    }
    await sleep(200);
    expect(statements(cluster.standby.log(), standbyFrom, 'inkludera-api-replica', /FROM "municipality"/)).toBeGreaterThanOrEqual(10);
    expect(statements(cluster.primary.log(), primaryFrom, 'inkludera-api', /FROM "municipality"/)).toBe(0);
    // And the replica's own statistics count them (they reach pg_stat_database within seconds).
    const replica = new Client({ connectionString: cluster.standby.url('inkludera') });
    await replica.connect();
    try {
      const fetched = async () => Number((await replica.query(`SELECT tup_returned::bigint AS n FROM pg_stat_database WHERE datname = 'inkludera'`)).rows[0]?.n ?? 0);
      const before = await fetched();
      for (let i = 0; i < 5; i++) expect((await gql(urlB, MUNICIPALITIES, {}, { 'x-forwarded-for': '198.51.100.2' })).status).toBe(200);
      await until('the replica counts the reads', async () => (await fetched()) > before, 15_000);
    } finally {
      await replica.end();
    }

    // A member of staff writes through A and reads back through B at once: staff read the primary.
    const cookie = await login(urlA, ADMIN, DEMO_PASSWORD);
    const name = `Partner ${Date.now()}`;
    primaryFrom = cluster.primary.log().length;
    standbyFrom = cluster.standby.log().length;
    const created = await gql(
      urlA,
      `mutation ($input: CreatePartnerInput!) { createPartner(input: $input) { errors { code } partner { id name } } }`,
      { input: { name, kind: 'ASSOCIATION' } },
      { cookie },
    );
    expect(created.body.data.createPartner).toEqual({ errors: [], partner: { id: expect.any(String), name } });
    const id = created.body.data.createPartner.partner.id as string;
    const read = await gql(urlB, `query ($id: ID!) { node(id: $id) { ... on Partner { name } } }`, { id }, { cookie });
    expect(read.body).toEqual({ data: { node: { name } } });
    await sleep(200);
    expect(statements(cluster.standby.log(), standbyFrom, 'inkludera-api-replica', /"partner"/)).toBe(0);
    expect(statements(cluster.primary.log(), primaryFrom, 'inkludera-api', /"partner"/)).toBeGreaterThanOrEqual(2);
  });

  it('serves open-data files from the replica; the snapshot refresh writes to the primary', async () => {
    // The first request refreshes the national snapshot (on the primary), then reads it.
    expect((await fetch(`${urlA}/open/v1/values.csv`)).status).toBe(200);
    await sleep(300); // the standby replays the refresh
    const primaryFrom = cluster.primary.log().length;
    const standbyFrom = cluster.standby.log().length;
    const response = await fetch(`${urlB}/open/v1/values.csv`);
    expect(response.status).toBe(200);
    const csv = await response.text();
    expect(csv.split('\n').length).toBeGreaterThan(2);
    await sleep(200);
    expect(statements(cluster.standby.log(), standbyFrom, 'inkludera-api-replica', /FROM published_value/)).toBeGreaterThanOrEqual(1);
    // On the primary only the cheap staleness check, no read of the file's rows.
    expect(statements(cluster.primary.log(), primaryFrom, 'inkludera-api', /FROM published_value/)).toBe(0);
  });

  it('skips a replica that falls behind by more than REPLICA_MAX_LAG_MS, and uses it again once it catches up', async () => {
    const replica = new Client({ connectionString: cluster.standby.url('inkludera') });
    await replica.connect();
    try {
      await replica.query('SELECT pg_wal_replay_pause()');
      // A write the paused replica cannot replay.
      const cookie = await login(urlA, ADMIN, DEMO_PASSWORD);
      const created = await gql(urlA, `mutation { createPartner(input: { name: "Efter pausen", kind: ASSOCIATION }) { errors { code } } }`, {}, { cookie });
      expect(created.body.data.createPartner.errors).toEqual([]);
      const pausedAt = Date.now();
      await until('B skips the lagging replica', async () => (await readyz(urlB)).databases?.[1]?.available === false, 10_000);
      const skippedAfterMs = Date.now() - pausedAt;
      expect(skippedAfterMs).toBeGreaterThanOrEqual(2000 - 600); // not before the lag exceeds the setting (one probe interval of slack)
      expect((await readyz(urlB)).databases[1].reason).toMatch(/behind the primary/);
      const primaryFrom = cluster.primary.log().length;
      expect((await gql(urlB, MUNICIPALITIES, {}, { 'x-forwarded-for': '198.51.100.4' })).status).toBe(200);
      await sleep(200);
      expect(statements(cluster.primary.log(), primaryFrom, 'inkludera-api', /FROM "municipality"/)).toBeGreaterThanOrEqual(1);
      await replica.query('SELECT pg_wal_replay_resume()');
      await until('B uses the replica again', async () => (await readyz(urlB)).databases?.[1]?.available === true, 10_000);
      process.stdout.write(`paused replica skipped after ${skippedAfterMs} ms (REPLICA_MAX_LAG_MS 2000)\n`);
    } finally {
      await replica.query('SELECT pg_wal_replay_resume()').catch(() => undefined);
      await replica.end();
    }
  });

  it('holds the per-address rate limit and the login lock across both processes together', async () => {
    const intoWindow = Date.now() % 60_000;
    if (intoWindow > 40_000) await sleep(60_500 - intoWindow); // the processes count in real minutes
    const from = { 'x-forwarded-for': '203.0.113.99' };
    const statuses: number[] = [];
    for (let i = 0; i < RATE_LIMIT + 10; i++) statuses.push((await gql(i % 2 ? urlA : urlB, '{ __typename }', {}, from)).status);
    expect(statuses.filter((status) => status === 200)).toHaveLength(RATE_LIMIT);
    expect(statuses.slice(RATE_LIMIT).every((status) => status === 429)).toBe(true);

    // Wrong passwords alternately through A and B: the failures of both count together, and the lock then holds in both
    // (as in login-throttle.test.ts, the check that uses up the allowance already answers TOO_MANY_ATTEMPTS).
    const codes: string[] = [];
    const attempt = async (url: string, password: string) => {
      const answer = await gql(url, LOGIN_MUTATION, { input: { email: 'redaktor@tyreso.demo', password } }, { 'x-forwarded-for': '203.0.113.100' });
      return (answer.body.data?.login?.errors?.[0]?.code as string | undefined) ?? 'OK';
    };
    for (let i = 0; i < LOGIN_MAX_FAILURES + 1; i++) codes.push(await attempt(i % 2 ? urlA : urlB, 'wrong password'));
    expect(codes).toEqual([...Array(LOGIN_MAX_FAILURES - 1).fill('LOGIN_FAILED'), 'TOO_MANY_ATTEMPTS', 'TOO_MANY_ATTEMPTS']);
    expect(await attempt(urlA, DEMO_PASSWORD)).toBe('TOO_MANY_ATTEMPTS');
    expect(await attempt(urlB, DEMO_PASSWORD)).toBe('TOO_MANY_ATTEMPTS');
  });

  it('keeps B serving when A is killed under load, and sends reads to the primary when the replica stops', async () => {
    // Load on both: each request from its own address, so that the rate limit is not what answers.
    let stop = false;
    let n = 0;
    const results: Array<{ target: 'A' | 'B'; status: number; at: number }> = [];
    const worker = async () => {
      while (!stop) {
        const target = n++ % 2 ? 'A' : 'B';
        const headers = { 'x-forwarded-for': `10.16.${Math.floor(n / 250)}.${n % 250}` };
        let status = 0;
        try {
          status = (await gql(target === 'A' ? urlA : urlB, MUNICIPALITIES, {}, headers)).status;
        } catch {
          status = -1; // connection refused or reset: only A's
        }
        results.push({ target, status, at: Date.now() });
      }
    };
    const workers = Array.from({ length: 4 }, () => worker());
    await sleep(1500);
    const killedAt = Date.now();
    a.child.kill('SIGKILL');
    await sleep(2000);
    stop = true;
    await Promise.all(workers);
    const onB = results.filter((r) => r.target === 'B');
    const afterKill = onB.filter((r) => r.at > killedAt);
    expect(afterKill.length).toBeGreaterThan(10);
    expect(onB.filter((r) => r.status !== 200)).toEqual([]);
    const failedOnA = results.filter((r) => r.target === 'A' && r.status !== 200);
    process.stdout.write(`kill A under load: ${results.length} requests, B ${onB.length} all 200 (${afterKill.length} after the kill), A failed ${failedOnA.length}\n`);

    // The replica stops: B sees it within a probe or two and reads from the primary.
    const stoppedAt = Date.now();
    await cluster.standby.stop();
    await until('B skips the stopped replica', async () => (await readyz(urlB)).databases?.[1]?.available === false, 10_000);
    const skippedAfterMs = Date.now() - stoppedAt;
    const body = await readyz(urlB);
    expect(body.status).toBe('ready');
    expect(body.databases[1]).toEqual(expect.objectContaining({ name: 'replica 1', available: false, reason: expect.stringContaining('Does not answer') }));
    const primaryFrom = cluster.primary.log().length;
    for (let i = 0; i < 5; i++) {
      const answer = await gql(urlB, MUNICIPALITIES, {}, { 'x-forwarded-for': '198.51.100.3' });
      expect(answer.status).toBe(200);
      expect(answer.body.data.municipalities.totalCount).toBeGreaterThan(0);
    }
    await sleep(200);
    expect(statements(cluster.primary.log(), primaryFrom, 'inkludera-api', /FROM "municipality"/)).toBeGreaterThanOrEqual(5);
    process.stdout.write(`replica stopped: skipped after ${skippedAfterMs} ms\n`);
  });
});
