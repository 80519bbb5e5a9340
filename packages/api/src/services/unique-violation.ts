import { DomainError } from '../graphql/user-error';

/** PostgreSQL's unique_violation; a unique index caught what a concurrent write slipped past our check. */
export function isUniqueViolation(error: unknown): boolean {
  const driverError = (error as { driverError?: { code?: string } } | null)?.driverError;
  return (driverError?.code ?? (error as { code?: string } | null)?.code) === '23505';
}

/**
 * Runs a write and answers a unique violation with DUPLICATE on `field`. Services check uniqueness
 * first for a clear message; this covers the race between that check and the insert.
 */
export async function duplicateOnUniqueViolation<T>(write: () => Promise<T>, field: string, message: string): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error)) throw DomainError.of('DUPLICATE', message, field);
    throw error;
  }
}
