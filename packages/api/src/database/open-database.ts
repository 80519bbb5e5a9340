import type { Logger } from 'pino';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import type { Config } from '../config';
import { seedDemoIfEmpty } from './seed/demo-seed';
import { ensureDatabase, withDatabase } from './admin';
import { createDataSource } from './data-source';
import { runMigrationsOnce } from './migrate';
import { DatabaseMonitor, type DatabaseAvailability } from './availability';
import { runningEmbeddedAdminUrl, startEmbeddedPostgres, type EmbeddedPostgresHandle } from './embedded';
import { ReplicaSet } from './replicas';
import { StartupError } from './startup-error';

export interface Database {
  /** The primary: every write, and every read of a caller who is not anonymous. */
  dataSource: DataSource;
  /** The read replicas (DATABASE_REPLICA_URLS), empty without them. */
  replicas: ReplicaSet | undefined;
  /** Where an anonymous read goes: a replica that answers and is not too far behind, else the primary. */
  reader(): DataSource;
  ping(timeoutMs: number): Promise<void>;
  /** Whether the database answers now (database/availability.ts), kept current by a monitor. */
  availability(): DatabaseAvailability;
  /** A query failed as if the database were away: check at once. */
  suspect(): void;
  /** A shutdown has begun: no more restarts of the embedded server, no more checks. */
  beginShutdown(): void;
  close(): Promise<void>;
}

const EMBEDDED_DATABASE = 'inkludera';

function describeServer(url: string): string {
  const parsed = new URL(url);
  return `${parsed.hostname}:${parsed.port || 5432}/${parsed.pathname.replace(/^\//, '') || 'postgres'}`;
}

/** Connects once with a plain client so that a bad DATABASE_URL gets a message a person can act on. */
async function checkReachable(url: string): Promise<void> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
  } catch (error) {
    const err = error as NodeJS.ErrnoException & { code?: string };
    const where = describeServer(url);
    const reasons: Record<string, string> = {
      ECONNREFUSED: `nothing accepts connections at ${where}`,
      ENOTFOUND: `the host in DATABASE_URL (${where}) is unknown`,
      EAI_AGAIN: `the host in DATABASE_URL (${where}) could not be looked up`,
      ETIMEDOUT: `${where} did not answer in time`,
      '28P01': `PostgreSQL at ${where} refused the user name or password`,
      '28000': `PostgreSQL at ${where} refused the connection (pg_hba.conf)`,
      '3D000': `the database in DATABASE_URL (${where}) does not exist`,
    };
    const reason = (err.code && reasons[err.code]) || err.message || 'the connection failed';
    throw new StartupError(
      `Cannot connect to PostgreSQL: ${reason}.`,
      'Check DATABASE_URL (postgres://user:password@host:5432/database), or unset it to use the embedded PostgreSQL.',
    );
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * Opens the database the configuration names, applies pending migrations and, when it is empty,
 * loads the demo data. Without DATABASE_URL it first starts the embedded PostgreSQL.
 */
export async function openDatabase(config: Config, logger: Logger, options: { attachToRunning?: boolean } = {}): Promise<Database> {
  let embedded: EmbeddedPostgresHandle | undefined;
  let url: string;
  const running = !config.databaseUrl && options.attachToRunning ? runningEmbeddedAdminUrl(config.dataDir) : null;
  if (config.databaseUrl) {
    url = config.databaseUrl;
    await checkReachable(url);
  } else if (running) {
    // The command line beside a running `pnpm start`: use its embedded server.
    url = withDatabase(running, EMBEDDED_DATABASE);
  } else {
    logger.info({ dataDir: config.dataDir }, 'starting the embedded PostgreSQL');
    embedded = await startEmbeddedPostgres(
      config.dataDir,
      (line) => (/exited|restarted|database system|FATAL|PANIC/.test(line) ? logger.info({ postgres: line }) : logger.debug({ postgres: line })),
      { giveUpAfterMs: config.postgresRestartGiveUpMs },
    );
    await ensureDatabase(embedded.adminUrl, EMBEDDED_DATABASE);
    url = withDatabase(embedded.adminUrl, EMBEDDED_DATABASE);
  }

  const dataSource = createDataSource({
    url,
    statementTimeoutMs: config.statementTimeoutMs,
    poolSize: config.databasePoolSize,
    debug: process.env.LOG_SQL === 'true' ? (message) => logger.debug({ sql: message }) : undefined,
  });
  try {
    await dataSource.initialize();
    // Once per database, under an advisory lock: several processes may start at the same time.
    const applied = await runMigrationsOnce(dataSource, url, logger);
    if (applied.length) logger.info({ migrations: applied.map((m) => m.name) }, 'applied migrations');
    if (config.seedDemo) await seedDemoIfEmpty(dataSource, logger);
  } catch (error) {
    if (dataSource.isInitialized) await dataSource.destroy();
    await embedded?.stop();
    throw error;
  }

  // The pool (pg-pool under TypeORM) drops a connection that errors while idle or is released
  // after an error, and opens new ones on demand: after an outage it heals by itself. The monitor
  // tells the HTTP side when the database is away, so that callers get 503 instead of 500.
  const monitor = new DatabaseMonitor({
    url,
    onChange: (state) =>
      state.available ? logger.info('the database answers again') : logger.warn({ reason: state.reason, recoverable: state.recoverable }, 'the database is unavailable'),
  });
  const handle = embedded;
  if (handle) {
    handle.onStatus((status) => {
      if (status.state === 'running') monitor.setExternal(undefined);
      else if (status.state !== 'stopped') monitor.setExternal({ reason: status.reason ?? 'The embedded PostgreSQL is not running.', recoverable: status.state !== 'failed' });
    });
  }
  monitor.start();

  // Replicas: probed once before serving (so that the first anonymous reads already use them), then every 0.5 s.
  const replicas = config.databaseReplicaUrls.length
    ? new ReplicaSet({
        primary: dataSource,
        urls: config.databaseReplicaUrls,
        maxLagMs: config.replicaMaxLagMs,
        statementTimeoutMs: config.statementTimeoutMs,
        poolSize: config.databasePoolSize,
        logger,
      })
    : undefined;
  await replicas?.start();

  return {
    dataSource,
    replicas,
    reader: () => replicas?.reader() ?? dataSource,
    availability: () => monitor.status(),
    suspect: () => {
      monitor.suspect();
      replicas?.suspect();
    },
    beginShutdown: () => {
      handle?.stopSupervising();
    },
    ping: async (timeoutMs) => {
      let timer: NodeJS.Timeout | undefined;
      try {
        await Promise.race([
          dataSource.query('SELECT 1'),
          new Promise((_, reject) => {
            timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
          }),
        ]);
      } finally {
        clearTimeout(timer);
      }
    },
    close: async () => {
      handle?.stopSupervising();
      await monitor.stop();
      await replicas?.stop();
      if (dataSource.isInitialized) await dataSource.destroy();
      await handle?.stop();
    },
  };
}
