/**
 * `node dist/.bench/bench/explain.js`: EXPLAIN ANALYZE of the hand-written W1 and W2 statements
 * (peer-sql.ts) on a reduced bench data set (BENCH_MUNICIPALITIES, default 10), for tuning them.
 */
import 'reflect-metadata';
import { createDataSource } from '../src/database/data-source';
import { openBenchDatabase } from './database';
import { generate } from './generate';
import { W1_RANGE, W1_SQL, W2_SQL } from './peer-sql';

async function main(): Promise<void> {
  const database = await openBenchDatabase();
  const ds = createDataSource({ url: database.url, poolSize: 2 });
  try {
    await ds.initialize();
    await ds.runMigrations();
    const data = await generate(ds);
    const m = data.municipalities[0];
    if (!m) throw new Error('no data');
    const show = async (name: string, text: string, values: unknown[]) => {
      await ds.query(text, values);
      const plan = (await ds.query(`EXPLAIN (ANALYZE, BUFFERS) ${text}`, values)) as Array<Record<string, string>>;
      process.stdout.write(`--- ${name}\n${plan.map((row) => Object.values(row)[0]).join('\n')}\n`);
    };
    await show('W2', W2_SQL, [m.code]);
    await show('W1', W1_SQL, [m.indicators[0]?.id, ...W1_RANGE]);
  } finally {
    await ds.destroy().catch(() => undefined);
    await database.dispose().catch(() => undefined);
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${String(error)}\n`);
    process.exit(1);
  },
);
