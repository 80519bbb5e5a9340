import { AsyncLocalStorage } from 'node:async_hooks';
import type { Logger, QueryRunner } from 'typeorm';

/**
 * Counts the SQL statements run on behalf of one request. The HTTP layer opens a scope per request;
 * TypeORM reports every statement to SqlCountingLogger, which adds it to the scope it runs in.
 * Tests and the benchmark read the count to prove that nested reads do not grow with the data.
 */
export interface SqlScope {
  statements: number;
}

const storage = new AsyncLocalStorage<SqlScope>();

export function runWithSqlScope<T>(scope: SqlScope, fn: () => T): T {
  return storage.run(scope, fn);
}

export function currentSqlScope(): SqlScope | undefined {
  return storage.getStore();
}

export class SqlCountingLogger implements Logger {
  constructor(private readonly debug?: (message: string) => void) {}

  logQuery(query: string, parameters?: unknown[], _queryRunner?: QueryRunner): void {
    const scope = storage.getStore();
    if (scope) scope.statements += 1;
    this.debug?.(parameters?.length ? `${query} -- ${JSON.stringify(parameters)}` : query);
  }
  logQueryError(error: string | Error, query: string): void {
    this.debug?.(`failed: ${query}: ${error instanceof Error ? error.message : error}`);
  }
  logQuerySlow(time: number, query: string): void {
    this.debug?.(`slow (${time} ms): ${query}`);
  }
  logSchemaBuild(): void {}
  logMigration(message: string): void {
    this.debug?.(message);
  }
  log(): void {}
}
