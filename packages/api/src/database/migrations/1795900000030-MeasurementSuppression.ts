import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Small-count decisions, stored (issue 15, docs/adr/0018-stored-suppression-decisions.md):
 * measurement_suppression holds the id of every stored cell that the rules of
 * open-data/suppression.ts suppress for the public, with every indicator assumed public (a cell the
 * public cannot see needs no decision). Public reads look a row up in it instead of deciding its
 * group again on every request.
 *
 * Statement triggers keep it current in the writer's own transaction: on measurement (the groups
 * of the rows written whose figures, status, place or archiving changed), on indicator (unit or
 * sensitive changed: all its groups), on municipality (small_count_threshold changed: all its
 * groups) and on open_data_release (the released groups). Each calls
 * measurement_suppression_refresh, which decides those groups again.
 *
 * REFRESH_BODY is that function's body as suppression.ts generated it when this migration was
 * written, frozen here; test/stored-suppression.test.ts fails when the code's rules and the
 * installed function differ, and a change of the rules then comes with a migration that replaces
 * the function and decides every group again.
 */
const REFRESH_BODY = `
BEGIN
  IF current_setting('transaction_isolation') <> 'read committed' THEN
    RAISE EXCEPTION 'measurement_suppression: measurements, indicators, thresholds and releases are written in READ COMMITTED transactions only, not %', current_setting('transaction_isolation')
      USING ERRCODE = 'feature_not_supported';
  END IF;
  PERFORM pg_advisory_xact_lock(hashtextextended('measurement:' || w.municipality_id::text, 0))
  FROM (SELECT DISTINCT i.municipality_id FROM indicator i WHERE i.id = ANY(indicator_ids) ORDER BY 1) w;
  WITH given AS (
    SELECT DISTINCT g.indicator_id, g.organisation_unit_id, g.period
    FROM unnest(indicator_ids, unit_ids, periods) AS g(indicator_id, organisation_unit_id, period)
  ),

-- The given indicators, each read once by its id (an index lookup, never a scan of the table),
-- with whether it is public: a cell is published exactly when its own part holds and its indicator
-- is public (publicMeasurement).
given_indicators AS MATERIALIZED (
  SELECT pi.id, (pi.unit = 'COUNT' OR pi.sensitive) AS protected, (pi.unit = 'COUNT') AS additive, true AS is_public
  FROM indicator pi WHERE pi.id = ANY(ARRAY(SELECT DISTINCT indicator_id FROM given))
),
cells AS (
  SELECT m.id, m.indicator_id, m.organisation_unit_id, m.period, m.sex, m.value, m.numerator, m.denominator, m.status,
         ((m.status = 'FINAL' AND m.organisation_unit_id IS NULL AND m.archived_at IS NULL) AND i.is_public) AS is_public,
         i.protected,
         i.additive,
         mu.small_count_threshold AS threshold
  FROM given g
  JOIN measurement m ON m.indicator_id = g.indicator_id AND m.period = g.period
   AND (m.organisation_unit_id = g.organisation_unit_id OR (m.organisation_unit_id IS NULL AND g.organisation_unit_id IS NULL))
  JOIN given_indicators i ON i.id = m.indicator_id
  JOIN municipality mu ON mu.id = m.municipality_id
  WHERE m.archived_at IS NULL
),

cell_released AS (
  SELECT c.*,
    CASE WHEN c.organisation_unit_id IS NULL THEN COALESCE((SELECT array_agg(DISTINCT r.value) FROM open_data_release r
       WHERE r.indicator_id = c.indicator_id AND r.period = c.period AND r.sex = 'TOTAL' AND r.value IS NOT NULL), '{}') ELSE '{}' END AS total_vals,
    CASE WHEN c.organisation_unit_id IS NULL THEN COALESCE((SELECT array_agg(DISTINCT r.value) FROM open_data_release r
       WHERE r.indicator_id = c.indicator_id AND r.period = c.period AND r.sex = 'WOMEN' AND r.value IS NOT NULL), '{}') ELSE '{}' END AS women_vals,
    CASE WHEN c.organisation_unit_id IS NULL THEN COALESCE((SELECT array_agg(DISTINCT r.value) FROM open_data_release r
       WHERE r.indicator_id = c.indicator_id AND r.period = c.period AND r.sex = 'MEN' AND r.value IS NOT NULL), '{}') ELSE '{}' END AS men_vals
  FROM cells c
),
cell_flags AS (
  SELECT c.*,
    COALESCE(c.status = 'SUPPRESSED' OR (c.protected AND LEAST(c.value, c.numerator, c.denominator) < c.threshold), false) AS small,
    COALESCE(c.value = ANY(CASE c.sex WHEN 'TOTAL' THEN c.total_vals WHEN 'WOMEN' THEN c.women_vals ELSE c.men_vals END), false) AS released
  FROM cell_released c
),
group_flags AS (
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
  FROM cell_flags f
  WINDOW g AS (PARTITION BY f.indicator_id, f.organisation_unit_id, f.period)
),
held AS (
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
  FROM group_flags gf
),
decided AS (
  SELECT h.*,
    COALESCE(h.small OR h.held_back OR h.against_released_total
      OR (h.sex <> 'TOTAL' AND ((h.total_shown AND NOT bool_or(h.sex = 'TOTAL' AND h.held_back) OVER g2) OR h.total_released) AND (
        (CASE WHEN h.sex = 'WOMEN' THEN h.men_exposed ELSE h.women_exposed END)
        OR (h.additive AND NOT (CASE WHEN h.sex = 'WOMEN' THEN h.men_known ELSE h.women_known END)
            AND h.total_value - h.value < h.threshold)
      )), false) AS suppressed
  FROM held h
  WINDOW g2 AS (PARTITION BY h.indicator_id, h.organisation_unit_id, h.period)
),
  wanted AS (SELECT id FROM decided WHERE suppressed),
  dropped AS (
    DELETE FROM measurement_suppression s USING measurement m, given g
    WHERE s.measurement_id = m.id AND m.indicator_id = g.indicator_id AND m.period = g.period
      AND (m.organisation_unit_id = g.organisation_unit_id OR (m.organisation_unit_id IS NULL AND g.organisation_unit_id IS NULL))
      AND s.measurement_id NOT IN (SELECT id FROM wanted)
  )
  INSERT INTO measurement_suppression (measurement_id) SELECT id FROM wanted ON CONFLICT DO NOTHING;
END`;

