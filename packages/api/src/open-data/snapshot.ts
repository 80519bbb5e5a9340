import type { DataSource } from 'typeorm';
import { PUBLIC_ROWS, publicIndicator, publicMeasurementRow } from '../access/public-sql';
import { storedSuppression } from './suppression';

/**
 * The published_value snapshot: what open-data consumers see, kept so that the change feed can say
 * what changed since a time, tombstones included.
 *
 * Triggers raise open_data_state.generation for a municipality on every write that can change what
 * it publishes (see the OpenData migration). Before an open-data request is served, `ensureFresh`
 * compares that generation with the one the snapshot reflects (open_data_refresh); for every
 * municipality that differs it recomputes the public set (access/public-sql.ts) with the stored
 * small-count decisions (suppression.ts, kept by the writers) and diffs it against the snapshot in
 * one statement:
 *  - a row that is new, or differs in value, status or footnote, or comes back, is written with
 *    changed_at = the refresh's clock time and removed_at cleared;
 *  - a snapshot row that is no longer public becomes a tombstone: removed_at = changed_at = that
 *    time, value and footnote cleared.
 * Refreshes hold one advisory lock and take their clock time after acquiring it, so every
 * refresh's time is later than anything a reader could have seen before: a consumer who keeps the
 * `changedUntil` of a response and sends it as `changedSince` misses nothing.
 */

const REFRESH_LOCK = `SELECT pg_advisory_xact_lock(hashtextextended('inkludera:open-data-refresh', 0))`;

/** Municipalities among $1 whose snapshot is older than their data. */
const STALE = `
SELECT mu.id
FROM municipality mu
LEFT JOIN open_data_state s ON s.municipality_id = mu.id
LEFT JOIN open_data_refresh r ON r.municipality_id = mu.id
WHERE mu.id = ANY($1::uuid[]) AND r.generation IS DISTINCT FROM COALESCE(s.generation, 0)`;

const REFRESH = `
WITH stamp AS (SELECT clock_timestamp() AS at),
stale AS (
  SELECT mu.id AS municipality_id, COALESCE(s.generation, 0) AS generation, COALESCE(s.changed_at, stamp.at) AS source_changed_at
  FROM municipality mu
  CROSS JOIN stamp
  LEFT JOIN open_data_state s ON s.municipality_id = mu.id
  LEFT JOIN open_data_refresh r ON r.municipality_id = mu.id
  WHERE mu.id = ANY($1::uuid[]) AND r.generation IS DISTINCT FROM COALESCE(s.generation, 0)
),
public_indicator AS MATERIALIZED (
  SELECT i.id
  FROM stale
  JOIN municipality mu ON mu.id = stale.municipality_id AND ${PUBLIC_ROWS.municipality!('mu')}
  JOIN indicator i ON i.municipality_id = mu.id
  WHERE ${publicIndicator('i')}
),
current AS (
  SELECT m.municipality_id, m.indicator_id, m.period, m.period_start, m.sex,
         CASE WHEN d.suppressed THEN NULL ELSE trim_scale(m.value) END AS value,
         CASE WHEN d.suppressed THEN 'SUPPRESSED' ELSE m.status END AS status,
         m.footnote
  FROM public_indicator pi
  JOIN measurement m ON m.indicator_id = pi.id
  CROSS JOIN LATERAL (SELECT ${storedSuppression('m')} AS suppressed) d
  WHERE ${publicMeasurementRow('m')}
),
written AS (
  INSERT INTO published_value AS v (municipality_id, indicator_id, period, period_start, sex, value, status, footnote, changed_at, removed_at)
  SELECT c.municipality_id, c.indicator_id, c.period, c.period_start, c.sex, c.value, c.status, c.footnote, stamp.at, NULL
  FROM current c CROSS JOIN stamp
  ORDER BY c.indicator_id, c.period, c.sex -- the primary key's order: far fewer index pages touched
  ON CONFLICT (indicator_id, period, sex) DO UPDATE
    SET municipality_id = EXCLUDED.municipality_id, period_start = EXCLUDED.period_start, value = EXCLUDED.value,
        status = EXCLUDED.status, footnote = EXCLUDED.footnote, changed_at = EXCLUDED.changed_at, removed_at = NULL
    WHERE v.removed_at IS NOT NULL OR (v.value, v.status, v.footnote) IS DISTINCT FROM (EXCLUDED.value, EXCLUDED.status, EXCLUDED.footnote)
  RETURNING 1
),
removed AS (
  UPDATE published_value v
  SET removed_at = stamp.at, changed_at = stamp.at, value = NULL, footnote = NULL
  FROM stamp
  WHERE v.municipality_id IN (SELECT municipality_id FROM stale) AND v.removed_at IS NULL
    AND NOT EXISTS (SELECT 1 FROM current c WHERE c.indicator_id = v.indicator_id AND c.period = v.period AND c.sex = v.sex)
  RETURNING 1
),
recorded AS (
  INSERT INTO open_data_refresh AS r (municipality_id, generation, source_changed_at, refreshed_at)
  SELECT stale.municipality_id, stale.generation, stale.source_changed_at, stamp.at FROM stale CROSS JOIN stamp
  ON CONFLICT (municipality_id) DO UPDATE
    SET generation = EXCLUDED.generation, source_changed_at = EXCLUDED.source_changed_at, refreshed_at = EXCLUDED.refreshed_at
  RETURNING 1
)
SELECT (SELECT count(*) FROM written)::int AS written, (SELECT count(*) FROM removed)::int AS removed, (SELECT count(*) FROM recorded)::int AS municipalities`;

export interface RefreshResult {
  municipalities: number;
  written: number;
  removed: number;
}

/** Stale municipalities refreshed per statement: about 50,000 values at national benchmark scale. */
const REFRESH_BATCH = 25;

/**
 * Brings the snapshot of the given municipalities up to date. Costs one cheap statement when
 * nothing changed; otherwise, per batch of stale municipalities, one transaction: the lock, then
 * one set-based statement for the batch. A batch commits on its own, so a large first refresh
 * (a new installation, or every indicator published at once) makes progress in steps.
 */
export async function ensureFresh(dataSource: DataSource, municipalityIds: readonly string[]): Promise<RefreshResult> {
  const total: RefreshResult = { municipalities: 0, written: 0, removed: 0 };
  if (municipalityIds.length === 0) return total;
  const stale: Array<{ id: string }> = await dataSource.query(STALE, [municipalityIds]);
  for (let start = 0; start < stale.length; start += REFRESH_BATCH) {
    const batch = stale.slice(start, start + REFRESH_BATCH).map((row) => row.id);
    const result = await dataSource.transaction(async (manager) => {
      await manager.query(REFRESH_LOCK);
      // Sorting the batch's values for the window functions fits in memory; a refresh may take
      // longer than an API query, and one that never finished would leave the snapshot stale.
      await manager.query(`SET LOCAL work_mem = '64MB'`);
      await manager.query(`SET LOCAL statement_timeout = '300s'`);
      // After the lock, in a new snapshot: another request may have refreshed them meanwhile, and
      // REFRESH then finds nothing stale and writes nothing.
      const [row] = (await manager.query(REFRESH, [batch])) as RefreshResult[];
      return row;
    });
    if (result) {
      total.municipalities += result.municipalities;
      total.written += result.written;
      total.removed += result.removed;
    }
  }
  return total;
}
