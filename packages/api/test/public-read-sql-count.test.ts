import { periodStart, toPeriod } from '@inkludera/shared';
import { publicIndicator } from '../src/access/public-sql';
import { PeriodType, Sex } from '../src/graphql/enums';
import { toGlobalId } from '../src/graphql/global-id';
import { GoalIndicator } from '../src/modules/goal/goal-indicator.entity';
import { Goal, GoalLevel } from '../src/modules/goal/goal.entity';
import { Indicator, IndicatorDirection, IndicatorUnit } from '../src/modules/indicator/indicator.entity';
import { Measurement } from '../src/modules/measurement/measurement.entity';
import { Target } from '../src/modules/target/target.entity';
import { startTestServer, type TestServer } from './helpers';
import { callersOf, countsByCaller, type Caller } from './sql-count';

/**
 * The two public reads of the side-by-side benchmark (bench/side-by-side.ts, docs/PERFORMANCE.md):
 * W1, the indicator page, and W2, the strategy tree. Their SQL statement counts are bounded by the
 * query's depth: the same when the data grows tenfold, for anonymous callers as for the others, and
 * an anonymous caller (public rules, suppression) runs no more statements than a VIEWER of the
 * municipality (no public rules at all).
 */
const W1 = /* GraphQL */ `
  query W1($id: ID!) {
    node(id: $id) {
      ... on Indicator {
        id
        nameSv
        unit
        decimals
        municipality {
          code
          name
        }
        responsibleImplementationUnit {
          name
        }
        responsibleFollowUpUnit {
          name
        }
        targets {
          period
          sex
          value
        }
        series(from: "2000", to: "2024") {
          period
          sex
          value
          status
        }
      }
    }
  }
`;

const W2 = /* GraphQL */ `
  query W2($code: String!) {
    municipality(code: $code) {
      name
      steeringDocuments {
        title
        focusAreas {
          key
          goals {
            ...GoalFigures
            children {
              ...GoalFigures
            }
          }
        }
      }
    }
  }
  fragment GoalFigures on Goal {
    title
    ownerUnit {
      name
    }
    indicators {
      nameSv
      latestMeasurements {
        period
        sex
        value
        status
      }
    }
  }
`;

