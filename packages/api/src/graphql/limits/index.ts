/**
 * Limits of one GraphQL request, all checked before execution (no resolver runs, no SQL is sent):
 * tokens (parser), then aliases, directives, depth and cost (plugin.ts, once the operation and its
 * variables are known). Batched requests are refused by Apollo (`allowBatchedHttpRequests: false`),
 * bodies over 1 MB by http/graphql-body.ts, and request rates by http/rate-limit.ts.
 */
export { LIMIT_CODES, LimitError, type LimitCode } from './errors';
export { isTokenLimitError, withLimitErrors } from './format';
export { measureOperation, type Measure } from './measure';
export { exceededLimit, queryLimitsPlugin, type QueryLimits } from './plugin';
