import { formatPeriod, PERIOD_NOTATION_HELP } from '@inkludera/shared';
import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { UserInputError } from '../../graphql/errors';
import { FocusArea } from '../focus-area/focus-area.entity';
import { Goal } from '../goal/goal.entity';
import { Indicator } from '../indicator/indicator.entity';
import { SteeringDocument } from '../steering-document/steering-document.entity';
import { progressPeriod } from './progress.rules';
import { IndicatorProgress, RolledUpProgress } from './progress.types';

const PERIOD_DESCRIPTION = 'The period judged, in SDMX notation: 2025, 2025-S1, 2025-T2, 2025-Q3 or 2025-M05 (the deprecated 2025H1, 2025T2, 2025Q3, 2025-05 are still read).';

/** The period argument, normalised (BAD_USER_INPUT naming `period` when it is not a period). */
function checkedPeriod(period: string): string {
  const parsed = progressPeriod(period);
  if (!parsed) throw new UserInputError(`"${period}" is not a period. ${PERIOD_NOTATION_HELP}`, 'period');
  return formatPeriod(parsed);
}

@Resolver(() => Indicator)
export class IndicatorProgressResolver {
  @FieldResolver(() => IndicatorProgress, {
    description: 'Status against target and baseline for a period, per sex and in total, with the gender gap and gender-equal fulfilment (docs/FOLLOW-UP.md).',
  })
  progress(@Root() indicator: Indicator, @Arg('period', { description: PERIOD_DESCRIPTION }) period: string, @Ctx() ctx: Context) {
    return ctx.loaders.IndicatorProgressByIndicatorLoader.with(checkedPeriod(period)).load(indicator);
  }
}

@Resolver(() => Goal)
export class GoalProgressResolver {
  @FieldResolver(() => RolledUpProgress, { description: 'Status rolled up from its indicators and active sub-goals (rule in the answer).' })
  progress(@Root() goal: Goal, @Arg('period', { description: PERIOD_DESCRIPTION }) period: string, @Ctx() ctx: Context) {
    return ctx.loaders.GoalProgressByGoalLoader.with(checkedPeriod(period)).load(goal);
  }
}

@Resolver(() => FocusArea)
export class FocusAreaProgressResolver {
  @FieldResolver(() => RolledUpProgress, { description: 'Status rolled up from its committee goals (rule in the answer).' })
  progress(@Root() area: FocusArea, @Arg('period', { description: PERIOD_DESCRIPTION }) period: string, @Ctx() ctx: Context) {
    return ctx.loaders.FocusAreaProgressByFocusAreaLoader.with(checkedPeriod(period)).load(area);
  }
}

@Resolver(() => SteeringDocument)
export class SteeringDocumentProgressResolver {
  @FieldResolver(() => RolledUpProgress, { description: 'Status rolled up from its focus areas (rule in the answer).' })
  progress(@Root() document: SteeringDocument, @Arg('period', { description: PERIOD_DESCRIPTION }) period: string, @Ctx() ctx: Context) {
    return ctx.loaders.SteeringDocumentProgressBySteeringDocumentLoader.with(checkedPeriod(period)).load(document);
  }
}
