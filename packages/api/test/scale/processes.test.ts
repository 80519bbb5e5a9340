import { Client } from 'pg';
import { MIGRATIONS } from '../../src/database/migrations';
import { createTestDatabase, runCli, type Cli, type TestDatabase } from '../helpers';

/**
 * Several API processes on one database (issue 16): the built product (node dist/main.js), three at
 * once on an empty database. Migrations are applied exactly once under the advisory lock, every
 * process serves, and the per-address rate limit counts the requests of all of them together.
 */
describe('three API processes started at once on one empty database', () => {
  const LIMIT = 10;
  let database: TestDatabase;
  let processes: Cli[] = [];
  let urls: string[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
    const env = { DATABASE_URL: database.url, PORT: '0', HOST: '127.0.0.1', INKLUDERA_SEED_DEMO: 'false', RATE_LIMIT_PER_MINUTE: String(LIMIT), SHUTDOWN_DELAY_MS: '0', TRUST_PROXY: 'loopback' };
    processes = [runCli(env), runCli(env), runCli(env)];
    urls = await Promise.all(processes.map((cli) => cli.running(90_000)));
  }, 120_000);

  afterAll(async () => {
    for (const cli of processes) cli.child.kill('SIGINT');
    await Promise.all(processes.map((cli) => cli.exited().catch(() => null)));
    await database?.drop();
  });

  it('applies the migrations exactly once, and all three serve', async () => {
    const client = new Client({ connectionString: database.url });
    await client.connect();
    try {
      const { rows } = await client.query<{ name: string }>('SELECT name FROM migrations ORDER BY id');
      expect(rows.map((row) => row.name)).toEqual(MIGRATIONS.map((migration) => (migration as unknown as { name: string }).name));
    } finally {
      await client.end();
    }
    // One process applied them; the others waited on the lock and found nothing pending.
    const appliers = processes.filter((cli) => cli.output().includes('applied migrations'));
    expect(appliers).toHaveLength(1);
    for (const url of urls) {
      expect((await fetch(`${url}/readyz`)).status).toBe(200);
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ municipalities(first: 1) { totalCount } }' }),
      });
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ data: { municipalities: { totalCount: 0 } } });
    }
  });

  it(`holds the per-address limit of ${LIMIT} a minute across the processes together`, async () => {
    // The processes use the real clock: stay clear of a window's end so all requests count in one window.
    const intoWindow = Date.now() % 60_000;
    if (intoWindow > 45_000) await new Promise((resolve) => setTimeout(resolve, 60_500 - intoWindow));
    const statuses: number[] = [];
    // The earlier test's three requests came from this address too: they count in this window, or not, if a new one began.
    const from = { 'x-forwarded-for': '203.0.113.50' };
    for (let i = 0; i < 2 * LIMIT; i++) {
      const url = urls[i % 2] as string;
      const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...from }, body: JSON.stringify({ query: '{ __typename }' }) });
      statuses.push(response.status);
    }
    // Counted separately each would allow 2 × LIMIT; counted together, LIMIT.
    expect(statuses.filter((status) => status === 200)).toHaveLength(LIMIT);
    expect(statuses.slice(LIMIT).every((status) => status === 429)).toBe(true);
    // The third process sees the same count.
    const third = await fetch(`${urls[2]}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...from }, body: JSON.stringify({ query: '{ __typename }' }) });
    expect(third.status).toBe(429);
  });

  it(`counts unknown API keys per address across the processes: ${LIMIT} tries in all, then 429 (at most one more lookup per process)`, async () => {
    const intoWindow = Date.now() % 60_000;
    if (intoWindow > 45_000) await new Promise((resolve) => setTimeout(resolve, 60_500 - intoWindow));
    const statuses: number[] = [];
    for (let i = 0; i < 2 * LIMIT; i++) {
      const response = await fetch(`${urls[i % 3]}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': '203.0.113.51', authorization: `Bearer ink_guess_${i}` },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      statuses.push(response.status);
    }
    const unauthorised = statuses.filter((status) => status === 401).length;
    expect(unauthorised).toBeGreaterThanOrEqual(LIMIT);
    expect(unauthorised).toBeLessThanOrEqual(LIMIT + 2); // the two processes that had not yet seen the address over its limit
    expect(statuses.slice(LIMIT + 3)).toEqual(Array(2 * LIMIT - LIMIT - 3).fill(429));
  });
});
