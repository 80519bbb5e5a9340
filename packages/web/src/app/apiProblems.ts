import { useSyncExternalStore } from 'react';
import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';

/**
 * The problems any request of the app can meet that are not the view's own: the session ended,
 * too many requests, the database away. The one error link (apollo.ts) reports them here; the
 * workspace shows a prompt to log in again, every view can say the rest in words.
 */
export type ApiProblem = 'UNAUTHENTICATED' | 'RATE_LIMITED' | 'DATABASE_UNAVAILABLE';

const PROBLEMS: readonly ApiProblem[] = ['UNAUTHENTICATED', 'RATE_LIMITED', 'DATABASE_UNAVAILABLE'];

function isProblem(code: unknown): code is ApiProblem {
  return typeof code === 'string' && (PROBLEMS as readonly string[]).includes(code);
}

/** The shared problem of a failed request, or null when it is the view's own. */
export function apiProblemOf(error: unknown): ApiProblem | null {
  if (CombinedGraphQLErrors.is(error)) {
    for (const e of error.errors) if (isProblem(e.extensions?.['code'])) return e.extensions['code'] as ApiProblem;
    return null;
  }
  if (ServerError.is(error)) {
    try {
      const body = JSON.parse(error.bodyText) as { errors?: Array<{ extensions?: { code?: unknown } }> };
      for (const e of body.errors ?? []) if (isProblem(e.extensions?.code)) return e.extensions.code;
    } catch {
      // Not JSON: fall back on the status.
    }
    if (error.statusCode === 401) return 'UNAUTHENTICATED';
    if (error.statusCode === 429) return 'RATE_LIMITED';
    if (error.statusCode === 503) return 'DATABASE_UNAVAILABLE';
  }
  return null;
}

let current: { problem: ApiProblem; at: number } | null = null;
const listeners = new Set<() => void>();

export function reportApiProblem(problem: ApiProblem): void {
  current = { problem, at: Date.now() };
  for (const listener of listeners) listener();
}

/** Forget the problem (after a new login, or when the reader dismissed it). */
export function clearApiProblem(): void {
  if (!current) return;
  current = null;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The latest shared problem, or null. */
export function useApiProblem(): ApiProblem | null {
  return useSyncExternalStore(
    subscribe,
    () => current?.problem ?? null,
    () => null,
  );
}
