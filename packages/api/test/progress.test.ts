import { periodStart, toPeriod } from '@inkludera/shared';
import { PeriodType, Sex } from '../src/graphql/enums';
import { toGlobalId } from '../src/graphql/global-id';
import { FocusArea } from '../src/modules/focus-area/focus-area.entity';
import { GoalIndicator } from '../src/modules/goal/goal-indicator.entity';
import { Goal, GoalLevel } from '../src/modules/goal/goal.entity';
import { Indicator, IndicatorDirection, IndicatorUnit } from '../src/modules/indicator/indicator.entity';
import { Measurement, MeasurementStatus } from '../src/modules/measurement/measurement.entity';
import { Target } from '../src/modules/target/target.entity';
import { startTestServer, type TestServer } from './helpers';
import { callersOf, countsByCaller, statementCount, type Caller } from './sql-count';

/** Progress at every level of the strategy, for one period, as the overview asks for it. */
const OVERVIEW_QUERY = /* GraphQL */ `
  query Overview($code: String!, $period: String!) {
    municipality(code: $code) {
      steeringDocuments {
        title
        progress(period: $period) {
          status
          rule
          ruleTextSv
          genderEqual
          counts {
            status
            count
          }
        }
        focusAreas {
          nameSv
          progress(period: $period) {
            status
            genderEqual
          }
          goals {
            title
            progress(period: $period) {
              status
              genderEqual
            }
            indicators {
              ...Progress
            }
            children {
              title
              progress(period: $period) {
                status
                genderEqual
              }
              indicators {
                ...Progress
              }
            }
          }
        }
      }
    }
  }
  fragment Progress on Indicator {
    nameSv
    progress(period: $period) {
      status
      genderEqual
      total {
        status
        value
        target
        preliminary
      }
      women {
        status
        reason
        value
        valuePeriod
        baseline
        target
        preliminary
      }
      men {
        status
        value
      }
      gap {
        difference
        ratio
        trend
      }
    }
  }
`;

const INDICATOR_PROGRESS = /* GraphQL */ `
  query ($id: ID!, $period: String!) {
    node(id: $id) {
      ... on Indicator {
        progress(period: $period) {
          status
          genderEqual
          total {
            status
            reason
            value
            valuePeriod
            preliminary
            baseline
            target
          }
          women {
            status
            reason
            value
            valuePeriod
            preliminary
          }
          men {
            status
            reason
            value
          }
          gap {
            difference
            trend
          }
        }
      }
    }
  }
`;

interface Value {
  period: string;
  sex: Sex;
  value: number | null;
  status?: MeasurementStatus;
}

