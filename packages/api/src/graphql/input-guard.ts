import { isUtf8 } from 'node:buffer';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { GraphQLError, Kind, visit, type DocumentNode, type GraphQLSchema, type OperationDefinitionNode, type ValueNode } from 'graphql';

/**
 * One check of every text a request brings, before any resolver runs: string arguments written in
 * the query and every string in the variables (bulk rows included). GraphQL's String accepts what
 * the domain cannot keep: PostgreSQL text cannot hold NUL (U+0000), and an unpaired UTF-16
 * surrogate (what a JSON "\ud800" or an invalid UTF-8 sequence becomes) has no UTF-8 form, so the
 * driver would store U+FFFD instead. Such input is BAD_USER_INPUT naming the argument path, e.g.
 * `input.rows[3].footnote`; variables nested deeper than any input type of the schema are refused
 * too, and so are operation types the schema does not have (subscriptions).
 */

/** Deeper than any input type of the schema (the deepest, a bulk row in a list in an input, is 4). */
export const MAX_INPUT_DEPTH = 32;
/** At most this many problems are listed in one answer. */
const MAX_LISTED = 20;

// NUL (PostgreSQL text cannot hold it) and any surrogate half; a control character on purpose.
// eslint-disable-next-line no-control-regex
const SUSPECT = /[\u0000\uD800-\uDFFF]/;
const UNPAIRED_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why a text cannot be taken as it is, or null when it can. */
export function textProblem(text: string): string | null {
  if (!SUSPECT.test(text)) return null;
  if (text.includes('\u0000')) return 'contains a NUL character (U+0000), which text cannot hold';
  if (UNPAIRED_SURROGATE.test(text)) return 'contains an unpaired surrogate (text that is not valid Unicode)';
  return null;
}

/**
 * For the JSON body parser's `verify`: a body declared (or taken to be) UTF-8 that is not valid
 * UTF-8 is refused with 400, instead of its bad bytes silently becoming U+FFFD in stored text.
 */
export function assertUtf8Body(body: Buffer, encoding: string): void {
  if (/^utf-?8$/i.test(encoding) && !isUtf8(body)) {
    throw Object.assign(new Error('The request body is not valid UTF-8.'), { status: 400, type: 'encoding.invalid' });
  }
}

export interface InputProblem {
  /** The argument path, e.g. `input.rows[3].footnote`; `$name…` for a variable no argument uses. */
  field: string;
  message: string;
}

type Segment = string | number;

function pathText(segments: readonly Segment[]): string {
  return segments.reduce<string>((text, segment) => (typeof segment === 'number' ? `${text}[${segment}]` : text ? `${text}.${segment}` : segment), '');
}

/**
 * The problems of the texts in one operation and its variables, in document order, at most
 * `limit`. Walks without recursion, so that no nesting depth can exhaust the stack.
 */
export function inputProblems(document: DocumentNode, variables: Record<string, unknown> | undefined, limit = MAX_LISTED): InputProblem[] {
  const problems: InputProblem[] = [];
  const add = (segments: readonly Segment[], message: string) => {
    if (problems.length < limit) problems.push({ field: pathText(segments), message: `${pathText(segments)} ${message}.` });
  };
  // Literals, and where each variable is first used (its argument path).
  const variableUse = new Map<string, Segment[]>();
  visit(document, {
    Argument(argument) {
      const stack: Array<[ValueNode, Segment[]]> = [[argument.value, [argument.name.value]]];
      while (stack.length) {
        const [value, segments] = stack.pop() as [ValueNode, Segment[]];
        if (value.kind === Kind.STRING) {
          const problem = textProblem(value.value);
          if (problem) add(segments, problem);
        } else if (value.kind === Kind.VARIABLE) {
          if (!variableUse.has(value.name.value)) variableUse.set(value.name.value, segments);
        } else if (value.kind === Kind.LIST) {
          for (let i = value.values.length - 1; i >= 0; i--) stack.push([value.values[i] as ValueNode, [...segments, i]]);
        } else if (value.kind === Kind.OBJECT) {
          for (let i = value.fields.length - 1; i >= 0; i--) {
            const field = value.fields[i];
            if (field) stack.push([field.value, [...segments, field.name.value]]);
          }
        }
      }
      return false;
    },
  });
  // Variables, as the client sent them (JSON), before GraphQL coerces them. A path is kept as a
  // chain of small nodes and written out only for a problem.
  interface PathNode {
    parent: PathNode | null;
    key: Segment;
  }
  const segmentsOf = (node: PathNode | null, base: Segment[]): Segment[] => {
    const keys: Segment[] = [];
    for (let at = node; at; at = at.parent) keys.push(at.key);
    return [...base, ...keys.reverse()];
  };
  for (const [name, root] of Object.entries(variables ?? {})) {
    const base = variableUse.get(name) ?? [`$${name}`];
    const stack: Array<[unknown, PathNode | null, number]> = [[root, null, 0]];
    while (stack.length && problems.length < limit) {
      const [value, path, depth] = stack.pop() as [unknown, PathNode | null, number];
      if (typeof value === 'string') {
        const problem = textProblem(value);
        if (problem) add(segmentsOf(path, base), problem);
      } else if (value !== null && typeof value === 'object') {
        if (depth >= MAX_INPUT_DEPTH) {
          add(segmentsOf(path, base), `is nested more than ${MAX_INPUT_DEPTH} levels deep, deeper than any input of this API`);
          continue;
        }
        if (Array.isArray(value)) {
          for (let i = value.length - 1; i >= 0; i--) stack.push([value[i], { parent: path, key: i }, depth + 1]);
        } else {
          const keys = Object.keys(value);
          for (let i = keys.length - 1; i >= 0; i--) {
            const key = keys[i] as string;
            stack.push([(value as Record<string, unknown>)[key], { parent: path, key }, depth + 1]);
          }
        }
      }
    }
  }
  return problems;
}

/** The request's input as one BAD_USER_INPUT error (HTTP 400), or undefined when it is acceptable. */
export function inputError(document: DocumentNode, variables: Record<string, unknown> | undefined): GraphQLError | undefined {
  const problems = inputProblems(document, variables);
  const [first] = problems;
  if (!first) return undefined;
  const more =
    problems.length > 1
      ? ` (${problems.length - 1} more: ${problems
          .slice(1)
          .map((p) => p.field)
          .join(', ')})`
      : '';
  return new GraphQLError(`${first.message}${more}`, {
    extensions: { code: 'BAD_USER_INPUT', field: first.field, fields: problems.map((p) => p.field), http: { status: 400 } },
  });
}

/** An operation of a type the schema has no root for (a subscription here) as a validation error (HTTP 400). */
export function operationTypeError(schema: GraphQLSchema, operation: OperationDefinitionNode): GraphQLError | undefined {
  if (schema.getRootType(operation.operation)) return undefined;
  return new GraphQLError(`This API has no ${operation.operation} operations; send a query or a mutation.`, {
    nodes: [operation],
    extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } },
  });
}

/** Refuses, before execution, operation types the schema lacks and text the domain cannot take. */
export function inputGuardPlugin(): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (operation) {
            const unsupported = operationTypeError(schema, operation);
            if (unsupported) throw unsupported;
          }
          const error = inputError(document, request.variables);
          if (error) throw error;
        },
      };
    },
  };
}
