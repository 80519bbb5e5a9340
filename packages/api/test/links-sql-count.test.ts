import { toGlobalId } from '../src/graphql/global-id';
import { startTestServer, type TestServer } from './helpers';

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
              responsibleUnit { name }
              partners { name agreements { title partners { name } } }
              agreements { title goals { title } }
            }
            agreements { title activities { title } }
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

  it('stay the same when activities, partners and agreements grow tenfold', async () => {
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

    // One round first, so that every link table has rows: an empty batch costs one statement less.
    await addRound(0);
    const before = await server.gql(QUERY, { code: '0138' });
    expect(before.errors).toBeUndefined();
    const activitiesBefore = activities(before);
    for (let i = 1; i < 10; i += 1) await addRound(i);

    const after = await server.gql(QUERY, { code: '0138' });
    expect(after.errors).toBeUndefined();
    expect(activities(after).length).toBeGreaterThanOrEqual(5 * activitiesBefore.length);
    expect(after.sqlStatements).toBe(before.sqlStatements);
  });
});
