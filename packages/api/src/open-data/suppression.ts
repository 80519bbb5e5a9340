import type { EntityManager } from 'typeorm';
import { publicIndicator, publicMeasurementRow } from '../access/public-sql';
import { MeasurementStatus, type Measurement } from '../modules/measurement/measurement.entity';
import { municipalityMeasurementLock } from '../modules/measurement/measurement.sql';

/**
 * Small-count protection (röjandeskydd) for everything published: open-data files, the change feed
 * and anonymous GraphQL reads. One SQL definition, used by both paths, so that they cannot disagree.
 *
 * A cell is one value of an indicator for one period and one sex (TOTAL, WOMEN, MEN) at one level.
 * The rules, for the cells of one indicator and period:
 *
 * 1. Small: a cell is small when its stored status is SUPPRESSED (staff protected it), or when the
 *    indicator is protected (unit COUNT, or flagged sensitive) and its value, numerator or
 *    denominator is below the municipality's threshold (small_count_threshold, default 5).
 *    Smallness is judged on every stored, non-archived cell, published or not: a preliminary
 *    small count is as revealing as a final one.
 * 2. A published small cell is suppressed (value, numerator, denominator null; status SUPPRESSED).
 * 3. Complement: a published sex is suppressed when the total is published (and not small) and the
 *    other sex is small, since total − this sex would give the small one. When the total is hidden
 *    too, nothing can be subtracted and the other sex stays.
 * 4. Derivation (counts, where TOTAL = WOMEN + MEN): a published sex is suppressed when the total is
 *    published and the other sex is not, and total − this sex is below the threshold; this covers
 *    the other sex being missing, preliminary or absent.
 *
 * A hidden total with both sexes published cannot reveal a small count: two sexes that are not
 * small add up to at least twice the threshold. One pass suffices, since after it every group hides
 * none, or at least two, of its three cells.
 */

/**
 * Columns that the `cells` relation must provide, one row per stored cell (archived ones left out):
 * id, indicator_id, organisation_unit_id, period, sex, value, numerator, denominator, status,
 * is_public (published as such), protected (COUNT or sensitive), additive (COUNT), threshold.
 * Returns CTEs (to follow `WITH cells AS (…),`) ending in `decided`: every cell with `suppressed`.
 *
 * Over time (docs/DISCLOSURE.md): every value ever published for a municipality-level cell is in
 * the release log (open_data_release), and what was released cannot be taken back. Whoever kept
 * the earlier files may subtract any released total from any released sex, of whatever release.
 * So, for counts (TOTAL = WOMEN + MEN), a value is published now only if no such difference that
 * it creates is a small count that was never itself released:
 * 5. A total is held back (suppressed) when its value minus a value ever released for one sex is
 *    a small count (0 ≤ difference < threshold) not released for the other sex.
 * 6. A sex is suppressed when a total ever released minus its value is such a small count.
 * And rules 3 and 4 count a total as visible when it is published now or was released before with
 * its current value; rule 3 leaves alone a small sex already released with its current value.
 */
