import { normalisePeriod, toPeriod } from '@inkludera/shared';
import { In, IsNull, type DataSource } from 'typeorm';
import { PeriodType } from '../../graphql/enums';
import { expectGlobalId } from '../../graphql/global-id';
import { DomainError, userError } from '../../graphql/user-error';
import { BaseService } from '../../services/base.service';
import { Goal } from '../goal/goal.entity';
import { OrganisationUnit } from '../organisation-unit/organisation-unit.entity';
import { SteeringDocument } from '../steering-document/steering-document.entity';
import type {
  AssessGoalInput,
  OpenReportingRoundInput,
  ReportingRoundActionInput,
  ReturnUnitReportInput,
  UnitReportActionInput,
  UpdateUnitReportInput,
} from './dto/follow-up.input';
import { GoalAssessment, GoalAssessmentValue, ReportingRound, ReportingRoundStatus, UnitReport, UnitReportStatus } from './follow-up.entity';

const LOCKED_MESSAGE = 'The report is approved and locked; a correction needs a new round.';

/**
 * Reporting rounds (issue 13): an administrator opens a round for a document and a period with the
 * units that report; each unit assesses its goals and writes its analyses, submits; an administrator
 * returns (with a comment) or approves each report, then approves the round, which locks it.
 * Who may do what is access/policy.ts; this service keeps the life cycle's rules.
 */
export class FollowUpService extends BaseService<ReportingRound> {
  constructor(dataSource: DataSource) {
    super(dataSource, ReportingRound);
  }

  private get reports() {
    return this.manager.getRepository(UnitReport);
  }

  private get assessments() {
    return this.manager.getRepository(GoalAssessment);
  }

  // ---------------------------------------------------------------- reads (loaders filter what the caller sees)

  findRoundsByDocumentIds(ids: readonly string[]): Promise<ReportingRound[]> {
    return this.repository.find({ where: { steeringDocumentId: In([...ids]), archivedAt: IsNull() }, order: { period: 'DESC' } });
  }

  findReportsByRoundIds(ids: readonly string[]): Promise<UnitReport[]> {
    return this.reports.find({ where: { roundId: In([...ids]) }, order: { createdAt: 'ASC' } });
  }

  findReportsByIds(ids: readonly string[]): Promise<UnitReport[]> {
    return this.reports.findBy({ id: In([...ids]) });
  }

  findAssessmentsByReportIds(ids: readonly string[]): Promise<GoalAssessment[]> {
    return this.assessments.find({ where: { unitReportId: In([...ids]) }, order: { createdAt: 'ASC' } });
  }

  findAssessmentsByIds(ids: readonly string[]): Promise<GoalAssessment[]> {
    return this.assessments.findBy({ id: In([...ids]) });
  }

  /** The assessments of each goal in submitted or approved reports of rounds of one period (newest first); one statement. */
  findAssessmentsByGoalIds(goalIds: readonly string[], period: string): Promise<GoalAssessment[]> {
    return this.assessments
      .createQueryBuilder('a')
      .innerJoin(UnitReport, 'r', 'r.id = a.unit_report_id')
      .innerJoin(ReportingRound, 'rr', 'rr.id = r.round_id AND rr.archived_at IS NULL')
      .where('a.goal_id = ANY(:ids)', { ids: [...goalIds] })
      .andWhere('rr.period = :period', { period })
      .andWhere('r.status IN (:...statuses)', { statuses: [UnitReportStatus.SUBMITTED, UnitReportStatus.APPROVED] })
      .orderBy('a.updated_at', 'DESC')
      .getMany();
  }

  // ---------------------------------------------------------------- life cycle

  async open(input: OpenReportingRoundInput): Promise<{ reportingRound: ReportingRound }> {
    const document = await this.requireRelated(SteeringDocument, input.steeringDocumentId, 'steeringDocumentId', null);
    const units = await this.requireAllRelated(OrganisationUnit, input.unitIds, 'unitIds', document.municipalityId);
    if (new Set(units.map((u) => u.id)).size !== units.length) throw DomainError.of('DUPLICATE', 'unitIds names a unit twice.', 'unitIds');
    // Stored in SDMX notation, as measurements are (the deprecated notation is still read).
    const period = normalisePeriod(input.period);
    const existing = await this.repository.findOneBy({ steeringDocumentId: document.id, period, archivedAt: IsNull() });
    if (existing) throw DomainError.of('DUPLICATE', `The document already has a round for ${period}.`, 'period');
    return this.transaction(async (manager) => {
      const round = await manager.getRepository(ReportingRound).save(
        manager.getRepository(ReportingRound).create({
          municipalityId: document.municipalityId,
          steeringDocumentId: document.id,
          period,
          periodType: toPeriod(period).type as PeriodType,
          deadline: input.deadline,
          status: ReportingRoundStatus.OPEN,
          approvedAt: null,
        }),
      );
      await manager
        .getRepository(UnitReport)
        .insert(units.map((unit) => ({ municipalityId: document.municipalityId, roundId: round.id, organisationUnitId: unit.id, status: UnitReportStatus.DRAFT })));
      return { reportingRound: round };
    });
  }

  /** The report and its round; refuses (LOCKED) when either is approved. */
  private async editable(globalId: string, field: string, statuses: readonly UnitReportStatus[]): Promise<{ report: UnitReport; round: ReportingRound }> {
    const report = await this.requireReport(globalId, field);
    const round = (await this.repository.findOneBy({ id: report.roundId })) as ReportingRound;
    if (round.status === ReportingRoundStatus.APPROVED || report.status === UnitReportStatus.APPROVED) throw DomainError.of('LOCKED', LOCKED_MESSAGE, field);
    if (!statuses.includes(report.status)) {
      throw DomainError.of('INVALID', `The report is ${report.status}; this needs it to be ${statuses.join(' or ')}.`, field);
    }
    return { report, round };
  }

