import { DEMO_API_KEYS } from '../src/database/seed/demo-users';
import { User } from '../src/modules/account/user.entity';
import type { GraphQLResult, TestServer } from './helpers';

/**
 * Helpers for the tests that count SQL statements: a count must be a real number above zero before
 * two counts are compared (NaN from a missing header equals NaN, and 0 equals 0 when nothing ran),
 * and the count must stay constant for every kind of caller, because the anonymous, staff and API
 * key paths add different visibility and suppression statements.
 */

/** The SQL statements a request ran, failing unless the answer has no errors and the count is a finite number above zero. */
export function statementCount(result: GraphQLResult): number {
  if (result.errors !== undefined) throw new Error(`the query failed: ${JSON.stringify(result.errors)}`);
  const count = result.sqlStatements;
  if (!Number.isFinite(count) || count <= 0) throw new Error(`expected a count of SQL statements above zero, got ${String(count)} (is the x-sql-statements header on?)`);
  return count;
}

export interface Caller {
  name: string;
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResult<T>>;
}

/**
 * The callers of a demo-seeded test server whose paths through the access layer differ: the
 * platform operator, an anonymous visitor, Tyresö's VIEWER (a session made directly, so that no
 * login counts against the per-address limits) and Tyresö's read-only demo API key.
 */
export async function callersOf(server: TestServer): Promise<Caller[]> {
  const viewer = await server.dataSource.getRepository(User).findOneByOrFail({ email: 'lasare@tyreso.demo' });
  const viewerCookie = `inkludera_session=${(await server.services.account.openSession(viewer)).token}`;
  const readKey = DEMO_API_KEYS.find((key) => key.scopes.length === 1);
  if (!readKey) throw new Error('the demo data has no read-only API key');
  return [
    { name: 'operator', gql: (query, variables) => server.gql(query, variables) },
    { name: 'anonymous', gql: (query, variables) => server.anonymous(query, variables) },
    { name: 'viewer', gql: server.as({ cookie: viewerCookie }) },
    { name: 'api key', gql: server.as({ authorization: `Bearer ${readKey.key}` }) },
  ];
}

/**
 * The statement count of `query` for each caller, by caller name. Each caller first sends a trivial
 * request, so that bookkeeping of authentication (an API key notes its last use once a minute) falls
 * outside the request that is counted.
 */
export async function countsByCaller(callers: Caller[], query: string, variables?: Record<string, unknown>): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const caller of callers) {
    await caller.gql('{ __typename }');
    const result = await caller.gql(query, variables);
    try {
      counts[caller.name] = statementCount(result);
    } catch (error) {
      throw new Error(`as ${caller.name}: ${(error as Error).message}`);
    }
  }
  return counts;
}
