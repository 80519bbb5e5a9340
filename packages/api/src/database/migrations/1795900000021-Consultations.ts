import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Consultations1795900000021 implements MigrationInterface {
  name = 'Consultations1795900000021';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "consultation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "archived_at" TIMESTAMP WITH TIME ZONE, "municipality_id" uuid NOT NULL, "steering_document_id" uuid NOT NULL, "deadline" date NOT NULL, "message" text, "status" character varying(16) NOT NULL DEFAULT 'OPEN', CONSTRAINT "PK_5203569fac28a4a626c42abe70b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_13eb72976fc2ff06f8c28a3a7e" ON "consultation"  ("municipality_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_8beee5e3c9bb7a5afd96a9883a" ON "consultation"  ("steering_document_id") `);
    await queryRunner.query(
      `CREATE TABLE "consultation_response" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "archived_at" TIMESTAMP WITH TIME ZONE, "municipality_id" uuid NOT NULL, "consultation_id" uuid NOT NULL, "organisation_unit_id" uuid NOT NULL, "views" text, "answered_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_dc8de07a0922b119292d52f758c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_63c5bafe3ec8947a829f3ca9ea" ON "consultation_response"  ("municipality_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_74334b53606807b30e1bf50806" ON "consultation_response"  ("organisation_unit_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_consultation_response_unit" ON "consultation_response"  ("consultation_id", "organisation_unit_id") `);
    await queryRunner.query(
      `ALTER TABLE "consultation" ADD CONSTRAINT "FK_13eb72976fc2ff06f8c28a3a7ea" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "consultation" ADD CONSTRAINT "FK_8beee5e3c9bb7a5afd96a9883ae" FOREIGN KEY ("steering_document_id") REFERENCES "steering_document"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "consultation_response" ADD CONSTRAINT "FK_63c5bafe3ec8947a829f3ca9ead" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "consultation_response" ADD CONSTRAINT "FK_c1571624798f8fa78077a663a6e" FOREIGN KEY ("consultation_id") REFERENCES "consultation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "consultation_response" ADD CONSTRAINT "FK_74334b53606807b30e1bf508065" FOREIGN KEY ("organisation_unit_id") REFERENCES "organisation_unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "consultation_response" DROP CONSTRAINT "FK_74334b53606807b30e1bf508065"`);
    await queryRunner.query(`ALTER TABLE "consultation_response" DROP CONSTRAINT "FK_c1571624798f8fa78077a663a6e"`);
    await queryRunner.query(`ALTER TABLE "consultation_response" DROP CONSTRAINT "FK_63c5bafe3ec8947a829f3ca9ead"`);
    await queryRunner.query(`ALTER TABLE "consultation" DROP CONSTRAINT "FK_8beee5e3c9bb7a5afd96a9883ae"`);
    await queryRunner.query(`ALTER TABLE "consultation" DROP CONSTRAINT "FK_13eb72976fc2ff06f8c28a3a7ea"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_consultation_response_unit"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_74334b53606807b30e1bf50806"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_63c5bafe3ec8947a829f3ca9ea"`);
    await queryRunner.query(`DROP TABLE "consultation_response"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_8beee5e3c9bb7a5afd96a9883a"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_13eb72976fc2ff06f8c28a3a7e"`);
    await queryRunner.query(`DROP TABLE "consultation"`);
  }
}