/** The groups (indicator, level, period) of a set of measurement rows, as the function's three arrays. */
const groupsOf = (rows: string) =>
  `SELECT array_agg(g.indicator_id), array_agg(g.organisation_unit_id), array_agg(g.period) INTO v_ind, v_unit, v_per
   FROM (SELECT DISTINCT indicator_id, organisation_unit_id, period FROM (${rows}) r) g`;

/** What a decision depends on in a measurement row. */
const DECIDING_COLUMNS = ['indicator_id', 'organisation_unit_id', 'period', 'sex', 'value', 'numerator', 'denominator', 'status', 'archived_at', 'municipality_id'];
const changed = (o: string, n: string) => `(${DECIDING_COLUMNS.map((c) => `${o}.${c}`).join(', ')}) IS DISTINCT FROM (${DECIDING_COLUMNS.map((c) => `${n}.${c}`).join(', ')})`;

const TRIGGER_FUNCTIONS: Record<string, string> = {
  measurement_suppression_rows: `
    IF TG_OP = 'INSERT' THEN
      ${groupsOf('SELECT indicator_id, organisation_unit_id, period FROM new_rows')};
    ELSIF TG_OP = 'UPDATE' THEN
      ${groupsOf(`SELECT o.indicator_id, o.organisation_unit_id, o.period FROM old_rows o JOIN new_rows n ON n.id = o.id WHERE ${changed('o', 'n')}
                  UNION ALL
                  SELECT n.indicator_id, n.organisation_unit_id, n.period FROM old_rows o JOIN new_rows n ON n.id = o.id WHERE ${changed('o', 'n')}`)};
    ELSE
      ${groupsOf('SELECT indicator_id, organisation_unit_id, period FROM old_rows')};
    END IF;`,
  measurement_suppression_indicators: `
    ${groupsOf(`SELECT m.indicator_id, m.organisation_unit_id, m.period FROM measurement m
                WHERE m.archived_at IS NULL AND m.indicator_id IN (
                  SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE (o.unit, o.sensitive) IS DISTINCT FROM (n.unit, n.sensitive))`)};`,
  measurement_suppression_thresholds: `
    ${groupsOf(`SELECT m.indicator_id, m.organisation_unit_id, m.period FROM measurement m
                WHERE m.archived_at IS NULL AND m.municipality_id IN (
                  SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE o.small_count_threshold IS DISTINCT FROM n.small_count_threshold)`)};`,
  measurement_suppression_releases: `
    ${groupsOf('SELECT indicator_id, NULL::uuid AS organisation_unit_id, period FROM new_rows')};`,
};

