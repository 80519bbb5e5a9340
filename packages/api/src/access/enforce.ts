import { defaultFieldResolver, GraphQLError, isObjectType, type GraphQLField, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { In, type EntityTarget, type ObjectLiteral } from 'typeorm';
import type { Context } from '../graphql/context';
import { expectGlobalId, toGlobalId } from '../graphql/global-id';
import { DomainError } from '../graphql/user-error';
import { Municipality } from '../modules/municipality/municipality.entity';
import { inUnitOfWork, managerOf, rememberRow } from '../services/unit-of-work';
import { ApiKeyScope, StaffRole, unitLimitOf, type Actor } from './actor';
import { recordMutation } from './audit';
import { scopeOf } from './visibility';
import { OPERATION_RULES, STAFF_ONLY_FIELDS, UNITS_MESSAGE, type Area, type Payload, type Rule, type TargetTools, type WriteTarget } from './policy';

/**
 * Applies access/policy.ts to the schema, in one place: every query and mutation resolver is
 * wrapped with the check its rule names, and a field of STAFF_ONLY_FIELDS answers anonymous callers
 * with its stand-in. Deny by default: an operation without a rule (or a rule without an operation)
 * stops the schema from being built.
 *
 * Refusals: a caller without credentials where some are needed gets UNAUTHENTICATED, a caller whose
 * role or scope does not reach gets FORBIDDEN (both as GraphQL errors). An object of another
 * municipality is NOT_FOUND, word for word as an id that does not exist; an object of the caller's
 * municipality outside an editor's (or key's) units is FORBIDDEN; both in the payload's `errors`.
 */
export function applyAccessRules(schema: GraphQLSchema): GraphQLSchema {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const type of [schema.getQueryType(), schema.getMutationType()]) {
    if (!type) continue;
    for (const field of Object.values(type.getFields())) {
      const name = `${type.name}.${field.name}`;
      seen.add(name);
      const rule = OPERATION_RULES[name];
      if (!rule) {
        problems.push(`${name} has no access rule`);
        continue;
      }
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = confirmed(type.name === 'Mutation' ? guardMutation(field.name, rule, resolve, isPayload(field)) : guardQuery(rule, resolve));
    }
  }
  guardReadRights(schema);
  for (const name of Object.keys(OPERATION_RULES)) if (!seen.has(name)) problems.push(`${name} has a rule but is not in the schema`);
  for (const [name, standIn] of Object.entries(STAFF_ONLY_FIELDS)) {
    const [typeName, fieldName] = name.split('.') as [string, string];
    const type = schema.getType(typeName) as { getFields?: () => Record<string, GraphQLField<unknown, Context>> } | undefined;
    const field = type?.getFields?.()[fieldName];
    if (!field) {
      problems.push(`${name} is staff-only but not in the schema`);
      continue;
    }
    const resolve = field.resolve ?? defaultFieldResolver;
    // Of another municipality's rows, staff see what the public sees.
    field.resolve = (root, args, ctx: Context, info) => (ctx.access.seesInternal(root) ? resolve(root, args, ctx, info) : standIn);
  }
  if (problems.length) throw new Error(`Access rules (access/policy.ts) do not match the schema: ${problems.join('; ')}.`);
  return schema;
}

/**
 * Before the rule is checked and anything runs: a caller taken from a session hint is confirmed by
 * the database (Access.confirm; once per request), so no operation acts on a session that has
 * ended or changed (access/session-hints.ts).
 */
function confirmed(resolve: GraphQLFieldResolver<unknown, Context>): GraphQLFieldResolver<unknown, Context> {
  return async (root, args, ctx, info) => {
    await ctx.access.confirm();
    return resolve(root, args, ctx, info);
  };
}

function isPayload(field: GraphQLField<unknown, unknown>): boolean {
  const type = field.type as { ofType?: unknown; getFields?: () => Record<string, unknown> };
  const named = (type.ofType ?? type) as { getFields?: () => Record<string, unknown> };
  return Boolean(named.getFields?.().errors);
}

/** Fields that a caller without read rights still gets of the object it wrote. */
const WRITE_ONLY_FIELDS = new Set(['id', 'version']);

/**
 * Read rights apply to every field, whatever the operation: on a row of an entity, a caller that may
 * not read (an API key without READ, refused on every query) gets FORBIDDEN for every field but the id
 * and version, so a mutation's payload cannot be read through. Nested rows are filtered by the loaders
 * (Access.visible) as for a query.
 */
