import type { Context } from '../graphql/context';
import { toGlobalId } from '../graphql/global-id';
import type { Actor } from './actor';

/** Never written to the audit log. */
const SECRET_FIELDS = new Set(['passwordHash', 'tokenHash']);

/** A plain JSON copy of a saved object for the audit log, without secrets or loaded relations. */
export function auditJson(value: object | null | undefined): Record<string, unknown> | null {
  if (!value) return null;
  const copy: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    if (SECRET_FIELDS.has(key) || typeof field === 'function') continue;
    if (field && typeof field === 'object' && !(field instanceof Date) && !Array.isArray(field)) continue; // relations
    copy[key] = field instanceof Date ? field.toISOString() : field;
  }
  return copy;
}

function actorColumns(actor: Actor, fallback?: { id: string; email: string }) {
  switch (actor.kind) {
    case 'user':
      return { actorKind: 'USER', actorId: toGlobalId('User', actor.userId), actorLabel: actor.label };
    case 'operator':
      return { actorKind: 'OPERATOR', actorId: toGlobalId('User', actor.userId), actorLabel: actor.label };
    case 'key':
      return { actorKind: 'API_KEY', actorId: toGlobalId('ApiKey', actor.keyId), actorLabel: actor.label };
    case 'anonymous':
      // Only a login is made without credentials; it is the person who logged in.
      return fallback
        ? { actorKind: 'USER', actorId: toGlobalId('User', fallback.id), actorLabel: fallback.email }
        : { actorKind: 'ANONYMOUS', actorId: null, actorLabel: 'anonymous' };
  }
}

/** The object a payload carries (goal, indicator, …): its first field that is an object with an id. */
function payloadObject(result: Record<string, unknown>): { id: string; constructor: { name: string } } | null {
  for (const [key, value] of Object.entries(result)) {
    if (key !== 'errors' && value && typeof value === 'object' && 'id' in value) return value as { id: string; constructor: { name: string } };
  }
  return null;
}

/**
 * One audit entry for a mutation that changed something: who, when, which operation, the object
 * before and after. Refused mutations (payload errors) and dry runs change nothing and are not
 * written. Bulk writes record their counts as "after"; each value's earlier state is in its history.
 */
export async function recordMutation(
  ctx: Context,
  operation: string,
  municipalityId: string | null,
  before: object | null,
  result: Record<string, unknown> | null,
  args: Record<string, any>,
): Promise<void> {
  if (!result) return;
  if (Array.isArray(result.errors) && result.errors.length) return;
  if (operation === 'upsertMeasurements' && args.input?.dryRun) return;
  if (operation === 'logout' && !result.loggedOut) return;
  const object = payloadObject(result);
  const loggedIn = operation === 'login' && object ? (object as unknown as { id: string; email: string }) : undefined;
  const { errors: _errors, ...summary } = result;
  const after = operation === 'upsertMeasurements' ? { ...summary, rows: args.input?.rows?.length ?? 0 } : operation === 'login' || operation === 'logout' ? null : auditJson(object);
  const objectMunicipality = (object as { municipalityId?: string | null } | null)?.municipalityId ?? (object?.constructor.name === 'Municipality' ? object.id : null);
  await ctx.services.account.writeAudit({
    municipalityId: municipalityId ?? ctx.access.municipalityId ?? objectMunicipality ?? null,
    ...actorColumns(ctx.access.actor, loggedIn),
    operation,
    objectId: object ? toGlobalId(object.constructor.name, object.id) : null,
    before: auditJson(before),
    after,
    requestId: ctx.requestId,
  });
}
