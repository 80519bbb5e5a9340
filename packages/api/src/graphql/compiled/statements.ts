import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { queryOnPrimary } from '../../database/prepared';

/**
 * Runs compiled reads as protocol-level named prepared statements, so that PostgreSQL plans each
 * compiled statement once per connection instead of on every request (planning was 4–11 ms of
 * a compiled read's 5–12 ms on the benchmark's data; docs/PERFORMANCE.md).
 *
 * Bounded: a statement gets a name only once it has been seen `threshold` times, and at most
 * `maxNames` statements ever get one in this process; the rest run unnamed (planned each time, as
 * before). So a connection holds at most `maxNames` prepared statements, whatever clients send.
 * Named statements live on the server session; through PgBouncer in transaction mode they need
 * PgBouncer 1.21 or later with `max_prepared_statements` at least `maxNames` (docs/SCALING.md), or
 * PREPARED_STATEMENTS=false.
 */
export class CompiledStatements {
  private readonly names = new Map<string, string>();
  private readonly seen = new Map<string, number>();

  constructor(private readonly options: { enabled: boolean; maxNames: number; threshold: number }) {}

  /** The name for `sql`, once it has earned one; undefined while it runs unnamed. */
  nameOf(sql: string): string | undefined {
    if (!this.options.enabled) return undefined;
    const named = this.names.get(sql);
    if (named || this.names.size >= this.options.maxNames) return named;
    const count = (this.seen.get(sql) ?? 0) + 1;
    if (count < this.options.threshold) {
      // Bounded too: forgets the counts when many statements were seen once or twice.
      if (this.seen.size >= 10 * this.options.maxNames) this.seen.clear();
      this.seen.set(sql, count);
      return undefined;
    }
    this.seen.delete(sql);
    const name = `inkludera_read_${createHash('sha256').update(sql).digest('hex').slice(0, 24)}`;
    this.names.set(sql, name);
    return name;
  }

  /** Runs the statement on the data source's pool, named once it has earned a name. */
  query<R>(dataSource: DataSource, sql: string, values: unknown[]): Promise<R[]> {
    return queryOnPrimary<R>(dataSource, sql, values, this.nameOf(sql));
  }
}
