import { periodStart, toPeriod } from '@inkludera/shared';
import { PeriodType, Sex } from '../src/graphql/enums';
import { fromGlobalId } from '../src/graphql/global-id';
import { FocusArea } from '../src/modules/focus-area/focus-area.entity';
import { GoalIndicator } from '../src/modules/goal/goal-indicator.entity';
import { Goal, GoalLevel } from '../src/modules/goal/goal.entity';
import { Indicator, IndicatorDirection, IndicatorUnit } from '../src/modules/indicator/indicator.entity';
import { Measurement } from '../src/modules/measurement/measurement.entity';
import { Target } from '../src/modules/target/target.entity';
import { STRATEGY_TREE_QUERY, startTestServer, type TestServer } from './helpers';
import { callersOf, countsByCaller, statementCount, type Caller } from './sql-count';

/**
 * The deepest read a user makes: document → areas → goals → sub-goals → indicators → targets, and
 * the women's and men's series for a period range, with completeness.
 */
const DEEPEST_QUERY = /* GraphQL */ `
  query Deepest($code: String!) {
    municipality(code: $code) {
      steeringDocuments {
        focusAreas {
          goals {
            ownerUnit {
              name
            }
            indicators {
              ...Figures
            }
            children {
              indicators {
                ...Figures
              }
            }
          }
        }
      }
    }
  }
  fragment Figures on Indicator {
    nameSv
    responsibleImplementationUnit {
      name
    }
    responsibleFollowUpUnit {
      name
    }
    targets(from: "2025", to: "2030") {
      period
      sex
      value
    }
    women: series(from: "2020", to: "2025", sex: WOMEN) {
      period
      value
      status
    }
    men: series(from: "2020", to: "2025", sex: MEN) {
      period
      value
      status
    }
    completeness(period: "2024") {
      complete
      missing
    }
  }
`;

