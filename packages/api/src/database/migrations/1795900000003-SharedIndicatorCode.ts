import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SharedIndicatorCode1795900000003 implements MigrationInterface {
  name = 'SharedIndicatorCode1795900000003';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "indicator" ADD "shared_code" character varying(40)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "indicator" DROP COLUMN "shared_code"`);
  }
}
