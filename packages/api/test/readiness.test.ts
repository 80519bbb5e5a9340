import http from 'node:http';
import net from 'node:net';
import { isDatabaseUnavailableError } from '../src/database/availability';
import { startServer } from '../src/server';
import { loadConfig } from '../src/config';
import { createLogger } from '../src/server';
import { createTestDatabase, postGraphQL, type TestDatabase } from './helpers';
import { createServices } from '../src/services';
import { OPERATOR_ROLE } from '../src/modules/account/user.entity';

const QUERY = '{ municipalities(first: 1) { totalCount } }';

/** A TCP proxy between the API and PostgreSQL that the test can cut and restore, like a network outage. */
class Outage {
  private server: net.Server | undefined;
  private sockets = new Set<net.Socket>();

  constructor(
    private readonly target: { host: string; port: number },
    readonly port: number,
  ) {}

  static async create(target: { host: string; port: number }): Promise<Outage> {
    const probe = net.createServer();
    const port = await new Promise<number>((resolve) => probe.listen(0, '127.0.0.1', () => resolve((probe.address() as net.AddressInfo).port)));
    await new Promise((resolve) => probe.close(resolve));
    const outage = new Outage(target, port);
    await outage.restore();
    return outage;
  }

  restore(): Promise<void> {
    this.server = net.createServer((client) => {
      const upstream = net.connect(this.target.port, this.target.host);
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on('close', () => this.sockets.delete(socket));
        socket.on('error', () => socket.destroy());
      }
      client.pipe(upstream).pipe(client);
    });
    return new Promise((resolve) => this.server?.listen(this.port, '127.0.0.1', () => resolve()));
  }

  async cut(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise((resolve) => this.server?.close(resolve));
  }
}

async function until(check: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return false;
}

describe('/readyz', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.drop());

  it('fails while the database is unreachable and recovers when it is back', async () => {
    const real = new URL(database.url);
    const outage = await Outage.create({ host: real.hostname, port: Number(real.port || 5432) });
    const viaProxy = new URL(database.url);
    viaProxy.hostname = '127.0.0.1';
    viaProxy.port = String(outage.port);
    const config = { ...loadConfig({ NODE_ENV: 'test' }), port: 0, host: '127.0.0.1', databaseUrl: viaProxy.toString() };
    const server = await startServer(config, createLogger(config));
    const status = async () => (await fetch(`${server.url}/readyz`)).status;
    try {
      expect(await status()).toBe(200);

      await outage.cut();
      expect(await until(async () => (await status()) === 503, 10000)).toBe(true);
      const body = (await (await fetch(`${server.url}/readyz`)).json()) as { status: string; reason: string };
      expect(body.status).toBe('unavailable');
      expect(body.reason).toMatch(/^Database unreachable/);
      // Liveness is a different question: the process is fine.
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
      // GraphQL says so too: 503 with Retry-After and a typed code, not a 200 with INTERNAL_SERVER_ERROR.
      const away = await postGraphQL(server.url, QUERY);
      expect(away.status).toBe(503);
      expect(away.headers.get('retry-after')).toBe('1');
      expect(away.errors).toEqual([{ message: expect.any(String), extensions: { code: 'DATABASE_UNAVAILABLE', retryAfterSeconds: 1 } }]);
      // Open data and the catalogue too; the web app's files are still served.
      for (const path of ['/open/v1/0138/indicators', '/0138/datasets/dcat', '/datasets/dcat']) {
        const file = await fetch(`${server.url}${path}`);
        expect([path, file.status, file.headers.get('retry-after')]).toEqual([path, 503, '1']);
        expect(((await file.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]?.extensions.code).toBe('DATABASE_UNAVAILABLE');
      }
      expect((await fetch(`${server.url}/`)).status).not.toBe(503);

      await outage.restore();
      expect(await until(async () => (await status()) === 200, 15000)).toBe(true);
      // The pool dropped its dead connections and opens new ones: every query succeeds again.
      for (let i = 0; i < 15; i++) {
        const back = await postGraphQL(server.url, QUERY);
        expect(back.status).toBe(200);
        expect(back.errors).toBeUndefined();
      }
    } finally {
      await outage.cut();
      await server.close();
    }
  });

  it('answers DATABASE_UNAVAILABLE with 503 when a query cannot reach the database, before the monitor notices', async () => {
    const real = new URL(database.url);
    const outage = await Outage.create({ host: real.hostname, port: Number(real.port || 5432) });
    const viaProxy = new URL(database.url);
    viaProxy.hostname = '127.0.0.1';
    viaProxy.port = String(outage.port);
    const config = { ...loadConfig({ NODE_ENV: 'production' }), port: 0, host: '127.0.0.1', databaseUrl: viaProxy.toString(), seedDemo: false };
    const server = await startServer(config, createLogger(config));
    try {
      expect((await postGraphQL(server.url, QUERY)).status).toBe(200);
      // A logged-in caller whose session has a hint (access/session-hints.ts): its compiled read and its
      // other queries confirm the session in GraphQL, so they meet the outage there.
      const { user } = await createServices(server.dataSource).account.createUserFromCli({ email: 'drift@inkludera.test', name: 'Drift', role: OPERATOR_ROLE, municipalityId: null });
      const cookie = `inkludera_session=${(await createServices(server.dataSource).account.openSession(user)).token}`;
      expect((await postGraphQL(server.url, '{ me { callerKind } }', {}, { cookie })).data?.me).toEqual({ callerKind: 'OPERATOR' });
      const [municipality] = (await server.dataSource.query(`INSERT INTO municipality (code, name) VALUES ('9990', 'Driftkommun') RETURNING code`)) as Array<{ code: string }>;
      const loggedIn = [`{ municipality(code: "${(municipality as { code: string }).code}") { name } }`, '{ me { callerKind } }'];
      // Cut and ask at once, before the monitor's next check: the query itself fails to connect.
      await outage.cut();
      const answers = await Promise.all([...Array.from({ length: 5 }, () => postGraphQL(server.url, QUERY)), ...loggedIn.map((query) => postGraphQL(server.url, query, {}, { cookie }))]);
      for (const answer of answers) {
        expect(answer.status).toBe(503);
        expect(answer.headers.get('retry-after')).toBe('1');
        expect(answer.errors?.map((e) => e.extensions?.code)).toEqual(['DATABASE_UNAVAILABLE']);
        expect(JSON.stringify(answer.errors)).not.toMatch(/Connection|ECONN|127\.0\.0\.1/);
      }
      await outage.restore();
      expect(await until(async () => (await postGraphQL(server.url, QUERY)).status === 200, 10000)).toBe(true);
    } finally {
      await outage.cut();
      await server.close();
    }
  });
});

