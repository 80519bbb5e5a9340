import { ConfigError, loadConfig } from '../src/config';
import { startTestServer, type TestServer } from './helpers';

/** X-Forwarded-For is believed only from the proxies TRUST_PROXY names; by default from none. */
describe('TRUST_PROXY', () => {
  it('is off by default and takes false, true, a hop count or a list of addresses, subnets and names', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production' }).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'false' }).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(loadConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(loadConfig({ TRUST_PROXY: 'loopback' }).trustProxy).toBe('loopback');
    expect(loadConfig({ TRUST_PROXY: '10.0.0.0/8, 192.0.2.1,uniquelocal,::1' }).trustProxy).toBe('10.0.0.0/8,192.0.2.1,uniquelocal,::1');
    for (const bad of ['yes', '10.0.0.0/99', '10.0.0.1/8/1', 'proxy.example.se', 'loopback;']) {
      expect(() => loadConfig({ TRUST_PROXY: bad })).toThrow(ConfigError);
    }
  });

  /** Three requests from 127.0.0.1 that claim three different client addresses. */
  async function statuses(server: TestServer): Promise<number[]> {
    const result: number[] = [];
    for (const address of ['198.51.100.1', '198.51.100.2', '198.51.100.3']) {
      const response = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
        body: JSON.stringify({ query: '{ municipalities(first: 1) { totalCount } }' }),
      });
      result.push(response.status);
    }
    return result;
  }

  it('by default counts a caller by its peer address, whatever X-Forwarded-For says', async () => {
    const server = await startTestServer({ seedDemo: false, rateLimitPerMinute: 2, trustProxy: loadConfig({}).trustProxy });
    try {
      expect(await statuses(server)).toEqual([200, 200, 429]);
    } finally {
      await server.stop();
    }
  });

  it('believes X-Forwarded-For from a proxy it is told to trust', async () => {
    const server = await startTestServer({ seedDemo: false, rateLimitPerMinute: 2, trustProxy: loadConfig({ TRUST_PROXY: 'loopback' }).trustProxy });
    try {
      expect(await statuses(server)).toEqual([200, 200, 200]);
    } finally {
      await server.stop();
    }
  });
});
