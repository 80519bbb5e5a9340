import {
  Kind,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
  TypeNameMetaFieldDef,
  getNamedType,
  isCompositeType,
  isInterfaceType,
  isObjectType,
  valueFromASTUntyped,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { costMultiplier, type Variables } from './cost';
import { addsDepth } from './depth';

/** What the limits look at in one operation, fragments expanded where they are spread. */
export interface Measure {
  /** Fields on the longest path, leaf included (see depth.ts). */
  depth: number;
  /** The cost model's upper bound of the work (see cost.ts). */
  cost: number;
  /** Fields written with an alias (`women: series(…)`). */
  aliases: number;
  /** Directives used (`@include`, `@skip`, …) on the operation, fields, fragments and spreads. */
  directives: number;
}

const NOTHING: Measure = { depth: 0, cost: 0, aliases: 0, directives: 0 };

interface Walk {
  schema: GraphQLSchema;
  fragments: ReadonlyMap<string, FragmentDefinitionNode>;
  variables: Variables;
  /** Measures of fragments already walked: a fragment measures the same wherever it is spread. */
  done: Map<string, Measure>;
  /** Fragments being walked, to stop on a cycle (validation refuses them; this is a guard). */
  open: Set<string>;
}

/** Sums costs, aliases and directives, and keeps the greater depth. */
function add(a: Measure, b: Measure): Measure {
  return { depth: Math.max(a.depth, b.depth), cost: a.cost + b.cost, aliases: a.aliases + b.aliases, directives: a.directives + b.directives };
}

function fieldDefinition(walk: Walk, parent: GraphQLCompositeType | undefined, name: string): GraphQLField<unknown, unknown> | undefined {
  if (name === TypeNameMetaFieldDef.name) return TypeNameMetaFieldDef;
  if (parent && parent === walk.schema.getQueryType()) {
    if (name === SchemaMetaFieldDef.name) return SchemaMetaFieldDef;
    if (name === TypeMetaFieldDef.name) return TypeMetaFieldDef;
  }
  return isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[name] : undefined;
}

function compositeType(walk: Walk, name: string | undefined, fallback: GraphQLCompositeType | undefined): GraphQLCompositeType | undefined {
  if (name === undefined) return fallback;
  const type = walk.schema.getType(name);
  return isCompositeType(type) ? type : undefined;
}

function measureField(walk: Walk, parent: GraphQLCompositeType | undefined, node: FieldNode): Measure {
  const definition = fieldDefinition(walk, parent, node.name.value);
  const childType = definition ? getNamedType(definition.type) : undefined;
  const child = node.selectionSet ? measureSelections(walk, isCompositeType(childType) ? childType : undefined, node.selectionSet) : NOTHING;
  const multiplier = definition && parent ? costMultiplier(parent.name, definition, node, walk.variables) : 1;
  return {
    depth: child.depth + (addsDepth(parent?.name, node.name.value) ? 1 : 0),
    cost: 1 + multiplier * child.cost,
    aliases: child.aliases + (node.alias ? 1 : 0),
    directives: child.directives + (node.directives?.length ?? 0),
  };
}

function measureFragment(walk: Walk, name: string): Measure {
  const known = walk.done.get(name);
  if (known) return known;
  const fragment = walk.fragments.get(name);
  if (!fragment || walk.open.has(name)) return NOTHING;
  walk.open.add(name);
  const type = compositeType(walk, fragment.typeCondition.name.value, undefined);
  const measure = add(measureSelections(walk, type, fragment.selectionSet), { ...NOTHING, directives: fragment.directives?.length ?? 0 });
  walk.open.delete(name);
  walk.done.set(name, measure);
  return measure;
}

function measureSelections(walk: Walk, parent: GraphQLCompositeType | undefined, selectionSet: SelectionSetNode): Measure {
  let total = NOTHING;
  for (const selection of selectionSet.selections) {
    const own: Measure = { ...NOTHING, directives: selection.directives?.length ?? 0 };
    if (selection.kind === Kind.FIELD) {
      total = add(total, measureField(walk, parent, selection));
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const type = compositeType(walk, selection.typeCondition?.name.value, parent);
      total = add(total, add(own, measureSelections(walk, type, selection.selectionSet)));
    } else {
      total = add(total, add(own, measureFragment(walk, selection.name.value)));
    }
  }
  return total;
}

/** The variables the operation will run with: the request's, else each variable's default. */
function effectiveVariables(operation: OperationDefinitionNode, given: Variables): Variables {
  const defaults: Record<string, unknown> = {};
  for (const definition of operation.variableDefinitions ?? []) {
    if (definition.defaultValue) defaults[definition.variable.name.value] = valueFromASTUntyped(definition.defaultValue);
  }
  return { ...defaults, ...given };
}

/**
 * Measures the operation that will run. Linear in the size of the document: each fragment is
 * walked once, however often it is spread.
 */
export function measureOperation(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, variables: Variables = {}): Measure {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const walk: Walk = { schema, fragments, variables: effectiveVariables(operation, variables), done: new Map(), open: new Set() };
  const root = schema.getRootType(operation.operation) ?? undefined;
  const own: Measure = { ...NOTHING, directives: operation.directives?.length ?? 0 };
  return add(own, measureSelections(walk, root, operation.selectionSet));
}
