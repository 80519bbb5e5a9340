import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createFreshDatabase, databaseName, dropDatabase } from './admin';
import { startEmbeddedPostgres } from './embedded';

/**
 * Runs `fn` with the URL of a new, empty database that is dropped afterwards: on DATABASE_URL's
 * server when set, otherwise on a throwaway embedded PostgreSQL in a temporary folder.
 */
export async function withScratchDatabase(fn: (url: string) => Promise<void>): Promise<void> {
  const serverUrl = process.env.DATABASE_URL;
  let stop: (() => Promise<void>) | undefined;
  let adminUrl: string;
  let folder: string | undefined;
  if (serverUrl) {
    adminUrl = serverUrl;
  } else {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'inkludera-scratch-'));
    // PostgreSQL runs as its own user and must be able to enter the folder.
    fs.chmodSync(folder, 0o755);
    const embedded = await startEmbeddedPostgres(path.join(folder, 'pg'), () => undefined);
    adminUrl = embedded.adminUrl;
    stop = () => embedded.stop();
  }
  const url = await createFreshDatabase(adminUrl, 'inkludera_scratch');
  try {
    await fn(url);
  } finally {
    await dropDatabase(adminUrl, databaseName(url));
    await stop?.();
    if (folder) fs.rmSync(folder, { recursive: true, force: true });
  }
}
