import fs from 'node:fs';

export default async function globalTeardown(): Promise<void> {
  const running = globalThis.__INKLUDERA_TEST_PG__;
  if (!running) return;
  await running.handle.stop();
  fs.rmSync(running.folder, { recursive: true, force: true });
}
