import { normalisePeriod } from '@inkludera/shared';
import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { Payload, PayloadMutation } from '../../graphql/payload';
import { Goal } from '../goal/goal.entity';
import { OrganisationUnit } from '../organisation-unit/organisation-unit.entity';
import { SteeringDocument } from '../steering-document/steering-document.entity';
import { Indicator } from '../indicator/indicator.entity';
import {
  AssessGoalInput,
  ExplainMissingValueInput,
  OpenReportingRoundInput,
  ReportingRoundActionInput,
  ReturnUnitReportInput,
  ReviseReportingRoundInput,
  UnitReportActionInput,
  UpdateUnitReportInput,
} from './dto/follow-up.input';
import { MissingValue } from './follow-up.types';
import { GoalAssessment, ReportingRound, UnitReport, UnitReportStatus } from './follow-up.entity';

const ReportingRoundPayload = Payload(ReportingRound, 'reportingRound');
const UnitReportPayload = Payload(UnitReport, 'unitReport');
const GoalAssessmentPayload = Payload(GoalAssessment, 'goalAssessment');

const today = () => new Date().toISOString().slice(0, 10);

@Resolver(() => ReportingRound)
export class ReportingRoundResolver {
  @PayloadMutation(() => ReportingRoundPayload, { description: 'Opens a reporting round for a steering document and a period, with a deadline and the units that report (ADMIN).' })
  openReportingRound(@Arg('input') input: OpenReportingRoundInput, @Ctx() ctx: Context) {
    return ctx.services.followUp.open(input);
  }

  @PayloadMutation(() => ReportingRoundPayload, { description: 'Approves the round once every unit report is approved; it is then locked (ADMIN).' })
  approveReportingRound(@Arg('input') input: ReportingRoundActionInput, @Ctx() ctx: Context) {
    return ctx.services.followUp.approveRound(input);
  }

  @PayloadMutation(() => ReportingRoundPayload, {
    description:
      'Opens a correction of an approved round as its next revision (n + 1), with the reports copied as drafts; the approved revision stays readable and locked (ADMIN).',
  })
  reviseReportingRound(@Arg('input') input: ReviseReportingRoundInput, @Ctx() ctx: Context) {
    return ctx.services.followUp.revise(input);
  }

  @FieldResolver(() => ReportingRound, { nullable: true, description: 'The approved revision this one corrects (null for revision 1).' })
  previousRevision(@Root() round: ReportingRound, @Ctx() ctx: Context) {
    return round.previousRevisionId ? ctx.loaders.ReportingRoundByIdLoader.load(round.previousRevisionId) : null;
  }

  @FieldResolver(() => ReportingRound, { nullable: true, description: 'The revision that corrects this one, if any.' })
  async nextRevision(@Root() round: ReportingRound, @Ctx() ctx: Context) {
    return (await ctx.loaders.ReportingRoundsByPreviousRevisionIdLoader.load(round.id))[0] ?? null;
  }

  @FieldResolver(() => [ReportingRound], { description: 'Every revision of this round’s document and period that the caller may read, oldest first (this one included).' })
  revisions(@Root() round: ReportingRound, @Ctx() ctx: Context) {
    return ctx.loaders.ReportingRoundsByDocumentPeriodLoader.load(`${round.steeringDocumentId}|${round.period}`);
  }

  @FieldResolver(() => SteeringDocument)
  steeringDocument(@Root() round: ReportingRound, @Ctx() ctx: Context) {
    return ctx.loaders.SteeringDocumentByIdLoader.load(round.steeringDocumentId);
  }

  @FieldResolver(() => [UnitReport], { description: 'The report of each unit that reports.' })
  unitReports(@Root() round: ReportingRound, @Ctx() ctx: Context) {
    return ctx.loaders.UnitReportsByRoundIdLoader.load(round.id);
  }
}

@Resolver(() => UnitReport)
export class UnitReportResolver {
  @PayloadMutation(() => UnitReportPayload, { description: 'Writes the analyses of a unit report (EDITOR of the unit; not once submitted or approved).' })
  updateUnitReport(@Arg('input') input: UpdateUnitReportInput, @Ctx() ctx: Context) {
    return ctx.services.followUp.updateReport(input);
  }

  @PayloadMutation(() => UnitReportPayload, {
    description: 'Explains why a value of an indicator of the unit’s goals is missing for the round’s period; submitting needs every gap explained (EDITOR of the unit).',
  })
  explainMissingValue(@Arg('input') input: ExplainMissingValueInput, @Ctx() ctx: Context) {
    return ctx.services.followUp.explainMissingValue(input);
  }

  @PayloadMutation(() => UnitReportPayload, {
    description:
      'Submits a unit report; every goal of the unit must be assessed (REQUIRED at assessments) and every missing value explained (MISSING_VALUES at missingValues) (EDITOR of the unit).',
  })
  submitUnitReport(@Arg('input') input: UnitReportActionInput, @Ctx() ctx: Context) {
    return ctx.services.followUp.submit(input);
  }

