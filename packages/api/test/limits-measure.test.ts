import { getIntrospectionQuery, getOperationAST, parse, type GraphQLSchema } from 'graphql';
import { ConfigError, loadConfig } from '../src/config';
import { exceededLimit, measureOperation, type Measure, type QueryLimits } from '../src/graphql/limits';
import { DEFAULT_PAGE } from '../src/graphql/pagination';
import { getSchema } from '../src/graphql/schema';

/** The walk behind the query limits (src/graphql/limits/): depth, cost, aliases, directives. */
describe('measuring an operation', () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await getSchema();
  });

  const measure = (query: string, variables?: Record<string, unknown>): Measure => {
    const document = parse(query);
    const operation = getOperationAST(document);
    if (!operation) throw new Error('no operation');
    return measureOperation(schema, document, operation, variables);
  };

  it('counts every field once and the depth down to the leaf', () => {
    expect(measure('{ municipality(code: "0138") { name code } }')).toEqual({ depth: 2, cost: 3, aliases: 0, directives: 0 });
    expect(measure('{ __typename }')).toEqual({ depth: 1, cost: 1, aliases: 0, directives: 0 });
  });

  it('counts a plain nested list once, whatever its length in the data', () => {
    const tree = '{ municipality(code: "0138") { steeringDocuments { focusAreas { goals { children { indicators { series { value } } } } } } } }';
    expect(measure(tree)).toMatchObject({ depth: 8, cost: 8 });
  });

  it('multiplies a connection by its first, from a literal, a variable, the variable default or the page default', () => {
    const literal = '{ municipalities(first: 10) { totalCount nodes { id name } } }';
    expect(measure(literal)).toMatchObject({ depth: 3, cost: 1 + 10 * (1 + 3) });
    const byVariable = 'query($n: Int) { municipalities(first: $n) { nodes { id } } }';
    expect(measure(byVariable, { n: 50 }).cost).toBe(1 + 50 * 2);
    expect(measure(byVariable, {}).cost).toBe(1 + DEFAULT_PAGE * 2);
    expect(measure(byVariable, { n: null }).cost).toBe(1 + DEFAULT_PAGE * 2);
    expect(measure('query($n: Int = 7) { municipalities(first: $n) { nodes { id } } }').cost).toBe(1 + 7 * 2);
    expect(measure('query($n: Int = 7) { municipalities(first: $n) { nodes { id } } }', { n: 3 }).cost).toBe(1 + 3 * 2);
    expect(measure('{ indicators { nodes { id } } }').cost).toBe(1 + DEFAULT_PAGE * 2);
    expect(measure('{ measurements(first: 0) { nodes { id } } }').cost).toBe(1);
  });

  it('multiplies nodes(ids:) by the number of ids', () => {
    expect(measure('{ nodes(ids: ["a", "b", "c"]) { id } }').cost).toBe(1 + 3);
    expect(measure('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: ['a', 'b', 'c', 'd'] }).cost).toBe(1 + 4);
    expect(measure('{ node(id: "a") { id } }').cost).toBe(2);
  });

  it('follows named and inline fragments, counting a fragment each time it is spread', () => {
    const query = /* GraphQL */ `
      query {
        municipality(code: "0138") {
          ...Doc @include(if: true)
          steeringDocuments {
            id
          }
        }
        node(id: "x") {
          ... on Indicator {
            nameSv
            w: series(sex: WOMEN) {
              value
            }
          }
          ... on Goal {
            title
          }
        }
      }
      fragment Doc on Municipality {
        steeringDocuments {
          ...Area
        }
        other: steeringDocuments {
          ...Area
        }
      }
      fragment Area on SteeringDocument {
        focusAreas {
          goals {
            title @skip(if: false)
          }
        }
      }
    `;
    // Area: focusAreas(1 + goals(1 + title 1)) = 3, depth 3; Doc: 2 × (1 + 3) = 8, depth 4.
    // municipality: 1 + (8 + steeringDocuments { id } 2) = 11; node: 1 + (nameSv 1 + series 2 + title 1) = 5.
    expect(measure(query)).toEqual({ depth: 5, cost: 16, aliases: 2, directives: 3 });
  });

  it('walks each fragment once, so doubling fragments cannot make the check itself slow', () => {
    const levels = 30;
    const fragments = Array.from({ length: levels }, (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`);
    const query = `{ ...F0 } ${fragments.join(' ')} fragment F${levels} on Query { __typename }`;
    const started = performance.now();
    expect(measure(query)).toMatchObject({ depth: 1, cost: 2 ** levels });
    expect(performance.now() - started).toBeLessThan(100);
  });

  it('stops on a fragment cycle (which validation refuses anyway)', () => {
    expect(measure('{ ...A } fragment A on Query { ...B } fragment B on Query { __typename ...A }')).toMatchObject({ depth: 1, cost: 1 });
  });

  it('lets __Type.ofType add no depth, so that the standard introspection query stays shallow', () => {
    const unwrap = `{ __type(name: "Query") { ${'ofType { '.repeat(12)}name${' }'.repeat(12)} } }`;
    expect(measure(unwrap).depth).toBe(2);
    const full = measure(getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true, oneOf: true }));
    expect(full.depth).toBeLessThanOrEqual(6);
    // Other introspection fields count: types → fields → type → fields → … grows with each level.
    expect(measure('{ __schema { types { fields { type { fields { name } } } } } }').depth).toBe(6);
  });

  describe('the limits', () => {
    const limits: QueryLimits = { maxDepth: 3, maxCost: 10, maxAliases: 1, maxTokens: 100, maxDirectives: 1 };
    const at = (overrides: Partial<Measure>): Measure => ({ depth: 3, cost: 10, aliases: 1, directives: 1, ...overrides });

    it('keeps a measure at every limit', () => {
      expect(exceededLimit(at({}), limits)).toBeUndefined();
    });

    it('names the limit exceeded, with a stable code and both figures', () => {
      const cases: Array<[Partial<Measure>, string, RegExp]> = [
        [{ depth: 4 }, 'QUERY_TOO_DEEP', /4 levels deep; at most 3/],
        [{ cost: 11 }, 'QUERY_TOO_COSTLY', /costs 11; at most 10/],
        [{ aliases: 2 }, 'TOO_MANY_ALIASES', /2 aliases; at most 1/],
        [{ directives: 2 }, 'TOO_MANY_DIRECTIVES', /2 directives; at most 1/],
      ];
      for (const [overrides, code, message] of cases) {
        const error = exceededLimit(at(overrides), limits);
        expect(error?.message).toMatch(message);
        expect(error?.extensions).toMatchObject({ code, limit: expect.any(Number), actual: expect.any(Number), http: { status: 400 } });
      }
    });
  });
});

describe('limit settings', () => {
  it('ship with the figures of issue 4, and a rate limit off only under NODE_ENV=test', () => {
    for (const env of ['production', 'development'] as const) {
      expect(loadConfig({ NODE_ENV: env })).toMatchObject({
        graphqlMaxDepth: 10,
        graphqlMaxCost: 5000,
        graphqlMaxAliases: 15,
        graphqlMaxTokens: 1000,
        graphqlMaxDirectives: 50,
        rateLimitPerMinute: 600,
      });
    }
    expect(loadConfig({ NODE_ENV: 'test' }).rateLimitPerMinute).toBe(0);
  });

  it('are read from the environment and checked', () => {
    const config = loadConfig({
      NODE_ENV: 'production',
      GRAPHQL_MAX_DEPTH: '12',
      GRAPHQL_MAX_COST: '20000',
      GRAPHQL_MAX_ALIASES: '30',
      GRAPHQL_MAX_TOKENS: '4000',
      GRAPHQL_MAX_DIRECTIVES: '5',
      RATE_LIMIT_PER_MINUTE: '0',
    });
    expect(config).toMatchObject({ graphqlMaxDepth: 12, graphqlMaxCost: 20000, graphqlMaxAliases: 30, graphqlMaxTokens: 4000, graphqlMaxDirectives: 5, rateLimitPerMinute: 0 });
    expect(loadConfig({ NODE_ENV: 'test', RATE_LIMIT_PER_MINUTE: '100' }).rateLimitPerMinute).toBe(100);
    expect(() => loadConfig({ GRAPHQL_MAX_DEPTH: '0' })).toThrow(ConfigError);
    expect(() => loadConfig({ RATE_LIMIT_PER_MINUTE: 'many' })).toThrow(/RATE_LIMIT_PER_MINUTE must be a whole number/);
  });
});