describe('draining', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.drop());

  /** One request on `agent`; resolves with status and the Connection header. */
  const get = (url: string, agent: http.Agent, path = '/readyz') =>
    new Promise<{ status?: number; connection?: string; error?: string }>((resolve) => {
      http
        .get(`${url}${path}`, { agent }, (res) => {
          res.resume();
          res.on('end', () => resolve({ status: res.statusCode, connection: res.headers.connection }));
        })
        .on('error', (error: NodeJS.ErrnoException) => resolve({ error: error.code }));
    });

  it('turns /readyz 503 at once, answers kept-alive connections with Connection: close, then stops', async () => {
    const config = { ...loadConfig({ NODE_ENV: 'test' }), port: 0, host: '127.0.0.1', databaseUrl: database.url, shutdownGraceMs: 2000 };
    const server = await startServer(config, createLogger(config));
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    try {
      expect(await get(server.url, agent)).toEqual({ status: 200, connection: 'keep-alive' });
      const closed = server.close({ delayMs: 800 });
      expect(server.draining()).toBe(true);
      // The kept-alive connection is still open: its next answer says 503 and closes it.
      expect(await get(server.url, agent)).toEqual({ status: 503, connection: 'close' });
      // New connections are still accepted during the delay, for a load balancer to see the 503.
      const fresh = await fetch(`${server.url}/readyz`);
      expect(fresh.status).toBe(503);
      expect(await fresh.json()).toEqual({ status: 'draining', reason: expect.any(String), databases: [{ name: 'primary', available: true }] });
      const graphql = await get(server.url, agent, '/healthz');
      expect(graphql).toEqual({ status: 200, connection: 'close' });
      await closed;
      expect((await get(server.url, new http.Agent())).error).toBe('ECONNREFUSED');
    } finally {
      agent.destroy();
      await server.close();
    }
  });
});

describe('isDatabaseUnavailableError', () => {
  it('tells a database that is away from a query that is wrong', () => {
    const away = [
      Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }),
      new Error('Connection terminated unexpectedly'),
      new Error('timeout exceeded when trying to connect'),
      Object.assign(new Error('the database system is starting up'), { code: '57P03' }),
      Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }),
      Object.assign(new Error('x'), { code: '08006' }),
      // TypeORM's QueryFailedError, and graphql-js's wrapper of a thrown plain object.
      Object.assign(new Error('query failed'), { driverError: { code: 'ECONNRESET' } }),
      Object.assign(new Error('Unexpected error value'), { name: 'NonErrorThrown', thrownValue: { errno: -111, code: 'ECONNREFUSED' } }),
    ];
    const wrong = [
      Object.assign(new Error('duplicate key value violates unique constraint'), { code: '23505' }),
      Object.assign(new Error('syntax error at or near "x"'), { code: '42601' }),
      Object.assign(new Error('canceling statement due to statement timeout'), { code: '57014' }),
      new Error('The object does not exist.'),
      undefined,
      'Connection terminated',
    ];
    expect(away.map((error) => isDatabaseUnavailableError(error))).toEqual(away.map(() => true));
    expect(wrong.map((error) => isDatabaseUnavailableError(error))).toEqual(wrong.map(() => false));
  });
});