function guardReadRights(schema: GraphQLSchema): void {
  const roots = new Set([schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].filter(Boolean));
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || roots.has(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (WRITE_ONLY_FIELDS.has(field.name)) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (root, args, ctx: Context, info) => {
        if (!ctx.access.mayRead && ctx.access.isEntity(root)) {
          throw new GraphQLError(`This API key has no READ scope: of what it wrote it gets the id and version (${type.name}.${field.name} refused).`, {
            extensions: { code: 'FORBIDDEN' },
          });
        }
        return resolve(root, args, ctx, info);
      };
    }
  }
}

function refuse(actor: Actor, message: string): GraphQLError {
  return actor.kind === 'anonymous'
    ? new GraphQLError('Log in, or send an API key as "Authorization: Bearer <key>".', { extensions: { code: 'UNAUTHENTICATED' } })
    : new GraphQLError(message, { extensions: { code: 'FORBIDDEN' } });
}

function guardQuery(rule: Rule, resolve: GraphQLFieldResolver<unknown, Context>): GraphQLFieldResolver<unknown, Context> {
  return async (root, args, ctx, info) => {
    const { actor } = ctx.access;
    if (rule.kind === 'public') {
      if (actor.kind === 'key' && !actor.scopes.includes(ApiKeyScope.READ)) throw refuse(actor, 'This API key has no READ scope.');
    } else if (rule.kind === 'signedIn') {
      if (actor.kind !== 'user' && actor.kind !== 'operator') throw refuse(actor, 'Only a logged-in person may do this.');
    } else if (rule.kind === 'admin') {
      const allowed = (actor.kind === 'user' && actor.role === StaffRole.ADMIN) || (rule.operators && actor.kind === 'operator');
      if (!allowed) throw refuse(actor, 'Only an ADMIN of the municipality may read this.');
    } else {
      throw new Error('A query cannot have a write rule.');
    }
    const result = await resolve(root, args, ctx, info);
    // Single objects and lists that did not come through a loader or a connection are checked here too;
    // rows are told by the data source's entity metadata, and every one of them must have a visibility rule.
    const { access } = ctx;
    if (Array.isArray(result)) {
      const allowed = new Set(await access.visible(result.filter((item) => access.isEntity(item))));
      return result.map((item) => (!access.isEntity(item) || allowed.has(item) ? item : null));
    }
    if (access.isEntity(result)) return (await access.visible([result]))[0] ?? null;
    // Connections were limited in SQL (paginate); their values still get small counts masked.
    const nodes = (result as { nodes?: unknown } | null)?.nodes;
    if (Array.isArray(nodes)) await ctx.access.mask(nodes);
    return result;
  };
}

/** Whether the caller's role or scope reaches the area at all (before looking at any object). */
export function mayWrite(actor: Actor, area: Area): boolean {
  switch (actor.kind) {
    case 'anonymous':
      return false;
    case 'operator':
      return area !== 'accounts';
    case 'user':
      if (actor.role === StaffRole.ADMIN) return area !== 'platform';
      if (actor.role === StaffRole.EDITOR) return area === 'plans' || area === 'measurements';
      return false;
    case 'key':
      if (area === 'measurements') return actor.scopes.includes(ApiKeyScope.WRITE_MEASUREMENTS);
      if (area === 'plans') return actor.scopes.includes(ApiKeyScope.WRITE_PLANS);
      if (area === 'structure') return actor.scopes.includes(ApiKeyScope.WRITE_PLANS) && actor.unitIds === null;
      return false;
  }
}

const AREA_REFUSAL: Record<Area, string> = {
  platform: 'Only a platform operator may do this (pnpm admin).',
  municipality: 'Only an ADMIN of the municipality may change its settings.',
  accounts: 'Only an ADMIN of the municipality may manage users and API keys.',
  structure: 'Only an ADMIN (or an API key with WRITE_PLANS for the whole municipality) may change units, documents, focus areas, partners and agreements.',
  plans: 'Changing goals, indicators, targets and activities needs the role ADMIN or EDITOR, or an API key with WRITE_PLANS.',
  measurements: 'Writing values needs the role ADMIN or EDITOR, or an API key with WRITE_MEASUREMENTS.',
};

function outsideUnits(actor: Actor, target: WriteTarget): boolean {
  const limit = unitLimitOf(actor);
  if (limit === null) return false;
  return (target.unitGroups ?? [[]]).some((group) => !group.some((unit) => unit !== null && limit.includes(unit)));
}

