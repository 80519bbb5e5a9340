import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * "Is this municipality active?" answered from a small covering index (id, with archived_at), which
 * every session lookup and every public rule with ofActiveMunicipality asks (ADR 0020, step 13 of
 * docs/PERFORMANCE.md). With the 291 municipalities of a national installation, PostgreSQL's default
 * costs price one primary-key lookup (two random pages) above reading the whole table, so the
 * planner hashed the table once per statement: about 0.03 ms of a session lookup's 0.05 ms. An
 * index-only scan (one page) is priced below that, and taken.
 *
 * An index-only scan is cheap only while the table's pages are marked all-visible, which only a
 * VACUUM does; with the default thresholds autovacuum would not vacuum a table of a few hundred
 * rarely changed rows for years. So this small table is vacuumed after any change, at most once
 * per autovacuum round.
 */
export class MunicipalityActiveLookup1795900000040 implements MigrationInterface {
  name = 'MunicipalityActiveLookup1795900000040';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_municipality_active_lookup" ON "municipality" ("id") INCLUDE ("archived_at")`);
    await queryRunner.query(
      `ALTER TABLE "municipality" SET (autovacuum_vacuum_threshold = 0, autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_insert_threshold = 0, autovacuum_vacuum_insert_scale_factor = 0)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "municipality" RESET (autovacuum_vacuum_threshold, autovacuum_vacuum_scale_factor, autovacuum_vacuum_insert_threshold, autovacuum_vacuum_insert_scale_factor)`,
    );
    await queryRunner.query(`DROP INDEX "IDX_municipality_active_lookup"`);
  }
}
