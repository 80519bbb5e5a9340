import type { EntityManager } from 'typeorm';
import { publicMeasurement } from '../access/public-sql';
import { MeasurementStatus, type Measurement } from '../modules/measurement/measurement.entity';

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
 */
export function decideSuppressionCtes(cells = 'cells'): string {
  return `
cell_flags AS (
  SELECT c.*,
    COALESCE(c.status = '${MeasurementStatus.SUPPRESSED}' OR (c.protected AND LEAST(c.value, c.numerator, c.denominator) < c.threshold), false) AS small
  FROM ${cells} c
),
group_flags AS (
  SELECT f.*,
    COALESCE(bool_or(f.sex = 'TOTAL' AND f.is_public AND NOT f.small) OVER g, false) AS total_visible,
    max(f.value) FILTER (WHERE f.sex = 'TOTAL') OVER g AS total_value,
    COALESCE(bool_or(f.sex = 'WOMEN' AND f.small) OVER g, false) AS women_small,
    COALESCE(bool_or(f.sex = 'MEN' AND f.small) OVER g, false) AS men_small,
    COALESCE(bool_or(f.sex = 'WOMEN' AND f.is_public AND NOT f.small) OVER g, false) AS women_visible,
    COALESCE(bool_or(f.sex = 'MEN' AND f.is_public AND NOT f.small) OVER g, false) AS men_visible
  FROM cell_flags f
  WINDOW g AS (PARTITION BY f.indicator_id, f.organisation_unit_id, f.period)
),
decided AS (
  SELECT gf.*,
    COALESCE(gf.small OR (gf.sex <> 'TOTAL' AND gf.total_visible AND (
      (CASE WHEN gf.sex = 'WOMEN' THEN gf.men_small ELSE gf.women_small END)
      OR (gf.additive AND NOT (CASE WHEN gf.sex = 'WOMEN' THEN gf.men_visible ELSE gf.women_visible END)
          AND gf.total_value - gf.value < gf.threshold)
    )), false) AS suppressed
  FROM group_flags gf
)`;
}

/**
 * The cells of the groups (indicator, level, period) of the given measurement ids, with what the
 * rules need; public is the shared definition of access/public-sql.ts.
 */
const SUPPRESS_GIVEN = `
WITH given AS (
  SELECT DISTINCT g.indicator_id, g.organisation_unit_id, g.period
  FROM measurement g WHERE g.id = ANY($1::uuid[])
),
cells AS (
  SELECT m.id, m.indicator_id, m.organisation_unit_id, m.period, m.sex, m.value, m.numerator, m.denominator, m.status,
         ${publicMeasurement('m')} AS is_public,
         (i.unit = 'COUNT' OR i.sensitive) AS protected,
         (i.unit = 'COUNT') AS additive,
         mu.small_count_threshold AS threshold
  FROM given g
  JOIN measurement m ON m.indicator_id = g.indicator_id AND m.period = g.period
   AND (m.organisation_unit_id = g.organisation_unit_id OR (m.organisation_unit_id IS NULL AND g.organisation_unit_id IS NULL))
  JOIN indicator i ON i.id = m.indicator_id
  JOIN municipality mu ON mu.id = m.municipality_id
  WHERE m.archived_at IS NULL
),
${decideSuppressionCtes('cells')}
SELECT id FROM decided WHERE suppressed AND id = ANY($1::uuid[])`;

/** Hides a measurement's figures as published: the row stays, its numbers go. */
export function markSuppressed(row: Pick<Measurement, 'value' | 'numerator' | 'denominator' | 'status'>): void {
  row.value = null;
  row.numerator = null;
  row.denominator = null;
  row.status = MeasurementStatus.SUPPRESSED;
}

/**
 * For anonymous reads: decides, in one SQL statement whatever the number of rows, which of the given
 * measurements must be suppressed (rules above, judged against all their sibling cells in the
 * database) and suppresses them in place. Staff reads do not call this; they see the real values.
 */
export async function suppressForPublic(manager: EntityManager, rows: Measurement[]): Promise<void> {
  if (rows.length === 0) return;
  const ids = [...new Set(rows.map((row) => row.id))];
  const suppressed: Array<{ id: string }> = await manager.query(SUPPRESS_GIVEN, [ids]);
  if (suppressed.length === 0) return;
  const hide = new Set(suppressed.map((row) => row.id));
  for (const row of rows) if (hide.has(row.id)) markSuppressed(row);
}
