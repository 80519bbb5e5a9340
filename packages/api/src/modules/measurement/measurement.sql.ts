/**
 * Set-based SQL of the bulk upsert. The rows come in as one array per column (unnest), so a call
 * of 10,000 rows is one statement per partial unique index, whatever its size.
 */

/** Columns of the input arrays, in parameter order after $1 (the municipality id). */
export const INPUT_COLUMNS = [
  ['indicator_id', 'uuid'],
  ['organisation_unit_id', 'uuid'],
  ['period', 'text'],
  ['period_type', 'text'],
  ['period_start', 'date'],
  ['sex', 'text'],
  ['value', 'numeric'],
  ['status', 'text'],
  ['numerator', 'numeric'],
  ['denominator', 'numeric'],
  ['footnote', 'text'],
  ['source', 'text'],
  ['reported_by', 'text'],
] as const;

/** What a row may change; a row equal in all of these (and not archived) is left alone. */
const COMPARED = ['value', 'status', 'numerator', 'denominator', 'footnote', 'source'] as const;

const unnest = `unnest(${INPUT_COLUMNS.map(([, type], i) => `$${i + 2}::${type}[]`).join(', ')}) AS t(${INPUT_COLUMNS.map(([name]) => name).join(', ')})`;

function differs(stored: string, given: string): string {
  return `(${stored}.archived_at IS NOT NULL OR (${COMPARED.map((c) => `${stored}.${c}`).join(', ')}) IS DISTINCT FROM (${COMPARED.map((c) => `${given}.${c}`).join(', ')}))`;
}

/**
 * Upserts the rows of one level (municipality or unit) and historises what it replaces:
 * - `previous`: the stored rows that this call changes (a value differs, or the row is archived),
 *   read before the write;
 * - `history`: their state goes to measurement_history (UPDATED, or RESTORED for an archived row),
 *   with the new row's reporter as changed_by;
 * - `written`: INSERT … ON CONFLICT on the level's partial unique index, updating only rows that
 *   differ (same condition as `previous`), bumping their version and clearing archived_at.
 * Returns one row: inserted, updated, restored.
 *
 * Correct under concurrency because every measurement write of a municipality holds its advisory
 * lock (see MeasurementService), so no other writer changes these rows between read and write.
 */
export function upsertStatement(unitLevel: boolean): string {
  const keyJoin = unitLevel ? 'm.organisation_unit_id = t.organisation_unit_id' : 'm.organisation_unit_id IS NULL';
  const conflict = unitLevel
    ? '(indicator_id, organisation_unit_id, period, sex) WHERE organisation_unit_id IS NOT NULL'
    : '(indicator_id, period, sex) WHERE organisation_unit_id IS NULL';
  return `
WITH input AS (
  SELECT * FROM ${unnest}
),
previous AS (
  SELECT m.id, m.municipality_id, m.version, m.value, m.status, m.numerator, m.denominator, m.footnote, m.source,
         m.reported_by, m.reported_at, m.archived_at, t.reported_by AS changed_by
  FROM input t
  JOIN measurement m ON m.indicator_id = t.indicator_id AND m.period = t.period AND m.sex = t.sex AND ${keyJoin}
  WHERE ${differs('m', 't')}
),
history AS (
  INSERT INTO measurement_history (measurement_id, municipality_id, version, value, status, numerator, denominator, footnote, source, reported_by, reported_at, change_kind, changed_by)
  SELECT id, municipality_id, version, value, status, numerator, denominator, footnote, source, reported_by, reported_at,
         CASE WHEN archived_at IS NULL THEN 'UPDATED' ELSE 'RESTORED' END, changed_by
  FROM previous
),
written AS (
  INSERT INTO measurement AS m (municipality_id, indicator_id, organisation_unit_id, period, period_type, period_start, sex, value, status, numerator, denominator, footnote, source, reported_by)
  SELECT $1::uuid, indicator_id, ${unitLevel ? 'organisation_unit_id' : 'NULL'}, period, period_type, period_start, sex, value, status, numerator, denominator, footnote, source, reported_by
  FROM input
  ON CONFLICT ${conflict}
  DO UPDATE SET ${COMPARED.map((c) => `${c} = EXCLUDED.${c}`).join(', ')},
    reported_by = EXCLUDED.reported_by, reported_at = now(), archived_at = NULL, updated_at = now(), version = m.version + 1
  WHERE ${differs('m', 'EXCLUDED')}
  RETURNING (xmax = 0) AS inserted
)
SELECT count(*) FILTER (WHERE inserted)::int AS inserted,
       count(*) FILTER (WHERE NOT inserted)::int AS updated,
       (SELECT count(*) FROM previous WHERE archived_at IS NOT NULL)::int AS restored
FROM written`;
}

