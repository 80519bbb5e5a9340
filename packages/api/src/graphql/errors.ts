import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { ArgumentValidationError } from 'type-graphql';
import type { ErrorCode } from '@inkludera/shared';
import { LIMIT_CODES } from './limits/errors';

/**
 * Errors that a caller can act on carry a stable `extensions.code`. Everything else is an
 * internal error: logged in full, answered as INTERNAL_SERVER_ERROR without message details,
 * stack traces or SQL (outside development).
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

const CLIENT_CODES = new Set([
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

export function createErrorFormatter(options: { development: boolean; log: (error: unknown) => void }) {
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
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && CLIENT_CODES.has(code)) {
      if (options.development) return formatted;
      // No stack traces or internals outside development.
      const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    options.log(original);
    if (options.development) return formatted;
    return {
      message: 'Internal server error.',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}