export function decideSuppressionCtes(cells = 'cells', prefix = ''): string {
  // Each cell reads what was released of its group by the release log's index, one probe per sex:
  // linear in the cells. (Joined as a set instead, the planner — estimating one row for a CTE of
  // cells — compared every cell with every released value: minutes for a batch of municipalities.)
  const released = (sex: string) =>
    `CASE WHEN c.organisation_unit_id IS NULL THEN COALESCE((SELECT array_agg(DISTINCT r.value) FROM open_data_release r
       WHERE r.indicator_id = c.indicator_id AND r.period = c.period AND r.sex = '${sex}' AND r.value IS NOT NULL), '{}') ELSE '{}' END`;
  return `
${prefix}cell_released AS (
  SELECT c.*,
    ${released('TOTAL')} AS total_vals,
    ${released('WOMEN')} AS women_vals,
    ${released('MEN')} AS men_vals
  FROM ${cells} c
),
${prefix}cell_flags AS (
  SELECT c.*,
    COALESCE(c.status = '${MeasurementStatus.SUPPRESSED}' OR (c.protected AND LEAST(c.value, c.numerator, c.denominator) < c.threshold), false) AS small,
    COALESCE(c.value = ANY(CASE c.sex WHEN 'TOTAL' THEN c.total_vals WHEN 'WOMEN' THEN c.women_vals ELSE c.men_vals END), false) AS released
  FROM ${prefix}cell_released c
),
${prefix}group_flags AS (
  SELECT f.*,
    COALESCE(bool_or(f.sex = 'TOTAL' AND f.is_public AND NOT f.small) OVER g, false) AS total_shown,
    COALESCE(bool_or(f.sex = 'TOTAL' AND f.released) OVER g, false) AS total_released,
    max(f.value) FILTER (WHERE f.sex = 'TOTAL') OVER g AS total_value,
    COALESCE(bool_or(f.sex = 'WOMEN' AND f.small AND NOT f.released) OVER g, false) AS women_exposed,
    COALESCE(bool_or(f.sex = 'MEN' AND f.small AND NOT f.released) OVER g, false) AS men_exposed,
    COALESCE(bool_or(f.sex = 'WOMEN' AND ((f.is_public AND NOT f.small) OR f.released)) OVER g, false) AS women_known,
    COALESCE(bool_or(f.sex = 'MEN' AND ((f.is_public AND NOT f.small) OR f.released)) OVER g, false) AS men_known,
    COALESCE(bool_or(f.sex = 'WOMEN' AND f.released) OVER g, false) AS women_released,
    COALESCE(bool_or(f.sex = 'MEN' AND f.released) OVER g, false) AS men_released
  FROM ${prefix}cell_flags f
  WINDOW g AS (PARTITION BY f.indicator_id, f.organisation_unit_id, f.period)
),
${prefix}held AS (
  SELECT gf.*,
    COALESCE(gf.sex = 'TOTAL' AND (
      -- Rule 5, counts: total − a released sex would be a small count never released for the other.
      (gf.additive AND (
        EXISTS (SELECT 1 FROM unnest(gf.women_vals) y WHERE gf.value - y >= 0 AND gf.value - y < gf.threshold AND NOT (gf.value - y = ANY(gf.men_vals)))
        OR EXISTS (SELECT 1 FROM unnest(gf.men_vals) y WHERE gf.value - y >= 0 AND gf.value - y < gf.threshold AND NOT (gf.value - y = ANY(gf.women_vals)))))
      -- Rule 5, any protected indicator: a sex released with its current value beside a small other sex.
      OR (gf.women_released AND gf.men_exposed) OR (gf.men_released AND gf.women_exposed)
    ), false) AS held_back,
    -- Rule 6, counts: a total ever released minus this sex would be a small count never released for the other.
    COALESCE(gf.sex <> 'TOTAL' AND gf.additive AND EXISTS (
      SELECT 1 FROM unnest(gf.total_vals) t
      WHERE t - gf.value >= 0 AND t - gf.value < gf.threshold
        AND NOT (t - gf.value = ANY(CASE WHEN gf.sex = 'WOMEN' THEN gf.men_vals ELSE gf.women_vals END))
    ), false) AS against_released_total
  FROM ${prefix}group_flags gf
),
${prefix}decided AS (
  SELECT h.*,
    COALESCE(h.small OR h.held_back OR h.against_released_total
      OR (h.sex <> 'TOTAL' AND ((h.total_shown AND NOT bool_or(h.sex = 'TOTAL' AND h.held_back) OVER g2) OR h.total_released) AND (
        (CASE WHEN h.sex = 'WOMEN' THEN h.men_exposed ELSE h.women_exposed END)
        OR (h.additive AND NOT (CASE WHEN h.sex = 'WOMEN' THEN h.men_known ELSE h.women_known END)
            AND h.total_value - h.value < h.threshold)
      )), false) AS suppressed
  FROM ${prefix}held h
  WINDOW g2 AS (PARTITION BY h.indicator_id, h.organisation_unit_id, h.period)
)`;
}

