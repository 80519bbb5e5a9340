import { normalisePeriod, periodEnd, toPeriod, type PeriodType as PeriodTypeCode } from '@inkludera/shared';
import { In, IsNull, type DataSource } from 'typeorm';
import { PeriodType } from '../../graphql/enums';
import { expectGlobalId } from '../../graphql/global-id';
import { DomainError, userError } from '../../graphql/user-error';
import { BaseService } from '../../services/base.service';
import { Goal } from '../goal/goal.entity';
import { OrganisationUnit } from '../organisation-unit/organisation-unit.entity';
import { SteeringDocument, SteeringDocumentStatus } from '../steering-document/steering-document.entity';
import { ReminderKind, isRevisionDue, revisionDueDateOf, type Reminder } from './reminders.rules';
import { Indicator } from '../indicator/indicator.entity';
import type {
  AssessGoalInput,
  ExplainMissingValueInput,
  ReviseReportingRoundInput,
  OpenReportingRoundInput,
  ReportingRoundActionInput,
  ReturnUnitReportInput,
  UnitReportActionInput,
  UpdateUnitReportInput,
} from './dto/follow-up.input';
import { GoalAssessment, GoalAssessmentValue, MissingValueExplanation, ReportingRound, ReportingRoundStatus, UnitReport, UnitReportStatus } from './follow-up.entity';

const LOCKED_MESSAGE = 'The report is approved and locked; a correction is a new revision of the round (reviseReportingRound).';

const PARTS_PER_YEAR: Record<PeriodTypeCode, number> = { YEAR: 1, HALF_YEAR: 2, TERTIAL: 3, QUARTER: 4, MONTH: 12 };
const SDMX_PREFIX: Record<PeriodTypeCode, string> = { YEAR: '', HALF_YEAR: 'S', TERTIAL: 'T', QUARTER: 'Q', MONTH: 'M' };

/**
 * The period of an indicator's periodicity whose value a round of `roundPeriod` asks for: the latest
 * one that ends on or before the round's period ends (a yearly indicator in the round 2025-T1: 2024;
 * a monthly one: 2025-M04; a tertial one: 2025-T1).
 */
export function periodAskedFor(roundPeriod: string, periodicity: PeriodTypeCode): string {
  const end = periodEnd(toPeriod(roundPeriod));
  const parts = PARTS_PER_YEAR[periodicity];
  for (let year = Number(end.slice(0, 4)); ; year -= 1) {
    for (let index = parts; index >= 1; index -= 1) {
      if (periodEnd({ type: periodicity, year, index }) <= end) {
        if (periodicity === 'YEAR') return String(year);
        return `${year}-${SDMX_PREFIX[periodicity]}${periodicity === 'MONTH' ? String(index).padStart(2, '0') : index}`;
      }
    }
  }
}

