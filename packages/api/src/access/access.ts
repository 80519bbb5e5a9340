import { AsyncLocalStorage } from 'node:async_hooks';
import type { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { Measurement } from '../modules/measurement/measurement.entity';
import { suppressForPublic } from '../open-data/suppression';
import { ApiKeyScope, StaffRole, municipalityOf, type Actor } from './actor';
import { PUBLIC_ROWS } from './public-sql';

/**
 * What one request may read, derived from its actor. Every read path applies it here:
 * - lists (connections) through `restrict`, which `paginate` calls on every list query;
 * - everything loaded through a DataLoader (node, nested fields) through `visible`, which the loader
 *   factory applies to every batch.
 *
 * Staff and API keys see every row of their own municipality and nothing of another (a foreign id
 * behaves exactly like one that does not exist). Anonymous callers see only public rows
 * (public-sql.ts), with small counts suppressed (open-data/suppression.ts). Platform operators see
 * everything.
 */
export class Access {
  /** The municipality the caller is bound to; null for operators and anonymous callers. */
  readonly municipalityId: string | null;

  constructor(
    readonly actor: Actor,
    readonly dataSource: DataSource,
  ) {
    this.municipalityId = municipalityOf(actor);
  }

  /** Only published data: anonymous callers. */
  get publicOnly(): boolean {
    return this.actor.kind === 'anonymous';
  }

  /** Staff of any role, keys with READ, operators: may read everything of their municipality. */
  get canReadInternal(): boolean {
    const { actor } = this;
    if (actor.kind === 'operator') return true;
    if (actor.kind === 'user') return Object.values(StaffRole).includes(actor.role);
    if (actor.kind === 'key') return actor.scopes.includes(ApiKeyScope.READ);
    return false;
  }

  /** Adds the caller's read condition to a list query on one of the domain tables. */
  restrict<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>): SelectQueryBuilder<T> {
    const metadata = qb.expressionMap.mainAlias?.metadata;
    if (!metadata) throw new Error('Access.restrict needs a query on an entity.');
    const alias = qb.alias;
    const table = metadata.tableName;
    if (this.publicOnly) {
      const condition = PUBLIC_ROWS[table];
      return qb.andWhere(condition ? condition(alias) : 'FALSE');
    }
    if (this.municipalityId === null) return qb;
    if (table === 'municipality') return qb.andWhere(`${alias}.id = :accessMunicipalityId`, { accessMunicipalityId: this.municipalityId });
    if (metadata.findColumnWithDatabaseName('municipality_id')) {
      return qb.andWhere(`${alias}.municipality_id = :accessMunicipalityId`, { accessMunicipalityId: this.municipalityId });
    }
    throw new Error(`Access.restrict: ${table} has no municipality_id; say who may list it.`);
  }

  /**
   * The rows of `items` the caller may see, in order. `rowOf` picks the entity out of an item (a
   * link pair, say). Values that are not entities of a table pass.
   */
  async visible<I>(items: readonly I[], rowOf: (item: I) => unknown = (item) => item): Promise<I[]> {
    if (!items.length || (!this.publicOnly && this.municipalityId === null)) return [...items];
    if (!this.publicOnly) {
      const m = this.municipalityId;
      return items.filter((item) => {
        const row = rowOf(item) as { constructor: { name: string }; id?: string; municipalityId?: string | null } | null;
        if (!row || typeof row !== 'object') return true;
        if (row.constructor.name === 'Municipality') return row.id === m;
        return !('municipalityId' in row) || row.municipalityId === m;
      });
    }
    // Anonymous: one statement per table among the rows, asking which of them are public.
    const byTable = new Map<string, string[]>();
    const tableOf = (row: unknown): string | null => {
      if (!row || typeof row !== 'object' || !this.dataSource.hasMetadata(row.constructor)) return null;
      return this.dataSource.getMetadata(row.constructor).tableName;
    };
    for (const item of items) {
      const row = rowOf(item) as { id?: string };
      const table = tableOf(row);
      if (table && row.id) byTable.set(table, [...(byTable.get(table) ?? []), row.id]);
    }
    const allowed = new Set<string>();
    for (const [table, ids] of byTable) {
      const condition = PUBLIC_ROWS[table];
      if (!condition) continue;
      const rows = (await this.dataSource.query(`SELECT t.id FROM ${table} t WHERE t.id = ANY($1::uuid[]) AND ${condition('t')}`, [[...new Set(ids)]])) as Array<{ id: string }>;
      for (const { id } of rows) allowed.add(`${table}:${id}`);
    }
    const visible = items.filter((item) => {
      const row = rowOf(item) as { id?: string };
      const table = tableOf(row);
      return table === null || allowed.has(`${table}:${row.id}`);
    });
    await this.mask(visible.map(rowOf));
    return visible;
  }

  /** For anonymous callers, masks small counts among the values given (in place), exactly as the open-data files do. */
  async mask(rows: readonly unknown[]): Promise<void> {
    if (!this.publicOnly) return;
    const measurements = rows.filter((row): row is Measurement => row instanceof Measurement);
    if (measurements.length) await suppressForPublic(this.dataSource.manager, measurements);
  }
}

const storage = new AsyncLocalStorage<Access>();

/** Runs `fn` (the rest of a request) with `access` as the request's access. */
export function runWithAccess<R>(access: Access, fn: () => R): R {
  return storage.run(access, fn);
}

/** The access of the request being served. Throws outside a request, so that nothing reads unscoped by accident. */
export function currentAccess(): Access {
  const access = storage.getStore();
  if (!access) throw new Error('No access scope: a list was read outside a request.');
  return access;
}
