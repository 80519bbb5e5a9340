import { DomainError } from './user-error';

/**
 * Global object ids (Relay): base64url("<Type>:<uuid>"). Opaque to clients, stable across
 * releases, and they say which type an id belongs to so that `node(id)` can find it.
 */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function toGlobalId(type: string, id: string): string {
  return Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');
}

/** Returns null for anything that is not a well-formed global id. */
export function fromGlobalId(globalId: string): { type: string; id: string } | null {
  let decoded: string;
  try {
    decoded = Buffer.from(globalId, 'base64url').toString('utf8');
  } catch {
    return null;
  }
  const separator = decoded.indexOf(':');
  if (separator <= 0) return null;
  const type = decoded.slice(0, separator);
  const id = decoded.slice(separator + 1);
  if (!/^[A-Za-z]+$/.test(type) || !UUID.test(id)) return null;
  return { type, id: id.toLowerCase() };
}

/**
 * Decodes a global id that must name an object of `type`; a malformed id or one of another type
 * is reported like an id that does not exist, on the given input field.
 */
export function expectGlobalId(globalId: string, type: string, field: string): string {
  const parsed = fromGlobalId(globalId);
  if (!parsed || parsed.type !== type) {
    throw DomainError.of('NOT_FOUND', `No ${type} has the id ${globalId}.`, field);
  }
  return parsed.id;
}
