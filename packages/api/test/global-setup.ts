import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startEmbeddedPostgres, type EmbeddedPostgresHandle } from '../src/database/embedded';

declare global {
  // Shared between global setup and teardown (same process).
  var __INKLUDERA_TEST_PG__: { handle: EmbeddedPostgresHandle; folder: string } | undefined;
}

/** One PostgreSQL server for the whole run: DATABASE_URL's, or an embedded one in a temp folder. */
export default async function globalSetup(): Promise<void> {
  if (process.env.DATABASE_URL) {
    process.env.INKLUDERA_TEST_ADMIN_URL = process.env.DATABASE_URL;
    return;
  }
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'inkludera-test-'));
  fs.chmodSync(folder, 0o755);
  const handle = await startEmbeddedPostgres(path.join(folder, 'pg'), () => undefined);
  globalThis.__INKLUDERA_TEST_PG__ = { handle, folder };
  process.env.INKLUDERA_TEST_ADMIN_URL = handle.adminUrl;
}
