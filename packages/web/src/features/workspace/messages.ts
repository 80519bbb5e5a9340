import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { apiProblemOf } from '../../app/apiProblems';
import type { WorkspaceStrings } from './strings';

/** Minutes from the API's "Too many failed logins. Try again in 5 minutes." (null when absent). */
export function minutesIn(message: string): number | null {
  const match = /(\d+)\s*minute/.exec(message);
  return match ? Number(match[1]) : null;
}

/** A failed request of a workspace form, in words. */
export function requestFailure(error: unknown, t: WorkspaceStrings): string {
  const problem = apiProblemOf(error);
  if (problem === 'RATE_LIMITED') return t.rateLimited;
  if (problem === 'DATABASE_UNAVAILABLE') return t.unavailable;
  if (problem === 'UNAUTHENTICATED') return t.sessionExpiredBody;
  if (CombinedGraphQLErrors.is(error) || ServerError.is(error)) return t.unavailable;
  return t.networkError;
}
