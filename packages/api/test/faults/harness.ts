import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

/**
 * The fault suite's tools: the built product in its own process (node dist/main.js, the embedded
 * PostgreSQL in a fresh temp folder, a free port), a bounded load generator of plain keep-alive
 * HTTP requests to 127.0.0.1, a /readyz poller, and the PostgreSQL processes to kill or freeze.
 */

export const MAIN_JS = path.resolve(__dirname, '..', '..', 'dist', 'main.js');

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface Product {
  child: ChildProcess;
  url: string;
  port: number;
  dataDir: string;
  folder: string;
  output(): string;
  /** Resolves with the exit code (null and the signal when killed). */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Stops it (SIGTERM, then SIGKILL) and removes the folder. */
  dispose(): Promise<void>;
}

/** Starts `node dist/main.js` in production mode with demo data on a fresh embedded PostgreSQL. */
export async function startProduct(env: Record<string, string> = {}): Promise<Product> {
  if (!fs.existsSync(MAIN_JS)) throw new Error(`${MAIN_JS} is missing: run pnpm build first (pnpm test does).`);
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'inkludera-faults-'));
  fs.chmodSync(folder, 0o755); // PostgreSQL runs as its own user and must enter it
  const dataDir = path.join(folder, 'postgres');
  const port = await freePort();
  const child = spawn(process.execPath, [MAIN_JS], {
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '/root',
      NODE_ENV: 'production',
      INKLUDERA_SEED_DEMO: 'true',
      RATE_LIMIT_PER_MINUTE: '0',
      RATE_LIMIT_PER_KEY_PER_MINUTE: '0',
      LOG_LEVEL: 'warn',
      HOST: '127.0.0.1',
      PORT: String(port),
      INKLUDERA_DATA_DIR: dataDir,
      INKLUDERA_WEB_DIST: folder,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  const deadline = Date.now() + 90_000;
  while (!/Inkludera is running at/.test(output)) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`the product exited before it ran:\n${output}`);
    if (Date.now() > deadline) throw new Error(`the product did not start within 90 s:\n${output}`);
    await sleep(100);
  }
  return {
    child,
    url: `http://127.0.0.1:${port}`,
    port,
    dataDir,
    folder,
    output: () => output,
    exited,
    dispose: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
        await exited;
        clearTimeout(timer);
      }
      // A postmaster left behind (the product was killed): stop it before removing its folder.
      const pid = postmasterPid(dataDir);
      if (pid && alive(pid)) {
        process.kill(pid, 'SIGCONT');
        process.kill(pid, 'SIGQUIT');
        await sleep(500);
      }
      fs.rmSync(folder, { recursive: true, force: true });
    },
  };
}

