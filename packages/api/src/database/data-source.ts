import { DataSource } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';
import { SqlCountingLogger } from './sql-counter';

export interface DataSourceOptions {
  url: string;
  statementTimeoutMs?: number;
  /** Called with every SQL statement when set (LOG_SQL=true). */
  debug?: (message: string) => void;
  poolSize?: number;
  /** application_name of its connections (pg_stat_activity); `inkludera-api` unless told. */
  applicationName?: string;
}

/** The one TypeORM data source of a process. `synchronize` is off: migrations own the schema. */
export function createDataSource(options: DataSourceOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url: options.url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    // gen_random_uuid() is built into PostgreSQL 13+; no extension needed.
    uuidExtension: 'pgcrypto',
    logger: new SqlCountingLogger(options.debug),
    extra: {
      max: options.poolSize ?? 10,
      connectionTimeoutMillis: 5000,
      // TCP keep-alive: an idle connection to a server that vanished without a word (a network
      // partition, a host that died) is found dead and dropped from the pool.
      keepAlive: true,
      keepAliveInitialDelayMillis: 10_000,
      application_name: options.applicationName ?? 'inkludera-api',
      ...(options.statementTimeoutMs ? { statement_timeout: options.statementTimeoutMs } : {}),
    },
  });
}
