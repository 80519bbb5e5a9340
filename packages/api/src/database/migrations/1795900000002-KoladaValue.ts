import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Values imported from Kolada (issue 14, open-data/kolada.ts): kept beside the staff's
 * measurements, never in place of them, each with its source and import time. Municipality 0000 is
 * Kolada's value for the whole country.
 */
export class KoladaValue1795900000002 implements MigrationInterface {
  name = 'KoladaValue1795900000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "kolada_value" (
      "kpi" character varying(16) NOT NULL,
      "municipality_code" character(4) NOT NULL,
      "period" character varying(10) NOT NULL,
      "sex" character varying(8) NOT NULL,
      "value" numeric,
      "status" character varying(32),
      "source" character varying(300) NOT NULL,
      "imported_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_kolada_value" PRIMARY KEY ("kpi", "municipality_code", "period", "sex"))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "kolada_value"`);
  }
}
