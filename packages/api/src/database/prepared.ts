import { createHash } from 'node:crypto';
import type { Pool, QueryResultRow } from 'pg';
import type { EntityManager } from 'typeorm';

/**
 * A statement run as a named prepared statement of its pool connection, for the large statements of
 * the public read path (small-count suppression inside the series and latest-value reads): planning
 * them took longer than running them (docs/PERFORMANCE.md). PostgreSQL keeps the parsed statement,
 * and its plan once a generic one is as good, per connection; nothing of the data is kept. The name
 * is a hash of the text, so that one name never stands for two texts.
 *
 * Inside a transaction (a mutation's payload) the statement runs on the transaction's connection as
 * an ordinary one. It is reported to the data source's logger like every other statement (the SQL
 * statement count of the request).
 */
export async function preparedQuery<R extends QueryResultRow>(manager: EntityManager, text: string, values: unknown[]): Promise<R[]> {
  if (manager.queryRunner) return (await manager.query(text, values)) as R[];
  const pool = (manager.connection.driver as unknown as { master?: Pool }).master;
  if (!pool) return (await manager.query(text, values)) as R[];
  manager.connection.logger.logQuery(text, values);
  const name = `inkludera_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;
  return (await pool.query<R>({ name, text, values })).rows;
}
