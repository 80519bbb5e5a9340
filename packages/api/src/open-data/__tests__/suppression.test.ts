import type { DataSource } from 'typeorm';
import { createIndicator, createMunicipality, putValues, triple, type Cell, type FixtureMunicipality, type Sex } from '../../../test/open-data-fixture';
import { createMigratedDatabase, type MigratedDatabase } from '../../../test/helpers';
import { runWithSqlScope } from '../../database/sql-counter';
import { Measurement, MeasurementStatus } from '../../modules/measurement/measurement.entity';
import { ensureFresh } from '../snapshot';
import { suppressForPublic } from '../suppression';

let database: MigratedDatabase;
let ds: DataSource;
let m: FixtureMunicipality;
let code = 1000;

beforeAll(async () => {
  database = await createMigratedDatabase();
  ds = database.ds;
});

afterAll(() => database.close());

beforeEach(async () => {
  code += 1;
  m = await createMunicipality(ds, String(code));
});

/** Loads the given rows as the GraphQL layer would, suppresses them, and returns value and status by sex. */
async function published(ids: string[]): Promise<Record<string, { value: number | null; status: string; numerator: number | null }>> {
  const rows = await ds.getRepository(Measurement).findBy(ids.map((id) => ({ id })));
  await suppressForPublic(ds.manager, rows);
  return Object.fromEntries(rows.map((row) => [row.sex, { value: row.value, status: row.status, numerator: row.numerator }]));
}

async function publicIds(indicatorId: string): Promise<string[]> {
  const rows: Array<{ id: string }> = await ds.query(`SELECT id FROM measurement WHERE indicator_id = $1 AND status = 'FINAL'`, [indicatorId]);
  return rows.map((row) => row.id);
}

const shown = (value: number) => ({ value, status: 'FINAL' });
const hidden = { value: null, status: 'SUPPRESSED' };

