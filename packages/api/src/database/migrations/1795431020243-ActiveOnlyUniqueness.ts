import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ActiveOnlyUniqueness1795431020243 implements MigrationInterface {
  name = 'ActiveOnlyUniqueness1795431020243';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_c448b77643bfbc89f3d6de772d"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_goal_overall_aim" ON "goal"  ("steering_document_id") WHERE "level" = 'OVERALL_AIM' AND "archived_at" IS NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_target_indicator_period_sex" ON "target"  ("indicator_id", "period", "sex") WHERE "archived_at" IS NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."UQ_target_indicator_period_sex"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_goal_overall_aim"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_c448b77643bfbc89f3d6de772d" ON "target" USING btree ("indicator_id", "period", "sex") `);
  }
}
