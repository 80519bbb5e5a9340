import { defaultFieldResolver, GraphQLError, type GraphQLField, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import type { EntityTarget, ObjectLiteral } from 'typeorm';
import type { Context } from '../graphql/context';
import { expectGlobalId, fromGlobalId, toGlobalId } from '../graphql/global-id';
import { DomainError, type RowError, userError } from '../graphql/user-error';
import type { Indicator } from '../modules/indicator/indicator.entity';
import { Municipality } from '../modules/municipality/municipality.entity';
import { ApiKeyScope, StaffRole, unitLimitOf, type Actor } from './actor';
import { recordMutation } from './audit';
import { OPERATION_RULES, STAFF_ONLY_FIELDS, type Area, type Rule, type TargetTools, type WriteTarget } from './policy';

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
      field.resolve = type.name === 'Mutation' ? guardMutation(field.name, rule, resolve, isPayload(field)) : guardQuery(rule, resolve);
    }
  }
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
    field.resolve = (root, args, ctx: Context, info) => (ctx.access.publicOnly ? standIn : resolve(root, args, ctx, info));
  }
  if (problems.length) throw new Error(`Access rules (access/policy.ts) do not match the schema: ${problems.join('; ')}.`);
  return schema;
}

function isPayload(field: GraphQLField<unknown, unknown>): boolean {
  const type = field.type as { ofType?: unknown; getFields?: () => Record<string, unknown> };
  const named = (type.ofType ?? type) as { getFields?: () => Record<string, unknown> };
  return Boolean(named.getFields?.().errors);
}

function refuse(actor: Actor, message: string): GraphQLError {
  return actor.kind === 'anonymous'
    ? new GraphQLError('Log in, or send an API key as "Authorization: Bearer <key>".', { extensions: { code: 'UNAUTHENTICATED' } })
    : new GraphQLError(message, { extensions: { code: 'FORBIDDEN' } });
}

function isEntity(value: unknown): boolean {
  return Boolean(value) && typeof value === 'object' && !Array.isArray(value) && !('edges' in (value as object)) && 'id' in (value as object);
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
    // Single objects and lists that did not come through a loader or a connection are checked here too.
    if (Array.isArray(result)) {
      const allowed = new Set(await ctx.access.visible(result.filter(isEntity)));
      return result.map((item) => (!isEntity(item) || allowed.has(item) ? item : null));
    }
    if (isEntity(result)) return (await ctx.access.visible([result]))[0] ?? null;
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
  municipality: "Only an ADMIN of the municipality may change its settings.",
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

const UNITS_MESSAGE = 'You may change only what belongs to your units (the owning or responsible unit).';

function tools(ctx: Context, keep: (row: object) => void): TargetTools {
  const bound = ctx.access.municipalityId;
  return {
    ctx,
    async row<T extends ObjectLiteral & { id: string }>(entity: EntityTarget<T> & { name: string }, globalId: string, field: string, main = false): Promise<T> {
      const notFound = () => DomainError.of('NOT_FOUND', `No ${entity.name} has the id ${globalId}.`, field);
      const id = expectGlobalId(globalId, entity.name, field);
      const row = await ctx.access.dataSource.getRepository(entity).findOneBy({ id } as never);
      if (!row) throw notFound();
      const owner = entity.name === 'Municipality' ? row.id : (row as { municipalityId?: string }).municipalityId;
      if (bound !== null && owner !== bound) throw notFound();
      if (main) keep(row);
      return row;
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
  return async (root, args, ctx, info) => {
    const { actor } = ctx.access;
    if (rule.kind === 'signedIn' && actor.kind !== 'user' && actor.kind !== 'operator') throw refuse(actor, 'Only a logged-in person may do this.');
    if (rule.kind === 'admin') throw new Error('A mutation cannot have an admin-read rule.');
    if (rule.kind !== 'write') {
      const result = (await resolve(root, args, ctx, info)) as Record<string, unknown> | null;
      await recordMutation(ctx, operation, null, null, result, args);
      return result;
    }

    if (!mayWrite(actor, rule.area)) throw refuse(actor, AREA_REFUSAL[rule.area]);
    let before: object | null = null;
    let target: WriteTarget;
    try {
      target = await rule.target(args, tools(ctx, (row) => (before = row)));
      if (operation === 'upsertMeasurements') await checkRows(ctx, args.input?.rows ?? []);
      else if (outsideUnits(actor, target)) throw DomainError.of('FORBIDDEN', UNITS_MESSAGE, 'id');
    } catch (error) {
      if (error instanceof DomainError && payload) return operation === 'upsertMeasurements' ? refusedUpsert(args, error) : { errors: error.errors };
      throw error;
    }
    const beforeSnapshot = before ? JSON.parse(JSON.stringify(before)) : null;
    const result = (await resolve(root, args, ctx, info)) as Record<string, unknown> | null;
    await recordMutation(ctx, operation, target.municipalityId, beforeSnapshot, result, args);
    return result;
  };
}

/**
 * upsertMeasurements: each row's indicator must be of the caller's municipality (otherwise the row
 * is NOT_FOUND as for an indicator that does not exist) and, for a caller limited to units, one of
 * theirs (otherwise FORBIDDEN); every such row is reported by its index. One statement.
 */
async function checkRows(ctx: Context, rows: ReadonlyArray<{ indicatorId?: string }>): Promise<void> {
  const { actor, municipalityId } = ctx.access;
  const limit = unitLimitOf(actor);
  if (municipalityId === null && limit === null) return;
  const ids = rows.map((row) => {
    const parsed = row.indicatorId ? fromGlobalId(row.indicatorId) : null;
    return parsed?.type === 'Indicator' ? parsed.id : null;
  });
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  const indicators = new Map(
    (wanted.length ? await ctx.services.indicator.findByIds(wanted) : []).map((indicator: Indicator) => [indicator.id, indicator]),
  );
  const errors: RowError[] = [];
  rows.forEach((row, index) => {
    const indicator = ids[index] ? indicators.get(ids[index] as string) : undefined;
    if (!indicator) return; // the service reports ids that name nothing
    if (municipalityId !== null && indicator.municipalityId !== municipalityId) {
      errors.push({ index, ...userError('NOT_FOUND', `indicatorId: no Indicator has the id ${row.indicatorId}.`, 'indicatorId') });
    } else if (limit !== null && ![indicator.responsibleImplementationUnitId, indicator.responsibleFollowUpUnitId].some((unit) => limit.includes(unit))) {
      errors.push({ index, ...userError('FORBIDDEN', `indicatorId: ${UNITS_MESSAGE}`, 'indicatorId') });
    }
  });
  if (errors.length) throw new DomainError(errors);
}

function refusedUpsert(args: Record<string, any>, error: DomainError) {
  return { dryRun: args.input?.dryRun ?? false, upserted: null, inserted: null, updated: null, restored: null, unchanged: null, errors: error.errors };
}

