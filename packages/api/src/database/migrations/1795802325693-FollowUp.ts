import type { MigrationInterface, QueryRunner } from 'typeorm';

export class FollowUp1795802325693 implements MigrationInterface {
  name = 'FollowUp1795802325693';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "reporting_round" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "archived_at" TIMESTAMP WITH TIME ZONE, "municipality_id" uuid NOT NULL, "steering_document_id" uuid NOT NULL, "period" character varying(10) NOT NULL, "period_type" character varying(16) NOT NULL, "deadline" date NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'OPEN', "approved_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_6d46a33caebcd667aa0e884cb2e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_8ff6e20687e8a68b11231f8f25" ON "reporting_round"  ("municipality_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_reporting_round_document_period" ON "reporting_round"  ("steering_document_id", "period") WHERE "archived_at" IS NULL`);
    await queryRunner.query(
      `CREATE TABLE "unit_report" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "archived_at" TIMESTAMP WITH TIME ZONE, "municipality_id" uuid NOT NULL, "round_id" uuid NOT NULL, "organisation_unit_id" uuid NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'DRAFT', "analysis" text, "gender_analysis" text, "activities_with_partners" text, "return_comment" text, "submitted_at" TIMESTAMP WITH TIME ZONE, "approved_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_d28a0bdd9f39fa93f8019f244c1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_64bd2e0d8ad76132090770d605" ON "unit_report"  ("municipality_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_4938caba26cfd2cc985c2e934e" ON "unit_report"  ("round_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_unit_report_round_unit" ON "unit_report"  ("round_id", "organisation_unit_id") `);
    await queryRunner.query(
      `CREATE TABLE "goal_assessment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "archived_at" TIMESTAMP WITH TIME ZONE, "municipality_id" uuid NOT NULL, "unit_report_id" uuid NOT NULL, "goal_id" uuid NOT NULL, "assessment" character varying(16) NOT NULL, "comment" text NOT NULL, CONSTRAINT "PK_ea15579b6edad07b5612e5c4293" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_8d1566b617ca05734a0a3c3f1e" ON "goal_assessment"  ("municipality_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_e40c8d51c47e93571136d0eb18" ON "goal_assessment"  ("unit_report_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_4bdd2a04b53235e6179810e793" ON "goal_assessment"  ("goal_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_goal_assessment_report_goal" ON "goal_assessment"  ("unit_report_id", "goal_id") `);
    await queryRunner.query(
      `ALTER TABLE "reporting_round" ADD CONSTRAINT "FK_8ff6e20687e8a68b11231f8f25c" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "reporting_round" ADD CONSTRAINT "FK_cb33031bfff6b40d62a927b838e" FOREIGN KEY ("steering_document_id") REFERENCES "steering_document"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "unit_report" ADD CONSTRAINT "FK_64bd2e0d8ad76132090770d6050" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "unit_report" ADD CONSTRAINT "FK_4938caba26cfd2cc985c2e934e1" FOREIGN KEY ("round_id") REFERENCES "reporting_round"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "unit_report" ADD CONSTRAINT "FK_ffc69cb6217504a7dea13d15919" FOREIGN KEY ("organisation_unit_id") REFERENCES "organisation_unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "goal_assessment" ADD CONSTRAINT "FK_8d1566b617ca05734a0a3c3f1e0" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "goal_assessment" ADD CONSTRAINT "FK_e40c8d51c47e93571136d0eb189" FOREIGN KEY ("unit_report_id") REFERENCES "unit_report"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "goal_assessment" ADD CONSTRAINT "FK_4bdd2a04b53235e6179810e7934" FOREIGN KEY ("goal_id") REFERENCES "goal"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "goal_assessment" DROP CONSTRAINT "FK_4bdd2a04b53235e6179810e7934"`);
    await queryRunner.query(`ALTER TABLE "goal_assessment" DROP CONSTRAINT "FK_e40c8d51c47e93571136d0eb189"`);
    await queryRunner.query(`ALTER TABLE "goal_assessment" DROP CONSTRAINT "FK_8d1566b617ca05734a0a3c3f1e0"`);
    await queryRunner.query(`ALTER TABLE "unit_report" DROP CONSTRAINT "FK_ffc69cb6217504a7dea13d15919"`);
    await queryRunner.query(`ALTER TABLE "unit_report" DROP CONSTRAINT "FK_4938caba26cfd2cc985c2e934e1"`);
    await queryRunner.query(`ALTER TABLE "unit_report" DROP CONSTRAINT "FK_64bd2e0d8ad76132090770d6050"`);
    await queryRunner.query(`ALTER TABLE "reporting_round" DROP CONSTRAINT "FK_cb33031bfff6b40d62a927b838e"`);
    await queryRunner.query(`ALTER TABLE "reporting_round" DROP CONSTRAINT "FK_8ff6e20687e8a68b11231f8f25c"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_goal_assessment_report_goal"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4bdd2a04b53235e6179810e793"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e40c8d51c47e93571136d0eb18"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_8d1566b617ca05734a0a3c3f1e"`);
    await queryRunner.query(`DROP TABLE "goal_assessment"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_unit_report_round_unit"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4938caba26cfd2cc985c2e934e"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_64bd2e0d8ad76132090770d605"`);
    await queryRunner.query(`DROP TABLE "unit_report"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_reporting_round_document_period"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_8ff6e20687e8a68b11231f8f25"`);
    await queryRunner.query(`DROP TABLE "reporting_round"`);
  }
}
