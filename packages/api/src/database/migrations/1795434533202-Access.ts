import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Access1795434533202 implements MigrationInterface {
  name = 'Access1795434533202';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "app_user" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "email" character varying(254) NOT NULL, "name" character varying(200) NOT NULL, "password_hash" character varying(200) NOT NULL, "role" character varying(16) NOT NULL, "municipality_id" uuid, "disabled_at" TIMESTAMP WITH TIME ZONE, "last_login_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_22a5c4a3d9b2fb8e4e73fc4ada1" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_3fa909d0e37c531ebc23770339" ON "app_user"  ("email") `);
    await queryRunner.query(`CREATE INDEX "IDX_6cecf0f20a41280d83a2cbb739" ON "app_user"  ("municipality_id") `);
    await queryRunner.query(`CREATE TABLE "app_user_unit" ("user_id" uuid NOT NULL, "unit_id" uuid NOT NULL, CONSTRAINT "PK_16c30deb1dc28724a162c9809e9" PRIMARY KEY ("user_id", "unit_id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_d8c2f0c28290c276548299def6" ON "app_user_unit"  ("unit_id") `);
    await queryRunner.query(`CREATE TABLE "api_key" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "municipality_id" uuid NOT NULL, "name" character varying(200) NOT NULL, "prefix" character varying(16) NOT NULL, "token_hash" character(64) NOT NULL, "scopes" character varying(32) array NOT NULL, "created_by_user_id" uuid, "last_used_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_b1bd840641b8acbaad89c3d8d11" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_912314ac11d5fdde350a3fea08" ON "api_key"  ("municipality_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_7d28e2674770b92f03a8fcb338" ON "api_key"  ("token_hash") `);
    await queryRunner.query(`CREATE TABLE "api_key_unit" ("api_key_id" uuid NOT NULL, "unit_id" uuid NOT NULL, CONSTRAINT "PK_23fc8928ace5d65b02a2d4b0ea8" PRIMARY KEY ("api_key_id", "unit_id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_cf56f2464c5487f9e77c64c778" ON "api_key_unit"  ("unit_id") `);
    await queryRunner.query(`CREATE TABLE "audit_entry" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "municipality_id" uuid, "actor_kind" character varying(16) NOT NULL, "actor_id" character varying(200), "actor_label" character varying(300) NOT NULL, "operation" character varying(100) NOT NULL, "object_id" character varying(200), "before" jsonb, "after" jsonb, "request_id" character varying(128) NOT NULL, CONSTRAINT "PK_58a130a4b9da189f46ba2a01801" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_c6dcfaffa91ba264142ac53d6e" ON "audit_entry"  ("municipality_id", "at") `);
    await queryRunner.query(`CREATE TABLE "session" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "token_hash" character(64) NOT NULL, "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_f55da76ac1c3ac420f444d2ff11" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_a83507eb0338ac037780e02f2b" ON "session"  ("token_hash") `);
    await queryRunner.query(`CREATE INDEX "IDX_30e98e8746699fb9af235410af" ON "session"  ("user_id") `);
    await queryRunner.query(`CREATE TABLE "login_throttle" ("key" character varying(300) NOT NULL, "failures" integer NOT NULL DEFAULT '0', "window_started_at" TIMESTAMP WITH TIME ZONE NOT NULL, "locked_until" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_14c03bac82292a8310c54cb98d0" PRIMARY KEY ("key"))`);
    await queryRunner.query(`ALTER TABLE "app_user" ADD CONSTRAINT "FK_6cecf0f20a41280d83a2cbb7390" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "app_user_unit" ADD CONSTRAINT "FK_9cfcd73ef19b5af3ced6a9ecc4c" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "app_user_unit" ADD CONSTRAINT "FK_d8c2f0c28290c276548299def6f" FOREIGN KEY ("unit_id") REFERENCES "organisation_unit"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "api_key" ADD CONSTRAINT "FK_912314ac11d5fdde350a3fea089" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "api_key" ADD CONSTRAINT "FK_bc384f746acb69e6648c136803b" FOREIGN KEY ("created_by_user_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "api_key_unit" ADD CONSTRAINT "FK_a1cb6a18469b0a11116255ca9ea" FOREIGN KEY ("api_key_id") REFERENCES "api_key"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "api_key_unit" ADD CONSTRAINT "FK_cf56f2464c5487f9e77c64c778a" FOREIGN KEY ("unit_id") REFERENCES "organisation_unit"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "session" ADD CONSTRAINT "FK_30e98e8746699fb9af235410aff" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "session" DROP CONSTRAINT "FK_30e98e8746699fb9af235410aff"`);
    await queryRunner.query(`ALTER TABLE "api_key_unit" DROP CONSTRAINT "FK_cf56f2464c5487f9e77c64c778a"`);
    await queryRunner.query(`ALTER TABLE "api_key_unit" DROP CONSTRAINT "FK_a1cb6a18469b0a11116255ca9ea"`);
    await queryRunner.query(`ALTER TABLE "api_key" DROP CONSTRAINT "FK_bc384f746acb69e6648c136803b"`);
    await queryRunner.query(`ALTER TABLE "api_key" DROP CONSTRAINT "FK_912314ac11d5fdde350a3fea089"`);
    await queryRunner.query(`ALTER TABLE "app_user_unit" DROP CONSTRAINT "FK_d8c2f0c28290c276548299def6f"`);
    await queryRunner.query(`ALTER TABLE "app_user_unit" DROP CONSTRAINT "FK_9cfcd73ef19b5af3ced6a9ecc4c"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP CONSTRAINT "FK_6cecf0f20a41280d83a2cbb7390"`);
    await queryRunner.query(`DROP TABLE "login_throttle"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_30e98e8746699fb9af235410af"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a83507eb0338ac037780e02f2b"`);
    await queryRunner.query(`DROP TABLE "session"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c6dcfaffa91ba264142ac53d6e"`);
    await queryRunner.query(`DROP TABLE "audit_entry"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_cf56f2464c5487f9e77c64c778"`);
    await queryRunner.query(`DROP TABLE "api_key_unit"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_7d28e2674770b92f03a8fcb338"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_912314ac11d5fdde350a3fea08"`);
    await queryRunner.query(`DROP TABLE "api_key"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d8c2f0c28290c276548299def6"`);
    await queryRunner.query(`DROP TABLE "app_user_unit"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6cecf0f20a41280d83a2cbb739"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3fa909d0e37c531ebc23770339"`);
    await queryRunner.query(`DROP TABLE "app_user"`);
  }
}
