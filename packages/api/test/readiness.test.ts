import net from 'node:net';
import { startServer } from '../src/server';
import { loadConfig } from '../src/config';
import { createLogger } from '../src/server';
import { createTestDatabase, type TestDatabase } from './helpers';

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

      await outage.restore();
      expect(await until(async () => (await status()) === 200, 15000)).toBe(true);
    } finally {
      await outage.cut();
      await server.close();
    }
  });
});
