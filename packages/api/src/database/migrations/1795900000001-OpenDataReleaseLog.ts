import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The open-data release log (issue 14, docs/DISCLOSURE.md): every state of a published cell,
 * appended when the snapshot (published_value) writes it, so that what was published when can be
 * checked, and small-count protection can be decided against everything released before. A
 * trigger writes it, so no path that writes the snapshot can skip it. Existing published rows are
 * entered as released at their last change, under their SDMX period.
 */
export class OpenDataReleaseLog1795900000001 implements MigrationInterface {
  name = 'OpenDataReleaseLog1795900000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "open_data_release" (
      "id" bigserial NOT NULL,
      "municipality_id" uuid NOT NULL,
      "indicator_id" uuid NOT NULL,
      "period" character varying(10) NOT NULL,
      "sex" character varying(8) NOT NULL,
      "value" numeric,
      "status" character varying(16) NOT NULL,
      "released_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      CONSTRAINT "PK_open_data_release" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_open_data_release_cell" ON "open_data_release" ("indicator_id", "period", "sex")`);
    await queryRunner.query(`CREATE INDEX "IDX_open_data_release_municipality" ON "open_data_release" ("municipality_id", "released_at")`);
    await queryRunner.query(
      `ALTER TABLE "open_data_release" ADD CONSTRAINT "FK_open_data_release_indicator" FOREIGN KEY ("indicator_id") REFERENCES "indicator"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "open_data_release" ADD CONSTRAINT "FK_open_data_release_municipality" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`CREATE FUNCTION open_data_log_release() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO open_data_release (municipality_id, indicator_id, period, sex, value, status, released_at)
        SELECT n.municipality_id, n.indicator_id, n.period, n.sex,
               CASE WHEN n.removed_at IS NULL THEN n.value END,
               CASE WHEN n.removed_at IS NULL THEN n.status ELSE 'REMOVED' END,
               n.changed_at
        FROM new_rows n;
        RETURN NULL;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER open_data_release_insert AFTER INSERT ON "published_value" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION open_data_log_release()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER open_data_release_update AFTER UPDATE ON "published_value" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION open_data_log_release()`,
    );
    await queryRunner.query(`INSERT INTO open_data_release (municipality_id, indicator_id, period, sex, value, status, released_at)
      SELECT municipality_id, indicator_id,
             regexp_replace(regexp_replace(regexp_replace(period, '^(\\d{4})H([12])$', '\\1-S\\2'), '^(\\d{4})([TQ])(\\d)$', '\\1-\\2\\3'), '^(\\d{4})-(\\d{2})$', '\\1-M\\2'),
             sex, value, status, changed_at
      FROM published_value WHERE removed_at IS NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER open_data_release_update ON "published_value"`);
    await queryRunner.query(`DROP TRIGGER open_data_release_insert ON "published_value"`);
    await queryRunner.query(`DROP FUNCTION open_data_log_release()`);
    await queryRunner.query(`DROP TABLE "open_data_release"`);
  }
}
