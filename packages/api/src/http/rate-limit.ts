import type { Request, RequestHandler } from 'express';

/**
 * Rate limits for /graphql: a fixed window per key, in memory.
 *
 * Windows are aligned to the clock (every key's minute starts at the same time), so a new window
 * forgets every count at once and memory holds only the keys seen in the current window, at most
 * `maxKeys` of them (the oldest is dropped beyond that, which gives that key a fresh allowance). As
 * with any fixed window, a client can make up to twice the limit across a window boundary.
 *
 * The counts live in this process: with several replicas each counts on its own, so the effective
 * limit is the limit times the number of replicas; a shared limit would need a shared store (for
 * example Redis or PostgreSQL) behind the same `key` function.
 *
 * Keys: today every request counts against its client's IP address (`clientIp`; express's
 * `trust proxy`, set from TRUST_PROXY and off by default, decides whether X-Forwarded-For is
 * believed: without it a caller cannot pick its own bucket by sending the header). When API keys exist, a per-key limit
 * plugs in as a second limiter whose `key` returns the API key's id and `undefined` for requests
 * without one (which this limiter then lets through), or by a `key` function that prefers the API
 * key and falls back to the IP address.
 */
export interface RateLimitOptions {
  /** Requests one key may make per window; 0 turns the limiter off. */
  limit: number;
  /** The window, in milliseconds (a minute unless told otherwise). */
  windowMs?: number;
  /** The bucket a request counts against; `undefined` lets the request through uncounted. */
  key?: (req: Request) => string | undefined;
  /** Most keys remembered within one window: bounds the memory. */
  maxKeys?: number;
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

/** Counts requests per key in clock-aligned fixed windows, remembering at most `maxKeys` keys. */
export class FixedWindowCounter {
  private window = Number.NaN;
  private readonly counts = new Map<string, number>();

  constructor(
    private readonly windowMs: number,
    private readonly maxKeys: number,
  ) {}

  /** Keys remembered now. */
  get size(): number {
    return this.counts.size;
  }

  /** Requests of this key in the current window so far, without counting one. */
  count(key: string, now: number): number {
    return Math.floor(now / this.windowMs) === this.window ? (this.counts.get(key) ?? 0) : 0;
  }

  hit(key: string, now: number): Hit {
    const window = Math.floor(now / this.windowMs);
    if (window !== this.window) {
      this.window = window;
      this.counts.clear();
    }
    const count = (this.counts.get(key) ?? 0) + 1;
    if (count === 1 && this.counts.size >= this.maxKeys) this.dropOldest();
    this.counts.set(key, count);
    return { count, resetMs: (window + 1) * this.windowMs - now };
  }

  private dropOldest(): void {
    const oldest = this.counts.keys().next();
    if (!oldest.done) this.counts.delete(oldest.value);
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
  const counter = new FixedWindowCounter(options.windowMs ?? 60_000, options.maxKeys ?? 100_000);
  const keyOf = options.key ?? clientIp;
  const now = options.now ?? (() => rateLimitClock.now());
  return (req, res, next) => {
    const key = keyOf(req);
    if (key === undefined) return next();
    const { count, resetMs } = counter.hit(key, now());
    if (count <= options.limit) return next();
    const retryAfter = Math.max(1, Math.ceil(resetMs / 1000));
    res.setHeader('Retry-After', String(retryAfter));
    res.status(429).json(tooManyRequests(retryAfter));
  };
}
