import { MunicipalityResolver } from '../src/modules/municipality/municipality.resolver';
import { FixedWindowCounter } from '../src/http/rate-limit';
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

    beforeAll(async () => {
      // A small depth limit too, to see that the server takes its query limits from the configuration.
      server = await startTestServer({ seedDemo: false, rateLimitPerMinute: LIMIT, graphqlMaxDepth: 3 });
    });
    afterAll(async () => {
      await server?.stop();
    });

    const post = (query: string, headers: Record<string, string> = {}) =>
      fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }) });

    it(`lets one address try ${LIMIT} unknown API keys a minute, then answers 429 without looking them up`, async () => {
      const left = 60_000 - (Date.now() % 60_000);
      if (left < 10_000) await new Promise((resolve) => setTimeout(resolve, left + 100));
      for (let i = 0; i < LIMIT; i++) {
        const response = await post('{ __typename }', { authorization: `Bearer ink_guess_${i}` });
        expect(response.status).toBe(401);
      }
      const limited = await post('{ __typename }', { authorization: 'Bearer ink_guess_more' });
      expect(limited.status).toBe(429);
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    });

    it(`answers ${LIMIT} requests a minute from one address, then 429 with Retry-After, without running anything`, async () => {
      // Windows are whole minutes of the clock: start well inside one so that it does not end mid-test.
      const left = 60_000 - (Date.now() % 60_000);
      if (left < 10_000) await new Promise((resolve) => setTimeout(resolve, left + 100));

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
      expect(retryAfter).toBeGreaterThanOrEqual(1);
      expect(retryAfter).toBeLessThanOrEqual(Math.ceil((60_000 - (Date.now() % 60_000)) / 1000) + 1);
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
