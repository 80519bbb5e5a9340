import { Kind, visit, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import { fromGlobalId } from '../global-id';
import type { CompiledRead, Slot, Who } from './compile';

/** Compiled statements kept per operation, at most (an operation with more variants starts over). */
const PER_OPERATION = 64;

/**
 * Compiled reads per operation of a parsed document (Apollo keeps one DocumentNode per query text),
 * so that a query asked again is not compiled again. The statement's text depends on the operation, the kind
 * of reader and the variables; the key holds all three, except what only ever fills a parameter:
 * the caller's municipality (members), the code of `municipality(code: $variable)` and the id of
 * `node(id: $variable)` (the key holds the id's type, which picks the table) when that variable is
 * used nowhere else. On a hit those parameters are filled in anew (compile.ts records where they
 * are); everything else of the statement is the same by the key. An operation that does not compile
 * is remembered as such (null) for the same key.
 */
export class CompiledReadCache<R extends CompiledRead = CompiledRead> {
  private readonly operations = new WeakMap<OperationDefinitionNode, { slotted: Map<string, Slot['as']>; entries: Map<string, R | null> }>();

  read(document: DocumentNode, operation: OperationDefinitionNode, who: Who, variables: Record<string, unknown>, compile: () => R | null): R | null {
    let cached = this.operations.get(operation);
    if (!cached) {
      cached = { slotted: slotVariables(document, operation), entries: new Map() };
      this.operations.set(operation, cached);
    }
    const keyed: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(variables)) {
      const as = cached.slotted.get(name);
      keyed[name] = as === undefined || typeof value !== 'string' ? value : as === 'globalId' ? { type: fromGlobalId(value)?.type ?? null } : null;
    }
    const key = `${typeof who === 'string' ? who : 'member'}\u0000${JSON.stringify(keyed)}`;
    const entry = cached.entries.get(key);
    if (entry === undefined) {
      const read = compile();
      if (cached.entries.size >= PER_OPERATION) cached.entries.clear();
      cached.entries.set(key, read);
      return read;
    }
    if (entry === null) return null;
    const parameters = [...entry.parameters];
    if (entry.slots.member !== null && typeof who !== 'string') parameters[entry.slots.member] = who.member;
    for (const { variable, index, as } of entry.slots.ids) parameters[index] = as === 'globalId' ? fromGlobalId(String(variables[variable]))?.id : variables[variable];
    return { ...entry, parameters };
  }
}

/** The variables used exactly once in the document, as `node(id:)` or `municipality(code:)` of the operation's root. */
function slotVariables(document: DocumentNode, operation: OperationDefinitionNode): Map<string, Slot['as']> {
  const uses = new Map<string, number>();
  visit(document, {
    VariableDefinition: () => false, // the definition is not a use
    Variable(node) {
      uses.set(node.name.value, (uses.get(node.name.value) ?? 0) + 1);
    },
  });
  const found = new Map<string, Slot['as']>();
  for (const selection of operation.selectionSet.selections) {
    if (selection.kind !== Kind.FIELD) continue;
    const [argumentName, as] = selection.name.value === 'node' ? (['id', 'globalId'] as const) : selection.name.value === 'municipality' ? (['code', 'value'] as const) : [];
    const argument = selection.arguments?.find((a) => a.name.value === argumentName)?.value;
    if (as && argument?.kind === Kind.VARIABLE && uses.get(argument.name.value) === 1) found.set(argument.name.value, as);
  }
  return found;
}