/** A value the unit's report lacks for the round's period, with the unit's explanation if it has given one. */
export interface MissingValueRow {
  unitReportId: string;
  indicatorId: string;
  period: string;
  sexes: Array<'TOTAL' | 'WOMEN' | 'MEN'>;
  explanation: string | null;
}

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
    return this.repository.find({ where: { steeringDocumentId: In([...ids]), archivedAt: IsNull() }, order: { period: 'DESC', revision: 'DESC' } });
  }

  /** Every revision of the rounds named by `<document id>|<period>`, oldest first; one statement. */
  findRevisionsByKeys(keys: readonly string[]): Promise<ReportingRound[]> {
    const pairs = keys.map((key) => key.split('|') as [string, string]);
    return this.repository
      .createQueryBuilder('r')
      .where('(r.steering_document_id, r.period) IN (SELECT * FROM unnest(:documents::uuid[], :periods::text[]))', {
        documents: pairs.map(([document]) => document),
        periods: pairs.map(([, period]) => period),
      })
      .andWhere('r.archived_at IS NULL')
      .orderBy('r.revision', 'ASC')
      .getMany();
  }

  /** The revision that corrects each round, if any; one statement. */
  findNextRevisions(ids: readonly string[]): Promise<ReportingRound[]> {
    return this.repository.find({ where: { previousRevisionId: In([...ids]), archivedAt: IsNull() } });
  }

  /**
   * The values each report lacks (three statements for any number of reports): for every active
   * indicator linked to an active goal of the round's document that the report's unit owns, the
   * value of the period the round asks for (periodAskedFor) at municipality level, for women, men
   * and the total (the total alone when the indicator is not divided by sex). A value counts when
   * it is FINAL, PRELIMINARY or SUPPRESSED (it exists, even if not published); MISSING or absent
   * does not. Internal: callers check that the caller sees the report's internal side.
   */
  async missingValuesByReportIds(reportIds: readonly string[]): Promise<Map<string, MissingValueRow[]>> {
    const result = new Map<string, MissingValueRow[]>(reportIds.map((id) => [id, []]));
    if (!reportIds.length) return result;
    const manager = this.manager;
    const indicators = (await manager.query(
      `SELECT DISTINCT ur.id AS report_id, rr.period AS round_period, i.id AS indicator_id, i.periodicity, i.divided_by_sex, i.name_sv
         FROM unit_report ur
         JOIN reporting_round rr ON rr.id = ur.round_id
         JOIN goal g ON g.steering_document_id = rr.steering_document_id AND g.owner_unit_id = ur.organisation_unit_id AND g.archived_at IS NULL
         JOIN goal_indicator gi ON gi.goal_id = g.id
         JOIN indicator i ON i.id = gi.indicator_id AND i.archived_at IS NULL
        WHERE ur.id = ANY($1::uuid[])
        ORDER BY i.name_sv, i.id`,
      [[...reportIds]],
    )) as Array<{ report_id: string; round_period: string; indicator_id: string; periodicity: PeriodTypeCode; divided_by_sex: boolean }>;
    if (!indicators.length) return result;
    const asked = indicators.map((row) => ({ ...row, period: periodAskedFor(row.round_period, row.periodicity) }));
    const [present, explanations] = await Promise.all([
      manager.query(
        `SELECT DISTINCT m.indicator_id, m.period, m.sex FROM measurement m
          WHERE (m.indicator_id, m.period) IN (SELECT * FROM unnest($1::uuid[], $2::text[]))
            AND m.organisation_unit_id IS NULL AND m.archived_at IS NULL AND m.status IN ('FINAL', 'PRELIMINARY', 'SUPPRESSED')`,
        [asked.map((row) => row.indicator_id), asked.map((row) => row.period)],
      ) as Promise<Array<{ indicator_id: string; period: string; sex: 'TOTAL' | 'WOMEN' | 'MEN' }>>,
      this.manager.getRepository(MissingValueExplanation).findBy({ unitReportId: In([...reportIds]), archivedAt: IsNull() }),
    ]);
    const has = new Set(present.map((row) => `${row.indicator_id}|${row.period}|${row.sex}`));
    const explained = new Map(explanations.map((row) => [`${row.unitReportId}|${row.indicatorId}`, row.explanation]));
    for (const row of asked) {
      const needed: Array<'TOTAL' | 'WOMEN' | 'MEN'> = row.divided_by_sex ? ['WOMEN', 'MEN', 'TOTAL'] : ['TOTAL'];
      const sexes = needed.filter((sex) => !has.has(`${row.indicator_id}|${row.period}|${sex}`));
      if (!sexes.length) continue;
      result.get(row.report_id)?.push({
        unitReportId: row.report_id,
        indicatorId: row.indicator_id,
        period: row.period,
        sexes,
        explanation: explained.get(`${row.report_id}|${row.indicator_id}`) ?? null,
      });
    }
    return result;
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
      .orderBy('rr.revision', 'DESC')
      .addOrderBy('a.updated_at', 'DESC')
      .getMany();
  }

  /**
   * Reminders of reports and documents for a staff member (Viewer.reminders), in two statements: the
   * reports of open rounds still to submit (late or not) of the given units (all for an ADMIN), the
   * submitted ones to review (ADMIN), and the adopted documents owned by those units (all for an
   * ADMIN) whose revision date or valid-until is within 60 days or past.
   */
  async remindersFor(municipalityId: string, unitIds: readonly string[] | null, admin: boolean): Promise<Reminder[]> {
    const today = new Date().toISOString().slice(0, 10);
    const reports = (await this.manager.query(
      `SELECT r.id, r.status, rr.deadline::text AS deadline, rr.period, d.title, u.name AS unit
         FROM unit_report r
         JOIN reporting_round rr ON rr.id = r.round_id AND rr.status = 'OPEN' AND rr.archived_at IS NULL
         JOIN steering_document d ON d.id = rr.steering_document_id
         JOIN organisation_unit u ON u.id = r.organisation_unit_id
        WHERE r.municipality_id = $1 AND r.archived_at IS NULL
          AND (r.status IN ('DRAFT', 'RETURNED') AND ($2::uuid[] IS NULL OR r.organisation_unit_id = ANY($2::uuid[]))
               OR r.status = 'SUBMITTED' AND $3)`,
      [municipalityId, unitIds ? [...unitIds] : null, admin],
    )) as Array<{ id: string; status: UnitReportStatus; deadline: string; period: string; title: string; unit: string }>;
    const reminders: Reminder[] = reports.map((row) => {
      const kind =
        row.status === UnitReportStatus.SUBMITTED ? ReminderKind.UNIT_REPORT_TO_REVIEW : row.deadline < today ? ReminderKind.UNIT_REPORT_LATE : ReminderKind.UNIT_REPORT_TO_SUBMIT;
      return {
        kind,
        title: `Uppföljning ${row.period} av ${row.title}: ${row.unit}`,
        dueDate: row.deadline,
        overdue: row.deadline < today,
        unitReportId: row.id,
        steeringDocumentId: null,
        consultationResponseId: null,
      };
    });
    const documents = await this.manager.getRepository(SteeringDocument).find({
      where: { municipalityId, status: SteeringDocumentStatus.ADOPTED, archivedAt: IsNull(), ...(unitIds ? { ownerUnitId: In([...unitIds]) } : {}) },
    });
    for (const document of documents) {
      if (!isRevisionDue(document)) continue;
      const due = revisionDueDateOf(document);
      reminders.push({
        kind: ReminderKind.DOCUMENT_REVISION_DUE,
        title: `Revidera ${document.title}`,
        dueDate: due,
        overdue: due !== null && due < today,
        unitReportId: null,
        steeringDocumentId: document.id,
        consultationResponseId: null,
      });
    }
    return reminders;
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

  /** Explains why a value of the report's indicators is missing for the round's period (creates or replaces the explanation). */
  async explainMissingValue(input: ExplainMissingValueInput): Promise<{ unitReport: UnitReport }> {
    const { report } = await this.editable(input.unitReportId, 'unitReportId', [UnitReportStatus.DRAFT, UnitReportStatus.RETURNED]);
    const indicator = await this.requireRelated(Indicator, input.indicatorId, 'indicatorId', report.municipalityId);
    const missing = (await this.missingValuesByReportIds([report.id])).get(report.id) ?? [];
    if (!missing.some((row) => row.indicatorId === indicator.id)) {
      throw DomainError.of('INVALID', 'indicatorId: no value of this indicator is missing in the report (or it is not an indicator of the unit’s goals).', 'indicatorId');
    }
    const repository = this.manager.getRepository(MissingValueExplanation);
    const explanation = input.explanation.trim();
    const current = await repository.findOneBy({ unitReportId: report.id, indicatorId: indicator.id });
    if (current) await repository.update({ id: current.id }, { explanation, archivedAt: null, version: current.version + 1 });
    else await repository.insert({ municipalityId: report.municipalityId, unitReportId: report.id, indicatorId: indicator.id, explanation });
    return { unitReport: report };
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
    // Complete values: each value missing for the round's period is explained.
    const unexplained = ((await this.missingValuesByReportIds([report.id])).get(report.id) ?? []).filter((row) => row.explanation === null);
    if (unexplained.length) {
      const names = new Map(
        (await this.manager.getRepository(Indicator).findBy({ id: In(unexplained.map((row) => row.indicatorId)) })).map((indicator) => [indicator.id, indicator.nameSv]),
      );
      throw new DomainError(
        userError(
          'MISSING_VALUES',
          `Values are missing for the round's period and not explained; enter them or explain each gap (explainMissingValue): ${unexplained
            .map((row) => `${names.get(row.indicatorId) ?? row.indicatorId} ${row.period} (${row.sexes.join(', ')})`)
            .join('; ')}.`,
          'missingValues',
        ),
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

  /**
   * A correction of an approved round: a new revision n + 1, open, with the same document, period and
   * units, each unit's report copied as a draft (texts, assessments and explanations), so that the
   * units correct what needs correcting and submit again. The approved revision stays readable and
   * locked; only the latest revision of a period can be revised, and only once approved.
   */
  async revise(input: ReviseReportingRoundInput): Promise<{ reportingRound: ReportingRound }> {
    const round = await this.getByGlobalId(input.id, 'id');
    if (round.status !== ReportingRoundStatus.APPROVED) throw DomainError.of('INVALID', 'Only an approved round is revised; an open round is corrected as it is.', 'id');
    if (round.version !== input.version)
      throw DomainError.of('CONFLICT', `The round was changed by someone else (you read version ${input.version}). Reload it and try again.`, 'version');
    if (await this.repository.findOneBy({ previousRevisionId: round.id, archivedAt: IsNull() })) {
      throw DomainError.of('DUPLICATE', 'The round already has a newer revision; revise the latest one.', 'id');
    }
    return this.transaction(async (manager) => {
      const next = await manager.getRepository(ReportingRound).save(
        manager.getRepository(ReportingRound).create({
          municipalityId: round.municipalityId,
          steeringDocumentId: round.steeringDocumentId,
          period: round.period,
          periodType: round.periodType,
          deadline: input.deadline,
          status: ReportingRoundStatus.OPEN,
          approvedAt: null,
          revision: round.revision + 1,
          previousRevisionId: round.id,
          revisionReason: input.reason.trim(),
        }),
      );
      const reports = await manager.getRepository(UnitReport).find({ where: { roundId: round.id }, order: { createdAt: 'ASC' } });
      for (const report of reports) {
        const copy = await manager.getRepository(UnitReport).save(
          manager.getRepository(UnitReport).create({
            municipalityId: report.municipalityId,
            roundId: next.id,
            organisationUnitId: report.organisationUnitId,
            status: UnitReportStatus.DRAFT,
            analysis: report.analysis,
            genderAnalysis: report.genderAnalysis,
            activitiesWithPartners: report.activitiesWithPartners,
            returnComment: null,
            submittedAt: null,
            approvedAt: null,
          }),
        );
        const assessments = await manager.getRepository(GoalAssessment).findBy({ unitReportId: report.id });
        if (assessments.length) {
          await manager
            .getRepository(GoalAssessment)
            .insert(assessments.map((a) => ({ municipalityId: a.municipalityId, unitReportId: copy.id, goalId: a.goalId, assessment: a.assessment, comment: a.comment })));
        }
        const explanations = await manager.getRepository(MissingValueExplanation).findBy({ unitReportId: report.id, archivedAt: IsNull() });
        if (explanations.length) {
          await manager
            .getRepository(MissingValueExplanation)
            .insert(explanations.map((e) => ({ municipalityId: e.municipalityId, unitReportId: copy.id, indicatorId: e.indicatorId, explanation: e.explanation })));
        }
      }
      return { reportingRound: next };
    });
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
