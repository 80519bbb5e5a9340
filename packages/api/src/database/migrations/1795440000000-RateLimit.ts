import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Rate-limit counters shared by every API process (http/rate-limit.ts): one row per key and
 * clock-aligned window, raised by one atomic upsert per request. UNLOGGED: no WAL, so it costs the
 * primary little and is not replicated (standbys never read it); after a crash PostgreSQL empties it,
 * which only gives every client a fresh allowance.
 */
export class RateLimit1795440000000 implements MigrationInterface {
  name = 'RateLimit1795440000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE UNLOGGED TABLE "rate_limit_hit" ("key" character varying(300) NOT NULL, "window_start" bigint NOT NULL, "count" integer NOT NULL, CONSTRAINT "PK_rate_limit_hit" PRIMARY KEY ("key", "window_start"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_rate_limit_hit_window" ON "rate_limit_hit" ("window_start")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "rate_limit_hit"`);
  }
}
