import { createTestDatabase, type TestDatabase } from '../../../test/helpers';
import { createDataSource } from '../data-source';
import { MIGRATIONS } from '../migrations';

async function tables(url: string): Promise<string[]> {
  const ds = createDataSource({ url });
  await ds.initialize();
  try {
    const rows: Array<{ table_name: string }> = await ds.query("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name");
    return rows.map((row) => row.table_name);
  } finally {
    await ds.destroy();
  }
}

describe('migrations', () => {
  let database: TestDatabase;
  beforeEach(async () => {
    database = await createTestDatabase();
  });
  afterEach(() => database.drop());

  it('run up from an empty database and down again to nothing', async () => {
    const ds = createDataSource({ url: database.url });
    await ds.initialize();
    try {
      const applied = await ds.runMigrations({ transaction: 'each' });
      expect(applied).toHaveLength(MIGRATIONS.length);
      expect(await ds.showMigrations()).toBe(false); // nothing pending
      expect(await tables(database.url)).toEqual(expect.arrayContaining(['municipality', 'steering_document', 'focus_area', 'goal', 'goal_indicator', 'indicator', 'measurement']));
      for (let i = 0; i < MIGRATIONS.length; i += 1) await ds.undoLastMigration({ transaction: 'each' });
      expect(await tables(database.url)).toEqual(['migrations']);
      // And up again: down must leave the database as the migrations found it.
      expect(await ds.runMigrations()).toHaveLength(MIGRATIONS.length);
    } finally {
      await ds.destroy();
    }
  });

  it('agree with the entities: migrated, the schema builder has nothing left to change', async () => {
    const ds = createDataSource({ url: database.url });
    await ds.initialize();
    try {
      await ds.runMigrations();
      const pending = await ds.driver.createSchemaBuilder().log();
      // A failure lists the SQL a new migration needs: pnpm --filter @inkludera/api migration:generate <Name>
      expect(pending.upQueries.map((query) => query.query)).toEqual([]);
    } finally {
      await ds.destroy();
    }
  });
});
