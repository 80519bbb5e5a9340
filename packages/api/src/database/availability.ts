import { Client } from 'pg';

/**
 * Whether the database can be used right now, as /readyz, /healthz and the GraphQL gate see it.
 *
 * A monitor keeps one connection of its own (outside the pool) and runs `SELECT 1` on it: every
 * second while the database answers, every 250 ms while it does not, so that a recovery is seen
 * within a fraction of a second. A query that fails as if the database were away asks for a check
 * at once; the embedded supervisor reports a dead postmaster at once.
 */
export interface DatabaseAvailability {
  /** True while the database answers. */
  available: boolean;
  /** Why it is unavailable. */
  reason?: string;
  /** False when the process cannot recover on its own (supervision gave up): /healthz fails. */
  recoverable: boolean;
  /** Since when (ms since the epoch) the current state holds. */
  since: number;
}

/** Seconds a client is asked to wait (Retry-After) while the database is away. */
export const DATABASE_RETRY_AFTER_SECONDS = 1;

const CONNECTION_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN', 'ENOTFOUND']);
// SQLSTATE: 57P01 admin_shutdown, 57P02 crash_shutdown, 57P03 cannot_connect_now, 08xxx connection exceptions.
const SQLSTATE = /^(57P0[123]|08...)$/;
const MESSAGES = [
  /Connection terminated/i,
  /timeout exceeded when trying to connect/i,
  /Client has encountered a connection error and is not queryable/i,
  /Client was closed and is not queryable/i,
  /Connection closed/i,
  /the database system is (starting up|shutting down|in recovery mode)/i,
  /terminating connection due to (administrator command|crash of another server process)/i,
];

/** Whether an error (or what it wraps) says that the database is away rather than that a query was wrong. */
export function isDatabaseUnavailableError(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 5) return false;
  const e = error as { code?: unknown; message?: unknown; driverError?: unknown; cause?: unknown; originalError?: unknown; thrownValue?: unknown };
  if (typeof e.code === 'string' && (CONNECTION_CODES.has(e.code) || SQLSTATE.test(e.code))) return true;
  if (typeof e.message === 'string' && MESSAGES.some((pattern) => pattern.test(e.message as string))) return true;
  // graphql-js wraps a thrown non-Error (TypeORM rethrows pg's connection errors as plain objects) in NonErrorThrown.thrownValue.
  return [e.driverError, e.cause, e.originalError, e.thrownValue].some((inner) => inner !== error && isDatabaseUnavailableError(inner, depth + 1));
}

export interface MonitorOptions {
  url: string;
  /** Check interval while the database answers. */
  upIntervalMs?: number;
  /** Check interval while it does not. */
  downIntervalMs?: number;
  /** A check that takes longer fails (a frozen server accepts connections but never answers). */
  timeoutMs?: number;
  onChange?: (availability: DatabaseAvailability) => void;
}

export class DatabaseMonitor {
  private state: DatabaseAvailability = { available: true, recoverable: true, since: Date.now() };
  private client: Client | undefined;
  private timer: NodeJS.Timeout | undefined;
  private running = false;
  private checking: Promise<void> | undefined;
  /** A reason given from outside (the supervisor) that holds until it is cleared. */
  private external: { reason: string; recoverable: boolean } | undefined;

  constructor(private readonly options: MonitorOptions) {}

  status(): DatabaseAvailability {
    return this.state;
  }

  start(): void {
    this.running = true;
    this.schedule(this.options.upIntervalMs ?? 1000);
  }

  async stop(): Promise<void> {
    this.running = false;
    if (this.timer) clearTimeout(this.timer);
    await this.checking;
    this.drop();
  }

  /** The supervisor says the server is away (or back: `undefined`); marks unavailable at once. */
  setExternal(external: { reason: string; recoverable: boolean } | undefined): void {
    this.external = external;
    if (external) this.set(false, external.reason, external.recoverable);
    else void this.checkNow();
  }

  /** A query failed as if the database were away: check now instead of at the next tick. */
  suspect(): void {
    if (this.state.available) void this.checkNow();
  }

  /** Runs one check now (coalesced with a running one). */
  checkNow(): Promise<void> {
    if (!this.checking) {
      this.checking = this.check().finally(() => {
        this.checking = undefined;
        if (this.running) this.schedule(this.state.available ? (this.options.upIntervalMs ?? 1000) : (this.options.downIntervalMs ?? 250));
      });
    }
    return this.checking;
  }

  private schedule(delay: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.checkNow(), delay);
    this.timer.unref();
  }

  private set(available: boolean, reason: string | undefined, recoverable = true): void {
    const changed = available !== this.state.available || recoverable !== this.state.recoverable || reason !== this.state.reason;
    if (!changed) return;
    this.state = {
      available,
      ...(reason ? { reason } : {}),
      recoverable,
      since: available !== this.state.available ? Date.now() : this.state.since,
    };
    this.options.onChange?.(this.state);
  }

  private drop(): void {
    const client = this.client;
    this.client = undefined;
    if (!client) return;
    client.removeAllListeners('error');
    client.on('error', () => undefined);
    // end() would wait for a frozen server; destroying the socket does not.
    (client as unknown as { connection?: { stream?: { destroy(): void } } }).connection?.stream?.destroy();
    void client.end().catch(() => undefined);
  }

  private async check(): Promise<void> {
    const timeoutMs = this.options.timeoutMs ?? 1000;
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        (async () => {
          if (!this.client) {
            const client = new Client({ connectionString: this.options.url, connectionTimeoutMillis: timeoutMs, application_name: 'inkludera-monitor' });
            client.on('error', () => {
              if (this.client === client) this.drop();
            });
            this.client = client;
            await client.connect();
          }
          await this.client.query('SELECT 1');
        })(),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
        }),
      ]);
      if (this.external) this.set(false, this.external.reason, this.external.recoverable);
      else this.set(true, undefined);
    } catch (error) {
      this.drop();
      if (this.external) this.set(false, this.external.reason, this.external.recoverable);
      else this.set(false, `Database unreachable: ${(error as Error).message || String(error)}`);
    } finally {
      clearTimeout(timer);
    }
  }
}