  @PayloadMutation(() => UnitReportPayload, { description: 'Returns a submitted report to its unit with a comment (ADMIN).' })
  returnUnitReport(@Arg('input') input: ReturnUnitReportInput, @Ctx() ctx: Context) {
    return ctx.services.followUp.returnReport(input);
  }

  @PayloadMutation(() => UnitReportPayload, { description: 'Approves a submitted report; it is then locked (ADMIN).' })
  approveUnitReport(@Arg('input') input: UnitReportActionInput, @Ctx() ctx: Context) {
    return ctx.services.followUp.approveReport(input);
  }

  @FieldResolver(() => ReportingRound)
  round(@Root() report: UnitReport, @Ctx() ctx: Context) {
    return ctx.loaders.ReportingRoundByIdLoader.load(report.roundId);
  }

  @FieldResolver(() => OrganisationUnit)
  organisationUnit(@Root() report: UnitReport, @Ctx() ctx: Context) {
    return ctx.loaders.OrganisationUnitByIdLoader.load(report.organisationUnitId);
  }

  @FieldResolver(() => [GoalAssessment])
  assessments(@Root() report: UnitReport, @Ctx() ctx: Context) {
    return ctx.loaders.GoalAssessmentsByUnitReportIdLoader.load(report.id);
  }

  @FieldResolver(() => [MissingValue], {
    description:
      'Values missing for the round’s period in the indicators of the unit’s goals (women, men, total), each with the unit’s explanation if given (staff of the municipality).',
  })
  async missingValues(@Root() report: UnitReport, @Ctx() ctx: Context): Promise<MissingValue[]> {
    const rows = await ctx.loaders.MissingValuesByUnitReportIdLoader.load(report.id);
    return rows.map((row) => Object.assign(new MissingValue(), { ...row, sexes: row.sexes as MissingValue['sexes'], explained: row.explanation !== null }));
  }

  @FieldResolver(() => Boolean, { description: 'Not submitted (nor approved) and the round’s deadline has passed.' })
  async late(@Root() report: UnitReport, @Ctx() ctx: Context): Promise<boolean> {
    if (report.status === UnitReportStatus.SUBMITTED || report.status === UnitReportStatus.APPROVED) return false;
    const round = await ctx.loaders.ReportingRoundByIdLoader.load(report.roundId);
    return round !== null && round.deadline < today();
  }
}

@Resolver(() => GoalAssessment)
export class GoalAssessmentResolver {
  @PayloadMutation(() => GoalAssessmentPayload, { description: 'Assesses a goal of the report’s unit, with a comment; PARTLY is refused at year end (EDITOR of the unit).' })
  assessGoal(@Arg('input') input: AssessGoalInput, @Ctx() ctx: Context) {
    return ctx.services.followUp.assessGoal(input);
  }

  @FieldResolver(() => Goal, { nullable: true })
  goal(@Root() assessment: GoalAssessment, @Ctx() ctx: Context) {
    return ctx.loaders.GoalByIdLoader.load(assessment.goalId);
  }

  @FieldResolver(() => UnitReport, { nullable: true })
  unitReport(@Root() assessment: GoalAssessment, @Ctx() ctx: Context) {
    return ctx.loaders.UnitReportByIdLoader.load(assessment.unitReportId);
  }
}

@Resolver(() => MissingValue)
export class MissingValueResolver {
  @FieldResolver(() => Indicator, { nullable: true })
  indicator(@Root() missing: MissingValue, @Ctx() ctx: Context) {
    return ctx.loaders.IndicatorByIdLoader.load(missing.indicatorId);
  }
}

@Resolver(() => SteeringDocument)
export class SteeringDocumentRoundsResolver {
  @FieldResolver(() => [ReportingRound], {
    description:
      'Its reporting rounds, newest period (and revision) first: staff see every round; anonymous callers and other municipalities the approved ones (published follow-up).',
  })
  reportingRounds(@Root() document: SteeringDocument, @Ctx() ctx: Context) {
    return ctx.loaders.ReportingRoundsBySteeringDocumentIdLoader.load(document.id);
  }
}

@Resolver(() => Goal)
export class GoalAssessmentsResolver {
  @FieldResolver(() => GoalAssessment, {
    nullable: true,
    description:
      'The human assessment of the goal in a submitted or approved report of a round of this period (the latest revision), which overrides its computed progress status; anonymous callers and other municipalities see only assessments of approved rounds.',
  })
  async assessment(@Root() goal: Goal, @Arg('period') period: string, @Ctx() ctx: Context) {
    return (await ctx.loaders.GoalAssessmentsByGoalIdLoader.with(normalisePeriod(period)).load(goal.id))[0] ?? null;
  }
}
