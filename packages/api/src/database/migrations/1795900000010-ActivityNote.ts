import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Progress notes on activities (issue 12: what was done, when, by whom), kept as history: the table
 * refuses UPDATE and DELETE by trigger, so no code path can rewrite or remove a note.
 */
export class ActivityNote1795900000010 implements MigrationInterface {
  name = 'ActivityNote1795900000010';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "activity_note" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "activity_id" uuid NOT NULL, "municipality_id" uuid NOT NULL, "done_on" date NOT NULL, "text" text NOT NULL, "author_name" character varying(300) NOT NULL, "author_id" character varying(100), CONSTRAINT "PK_cdb9702d7e9c171c80aa8d32c7f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_246c7945be6e5704b94c185f44" ON "activity_note"  ("municipality_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_d3e85185739cf7b2ff3556b72a" ON "activity_note"  ("activity_id", "created_at") `);
    await queryRunner.query(
      `ALTER TABLE "activity_note" ADD CONSTRAINT "FK_db840b1fcf68fc44f7c3d70020a" FOREIGN KEY ("activity_id") REFERENCES "activity"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "activity_note" ADD CONSTRAINT "FK_246c7945be6e5704b94c185f444" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`CREATE FUNCTION activity_note_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'activity_note is append-only: a note is never changed or removed';
      END $$`);
    await queryRunner.query(`CREATE TRIGGER activity_note_append_only BEFORE UPDATE OR DELETE ON "activity_note" FOR EACH ROW EXECUTE FUNCTION activity_note_append_only()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER activity_note_append_only ON "activity_note"`);
    await queryRunner.query(`DROP FUNCTION activity_note_append_only()`);
    await queryRunner.query(`ALTER TABLE "activity_note" DROP CONSTRAINT "FK_246c7945be6e5704b94c185f444"`);
    await queryRunner.query(`ALTER TABLE "activity_note" DROP CONSTRAINT "FK_db840b1fcf68fc44f7c3d70020a"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d3e85185739cf7b2ff3556b72a"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_246c7945be6e5704b94c185f44"`);
    await queryRunner.query(`DROP TABLE "activity_note"`);
  }
}
