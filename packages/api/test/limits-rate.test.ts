import { MunicipalityResolver } from '../src/modules/municipality/municipality.resolver';
import type { DataSource } from 'typeorm';
import { createDataSource } from '../src/database/data-source';
import { PostgresRateLimitStore, rateLimitClock } from '../src/http/rate-limit';
import { createTestDatabase, startTestServer, type TestDatabase, type TestServer } from './helpers';

/** Requests per client IP per minute on /graphql: 429 with Retry-After beyond the limit. */
describe('the rate limit', () => {
  describe('PostgresRateLimitStore', () => {
    const MINUTE = 60_000;
    let database: TestDatabase;
    let dataSources: DataSource[];

    beforeAll(async () => {
      database = await createTestDatabase();
      // Two pools on one database, as two API processes have.
      dataSources = [createDataSource({ url: database.url }), createDataSource({ url: database.url })];
      for (const ds of dataSources) await ds.initialize();
      await (dataSources[0] as DataSource).runMigrations();
    });
    afterAll(async () => {
      for (const ds of dataSources ?? []) await ds.destroy();
      await database?.drop();
    });

    it('counts per key within a clock-aligned window, shared by every store on the database, and starts again with the next', async () => {
      const [a, b] = dataSources.map((ds) => new PostgresRateLimitStore(ds)) as [PostgresRateLimitStore, PostgresRateLimitStore];
      const start = 10 * MINUTE + 45_000; // 15 s before the window ends
      expect(await a.hit('ip:a', MINUTE, start)).toEqual({ count: 1, resetMs: 15_000 });
      expect(await b.hit('ip:a', MINUTE, start + 1000)).toEqual({ count: 2, resetMs: 14_000 });
      expect(await a.hit('ip:b', MINUTE, start + 2000)).toEqual({ count: 1, resetMs: 13_000 });
      expect(await b.count('ip:a', MINUTE, start + 3000)).toBe(2);
      expect(await a.hit('ip:a', MINUTE, 11 * MINUTE)).toEqual({ count: 1, resetMs: MINUTE });
    });

    it('counts concurrent hits atomically', async () => {
      const stores = dataSources.map((ds) => new PostgresRateLimitStore(ds));
      const at = 20 * MINUTE;
      const hits = await Promise.all(Array.from({ length: 40 }, (_, i) => (stores[i % 2] as PostgresRateLimitStore).hit('ip:burst', MINUTE, at)));
      expect(hits.map((hit) => hit.count).sort((x, y) => x - y)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    });

    it('forgets past windows: the rows of windows before the previous one are deleted', async () => {
      const store = new PostgresRateLimitStore(dataSources[0] as DataSource);
      for (let i = 0; i < 5; i++) await store.hit(`ip:${i}`, MINUTE, 30 * MINUTE);
      await store.hit('ip:late', MINUTE, 32 * MINUTE);
      // The delete runs beside the request: wait (up to 10 s) until it has.
      const oldest = async () => Number(((await (dataSources[0] as DataSource).query('SELECT min(window_start)::bigint AS oldest FROM rate_limit_hit')) as Array<{ oldest: string }>)[0]?.oldest);
      for (let tries = 0; tries < 200 && (await oldest()) < 31 * MINUTE; tries++) await new Promise((resolve) => setTimeout(resolve, 50));
      expect(await oldest()).toBeGreaterThanOrEqual(31 * MINUTE);
    });
  });

  describe('over HTTP', () => {
    const LIMIT = 5;
    let server: TestServer;
    const municipalities = jest.spyOn(MunicipalityResolver.prototype, 'municipalities');

    // The limiters' clock, set by each test: a window starts at a whole minute, so no test has to wait for one.
    const MINUTE = 60_000;
    let clock = 0;
    const realNow = rateLimitClock.now;

    beforeAll(async () => {
      rateLimitClock.now = () => clock;
      // A small depth limit too, to see that the server takes its query limits from the configuration.
      server = await startTestServer({ seedDemo: false, rateLimitPerMinute: LIMIT, graphqlMaxDepth: 3 });
    });
    afterAll(async () => {
      rateLimitClock.now = realNow;
      await server?.stop();
    });

    const post = (query: string, headers: Record<string, string> = {}) =>
      fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }) });

    it(`lets one address try ${LIMIT} unknown API keys a minute, then answers 429 without looking them up`, async () => {
      clock = 1000 * MINUTE + 59_000; // one second before a window ends: the limit holds to its last millisecond
      for (let i = 0; i < LIMIT; i++) {
        const response = await post('{ __typename }', { authorization: `Bearer ink_guess_${i}` });
        expect(response.status).toBe(401);
      }
      clock += 999;
      const limited = await post('{ __typename }', { authorization: 'Bearer ink_guess_more' });
      expect(limited.status).toBe(429);
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      // The next window forgets the failures.
      clock += 1;
      expect((await post('{ __typename }', { authorization: 'Bearer ink_guess_next' })).status).toBe(401);
    });

    it(`answers ${LIMIT} requests a minute from one address, then 429 with Retry-After, without running anything`, async () => {
      // Windows are whole minutes of the clock: 15.5 s before the end of one, Retry-After is 16 s.
      clock = 2000 * MINUTE + 44_500;

      for (let i = 0; i < LIMIT; i++) {
        const response = await post('{ municipalities(first: 1) { totalCount } }');
        expect(response.status).toBe(200);
      }
      expect(municipalities).toHaveBeenCalledTimes(LIMIT);
      municipalities.mockClear();

      const limited = await post('{ municipalities(first: 1) { totalCount } }');
      expect(limited.status).toBe(429);
      const retryAfter = Number(limited.headers.get('retry-after'));
      expect(Number.isInteger(retryAfter)).toBe(true);
      expect(retryAfter).toBe(16);
      expect(await limited.json()).toEqual({
        errors: [{ message: `Too many requests; try again in ${retryAfter} s.`, extensions: { code: 'RATE_LIMITED', retryAfterSeconds: retryAfter } }],
      });
      expect(limited.headers.get('x-sql-statements')).toBeNull();
      expect(municipalities).not.toHaveBeenCalled();

      // Another client (as a proxy on loopback reports it) has its own allowance.
      const other = await post('{ municipalities(first: 1) { totalCount } }', { 'x-forwarded-for': '203.0.113.7' });
      expect(other.status).toBe(200);

      // Health checks are not limited.
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
      expect((await fetch(`${server.url}/readyz`)).status).toBe(200);

      // The next window starts every count afresh.
      clock = 2001 * MINUTE;
      expect((await post('{ municipalities(first: 1) { totalCount } }')).status).toBe(200);
    });

    it('takes the query limits from the configuration', async () => {
      const from = { 'x-forwarded-for': '203.0.113.8' };
      expect((await post('{ municipalities(first: 1) { nodes { name } } }', from)).status).toBe(200);
      const deep = await post('{ municipalities(first: 1) { nodes { steeringDocuments { title } } } }', from);
      expect(deep.status).toBe(400);
      expect(((await deep.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]?.extensions.code).toBe('QUERY_TOO_DEEP');
    });
  });
});
