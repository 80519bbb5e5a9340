import DataLoader from 'dataloader';
import { periodEnd, toPeriod } from '@inkludera/shared';
import type { DataLoaders } from '../../loaders';
import { rowsOf } from '../../services/linked';
import type { GoalAssessment } from '../follow-up/follow-up.entity';
import type { FocusArea } from '../focus-area/focus-area.entity';
import type { Goal } from '../goal/goal.entity';
import type { Indicator } from '../indicator/indicator.entity';
import type { SteeringDocument } from '../steering-document/steering-document.entity';
import {
  ROLL_UP_RULE_TEXT,
  assessedStatus,
  indicatorProgress,
  rollUp,
  type IndicatorProgressResult,
  type RollUpPart,
  type RollUpResult,
  type SeriesPoint,
  type TargetPoint,
} from './progress.rules';
import { ProgressSourceCode, type RolledUpProgress } from './progress.types';

/** One loader per period, created on first use in the request. */
function perPeriod<L>(create: (period: string) => L): { with(period: string): L } {
  const loaders = new Map<string, L>();
  return {
    with(period: string): L {
      let loader = loaders.get(period);
      if (!loader) {
        loader = create(period);
        loaders.set(period, loader);
      }
      return loader;
    },
  };
}

const byId = { cacheKeyFn: (row: { id: string }) => row.id };

function rolled(result: RollUpResult, assessment?: GoalAssessment): RolledUpProgress {
  const text = ROLL_UP_RULE_TEXT[result.rule];
  const base = { ...result, ruleTextSv: text.sv, ruleTextEn: text.en, computedStatus: result.status };
  if (!assessment) return { ...base, source: ProgressSourceCode.COMPUTED, assessment: null, assessmentComment: null };
  return {
    ...base,
    status: assessedStatus(assessment.assessment, result.status),
    source: ProgressSourceCode.ASSESSED,
    assessment: assessment.assessment,
    assessmentComment: assessment.comment,
  };
}

const part = (progress: { status: RollUpPart['status']; genderEqual: RollUpPart['genderEqual'] }): RollUpPart => ({ status: progress.status, genderEqual: progress.genderEqual });

/** Rethrows the first error a loadMany returned, so a failed batch fails the field, not silently. */
function values<T>(results: ReadonlyArray<T | Error>): T[] {
  const error = results.find((r): r is Error => r instanceof Error);
  if (error) throw error;
  return results as T[];
}

/**
 * Progress loaders of one request (issue 13). They compute from the request's other loaders (series,
 * targets, indicators of goals, sub-goals, goals of areas, areas of documents), which hand out only
 * what the caller may see; each level of the tree is one batch of each, whatever the number of rows.
 * The period must already be valid notation (the resolver checks it).
 */
export function createProgressLoaders(loaders: DataLoaders) {
  const indicatorLoaders = perPeriod(
    (period) =>
      new DataLoader<Indicator, IndicatorProgressResult, string>(async (indicators) => {
        const ids = indicators.map((i) => i.id);
        const query = { fromStart: null, toEnd: periodEnd(toPeriod(period)), sex: null, organisationUnitId: null };
        const [series, targets] = await Promise.all([
          loaders.MeasurementSeriesByIndicatorIdLoader.with(query).loadMany(ids),
          loaders.TargetsByIndicatorIdLoader.loadMany(ids.map((indicatorId) => ({ indicatorId }))),
        ]);
        const seriesOf = values(series);
        const targetsOf = values(targets);
        return indicators.map((indicator, i) => indicatorProgress(indicator, (seriesOf[i] ?? []) as SeriesPoint[], (targetsOf[i] ?? []) as TargetPoint[], period));
      }, byId),
  );

  /**
   * The progress of goals, with their sub-goals computed by recursion rather than through the goal
   * loader: a batch that holds a goal and one of its sub-goals (a list of goals, `nodes`) would
   * otherwise wait for itself. The rows come from the cached data loaders, so a sub-goal computed
   * twice costs no second statement.
   */
  const computeGoals = async (period: string, goals: readonly Goal[]): Promise<RolledUpProgress[]> => {
    if (!goals.length) return [];
    const ids = goals.map((g) => g.id);
    const [indicatorPairs, children, assessments] = await Promise.all([
      loaders.IndicatorsByGoalIdLoader.loadMany(ids),
      loaders.GoalsByParentIdLoader.loadMany(ids),
      loaders.GoalAssessmentsByGoalIdLoader.with(period).loadMany(ids),
    ]);
    const assessmentOf = values(assessments);
    const indicatorsOf = values(indicatorPairs).map((pairs) => rowsOf(pairs));
    const childrenOf = values(children);
    const [indicatorResults, childProgresses] = await Promise.all([indicatorLoaders.with(period).loadMany(indicatorsOf.flat()), computeGoals(period, childrenOf.flat())]);
    const indicatorProgresses = values(indicatorResults);
    let i = 0;
    let c = 0;
    return goals.map((_goal, g) => {
      const parts: RollUpPart[] = [];
      for (let n = 0; n < (indicatorsOf[g] ?? []).length; n += 1) parts.push(part(indicatorProgresses[i++] as IndicatorProgressResult));
      for (let n = 0; n < (childrenOf[g] ?? []).length; n += 1) parts.push(part(childProgresses[c++] as RolledUpProgress));
      return rolled(rollUp(period, parts), assessmentOf[g]?.[0]);
    });
  };

  const goalLoaders = perPeriod((period) => new DataLoader<Goal, RolledUpProgress, string>((goals) => computeGoals(period, goals), byId));

  const focusAreaLoaders = perPeriod(
    (period) =>
      new DataLoader<FocusArea, RolledUpProgress, string>(async (areas) => {
        const goalsOf = values(await loaders.CommitteeGoalsByFocusAreaIdLoader.loadMany(areas.map((a) => a.id)));
        const results = values(await goalLoaders.with(period).loadMany(goalsOf.flat()));
        let n = 0;
        return goalsOf.map((goals) =>
          rolled(
            rollUp(
              period,
              goals.map(() => part(results[n++] as RolledUpProgress)),
            ),
          ),
        );
      }, byId),
  );

  const documentLoaders = perPeriod(
    (period) =>
      new DataLoader<SteeringDocument, RolledUpProgress, string>(async (documents) => {
        const areasOf = values(await loaders.FocusAreasBySteeringDocumentIdLoader.loadMany(documents.map((d) => d.id)));
        const results = values(await focusAreaLoaders.with(period).loadMany(areasOf.flat()));
        let n = 0;
        return areasOf.map((areas) =>
          rolled(
            rollUp(
              period,
              areas.map(() => part(results[n++] as RolledUpProgress)),
            ),
          ),
        );
      }, byId),
  );

  return {
    /** `.with(period).load(indicator)` */
    IndicatorProgressByIndicatorLoader: indicatorLoaders,
    /** `.with(period).load(goal)`: from its indicators and active sub-goals. */
    GoalProgressByGoalLoader: goalLoaders,
    /** `.with(period).load(area)`: from its committee goals. */
    FocusAreaProgressByFocusAreaLoader: focusAreaLoaders,
    /** `.with(period).load(document)`: from its focus areas. */
    SteeringDocumentProgressBySteeringDocumentLoader: documentLoaders,
  };
}
