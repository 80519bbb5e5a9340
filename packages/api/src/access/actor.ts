import { registerEnumType } from 'type-graphql';

/** A staff user's role in their municipality. */
export enum StaffRole {
  /** Everything in the municipality, users and API keys included. */
  ADMIN = 'ADMIN',
  /** Goals, indicators, targets, activities and values of the units named; reads the rest. */
  EDITOR = 'EDITOR',
  /** Reads everything in the municipality, published or not. */
  VIEWER = 'VIEWER',
}
registerEnumType(StaffRole, {
  name: 'StaffRole',
  description: 'ADMIN everything in the municipality (users, API keys); EDITOR the named units; VIEWER reads everything in the municipality.',
});

/** What an API key of another municipal system may do. */
export enum ApiKeyScope {
  READ = 'READ',
  WRITE_MEASUREMENTS = 'WRITE_MEASUREMENTS',
  WRITE_PLANS = 'WRITE_PLANS',
}
registerEnumType(ApiKeyScope, {
  name: 'ApiKeyScope',
  description:
    'READ (read: everything in the municipality), WRITE_MEASUREMENTS (write:measurements: values), WRITE_PLANS (write:plans: documents, areas, goals, indicators, targets, activities, partners, agreements, units).',
});

/** Who is calling: resolved once per request from the session cookie or the Bearer key. */
export type Actor = AnonymousActor | OperatorActor | StaffActor | KeyActor;

export interface AnonymousActor {
  kind: 'anonymous';
}

/** A platform operator: runs the installation; creates municipalities; not bound to one. */
export interface OperatorActor {
  kind: 'operator';
  userId: string;
  label: string;
  sessionId: string;
}

export interface StaffActor {
  kind: 'user';
  userId: string;
  label: string;
  sessionId: string;
  municipalityId: string;
  role: StaffRole;
  /** Units an EDITOR may change; empty for other roles. */
  unitIds: readonly string[];
}

export interface KeyActor {
  kind: 'key';
  keyId: string;
  label: string;
  municipalityId: string;
  scopes: readonly ApiKeyScope[];
  /** Units the key is limited to; null when it is not limited. */
  unitIds: readonly string[] | null;
}

export const ANONYMOUS: AnonymousActor = { kind: 'anonymous' };

/** The municipality a caller is bound to; null for anonymous callers and operators. */
export function municipalityOf(actor: Actor): string | null {
  return actor.kind === 'user' || actor.kind === 'key' ? actor.municipalityId : null;
}

/** The units a caller's changes are limited to; null when not limited to units. */
export function unitLimitOf(actor: Actor): readonly string[] | null {
  if (actor.kind === 'user') return actor.role === StaffRole.EDITOR ? actor.unitIds : null;
  if (actor.kind === 'key') return actor.unitIds;
  return null;
}
