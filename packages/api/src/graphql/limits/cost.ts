/**
 * The cost model: an upper bound of the work a query asks for, computed before execution from the
 * document and the request's variables (`measure.ts` walks the operation; this file says what one
 * field costs).
 *
 * - Every field costs 1, leaves and `__typename` included, introspection fields too.
 * - A field that returns a Relay connection (a type whose name ends in `Connection`: the root lists
 *   `municipalities(first:)`, `indicators(first:)`, `measurements(first:)`, …) multiplies the cost
 *   of its selection by its `first` argument: a literal, or a variable resolved from the request's
 *   variables (or the variable's default). Without `first`, or with `first: null`, the argument's
 *   default in the schema applies, which is the default page size (`DEFAULT_PAGE` in
 *   `graphql/pagination.ts`, 20). The whole selection is multiplied, `totalCount` and `pageInfo`
 *   included, which overestimates slightly and keeps the rule simple.
 * - `nodes(ids:)` multiplies its selection by the number of ids asked for.
 * - Plain lists nested in objects (`steeringDocuments`, `focusAreas`, `goals`, `children`,
 *   `indicators`, `series`, `targets`, `latestMeasurements`, …) are bounded by the domain (a
 *   document has a handful of focus areas, a goal a handful of indicators, a series the periods
 *   asked for) and count their selection once (multiplier 1). Their real size is limited by the
 *   data, and their SQL by the loaders (one statement per level, see ARCHITECTURE.md).
 * - Fragments and inline fragments count as if written out where they are spread; the branches of
 *   an abstract type (`... on Indicator`, `... on Goal`) are all counted although only one applies
 *   to each object, and fields under `@skip`/`@include` are counted whatever the condition. The
 *   result is an upper bound.
 *
 * cost(field) = 1 + multiplier(field) × cost(selection of field)
 */
import { getNamedType, valueFromASTUntyped, type FieldNode, type GraphQLField } from 'graphql';
import { DEFAULT_PAGE } from '../pagination';

/** Fields whose list length is the length of one of their list arguments: `Type.field` → argument. */
const LIST_SIZE_ARGUMENTS: Readonly<Record<string, string>> = { 'Query.nodes': 'ids' };

export type Variables = Readonly<Record<string, unknown>>;

/** Whether a field returns a Relay connection (a page of items). */
export function isConnectionField(field: GraphQLField<unknown, unknown>): boolean {
  return getNamedType(field.type).name.endsWith('Connection');
}

/** The value of an argument as the caller wrote it, variables resolved; undefined when absent. */
export function argumentValue(node: FieldNode, name: string, variables: Variables): unknown {
  const argument = node.arguments?.find((arg) => arg.name.value === name);
  return argument ? valueFromASTUntyped(argument.value, variables) : undefined;
}

function wholeNumber(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? Math.max(0, Math.floor(value)) : undefined;
}

/** The page size a connection field will return at most: its `first`, else the schema's default. */
export function pageSize(field: GraphQLField<unknown, unknown>, node: FieldNode, variables: Variables): number {
  const asked = wholeNumber(argumentValue(node, 'first', variables));
  if (asked !== undefined) return asked;
  const fallback = field.args.find((arg) => arg.name === 'first')?.defaultValue;
  return wholeNumber(fallback) ?? DEFAULT_PAGE;
}

/**
 * How many times a field's selection counts: the page size of a connection, the number of ids of
 * `nodes(ids:)`, and 1 for every other field (objects and domain-bounded lists alike).
 */
export function costMultiplier(parentTypeName: string, field: GraphQLField<unknown, unknown>, node: FieldNode, variables: Variables): number {
  if (isConnectionField(field)) return pageSize(field, node, variables);
  const listArgument = LIST_SIZE_ARGUMENTS[`${parentTypeName}.${field.name}`];
  if (listArgument) {
    const list = argumentValue(node, listArgument, variables);
    // A single value where a list is expected is coerced to a list of one.
    return Array.isArray(list) ? list.length : 1;
  }
  return 1;
}
