import type { Request, RequestHandler } from 'express';
import type { DataSource } from 'typeorm';
import { runWithSqlScope } from '../database/sql-counter';

/**
 * Rate limits for /graphql: a fixed window per key, counted in PostgreSQL so that every API process
 * of an installation shares the counts (docs/SCALING.md). Two processes behind a load balancer
 * allow a client the limit, not twice it.
 *
 * One atomic statement per counted request (`INSERT … ON CONFLICT DO UPDATE … RETURNING count`) on
 * the UNLOGGED table `rate_limit_hit` of the primary: no WAL, not replicated, emptied after a crash
 * (which only gives every client a fresh allowance). Windows are aligned to the clock (every key's
 * minute starts at the same time); rows of past windows are deleted by whichever process first
 * counts in a new window. As with any fixed window, a client can make up to twice the limit across
 * a window boundary.
 *
 * When the database cannot be asked (not open yet, away), the request is let through: the
 * database gate behind the limiter answers 503 then anyway, and a limiter must not turn an outage
 * into 429s.
 *
 * Keys: every request without an API key counts against its client's IP address (`clientIp`;
 * express's `trust proxy`, set from TRUST_PROXY and off by default, decides whether
 * X-Forwarded-For is believed: without it a caller cannot pick its own bucket by sending the
 * header); requests with a known API key count against the key; unknown API keys count against the
 * address that sent them (access/authenticate.ts).
 */
export interface RateLimitOptions {
  /** Requests one key may make per window; 0 turns the limiter off. */
  limit: number;
  /** Names the counter, so that two limiters never share a row (e.g. `graphql`, `key`). */
  name: string;
  /** Where the counts live; undefined while the database is not open (requests pass uncounted). */
  store: () => RateLimitStore | undefined;
  /** The window, in milliseconds (a minute unless told otherwise). */
  windowMs?: number;
  /** The bucket a request counts against; `undefined` lets the request through uncounted. */
  key?: (req: Request) => string | undefined;
  /** The clock, for tests. */
  now?: () => number;
}

/**
 * The clock of every limiter not given its own `now` (and of the unknown-API-key counter), read on
 * each request. Tests set `rateLimitClock.now` to place requests in a window without sleeping.
 */
export const rateLimitClock: { now: () => number } = { now: () => Date.now() };

/** The default key: the client's IP address as express sees it. */
export function clientIp(req: Request): string {
  return `ip:${req.ip ?? req.socket.remoteAddress ?? 'unknown'}`;
}

export interface Hit {
  /** Requests of this key in the current window, this one included. */
  count: number;
  /** Milliseconds until the current window ends. */
  resetMs: number;
}

/** Shared counters of requests per key in clock-aligned fixed windows. */
export interface RateLimitStore {
  /** Counts one request of `key` and returns the count of its window, this one included. */
  hit(key: string, windowMs: number, now: number): Promise<Hit>;
  /** Requests of `key` in the current window so far, without counting one. */
  count(key: string, windowMs: number, now: number): Promise<number>;
}

const HIT = `INSERT INTO rate_limit_hit AS h (key, window_start, count) VALUES ($1, $2, 1)
ON CONFLICT (key, window_start) DO UPDATE SET count = h.count + 1
RETURNING h.count`;

/** The counters in PostgreSQL: one atomic upsert per counted request, shared by every process on the database. */
export class PostgresRateLimitStore implements RateLimitStore {
  /** The newest window start this process has cleaned up to. */
  private cleaned = Number.NEGATIVE_INFINITY;

  constructor(private readonly dataSource: DataSource) {}

  async hit(key: string, windowMs: number, now: number): Promise<Hit> {
    const windowStart = Math.floor(now / windowMs) * windowMs;
    // Not one of the request's own statements: x-sql-statements and the SQL-count tests see only GraphQL's.
    const rows = (await runWithSqlScope({ statements: 0 }, () => this.dataSource.query(HIT, [`${windowMs}:${key}`, windowStart]))) as Array<{ count: number }>;
    if (windowStart > this.cleaned) {
      this.cleaned = windowStart;
      // Earlier windows are over for every key: one process's delete serves all (a second finds nothing).
      void runWithSqlScope({ statements: 0 }, () => this.dataSource.query('DELETE FROM rate_limit_hit WHERE window_start < $1', [windowStart - windowMs])).catch(() => {
        this.cleaned = Number.NEGATIVE_INFINITY;
      });
    }
    return { count: Number(rows[0]?.count ?? 1), resetMs: windowStart + windowMs - now };
  }

  async count(key: string, windowMs: number, now: number): Promise<number> {
    const windowStart = Math.floor(now / windowMs) * windowMs;
    const rows = (await runWithSqlScope({ statements: 0 }, () =>
      this.dataSource.query('SELECT count FROM rate_limit_hit WHERE key = $1 AND window_start = $2', [`${windowMs}:${key}`, windowStart]),
    )) as Array<{ count: number }>;
    return Number(rows[0]?.count ?? 0);
  }
}

/** The answer to a request over the limit: GraphQL-shaped, like the other refusals of /graphql. */
function tooManyRequests(retryAfterSeconds: number) {
  return {
    errors: [
      {
        message: `Too many requests; try again in ${retryAfterSeconds} s.`,
        extensions: { code: 'RATE_LIMITED', retryAfterSeconds },
      },
    ],
  };
}

/**
 * Answers 429 with `Retry-After` (seconds until the window ends) once a key has made `limit`
 * requests in the current window; nothing after it (body parsing, GraphQL, SQL) runs.
 */
export function rateLimit(options: RateLimitOptions): RequestHandler {
  if (options.limit <= 0) return (_req, _res, next) => next();
  const windowMs = options.windowMs ?? 60_000;
  const keyOf = options.key ?? clientIp;
  const now = options.now ?? (() => rateLimitClock.now());
  return async (req, res, next) => {
    const key = keyOf(req);
    const store = options.store();
    if (key === undefined || !store) return next();
    let hit: Hit;
    try {
      hit = await store.hit(`${options.name}:${key}`, windowMs, now());
    } catch {
      // The database is away: the gate behind answers 503; the limiter does not decide.
      return next();
    }
    if (hit.count <= options.limit) return next();
    const retryAfter = Math.max(1, Math.ceil(hit.resetMs / 1000));
    res.setHeader('Retry-After', String(retryAfter));
    res.status(429).json(tooManyRequests(retryAfter));
  };
}