/**
 * The cells of the groups (indicator, level, period) in `given`, with what the rules need; public is
 * the shared definition of access/public-sql.ts. CTEs ending in `${prefix}decided`; the prefix lets
 * one statement decide several sets of rows. With `indicators` 'assumed public', every indicator
 * counts as public: the decision that applies whenever the public can see the cells at all, which
 * is what the stored decisions hold (STORED_DECISIONS below).
 */
export function cellsOfGiven(given = 'given', prefix = '', indicators: 'judged' | 'assumed public' = 'judged'): string {
  return `
-- The given indicators, each read once by its id (an index lookup, never a scan of the table),
-- with whether it is public: a cell is published exactly when its own part holds and its indicator
-- is public (publicMeasurement).
${prefix}given_indicators AS MATERIALIZED (
  SELECT pi.id, (pi.unit = 'COUNT' OR pi.sensitive) AS protected, (pi.unit = 'COUNT') AS additive, ${indicators === 'judged' ? publicIndicator('pi') : 'true'} AS is_public
  FROM indicator pi WHERE pi.id = ANY(ARRAY(SELECT DISTINCT indicator_id FROM ${given}))
),
${prefix}cells AS (
  SELECT m.id, m.indicator_id, m.organisation_unit_id, m.period, m.sex, m.value, m.numerator, m.denominator, m.status,
         (${publicMeasurementRow('m')} AND i.is_public) AS is_public,
         i.protected,
         i.additive,
         mu.small_count_threshold AS threshold
  FROM ${given} g
  JOIN measurement m ON m.indicator_id = g.indicator_id AND m.period = g.period
   AND (m.organisation_unit_id = g.organisation_unit_id OR (m.organisation_unit_id IS NULL AND g.organisation_unit_id IS NULL))
  JOIN ${prefix}given_indicators i ON i.id = m.indicator_id
  JOIN municipality mu ON mu.id = m.municipality_id
  WHERE m.archived_at IS NULL
),
${decideSuppressionCtes(`${prefix}cells`, prefix)}`;
}

/**
 * The decisions, stored (migration 1795900000030, docs/adr/0018): `measurement_suppression` holds
 * the id of every stored cell that the rules above suppress for the public, decided with every
 * indicator assumed public (a cell the public cannot see needs no decision). Writers keep it
 * current in their own transaction: statement triggers on measurement, on indicator (unit,
 * sensitive), on municipality (small_count_threshold) and on the release log call
 * measurement_suppression_refresh for the groups they touched, which decides those groups again
 * with exactly this SQL. So a reader sees the decisions that belong to the data it sees, on the
 * primary and on every replica alike, and never a stale one.
 *
 * A writer first takes the measurement lock of each municipality whose groups it decides (the
 * advisory lock of LOCK_MUNICIPALITY, which every API writer of values holds already from the start
 * of its transaction, so for them it adds no wait and no new order of locks) and then decides in a
 * new snapshot, which sees every writer that held the lock before it: two transactions writing the
 * two sexes of one group at once cannot both decide without the other. That needs READ COMMITTED;
 * a write of these tables in a REPEATABLE READ or SERIALIZABLE transaction is refused.
 *
 * suppressionRefreshBody is the body of measurement_suppression_refresh(indicator_ids, unit_ids,
 * periods), whose arguments are the groups to decide again.
 */