describe('the strategy tree (the slice)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.stop());

  it('answers with the seeded Tyresö strategy: areas, goals, sub-goals, indicators and latest values by sex', async () => {
    const { data, errors } = await server.gql(STRATEGY_TREE_QUERY, { code: '0138' });
    expect(errors).toBeUndefined();
    const document = data.municipality.steeringDocuments[0];
    expect(document.title).toBe('Integrationsstrategi 2018');
    expect(document.overallAim.title).toMatch(/egen försörjning/);
    expect(document.focusAreas.map((area: { nameSv: string }) => area.nameSv)).toEqual(['Arbete och sysselsättning', 'Skola', 'Språk', 'Fritid', 'Bostad', 'Delaktighet och påverkan']);
    const work = document.focusAreas[0];
    expect(work.goals).toHaveLength(1);
    const internships = work.goals[0].children[0];
    expect(internships.title).toMatch(/praktikplatser för nyanlända/);
    const count = internships.indicators[0];
    const latest = Object.fromEntries(count.latestMeasurements.map((m: { sex: string; value: number }) => [m.sex, m.value]));
    expect(count.latestMeasurements.every((m: { period: string }) => m.period === '2025')).toBe(true);
    expect(latest.TOTAL).toBe(latest.WOMEN + latest.MEN); // counts add up
    for (const indicator of work.goals[0].indicators) {
      expect(indicator.latestMeasurements.map((m: { sex: string }) => m.sex).sort()).toEqual(['MEN', 'TOTAL', 'WOMEN']);
      expect(indicator.latestMeasurements[0].source).toMatch(/^Demodata/);
    }
  });

  it('fetches any object by its global id through node() and nodes()', async () => {
    const tree = await server.gql(STRATEGY_TREE_QUERY, { code: '0138' });
    const municipalityId = tree.data.municipality.id as string;
    const documentId = tree.data.municipality.steeringDocuments[0].id as string;
    expect(fromGlobalId(municipalityId)?.type).toBe('Municipality');
    const { data } = await server.gql(`query($ids: [ID!]!) { nodes(ids: $ids) { __typename id ... on SteeringDocument { title } } }`, {
      ids: [documentId, municipalityId, 'bm9wZQ', Buffer.from('Goal:00000000-0000-4000-8000-000000000000').toString('base64url')],
    });
    expect(data.nodes).toEqual([{ __typename: 'SteeringDocument', id: documentId, title: 'Integrationsstrategi 2018' }, { __typename: 'Municipality', id: municipalityId }, null, null]);
  });

  it('pages municipalities as a Relay connection and refuses a page over 100', async () => {
    const { data } = await server.gql('{ municipalities(first: 1) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { code } } } }');
    expect(data.municipalities.totalCount).toBe(2);
    expect(data.municipalities.pageInfo.hasNextPage).toBe(true);
    expect(data.municipalities.edges[0].node.code).toBe('0138');
    const next = await server.gql('query($after: String) { municipalities(first: 5, after: $after) { nodes { code } pageInfo { hasNextPage hasPreviousPage } } }', {
      after: data.municipalities.pageInfo.endCursor,
    });
    expect(next.data.municipalities).toEqual({ nodes: [{ code: '1498' }], pageInfo: { hasNextPage: false, hasPreviousPage: true } });
    const tooMany = await server.gql('{ municipalities(first: 101) { totalCount } }');
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const badCursor = await server.gql('{ municipalities(after: "nonsense") { totalCount } }');
    expect(badCursor.errors?.[0]).toMatchObject({ message: 'The cursor is not one this API gave out.', extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('keeps the number of SQL statements of the deepest read constant when the data grows tenfold, for the operator, anonymous, VIEWER and API-key callers', async () => {
    const callers: Caller[] = await callersOf(server);
    const before = await server.gql(STRATEGY_TREE_QUERY, { code: '0138' });
    statementCount(before);
    const deepBefore = await server.gql(DEEPEST_QUERY, { code: '0138' });
    statementCount(deepBefore);
    const treeCountsBefore = await countsByCaller(callers, STRATEGY_TREE_QUERY, { code: '0138' });
    const deepCountsBefore = await countsByCaller(callers, DEEPEST_QUERY, { code: '0138' });
    const goalsSeen = async (caller: Caller) =>
      ((await caller.gql(STRATEGY_TREE_QUERY, { code: '0138' })).data.municipality.steeringDocuments[0].focusAreas as Array<{ goals: unknown[] }>).flatMap((area) => area.goals).length;
    const goalsBefore = Object.fromEntries(await Promise.all(callers.map(async (caller) => [caller.name, await goalsSeen(caller)] as const)));
    const figures = (result: typeof deepBefore) =>
      result.data.municipality.steeringDocuments[0].focusAreas.flatMap((area: any) =>
        area.goals.flatMap((goal: any) => [...goal.indicators, ...goal.children.flatMap((child: any) => child.indicators)]),
      );
    const workOrStudy = figures(deepBefore).find((i: any) => i.nameSv.startsWith('Andel nyanlända i arbete'));
    expect(workOrStudy.targets.map((t: any) => t.sex)).toEqual(['TOTAL', 'WOMEN', 'MEN']);
    expect(workOrStudy.women.map((m: any) => m.period)).toEqual(['2020', '2021', '2022', '2023', '2024', '2025']);
    expect(workOrStudy.completeness).toEqual({ complete: true, missing: [] });

    // Grow the tree: every area gets ten more goals, each with a sub-goal and two indicators with values.
    const ds = server.dataSource;
    const municipalityId = (await ds.query(`SELECT id FROM municipality WHERE code = '0138'`))[0].id as string;
    const document = await ds.getRepository(FocusArea).findBy({ municipalityId });
    const unitId = (await ds.query('SELECT id FROM organisation_unit WHERE municipality_id = $1 LIMIT 1', [municipalityId]))[0].id as string;
    for (const area of document) {
      for (let g = 0; g < 10; g += 1) {
        const goal = await ds.getRepository(Goal).save({
          municipalityId,
          steeringDocumentId: area.steeringDocumentId,
          focusAreaId: area.id,
          parentId: null,
          level: GoalLevel.COMMITTEE_GOAL,
          title: `Extra ${area.key} ${g}`,
          description: null,
        });
        const sub = await ds.getRepository(Goal).save({ ...goal, id: undefined, parentId: goal.id, level: GoalLevel.SUB_GOAL, title: `Sub ${g}` });
        for (const target of [goal, sub]) {
          const indicator = await ds.getRepository(Indicator).save({
            municipalityId,
            responsibleImplementationUnitId: unitId,
            responsibleFollowUpUnitId: unitId,
            nameSv: `Indikator ${target.title}`,
            nameEn: null,
            definition: null,
            unit: IndicatorUnit.COUNT,
            decimals: 0,
            direction: IndicatorDirection.INCREASE,
            periodicity: PeriodType.YEAR,
            dividedBySex: true,
            source: null,
            // Published, so that anonymous callers see the growth too (and its small values suppressed).
            published: true,
          });
          await ds.getRepository(GoalIndicator).insert({ goalId: target.id, indicatorId: indicator.id });
          await ds.getRepository(Target).insert([Sex.WOMEN, Sex.MEN].map((sex) => ({ municipalityId, indicatorId: indicator.id, period: '2027', periodStart: '2027-01-01', sex, value: 5 })));
          await ds.getRepository(Measurement).insert(
            ['2023', '2024'].flatMap((period) =>
              [Sex.WOMEN, Sex.MEN, Sex.TOTAL].map((sex) => ({
                municipalityId,
                indicatorId: indicator.id,
                period,
                periodType: PeriodType.YEAR,
                periodStart: periodStart(toPeriod(period)),
                sex,
                value: 3,
              })),
            ),
          );
        }
      }
    }

    const after = await server.gql(STRATEGY_TREE_QUERY, { code: '0138' });
    expect(after.errors).toBeUndefined();
    const goals = after.data.municipality.steeringDocuments[0].focusAreas.flatMap((area: { goals: unknown[] }) => area.goals);
    expect(goals.length).toBeGreaterThanOrEqual(10 * before.data.municipality.steeringDocuments[0].focusAreas.length);
    expect(statementCount(after)).toBe(statementCount(before));

    const deepAfter = await server.gql(DEEPEST_QUERY, { code: '0138' });
    expect(deepAfter.errors).toBeUndefined();
    expect(figures(deepAfter).length).toBeGreaterThanOrEqual(10 * figures(deepBefore).length);
    expect(figures(deepAfter).filter((i: any) => i.targets.length === 2 && i.men.length === 2)).toHaveLength(120);
    expect(statementCount(deepAfter)).toBe(statementCount(deepBefore));

    // Every caller sees the ten new goals of each area of the public document (and anonymous callers the published indicators).
    const areas = before.data.municipality.steeringDocuments[0].focusAreas.length as number;
    for (const caller of callers) expect([caller.name, await goalsSeen(caller)]).toEqual([caller.name, (goalsBefore[caller.name] as number) + 10 * areas]);
    expect(await countsByCaller(callers, STRATEGY_TREE_QUERY, { code: '0138' })).toEqual(treeCountsBefore);
    expect(await countsByCaller(callers, DEEPEST_QUERY, { code: '0138' })).toEqual(deepCountsBefore);
  });

  it('answers an unknown municipality with null and a malformed query with a client error', async () => {
    expect((await server.gql('{ municipality(code: "9999") { name } }')).data.municipality).toBeNull();
    const bad = await server.gql('{ municipality { name } }');
    expect(bad.status).toBe(400);
    expect(bad.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});

describe('errors outside development', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ env: 'production', seedDemo: false });
  });
  afterAll(() => server.stop());

  it('hides internals: no stack trace, no SQL, a stable code', async () => {
    // Break the database under the running server so that a resolver fails unexpectedly.
    await server.dataSource.query('ALTER TABLE municipality RENAME TO municipality_gone');
    // Anonymous: a session lookup would fail on the broken table before GraphQL runs.
    const { data, errors, headers } = await server.anonymous('{ municipality(code: "0138") { name } }');
    expect(data.municipality).toBeNull();
    // The request id (also the X-Request-Id header) lets a report be matched with the log.
    expect(errors).toEqual([
      { message: 'Internal server error.', locations: expect.any(Array), path: ['municipality'], extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: headers.get('x-request-id') } },
    ]);
    expect(JSON.stringify(errors)).not.toMatch(/municipality_gone|SELECT|stack/i);
    expect(headers.get('x-sql-statements')).toBeNull();
    await server.dataSource.query('ALTER TABLE municipality_gone RENAME TO municipality');
  });

  it('does not seed when told not to', async () => {
    const { data } = await server.gql('{ municipalities { totalCount } }');
    expect(data.municipalities.totalCount).toBe(0);
  });
});
