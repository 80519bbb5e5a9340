import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { LimitCode } from './errors';

type FormatError = (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;

/**
 * graphql-js's parser error for `maxTokens`, which Apollo answers as GRAPHQL_PARSE_FAILED.
 * graphql 16.15 words it "Document contains more that N tokens"; "than" is accepted too, should
 * they fix it (test/limits.test.ts fails if the wording changes otherwise).
 */
const TOKEN_LIMIT_MESSAGE = /^Syntax Error: Document contains more th(?:an|at) \d+ tokens\. Parsing aborted\.$/;
/** "Did you mean …?" suggestions of graphql-js (validation and variable coercion alike). */
const SUGGESTION = / ?Did you mean [^?]*\?/g;

/** Whether the error is the parser giving up at `parseOptions.maxTokens`. */
export function isTokenLimitError(error: unknown): boolean {
  return error instanceof GraphQLError && error.extensions.code === 'GRAPHQL_PARSE_FAILED' && TOKEN_LIMIT_MESSAGE.test(error.message);
}

function withoutSuggestions(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const message = formatted.message.replace(SUGGESTION, '');
  return message === formatted.message ? formatted : { ...formatted, message };
}

/**
 * Wraps the error formatter of `graphql/errors.ts` (which keeps a LimitError's code and figures, as
 * a client error, in every environment) for what graphql-js and Apollo word themselves:
 * - the parser's token-limit error becomes TOO_MANY_TOKENS with a plain message;
 * - "Did you mean …?" never reaches a client. Apollo's `hideSchemaDetailsFromClientErrors` removes
 *   it from validation errors only; variable coercion errors (an enum value or input field in
 *   `variables`) carry it too, so it is removed here from every message.
 */
export function withLimitErrors(inner: FormatError, options: { development: boolean; maxTokens: number }): FormatError {
  return (formatted, error) => {
    if (isTokenLimitError(error)) {
      const message = `The query has more than ${options.maxTokens.toLocaleString('en')} tokens; make it smaller.`;
      return { message, locations: formatted.locations, extensions: { code: 'TOO_MANY_TOKENS' satisfies LimitCode, limit: options.maxTokens } };
    }
    return withoutSuggestions(inner(formatted, error));
  };
}
