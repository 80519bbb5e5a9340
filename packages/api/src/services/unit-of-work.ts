import { AsyncLocalStorage } from 'node:async_hooks';
import type { DataSource, EntityManager } from 'typeorm';
import { readerFor, useWriter } from '../database/read-routing';

/**
 * The transaction of one mutation (docs/adr/0008-audit-in-the-transaction.md). access/enforce.ts
 * opens it before the operation's rule reads its target, runs the rule, the service and the audit
 * insert in it, and commits once; every service joins it instead of opening a transaction of its
 * own (their `transaction` becomes a savepoint, their reads and writes use its connection). So a
 * change without its audit entry, or an audit entry without its change, cannot be committed.
 */
interface UnitOfWork {
  manager: EntityManager;
  /** Rows the operation's rule read, by `table:id`: the service takes them instead of reading again. */
  rows: Map<string, object>;
  /** False once committed or rolled back: later reads (payload fields) use the pool again. */
  open: boolean;
}

const storage = new AsyncLocalStorage<UnitOfWork>();

/** Thrown inside the transaction to roll it back while handing `value` out (payload errors, dry runs). */
export class Rollback<R> extends Error {
  constructor(readonly value: R) {
    super('Rolled back on purpose (a payload refusal or a dry run).');
  }
}

/**
 * Runs `fn` in one new transaction that every service joins. `keep(result)` decides whether to
 * commit: false rolls back and still returns the result (a refusal in the payload changes nothing).
 */
export async function inUnitOfWork<R>(dataSource: DataSource, fn: () => Promise<R>, keep: (result: R) => boolean): Promise<R> {
  let work: UnitOfWork | undefined;
  useWriter(); // the request writes: its later reads go to the primary (database/read-routing.ts)
  try {
    return await dataSource.manager.transaction(async (manager) => {
      work = { manager, rows: new Map(), open: true };
      const result = await storage.run(work, fn);
      if (!keep(result)) throw new Rollback(result);
      return result;
    });
  } catch (error) {
    if (error instanceof Rollback) return error.value as R;
    throw error;
  } finally {
    if (work) work.open = false;
  }
}

function current(): UnitOfWork | null {
  const work = storage.getStore();
  return work?.open ? work : null;
}

/**
 * The manager to read and write with: the mutation's transaction when there is one, else the pool of
 * the database the request reads from (a replica for anonymous queries, database/read-routing.ts).
 */
export function managerOf(dataSource: DataSource): EntityManager {
  return current()?.manager ?? readerFor(dataSource).manager;
}

/** A transaction: a savepoint in the mutation's transaction when there is one, else a transaction of its own. */
export function inTransaction<R>(dataSource: DataSource, fn: (manager: EntityManager) => Promise<R>): Promise<R> {
  // A transaction writes: on the primary, and the rest of the request reads there too.
  if (!current()) useWriter();
  return managerOf(dataSource).transaction(fn);
}

/** Whether a mutation's transaction is open (the audit insert refuses to run outside one). */
export function inMutation(): boolean {
  return current() !== null;
}

/** Keeps a row the operation's rule read, for the service to take (one read per row and mutation). */
export function rememberRow(table: string, row: { id: string }): void {
  current()?.rows.set(`${table}:${row.id}`, row);
}

/**
 * A row the rule of this mutation already read, or undefined. Taken once: a later lookup of the same
 * row (after the service may have changed it) reads it again.
 */
export function rememberedRow<T>(table: string, id: string): T | undefined {
  const work = current();
  const key = `${table}:${id}`;
  const row = work?.rows.get(key) as T | undefined;
  work?.rows.delete(key);
  return row;
}
