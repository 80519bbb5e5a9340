import type { DataSource } from 'typeorm';
import { createDataSource } from '../../src/database/data-source';
import { ensureFresh } from '../../src/open-data/snapshot';
import { startTestServer, type TestServer } from '../helpers';

/**
 * The open-data snapshot refresh with several API processes (issue 16): processes that find the same
 * municipalities stale at the same moment queue on one advisory lock; the first refreshes, the
 * others then find nothing stale and write nothing.
 */
describe('open-data snapshot refresh from several processes at once', () => {
  let server: TestServer;
  let pools: DataSource[] = [];

  beforeAll(async () => {
    server = await startTestServer(); // demo data: published values, the snapshot not yet made
    pools = [0, 1, 2].map(() => createDataSource({ url: server.database.url, poolSize: 2 }));
    for (const pool of pools) await pool.initialize();
  });
  afterAll(async () => {
    for (const pool of pools) await pool.destroy();
    await server?.stop();
  });

  it('is done by one process; the others wait for it and write nothing', async () => {
    const ids = ((await server.dataSource.query('SELECT id FROM municipality ORDER BY id')) as Array<{ id: string }>).map((row) => row.id);
    const results = await Promise.all(pools.map((pool) => ensureFresh(pool, ids)));
    const refreshed = results.filter((result) => result.municipalities > 0);
    expect(refreshed).toHaveLength(1);
    const [published] = (await server.dataSource.query('SELECT count(*)::int AS n FROM published_value')) as Array<{ n: number }>;
    expect(published?.n).toBeGreaterThan(0);
    expect(results.reduce((sum, result) => sum + result.written, 0)).toBe(published?.n);
    // Everything is fresh now: a further refresh is one cheap statement and writes nothing.
    expect(await ensureFresh(pools[0] as DataSource, ids)).toEqual({ municipalities: 0, written: 0, removed: 0 });
  });
});