export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The postmaster's pid, from postmaster.pid in the data folder. */
export function postmasterPid(dataDir: string): number | undefined {
  try {
    const pid = Number(fs.readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/** The postmaster's children (backends, checkpointer, WAL writer …), from /proc. */
export function childrenOf(pid: number): number[] {
  const children: number[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      // pid (comm) state ppid …; comm may hold spaces and parentheses, so read after the last ')'.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === pid) children.push(Number(entry));
    } catch {
      // gone meanwhile
    }
  }
  return children;
}

export interface Sample {
  /** ms since the load began */
  start: number;
  end: number;
  status?: number;
  /** extensions.code of the first error, if any */
  code?: string;
  retryAfter?: string | null;
  connection?: string | null;
  /** a network error (ECONNRESET, ECONNREFUSED, socket hang up …) */
  error?: string;
}

export const QUERY = JSON.stringify({ query: '{ municipalities(first: 5) { totalCount nodes { code name } } }' });

/** One POST /graphql on `agent`; never throws. */
export function request(url: string, agent: http.Agent, body = QUERY, timeoutMs = 30_000): Promise<Omit<Sample, 'start' | 'end'>> {
  return new Promise((resolve) => {
    const target = new URL('/graphql', url);
    const req = http.request(
      { host: target.hostname, port: target.port, path: target.pathname, method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', (error: NodeJS.ErrnoException) => resolve({ error: error.code ?? error.message }));
        res.on('end', () => {
          let code: string | undefined;
          try {
            const parsed = JSON.parse(Buffer.concat(chunks).toString()) as { errors?: Array<{ extensions?: { code?: string } }> };
            code = parsed.errors?.[0]?.extensions?.code;
          } catch {
            code = 'UNPARSABLE';
          }
          resolve({ status: res.statusCode, code, retryAfter: res.headers['retry-after'] ?? null, connection: res.headers.connection ?? null });
        });
      },
    );
    req.setTimeout(timeoutMs, () => req.destroy(Object.assign(new Error('client timeout'), { code: 'CLIENT_TIMEOUT' })));
    req.on('error', (error: NodeJS.ErrnoException) => resolve({ error: error.code ?? error.message }));
    req.end(body);
  });
}

export function isSuccess(sample: Sample): boolean {
  return sample.status === 200 && sample.code === undefined;
}

/**
 * Closed-loop load: `concurrency` workers on one keep-alive agent, each sending the next request
 * when the last is answered, until stop() or `maxRequests` (bounded in count and time).
 */
export class Load {
  readonly samples: Sample[] = [];
  readonly agent: http.Agent;
  readonly t0 = Date.now();
  private stopped = false;
  private paused = false;
  private readonly workers: Promise<void>[] = [];

  constructor(
    private readonly url: string,
    options: { concurrency: number; maxRequests: number; timeoutMs?: number; pauseMs?: number },
  ) {
    this.agent = new http.Agent({ keepAlive: true, maxSockets: options.concurrency });
    for (let i = 0; i < options.concurrency; i++) {
      this.workers.push(
        (async () => {
          while (!this.stopped && this.samples.length < options.maxRequests) {
            if (this.paused) {
              await sleep(20);
              continue;
            }
            const start = this.now();
            const result = await request(this.url, this.agent, QUERY, options.timeoutMs);
            this.samples.push({ start, end: this.now(), ...result });
            if (options.pauseMs) await sleep(options.pauseMs);
          }
        })(),
      );
    }
  }

  now(): number {
    return Date.now() - this.t0;
  }

  /** Stops sending new requests (as a load balancer does once /readyz fails); in-flight ones finish. */
  pause(): void {
    this.paused = true;
  }

  async stop(): Promise<Sample[]> {
    this.stopped = true;
    await Promise.all(this.workers);
    this.agent.destroy();
    return this.samples;
  }
}

/** Polls /readyz every `everyMs` on fresh connections; records (time, status). */
export class ReadyzPoller {
  readonly samples: Array<{ at: number; status: number | string }> = [];
  private stopped = false;
  private readonly done: Promise<void>;

  constructor(
    url: string,
    private readonly clock: () => number,
    everyMs = 100,
  ) {
    this.done = (async () => {
      while (!this.stopped) {
        const at = this.clock();
        const status = await new Promise<number | string>((resolve) => {
          const req = http.get(`${url}/readyz`, { agent: false, headers: { connection: 'close' } }, (res) => {
            res.resume();
            res.on('end', () => resolve(res.statusCode ?? 0));
          });
          req.setTimeout(5000, () => req.destroy(new Error('timeout')));
          req.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
        });
        this.samples.push({ at, status });
        await sleep(everyMs);
      }
    })();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.done;
  }
}

/** Fetches a health path once (fresh connection). */
export async function probe(url: string, pathname: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`${url}${pathname}`, { headers: { connection: 'close' } });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/** Waits until `check` holds, polling; returns the time it took or undefined on timeout. */
export async function until(check: () => boolean | Promise<boolean>, timeoutMs: number, everyMs = 50): Promise<number | undefined> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (await check()) return Date.now() - started;
    await sleep(everyMs);
  }
  return undefined;
}

/** Counts of a list of samples by outcome, for the printed figures. */
export function summarize(samples: Sample[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const sample of samples) {
    const key = sample.error ? `network ${sample.error}` : `${sample.status}${sample.code ? ` ${sample.code}` : ''}`;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}
