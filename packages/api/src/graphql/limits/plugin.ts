import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { LimitError } from './errors';
import type { Measure } from './measure';
import { measureOperation } from './measure';

/** The limits of one GraphQL request (see config.ts for the defaults and their variables). */
export interface QueryLimits {
  maxDepth: number;
  maxCost: number;
  maxAliases: number;
  /** Enforced by graphql's parser (`parseOptions.maxTokens`); the error is renamed in format.ts. */
  maxTokens: number;
  maxDirectives: number;
}

const number = (value: number) => value.toLocaleString('en');

/** The first limit the measure exceeds, as the error to answer with; undefined when all are kept. */
export function exceededLimit(measure: Measure, limits: QueryLimits): LimitError | undefined {
  if (measure.aliases > limits.maxAliases) {
    return new LimitError(
      'TOO_MANY_ALIASES',
      `The query uses ${number(measure.aliases)} aliases; at most ${number(limits.maxAliases)} are allowed.`,
      limits.maxAliases,
      measure.aliases,
    );
  }
  if (measure.directives > limits.maxDirectives) {
    return new LimitError(
      'TOO_MANY_DIRECTIVES',
      `The query uses ${number(measure.directives)} directives; at most ${number(limits.maxDirectives)} are allowed.`,
      limits.maxDirectives,
      measure.directives,
    );
  }
  if (measure.depth > limits.maxDepth) {
    return new LimitError('QUERY_TOO_DEEP', `The query is ${number(measure.depth)} levels deep; at most ${number(limits.maxDepth)} are allowed.`, limits.maxDepth, measure.depth);
  }
  if (measure.cost > limits.maxCost) {
    return new LimitError(
      'QUERY_TOO_COSTLY',
      `The query costs ${number(measure.cost)}; at most ${number(limits.maxCost)} is allowed. Ask for smaller pages (first) or fewer fields.`,
      limits.maxCost,
      measure.cost,
    );
  }
  return undefined;
}

/**
 * Refuses an operation that exceeds a limit once Apollo has parsed and validated it and chosen the
 * operation to run, and before it runs: `didResolveOperation` is the first hook that has the
 * operation together with the request's variables, which the cost of `first: $n` needs (validation
 * rules see no variables). The thrown LimitError becomes a 400 answer; no resolver runs.
 */
export function queryLimitsPlugin(limits: QueryLimits): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          // Without an operation (wrong operationName) execution refuses the request by itself.
          if (!operation) return;
          const error = exceededLimit(measureOperation(schema, document, operation, request.variables ?? {}), limits);
          if (error) throw error;
        },
      };
    },
  };
}
