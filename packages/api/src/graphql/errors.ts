import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import type { ErrorCode } from '@inkludera/shared';
import type { ErrorRequestHandler } from 'express';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import { ArgumentValidationError } from 'type-graphql';
import type { Context } from './context';
import { LIMIT_CODES } from './limits/errors';
import { DomainError } from './user-error';

/**
 * Errors that a caller can act on carry a stable `extensions.code`. Everything else is an
 * internal error: logged in full with the request id, answered as INTERNAL_SERVER_ERROR with that
 * request id and without message details, stack traces or SQL, in every environment unless
 * EXPOSE_ERROR_DETAILS=true.
 */
/**
 * Which arguments an error is about: `extensions.fields`, a list, in every error thrown for bad input
 * (argument validation names several at once). The single `extensions.field` of UserInputError is
 * kept alongside for the clients that read it; it is deprecated and always equals `fields[0]`.
 * (Mutation payloads are another shape: each `errors` entry there has its own `field`.)
 */
export class UserInputError extends GraphQLError {
  constructor(message: string, field?: string, code: ErrorCode = 'BAD_USER_INPUT') {
    super(message, { extensions: { code, fields: field ? [field] : [], ...(field ? { field } : {}) } });
  }
}

export class NotFoundError extends GraphQLError {
  constructor(what = 'The object') {
    super(`${what} does not exist.`, { extensions: { code: 'NOT_FOUND' } });
  }
}

export class ServiceUnavailableError extends GraphQLError {
  constructor() {
    super('The service is starting or the database is unreachable; try again shortly.', {
      extensions: { code: 'SERVICE_UNAVAILABLE' },
    });
  }
}

/** `extensions.code`s of errors the client caused and can act on; every other error is internal. */
export const CLIENT_CODES: ReadonlySet<string> = new Set([
  'BAD_USER_INPUT',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'NOT_FOUND',
  'CONFLICT',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'SERVICE_UNAVAILABLE',
  ...LIMIT_CODES,
]);

const INTERNAL_MESSAGE = 'Internal server error.';

export interface ErrorMappingOptions {
  /**
   * EXPOSE_ERROR_DETAILS: internal messages and stack traces in answers, for a developer's own
   * machine. Off by default in every environment, development (what `pnpm start` runs) included.
   */
  exposeDetails: boolean;
  /** Logs an internal error that the reporting plugin has not logged (with its request id) already. */
  log: (error: unknown) => void;
}

/** Errors the reporting plugin has logged with their request id; the formatter does not log them again. */
const reported = new WeakSet<object>();

function codeOf(error: unknown): unknown {
  return error instanceof GraphQLError ? error.extensions?.code : undefined;
}

/** Whether the error is the client's: a client code, a DomainError or failed argument validation. */
export function isClientError(error: unknown): boolean {
  const original = unwrapResolverError(error);
  if (original instanceof ArgumentValidationError || original instanceof DomainError) return true;
  const code = codeOf(error) ?? codeOf(original);
  return typeof code === 'string' && CLIENT_CODES.has(code);
}

/**
 * The one mapping of errors to answers (Apollo's `formatError`):
 * - argument validation (class-validator) → BAD_USER_INPUT with the fields;
 * - a DomainError thrown outside a mutation payload → its code when a client code (NOT_FOUND,
 *   CONFLICT, FORBIDDEN, …), otherwise BAD_USER_INPUT, with `field`;
 * - every other client error → as it is, without `stacktrace`;
 * - anything else is internal: "Internal server error." with INTERNAL_SERVER_ERROR (and the
 *   request id, added by `errorReportingPlugin`), never its message, stack trace or SQL; the
 *   details go to the log. Only EXPOSE_ERROR_DETAILS=true shows them.
 */
export function createErrorFormatter(options: ErrorMappingOptions) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof ArgumentValidationError) {
      const details = original.extensions.validationErrors as Array<{ property: string; constraints?: Record<string, string> }> | undefined;
      return {
        message: details?.map((d) => Object.values(d.constraints ?? {}).join('; ')).join('; ') || 'Invalid arguments.',
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: 'BAD_USER_INPUT', fields: details?.map((d) => d.property) ?? [] },
      };
    }
    if (original instanceof DomainError) {
      const [first] = original.errors;
      const code = first && CLIENT_CODES.has(first.code) ? first.code : 'BAD_USER_INPUT';
      return {
        message: original.message,
        locations: formatted.locations,
        path: formatted.path,
        extensions: {
          code,
          fields: original.errors.flatMap((e) => (e.field ? [e.field] : [])),
          ...(first?.field ? { field: first.field } : {}),
          ...(first && first.code !== code ? { reason: first.code } : {}),
        },
      };
    }
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    if (isClientError(error)) return options.exposeDetails ? formatted : { ...formatted, extensions };
    if (!(error instanceof Object && reported.has(error))) options.log(original);
    if (options.exposeDetails) return formatted;
    return { message: INTERNAL_MESSAGE, locations: formatted.locations, path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}

/**
 * Logs every internal error of a GraphQL request once, with the request id, the operation and the
 * path; and gives the client that request id (`extensions.requestId`) on every internal error, so
 * that a report can be matched with the log.
 */
export function errorReportingPlugin(logger: Pick<Logger, 'error'>): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ contextValue, errors, operationName }) {
          for (const error of errors) {
            if (isClientError(error)) continue;
            reported.add(error);
            logger.error({ err: unwrapResolverError(error), requestId: contextValue?.requestId, operationName, path: error.path }, 'GraphQL request failed');
          }
        },
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single' || !response.body.singleResult.errors) return;
          const requestId = contextValue?.requestId;
          if (!requestId) return;
          response.body.singleResult.errors = response.body.singleResult.errors.map((error) =>
            error.extensions?.code === 'INTERNAL_SERVER_ERROR' ? { ...error, extensions: { ...error.extensions, requestId } } : error,
          );
        },
      };
    },
  };
}

/**
 * The last error handler of the HTTP app: whatever reaches it (an unreadable URL, a failure
 * outside GraphQL) is answered as JSON with the request id and a plain message, never with
 * Express's default page, which shows the stack trace unless NODE_ENV=production. 5xx are logged.
 */
export function finalErrorHandler(options: { exposeDetails: boolean; logger: Pick<Logger, 'error' | 'warn'> }): ErrorRequestHandler {
  return (error: unknown, req, res, next) => {
    const given = (error as { status?: unknown; statusCode?: unknown } | null)?.status ?? (error as { statusCode?: unknown } | null)?.statusCode;
    const status = typeof given === 'number' && given >= 400 && given < 600 ? given : 500;
    const requestId = res.locals.requestId as string | undefined;
    if (status >= 500) options.logger.error({ err: error, requestId, url: req.originalUrl }, 'request failed');
    else options.logger.warn({ requestId, url: req.originalUrl, status, reason: (error as Error | null)?.message }, 'request refused');
    // Half an answer cannot be mended: Express's own handler ends the connection.
    if (res.headersSent) return next(error);
    const message = options.exposeDetails
      ? String((error as Error | null)?.message ?? error)
      : status >= 500
        ? INTERNAL_MESSAGE
        : status === 404
          ? 'Not found.'
          : 'The request could not be read.';
    const code = status >= 500 ? 'INTERNAL_SERVER_ERROR' : status === 404 ? 'NOT_FOUND' : 'BAD_REQUEST';
    res.status(status).json({ errors: [{ message, extensions: { code, ...(requestId ? { requestId } : {}) } }] });
  };
}