export function suppressionRefreshBody(): string {
  return `
BEGIN
  IF current_setting('transaction_isolation') <> 'read committed' THEN
    RAISE EXCEPTION 'measurement_suppression: measurements, indicators, thresholds and releases are written in READ COMMITTED transactions only, not %', current_setting('transaction_isolation')
      USING ERRCODE = 'feature_not_supported';
  END IF;
  PERFORM pg_advisory_xact_lock(${municipalityMeasurementLock('w.municipality_id')})
  FROM (SELECT DISTINCT i.municipality_id FROM indicator i WHERE i.id = ANY(indicator_ids) ORDER BY 1) w;
  WITH given AS (
    SELECT DISTINCT g.indicator_id, g.organisation_unit_id, g.period
    FROM unnest(indicator_ids, unit_ids, periods) AS g(indicator_id, organisation_unit_id, period)
  ),
${cellsOfGiven('given', '', 'assumed public')},
  wanted AS (SELECT id FROM decided WHERE suppressed),
  dropped AS (
    DELETE FROM measurement_suppression s USING measurement m, given g
    WHERE s.measurement_id = m.id AND m.indicator_id = g.indicator_id AND m.period = g.period
      AND (m.organisation_unit_id = g.organisation_unit_id OR (m.organisation_unit_id IS NULL AND g.organisation_unit_id IS NULL))
      AND s.measurement_id NOT IN (SELECT id FROM wanted)
  )
  INSERT INTO measurement_suppression (measurement_id) SELECT id FROM wanted ON CONFLICT DO NOTHING;
END`;
}

/**
 * Whether the measurement row `alias` is suppressed for the public (the stored decision): one probe
 * of the primary key per row read. Written as a scalar subquery, not EXISTS, which a generic plan
 * may turn into hashing the whole table for every read (a cost that grows with the country's data).
 */
export function storedSuppression(alias: string): string {
  return `COALESCE((SELECT true FROM measurement_suppression ms WHERE ms.measurement_id = ${alias}.id LIMIT 1), false)`;
}

const SUPPRESS_GIVEN = `SELECT measurement_id AS id FROM measurement_suppression WHERE measurement_id = ANY($1::uuid[])`;

/**
 * A read of measurements with their suppression in one statement, for anonymous reads (the loaders
 * of series and latest values): `rowsSql` selects the rows (with id); the result is those rows with
 * a column `suppressed`, the stored decision that suppressForPublic reads too, ordered by `orderBy`
 * (on the alias `m`). Rows read this way are handed to markDecided, so that Access does not ask again.
 */
export function withSuppression(rowsSql: string, orderBy: string): string {
  return `SELECT m.*, ${storedSuppression('m')} AS suppressed FROM (${rowsSql}) m ORDER BY ${orderBy}`;
}

/**
 * Rows whose suppression was decided where they were read (withSuppression): suppressForPublic
 * applies that decision instead of asking again. The row itself keeps its stored figures and status
 * until then, so that Access judges whether it is public on what is stored.
 */
const decidedRows = new WeakMap<object, boolean>();

/** Notes the suppression decided for a row read with withSuppression. */
export function markDecided(row: Measurement, suppressed: boolean): void {
  decidedRows.set(row, suppressed);
}

/** Hides a measurement's figures as published: the row stays, its numbers go. */
export function markSuppressed(row: Pick<Measurement, 'value' | 'numerator' | 'denominator' | 'status'>): void {
  row.value = null;
  row.numerator = null;
  row.denominator = null;
  row.status = MeasurementStatus.SUPPRESSED;
}

/**
 * For anonymous reads: reads, in one SQL statement whatever the number of rows, which of the given
 * measurements are suppressed (the stored decisions, judged against all their sibling cells in the
 * database) and suppresses them in place. Staff reads do not call this; they see the real values.
 */
export async function suppressForPublic(manager: EntityManager, given: Measurement[]): Promise<void> {
  const rows: Measurement[] = [];
  for (const row of given) {
    const decided = decidedRows.get(row);
    if (decided === undefined) rows.push(row);
    else if (decided) markSuppressed(row);
  }
  if (rows.length === 0) return;
  const ids = [...new Set(rows.map((row) => row.id))];
  const suppressed: Array<{ id: string }> = await manager.query(SUPPRESS_GIVEN, [ids]);
  if (suppressed.length === 0) return;
  const hide = new Set(suppressed.map((row) => row.id));
  for (const row of rows) if (hide.has(row.id)) markSuppressed(row);
}