  private async requireReport(globalId: string, field: string): Promise<UnitReport> {
    const id = expectGlobalId(globalId, 'UnitReport', field);
    const report = await this.reports.findOneBy({ id });
    if (!report) throw DomainError.of('NOT_FOUND', `No UnitReport has the id ${globalId}.`, field);
    return report;
  }

  private async saveReport(report: UnitReport, version: number, patch: Partial<UnitReport>): Promise<UnitReport> {
    const result = await this.reports
      .createQueryBuilder()
      .update()
      .set(patch as never)
      .where('id = :id AND version = :version', { id: report.id, version })
      .execute();
    if (!result.affected) throw DomainError.of('CONFLICT', `The report was changed by someone else (you read version ${version}). Reload it and try again.`, 'version');
    return (await this.reports.findOneBy({ id: report.id })) as UnitReport;
  }

  async updateReport(input: UpdateUnitReportInput): Promise<{ unitReport: UnitReport }> {
    const { report } = await this.editable(input.id, 'id', [UnitReportStatus.DRAFT, UnitReportStatus.RETURNED]);
    const patch: Partial<UnitReport> = {};
    for (const key of ['analysis', 'genderAnalysis', 'activitiesWithPartners'] as const) if (input[key] !== undefined) patch[key] = input[key] ?? null;
    return { unitReport: await this.saveReport(report, input.version, patch) };
  }

  async assessGoal(input: AssessGoalInput): Promise<{ goalAssessment: GoalAssessment }> {
    const { report, round } = await this.editable(input.unitReportId, 'unitReportId', [UnitReportStatus.DRAFT, UnitReportStatus.RETURNED]);
    const goal = await this.requireRelated(Goal, input.goalId, 'goalId', report.municipalityId);
    if (goal.steeringDocumentId !== round.steeringDocumentId)
      throw DomainError.of('WRONG_DOCUMENT', 'goalId: the goal belongs to another steering document than the round.', 'goalId');
    if (goal.ownerUnitId !== report.organisationUnitId) throw DomainError.of('FORBIDDEN', 'goalId: a unit assesses only its own goals.', 'goalId');
    if (input.assessment === GoalAssessmentValue.PARTLY && round.periodType === PeriodType.YEAR) {
      throw DomainError.of('INVALID_VALUE', 'assessment: PARTLY (delvis uppfyllt) is not allowed at year end; the goal is achieved or not.', 'assessment');
    }
    const comment = input.comment.trim();
    const repository = this.assessments;
    const current = await repository.findOneBy({ unitReportId: report.id, goalId: goal.id });
    if (current) {
      await repository.update({ id: current.id }, { assessment: input.assessment, comment, version: current.version + 1 });
      return { goalAssessment: (await repository.findOneBy({ id: current.id })) as GoalAssessment };
    }
    const saved = await repository.save(
      repository.create({ municipalityId: report.municipalityId, unitReportId: report.id, goalId: goal.id, assessment: input.assessment, comment }),
    );
    return { goalAssessment: saved };
  }

  async submit(input: UnitReportActionInput): Promise<{ unitReport: UnitReport }> {
    const { report, round } = await this.editable(input.id, 'id', [UnitReportStatus.DRAFT, UnitReportStatus.RETURNED]);
    // Complete: every active goal of the unit in the round's document is assessed.
    const goals = await this.manager.getRepository(Goal).findBy({ steeringDocumentId: round.steeringDocumentId, ownerUnitId: report.organisationUnitId, archivedAt: IsNull() });
    const assessed = new Set((await this.assessments.findBy({ unitReportId: report.id })).map((a) => a.goalId));
    const missing = goals.filter((g) => !assessed.has(g.id));
    if (missing.length) {
      throw new DomainError(
        userError('REQUIRED', `Every goal of the unit needs an assessment before submitting; missing: ${missing.map((g) => g.title).join('; ')}.`, 'assessments'),
      );
    }
    return { unitReport: await this.saveReport(report, input.version, { status: UnitReportStatus.SUBMITTED, submittedAt: new Date() }) };
  }

  async returnReport(input: ReturnUnitReportInput): Promise<{ unitReport: UnitReport }> {
    const { report } = await this.editable(input.id, 'id', [UnitReportStatus.SUBMITTED]);
    return { unitReport: await this.saveReport(report, input.version, { status: UnitReportStatus.RETURNED, returnComment: input.comment.trim() }) };
  }

  async approveReport(input: UnitReportActionInput): Promise<{ unitReport: UnitReport }> {
    const { report } = await this.editable(input.id, 'id', [UnitReportStatus.SUBMITTED]);
    return { unitReport: await this.saveReport(report, input.version, { status: UnitReportStatus.APPROVED, approvedAt: new Date() }) };
  }

  /** Approves the round when every unit report is approved; an approved round is locked and stays readable. */
  async approveRound(input: ReportingRoundActionInput): Promise<{ reportingRound: ReportingRound }> {
    const round = await this.getByGlobalId(input.id, 'id');
    if (round.status === ReportingRoundStatus.APPROVED) throw DomainError.of('LOCKED', 'The round is already approved and locked.', 'id');
    const pending = (await this.reports.findBy({ roundId: round.id })).filter((r) => r.status !== UnitReportStatus.APPROVED);
    if (pending.length) throw DomainError.of('INVALID', `${pending.length} unit report(s) are not approved yet.`, 'id');
    return { reportingRound: await this.updateVersioned(round.id, input.version, { status: ReportingRoundStatus.APPROVED, approvedAt: new Date() }) };
  }
}
