import { MunicipalityResolver } from '../src/modules/municipality/municipality.resolver';
import { FixedWindowCounter, rateLimitClock } from '../src/http/rate-limit';
import { startTestServer, type TestServer } from './helpers';

/** Requests per client IP per minute on /graphql: 429 with Retry-After beyond the limit. */
describe('the rate limit', () => {
  describe('FixedWindowCounter', () => {
    const MINUTE = 60_000;

    it('counts per key within a clock-aligned window and starts again with the next', () => {
      const counter = new FixedWindowCounter(MINUTE, 100);
      const start = 10 * MINUTE + 45_000; // 15 s before the window ends
      expect(counter.hit('ip:a', start)).toEqual({ count: 1, resetMs: 15_000 });
      expect(counter.hit('ip:a', start + 1000)).toEqual({ count: 2, resetMs: 14_000 });
      expect(counter.hit('ip:b', start + 2000)).toEqual({ count: 1, resetMs: 13_000 });
      expect(counter.hit('ip:a', 11 * MINUTE)).toEqual({ count: 1, resetMs: MINUTE });
    });

    it('remembers at most maxKeys keys, and forgets them all when the window ends', () => {
      const counter = new FixedWindowCounter(MINUTE, 3);
      for (let i = 0; i < 1000; i++) counter.hit(`ip:${i}`, 5);
      expect(counter.size).toBe(3);
      counter.hit('ip:late', MINUTE + 5);
      expect(counter.size).toBe(1);
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
