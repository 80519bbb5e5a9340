import type { Request, RequestHandler, Response } from 'express';
import type { DataSource } from 'typeorm';
import type { SessionCookie } from '../graphql/context';
import type { Services } from '../services';
import { clientIp, rateLimitClock, type RateLimitStore } from '../http/rate-limit';
import { isDatabaseUnavailableError } from '../database/availability';
import { answerDatabaseUnavailable } from '../http/database-unavailable';
import { Access, runWithAccess, type UnconfirmedSession } from './access';
import { tokenHash } from './secrets';
import type { SessionActor, SessionHints } from './session-hints';
import { ANONYMOUS, type Actor } from './actor';

export const SESSION_COOKIE = 'inkludera_session';

/** The value of one cookie of the request, or undefined. */
export function readCookie(req: Request, name: string): string | undefined {
  const header = req.headers.cookie;
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const index = part.indexOf('=');
    if (index > 0 && part.slice(0, index).trim() === name) {
      try {
        return decodeURIComponent(part.slice(index + 1).trim());
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

/** Writes and clears the session cookie: httpOnly, SameSite=Lax, Secure outside development and tests. */
export function sessionCookie(res: Response, secure: boolean): SessionCookie {
  const options = { httpOnly: true, sameSite: 'lax' as const, secure, path: '/' };
  return {
    set: (token, expiresAt) => res.cookie(SESSION_COOKIE, token, { ...options, expires: expiresAt }),
    clear: () => res.clearCookie(SESSION_COOKIE, options),
  };
}

function unauthenticated(res: Response, message: string): void {
  res.setHeader('WWW-Authenticate', 'Bearer');
  res.status(401).json({ errors: [{ message, extensions: { code: 'UNAUTHENTICATED' } }] });
}

/** The actor of a request that passed `authenticate`. */
export function actorOf(res: Response): Actor {
  return (res.locals.access as Access | undefined)?.actor ?? ANONYMOUS;
}

/**
 * Works out who is calling, once per request, before GraphQL: an `Authorization: Bearer <key>`
 * header names an API key (an unknown or revoked one is refused with 401); otherwise the session
 * cookie names a user (an unknown or expired one counts as no cookie, and is cleared); otherwise
 * the caller is anonymous. The rest of the request runs with that Access (access/access.ts).
 */
export function authenticate(options: {
  services: () => Services;
  dataSource: () => DataSource;
  secureCookies: boolean;
  /** Unknown API keys one client address may try per minute before 429 (0: no limit); keeps guessing off the database. */
  failedKeysPerMinute: number;
  /** Where the unknown-key counts live (shared by every process, http/rate-limit.ts); undefined: not counted. */
  rateLimits?: () => RateLimitStore | undefined;
  /**
   * Session hints (access/session-hints.ts): a GraphQL request whose session has one runs as its
   * caller without a lookup first, unconfirmed until a compiled read's own statement or the root
   * resolvers confirm it. Undefined: every session is looked up here.
   */
  sessionHints?: SessionHints;
}): RequestHandler {
  const MINUTE = 60_000;
  // Addresses this process has seen use up their allowance of unknown keys, with the window in which
  // they did: refused without a statement. The count itself is shared (PostgreSQL), so an address
  // that spreads its guesses over n processes gets at most n lookups more than the limit.
  let blockedWindow = Number.NaN;
  const blocked = new Set<string>();
  return async (req, res, next) => {
    try {
      const services = options.services();
      let actor: Actor = ANONYMOUS;
      let unconfirmed: UnconfirmedSession | null = null;
      const authorization = req.headers.authorization;
      if (authorization !== undefined) {
        const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
        if (!match) return unauthenticated(res, 'The Authorization header must be "Bearer <API key>".');
        const failures = options.failedKeysPerMinute > 0 ? options.rateLimits?.() : undefined;
        const address = `unknown-key:${clientIp(req)}`;
        const window = Math.floor(rateLimitClock.now() / MINUTE);
        if (window !== blockedWindow) {
          blockedWindow = window;
          blocked.clear();
        }
        if (failures && blocked.has(address)) {
          res.setHeader('Retry-After', '60');
          res.status(429).json({ errors: [{ message: 'Too many unknown API keys from this address; try again later.', extensions: { code: 'RATE_LIMITED' } }] });
          return;
        }
        const key = await services.account.actorForKey(match[1] as string);
        if (!key) {
          const hit = await failures?.hit(address, MINUTE, rateLimitClock.now());
          if (hit && hit.count >= options.failedKeysPerMinute) blocked.add(address);
          return unauthenticated(res, 'The API key is unknown or has been revoked.');
        }
        actor = key;
      } else {
        const token = readCookie(req, SESSION_COOKIE);
        if (token) {
          const hash = tokenHash(token);
          const hints = options.sessionHints;
          // What the session names now: kept as the hint, or the hint and the cookie dropped.
          const found = (user: SessionActor | null) => {
            if (user) hints?.set(hash, user);
            else {
              hints?.delete(hash);
              sessionCookie(res, options.secureCookies).clear();
            }
          };
          const hint = req.baseUrl === '/graphql' ? hints?.get(hash) : undefined;
          if (hint) {
            actor = hint;
            unconfirmed = { tokenHash: hash, lookup: () => services.account.actorForSession(token), settled: found };
          } else {
            const user = await services.account.actorForSession(token);
            found(user);
            if (user) actor = user;
          }
        }
      }
      const access = new Access(actor, options.dataSource(), unconfirmed);
      res.locals.access = access;
      runWithAccess(access, next);
    } catch (error) {
      // The database went away between the gate and this lookup: 503 with Retry-After, not 500.
      if (isDatabaseUnavailableError(error)) return answerDatabaseUnavailable(res);
      (req as Request & { log?: { error(obj: object, msg: string): void } }).log?.error({ err: error }, 'authentication failed');
      res.status(500).json({ errors: [{ message: 'Internal server error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
    }
  };
}
