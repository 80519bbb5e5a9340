import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../src/database/embedded';

/** The API under test: the built server (`dist/main.js`, as `pnpm start` runs it) in a process of its own. */
export interface ServerProcess {
  url: string;
  pid: number;
  /** Peak resident memory of the server process so far, in MiB (Linux), or NaN. */
  peakRssMiB(): number;
  stop(): Promise<void>;
}

const MAIN_JS = path.resolve(__dirname, '..', '..', 'main.js'); // dist/.bench/bench → dist/main.js

/**
 * Starts the server on a free loopback port against `databaseUrl` (migrated, no demo data), in
 * production mode, with the SQL statement header switched on for the measurement.
 */
export async function startServerProcess(databaseUrl: string, mainJs = MAIN_JS, extraNodeArgs: string[] = []): Promise<ServerProcess> {
  if (!fs.existsSync(mainJs)) throw new Error(`${mainJs} is missing: build the API first (pnpm bench does).`);
  const port = await freePort();
  // e.g. BENCH_SERVER_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" to profile the server
  const nodeArgs = [...(process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean), ...extraNodeArgs];
  const child = spawn(process.execPath, [...nodeArgs, mainJs], {
    env: {
      PATH: process.env.PATH ?? '',
      NODE_ENV: 'production',
      DATABASE_URL: databaseUrl,
      HOST: '127.0.0.1',
      PORT: String(port),
      INKLUDERA_SEED_DEMO: 'false',
      INKLUDERA_SQL_STATEMENTS_HEADER: 'true',
      INKLUDERA_WEB_DIST: path.join(os.tmpdir(), 'inkludera-bench-no-web'),
      LOG_LEVEL: 'warn',
      // The load comes from one address far faster than any person or system would send it.
      RATE_LIMIT_PER_MINUTE: '0',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));

  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server did not start within 60 s:\n${output}`)), 60_000);
    const poll = setInterval(() => {
      const match = /Inkludera is running at (\S+)/.exec(output);
      if (match) {
        clearInterval(poll);
        clearTimeout(timer);
        resolve(match[1] as string);
      }
    }, 50);
    void exited.then((code) => {
      clearInterval(poll);
      clearTimeout(timer);
      reject(new Error(`the server exited (${code}) before it was running:\n${output}`));
    });
  });

  return {
    url,
    pid: child.pid as number,
    peakRssMiB() {
      try {
        const status = fs.readFileSync(`/proc/${child.pid}/status`, 'utf8');
        const kib = Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1]);
        return kib / 1024;
      } catch {
        return NaN;
      }
    },
    async stop() {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      const code = await Promise.race([exited, new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 20_000).unref())]);
      if (code === 'timeout') child.kill('SIGKILL');
    },
  };
}

/**
 * A peer of the side-by-side benchmark (peer-sql.js, peer-postgraphile.js in this folder) in a
 * process of its own on a free loopback port, against the same database.
 */
export async function startPeerProcess(script: string, databaseUrl: string, extraEnv: Record<string, string> = {}): Promise<ServerProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(__dirname, script)], {
    env: { PATH: process.env.PATH ?? '', NODE_ENV: 'production', DATABASE_URL: databaseUrl, PORT: String(port), ...extraEnv },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${script} did not start within 120 s:\n${output}`)), 120_000);
    const poll = setInterval(() => {
      const match = /peer listening at (\S+)/.exec(output);
      if (match) {
        clearInterval(poll);
        clearTimeout(timer);
        resolve(match[1] as string);
      }
    }, 50);
    void exited.then((code) => {
      clearInterval(poll);
      clearTimeout(timer);
      reject(new Error(`${script} exited (${code}) before it was listening:\n${output}`));
    });
  });
  return {
    url,
    pid: child.pid as number,
    peakRssMiB: () => NaN,
    async stop() {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      const code = await Promise.race([exited, new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 10_000).unref())]);
      if (code === 'timeout') child.kill('SIGKILL');
    },
  };
}
