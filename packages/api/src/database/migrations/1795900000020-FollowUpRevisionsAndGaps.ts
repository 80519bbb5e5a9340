import type { MigrationInterface, QueryRunner } from 'typeorm';

export class FollowUpRevisionsAndGaps1795900000020 implements MigrationInterface {
  name = 'FollowUpRevisionsAndGaps1795900000020';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."UQ_reporting_round_document_period"`);
    await queryRunner.query(
      `CREATE TABLE "missing_value_explanation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "archived_at" TIMESTAMP WITH TIME ZONE, "municipality_id" uuid NOT NULL, "unit_report_id" uuid NOT NULL, "indicator_id" uuid NOT NULL, "explanation" text NOT NULL, CONSTRAINT "PK_948d96e3cea1c2dcdf9b7033578" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_edfe958cf6b4ab050000e70041" ON "missing_value_explanation"  ("municipality_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_23b08b108fa430cc038b719782" ON "missing_value_explanation"  ("indicator_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_missing_value_explanation_report_indicator" ON "missing_value_explanation"  ("unit_report_id", "indicator_id") `);
    await queryRunner.query(`ALTER TABLE "reporting_round" ADD "revision" integer NOT NULL DEFAULT '1'`);
    await queryRunner.query(`ALTER TABLE "reporting_round" ADD "previous_revision_id" uuid`);
    await queryRunner.query(`ALTER TABLE "reporting_round" ADD "revision_reason" text`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_reporting_round_previous_revision" ON "reporting_round"  ("previous_revision_id") WHERE "previous_revision_id" IS NOT NULL`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_reporting_round_document_period_revision" ON "reporting_round"  ("steering_document_id", "period", "revision") WHERE "archived_at" IS NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "reporting_round" ADD CONSTRAINT "FK_7471aa427b17c04fe44a2de067c" FOREIGN KEY ("previous_revision_id") REFERENCES "reporting_round"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "missing_value_explanation" ADD CONSTRAINT "FK_edfe958cf6b4ab050000e70041a" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "missing_value_explanation" ADD CONSTRAINT "FK_edb811448753ba2ce342896aa00" FOREIGN KEY ("unit_report_id") REFERENCES "unit_report"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "missing_value_explanation" ADD CONSTRAINT "FK_23b08b108fa430cc038b719782b" FOREIGN KEY ("indicator_id") REFERENCES "indicator"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "missing_value_explanation" DROP CONSTRAINT "FK_23b08b108fa430cc038b719782b"`);
    await queryRunner.query(`ALTER TABLE "missing_value_explanation" DROP CONSTRAINT "FK_edb811448753ba2ce342896aa00"`);
    await queryRunner.query(`ALTER TABLE "missing_value_explanation" DROP CONSTRAINT "FK_edfe958cf6b4ab050000e70041a"`);
    await queryRunner.query(`ALTER TABLE "reporting_round" DROP CONSTRAINT "FK_7471aa427b17c04fe44a2de067c"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_reporting_round_document_period_revision"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_reporting_round_previous_revision"`);
    await queryRunner.query(`ALTER TABLE "reporting_round" DROP COLUMN "revision_reason"`);
    await queryRunner.query(`ALTER TABLE "reporting_round" DROP COLUMN "previous_revision_id"`);
    await queryRunner.query(`ALTER TABLE "reporting_round" DROP COLUMN "revision"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_missing_value_explanation_report_indicator"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_23b08b108fa430cc038b719782"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_edfe958cf6b4ab050000e70041"`);
    await queryRunner.query(`DROP TABLE "missing_value_explanation"`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_reporting_round_document_period" ON "reporting_round" USING btree ("period", "steering_document_id") WHERE (archived_at IS NULL)`,
    );
  }
}
