import { normalisePeriod } from '@inkludera/shared';
import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { Payload, PayloadMutation } from '../../graphql/payload';
import { Goal } from '../goal/goal.entity';
import { OrganisationUnit } from '../organisation-unit/organisation-unit.entity';
import { SteeringDocument } from '../steering-document/steering-document.entity';
import { AssessGoalInput, OpenReportingRoundInput, ReportingRoundActionInput, ReturnUnitReportInput, UnitReportActionInput, UpdateUnitReportInput } from './dto/follow-up.input';
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

  @PayloadMutation(() => UnitReportPayload, { description: 'Submits a unit report; every goal of the unit must be assessed (EDITOR of the unit).' })
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

@Resolver(() => SteeringDocument)
export class SteeringDocumentRoundsResolver {
  @FieldResolver(() => [ReportingRound], { description: 'Its reporting rounds, newest period first (staff of the municipality).' })
  reportingRounds(@Root() document: SteeringDocument, @Ctx() ctx: Context) {
    return ctx.loaders.ReportingRoundsBySteeringDocumentIdLoader.load(document.id);
  }
}

@Resolver(() => Goal)
export class GoalAssessmentsResolver {
  @FieldResolver(() => GoalAssessment, {
    nullable: true,
    description:
      'The human assessment of the goal in a submitted or approved report of a round of this period (the latest), which overrides its computed progress status (staff of the municipality).',
  })
  async assessment(@Root() goal: Goal, @Arg('period') period: string, @Ctx() ctx: Context) {
    return (await ctx.loaders.GoalAssessmentsByGoalIdLoader.with(normalisePeriod(period)).load(goal.id))[0] ?? null;
  }
}
