import path from 'node:path';

/** The repository root: packages/api/{src,dist}/config.* → three levels up. */
export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');

export interface Config {
  port: number;
  host: string;
  /** A PostgreSQL URL; when absent, an embedded PostgreSQL is started in `dataDir`. */
  databaseUrl: string | undefined;
  dataDir: string;
  /** Folder of the built SPA, served at `/`. */
  webDist: string;
  /** Load demo data into an empty database at start. */
  seedDemo: boolean;
  env: 'development' | 'production' | 'test';
  logLevel: string;
  /** PostgreSQL statement_timeout for API queries, in milliseconds. */
  statementTimeoutMs: number;
  /** Largest GraphQL request body, in bytes (MAX_BODY_BYTES). */
  maxBodyBytes: number;
  /** Largest body of a bulk upload such as upsertMeasurements, in bytes (MAX_BULK_BODY_BYTES). */
  maxBulkBodyBytes: number;
  /** Send `x-sql-statements` (the request's SQL statement count) on GraphQL responses; off in production unless asked for. */
  sqlStatementsHeader: boolean;
}

export class ConfigError extends Error {}

function intFromEnv(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}; it is "${raw}".`);
  }
  return value;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const nodeEnv = env.NODE_ENV === 'production' || env.NODE_ENV === 'test' ? env.NODE_ENV : 'development';
  return {
    port: intFromEnv(env, 'PORT', 4000, 0, 65535),
    host: env.HOST || '0.0.0.0',
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: path.resolve(env.INKLUDERA_DATA_DIR || path.join(REPO_ROOT, '.data', 'postgres')),
    webDist: path.resolve(env.INKLUDERA_WEB_DIST || path.join(REPO_ROOT, 'packages', 'web', 'dist')),
    seedDemo: env.INKLUDERA_SEED_DEMO !== 'false',
    env: nodeEnv,
    logLevel: env.LOG_LEVEL || (nodeEnv === 'test' ? 'warn' : 'info'),
    statementTimeoutMs: intFromEnv(env, 'STATEMENT_TIMEOUT_MS', 15000, 100, 3_600_000),
    maxBodyBytes: intFromEnv(env, 'MAX_BODY_BYTES', 1024 * 1024, 1024, 1024 ** 3),
    // 10,000 measurement rows as JSON variables with global ids take about 2.2 MB.
    maxBulkBodyBytes: intFromEnv(env, 'MAX_BULK_BODY_BYTES', 8 * 1024 * 1024, 1024, 1024 ** 3),
    sqlStatementsHeader: env.INKLUDERA_SQL_STATEMENTS_HEADER ? env.INKLUDERA_SQL_STATEMENTS_HEADER === 'true' : nodeEnv !== 'production',
  };
}
