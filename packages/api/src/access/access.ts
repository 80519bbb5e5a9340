import { AsyncLocalStorage } from 'node:async_hooks';
import type { DataSource, EntityMetadata, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { Measurement } from '../modules/measurement/measurement.entity';
import { suppressForPublic } from '../open-data/suppression';
import { managerOf } from '../services/unit-of-work';
import { ANONYMOUS, ApiKeyScope, StaffRole, municipalityOf, type Actor } from './actor';
import type { SessionActor } from './session-hints';
import { PUBLIC_BY_PARENT, publicIndicatorLinkedToPublicGoal } from './public-sql';
import { publicCondition, scopeOf, type Scope } from './visibility';

type Row = ObjectLiteral & { id: string };

/** A session cookie whose caller came from a hint (access/authenticate.ts). */
export interface UnconfirmedSession {
  /** The hash of the cookie's token, as the session table stores it. */
  tokenHash: string;
  /** The caller the session names now, in a statement of its own; null when it names none. */
  lookup(): Promise<SessionActor | null>;
  /** Told what was found: the hint kept or replaced, or dropped with the cookie. */
  settled(found: SessionActor | null): void;
}

/**
 * What one request may read, derived from its actor. Every read path applies it here:
 * - lists (connections) through `restrict`, which `paginate` calls on every list query;
 * - everything loaded through a DataLoader (node, nested fields) through `visible`, which the loader
 *   factory applies to every batch.
 *
 * Rows are recognised by their entity metadata and scoped by access/visibility.ts; a row of a table
 * without a rule there throws, for every caller. Staff and API keys with READ see every row of their
 * own municipality; of other municipalities they see what anonymous callers see (public-sql.ts, small
 * counts suppressed), and an unpublished object of another municipality behaves exactly like one that
 * does not exist. Administration (users, keys, audit) only its ADMIN sees. A key without READ reads
 * nothing. Platform operators see everything.
 */
export class Access {
  private caller: Actor;
  private bound: string | null;
  private unconfirmed: UnconfirmedSession | null;
  private confirming: Promise<void> | null = null;

  /** `unconfirmed`: the caller was taken from a session hint (access/session-hints.ts) and is not yet confirmed. */
  constructor(
    actor: Actor,
    readonly dataSource: DataSource,
    unconfirmed: UnconfirmedSession | null = null,
  ) {
    this.caller = actor;
    this.bound = municipalityOf(actor);
    this.unconfirmed = unconfirmed;
  }

  get actor(): Actor {
    return this.caller;
  }

  /** The municipality the caller is bound to; null for operators and anonymous callers. */
  get municipalityId(): string | null {
    return this.bound;
  }

  /** The session whose caller came from a hint, while nothing has confirmed it; null otherwise. */
  get unconfirmedSession(): UnconfirmedSession | null {
    return this.unconfirmed;
  }

  /**
   * What the session names now, found by the database: the hint confirmed, or replaced (by another
   * caller, or by nobody when the session is gone) before anything has acted on it.
   */
  settle(found: SessionActor | null): void {
    const session = this.unconfirmed;
    if (!session) return;
    this.unconfirmed = null;
    this.caller = found ?? ANONYMOUS;
    this.bound = municipalityOf(this.caller);
    session.settled(found);
  }

  /** Confirms a session taken from a hint with its own statement (once per request); at once when there is none. */
  confirm(): Promise<void> {
    const session = this.unconfirmed;
    if (!session) return Promise.resolve();
    this.confirming ??= session.lookup().then((found) => this.settle(found));
    return this.confirming;
  }

  /** Only published data: anonymous callers. */
  get publicOnly(): boolean {
    return this.actor.kind === 'anonymous';
  }

  /**
   * Whether some rows the caller reads may be seen as public (small counts suppressed): everyone
   * who reads, but operators. The series and latest-value reads then decide suppression in their own
   * statement.
   */
  get seesPublicRows(): boolean {
    return this.actor.kind !== 'operator' && this.mayRead;
  }

  /** Whether the caller may read at all: everyone but an API key without READ. */
  get mayRead(): boolean {
    return this.actor.kind !== 'key' || this.actor.scopes.includes(ApiKeyScope.READ);
  }

  /** Staff of any role, keys with READ, operators: may read everything of their municipality. */
  get canReadInternal(): boolean {
    const { actor } = this;
    if (actor.kind === 'operator') return true;
    if (actor.kind === 'user') return Object.values(StaffRole).includes(actor.role);
    if (actor.kind === 'key') return actor.scopes.includes(ApiKeyScope.READ);
    return false;
  }

  private get isOperator(): boolean {
    return this.actor.kind === 'operator';
  }

  private get isAdmin(): boolean {
    return this.actor.kind === 'user' && this.actor.role === StaffRole.ADMIN;
  }

  /** The entity metadata of a row; throws for anything that is not a row of an entity. */
  metadataOf(row: unknown): EntityMetadata {
    if (!row || typeof row !== 'object' || !this.dataSource.hasMetadata(row.constructor)) {
      throw new Error(`Access: ${row && typeof row === 'object' ? row.constructor.name : typeof row} is not an entity; only rows of entities are checked.`);
    }
    return this.dataSource.getMetadata(row.constructor);
  }

  /** Whether `value` is a row of one of the data source's entities (by metadata, never by its shape). */
  isEntity(value: unknown): boolean {
    return Boolean(value) && typeof value === 'object' && this.dataSource.hasMetadata((value as object).constructor);
  }

  /** The municipality a row belongs to, by its table's scope. */
  private ownerOf(scope: Scope, row: Row): string | null {
    return scope === 'self' ? row.id : ((row as { municipalityId?: string | null }).municipalityId ?? null);
  }

  /** Whether the caller sees `row` as its own (not as public): of their municipality, and for administration their ADMIN or their own account. */
  private ownsRow(metadata: EntityMetadata, row: Row): boolean {
    if (this.isOperator) return true;
    if (this.publicOnly || !this.mayRead || this.municipalityId === null) return false;
    const scope = scopeOf(metadata);
    if (this.ownerOf(scope, row) !== this.municipalityId) return false;
    if (scope !== 'admin') return true;
    return this.isAdmin || (metadata.tableName === 'app_user' && this.actor.kind === 'user' && row.id === this.actor.userId);
  }

  /**
   * Whether the caller sees the internal side of `row` (staff-only fields, unsuppressed counts): rows
   * of their own municipality, and everything for operators. Rows of another municipality they see as
   * the public does.
   */
  seesInternal(row: unknown): boolean {
    if (this.isOperator) return true;
    if (this.publicOnly || !this.mayRead) return false;
    return this.ownsRow(this.metadataOf(row), row as Row);
  }

  /** Adds the caller's read condition to a list query on one of the domain tables. */
  restrict<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>): SelectQueryBuilder<T> {
    const metadata = qb.expressionMap.mainAlias?.metadata;
    if (!metadata) throw new Error('Access.restrict needs a query on an entity.');
    const alias = qb.alias;
    const table = metadata.tableName;
    const scope = scopeOf(metadata);
    if (this.isOperator) return qb;
    if (!this.mayRead) return qb.andWhere('FALSE');
    const conditions: string[] = [];
    const params: Record<string, string> = {};
    if (!this.publicOnly && this.municipalityId !== null) {
      params.accessMunicipalityId = this.municipalityId;
      if (scope === 'self') conditions.push(`${alias}.id = :accessMunicipalityId`);
      else if (scope === 'municipality' || this.isAdmin) conditions.push(`${alias}.municipality_id = :accessMunicipalityId`);
      else if (table === 'app_user' && this.actor.kind === 'user') {
        params.accessUserId = this.actor.userId;
        conditions.push(`${alias}.id = :accessUserId`);
      }
    }
    const isPublic = scope === 'admin' ? null : publicCondition(table);
    if (isPublic) conditions.push(isPublic(alias));
    return qb.andWhere(conditions.length ? `(${conditions.join(' OR ')})` : 'FALSE', params);
  }

  /**
   * A condition on a query's main table that holds for the rows whose internal side the caller sees
   * (their own municipality's; everything for operators; nothing for anonymous callers): for
   * filters and searches on staff-only columns, so that they cannot confirm what the field hides.
   */
  internalRows<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>): string {
    const metadata = qb.expressionMap.mainAlias?.metadata;
    if (!metadata) throw new Error('Access.internalRows needs a query on an entity.');
    const scope = scopeOf(metadata);
    if (this.isOperator) return 'TRUE';
    if (this.publicOnly || !this.mayRead || this.municipalityId === null || scope === 'admin') return 'FALSE';
    qb.setParameter('accessMunicipalityId', this.municipalityId);
    return scope === 'self' ? `${qb.alias}.id = :accessMunicipalityId` : `${qb.alias}.municipality_id = :accessMunicipalityId`;
  }

  /**
   * Rows this request has found public, by table: the rows below them are decided from their own
   * columns (PUBLIC_BY_PARENT), and a row asked about twice (a loader, then the query's own check)
   * costs one statement. Per request (one Access each), never shared: nothing stale or foreign.
   */
  private readonly knownPublic = new Map<string, Map<string, number>>();
  private notes = 0;

  private notePublic(table: string, id: string): void {
    let ids = this.knownPublic.get(table);
    if (!ids) {
      ids = new Map();
      this.knownPublic.set(table, ids);
    }
    if (!ids.has(id)) ids.set(id, (this.notes += 1));
  }

  /**
   * A mark for a loader's batch, taken before it reads: the batch decides from what was found public
   * before it (at the levels above), never from what a sibling batch finds meanwhile, so that the
   * number of statements of a request does not depend on which of two concurrent reads ends first.
   */
  mark(): number {
    return this.notes + 1;
  }

  private isKnownPublic(table: string, id: unknown, before = Infinity): boolean {
    if (typeof id !== 'string') return false;
    const noted = this.knownPublic.get(table)?.get(id);
    return noted !== undefined && noted < before;
  }

  /**
   * Whether `row` of `table` is public, from what this request already knows: true or false when
   * that decides it, undefined when only the SQL can (its parent has not been seen public).
   * `linkedFromGoal`: the goal whose link (goal_indicator) read this indicator.
   */
  private publicWithoutSql(table: string, row: Row, linkedFromGoal: string | undefined, before: number): boolean | undefined {
    if (this.isKnownPublic(table, row.id, before)) return true;
    if (table === 'indicator' && linkedFromGoal !== undefined && this.isKnownPublic('goal', linkedFromGoal, before)) return publicIndicatorLinkedToPublicGoal(row);
    const rule = PUBLIC_BY_PARENT[table];
    if (!rule) return undefined;
    if (!rule.own(row)) return false;
    if (!rule.parent) return true;
    return this.isKnownPublic(rule.parent.table, rule.parent.idOf(row), before) ? true : undefined;
  }

  /**
   * The rows of `items` the caller may see, in order. `rowOf` picks the entity out of an item (a
   * link pair, say); `goalOf`, for indicators read through their goal links, the goal of the link.
   * Every row must be a row of an entity with a visibility rule; anything else throws. Rows of
   * their own municipality cost no statement; rows seen as public are decided from what the request
   * already found public where that decides them (publicWithoutSql), and the rest cost one
   * statement per table (which of them are public). Counts seen as public are masked.
   */
  async visible<I>(items: readonly I[], rowOf: (item: I) => unknown = (item) => item, goalOf?: (item: I) => string, mark = Infinity): Promise<I[]> {
    if (!items.length) return [];
    const rows = items.map((item) => rowOf(item) as Row);
    const metadata = rows.map((row) => this.metadataOf(row));
    metadata.forEach((meta) => scopeOf(meta)); // throws for a type without a rule, for every caller
    if (this.isOperator) return [...items];
    if (!this.mayRead) return [];
    const owned = rows.map((row, i) => this.ownsRow(metadata[i] as EntityMetadata, row));
    // Not owned: decided from what the request knows, else one statement per table among the rows.
    const decided = new Map<number, boolean>();
    const byTable = new Map<string, string[]>();
    rows.forEach((row, i) => {
      const meta = metadata[i] as EntityMetadata;
      if (owned[i] || scopeOf(meta) === 'admin' || !publicCondition(meta.tableName)) return;
      const known = this.publicWithoutSql(meta.tableName, row, goalOf?.(items[i] as I), mark);
      if (known !== undefined) {
        decided.set(i, known);
        return;
      }
      byTable.set(meta.tableName, [...(byTable.get(meta.tableName) ?? []), row.id]);
    });
    for (const [table, ids] of byTable) {
      const condition = publicCondition(table) as (alias: string) => string;
      const found = (await managerOf(this.dataSource).query(`SELECT t.id FROM ${table} t WHERE t.id = ANY($1::uuid[]) AND ${condition('t')}`, [[...new Set(ids)]])) as Array<{
        id: string;
      }>;
      for (const { id } of found) this.notePublic(table, id);
    }
    const asPublic: Row[] = [];
    const visible = items.filter((_item, i) => {
      if (owned[i]) return true;
      const row = rows[i] as Row;
      const table = (metadata[i] as EntityMetadata).tableName;
      const ok = decided.get(i) ?? this.isKnownPublic(table, row.id);
      if (ok) {
        this.notePublic(table, row.id);
        asPublic.push(row);
      }
      return ok;
    });
    await this.mask(asPublic);
    return visible;
  }

  /**
   * The rows of `qb`'s table with these ids that the caller may see, in ONE statement: the read
   * condition of restrict (their own municipality's rows, or public ones) is inside it. The rows the
   * caller sees as public are noted as found public and their small counts masked, exactly as
   * visible() does for rows read first and checked after.
   */
  async readVisibleByIds<T extends ObjectLiteral & { id: string }>(qb: SelectQueryBuilder<T>, ids: readonly string[]): Promise<T[]> {
    const metadata = qb.expressionMap.mainAlias?.metadata;
    if (!metadata) throw new Error('Access.readVisibleByIds needs a query on an entity.');
    const rows = await this.restrict(qb.where(`${qb.alias}.id = ANY(:readIds)`, { readIds: [...ids] })).getMany();
    if (this.isOperator) return rows;
    for (const row of rows) if (!this.ownsRow(metadata, row)) this.notePublic(metadata.tableName, row.id);
    await this.mask(rows);
    return rows;
  }

  /** Masks small counts (in place) among the values given that the caller sees as public, exactly as the open-data files do. */
  async mask(rows: readonly unknown[]): Promise<void> {
    const measurements = rows.filter((row): row is Measurement => row instanceof Measurement && !this.seesInternal(row));
    if (measurements.length) await suppressForPublic(managerOf(this.dataSource), measurements);
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

/**
 * The municipality the caller of the request being served is bound to, for services that must treat
 * another municipality's ids as missing (bulk rows); null for operators, anonymous callers and work
 * outside a request (seeds, the command line).
 */
export function callerMunicipality(): string | null {
  return storage.getStore()?.municipalityId ?? null;
}
