import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Init1795425977265 implements MigrationInterface {
  name = 'Init1795425977265';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "municipality" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "code" character(4) NOT NULL, "name" character varying(200) NOT NULL, "organisation_number" character varying(11), CONSTRAINT "PK_281ad341f20df7c41b83a182e2a" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_f01eb47e7b81481ca5a146a786" ON "municipality"  ("code") `);
    await queryRunner.query(`CREATE TABLE "steering_document" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "municipality_id" uuid NOT NULL, "kind" character varying(32) NOT NULL, "title" character varying(300) NOT NULL, "registration_number" character varying(100), "decided_by" character varying(200), "decision_date" date, "valid_until" date, "revision_interval_months" integer, "status" character varying(32) NOT NULL DEFAULT 'DRAFT', "description" text, CONSTRAINT "PK_881b21d7df4cab6104dc05cbd22" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_ae39f55c7ac6d249d34541ebe9" ON "steering_document"  ("municipality_id") `);
    await queryRunner.query(`CREATE TABLE "focus_area" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "steering_document_id" uuid NOT NULL, "key" character varying(64) NOT NULL, "name_sv" character varying(200) NOT NULL, "name_en" character varying(200) NOT NULL, "description" text, "sort_order" integer NOT NULL, CONSTRAINT "PK_483e49c3f933de099ce8ea4621e" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_fd890b3ed8a4a1b3d3f7ba90c3" ON "focus_area"  ("steering_document_id", "key") `);
    await queryRunner.query(`CREATE TABLE "goal" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "steering_document_id" uuid NOT NULL, "parent_id" uuid, "focus_area_id" uuid, "level" character varying(32) NOT NULL, "title" character varying(500) NOT NULL, "description" text, "sort_order" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_88c8e2b461b711336c836b1e130" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_ca65aa13313bd7dbf6be64c819" ON "goal"  ("steering_document_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_3ae07251b44c858216f47990e3" ON "goal"  ("parent_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_0eb1aba66c4da9fad673e3be57" ON "goal"  ("focus_area_id") `);
    await queryRunner.query(`CREATE TABLE "indicator" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "municipality_id" uuid NOT NULL, "name_sv" character varying(300) NOT NULL, "name_en" character varying(300), "definition" text, "unit" character varying(16) NOT NULL, "decimals" smallint NOT NULL DEFAULT '0', "direction" character varying(16) NOT NULL, "periodicity" character varying(16) NOT NULL, "divided_by_sex" boolean NOT NULL DEFAULT true, "source" text, "published" boolean NOT NULL DEFAULT false, CONSTRAINT "PK_4693fe4c2cb912a71e05c589e7e" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_0632d594062bd92f24c980bbc9" ON "indicator"  ("municipality_id") `);
    await queryRunner.query(`CREATE TABLE "goal_indicator" ("goal_id" uuid NOT NULL, "indicator_id" uuid NOT NULL, CONSTRAINT "PK_fd1d24a75227f7e112c372b981e" PRIMARY KEY ("goal_id", "indicator_id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_80e67c050473004a1ee49fbbd0" ON "goal_indicator"  ("indicator_id") `);
    await queryRunner.query(`CREATE TABLE "measurement" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "indicator_id" uuid NOT NULL, "period" character varying(10) NOT NULL, "period_type" character varying(16) NOT NULL, "period_start" date NOT NULL, "sex" character varying(8) NOT NULL, "value" numeric, "status" character varying(16) NOT NULL DEFAULT 'FINAL', "source" text, "footnote" text, CONSTRAINT "PK_742ff3cc0dcbbd34533a9071dfd" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_5fda332d0459b2a22d6130b67c" ON "measurement"  ("indicator_id", "period_start") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_76d5a6f8db87ebc25c907ba983" ON "measurement"  ("indicator_id", "period", "sex") `);
    await queryRunner.query(`ALTER TABLE "steering_document" ADD CONSTRAINT "FK_ae39f55c7ac6d249d34541ebe91" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "focus_area" ADD CONSTRAINT "FK_5e8b65881e75f9e5159a6256458" FOREIGN KEY ("steering_document_id") REFERENCES "steering_document"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "goal" ADD CONSTRAINT "FK_ca65aa13313bd7dbf6be64c8195" FOREIGN KEY ("steering_document_id") REFERENCES "steering_document"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "goal" ADD CONSTRAINT "FK_3ae07251b44c858216f47990e3b" FOREIGN KEY ("parent_id") REFERENCES "goal"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "goal" ADD CONSTRAINT "FK_0eb1aba66c4da9fad673e3be570" FOREIGN KEY ("focus_area_id") REFERENCES "focus_area"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "indicator" ADD CONSTRAINT "FK_0632d594062bd92f24c980bbc9a" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "goal_indicator" ADD CONSTRAINT "FK_ffe19ce05784e928907e3ca0416" FOREIGN KEY ("goal_id") REFERENCES "goal"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "goal_indicator" ADD CONSTRAINT "FK_80e67c050473004a1ee49fbbd0d" FOREIGN KEY ("indicator_id") REFERENCES "indicator"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "measurement" ADD CONSTRAINT "FK_4a5471207e8878d1fd5f2d1ee89" FOREIGN KEY ("indicator_id") REFERENCES "indicator"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "measurement" DROP CONSTRAINT "FK_4a5471207e8878d1fd5f2d1ee89"`);
    await queryRunner.query(`ALTER TABLE "goal_indicator" DROP CONSTRAINT "FK_80e67c050473004a1ee49fbbd0d"`);
    await queryRunner.query(`ALTER TABLE "goal_indicator" DROP CONSTRAINT "FK_ffe19ce05784e928907e3ca0416"`);
    await queryRunner.query(`ALTER TABLE "indicator" DROP CONSTRAINT "FK_0632d594062bd92f24c980bbc9a"`);
    await queryRunner.query(`ALTER TABLE "goal" DROP CONSTRAINT "FK_0eb1aba66c4da9fad673e3be570"`);
    await queryRunner.query(`ALTER TABLE "goal" DROP CONSTRAINT "FK_3ae07251b44c858216f47990e3b"`);
    await queryRunner.query(`ALTER TABLE "goal" DROP CONSTRAINT "FK_ca65aa13313bd7dbf6be64c8195"`);
    await queryRunner.query(`ALTER TABLE "focus_area" DROP CONSTRAINT "FK_5e8b65881e75f9e5159a6256458"`);
    await queryRunner.query(`ALTER TABLE "steering_document" DROP CONSTRAINT "FK_ae39f55c7ac6d249d34541ebe91"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_76d5a6f8db87ebc25c907ba983"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_5fda332d0459b2a22d6130b67c"`);
    await queryRunner.query(`DROP TABLE "measurement"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_80e67c050473004a1ee49fbbd0"`);
    await queryRunner.query(`DROP TABLE "goal_indicator"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_0632d594062bd92f24c980bbc9"`);
    await queryRunner.query(`DROP TABLE "indicator"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_0eb1aba66c4da9fad673e3be57"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3ae07251b44c858216f47990e3"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ca65aa13313bd7dbf6be64c819"`);
    await queryRunner.query(`DROP TABLE "goal"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_fd890b3ed8a4a1b3d3f7ba90c3"`);
    await queryRunner.query(`DROP TABLE "focus_area"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ae39f55c7ac6d249d34541ebe9"`);
    await queryRunner.query(`DROP TABLE "steering_document"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f01eb47e7b81481ca5a146a786"`);
    await queryRunner.query(`DROP TABLE "municipality"`);
  }
}
