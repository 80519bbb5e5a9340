import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The open-data value files carry a progress status against the targets (progress_status,
 * progress_target): a change of a target now raises the municipality's open-data generation as a
 * change of a value does, so that ETag and Last-Modified change with it (src/open-data/snapshot.ts).
 */
export class OpenDataTargetTrigger1795900000022 implements MigrationInterface {
  name = 'OpenDataTargetTrigger1795900000022';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TRIGGER open_data_target_insert AFTER INSERT ON "target" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION open_data_touch_rows()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER open_data_target_update AFTER UPDATE ON "target" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION open_data_touch_rows()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER open_data_target_delete AFTER DELETE ON "target" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION open_data_touch_rows()`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const event of ['insert', 'update', 'delete']) await queryRunner.query(`DROP TRIGGER open_data_target_${event} ON "target"`);
  }
}
