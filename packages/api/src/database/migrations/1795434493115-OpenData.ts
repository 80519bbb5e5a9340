import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Tables whose rows carry municipality_id and feed open data (through public-sql.ts or the metadata). */
const TENANT_TABLES = ['measurement', 'indicator', 'goal', 'steering_document', 'organisation_unit'];

/** How each trigger function finds the municipalities of the changed rows (`rows` is new_rows or old_rows). */
const MUNICIPALITIES_OF: Record<string, (rows: string) => string> = {
  open_data_touch_rows: (rows) => `SELECT DISTINCT municipality_id FROM ${rows}`,
  open_data_touch_municipality: (rows) => `SELECT DISTINCT id FROM ${rows}`,
  open_data_touch_goal_indicator: (rows) => `SELECT DISTINCT i.municipality_id FROM ${rows} r JOIN indicator i ON i.id = r.indicator_id`,
};

const TRIGGERED: Array<[table: string, fn: string]> = [
  ...TENANT_TABLES.map((table): [string, string] => [table, 'open_data_touch_rows']),
  ['municipality', 'open_data_touch_municipality'],
  ['goal_indicator', 'open_data_touch_goal_indicator'],
];

/**
 * Open data: the published_value snapshot (what consumers last saw, with tombstones), the
 * per-municipality change counter that statement-level triggers raise on every write that can
 * change what is published, the refresh bookkeeping, the municipality's open-data settings and the
 * indicator's sensitive flag. See src/open-data/snapshot.ts.
 */
export class OpenData1795434493115 implements MigrationInterface {
  name = 'OpenData1795434493115';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "published_value" ("indicator_id" uuid NOT NULL, "period" character varying(10) NOT NULL, "sex" character varying(8) NOT NULL, "municipality_id" uuid NOT NULL, "period_start" date NOT NULL, "value" numeric, "status" character varying(16) NOT NULL, "footnote" text, "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "removed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_7defe61a33ffa719d393eae2bd7" PRIMARY KEY ("indicator_id", "period", "sex"))`);
    await queryRunner.query(`CREATE INDEX "IDX_published_value_changed" ON "published_value"  ("municipality_id", "changed_at") `);
    await queryRunner.query(`CREATE TABLE "open_data_state" ("municipality_id" uuid NOT NULL, "generation" bigint NOT NULL DEFAULT '1', "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d8c8070576a37737dbf4451bb44" PRIMARY KEY ("municipality_id"))`);
    await queryRunner.query(`CREATE TABLE "open_data_refresh" ("municipality_id" uuid NOT NULL, "generation" bigint NOT NULL, "source_changed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "refreshed_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_c1a6a345539717d96891f9b6bcc" PRIMARY KEY ("municipality_id"))`);
    await queryRunner.query(`ALTER TABLE "municipality" ADD "open_data_licence" character varying(300)`);
    await queryRunner.query(`ALTER TABLE "municipality" ADD "open_data_attribution" character varying(500)`);
    await queryRunner.query(`ALTER TABLE "municipality" ADD "open_data_contact_email" character varying(254)`);
    await queryRunner.query(`ALTER TABLE "municipality" ADD "small_count_threshold" smallint NOT NULL DEFAULT '5'`);
    await queryRunner.query(`ALTER TABLE "indicator" ADD "sensitive" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "published_value" ADD CONSTRAINT "FK_e6e17b8c0127c8bb7661c89c7b8" FOREIGN KEY ("indicator_id") REFERENCES "indicator"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "published_value" ADD CONSTRAINT "FK_99546eac225653a18af4121a654" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "open_data_state" ADD CONSTRAINT "FK_d8c8070576a37737dbf4451bb44" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "open_data_refresh" ADD CONSTRAINT "FK_c1a6a345539717d96891f9b6bcc" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    // One counter bump per municipality per statement, whatever the number of rows; the row lock it
    // takes on open_data_state is held by the writing transaction until it commits.
    await queryRunner.query(`CREATE FUNCTION open_data_touch(ids uuid[]) RETURNS void LANGUAGE sql AS $$
      INSERT INTO open_data_state AS s (municipality_id, generation, changed_at)
      SELECT d.id, 1, clock_timestamp() FROM (SELECT DISTINCT t.id FROM unnest(ids) AS t(id) WHERE t.id IS NOT NULL ORDER BY t.id) d
      ON CONFLICT (municipality_id) DO UPDATE SET generation = s.generation + 1, changed_at = greatest(s.changed_at, clock_timestamp())
    $$`);
    for (const [fn, of] of Object.entries(MUNICIPALITIES_OF)) {
      // A deleted municipality takes its state with it (ON DELETE CASCADE): nothing to count.
      const onDelete = fn === 'open_data_touch_municipality' ? 'NULL' : `open_data_touch(ARRAY(${of('old_rows')}))`;
      await queryRunner.query(`CREATE FUNCTION ${fn}() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF TG_OP = 'INSERT' THEN
            PERFORM open_data_touch(ARRAY(${of('new_rows')}));
          ELSIF TG_OP = 'UPDATE' THEN
            PERFORM open_data_touch(ARRAY(${of('new_rows')} UNION ${of('old_rows')}));
          ELSE
            PERFORM ${onDelete};
          END IF;
          RETURN NULL;
        END
      $$`);
    }
    for (const [table, fn] of TRIGGERED) {
      await queryRunner.query(`CREATE TRIGGER open_data_${table}_insert AFTER INSERT ON "${table}" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`);
      await queryRunner.query(`CREATE TRIGGER open_data_${table}_update AFTER UPDATE ON "${table}" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`);
      await queryRunner.query(`CREATE TRIGGER open_data_${table}_delete AFTER DELETE ON "${table}" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`);
    }
    await queryRunner.query(`INSERT INTO open_data_state (municipality_id) SELECT id FROM municipality`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const [table] of TRIGGERED) {
      for (const event of ['insert', 'update', 'delete']) await queryRunner.query(`DROP TRIGGER open_data_${table}_${event} ON "${table}"`);
    }
    for (const fn of Object.keys(MUNICIPALITIES_OF)) await queryRunner.query(`DROP FUNCTION ${fn}()`);
    await queryRunner.query(`DROP FUNCTION open_data_touch(uuid[])`);
    await queryRunner.query(`ALTER TABLE "open_data_refresh" DROP CONSTRAINT "FK_c1a6a345539717d96891f9b6bcc"`);
    await queryRunner.query(`ALTER TABLE "open_data_state" DROP CONSTRAINT "FK_d8c8070576a37737dbf4451bb44"`);
    await queryRunner.query(`ALTER TABLE "published_value" DROP CONSTRAINT "FK_99546eac225653a18af4121a654"`);
    await queryRunner.query(`ALTER TABLE "published_value" DROP CONSTRAINT "FK_e6e17b8c0127c8bb7661c89c7b8"`);
    await queryRunner.query(`ALTER TABLE "indicator" DROP COLUMN "sensitive"`);
    await queryRunner.query(`ALTER TABLE "municipality" DROP COLUMN "small_count_threshold"`);
    await queryRunner.query(`ALTER TABLE "municipality" DROP COLUMN "open_data_contact_email"`);
    await queryRunner.query(`ALTER TABLE "municipality" DROP COLUMN "open_data_attribution"`);
    await queryRunner.query(`ALTER TABLE "municipality" DROP COLUMN "open_data_licence"`);
    await queryRunner.query(`DROP TABLE "open_data_refresh"`);
    await queryRunner.query(`DROP TABLE "open_data_state"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_published_value_changed"`);
    await queryRunner.query(`DROP TABLE "published_value"`);
  }
}
