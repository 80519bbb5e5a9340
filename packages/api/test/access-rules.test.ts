import { buildSchema, extendSchema, GraphQLObjectType, GraphQLSchema, GraphQLString, parse, printSchema } from 'graphql';
import { applyAccessRules } from '../src/access/enforce';
import { OPERATION_RULES, STAFF_ONLY_FIELDS } from '../src/access/policy';
import { getSchema } from '../src/graphql/schema';

/**
 * Deny by default: every query and mutation of the built schema has exactly one rule in
 * access/policy.ts (OPERATION_RULES), and a schema with an operation that has no rule cannot be
 * built at all.
 */

/** "Query.x" and "Mutation.y" for every root field of a schema. */
function operationsOf(schema: GraphQLSchema): string[] {
  return [schema.getQueryType(), schema.getMutationType()].flatMap((type) => (type ? Object.keys(type.getFields()).map((field) => `${type.name}.${field}`) : []));
}

/** A copy of the API's schema rebuilt from its SDL: new type objects without resolvers, so that applying the rules to it touches nothing else. */
async function freshCopy(): Promise<GraphQLSchema> {
  return buildSchema(printSchema(await getSchema()));
}

describe('the access rules (access/policy.ts)', () => {
  it('has a rule for every query and mutation of the built schema, and no rule for anything else', async () => {
    const operations = operationsOf(await getSchema());
    // A sanity check that the list is the real one, not an empty or partial schema.
    expect(operations).toEqual(expect.arrayContaining(['Query.node', 'Query.auditEntries', 'Mutation.login', 'Mutation.upsertMeasurements', 'Mutation.createMunicipality']));
    expect(operations.length).toBeGreaterThanOrEqual(50);

    const unruled = operations.filter((name) => !OPERATION_RULES[name]);
    expect(unruled).toEqual([]);
    const stale = Object.keys(OPERATION_RULES).filter((name) => !operations.includes(name));
    expect(stale).toEqual([]);
  });

  it('gives queries only read rules and every mutation but login and logout a rule that needs credentials', () => {
    const entries = Object.entries(OPERATION_RULES);
    expect(entries.filter(([name, rule]) => name.startsWith('Query.') && rule.kind === 'write').map(([name]) => name)).toEqual([]);
    const openMutations = entries.filter(([name, rule]) => name.startsWith('Mutation.') && rule.kind === 'public').map(([name]) => name);
    expect(openMutations.sort()).toEqual(['Mutation.login', 'Mutation.logout']);
    // Administration is never public.
    for (const name of ['Query.users', 'Query.apiKeys', 'Query.auditEntries']) expect(OPERATION_RULES[name]?.kind).toBe('admin');
    expect(OPERATION_RULES['Query.auditEntries']).toEqual({ kind: 'admin', operators: true });
    expect(OPERATION_RULES['Query.users']).toEqual({ kind: 'admin', operators: false });
    expect(OPERATION_RULES['Query.apiKeys']).toEqual({ kind: 'admin', operators: false });
  });

  it('names the staff-only fields that anonymous callers get stand-ins for', () => {
    expect(STAFF_ONLY_FIELDS).toMatchObject({
      'Target.comment': null,
      'Measurement.reportedBy': null,
      'Measurement.history': [],
      'Partner.contactName': null,
      'Partner.contactEmail': null,
      'Partner.contactPhone': null,
      'OrganisationUnit.externalId': null,
    });
  });

  it('accepts an unchanged copy of the schema', async () => {
    const copy = await freshCopy();
    expect(applyAccessRules(copy)).toBe(copy);
  });

  it('refuses the schema when a query or a mutation has no rule, naming exactly that operation', async () => {
    const extended = extendSchema(await freshCopy(), parse('extend type Query { secretReport: String } extend type Mutation { dropEverything: Boolean }'));
    expect(() => applyAccessRules(extended)).toThrow('Access rules (access/policy.ts) do not match the schema: Query.secretReport has no access rule; Mutation.dropEverything has no access rule.');
  });

  it('refuses a tiny hand-built schema with one unruled field (and reports the rules it lacks)', () => {
    const query = new GraphQLObjectType({
      name: 'Query',
      fields: {
        node: { type: GraphQLString, resolve: () => 'ok' }, // has a rule
        everything: { type: GraphQLString, resolve: () => 'all the data' }, // has none
      },
    });
    const tiny = new GraphQLSchema({ query });
    let message = '';
    try {
      applyAccessRules(tiny);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/^Access rules \(access\/policy\.ts\) do not match the schema: /);
    expect(message).toContain('Query.everything has no access rule');
    expect(message).not.toContain('Query.node has no access rule');
    // Rules whose operation is missing are problems too, so a renamed operation cannot keep a stale rule.
    expect(message).toContain('Mutation.createGoal has a rule but is not in the schema');
    // Staff-only fields must exist, so that a renamed field cannot silently become public.
    expect(message).toContain('Target.comment is staff-only but not in the schema');
  });
});