describe('the public reads W1 and W2: SQL statements bounded by depth, for anonymous callers too', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.stop());

  it('stay the same at ten times the data for every caller, and anonymous callers run no more than a VIEWER', async () => {
    const ds = server.dataSource;
    const callers: Caller[] = await callersOf(server);
    const municipalityId = (await ds.query(`SELECT id FROM municipality WHERE code = '0138'`))[0].id as string;
    const [shown] = (await ds.query(`SELECT i.id FROM indicator i WHERE i.municipality_id = $1 AND ${publicIndicator('i')} ORDER BY i.name_sv LIMIT 1`, [municipalityId])) as Array<{ id: string }>;
    if (!shown) throw new Error('the demo data has no public indicator in Tyresö');
    const id = toGlobalId('Indicator', shown.id);
    // Protected, so that its small values below are suppressed whatever its unit.
    await ds.query('UPDATE indicator SET sensitive = true WHERE id = $1', [shown.id]);

    const anonymousW1 = await server.anonymous(W1, { id });
    expect(anonymousW1.data.node.series.length).toBeGreaterThan(0);
    const w1Before = await countsByCaller(callers, W1, { id });
    const w2Before = await countsByCaller(callers, W2, { code: '0138' });
    expect(w1Before.anonymous).toBeLessThanOrEqual(w1Before.viewer as number);
    expect(w2Before.anonymous).toBeLessThanOrEqual(w2Before.viewer as number);

    // Ten times the data: W1's indicator gets values for ten more periods (small counts among them)
    // and targets; every focus area gets ten more goals with a sub-goal, each with a published indicator with values.
    const unitId = (await ds.query('SELECT id FROM organisation_unit WHERE municipality_id = $1 ORDER BY id LIMIT 1', [municipalityId]))[0].id as string;
    // The new goals' owner is one that committee goals already have: a unit first asked for at the
    // sub-goal level would be loaded a level earlier (DataLoader caches keys), one statement fewer.
    const ownerUnitId = (
      await ds.query(`SELECT owner_unit_id FROM goal WHERE municipality_id = $1 AND level = 'COMMITTEE_GOAL' AND owner_unit_id IS NOT NULL ORDER BY id LIMIT 1`, [municipalityId])
    )[0].owner_unit_id as string;
    const periods = Array.from({ length: 10 }, (_, k) => String(2000 + k));
    await ds.query(`DELETE FROM measurement WHERE indicator_id = $1 AND period = ANY($2::text[])`, [shown.id, periods]);
    await ds.getRepository(Measurement).insert(
      periods.flatMap((period, k) =>
        [Sex.WOMEN, Sex.MEN, Sex.TOTAL].map((sex) => ({
          municipalityId,
          indicatorId: shown.id,
          period,
          periodType: PeriodType.YEAR,
          periodStart: periodStart(toPeriod(period)),
          sex,
          value: sex === Sex.TOTAL ? 20 + k : sex === Sex.WOMEN ? 2 + k : 18,
        })),
      ),
    );
    const areas: Array<{ id: string; steering_document_id: string; key: string }> = await ds.query(
      `SELECT a.id, a.steering_document_id, a.key FROM focus_area a WHERE a.municipality_id = $1 AND a.archived_at IS NULL`,
      [municipalityId],
    );
    for (const area of areas) {
      for (let g = 0; g < 10; g += 1) {
        const goal = await ds.getRepository(Goal).save({
          municipalityId,
          steeringDocumentId: area.steering_document_id,
          focusAreaId: area.id,
          parentId: null,
          ownerUnitId,
          level: GoalLevel.COMMITTEE_GOAL,
          title: `Tiofaldigt ${area.key} ${g}`,
          description: null,
        });
        const sub = await ds.getRepository(Goal).save({ ...goal, id: undefined, parentId: goal.id, level: GoalLevel.SUB_GOAL, title: `Delmål ${g}` });
        for (const owner of [goal, sub]) {
          const indicator = await ds.getRepository(Indicator).save({
            municipalityId,
            responsibleImplementationUnitId: unitId,
            responsibleFollowUpUnitId: unitId,
            nameSv: `Indikator ${owner.title}`,
            nameEn: null,
            definition: null,
            unit: IndicatorUnit.COUNT,
            decimals: 0,
            direction: IndicatorDirection.INCREASE,
            periodicity: PeriodType.YEAR,
            dividedBySex: true,
            source: null,
            published: g % 2 === 0,
          });
          await ds.getRepository(GoalIndicator).insert({ goalId: owner.id, indicatorId: indicator.id });
          await ds.getRepository(Target).insert([Sex.WOMEN, Sex.MEN].map((sex) => ({ municipalityId, indicatorId: indicator.id, period: '2027', periodStart: '2027-01-01', sex, value: 5 })));
          await ds.getRepository(Measurement).insert(
            [Sex.WOMEN, Sex.MEN, Sex.TOTAL].map((sex) => ({
              municipalityId,
              indicatorId: indicator.id,
              period: '2024',
              periodType: PeriodType.YEAR,
              periodStart: periodStart(toPeriod('2024')),
              sex,
              value: sex === Sex.WOMEN ? 3 : 30,
            })),
          );
        }
      }
    }

    // The data grew (anonymous callers see the new public rows, with small counts suppressed) …
    const anonymousW1After = await server.anonymous(W1, { id });
    expect(anonymousW1After.data.node.series.length).toBeGreaterThanOrEqual(anonymousW1.data.node.series.length + 20);
    if (process.env.PERF_DEBUG) console.log(JSON.stringify(anonymousW1After.data.node));
    expect(anonymousW1After.data.node.series.filter((m: { status: string }) => m.status === 'SUPPRESSED').length).toBeGreaterThan(0);
    const goalsSeen = (result: { data: any }) =>
      result.data.municipality.steeringDocuments.flatMap((d: any) => d.focusAreas.flatMap((a: any) => a.goals.flatMap((g: any) => [g, ...g.children]))) as Array<{
        indicators: Array<{ latestMeasurements: Array<{ status: string }> }>;
      }>;
    const anonymousW2After = await server.anonymous(W2, { code: '0138' });
    expect(goalsSeen(anonymousW2After).length).toBeGreaterThanOrEqual(20 * areas.length);
    expect(
      goalsSeen(anonymousW2After)
        .flatMap((g) => g.indicators.flatMap((i) => i.latestMeasurements))
        .filter((m) => m.status === 'SUPPRESSED').length,
    ).toBeGreaterThan(0);
    // … and the counts did not.
    expect(await countsByCaller(callers, W1, { id })).toEqual(w1Before);
    expect(await countsByCaller(callers, W2, { code: '0138' })).toEqual(w2Before);
  });
});