/** The rule's tools: reads in the mutation's transaction, limited to the caller's municipality. */
function tools(ctx: Context, keep: (row: object) => void): TargetTools {
  const bound = ctx.access.municipalityId;
  const { dataSource } = ctx.access;
  // The municipality that owns a row, by its table's visibility rule (a table without one throws).
  const ownerOf = (row: ObjectLiteral & { id: string }) =>
    scopeOf(dataSource.getMetadata(row.constructor)) === 'self' ? row.id : (row as { municipalityId?: string }).municipalityId;
  return {
    ctx,
    async row<T extends ObjectLiteral & { id: string }>(entity: EntityTarget<T> & { name: string }, globalId: string, field: string, main = false): Promise<T> {
      const notFound = () => DomainError.of('NOT_FOUND', `No ${entity.name} has the id ${globalId}.`, field);
      const id = expectGlobalId(globalId, entity.name, field);
      const repository = managerOf(dataSource).getRepository(entity);
      const row = await repository.findOneBy({ id } as never);
      if (!row) throw notFound();
      if (bound !== null && ownerOf(row) !== bound) throw notFound();
      if (main) keep(row);
      // The service takes it from here instead of reading it again (services/unit-of-work.ts).
      rememberRow(repository.metadata.tableName, row);
      return row;
    },
    async rowsById<T extends ObjectLiteral & { id: string; municipalityId: string }>(entity: EntityTarget<T> & { name: string }, ids: readonly string[]): Promise<T[]> {
      if (!ids.length) return [];
      const rows = await managerOf(dataSource)
        .getRepository(entity)
        .findBy({ id: In([...ids]) } as never);
      return rows.filter((row) => bound === null || row.municipalityId === bound);
    },
    async municipality(input: { municipalityId?: string | null }): Promise<string> {
      if (input.municipalityId === undefined || input.municipalityId === null) {
        if (bound === null) throw DomainError.of('REQUIRED', 'municipalityId: name the municipality (a platform operator is not bound to one).', 'municipalityId');
        input.municipalityId = toGlobalId('Municipality', bound);
        return bound;
      }
      return (await this.row(Municipality, input.municipalityId, 'municipalityId')).id;
    },
  };
}

function guardMutation(operation: string, rule: Rule, resolve: GraphQLFieldResolver<unknown, Context>, payload: boolean): GraphQLFieldResolver<unknown, Context> {
  if (rule.kind === 'admin') throw new Error(`Mutation.${operation}: a mutation cannot have an admin-read rule.`);
  const audit = rule.audit ?? {};
  /** Whether the answer changed something: no refusal in the payload, and the rule does not say otherwise. */
  const changed = (result: Payload | null, args: Record<string, any>): result is Payload =>
    Boolean(result) && !(Array.isArray(result?.errors) && result.errors.length) && (audit.changed?.(result as Payload, args) ?? true);

  return async (root, args, ctx, info) => {
    const { actor } = ctx.access;
    if (rule.kind === 'signedIn' && actor.kind !== 'user' && actor.kind !== 'operator') throw refuse(actor, 'Only a logged-in person may do this.');
    if (rule.kind === 'write' && !mayWrite(actor, rule.area)) throw refuse(actor, AREA_REFUSAL[rule.area]);

    /** The whole mutation: the rule's reads, the change and its audit entry. */
    const run = async (): Promise<Payload | null> => {
      let before: object | null = null;
      let municipalityId: string | null = null;
      if (rule.kind === 'write') {
        try {
          const t = tools(ctx, (row) => (before = row));
          const target = await rule.target(args, t);
          municipalityId = target.municipalityId;
          if (rule.check) await rule.check(args, t, target);
          else if (outsideUnits(actor, target)) throw DomainError.of('FORBIDDEN', UNITS_MESSAGE, 'id');
        } catch (error) {
          if (error instanceof DomainError && payload) return rule.refused ? rule.refused(args, error.errors) : { errors: error.errors };
          throw error;
        }
      }
      const beforeSnapshot = before ? JSON.parse(JSON.stringify(before)) : null;
      const result = (await resolve(root, args, ctx, info)) as Payload | null;
      if (changed(result, args)) await recordMutation(ctx, operation, audit, municipalityId, beforeSnapshot, result, args);
      return result;
    };
    if (rule.transaction === 'own') return run();
    // One transaction: committed only with its audit entry, rolled back when the answer changed nothing.
    return inUnitOfWork(ctx.access.dataSource, run, (result) => changed(result, args));
  };
}
