import { toGlobalId } from '../src/graphql/global-id';
import { startTestServer, type GraphQLResult, type TestServer } from './helpers';
import { callersOf, countsByCaller, statementCount, type Caller } from './sql-count';

/**
 * The links between goals, activities, partners and agreements are read through DataLoaders: the
 * number of SQL statements of a nested read depends on the depth of the query, not on the rows.
 */
const QUERY = /* GraphQL */ `
  query Links($code: String!) {
    municipality(code: $code) {
      steeringDocuments {
        focusAreas {
          goals {
            title
            activities {
              title
              responsibleUnit {
                name
              }
              partners {
                name
                agreements {
                  title
                  partners {
                    name
                  }
                }
              }
              agreements {
                title
                goals {
                  title
                }
              }
            }
            agreements {
              title
              activities {
                title
              }
            }
          }
        }
      }
    }
  }
`;

describe('SQL statements of a nested read across links', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.stop());

  it('refuses to compare counts that are not numbers above zero', () => {
    const result = (sqlStatements: number, errors?: GraphQLResult['errors']): GraphQLResult => ({ status: 200, data: {}, errors, sqlStatements, headers: new Headers() });
    expect(() => statementCount(result(Number.NaN))).toThrow(/above zero/);
    expect(() => statementCount(result(0))).toThrow(/above zero/);
    expect(() => statementCount(result(Number.POSITIVE_INFINITY))).toThrow(/above zero/);
    expect(() => statementCount(result(7, [{ message: 'no' }]))).toThrow(/failed/);
    expect(statementCount(result(7))).toBe(7);
  });

  it('stay the same when activities, partners and agreements grow tenfold, for the operator, anonymous, VIEWER and API-key callers', async () => {
    const callers: Caller[] = await callersOf(server);
    const [{ id: municipalityUuid }] = await server.dataSource.query(`SELECT id FROM municipality WHERE code = '0138'`);
    const municipalityId = toGlobalId('Municipality', municipalityUuid);
    const goals: Array<{ id: string }> = await server.dataSource.query(`SELECT id FROM goal WHERE municipality_id = $1 AND level <> 'OVERALL_AIM'`, [municipalityUuid]);
    const goalIds = goals.map((g) => toGlobalId('Goal', g.id));
    const [{ id: unitUuid }] = await server.dataSource.query(`SELECT id FROM organisation_unit WHERE municipality_id = $1 LIMIT 1`, [municipalityUuid]);
    const addRound = async (i: number) => {
      const partner = await server.gql('mutation($input: CreatePartnerInput!) { createPartner(input: $input) { partner { id } errors { code } } }', {
        input: { municipalityId, name: `Förening ${i}`, kind: 'ASSOCIATION' },
      });
      const partnerId = partner.data.createPartner.partner.id;
      const activity = await server.gql('mutation($input: CreateActivityInput!) { createActivity(input: $input) { activity { id } errors { code } } }', {
        input: { municipalityId, title: `Insats ${i}`, responsibleUnitId: toGlobalId('OrganisationUnit', unitUuid), goalIds, partnerIds: [partnerId] },
      });
      const agreement = await server.gql('mutation($input: CreateAgreementInput!) { createAgreement(input: $input) { agreement { id } errors { code } } }', {
        input: { municipalityId, kind: 'IOP', title: `IOP ${i}`, partnerIds: [partnerId], activityIds: [activity.data.createActivity.activity.id], goalIds },
      });
      expect(agreement.data.createAgreement.errors).toEqual([]);
    };
    const activities = (result: { data: Record<string, any> }) =>
      result.data.municipality.steeringDocuments[0].focusAreas.flatMap((a: { goals: Array<{ activities: unknown[] }> }) => a.goals.flatMap((g) => g.activities));
    const seen = async () => Object.fromEntries(await Promise.all(callers.map(async (caller) => [caller.name, activities(await caller.gql(QUERY, { code: '0138' })).length] as const)));

    // One round first, so that every link table has rows: an empty batch costs one statement less.
    await addRound(0);
    const before = await countsByCaller(callers, QUERY, { code: '0138' });
    const seenBefore = await seen();
    for (let i = 1; i < 10; i += 1) await addRound(i);

    const after = await countsByCaller(callers, QUERY, { code: '0138' });
    const seenAfter = await seen();
    // Staff and keys see the new activities; anonymous callers see the public goals and no activity (activities are internal).
    for (const name of ['operator', 'viewer', 'api key']) expect(seenAfter[name]).toBeGreaterThanOrEqual(5 * (seenBefore[name] as number));
    expect(seenAfter.anonymous).toBe(0);
    expect(after).toEqual(before);
  });
});
