import type { Logger } from 'pino';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { createDataSource } from './data-source';

/**
 * Streaming read replicas (DATABASE_REPLICA_URLS; docs/adr/0012-read-replicas.md). Each replica gets
 * a pool of its own and a probe that measures how far behind the primary it is:
 *
 * - every `intervalMs` the primary's flushed WAL position (pg_current_wal_flush_lsn) is sampled on
 *   the primary's pool, and each replica's replayed position (pg_last_wal_replay_lsn) on a
 *   connection of the probe's own, with a timeout (a frozen replica is one that does not answer);
 * - a replica's lag is the age of the oldest primary sample it has not replayed yet (0 when it has
 *   replayed everything the primary had flushed at the previous sample). That also catches a
 *   replica whose WAL receiver is disconnected, which its own statistics would call current.
 *
 * `reader()` hands out a replica that answers and lags at most `maxLagMs` (round robin), else the
 * primary: a lagging or failed replica is skipped until it catches up.
 */
export interface ReplicaStatus {
  name: string;
  /** host:port/database, without credentials. */
  server: string;
  available: boolean;
  /** Milliseconds behind the primary at the last probe; null when unknown. */
  lagMs: number | null;
  /** Why the replica is not used, if it is not. */
  reason?: string;
}

interface Replica {
  status: ReplicaStatus;
  url: string;
  dataSource: DataSource;
  probe: Client | undefined;
}

export function describeServer(url: string): string {
  const parsed = new URL(url);
  return `${parsed.hostname}:${parsed.port || 5432}/${parsed.pathname.replace(/^\//, '') || 'postgres'}`;
}

/** A WAL position ("16/B374D848") as a number. */
function lsn(text: string): bigint {
  const [high, low] = text.split('/');
  return (BigInt(`0x${high}`) << 32n) + BigInt(`0x${low}`);
}

export interface ReplicaSetOptions {
  primary: DataSource;
  urls: readonly string[];
  maxLagMs: number;
  statementTimeoutMs?: number;
  poolSize?: number;
  intervalMs?: number;
  timeoutMs?: number;
  logger?: Logger;
}

export class ReplicaSet {
  private readonly replicas: Replica[];
  private samples: Array<{ at: number; lsn: bigint }> = [];
  private timer: NodeJS.Timeout | undefined;
  private running = false;
  private probing: Promise<void> | undefined;
  private next = 0;

  constructor(private readonly options: ReplicaSetOptions) {
    this.replicas = options.urls.map((url, i) => ({
      url,
      status: { name: `replica ${i + 1}`, server: describeServer(url), available: false, lagMs: null, reason: 'Not checked yet.' },
      dataSource: createDataSource({ url, statementTimeoutMs: options.statementTimeoutMs, poolSize: options.poolSize, applicationName: 'inkludera-api-replica' }),
      probe: undefined,
    }));
  }

  get size(): number {
    return this.replicas.length;
  }

  /** The replicas as the last probe saw them, for /readyz. */
  statuses(): ReplicaStatus[] {
    return this.replicas.map((replica) => ({ ...replica.status }));
  }

  /** A replica that answers and is at most maxLagMs behind, in turn; the primary when there is none. */
  reader(): DataSource {
    const usable = this.replicas.filter((replica) => replica.status.available && replica.dataSource.isInitialized);
    if (!usable.length) return this.options.primary;
    this.next = (this.next + 1) % usable.length;
    return (usable[this.next] as Replica).dataSource;
  }

  /** Probes once (the first time before serving), then every intervalMs. */
  async start(): Promise<void> {
    this.running = true;
    await this.probeNow();
  }

  /** A replica query failed as if the server were away: probe at once. */
  suspect(): void {
    void this.probeNow();
  }

  probeNow(): Promise<void> {
    this.probing ??= this.probe().finally(() => {
      this.probing = undefined;
      if (this.running) {
        if (this.timer) clearTimeout(this.timer);
        this.timer = setTimeout(() => void this.probeNow(), this.options.intervalMs ?? 500);
        this.timer.unref();
      }
    });
    return this.probing;
  }

  async stop(): Promise<void> {
    this.running = false;
    if (this.timer) clearTimeout(this.timer);
    await this.probing;
    for (const replica of this.replicas) {
      this.dropProbe(replica);
      if (replica.dataSource.isInitialized) await replica.dataSource.destroy().catch(() => undefined);
    }
  }

  private dropProbe(replica: Replica): void {
    const client = replica.probe;
    replica.probe = undefined;
    if (!client) return;
    client.removeAllListeners('error');
    client.on('error', () => undefined);
    (client as unknown as { connection?: { stream?: { destroy(): void } } }).connection?.stream?.destroy();
    void client.end().catch(() => undefined);
  }

  private set(replica: Replica, available: boolean, lagMs: number | null, reason?: string): void {
    const was = replica.status;
    replica.status = { name: was.name, server: was.server, available, lagMs, ...(reason ? { reason } : {}) };
    if (was.available !== available) {
      if (available) this.options.logger?.info({ replica: was.name, server: was.server, lagMs }, 'reads go to the replica again');
      else this.options.logger?.warn({ replica: was.name, server: was.server, reason }, 'the replica is skipped; its reads go elsewhere');
    }
  }

  private async probe(): Promise<void> {
    const now = Date.now();
    const keepMs = Math.max(this.options.maxLagMs * 2, 10_000);
    try {
      const [row] = (await this.options.primary.query('SELECT pg_current_wal_flush_lsn()::text AS lsn')) as Array<{ lsn: string }>;
      if (row) this.samples.push({ at: now, lsn: lsn(row.lsn) });
    } catch {
      // The primary is away: its own monitor says so; the replicas are judged by the samples we have.
    }
    this.samples = this.samples.filter((sample) => sample.at >= now - keepMs);
    await Promise.all(this.replicas.map((replica) => this.probeReplica(replica, now)));
  }

  private async probeReplica(replica: Replica, now: number): Promise<void> {
    const timeoutMs = this.options.timeoutMs ?? 1000;
    let timer: NodeJS.Timeout | undefined;
    try {
      const replay = await Promise.race([
        (async () => {
          if (!replica.probe) {
            const client = new Client({ connectionString: replica.url, connectionTimeoutMillis: timeoutMs, application_name: 'inkludera-replica-probe' });
            client.on('error', () => {
              if (replica.probe === client) this.dropProbe(replica);
            });
            replica.probe = client;
            await client.connect();
          }
          const { rows } = await replica.probe.query<{ standby: boolean; replay: string | null }>(
            'SELECT pg_is_in_recovery() AS standby, pg_last_wal_replay_lsn()::text AS replay',
          );
          return rows[0];
        })(),
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
        }),
      ]);
      if (!replica.dataSource.isInitialized) await replica.dataSource.initialize();
      if (!replay?.standby || !replay.replay) {
        // Promoted, or not a standby at all: its data may diverge from the primary's; do not read from it.
        this.set(replica, false, null, 'Not a standby (pg_is_in_recovery() is false).');
        return;
      }
      const replayed = lsn(replay.replay);
      const behind = this.samples.find((sample) => sample.lsn > replayed);
      const lagMs = behind ? now - behind.at : 0;
      if (lagMs > this.options.maxLagMs) this.set(replica, false, lagMs, `${lagMs} ms behind the primary (REPLICA_MAX_LAG_MS is ${this.options.maxLagMs}).`);
      else this.set(replica, true, lagMs);
    } catch (error) {
      this.dropProbe(replica);
      this.set(replica, false, null, `Does not answer: ${(error as Error).message}`);
    } finally {
      clearTimeout(timer);
    }
  }
}