/**
 * The rows given with the version their writer read (`expected_version`, 0 for none) whose stored
 * value (not archived) now has another version and which would change it: the index of each with
 * the stored version and value. Parameters: $1 the municipality, the input columns, then the rows'
 * indexes and their expected versions. Run under the municipality's measurement lock, before the
 * upsert, so that nothing changes between this check and the write.
 */
export const STALE_ROWS = `
SELECT t.idx, coalesce(m.version, 0) AS version, m.value
FROM unnest(${INPUT_COLUMNS.map(([, type], i) => `$${i + 2}::${type}[]`).join(', ')}, $${INPUT_COLUMNS.length + 2}::int[], $${INPUT_COLUMNS.length + 3}::int[])
  AS t(${INPUT_COLUMNS.map(([name]) => name).join(', ')}, idx, expected_version)
LEFT JOIN measurement m
  ON m.municipality_id = $1 AND m.archived_at IS NULL AND m.indicator_id = t.indicator_id AND m.period = t.period AND m.sex = t.sex
 AND (m.organisation_unit_id = t.organisation_unit_id OR (m.organisation_unit_id IS NULL AND t.organisation_unit_id IS NULL))
WHERE coalesce(m.version, 0) <> t.expected_version
  AND (m.id IS NULL OR ${differs('m', 't')})
ORDER BY t.idx`;

/**
 * The (indicator, unit, period) groups among the given keys where TOTAL, WOMEN and MEN are all
 * present (not archived, not null) and TOTAL differs from WOMEN + MEN. Exact numeric arithmetic.
 */
export const TOTAL_MISMATCH_QUERY = `
WITH keys AS (
  SELECT DISTINCT * FROM unnest($1::uuid[], $2::uuid[], $3::text[]) AS k(indicator_id, organisation_unit_id, period)
),
sums AS (
  SELECT k.indicator_id, k.organisation_unit_id, k.period,
         max(m.value) FILTER (WHERE m.sex = 'TOTAL') AS total,
         max(m.value) FILTER (WHERE m.sex = 'WOMEN') AS women,
         max(m.value) FILTER (WHERE m.sex = 'MEN') AS men
  FROM keys k
  JOIN measurement m ON m.indicator_id = k.indicator_id AND m.period = k.period
   AND m.organisation_unit_id IS NOT DISTINCT FROM k.organisation_unit_id
  WHERE m.archived_at IS NULL AND m.value IS NOT NULL
  GROUP BY k.indicator_id, k.organisation_unit_id, k.period
)
SELECT indicator_id, organisation_unit_id, period, total, women, men
FROM sums
WHERE total IS NOT NULL AND women IS NOT NULL AND men IS NOT NULL AND total <> women + men`;

/**
 * The key of a municipality's measurement lock (an advisory lock), for the municipality id
 * `expression`; the stored small-count decisions are written under it too (open-data/suppression.ts).
 */
export const municipalityMeasurementLock = (expression: string) => `hashtextextended('measurement:' || ${expression}::text, 0)`;

/** Serialises the measurement writes of one municipality until the transaction ends. */
export const LOCK_MUNICIPALITY = `SELECT pg_advisory_xact_lock(${municipalityMeasurementLock('$1')})`;

/** Copies a measurement's current state into its history. */
export const HISTORISE_ONE = `
INSERT INTO measurement_history (measurement_id, municipality_id, version, value, status, numerator, denominator, footnote, source, reported_by, reported_at, change_kind, changed_by)
SELECT id, municipality_id, version, value, status, numerator, denominator, footnote, source, reported_by, reported_at, $2, $3
FROM measurement WHERE id = $1`;
