import { AsyncLocalStorage } from 'node:async_hooks';
import type { DataSource } from 'typeorm';

/**
 * Which database a request reads from (docs/adr/0012-read-replicas.md). The HTTP layer decides once
 * per request — a replica for anonymous GraphQL queries and open data, the primary for everyone
 * else — and runs the rest of the request with that choice; `managerOf` (services/unit-of-work.ts)
 * asks `readerFor` whenever a service reads outside a transaction. A request that turns out to
 * write (a mutation) switches to the primary for the rest of it, so its own later reads (the
 * payload) see its write.
 */
interface ReadRoute {
  primary: DataSource;
  reader: DataSource;
}

const storage = new AsyncLocalStorage<ReadRoute>();

/** Runs `fn` (the rest of a request) reading from `reader` where services would read from `primary`. */
export function runWithReader<R>(primary: DataSource, reader: DataSource, fn: () => R): R {
  return storage.run({ primary, reader }, fn);
}

/** The data source to read from in place of `dataSource`: the request's replica when it has one and `dataSource` is its primary. */
export function readerFor(dataSource: DataSource): DataSource {
  const route = storage.getStore();
  return route && route.primary === dataSource ? route.reader : dataSource;
}

/** The request writes: from now on it reads from the primary (read-your-writes). */
export function useWriter(): void {
  const route = storage.getStore();
  if (route) route.reader = route.primary;
}

/** The data source the current request reads from, or undefined outside a routed request. */
export function currentReader(): DataSource | undefined {
  return storage.getStore()?.reader;
}
