/**
 * Starts the real Inkludera server (packages/api/dist/main.js, which serves the built SPA) on a free
 * port, on a fresh database: a new embedded PostgreSQL in a temporary folder, or, when DATABASE_URL
 * is set, a new database on that server, dropped afterwards.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';

export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');
/** The built API; E2E_API_MAIN runs another build of it (e.g. a copy of a known-good commit). */
export const API_MAIN = path.resolve(process.env.E2E_API_MAIN || path.join(REPO_ROOT, 'packages', 'api', 'dist', 'main.js'));
export const WEB_DIST = path.join(REPO_ROOT, 'packages', 'web', 'dist');
const WEB_DIST_INDEX = path.join(WEB_DIST, 'index.html');

export interface TestServer {
  url: string;
  /** What the server printed, for failure messages. */
  output(): string;
  /** SIGTERM, wait for the exit (SIGKILL after a grace period), then remove what was created. */
  stop(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function waitForExit(child: ChildProcess, timeoutMs: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

async function createDatabase(adminUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `inkludera_web_e2e_${process.pid}_${Date.now().toString(36)}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new Client({ connectionString: adminUrl });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}

/** Starts the server and resolves once /readyz answers 200 (migrations and demo data done). */
export async function startServer({ readyTimeoutMs = 60_000 } = {}): Promise<TestServer> {
  if (!fs.existsSync(API_MAIN)) {
    throw new Error(`${API_MAIN} does not exist: run \`pnpm build\` from the repository root first.`);
  }
  if (!fs.existsSync(WEB_DIST_INDEX)) {
    throw new Error(`${WEB_DIST_INDEX} does not exist: run \`pnpm build\` from the repository root first.`);
  }

  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    NODE_ENV: 'test',
    INKLUDERA_WEB_DIST: WEB_DIST,
    INKLUDERA_SEED_DEMO: 'true',
  };
  const cleanups: Array<() => Promise<void> | void> = [];

  if (process.env.DATABASE_URL) {
    const database = await createDatabase(process.env.DATABASE_URL);
    env.DATABASE_URL = database.url;
    delete env.INKLUDERA_DATA_DIR;
    cleanups.push(database.drop);
  } else {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'inkludera-web-e2e-'));
    // PostgreSQL runs as its own user and must be able to enter the folder.
    fs.chmodSync(dataDir, 0o755);
    delete env.DATABASE_URL;
    env.INKLUDERA_DATA_DIR = dataDir;
    cleanups.push(() => fs.rmSync(dataDir, { recursive: true, force: true }));
  }

  let output = '';
  const child = spawn(process.execPath, [API_MAIN], { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  // If the test run dies before stop(), the server still gets SIGTERM and stops its PostgreSQL.
  const onExit = () => child.kill('SIGTERM');
  process.once('exit', onExit);

  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    process.off('exit', onExit);
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      if (!(await waitForExit(child, 20_000))) {
        child.kill('SIGKILL');
        await waitForExit(child, 5_000);
      }
    }
    for (const cleanup of cleanups.reverse()) {
      try {
        await cleanup();
      } catch (error) {
        process.stderr.write(`e2e cleanup failed: ${(error as Error).message}\n`);
      }
    }
  };

  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + readyTimeoutMs;
  try {
    for (;;) {
      if (child.exitCode !== null || child.signalCode !== null) {
        throw new Error(`The server exited (${child.exitCode ?? child.signalCode}) before it was ready:\n${output}`);
      }
      try {
        const response = await fetch(`${url}/readyz`, { signal: AbortSignal.timeout(2_000) });
        if (response.status === 200) break;
      } catch {
        // Not listening yet.
      }
      if (Date.now() > deadline) {
        throw new Error(`The server was not ready within ${readyTimeoutMs / 1000} s:\n${output}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  } catch (error) {
    await stop();
    throw error;
  }

  return { url, output: () => output, stop };
}
