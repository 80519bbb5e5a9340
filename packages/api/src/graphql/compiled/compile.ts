import {
  getArgumentValues,
  getDirectiveValues,
  getNamedType,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  isNonNullType,
  isObjectType,
  Kind,
  OperationTypeNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { OPERATION_RULES } from '../../access/policy';
import { storedSuppression } from '../../open-data/suppression';
import { fromGlobalId } from '../global-id';
import { NotCompiled, ownerColumn, SUPPRESSED_COLUMNS, visibleRowIf, type CompileServices, type Reader, type Relation, type TypeModel } from './model';

/**
 * Compiles a query into ONE SQL statement that returns the whole answer as JSON
 * (docs/adr/0017-compiled-public-reads.md), the way PostGraphile and Hasura answer: one level of the
 * selection is one CTE of rows (the relation's rows of the level above, with the reader's rule
 * inside: model.ts visibleIf), measurements get their small counts decided per level
 * (open-data/suppression.ts), and the JSON is built bottom-up, each list aggregated in the loader's
 * order. Anything the model does not know, an abstract type, a directive other than @skip/@include,
 * throws NotCompiled, and the operation runs through the resolvers as before.
 */

/** A parameter filled from a variable as such (`value`) or as the uuid of a global id (`globalId`). */
export interface Slot {
  variable: string;
  index: number;
  as: 'value' | 'globalId';
}

/** Who reads: the public, a platform operator (every row), or staff or an API key of one municipality. */
export type Who = 'public' | 'all' | { member: string };

export interface CompiledRead {
  sql: string;
  parameters: unknown[];
  /**
   * The parameters that hold the caller's municipality (members) and the ids of `node(id: $variable)`:
   * the same statement serves another caller or id with these replaced (cache.ts).
   */
  slots: { member: number | null; ids: Slot[] };
  /** The paths of non-null single objects: a null there means the resolvers must answer (their error). */
  check(data: Record<string, unknown>): boolean;
}

interface Context {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
  model: Readonly<Record<string, TypeModel>>;
  services: CompileServices;
  reader: Reader;
  ctes: string[];
  idSlots: Slot[];
  parameters: unknown[];
  levels: number;
}

/** json_build_object takes at most 100 arguments. */
const MAX_KEYS = 50;

/** Whether a field or fragment is left out by @skip/@include; any other directive is not compiled. */
function skipped(node: { directives?: readonly { name: { value: string } }[] }, ctx: Context): boolean {
  if (!node.directives?.length) return false;
  for (const directive of node.directives) if (directive.name.value !== 'skip' && directive.name.value !== 'include') throw new NotCompiled(`@${directive.name.value}`);
  if (getDirectiveValues(GraphQLSkipDirective, node as FieldNode, ctx.variables)?.if === true) return true;
  return getDirectiveValues(GraphQLIncludeDirective, node as FieldNode, ctx.variables)?.if === false;
}

function appliesTo(typeCondition: string | undefined, type: GraphQLObjectType, ctx: Context): boolean {
  if (!typeCondition || typeCondition === type.name) return true;
  const condition = ctx.schema.getType(typeCondition);
  return Boolean(condition && !isObjectType(condition) && type.getInterfaces().some((i) => i.name === typeCondition));
}

/** The fields of a selection on an object type by response key, in graphql-js's order (CollectFields). */
function collectFields(type: GraphQLObjectType, selectionSets: readonly SelectionSetNode[], ctx: Context, into = new Map<string, FieldNode[]>(), seen = new Set<string>()) {
  for (const set of selectionSets) {
    for (const selection of set.selections) {
      if (skipped(selection, ctx)) continue;
      if (selection.kind === Kind.FIELD) {
        const key = selection.alias?.value ?? selection.name.value;
        into.set(key, [...(into.get(key) ?? []), selection]);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (appliesTo(selection.typeCondition?.name.value, type, ctx)) collectFields(type, [selection.selectionSet], ctx, into, seen);
      } else {
        const name = selection.name.value;
        const fragment = ctx.fragments[name];
        if (!fragment || seen.has(name)) continue;
        seen.add(name);
        if (appliesTo(fragment.typeCondition.name.value, type, ctx)) collectFields(type, [fragment.selectionSet], ctx, into, seen);
      }
    }
  }
  return into;
}

function bind(ctx: Context): (value: unknown, cast: string) => string {
  return (value, cast) => {
    ctx.parameters.push(value);
    return `$${ctx.parameters.length}::${cast}`;
  };
}

const literal = (text: string) => `'${text.replace(/'/g, "''")}'`;

/** base64url("<Type>:<uuid>") without padding, as global-id.ts toGlobalId. */
const globalId = (type: string, column: string) => `translate(encode(convert_to('${type}:' || ${column}::text, 'UTF8'), 'base64'), E'+/=\\n', '-_')`;

type Check = (value: unknown) => boolean;

/**
 * Compiles the selection on the rows of the CTE `rows` (of object type `type`): adds the CTEs of
 * its relations and returns the CTE name with the JSON objects (`obj`, with the rows' columns).
 */
function compileLevel(rows: string, type: GraphQLObjectType, fieldNodes: readonly FieldNode[], ctx: Context, suppressed = false): { json: string; check: Check } {
  const model = ctx.model[type.name];
  if (!model) throw new NotCompiled(type.name);
  const selectionSets = fieldNodes.map((node) => node.selectionSet).filter((set): set is SelectionSetNode => Boolean(set));
  const fields = collectFields(type, selectionSets, ctx);
  if (fields.size > MAX_KEYS) throw new NotCompiled('too many fields');
  const level = ctx.levels;
  const pairs: string[] = [];
  const joins: string[] = [];
  const nested: Array<{ key: string; nonNull: boolean; list: boolean; check: Check }> = [];
  let n = 0;
  for (const [key, nodes] of fields) {
    const node = nodes[0] as FieldNode;
    const name = node.name.value;
    if (name === '__typename') {
      pairs.push(literal(key), literal(type.name));
      continue;
    }
    const field = type.getFields()[name] as GraphQLField<unknown, unknown> | undefined;
    if (!field) throw new NotCompiled(`${type.name}.${name}`);
    const args = getArgumentValues(field, node, ctx.variables);
    // The same response key with other arguments is a validation error; different nodes of one key merge their selections.
    if (name === 'id') {
      pairs.push(literal(key), globalId(type.name, 'x.id'));
    } else if (name in model.columns) {
      if (Object.keys(args).length) throw new NotCompiled('arguments on a column');
      const column = `x.${model.columns[name] as string}`;
      const hidden = suppressed ? SUPPRESSED_COLUMNS[name] : undefined;
      pairs.push(literal(key), hidden ? `CASE WHEN x._suppressed THEN ${hidden} ELSE ${column} END` : column);
    } else if (name in model.standIns) {
      const standIn = model.standIns[name] === null ? 'NULL' : `'[]'::json`;
      const column = model.staffColumns[name];
      if (ctx.reader.kind === 'public') pairs.push(literal(key), standIn);
      else if (!column || standIn !== 'NULL') throw new NotCompiled(`${type.name}.${name} for staff`);
      else if (ctx.reader.kind === 'all') pairs.push(literal(key), `x.${column}`);
      // Members see it of their own municipality's rows, the stand-in of others'.
      else pairs.push(literal(key), `CASE WHEN ${ownerColumn(model.table, 'x')} = ${ctx.reader.municipality} THEN x.${column} END`);
    } else if (name in model.relations) {
      const relation = model.relations[name] as Relation;
      for (const arg of Object.keys(args)) if (!relation.args?.includes(arg)) throw new NotCompiled(`${type.name}.${name}(${arg})`);
      const child = getNamedType(field.type);
      if (!isObjectType(child) || child.name !== relation.type) throw new NotCompiled(`${type.name}.${name}: ${child.name}`);
      ctx.levels += 1;
      const childRows = `l${ctx.levels}`;
      const suppressed = Boolean(relation.suppressed) && ctx.reader.kind !== 'all';
      addRows(childRows, relation, rows, args, ctx, suppressed);
      const childLevel = compileLevel(childRows, child, nodes, ctx, suppressed);
      const alias = `r${(n += 1)}`;
      if (relation.list) {
        joins.push(
          `LEFT JOIN (SELECT x._key, json_agg(x.obj ORDER BY ${relation.orderBy ?? 'x.id'}) AS items FROM ${childLevel.json} x GROUP BY x._key) ${alias} ON ${alias}._key = x.id`,
        );
        pairs.push(literal(key), `COALESCE(${alias}.items, '[]'::json)`);
      } else {
        joins.push(`LEFT JOIN ${childLevel.json} ${alias} ON ${alias}._key = x.${relation.foreignKey as string}`);
        pairs.push(literal(key), `${alias}.obj`);
      }
      nested.push({ key, nonNull: isNonNullType(field.type), list: relation.list, check: childLevel.check });
    } else {
      throw new NotCompiled(`${type.name}.${name}`);
    }
  }
  const json = `j${level}`;
  ctx.ctes.push(`${json} AS (SELECT x.*, json_build_object(${pairs.join(', ')}) AS obj FROM ${rows} x ${joins.join(' ')})`);
  const check: Check = (value) => {
    if (value === null || typeof value !== 'object') return true;
    const object = value as Record<string, unknown>;
    for (const { key, nonNull, list, check: inner } of nested) {
      const child = object[key];
      if (child === null) {
        if (nonNull) return false;
        continue;
      }
      if (list ? !(child as unknown[]).every(inner) : !inner(child)) return false;
    }
    return true;
  };
  return { json, check };
}

/** Adds the CTE `name` with the relation's rows of the parent rows; measurements with their stored small-count decision. */
function addRows(name: string, relation: Relation, parent: string, args: Record<string, unknown>, ctx: Context, suppressed: boolean): void {
  const rows = relation.rows(parent, args, bind(ctx), ctx.services, ctx.reader);
  if (!suppressed) {
    ctx.ctes.push(`${name} AS (${rows})`);
    return;
  }
  // Materialized: inlined, the EXISTS would be evaluated again for every column that reads _suppressed.
  // Members see their own municipality's values as stored; small counts are hidden in others' only.
  ctx.ctes.push(
    `${name} AS MATERIALIZED (SELECT r.*, ${storedSuppression('r')}${
      ctx.reader.kind === 'member' ? ` AND r.municipality_id <> ${ctx.reader.municipality}` : ''
    } AS _suppressed FROM (${rows}) r)`,
  );
}

/** A root field: `node(id)` of a type the model knows, or `municipality(code)`. */
function compileRoot(key: string, node: FieldNode, schema: GraphQLSchema, ctx: Context): { pair: string; check: (data: Record<string, unknown>) => boolean } {
  const query = schema.getQueryType() as GraphQLObjectType;
  const name = node.name.value;
  const field = query.getFields()[name];
  if (!field) throw new NotCompiled(name);
  // Only fields every reader may use (their rule is checked in the resolver wrapper, access/enforce.ts).
  if (OPERATION_RULES[`Query.${name}`]?.kind !== 'public') throw new NotCompiled(`Query.${name} is not public`);
  const args = getArgumentValues(field, node, ctx.variables);
  const $ = bind(ctx);
  ctx.levels += 1;
  const rows = `l${ctx.levels}`;
  let type: GraphQLObjectType;
  if (name === 'node') {
    const parsed = fromGlobalId(String(args.id));
    const found = parsed ? schema.getType(parsed.type) : undefined;
    if (!parsed || !isObjectType(found) || !ctx.model[parsed.type]) throw new NotCompiled('node of this id');
    type = found;
    const model = ctx.model[parsed.type] as TypeModel;
    if (model.table === 'measurement') throw new NotCompiled('node(Measurement)');
    const visible = visibleRowIf(ctx.reader, model.table);
    const placeholder = $(parsed.id, 'uuid');
    const argument = node.arguments?.find((a) => a.name.value === 'id')?.value;
    if (argument?.kind === Kind.VARIABLE) ctx.idSlots.push({ variable: argument.name.value, index: ctx.parameters.length - 1, as: 'globalId' });
    ctx.ctes.push(`${rows} AS (SELECT c.id AS _key, c.* FROM ${model.table} c WHERE c.id = ${placeholder}${visible})`);
  } else if (name === 'municipality') {
    // findByCode, archived ones too; the public sees active municipalities only.
    type = schema.getType('Municipality') as GraphQLObjectType;
    const visible = visibleRowIf(ctx.reader, 'municipality');
    const placeholder = $(args.code, 'varchar');
    const argument = node.arguments?.find((a) => a.name.value === 'code')?.value;
    if (argument?.kind === Kind.VARIABLE) ctx.idSlots.push({ variable: argument.name.value, index: ctx.parameters.length - 1, as: 'value' });
    ctx.ctes.push(`${rows} AS (SELECT c.id AS _key, c.* FROM municipality c WHERE c.code = ${placeholder}${visible})`);
  } else {
    throw new NotCompiled(`Query.${name}`);
  }
  const level = compileLevel(rows, type, [node], ctx);
  return {
    pair: `${literal(key)}, (SELECT obj FROM ${level.json} LIMIT 1)`,
    check: (data) => level.check(data[key] ?? null),
  };
}

/** The operation as one statement, or NotCompiled. */
export function compileRead(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
  model: Readonly<Record<string, TypeModel>>,
  services: CompileServices,
  who: Who = 'public',
): CompiledRead {
  if (operation.operation !== OperationTypeNode.QUERY) throw new NotCompiled('not a query');
  const ctx: Context = { schema, fragments, variables, model, services, reader: { kind: 'public' }, ctes: [], idSlots: [], parameters: [], levels: 0 };
  ctx.reader = typeof who === 'string' ? { kind: who } : { kind: 'member', municipality: bind(ctx)(who.member, 'uuid') };
  const member = typeof who === 'string' ? null : 0;
  const query = schema.getQueryType() as GraphQLObjectType;
  const roots = collectFields(query, [operation.selectionSet], ctx);
  if (!roots.size || roots.size > MAX_KEYS) throw new NotCompiled('no fields');
  const pairs: string[] = [];
  const checks: Array<(data: Record<string, unknown>) => boolean> = [];
  for (const [key, nodes] of roots) {
    if (nodes.length > 1) throw new NotCompiled('a root field asked twice');
    const node = nodes[0] as FieldNode;
    if (node.name.value === '__typename') {
      pairs.push(`${literal(key)}, 'Query'`);
      continue;
    }
    const root = compileRoot(key, node, schema, ctx);
    pairs.push(root.pair);
    checks.push(root.check);
  }
  if (!ctx.ctes.length) throw new NotCompiled('nothing to read');
  return {
    sql: `WITH ${ctx.ctes.join(',\n')}\nSELECT json_build_object(${pairs.join(', ')})::text AS body`,
    parameters: ctx.parameters,
    slots: { member, ids: ctx.idSlots },
    check: (data) => checks.every((check) => check(data)),
  };
}
