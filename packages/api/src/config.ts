import { isIP } from 'node:net';
import path from 'node:path';

/** The repository root: packages/api/{src,dist}/config.* → three levels up. */
export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');

export interface Config {
  port: number;
  host: string;
  /** A PostgreSQL URL; when absent, an embedded PostgreSQL is started in `dataDir`. */
  databaseUrl: string | undefined;
  /** Streaming read replicas of DATABASE_URL, comma-separated (DATABASE_REPLICA_URLS): anonymous reads and open data go there (docs/adr/0012-read-replicas.md). */
  databaseReplicaUrls: string[];
  /** A replica further behind the primary than this, in milliseconds, is skipped until it catches up (REPLICA_MAX_LAG_MS). */
  replicaMaxLagMs: number;
  /** Connections in this process's pool to the primary, and to each replica (DATABASE_POOL_SIZE). */
  databasePoolSize: number;
  dataDir: string;
  /** Folder of the built SPA, served at `/`. */
  webDist: string;
  /** Load demo data into an empty database at start (INKLUDERA_SEED_DEMO; default on, but off in production). */
  seedDemo: boolean;
  env: 'development' | 'production' | 'test';
  logLevel: string;
  /**
   * PostgreSQL statement_timeout for API queries, in milliseconds, sent as a connection (startup)
   * parameter; 0 sends none and leaves the timeout to the server (ALTER ROLE … SET statement_timeout),
   * for a pooler that refuses startup parameters (STATEMENT_TIMEOUT_MS; docs/SCALING.md).
   */
  statementTimeoutMs: number;
  /** Largest GraphQL request body, in bytes (MAX_BODY_BYTES). */
  maxBodyBytes: number;
  /** Largest body of a bulk upload such as upsertMeasurements, in bytes (MAX_BULK_BODY_BYTES). */
  maxBulkBodyBytes: number;
  /** Send `x-sql-statements` (the request's SQL statement count) on GraphQL responses; off in production unless asked for. */
  sqlStatementsHeader: boolean;
  /** GET /graphql in a browser shows the bundled, offline API explorer (GraphiQL). */
  graphqlExplorer: boolean;
  /** Anonymous queries the model knows are answered by one compiled SQL statement (graphql/compiled/; COMPILED_READS, on by default). */
  compiledReads: boolean;
  /**
   * Compiled reads run as named prepared statements, at most 100 per connection (graphql/compiled/statements.ts;
   * PREPARED_STATEMENTS, on by default). Turn off behind a pooler without prepared-statement support (PgBouncer before 1.21).
   */
  preparedStatements: boolean;
  /** Deepest GraphQL query, in fields from the root to a leaf (GRAPHQL_MAX_DEPTH). */
  graphqlMaxDepth: number;
  /** Highest cost of a GraphQL query: 1 a field, connections times their `first` (GRAPHQL_MAX_COST; graphql/limits/cost.ts). */
  graphqlMaxCost: number;
  /** Most aliases in a GraphQL query (GRAPHQL_MAX_ALIASES). */
  graphqlMaxAliases: number;
  /** Most tokens in a GraphQL document; the parser stops beyond (GRAPHQL_MAX_TOKENS). */
  graphqlMaxTokens: number;
  /** Most directives in a GraphQL query (GRAPHQL_MAX_DIRECTIVES). */
  graphqlMaxDirectives: number;
  /**
   * Requests to /graphql per client IP address per minute, then 429 with Retry-After; 0 turns the
   * limit off (RATE_LIMIT_PER_MINUTE). Off by default when NODE_ENV=test, because the test suites
   * send thousands of requests from 127.0.0.1; the rate-limit tests set it themselves.
   */
  rateLimitPerMinute: number;
  /** Requests per API key per minute, then 429 with Retry-After; 0 turns it off (RATE_LIMIT_PER_KEY_PER_MINUTE). Off by default under NODE_ENV=test. */
  rateLimitPerKeyPerMinute: number;
  /** Session cookies only over HTTPS (SECURE_COOKIES); on in production. */
  secureCookies: boolean;
  /** Hours a login session lasts (SESSION_HOURS). */
  sessionHours: number;
  /** Failed logins of one email address before it is locked for LOGIN_LOCK_SECONDS (LOGIN_MAX_FAILURES). */
  loginMaxFailures: number;
  /** The window for counting failed logins, and the lock after too many, in seconds (LOGIN_LOCK_SECONDS). */
  loginLockSeconds: number;
  /**
   * The public address of this installation, e.g. https://data.example.se (PUBLIC_URL): the base of
   * every absolute IRI and link in open data. Unset: taken from each request's protocol and host.
   */
  publicUrl: string | undefined;
  /** Municipality code that /datasets/dcat serves (DEFAULT_MUNICIPALITY); unset: the active municipality with the lowest code. */
  defaultMunicipality: string | undefined;
  /** Cache-Control max-age of open-data responses, in seconds (OPEN_DATA_MAX_AGE). */
  openDataMaxAgeSeconds: number;
  /**
   * Internal error messages and stack traces in answers (EXPOSE_ERROR_DETAILS=true), for a
   * developer's own machine only. Off by default in every environment, development included.
   */
  exposeErrorDetails: boolean;
  /**
   * Whose X-Forwarded-For to believe (TRUST_PROXY), as express's `trust proxy`: false (the
   * default: the peer address is the client), true (any), a hop count, or addresses/subnets and
   * the names loopback, linklocal, uniquelocal.
   */
  trustProxy: boolean | number | string;
  /** On SIGTERM, how long /readyz answers 503 while the listener still accepts, so a load balancer can take the instance out (SHUTDOWN_DELAY_MS). */
  shutdownDelayMs: number;
  /** After that, how long in-flight requests may take before their connections are closed (SHUTDOWN_GRACE_MS). */
  shutdownGraceMs: number;
  /** How long a crashed embedded PostgreSQL is restarted before supervision gives up and /healthz fails (POSTGRES_RESTART_GIVE_UP_MS). */
  postgresRestartGiveUpMs: number;
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

function publicUrlFromEnv(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(`PUBLIC_URL must be an absolute http(s) URL such as https://data.example.se; it is "${raw}".`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new ConfigError(`PUBLIC_URL must begin with https:// or http://; it is "${raw}".`);
  if (url.search || url.hash) throw new ConfigError(`PUBLIC_URL must not have a query or fragment; it is "${raw}".`);
  return url.toString().replace(/\/+$/, '');
}

function defaultMunicipalityFromEnv(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  if (!/^\d{4}$/.test(raw)) throw new ConfigError(`DEFAULT_MUNICIPALITY must be a four-digit municipality code such as 0138; it is "${raw}".`);
  return raw;
}

function replicaUrlsFromEnv(raw: string | undefined, primary: string | undefined): string[] {
  const urls = (raw ?? '')
    .split(',')
    .map((url) => url.trim())
    .filter(Boolean);
  if (urls.length && !primary) throw new ConfigError('DATABASE_REPLICA_URLS needs DATABASE_URL: replicas are of an external primary, not of the embedded PostgreSQL.');
  for (const url of urls) {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw new ConfigError(`DATABASE_REPLICA_URLS must be comma-separated postgres:// URLs; "${url.replace(/\/\/[^@/]*@/, '//…@')}" is not a URL.`);
    }
    if (parsed.protocol !== 'postgres:' && parsed.protocol !== 'postgresql:')
      throw new ConfigError(`DATABASE_REPLICA_URLS must be postgres:// URLs; one begins with ${parsed.protocol}//.`);
  }
  return urls;
}

const PROXY_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

function trustProxyFromEnv(raw: string | undefined): boolean | number | string {
  if (raw === undefined || raw === '' || raw === 'false') return false;
  if (raw === 'true') return true;
  if (/^\d+$/.test(raw)) return Number(raw);
  const entries = raw.split(',').map((entry) => entry.trim());
  for (const entry of entries) {
    const [address, prefix, ...rest] = entry.split('/');
    const validPrefix = prefix === undefined || (/^\d{1,3}$/.test(prefix) && Number(prefix) <= (isIP(address ?? '') === 6 ? 128 : 32));
    if (!PROXY_NAMES.has(entry) && (rest.length > 0 || !isIP(address ?? '') || !validPrefix)) {
      throw new ConfigError(
        `TRUST_PROXY must be false, true, a number of proxies, or a comma-separated list of addresses, subnets and the names loopback, linklocal, uniquelocal; "${entry}" is none of these.`,
      );
    }
  }
  return entries.join(',');
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const nodeEnv = env.NODE_ENV === 'production' || env.NODE_ENV === 'test' ? env.NODE_ENV : 'development';
  return {
    port: intFromEnv(env, 'PORT', 4000, 0, 65535),
    host: env.HOST || '0.0.0.0',
    databaseUrl: env.DATABASE_URL || undefined,
    databaseReplicaUrls: replicaUrlsFromEnv(env.DATABASE_REPLICA_URLS, env.DATABASE_URL),
    replicaMaxLagMs: intFromEnv(env, 'REPLICA_MAX_LAG_MS', 5000, 0, 3_600_000),
    databasePoolSize: intFromEnv(env, 'DATABASE_POOL_SIZE', 10, 1, 1000),
    dataDir: path.resolve(env.INKLUDERA_DATA_DIR || path.join(REPO_ROOT, '.data', 'postgres')),
    webDist: path.resolve(env.INKLUDERA_WEB_DIST || path.join(REPO_ROOT, 'packages', 'web', 'dist')),
    // Demo data (and the demo users with their well-known password) only where asked for in production.
    seedDemo: nodeEnv === 'production' ? env.INKLUDERA_SEED_DEMO === 'true' : env.INKLUDERA_SEED_DEMO !== 'false',
    env: nodeEnv,
    logLevel: env.LOG_LEVEL || (nodeEnv === 'test' ? 'warn' : 'info'),
    statementTimeoutMs: intFromEnv(env, 'STATEMENT_TIMEOUT_MS', 15000, 0, 3_600_000),
    maxBodyBytes: intFromEnv(env, 'MAX_BODY_BYTES', 1024 * 1024, 1024, 1024 ** 3),
    // 10,000 measurement rows as JSON variables with global ids take about 2.2 MB.
    maxBulkBodyBytes: intFromEnv(env, 'MAX_BULK_BODY_BYTES', 8 * 1024 * 1024, 1024, 1024 ** 3),
    sqlStatementsHeader: env.INKLUDERA_SQL_STATEMENTS_HEADER ? env.INKLUDERA_SQL_STATEMENTS_HEADER === 'true' : nodeEnv !== 'production',
    graphqlExplorer: env.GRAPHQL_EXPLORER ? env.GRAPHQL_EXPLORER === 'true' : nodeEnv !== 'production',
    compiledReads: env.COMPILED_READS !== 'false',
    preparedStatements: env.PREPARED_STATEMENTS !== 'false',
    graphqlMaxDepth: intFromEnv(env, 'GRAPHQL_MAX_DEPTH', 10, 1, 1000),
    graphqlMaxCost: intFromEnv(env, 'GRAPHQL_MAX_COST', 5000, 1, 1_000_000_000),
    graphqlMaxAliases: intFromEnv(env, 'GRAPHQL_MAX_ALIASES', 15, 0, 100_000),
    graphqlMaxTokens: intFromEnv(env, 'GRAPHQL_MAX_TOKENS', 1000, 1, 10_000_000),
    graphqlMaxDirectives: intFromEnv(env, 'GRAPHQL_MAX_DIRECTIVES', 50, 0, 100_000),
    rateLimitPerMinute: intFromEnv(env, 'RATE_LIMIT_PER_MINUTE', nodeEnv === 'test' ? 0 : 600, 0, 10_000_000),
    rateLimitPerKeyPerMinute: intFromEnv(env, 'RATE_LIMIT_PER_KEY_PER_MINUTE', nodeEnv === 'test' ? 0 : 1200, 0, 10_000_000),
    secureCookies: env.SECURE_COOKIES ? env.SECURE_COOKIES === 'true' : nodeEnv === 'production',
    sessionHours: intFromEnv(env, 'SESSION_HOURS', 12, 1, 24 * 90),
    loginMaxFailures: intFromEnv(env, 'LOGIN_MAX_FAILURES', 5, 1, 1000),
    loginLockSeconds: intFromEnv(env, 'LOGIN_LOCK_SECONDS', 900, 1, 86_400),
    publicUrl: publicUrlFromEnv(env.PUBLIC_URL),
    defaultMunicipality: defaultMunicipalityFromEnv(env.DEFAULT_MUNICIPALITY),
    openDataMaxAgeSeconds: intFromEnv(env, 'OPEN_DATA_MAX_AGE', 60, 0, 86_400),
    exposeErrorDetails: env.EXPOSE_ERROR_DETAILS === 'true',
    trustProxy: trustProxyFromEnv(env.TRUST_PROXY),
    shutdownDelayMs: intFromEnv(env, 'SHUTDOWN_DELAY_MS', 1000, 0, 600_000),
    shutdownGraceMs: intFromEnv(env, 'SHUTDOWN_GRACE_MS', 8000, 0, 600_000),
    postgresRestartGiveUpMs: intFromEnv(env, 'POSTGRES_RESTART_GIVE_UP_MS', 60_000, 0, 86_400_000),
  };
}
