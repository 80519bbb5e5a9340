import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { isSuccess, Load, QUERY, ReadyzPoller, sleep, startProduct, summarize, until, type Product } from './harness';

/** A request whose body arrives slowly: in flight across the start of a drain. */
function slowRequest(url: string, pauseMs: number): Promise<{ status?: number; connection?: string; body?: string; error?: string }> {
  return new Promise((resolve) => {
    const target = new URL('/graphql', url);
    const req = http.request(
      { host: target.hostname, port: target.port, path: '/graphql', method: 'POST', agent: false, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(QUERY) } },
      (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode, connection: res.headers.connection, body }));
      },
    );
    req.on('error', (error: NodeJS.ErrnoException) => resolve({ error: error.code ?? error.message }));
    const half = Math.floor(QUERY.length / 2);
    req.write(QUERY.slice(0, half));
    setTimeout(() => req.end(QUERY.slice(half)), pauseMs);
  });
}

/**
 * SIGTERM to the API under keep-alive load: /readyz turns 503 at once while the listener still
 * accepts, requests on kept-alive connections are answered with `Connection: close`, a request in
 * flight finishes, no connection is reset, and the embedded PostgreSQL stops cleanly (exit 0).
 * The load generator acts as a load balancer: it stops sending new requests once /readyz fails.
 */
describe('graceful drain on SIGTERM', () => {
  let product: Product;
  const DELAY_MS = 1500;

  beforeAll(async () => {
    product = await startProduct({ SHUTDOWN_DELAY_MS: String(DELAY_MS), SHUTDOWN_GRACE_MS: '8000' });
  }, 120_000);
  afterAll(async () => {
    await product?.dispose();
  }, 60_000);

  it('drains keep-alive traffic with zero connection resets', async () => {
    const load = new Load(product.url, { concurrency: 16, maxRequests: 100_000 });
    const readyz = new ReadyzPoller(product.url, () => load.now(), 50);
    await sleep(2000);
    expect(readyz.samples.at(-1)?.status).toBe(200);

    const slow = slowRequest(product.url, DELAY_MS + 1000);
    await sleep(200);
    const termAt = load.now();
    product.child.kill('SIGTERM');
    // The load balancer takes the instance out once /readyz fails — a slow one, half the delay later:
    // until then requests keep coming, on kept-alive connections and on new ones.
    const noticedIn = await until(() => readyz.samples.some((s) => s.at >= termAt && s.status === 503), 5000, 5);
    await sleep(Math.max(0, termAt + DELAY_MS / 2 - load.now()));
    load.pause();
    const slowAnswer = await slow;
    const exit = await product.exited;
    const exitAt = load.now();
    const samples = await load.stop();
    await readyz.stop();

    const afterTerm = samples.filter((s) => s.end > termAt);
    const readyzAfterTerm = readyz.samples.filter((s) => s.at > termAt);
    const firstNotReady = readyzAfterTerm.findIndex((s) => s.status !== 200);
    const figures = {
      requests: samples.length,
      outcomes: summarize(samples),
      answeredAfterSigterm: afterTerm.length,
      connectionCloseAfterSigterm: afterTerm.filter((s) => s.connection === 'close').length,
      networkErrors: samples.filter((s) => s.error).length,
      resets: samples.filter((s) => s.error && /ECONNRESET|EPIPE|socket hang up/i.test(s.error)).length,
      readyz503NoticedAfterMs: noticedIn,
      readyzAfterSigterm: summarize(
        readyz.samples.filter((s) => s.at > termAt).map((s) => ({ start: s.at, end: s.at, ...(typeof s.status === 'number' ? { status: s.status } : { error: s.status }) })),
      ),
      slowRequest: { status: slowAnswer.status, connection: slowAnswer.connection, error: slowAnswer.error },
      drainToExitMs: exitAt - termAt,
    };
    process.stdout.write(`\n[faults] SIGTERM drain: ${JSON.stringify(figures)}\n`);

    expect(exit).toEqual({ code: 0, signal: null });
    expect(product.output()).toContain('Inkludera stopped.');
    // Zero resets (and no other network error): every request got its answer.
    expect(figures.resets).toBe(0);
    expect(figures.networkErrors).toBe(0);
    expect(samples.filter((s) => !isSuccess(s))).toEqual([]);
    // /readyz turned 503 at once (no 200 more than 0.5 s after the signal, none after a 503), while
    // the listener still accepted: the first answer that is not 200 is a 503, not a refused connection.
    expect(readyzAfterTerm[firstNotReady]?.status).toBe(503);
    expect(readyzAfterTerm.slice(firstNotReady).filter((s) => s.status === 200)).toEqual([]);
    expect(readyzAfterTerm.filter((s) => s.status === 200 && s.at > termAt + 500)).toEqual([]);
    expect(noticedIn).toBeDefined();
    // Requests on kept-alive connections during the drain were answered, with Connection: close.
    expect(figures.connectionCloseAfterSigterm).toBeGreaterThan(0);
    // The request in flight across the drain finished.
    expect(slowAnswer.status).toBe(200);
    expect(slowAnswer.body).toContain('"municipalities"');
    // The embedded PostgreSQL stopped cleanly: no lock file left.
    expect(fs.existsSync(path.join(product.dataDir, 'postmaster.pid'))).toBe(false);
  }, 120_000);
});
