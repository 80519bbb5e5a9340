import type { Context } from '../graphql/context';
import { toGlobalId } from '../graphql/global-id';
import { AuditEntry } from '../modules/account/audit-entry.entity';
import { managerOf } from '../services/unit-of-work';
import type { Actor } from './actor';
import type { AuditRule, Payload } from './policy';
import { scopeOf } from './visibility';

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

/** The object a payload carries (goal, indicator, …): its first field that is a row of an entity. */
function payloadObject(ctx: Context, result: Payload): { id: string } | null {
  for (const [key, value] of Object.entries(result)) {
    if (key !== 'errors' && ctx.access.isEntity(value)) return value as { id: string };
  }
  return null;
}

/**
 * One audit entry for a mutation that changed something: who, when, which operation, the object
 * before and after. Inserted on the mutation's own transaction (services/unit-of-work.ts), before it
 * commits: if the insert fails, the change rolls back with it. What an operation records beyond the
 * default (its payload's object) is in its rule (policy.ts, AuditRule); this function knows no
 * operation by name.
 */
export async function recordMutation(
  ctx: Context,
  operation: string,
  rule: AuditRule,
  municipalityId: string | null,
  before: object | null,
  result: Payload,
  args: Record<string, any>,
): Promise<void> {
  const object = payloadObject(ctx, result);
  const metadata = object ? ctx.access.dataSource.getMetadata(object.constructor) : null;
  const objectMunicipality = object && metadata ? (scopeOf(metadata) === 'self' ? object.id : ((object as { municipalityId?: string | null }).municipalityId ?? null)) : null;
  await managerOf(ctx.access.dataSource)
    .getRepository(AuditEntry)
    .insert({
      municipalityId: municipalityId ?? ctx.access.municipalityId ?? objectMunicipality ?? null,
      ...actorColumns(ctx.access.actor, rule.actor?.(result)),
      operation,
      objectId: object && metadata ? toGlobalId(metadata.name, object.id) : null,
      before: auditJson(before),
      after: rule.after ? rule.after(result, args) : auditJson(object),
      requestId: ctx.requestId,
    } as never);
}
