import type { Logger } from 'pino';
import { Client } from 'pg';
import type { DataSource, Migration } from 'typeorm';

/** The advisory lock every process (API or `pnpm admin`) takes before applying migrations. */
export const MIGRATION_LOCK_KEY = 'inkludera:migrations';

/**
 * Applies pending migrations once per database, however many processes start at the same time:
 * each takes a transaction-level advisory lock on a connection of its own, holds it while the
 * migrations run (each in its own transaction on the pool), and commits. A second process waits on
 * the lock and then finds nothing pending. Transaction-level, not session-level, so that it also
 * works through PgBouncer in transaction mode; a process that dies releases it with its connection.
 */
export async function runMigrationsOnce(dataSource: DataSource, url: string, logger?: Logger): Promise<Migration[]> {
  const lock = new Client({ connectionString: url, connectionTimeoutMillis: 5000, application_name: 'inkludera-migrations' });
  await lock.connect();
  try {
    await lock.query('BEGIN');
    const { rows } = await lock.query<{ got: boolean }>('SELECT pg_try_advisory_xact_lock(hashtextextended($1, 0)) AS got', [MIGRATION_LOCK_KEY]);
    if (!rows[0]?.got) {
      logger?.info('another process is applying migrations; waiting for it');
      await lock.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [MIGRATION_LOCK_KEY]);
    }
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    await lock.query('COMMIT');
    return applied;
  } catch (error) {
    await lock.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await lock.end().catch(() => undefined);
  }
}
