import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import type { RequestHandler, Response } from 'express';
import type { GraphQLFormattedError } from 'graphql';
import { DATABASE_RETRY_AFTER_SECONDS, isDatabaseUnavailableError, type DatabaseAvailability } from '../database/availability';

/** The typed error code of every answer given because the database is away. */
// An HTTP-level code like RATE_LIMITED and PAYLOAD_TOO_LARGE: never in a mutation payload, so not in
// the shared ErrorCode enum of the schema.
export const DATABASE_UNAVAILABLE = 'DATABASE_UNAVAILABLE';

const MESSAGE = 'The database is unavailable right now; try again shortly.';

function unavailableError(): GraphQLFormattedError {
  return { message: MESSAGE, extensions: { code: DATABASE_UNAVAILABLE, retryAfterSeconds: DATABASE_RETRY_AFTER_SECONDS } };
}

/** Answers 503 with Retry-After and DATABASE_UNAVAILABLE, GraphQL-shaped. */
export function answerDatabaseUnavailable(res: Response): void {
  res.setHeader('Retry-After', String(DATABASE_RETRY_AFTER_SECONDS));
  res.status(503).json({ errors: [unavailableError()] });
}

/** Before anything touches the database: 503 at once while the monitor says it is away. */
export function databaseGate(availability: () => DatabaseAvailability | undefined): RequestHandler {
  return (_req, res, next) => {
    const state = availability();
    if (state && !state.available) return answerDatabaseUnavailable(res);
    next();
  };
}

/**
 * Wraps the error formatter: an error that says the database is away (connection refused or
 * reset, pool timeout, PostgreSQL starting up or shutting down) becomes DATABASE_UNAVAILABLE
 * without details, whatever the mode; everything else goes to `inner`.
 */
export function withDatabaseUnavailable(
  inner: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError,
  onUnavailable: () => void,
): (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError {
  return (formatted, error) => {
    if (isDatabaseUnavailableError(unwrapResolverError(error)) || isDatabaseUnavailableError(error)) {
      onUnavailable();
      return { ...unavailableError(), ...(formatted.path ? { path: formatted.path } : {}), ...(formatted.locations ? { locations: formatted.locations } : {}) };
    }
    return inner(formatted, error);
  };
}

/** An answer with a DATABASE_UNAVAILABLE error is sent as 503 with Retry-After. */
export function databaseUnavailablePlugin<T extends object>(): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const errors = response.body.singleResult.errors ?? [];
          if (errors.some((error) => error.extensions?.code === DATABASE_UNAVAILABLE)) {
            response.http.status = 503;
            response.http.headers.set('retry-after', String(DATABASE_RETRY_AFTER_SECONDS));
          }
        },
      };
    },
  };
}
