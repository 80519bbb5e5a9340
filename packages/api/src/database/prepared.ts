import type { Pool, QueryConfig } from 'pg';
import type { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { currentSqlScope } from './sql-counter';

/**
 * Runs one statement on the data source's primary pool, as the protocol-level named prepared
 * statement `name` when one is given (PostgreSQL then plans it once per connection), unnamed
 * otherwise; counted as the request's statement, as TypeORM's are (sql-counter.ts). For the
 * statements that every request runs (the caller's session or key, compiled reads): their planning
 * was a good part of their cost. Named statements live on the server session, so they need
 * PREPARED_STATEMENTS (config.ts) and, behind PgBouncer in transaction mode, its tracking of them
 * (docs/SCALING.md).
 */
export async function queryOnPrimary<R>(dataSource: DataSource, text: string, values: unknown[], name?: string): Promise<R[]> {
  const pool = (dataSource.driver as PostgresDriver).master as Pool;
  const scope = currentSqlScope();
  if (scope) scope.statements += 1;
  const config: QueryConfig = name ? { name, text, values } : { text, values };
  return (await pool.query(config)).rows as R[];
}
