import { Max, Min } from 'class-validator';
import { ArgsType, Field, InputType, Int, ObjectType, registerEnumType, type ClassType } from 'type-graphql';
import { OrderDirection } from './filters';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { currentAccess } from '../access/access';
import { UserInputError } from './errors';
import { textProblem } from './input-guard';
import { isIsoDate } from './validation';

/** Relay connections: keyset pagination, at most MAX_PAGE a page, with totalCount. */
export const MAX_PAGE = 100;
export const DEFAULT_PAGE = 20;

@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, { nullable: true, defaultValue: DEFAULT_PAGE, description: `How many, 0 to ${MAX_PAGE}.` })
  @Min(0)
  @Max(MAX_PAGE)
  first: number = DEFAULT_PAGE;

  @Field(() => String, { nullable: true, description: 'Return the items after this cursor.' })
  after?: string | null;
}

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage: boolean;

  @Field()
  hasPreviousPage: boolean;

  @Field(() => String, { nullable: true })
  startCursor: string | null;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Page<T> {
  edges: Edge<T>[];
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** Builds `<Name>Connection` and `<Name>Edge` object types for an item type. */
export function Connection<T extends object>(item: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field({ description: 'Opaque cursor of this edge.' })
    cursor: string;

    @Field(() => item)
    node: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${name} items.` })
  class ConnectionType implements Page<T> {
    @Field(() => [EdgeType])
    edges: Edge<T>[];

    @Field(() => [item], { description: 'The nodes of the edges, for clients that need no cursors.' })
    nodes: T[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;

    @Field(() => Int, { description: 'How many items match, on all pages.' })
    totalCount: number;
  }
  return ConnectionType;
}

export interface SortKey<T> {
  /** SQL column (without alias); must be NOT NULL for keyset pagination. */
  column: string;
  /** Entity property holding that column's value. */
  property: keyof T & string;
  direction?: 'ASC' | 'DESC';
}

/** `<Name>Order { field: <Name>OrderField!, direction: OrderDirection = ASC }` for a list's orderBy argument. */
export function OrderBy<E extends Record<string, string>>(fields: E, name: string) {
  registerEnumType(fields, { name: `${name}OrderField` });
  @InputType(`${name}Order`)
  class Order {
    @Field(() => fields)
    field: E[keyof E];

    @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC })
    direction: OrderDirection = OrderDirection.ASC;
  }
  return Order;
}

function cursorValue(value: unknown): unknown {
  return value instanceof Date ? value.toISOString() : value;
}

function encodeCursor(value: unknown, id: string): string {
  return Buffer.from(JSON.stringify([value, id]), 'utf8').toString('base64url');
}

/** What a sort column holds, as far as its cursor values are concerned. */
type CursorKind = 'timestamp' | 'date' | 'integer' | 'text';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const INT4_MAX = 2_147_483_647;
/** Longer than any sortable text column. */
const MAX_TEXT_CURSOR = 10_000;

function cursorKind(qb: SelectQueryBuilder<ObjectLiteral>, column: string): CursorKind {
  const type = qb.expressionMap.mainAlias?.metadata.findColumnWithDatabaseName(column)?.type;
  const name = (typeof type === 'function' ? type.name : String(type ?? '')).toLowerCase();
  if (name.includes('timestamp') || name === 'datetime') return 'timestamp';
  if (name === 'date') return 'date';
  if (/^(int|integer|smallint|int2|int4|number)$/.test(name)) return 'integer';
  return 'text';
}

/** Whether a cursor's sort value is one the column can hold (as this API writes it). */
function fitsColumn(kind: CursorKind, value: unknown): boolean {
  switch (kind) {
    case 'timestamp':
      return typeof value === 'string' && ISO_TIMESTAMP.test(value) && !Number.isNaN(Date.parse(value)) && new Date(value).toISOString() === value;
    case 'date':
      return isIsoDate(value);
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value) && Math.abs(value) <= INT4_MAX;
    case 'text':
      return typeof value === 'string' && value.length <= MAX_TEXT_CURSOR && textProblem(value) === null;
  }
}

/**
 * The sort value and id of a cursor this API gave out for a column of `kind`. Anything else
 * (not base64url JSON, another shape, an id that is no UUID, a value the column cannot hold) is
 * BAD_USER_INPUT on `after`, before any SQL is sent.
 */
function decodeCursor(cursor: string, kind: CursorKind): [unknown, string] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    parsed = undefined;
  }
  if (Array.isArray(parsed) && parsed.length === 2 && typeof parsed[1] === 'string' && UUID.test(parsed[1]) && fitsColumn(kind, parsed[0])) {
    return [parsed[0], parsed[1]];
  }
  throw new UserInputError('The cursor is not one this API gave out.', 'after');
}

/**
 * Keyset pagination over a query builder ordered by (sort column, id). Two statements: the page
 * (one row more than asked, to know whether another page follows) and the count. Every list is
 * limited here to what the request's caller may read (access/access.ts).
 *
 * Timestamps are compared to the millisecond, the precision of a JavaScript Date and so of a
 * cursor: PostgreSQL keeps microseconds, and a row whose time has more would otherwise come after
 * its own cursor and be listed twice.
 */
export async function paginate<T extends ObjectLiteral & { id: string }>(unrestricted: SelectQueryBuilder<T>, args: ConnectionArgs, sort: SortKey<T>): Promise<Page<T>> {
  const kind = cursorKind(unrestricted, sort.column);
  // Refused before any statement is sent.
  const after = args.after ? decodeCursor(args.after, kind) : undefined;
  const qb = currentAccess().restrict(unrestricted);
  const alias = qb.alias;
  const totalCount = await qb.clone().getCount();
  const direction = sort.direction ?? 'ASC';
  const key = kind === 'timestamp' ? `date_trunc('milliseconds', ${alias}.${sort.column})` : `${alias}.${sort.column}`;
  const page = qb.clone().orderBy(key, direction).addOrderBy(`${alias}.id`, direction);
  if (after) {
    const [value, id] = after;
    const op = direction === 'ASC' ? '>' : '<';
    page.andWhere(`(${key}, ${alias}.id) ${op} (:cursorValue, CAST(:cursorId AS uuid))`, { cursorValue: value, cursorId: id });
  }
  const first = args.first ?? DEFAULT_PAGE;
  const rows = first === 0 ? [] : await page.take(first + 1).getMany();
  const nodes = rows.slice(0, first);
  const edges = nodes.map((node) => ({ cursor: encodeCursor(cursorValue(node[sort.property]), node.id), node }));
  return {
    edges,
    nodes,
    totalCount,
    pageInfo: {
      hasNextPage: rows.length > first,
      hasPreviousPage: Boolean(args.after),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}
