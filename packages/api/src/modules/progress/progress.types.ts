import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Sex } from '../../graphql/enums';
import { GoalAssessmentValue } from '../follow-up/follow-up.entity';
import { GapTrendCode, GenderEqualCode, ProgressReasonCode, ProgressStatusCode, RollUpRuleCode } from './progress.rules';

/** GraphQL types of progress (issue 13): plain objects computed per request, not rows, so no visibility rule applies to them. */

registerEnumType(ProgressStatusCode, {
  name: 'ProgressStatus',
  description: 'Status against target and baseline in the desired direction (docs/FOLLOW-UP.md).',
  valuesConfig: {
    TARGET_MET: { description: 'Målet nått / target met.' },
    ON_TRACK: { description: 'I fas / on track: at least the share of the way that time asks for.' },
    TOO_SLOW: { description: 'För långsamt / too slow: the right way, but behind the straight line (or the target period has ended).' },
    MOVING_AWAY: { description: 'Rör sig bort / moving away from the target.' },
    NO_DATA: { description: 'Underlag saknas / no data: no value, no target, or no baseline to judge an unmet target.' },
  },
});
registerEnumType(ProgressReasonCode, { name: 'ProgressReason', description: 'Why a status is what it is, where the figures alone do not say it.' });
registerEnumType(GapTrendCode, { name: 'GapTrend', description: 'Whether the gap between women and men narrows since the first period with both values.' });
registerEnumType(GenderEqualCode, {
  name: 'GenderEqualFulfilment',
  description: 'Jämställd måluppfyllelse: MET only when the target is met for women and for men.',
});
export enum ProgressSourceCode {
  COMPUTED = 'COMPUTED',
  ASSESSED = 'ASSESSED',
}
registerEnumType(ProgressSourceCode, { name: 'ProgressSource', description: 'Whether a status is computed from data or set by a human assessment.' });
registerEnumType(RollUpRuleCode, { name: 'RollUpRule', description: 'How a roll-up status is derived from its parts.' });

@ObjectType({ description: 'Progress of one sex (or the total) of an indicator for a period.' })
export class SexProgress {
  @Field(() => Sex)
  sex: Sex;

  @Field(() => ProgressStatusCode)
  status: ProgressStatusCode;

  @Field(() => ProgressReasonCode, { nullable: true })
  reason: ProgressReasonCode | null;

  @Field(() => Float, { nullable: true, description: 'The value judged: the latest usable one whose period ends by the end of the period asked.' })
  value: number | null;

  @Field(() => String, { nullable: true, description: 'The period of that value.' })
  valuePeriod: string | null;

  @Field({ description: 'Whether the value judged is preliminary (only staff of the municipality use preliminary values).' })
  preliminary: boolean;

  @Field(() => Float, { nullable: true })
  baseline: number | null;

  @Field(() => String, { nullable: true })
  baselinePeriod: string | null;

  @Field(() => Float, { nullable: true })
  target: number | null;

  @Field(() => String, { nullable: true })
  targetPeriod: string | null;

  @Field(() => Float, { nullable: true, description: 'Share of the way from baseline to target that a straight line in time asks for by now (0–1).' })
  expectedShare: number | null;

  @Field(() => Float, { nullable: true, description: 'Share of the way from baseline to target covered by now.' })
  actualShare: number | null;
}

@ObjectType({ description: 'The gap between women and men at the latest period with both values.' })
export class GenderGap {
  @Field(() => String, { nullable: true })
  period: string | null;

  @Field(() => Float, { nullable: true })
  women: number | null;

  @Field(() => Float, { nullable: true })
  men: number | null;

  @Field(() => Float, { nullable: true, description: 'Women − men.' })
  difference: number | null;

  @Field(() => Float, { nullable: true, description: 'Women ÷ men (null when men is 0).' })
  ratio: number | null;

  @Field(() => String, { nullable: true, description: 'The first period of the series with both values.' })
  firstPeriod: string | null;

  @Field(() => Float, { nullable: true, description: 'Women − men in that first period.' })
  firstDifference: number | null;

  @Field(() => GapTrendCode)
  trend: GapTrendCode;
}

@ObjectType({ description: 'Progress of an indicator for a period: per sex, the total, the gender gap and gender-equal fulfilment.' })
export class IndicatorProgress {
  @Field()
  period: string;

  @Field(() => ProgressStatusCode, { description: "The headline status: the total's; when the total has no data, the worse of women and men." })
  status: ProgressStatusCode;

  @Field(() => SexProgress)
  total: SexProgress;

  @Field(() => SexProgress, { nullable: true, description: 'Null when the indicator is not divided by sex.' })
  women: SexProgress | null;

  @Field(() => SexProgress, { nullable: true, description: 'Null when the indicator is not divided by sex.' })
  men: SexProgress | null;

  @Field(() => GenderEqualCode)
  genderEqual: GenderEqualCode;

  @Field(() => GenderGap, { nullable: true, description: 'Null when the indicator is not divided by sex.' })
  gap: GenderGap | null;
}

@ObjectType({ description: 'How many parts have a status.' })
export class StatusCount {
  @Field(() => ProgressStatusCode)
  status: ProgressStatusCode;

  @Field(() => Int)
  count: number;
}

@ObjectType({ description: 'A status rolled up from parts: a goal from its indicators and sub-goals, a focus area from its goals, a steering document from its areas.' })
export class RolledUpProgress {
  @Field()
  period: string;

  @Field(() => ProgressStatusCode)
  status: ProgressStatusCode;

  @Field(() => RollUpRuleCode)
  rule: RollUpRuleCode;

  @Field({ description: 'The rule in Swedish, for the user.' })
  ruleTextSv: string;

  @Field({ description: 'The rule in English.' })
  ruleTextEn: string;

  @Field(() => [StatusCount], { description: 'Parts per status, NO_DATA included.' })
  counts: StatusCount[];

  @Field(() => GenderEqualCode)
  genderEqual: GenderEqualCode;

  @Field(() => ProgressStatusCode, { description: 'The status the rule computed from the parts, before any human assessment.' })
  computedStatus: ProgressStatusCode;

  @Field(() => ProgressSourceCode, {
    description: 'COMPUTED, or ASSESSED when a submitted or approved assessment of the goal for this period overrides it (goals only; staff only).',
  })
  source: ProgressSourceCode;

  @Field(() => GoalAssessmentValue, { nullable: true, description: 'The overriding assessment, if any.' })
  assessment: GoalAssessmentValue | null;

  @Field(() => String, { nullable: true, description: 'Its comment.' })
  assessmentComment: string | null;
}
