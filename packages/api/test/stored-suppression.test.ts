import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { publicIndicator } from '../src/access/public-sql';
import { ensureFresh } from '../src/open-data/snapshot';
import { cellsOfGiven, suppressionRefreshBody } from '../src/open-data/suppression';
import { createMigratedDatabase, type MigratedDatabase } from './helpers';
import { createIndicator, createMunicipality, putValues, triple, type FixtureMunicipality, type Status } from './open-data-fixture';

/**
 * The stored small-count decisions (measurement_suppression, ADR 0018) against the rules decided
 * live: after every kind of write that a decision depends on, in one statement or several, alone
 * or concurrently, the table holds exactly the cells that the rules of open-data/suppression.ts
 * suppress now.
 */

let database: MigratedDatabase;
let ds: DataSource;

beforeAll(async () => {
  database = await createMigratedDatabase();
  ds = database.ds;
});

afterAll(() => database.close());

/** Every stored, non-archived group decided now, as the function decides it. */
const LIVE = `
WITH given AS (SELECT DISTINCT indicator_id, organisation_unit_id, period FROM measurement WHERE archived_at IS NULL),
${cellsOfGiven('given', '', 'assumed public')}
SELECT id FROM decided WHERE suppressed ORDER BY id`;

/** The same with each indicator judged public or not, as anonymous reads decided before ADR 0018: the cells of public indicators. */
const LIVE_OF_PUBLIC_INDICATORS = `
WITH given AS (SELECT DISTINCT indicator_id, organisation_unit_id, period FROM measurement WHERE archived_at IS NULL),
${cellsOfGiven('given', '', 'judged')}
SELECT d.id FROM decided d JOIN indicator i ON i.id = d.indicator_id WHERE d.suppressed AND ${publicIndicator('i')} ORDER BY d.id`;

const STORED = `SELECT measurement_id AS id FROM measurement_suppression ORDER BY measurement_id`;
const STORED_OF_PUBLIC_INDICATORS = `
SELECT s.measurement_id AS id FROM measurement_suppression s JOIN measurement m ON m.id = s.measurement_id JOIN indicator i ON i.id = m.indicator_id
WHERE ${publicIndicator('i')} ORDER BY s.measurement_id`;

async function ids(sql: string): Promise<string[]> {
  return ((await ds.query(sql)) as Array<{ id: string }>).map((row) => row.id);
}

/** The stored decisions are the live ones; returns how many cells are suppressed, so that a case can show it decided something. */
async function expectCurrent(): Promise<number> {
  const live = await ids(LIVE);
  expect(await ids(STORED)).toEqual(live);
  expect(await ids(STORED_OF_PUBLIC_INDICATORS)).toEqual(await ids(LIVE_OF_PUBLIC_INDICATORS));
  return live.length;
}

