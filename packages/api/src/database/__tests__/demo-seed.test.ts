import { createDataSource } from '../data-source';
import { seedDemoIfEmpty } from '../seed/demo-seed';
import { DEMO_SOURCE } from '../seed/demo-data';
import { createTestDatabase, type TestDatabase } from '../../../test/helpers';
import type { DataSource } from 'typeorm';

describe('demo data', () => {
  let database: TestDatabase;
  let ds: DataSource;
  beforeAll(async () => {
    database = await createTestDatabase();
    ds = createDataSource({ url: database.url });
    await ds.initialize();
    await ds.runMigrations();
    expect(await seedDemoIfEmpty(ds)).toBe(true);
  });
  afterAll(async () => {
    await ds.destroy();
    await database.drop();
  });

  const count = async (sql: string, params: unknown[] = []) => Number((await ds.query(sql, params))[0].n);

  it('covers every type, for Tyresö and Tranemo', async () => {
    for (const table of ['organisation_unit', 'steering_document', 'steering_document_version', 'focus_area', 'goal', 'indicator', 'measurement']) {
      expect(await count(`SELECT count(DISTINCT municipality_id) AS n FROM ${table}`)).toBe(2);
    }
    for (const table of ['target', 'partner', 'activity', 'agreement', 'goal_indicator', 'activity_goal', 'activity_partner', 'agreement_partner', 'agreement_activity', 'agreement_goal']) {
      expect(await count(`SELECT count(*) AS n FROM ${table}`)).toBeGreaterThan(0);
    }
  });

  it('follows the sources: Tyresö’s six arenas and internships, Tranemo’s four areas and its earlier policy version', async () => {
    const areas = await ds.query(`SELECT m.code, count(*)::int AS n FROM focus_area f JOIN municipality m ON m.id = f.municipality_id GROUP BY m.code ORDER BY m.code`);
    expect(areas).toEqual([
      { code: '0138', n: 6 },
      { code: '1498', n: 4 },
    ]);
    expect(await count(`SELECT count(*) AS n FROM activity WHERE title ILIKE '%praktikplatser för nyanlända%'`)).toBe(1);
    const versions = await ds.query(
      `SELECT v.version_number, v.registration_number, v.status FROM steering_document_version v JOIN steering_document d ON d.id = v.steering_document_id WHERE d.registration_number = 'KS/2017:749' ORDER BY 1`,
    );
    expect(versions).toEqual([
      { version_number: 1, registration_number: 'KS/2013:1207', status: 'REPLACED' },
      { version_number: 2, registration_number: 'KS/2017:749', status: 'ADOPTED' },
    ]);
    expect(await count(`SELECT count(*) AS n FROM partner WHERE kind = 'ESTABLISHMENT_CENTRE'`)).toBe(1);
  });

  it('marks every invented figure as demo data, gives every indicator both responsibilities, and adds up counts', async () => {
    expect(await count(`SELECT count(*) AS n FROM measurement WHERE source IS DISTINCT FROM $1`, [DEMO_SOURCE])).toBe(0);
    expect(await count(`SELECT count(*) AS n FROM target WHERE comment IS DISTINCT FROM $1`, [DEMO_SOURCE])).toBe(0);
    expect(await count(`SELECT count(*) AS n FROM indicator WHERE responsible_implementation_unit_id IS NULL OR responsible_follow_up_unit_id IS NULL`)).toBe(0);
    const mismatches = await count(`
      SELECT count(*) AS n FROM indicator i
      JOIN measurement t ON t.indicator_id = i.id AND t.sex = 'TOTAL'
      JOIN measurement w ON w.indicator_id = i.id AND w.sex = 'WOMEN' AND w.period = t.period
      JOIN measurement m ON m.indicator_id = i.id AND m.sex = 'MEN' AND m.period = t.period
      WHERE i.unit = 'COUNT' AND t.value <> w.value + m.value`);
    expect(mismatches).toBe(0);
    expect(await count(`SELECT count(*) AS n FROM measurement WHERE sex IN ('WOMEN', 'MEN')`)).toBe((await count(`SELECT count(*) AS n FROM measurement`)) * (2 / 3));
  });

  it('never loads over existing data', async () => {
    const before = await count('SELECT count(*) AS n FROM goal');
    expect(await seedDemoIfEmpty(ds)).toBe(false);
    expect(await count('SELECT count(*) AS n FROM goal')).toBe(before);
  });
});