describe('small-count suppression (suppressForPublic)', () => {
  it('suppresses a small count and the other sex when the total is published', async () => {
    const indicator = await createIndicator(ds, m);
    await putValues(ds, m, indicator, triple('2024', 3, 10, 13));
    expect(await published(await publicIds(indicator))).toMatchObject({ WOMEN: hidden, MEN: hidden, TOTAL: shown(13) });
  });

  it('keeps the other sex when the total is not published', async () => {
    const indicator = await createIndicator(ds, m);
    await putValues(ds, m, indicator, [...triple('2024', 3, 10, null), { period: '2024', sex: 'TOTAL', value: 13, status: 'PRELIMINARY' }]);
    expect(await published(await publicIds(indicator))).toMatchObject({ WOMEN: hidden, MEN: shown(10) });
  });

  it('keeps the other sex when the total is suppressed too', async () => {
    const indicator = await createIndicator(ds, m);
    await putValues(ds, m, indicator, triple('2024', 1, 6, 7));
    // 7 is not small, 1 is; total visible → 6 hidden. With a threshold of 8 the total is small as well.
    expect(await published(await publicIds(indicator))).toMatchObject({ WOMEN: hidden, MEN: hidden, TOTAL: shown(7) });
    await ds.query('UPDATE municipality SET small_count_threshold = 8 WHERE id = $1', [m.id]);
    expect(await published(await publicIds(indicator))).toMatchObject({ WOMEN: hidden, MEN: hidden, TOTAL: hidden });
    await ds.query('UPDATE municipality SET small_count_threshold = 5 WHERE id = $1', [m.id]);
    await putValues(ds, m, indicator, [{ period: '2024', sex: 'TOTAL', value: 4, status: 'FINAL' }]); // inconsistent on purpose
    expect(await published(await publicIds(indicator))).toMatchObject({ WOMEN: hidden, MEN: shown(6), TOTAL: hidden });
  });

  it('treats an unpublished small sibling like a published one (preliminary women, final men and total)', async () => {
    const indicator = await createIndicator(ds, m);
    await putValues(ds, m, indicator, [{ period: '2024', sex: 'WOMEN', value: 2, status: 'PRELIMINARY' }, ...triple('2024', null, 30, 32)]);
    expect(await published(await publicIds(indicator))).toMatchObject({ MEN: hidden, TOTAL: shown(32) });
  });

  it('protects a cell that staff marked SUPPRESSED, even for a percentage', async () => {
    const indicator = await createIndicator(ds, m, { unit: 'PERCENT' });
    await putValues(ds, m, indicator, [{ period: '2024', sex: 'WOMEN', value: null, status: 'SUPPRESSED' }, ...triple('2024', null, 40, 45)]);
    expect(await published(await publicIds(indicator))).toMatchObject({ MEN: hidden, TOTAL: shown(45) });
  });

  it('suppresses a sex whose difference from the total is small when the other sex is missing', async () => {
    const indicator = await createIndicator(ds, m);
    await putValues(ds, m, indicator, triple('2024', null, 10, 12));
    expect(await published(await publicIds(indicator))).toMatchObject({ MEN: hidden, TOTAL: shown(12) });
    await putValues(ds, m, indicator, triple('2025', null, 10, 20));
    const ids: Array<{ id: string }> = await ds.query(`SELECT id FROM measurement WHERE indicator_id = $1 AND period = '2025'`, [indicator]);
    expect(await published(ids.map((row) => row.id))).toMatchObject({ MEN: shown(10), TOTAL: shown(20) });
  });

  it('leaves percentages alone unless the indicator is sensitive', async () => {
    const plain = await createIndicator(ds, m, { unit: 'PERCENT' });
    await putValues(ds, m, plain, triple('2024', 2.5, 40, 23.1));
    expect(await published(await publicIds(plain))).toMatchObject({ WOMEN: shown(2.5), MEN: shown(40), TOTAL: shown(23.1) });

    const sensitive = await createIndicator(ds, m, { unit: 'PERCENT', sensitive: true });
    await putValues(ds, m, sensitive, triple('2024', 2.5, 40, 23.1));
    expect(await published(await publicIds(sensitive))).toMatchObject({ WOMEN: hidden, MEN: hidden, TOTAL: shown(23.1) });
  });

  it('suppresses a sensitive ratio whose numerator is small, and clears numerator and denominator', async () => {
    const indicator = await createIndicator(ds, m, { unit: 'PERCENT', sensitive: true });
    const ids = await putValues(ds, m, indicator, [
      { period: '2024', sex: 'TOTAL', value: 30, numerator: 3, denominator: 10 },
      { period: '2023', sex: 'TOTAL', value: 30, numerator: 30, denominator: 100 },
    ]);
    const rows = await ds.getRepository(Measurement).findBy(ids.map((id) => ({ id })));
    await suppressForPublic(ds.manager, rows);
    const byPeriod = Object.fromEntries(rows.map((row) => [row.period, row]));
    expect(byPeriod['2024']).toMatchObject({ value: null, numerator: null, denominator: null, status: MeasurementStatus.SUPPRESSED });
    expect(byPeriod['2023']).toMatchObject({ value: 30, numerator: 30, denominator: 100, status: MeasurementStatus.FINAL });
  });

  it('uses the municipality’s threshold: below it is suppressed, at it is not', async () => {
    const indicator = await createIndicator(ds, m);
    await putValues(ds, m, indicator, triple('2024', 5, 9, 14));
    expect(await published(await publicIds(indicator))).toMatchObject({ WOMEN: shown(5), MEN: shown(9), TOTAL: shown(14) });
    await ds.query('UPDATE municipality SET small_count_threshold = 6 WHERE id = $1', [m.id]);
    expect(await published(await publicIds(indicator))).toMatchObject({ WOMEN: hidden, MEN: hidden, TOTAL: shown(14) });
    await ds.query('UPDATE municipality SET small_count_threshold = 0 WHERE id = $1', [m.id]);
    await putValues(ds, m, indicator, triple('2024', 0, 1, 1));
    expect(await published(await publicIds(indicator))).toMatchObject({ WOMEN: shown(0), MEN: shown(1), TOTAL: shown(1) });
  });

  it('decides any number of rows in one SQL statement', async () => {
    const indicator = await createIndicator(ds, m);
    const cells: Cell[] = [];
    for (let year = 1950; year < 2050; year += 1) cells.push(...triple(String(year), year % 7, 10 + (year % 3), (year % 7) + 10 + (year % 3)));
    await putValues(ds, m, indicator, cells);
    const rows = await ds.getRepository(Measurement).findBy({ indicatorId: indicator });
    expect(rows).toHaveLength(300);
    for (const sample of [rows.slice(0, 3), rows]) {
      const scope = { statements: 0 };
      await runWithSqlScope(scope, () => suppressForPublic(ds.manager, sample));
      expect(scope.statements).toBe(1);
    }
    expect(rows.filter((row) => row.status === MeasurementStatus.SUPPRESSED).length).toBeGreaterThan(0);
  });
});