describe('progress computed from data (issue 13)', () => {
  let server: TestServer;
  let municipalityId: string;
  let unitId: string;
  let area: FocusArea;

  beforeAll(async () => {
    server = await startTestServer();
    municipalityId = (await server.dataSource.query(`SELECT id FROM municipality WHERE code = '0138'`))[0].id as string;
    unitId = (await server.dataSource.query('SELECT id FROM organisation_unit WHERE municipality_id = $1 ORDER BY name LIMIT 1', [municipalityId]))[0].id as string;
    area = (await server.dataSource.getRepository(FocusArea).findBy({ municipalityId }))[0] as FocusArea;
  });
  afterAll(() => server.stop());

  /** A published indicator (unit PERCENT unless told) with the given values and targets, under a new goal of the first area. */
  async function indicatorWith(options: {
    direction?: IndicatorDirection;
    unit?: IndicatorUnit;
    values: Value[];
    targets: Array<{ period: string; sex: Sex; value: number }>;
    baselinePeriod?: string;
    baselineValue?: number;
  }): Promise<{ indicator: Indicator; goal: Goal }> {
    const ds = server.dataSource;
    const goal = await ds.getRepository(Goal).save({
      municipalityId,
      steeringDocumentId: area.steeringDocumentId,
      focusAreaId: area.id,
      parentId: null,
      level: GoalLevel.COMMITTEE_GOAL,
      title: `Progress case ${Math.random()}`,
      description: null,
    });
    const indicator = await ds.getRepository(Indicator).save({
      municipalityId,
      responsibleImplementationUnitId: unitId,
      responsibleFollowUpUnitId: unitId,
      nameSv: `Fall ${goal.title}`,
      nameEn: null,
      definition: null,
      unit: options.unit ?? IndicatorUnit.PERCENT,
      decimals: 0,
      direction: options.direction ?? IndicatorDirection.INCREASE,
      periodicity: PeriodType.YEAR,
      dividedBySex: true,
      source: null,
      published: true,
      baselinePeriod: options.baselinePeriod ?? null,
      baselineValue: options.baselineValue ?? null,
    });
    await ds.getRepository(GoalIndicator).insert({ goalId: goal.id, indicatorId: indicator.id });
    if (options.targets.length)
      await ds
        .getRepository(Target)
        .insert(options.targets.map((t) => ({ municipalityId, indicatorId: indicator.id, period: t.period, periodStart: periodStart(toPeriod(t.period)), sex: t.sex, value: t.value })));
    if (options.values.length)
      await ds.getRepository(Measurement).insert(
        options.values.map((v) => ({
          municipalityId,
          indicatorId: indicator.id,
          period: v.period,
          periodType: PeriodType.YEAR,
          periodStart: periodStart(toPeriod(v.period)),
          sex: v.sex,
          value: v.value,
          status: v.status ?? MeasurementStatus.FINAL,
        })),
      );
    return { indicator, goal };
  }

  const v = (period: string, sex: Sex, value: number | null, status?: MeasurementStatus): Value => ({ period, sex, value, status });
  const bothTargets = (period: string, value: number) => [Sex.TOTAL, Sex.WOMEN, Sex.MEN].map((sex) => ({ period, sex, value }));

  async function progressOf(indicator: Indicator, period: string, as: 'staff' | 'anonymous' = 'staff') {
    const ask = as === 'staff' ? server.gql : server.anonymous;
    const result = await ask(INDICATOR_PROGRESS, { id: toGlobalId('Indicator', indicator.id), period });
    expect(result.errors).toBeUndefined();
    return result.data.node.progress;
  }

  it('shows the seeded Tyresö strategy with a status at every level, the rule, and gender-equal fulfilment', async () => {
    const { data, errors } = await server.gql(OVERVIEW_QUERY, { code: '0138', period: '2025' });
    expect(errors).toBeUndefined();
    const document = data.municipality.steeringDocuments[0];
    expect(document.progress.rule).toBe('WORST_OF_PARTS');
    expect(document.progress.ruleTextSv).toMatch(/Sämsta status/);
    const indicators = document.focusAreas.flatMap((a: any) => a.goals.flatMap((g: any) => [...g.indicators, ...g.children.flatMap((c: any) => c.indicators)]));
    const work = indicators.find((i: any) => i.nameSv.startsWith('Andel nyanlända i arbete'));
    // Targets 2027: women 50, men 58; the seeded series runs 2020–2025 for both sexes.
    expect(work.progress.women).toMatchObject({ valuePeriod: '2025', target: 50 });
    expect(work.progress.women.status).not.toBe('NO_DATA');
    expect(work.progress.men.status).not.toBe('NO_DATA');
    expect(work.progress.gap.difference).toBeCloseTo(work.progress.women.value - work.progress.men.value, 6);
    expect(['MET', 'NOT_MET']).toContain(work.progress.genderEqual);
    // The document's status is the worst of its areas'; each area's the worst of its goals'.
    const severity = ['MOVING_AWAY', 'TOO_SLOW', 'ON_TRACK', 'TARGET_MET'];
    const worst = (statuses: string[]) => severity.find((s) => statuses.includes(s)) ?? 'NO_DATA';
    for (const a of document.focusAreas) expect(a.progress.status).toBe(worst(a.goals.map((g: any) => g.progress.status)));
    expect(document.progress.status).toBe(worst(document.focusAreas.map((a: any) => a.progress.status)));
    const counted = document.progress.counts.reduce((sum: number, c: { count: number }) => sum + c.count, 0);
    expect(counted).toBe(document.focusAreas.length);
  });

  it.each([
    // [name, direction, values (2020, 2025), target 2030, expected status]
    ['increase, met', IndicatorDirection.INCREASE, [40, 61], 60, 'TARGET_MET'],
    ['increase, on track', IndicatorDirection.INCREASE, [40, 52], 60, 'ON_TRACK'],
    ['increase, too slow', IndicatorDirection.INCREASE, [40, 45], 60, 'TOO_SLOW'],
    ['increase, moving away', IndicatorDirection.INCREASE, [40, 35], 60, 'MOVING_AWAY'],
    ['decrease is better, on track', IndicatorDirection.DECREASE, [20, 14], 10, 'ON_TRACK'],
    ['decrease is better, moving away', IndicatorDirection.DECREASE, [20, 22], 10, 'MOVING_AWAY'],
    ['target equals baseline, below it now', IndicatorDirection.INCREASE, [60, 55], 60, 'MOVING_AWAY'],
    ['KEEP within 5 %', IndicatorDirection.KEEP, [80, 77], 80, 'TARGET_MET'],
    ['KEEP drifting off', IndicatorDirection.KEEP, [80, 70], 80, 'MOVING_AWAY'],
  ])('a table of cases against PostgreSQL: %s', async (_name, direction, [first, last], targetValue, status) => {
    const { indicator } = await indicatorWith({
      direction,
      values: [Sex.TOTAL, Sex.WOMEN, Sex.MEN].flatMap((sex) => [v('2020', sex, first as number), v('2025', sex, last as number)]),
      targets: bothTargets('2030', targetValue),
    });
    const progress = await progressOf(indicator, '2025');
    expect([progress.status, progress.total.status, progress.women.status, progress.men.status]).toEqual([status, status, status, status]);
    expect(progress.genderEqual).toBe(status === 'TARGET_MET' ? 'MET' : 'NOT_MET');
  });

  it('no baseline: an unmet target is NO_DATA with NO_BASELINE; no target: NO_TARGET', async () => {
    const { indicator } = await indicatorWith({ values: [v('2025', Sex.TOTAL, 50)], targets: [{ period: '2030', sex: Sex.TOTAL, value: 60 }] });
    const progress = await progressOf(indicator, '2025');
    expect(progress.total).toMatchObject({ status: 'NO_DATA', reason: 'NO_BASELINE', value: 50 });
    const { indicator: untargeted } = await indicatorWith({ values: [v('2020', Sex.TOTAL, 40), v('2025', Sex.TOTAL, 50)], targets: [] });
    expect((await progressOf(untargeted, '2025')).total).toMatchObject({ status: 'NO_DATA', reason: 'NO_TARGET' });
  });

  it('missing sex: women without values have NO_DATA and gender-equal fulfilment is UNKNOWN', async () => {
    const { indicator } = await indicatorWith({
      values: [Sex.TOTAL, Sex.MEN].flatMap((sex) => [v('2020', sex, 40), v('2025', sex, 61)]),
      targets: bothTargets('2030', 60),
    });
    const progress = await progressOf(indicator, '2025');
    expect(progress.women).toMatchObject({ status: 'NO_DATA', reason: 'NO_VALUE' });
    expect(progress.men.status).toBe('TARGET_MET');
    expect(progress.genderEqual).toBe('UNKNOWN');
    expect(progress.gap.trend).toBe('UNKNOWN');
  });

  it('a preliminary value counts for staff (flagged) and not for anonymous callers, who see final values only', async () => {
    const { indicator } = await indicatorWith({
      values: [
        ...[Sex.TOTAL, Sex.WOMEN, Sex.MEN].map((sex) => v('2020', sex, 40)),
        ...[Sex.TOTAL, Sex.WOMEN, Sex.MEN].map((sex) => v('2024', sex, 42)),
        ...[Sex.TOTAL, Sex.WOMEN, Sex.MEN].map((sex) => v('2025', sex, 65, MeasurementStatus.PRELIMINARY)),
      ],
      targets: bothTargets('2030', 60),
    });
    const staff = await progressOf(indicator, '2025');
    expect(staff.total).toMatchObject({ status: 'TARGET_MET', value: 65, valuePeriod: '2025', preliminary: true });
    const anonymous = await progressOf(indicator, '2025', 'anonymous');
    expect(anonymous.total).toMatchObject({ status: 'TOO_SLOW', value: 42, valuePeriod: '2024', preliminary: false });
  });

  it('a suppressed or small value is no value: staff judge the stored count, anonymous callers only what is published', async () => {
    // A COUNT indicator: women 2025 is 3, below the threshold of 5, so anonymous callers see it suppressed (and men with it, by complement).
    const { indicator } = await indicatorWith({
      unit: IndicatorUnit.COUNT,
      values: [v('2020', Sex.WOMEN, 10), v('2020', Sex.MEN, 10), v('2020', Sex.TOTAL, 20), v('2025', Sex.WOMEN, 3), v('2025', Sex.MEN, 30), v('2025', Sex.TOTAL, 33)],
      targets: bothTargets('2030', 20),
    });
    const staff = await progressOf(indicator, '2025');
    expect(staff.women).toMatchObject({ status: 'MOVING_AWAY', value: 3 });
    const anonymous = await progressOf(indicator, '2025', 'anonymous');
    expect(anonymous.women).toMatchObject({ value: 10, valuePeriod: '2020' });
    expect(anonymous.women.value).not.toBe(3);
    expect(anonymous.gap.difference).toBe(0); // from 2020, the last pair both visible

    // Stored as SUPPRESSED by staff: no value for anyone.
    const { indicator: protectedOne } = await indicatorWith({
      values: [v('2020', Sex.TOTAL, 40), v('2025', Sex.TOTAL, null, MeasurementStatus.SUPPRESSED)],
      targets: [{ period: '2030', sex: Sex.TOTAL, value: 60 }],
    });
    expect((await progressOf(protectedOne, '2025')).total).toMatchObject({ value: 40, valuePeriod: '2020' });
  });

  it('refuses a malformed period, naming the argument', async () => {
    const { indicator } = await indicatorWith({ values: [], targets: [] });
    const result = await server.gql(INDICATOR_PROGRESS, { id: toGlobalId('Indicator', indicator.id), period: '2025X' });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['period'] });
  });

  it('anonymous callers get no progress of an unpublished indicator, and goal roll-ups leave it out', async () => {
    const { indicator, goal } = await indicatorWith({ values: [v('2020', Sex.TOTAL, 40), v('2025', Sex.TOTAL, 30)], targets: [{ period: '2030', sex: Sex.TOTAL, value: 60 }] });
    await server.dataSource.getRepository(Indicator).update(indicator.id, { published: false });
    const query = `query($id: ID!) { node(id: $id) { ... on Goal { progress(period: "2025") { status counts { status count } } } } }`;
    const staff = await server.gql(query, { id: toGlobalId('Goal', goal.id) });
    expect(staff.data.node.progress.status).toBe('MOVING_AWAY');
    const anonymous = await server.anonymous(query, { id: toGlobalId('Goal', goal.id) });
    expect(anonymous.errors).toBeUndefined();
    expect(anonymous.data.node.progress.status).toBe('NO_DATA');
    expect(anonymous.data.node.progress.counts.every((c: { count: number }) => c.count === 0)).toBe(true);
  });

  it('answers a goal and its sub-goal asked in one batch (nodes), without waiting for itself', async () => {
    const rows = (await server.dataSource.query(
      `SELECT c.id AS child, c.parent_id AS parent FROM goal c JOIN goal p ON p.id = c.parent_id WHERE c.municipality_id = $1 AND p.level = 'COMMITTEE_GOAL' LIMIT 1`,
      [municipalityId],
    )) as Array<{ child: string; parent: string }>;
    const pair = rows[0] as { child: string; parent: string };
    const result = await server.gql(`query($ids: [ID!]!) { nodes(ids: $ids) { ... on Goal { progress(period: "2025") { status } } } }`, {
      ids: [toGlobalId('Goal', pair.parent), toGlobalId('Goal', pair.child)],
    });
    expect(result.errors).toBeUndefined();
    expect(result.data.nodes).toHaveLength(2);
    expect(result.data.nodes.every((node: { progress: { status: string } }) => typeof node.progress.status === 'string')).toBe(true);
  }, 20000);

  it('keeps the SQL statement count of the overview with progress constant when the data grows tenfold, for every kind of caller', async () => {
    const callers: Caller[] = await callersOf(server);
    const variables = { code: '0138', period: '2025' };
    const before = await countsByCaller(callers, OVERVIEW_QUERY, variables);
    const goalsBefore = (await server.dataSource.query(`SELECT count(*)::int AS n FROM goal WHERE municipality_id = $1`, [municipalityId]))[0].n as number;

    // Grow: every area ten more goals, each with a sub-goal, each with two published indicators with values and targets.
    const ds = server.dataSource;
    const areas = await ds.getRepository(FocusArea).findBy({ municipalityId });
    for (const a of areas) {
      for (let g = 0; g < 10; g += 1) {
        const goal = await ds
          .getRepository(Goal)
          .save({ municipalityId, steeringDocumentId: a.steeringDocumentId, focusAreaId: a.id, parentId: null, level: GoalLevel.COMMITTEE_GOAL, title: `Grow ${a.key} ${g}`, description: null });
        const sub = await ds.getRepository(Goal).save({ ...goal, id: undefined, parentId: goal.id, level: GoalLevel.SUB_GOAL, title: `Grow sub ${g}` });
        for (const owner of [goal, sub]) {
          for (let k = 0; k < 2; k += 1) {
            const indicator = await ds.getRepository(Indicator).save({
              municipalityId,
              responsibleImplementationUnitId: unitId,
              responsibleFollowUpUnitId: unitId,
              nameSv: `Grow ${owner.title} ${k}`,
              nameEn: null,
              definition: null,
              unit: IndicatorUnit.COUNT,
              decimals: 0,
              direction: IndicatorDirection.INCREASE,
              periodicity: PeriodType.YEAR,
              dividedBySex: true,
              source: null,
              published: true,
            });
            await ds.getRepository(GoalIndicator).insert({ goalId: owner.id, indicatorId: indicator.id });
            await ds.getRepository(Target).insert([Sex.WOMEN, Sex.MEN].map((sex) => ({ municipalityId, indicatorId: indicator.id, period: '2027', periodStart: '2027-01-01', sex, value: 38 })));
            await ds.getRepository(Measurement).insert(
              ['2023', '2024', '2025'].flatMap((period, p) =>
                [Sex.WOMEN, Sex.MEN, Sex.TOTAL].map((sex) => ({
                  municipalityId,
                  indicatorId: indicator.id,
                  period,
                  periodType: PeriodType.YEAR,
                  periodStart: periodStart(toPeriod(period)),
                  sex,
                  value: sex === Sex.TOTAL ? 2 * (20 + 5 * p) : 20 + 5 * p,
                  status: p === 2 ? MeasurementStatus.PRELIMINARY : MeasurementStatus.FINAL,
                })),
              ),
            );
          }
        }
      }
    }
    const goalsAfter = (await ds.query(`SELECT count(*)::int AS n FROM goal WHERE municipality_id = $1`, [municipalityId]))[0].n as number;
    expect(goalsAfter).toBeGreaterThanOrEqual(goalsBefore + 20 * areas.length);

    const after = await server.gql(OVERVIEW_QUERY, variables);
    statementCount(after);
    const grown = after.data.municipality.steeringDocuments[0].focusAreas.flatMap((a: any) => a.goals).filter((g: any) => g.title.startsWith('Grow'));
    expect(grown.length).toBeGreaterThanOrEqual(10 * areas.length);
    // Staff see the preliminary 2025 value (30: 10 of the 18 from 20 to 38 by 2027, 0.56 of the way, at 0.50 of the time); the roll-up reaches the new goals.
    expect(grown[0].indicators[0].progress.women).toMatchObject({ value: 30, preliminary: true, status: 'ON_TRACK' });
    expect(grown[0].progress.status).toBe('ON_TRACK');
    expect(await countsByCaller(callers, OVERVIEW_QUERY, variables)).toEqual(before);
  });
});
