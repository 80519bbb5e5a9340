import { useState, type ReactNode } from 'react';
import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';
import { appStrings, type AppStrings } from '../app/strings';
import { useStrings } from '../app/language';

/** Shown while a route's query runs: a visible text and aria-busy for assistive technology. */
export function LoadingState() {
  const t = useStrings(appStrings);
  return (
    <div className="status status--loading" aria-busy="true" role="status">
      <span className="spinner" aria-hidden="true" />
      <p>{t.loading}</p>
    </div>
  );
}

/**
 * A failed request in the reader's language: no contact, too many requests, or the server failed.
 * The browser's own text ("Failed to fetch") is never shown.
 */
export function errorMessage(error: unknown, t: AppStrings): string {
  if (CombinedGraphQLErrors.is(error)) {
    const codes = error.errors.map((e) => e.extensions?.['code']);
    if (codes.includes('RATE_LIMITED')) return t.rateLimited;
    return t.errorBody;
  }
  if (ServerError.is(error)) return error.statusCode === 429 ? t.rateLimited : t.serverError;
  if (ServerParseError.is(error)) return t.serverError;
  if (error instanceof TypeError) return t.networkError;
  return t.errorBody;
}

/** A failed query: says so in words and offers to try again. */
export function ErrorState({ error, onRetry }: { error: unknown; onRetry: () => Promise<unknown> | void }) {
  const t = useStrings(appStrings);
  const [retrying, setRetrying] = useState(false);
  const message = errorMessage(error, t);
  const retry = async () => {
    setRetrying(true);
    try {
      await onRetry();
    } catch {
      // The query's own error state shows the new failure.
    } finally {
      setRetrying(false);
    }
  };
  return (
    <div className="status status--error" role="alert">
      <h1>{t.errorTitle}</h1>
      <p>{message}</p>
      <button type="button" className="button" onClick={() => void retry()} disabled={retrying} aria-busy={retrying}>
        {t.retry}
      </button>
    </div>
  );
}

/** Nothing to show yet: a plain sentence, under the page's heading. */
export function EmptyState({ title, children }: { title: ReactNode; children: ReactNode }) {
  return (
    <div className="status status--empty">
      <h1>{title}</h1>
      {children}
    </div>
  );
}