const TRIGGERS: Array<[name: string, event: string, table: string, transition: string, fn: string]> = [
  ['measurement_suppression_insert', 'INSERT', 'measurement', 'NEW TABLE AS new_rows', 'measurement_suppression_rows'],
  ['measurement_suppression_update', 'UPDATE', 'measurement', 'OLD TABLE AS old_rows NEW TABLE AS new_rows', 'measurement_suppression_rows'],
  ['measurement_suppression_delete', 'DELETE', 'measurement', 'OLD TABLE AS old_rows', 'measurement_suppression_rows'],
  ['measurement_suppression_indicator', 'UPDATE', 'indicator', 'OLD TABLE AS old_rows NEW TABLE AS new_rows', 'measurement_suppression_indicators'],
  ['measurement_suppression_threshold', 'UPDATE', 'municipality', 'OLD TABLE AS old_rows NEW TABLE AS new_rows', 'measurement_suppression_thresholds'],
  ['measurement_suppression_release', 'INSERT', 'open_data_release', 'NEW TABLE AS new_rows', 'measurement_suppression_releases'],
];

export class MeasurementSuppression1795900000030 implements MigrationInterface {
  name = 'MeasurementSuppression1795900000030';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "measurement_suppression" (
      "measurement_id" uuid NOT NULL,
      CONSTRAINT "PK_measurement_suppression" PRIMARY KEY ("measurement_id"),
      CONSTRAINT "FK_measurement_suppression_measurement" FOREIGN KEY ("measurement_id") REFERENCES "measurement"("id") ON DELETE CASCADE)`);
    await queryRunner.query(
      `COMMENT ON TABLE "measurement_suppression" IS 'Stored cells that small-count protection suppresses for the public (open-data/suppression.ts); kept by triggers.'`,
    );
    await queryRunner.query(
      `CREATE FUNCTION measurement_suppression_refresh(indicator_ids uuid[], unit_ids uuid[], periods varchar[]) RETURNS void LANGUAGE plpgsql VOLATILE SET plan_cache_mode = force_custom_plan AS $refresh$${REFRESH_BODY}$refresh$`,
    );
    for (const [fn, body] of Object.entries(TRIGGER_FUNCTIONS)) {
      await queryRunner.query(`CREATE FUNCTION ${fn}() RETURNS trigger LANGUAGE plpgsql AS $$
        DECLARE v_ind uuid[]; v_unit uuid[]; v_per varchar[];
        BEGIN
          ${body.trim()}
          IF v_ind IS NOT NULL THEN
            PERFORM measurement_suppression_refresh(v_ind, v_unit, v_per);
          END IF;
          RETURN NULL;
        END
      $$`);
    }
    for (const [name, event, table, transition, fn] of TRIGGERS) {
      await queryRunner.query(`CREATE TRIGGER ${name} AFTER ${event} ON "${table}" REFERENCING ${transition} FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`);
    }
    // Every group decided once, as the triggers will from now on.
    await queryRunner.query(`SELECT measurement_suppression_refresh(array_agg(g.indicator_id), array_agg(g.organisation_unit_id), array_agg(g.period))
      FROM (SELECT DISTINCT indicator_id, organisation_unit_id, period FROM measurement WHERE archived_at IS NULL) g
      HAVING count(*) > 0`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const [name, , table] of TRIGGERS) await queryRunner.query(`DROP TRIGGER ${name} ON "${table}"`);
    for (const fn of Object.keys(TRIGGER_FUNCTIONS)) await queryRunner.query(`DROP FUNCTION ${fn}()`);
    await queryRunner.query(`DROP FUNCTION measurement_suppression_refresh(uuid[], uuid[], varchar[])`);
    await queryRunner.query(`DROP TABLE "measurement_suppression"`);
  }
}
