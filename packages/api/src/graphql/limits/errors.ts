import { GraphQLError } from 'graphql';

/** Stable `extensions.code`s of requests refused for their size or shape, before execution. */
export const LIMIT_CODES = ['QUERY_TOO_DEEP', 'QUERY_TOO_COSTLY', 'TOO_MANY_ALIASES', 'TOO_MANY_TOKENS', 'TOO_MANY_DIRECTIVES'] as const;
export type LimitCode = (typeof LIMIT_CODES)[number];

/**
 * A request refused by a query limit: HTTP 400, a plain message, and `extensions`
 * `{ code, limit, actual }` so that a client can tell which limit it hit and by how much.
 * Thrown before execution, so no resolver runs and no SQL is sent.
 */
export class LimitError extends GraphQLError {
  constructor(code: LimitCode, message: string, limit: number, actual?: number) {
    super(message, {
      extensions: { code, limit, ...(actual === undefined ? {} : { actual }), http: { status: 400 } },
    });
  }
}
