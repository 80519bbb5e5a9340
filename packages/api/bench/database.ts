import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createFreshDatabase, databaseName, dropDatabase } from '../src/database/admin';
import { startEmbeddedPostgres } from '../src/database/embedded';

export interface BenchDatabase {
  url: string;
  where: string;
  /**
   * The embedded server's log lines go to `listener` while one is set (the side-by-side benchmark
   * reads PostgreSQL's own statement durations from them); null on DATABASE_URL's server.
   */
  onLog: ((listener: ((line: string) => void) | null) => void) | null;
  /** Drops the database and stops (and removes) an embedded server. */
  dispose(): Promise<void>;
}

/**
 * A fresh, empty database of its own: on DATABASE_URL's server when it is set, else on an embedded
 * PostgreSQL in a temporary folder that is removed afterwards.
 */
export async function openBenchDatabase(): Promise<BenchDatabase> {
  const given = process.env.DATABASE_URL;
  if (given) {
    const url = await createFreshDatabase(given, 'inkludera_bench');
    return { url, where: `DATABASE_URL's server, database ${databaseName(url)}`, onLog: null, dispose: () => dropDatabase(given, databaseName(url)) };
  }
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'inkludera-bench-'));
  fs.chmodSync(folder, 0o755); // PostgreSQL may run as its own user and must enter it
  let listener: ((line: string) => void) | null = null;
  const server = await startEmbeddedPostgres(path.join(folder, 'pg'), (line) => listener?.(line));
  try {
    const url = await createFreshDatabase(server.adminUrl, 'inkludera_bench');
    return {
      url,
      where: `embedded PostgreSQL in ${folder}`,
      onLog: (next) => {
        listener = next;
      },
      dispose: async () => {
        await server.stop();
        fs.rmSync(folder, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await server.stop();
    fs.rmSync(folder, { recursive: true, force: true });
    throw error;
  }
}