/** Deterministic pseudo-random numbers. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

describe('suppression over many random groups', () => {
  it('never publishes a small count or a pair that reveals one, and the snapshot decides as suppressForPublic does', async () => {
    const rnd = random(4242);
    const threshold = 5;
    const indicator = await createIndicator(ds, m);
    const sensitive = await createIndicator(ds, m, { unit: 'PERCENT', sensitive: true });
    const truth = new Map<string, Record<Sex, number>>();
    const statuses = ['FINAL', 'FINAL', 'FINAL', 'PRELIMINARY', 'MISSING'] as const;
    for (const target of [indicator, sensitive]) {
      const cells: Cell[] = [];
      for (let year = 1900; year < 2100; year += 1) {
        const women = Math.floor(rnd() * 14);
        const men = Math.floor(rnd() * 14);
        const values: Record<Sex, number> = { WOMEN: women, MEN: men, TOTAL: women + men };
        truth.set(`${target}/${year}`, values);
        for (const sex of ['WOMEN', 'MEN', 'TOTAL'] as const) {
          if (rnd() < 0.15) continue; // not stored at all
          const status = statuses[Math.floor(rnd() * statuses.length)] as Cell['status'];
          cells.push({ period: String(year), sex, value: status === 'MISSING' ? null : values[sex], status });
        }
      }
      await putValues(ds, m, target, cells);
    }

    // The GraphQL path: every public row through suppressForPublic.
    const rows = await ds.getRepository(Measurement).find({
      where: [
        { indicatorId: indicator, status: MeasurementStatus.FINAL },
        { indicatorId: sensitive, status: MeasurementStatus.FINAL },
      ],
    });
    await suppressForPublic(ds.manager, rows);
    const viaGraphQL = new Map(rows.map((row) => [`${row.indicatorId}/${row.period}/${row.sex}`, { value: row.value, status: row.status }]));

    // The file path: the snapshot.
    await ensureFresh(ds, [m.id]);
    const snapshot: Array<{ indicator_id: string; period: string; sex: string; value: string | null; status: string }> = await ds.query(
      `SELECT indicator_id, period, sex, value, status FROM published_value WHERE municipality_id = $1 AND removed_at IS NULL`,
      [m.id],
    );
    const viaFiles = new Map(snapshot.map((row) => [`${row.indicator_id}/${row.period}/${row.sex}`, { value: row.value === null ? null : Number(row.value), status: row.status }]));
    expect(viaFiles).toEqual(viaGraphQL);
    expect([...viaFiles.values()].filter((cell) => cell.status === 'SUPPRESSED').length).toBeGreaterThan(20);

    // No leak: nothing published is small, and no published pair reveals a small count.
    for (const key of truth.keys()) {
      const [target, year] = key.split('/') as [string, string];
      const seen = (sex: Sex) => {
        const cell = viaFiles.get(`${target}/${year}/${sex}`);
        return cell && cell.status !== 'SUPPRESSED' ? (cell.value as number) : null;
      };
      const [women, men, total] = [seen('WOMEN'), seen('MEN'), seen('TOTAL')];
      for (const value of [women, men, total]) if (value !== null) expect(value).toBeGreaterThanOrEqual(threshold);
      if (target !== indicator) continue; // only counts add up
      if (total !== null && women !== null) expect(total - women).toBeGreaterThanOrEqual(threshold);
      if (total !== null && men !== null) expect(total - men).toBeGreaterThanOrEqual(threshold);
    }
  });
});