/** A small deterministic generator (mulberry32), so that a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('stored small-count decisions (measurement_suppression)', () => {
  it('is installed as the code decides: a change of the rules needs a migration that replaces the function', async () => {
    const [row] = (await ds.query(`SELECT prosrc FROM pg_proc WHERE proname = 'measurement_suppression_refresh'`)) as Array<{ prosrc: string }>;
    expect(row?.prosrc).toBe(suppressionRefreshBody());
  });

  it('stays equal to the live decision through every kind of write, in one statement or many', async () => {
    const next = random(20261128);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
    const municipalities: FixtureMunicipality[] = [await createMunicipality(ds, '7001', { threshold: 5 }), await createMunicipality(ds, '7002', { threshold: 3 })];
    const indicators: Array<{ id: string; m: FixtureMunicipality }> = [];
    for (const m of municipalities) {
      indicators.push({ id: await createIndicator(ds, m, { unit: 'COUNT' }), m });
      indicators.push({ id: await createIndicator(ds, m, { unit: 'PERCENT', sensitive: true }), m });
      indicators.push({ id: await createIndicator(ds, m, { unit: 'PERCENT' }), m });
      indicators.push({ id: await createIndicator(ds, m, { unit: 'COUNT', published: false }), m });
    }
    const periods = ['2022', '2023', '2024'];
    const statuses: Status[] = ['FINAL', 'FINAL', 'FINAL', 'PRELIMINARY', 'SUPPRESSED'];
    const value = () => (next() < 0.2 ? null : Math.floor(next() * 14));
    const actions: Record<string, () => Promise<unknown>> = {
      'a triple of values': async () => {
        const { id, m } = pick(indicators);
        const women = value();
        const men = value();
        const total = next() < 0.8 && women !== null && men !== null ? women + men : value();
        return putValues(ds, m, id, triple(pick(periods), women, men, total, pick(statuses)));
      },
      'values of a unit': async () => {
        const { id, m } = pick(indicators);
        const period = pick(periods);
        return ds.query(
          `INSERT INTO measurement (municipality_id, indicator_id, organisation_unit_id, period, period_type, period_start, sex, value, status, source)
           SELECT $1, $2, $3, $4::varchar, 'YEAR', make_date($7::int, 1, 1), s.sex, s.value, 'FINAL', 'Test'
           FROM (VALUES ('WOMEN', $5::numeric), ('MEN', $6::numeric), ('TOTAL', $5::numeric + $6::numeric)) s(sex, value)
           ON CONFLICT DO NOTHING`,
          [m.id, id, m.unitId, period, Math.floor(next() * 8), Math.floor(next() * 8), Number(period)],
        );
      },
      'one value changed': () =>
        ds.query(`UPDATE measurement SET value = $1 WHERE id = (SELECT id FROM measurement ORDER BY id OFFSET $2 LIMIT 1)`, [Math.floor(next() * 14), Math.floor(next() * 20)]),
      'every value of an indicator changed in one statement': () => ds.query(`UPDATE measurement SET value = value + 2 WHERE indicator_id = $1`, [pick(indicators).id]),
      'a status changed': () => ds.query(`UPDATE measurement SET status = $1 WHERE id = (SELECT id FROM measurement ORDER BY id OFFSET $2 LIMIT 1)`, [pick(statuses), Math.floor(next() * 20)]),
      'a footnote changed (decides nothing)': () => ds.query(`UPDATE measurement SET footnote = 'Ny källa' WHERE indicator_id = $1`, [pick(indicators).id]),
      'a value archived': () =>
        ds.query(`UPDATE measurement SET archived_at = now() WHERE id = (SELECT id FROM measurement WHERE archived_at IS NULL ORDER BY id OFFSET $1 LIMIT 1)`, [Math.floor(next() * 20)]),
      'a value deleted': () => ds.query(`DELETE FROM measurement WHERE id = (SELECT id FROM measurement ORDER BY id OFFSET $1 LIMIT 1)`, [Math.floor(next() * 20)]),
      'a threshold changed': () => ds.query(`UPDATE municipality SET small_count_threshold = $1 WHERE id = $2`, [2 + Math.floor(next() * 6), pick(municipalities).id]),
      'an indicator became sensitive or not': () => ds.query(`UPDATE indicator SET sensitive = NOT sensitive WHERE id = $1`, [pick(indicators).id]),
      'an indicator changed unit': () => ds.query(`UPDATE indicator SET unit = CASE WHEN unit = 'COUNT' THEN 'PERCENT' ELSE 'COUNT' END WHERE id = $1`, [pick(indicators).id]),
      'open data released (the release log grows)': () =>
        ensureFresh(
          ds,
          municipalities.map((m) => m.id),
        ),
    };
    const names = Object.keys(actions);
    const seen = new Set<string>();
    let suppressedAtSomePoint = 0;
    for (let step = 0; step < 120; step += 1) {
      const name = step < names.length ? (names[step] as string) : pick(names);
      await (actions[name] as () => Promise<unknown>)();
      seen.add(name);
      suppressedAtSomePoint = Math.max(suppressedAtSomePoint, await expectCurrent());
    }
    expect(seen.size).toBe(names.length);
    // The walk did reach cells that must be hidden, and releases.
    expect(suppressedAtSomePoint).toBeGreaterThan(5);
    const [released] = (await ds.query(`SELECT count(*)::int AS n FROM open_data_release`)) as Array<{ n: number }>;
    expect(released?.n).toBeGreaterThan(0);
  });

  it('decides after a concurrent writer of the same cells has committed, so neither decides without the other', async () => {
    const m = await createMunicipality(ds, '7003');
    // Protected but not additive: the men's value is hidden only because the women's is small beside a published total.
    const indicator = await createIndicator(ds, m, { unit: 'PERCENT', sensitive: true });
    await putValues(ds, m, indicator, triple('2024', null, null, 40));
    const first = ds.createQueryRunner();
    const second = ds.createQueryRunner();
    try {
      await first.connect();
      await second.connect();
      const [{ pid }] = (await second.query(`SELECT pg_backend_pid() AS pid`)) as [{ pid: number }];
      await first.startTransaction();
      await second.startTransaction();
      const insert = (runner: typeof first, sex: string, valueOf: number) =>
        runner.query(
          `INSERT INTO measurement (municipality_id, indicator_id, period, period_type, period_start, sex, value, status, source)
           VALUES ($1, $2, '2024', 'YEAR', '2024-01-01', $3, $4, 'FINAL', 'Test')`,
          [m.id, indicator, sex, valueOf],
        );
      await insert(first, 'WOMEN', 3);
      let finished = false;
      const waiting = insert(second, 'MEN', 10).finally(() => {
        finished = true;
      });
      // The second writer waits for a lock the first one holds: the decisions' lock, before it decides.
      // (Were there none, it would decide without the women's value first, and the check below fails.)
      let waited = false;
      while (!finished && !waited) {
        const [activity] = (await ds.query(`SELECT wait_event_type FROM pg_stat_activity WHERE pid = $1`, [pid])) as Array<{ wait_event_type: string | null }>;
        waited = activity?.wait_event_type === 'Lock';
        if (!waited) await new Promise((resolve) => setTimeout(resolve, 20));
      }
      await first.commitTransaction();
      await waiting;
      await second.commitTransaction();
    } finally {
      await first.release();
      await second.release();
    }
    const hidden = (await ds.query(`SELECT m.sex FROM measurement_suppression s JOIN measurement m ON m.id = s.measurement_id WHERE m.indicator_id = $1 ORDER BY m.sex`, [indicator])) as Array<{
      sex: string;
    }>;
    expect(hidden.map((row) => row.sex)).toEqual(['MEN', 'WOMEN']);
    await expectCurrent();
  });

  it('refuses a write in a transaction that could not see a concurrent writer, and keeps nothing of it', async () => {
    const m = await createMunicipality(ds, '7004');
    const indicator = await createIndicator(ds, m);
    await expect(
      ds.transaction('REPEATABLE READ', (manager) =>
        manager.query(
          `INSERT INTO measurement (id, municipality_id, indicator_id, period, period_type, period_start, sex, value, status, source)
           VALUES ($1, $2, $3, '2024', 'YEAR', '2024-01-01', 'WOMEN', 3, 'FINAL', 'Test')`,
          [randomUUID(), m.id, indicator],
        ),
      ),
    ).rejects.toThrow(/READ COMMITTED/);
    const [count] = (await ds.query(`SELECT count(*)::int AS n FROM measurement WHERE indicator_id = $1`, [indicator])) as Array<{ n: number }>;
    expect(count?.n).toBe(0);
    await expectCurrent();
  });
});
