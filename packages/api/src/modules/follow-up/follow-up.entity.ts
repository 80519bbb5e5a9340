import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { TenantNode } from '../../database/tenant-node';
import { PeriodType } from '../../graphql/enums';
import { Node } from '../../graphql/node';
import { Goal } from '../goal/goal.entity';
import { Indicator } from '../indicator/indicator.entity';
import { OrganisationUnit } from '../organisation-unit/organisation-unit.entity';
import { SteeringDocument } from '../steering-document/steering-document.entity';

export enum ReportingRoundStatus {
  OPEN = 'OPEN',
  APPROVED = 'APPROVED',
}
registerEnumType(ReportingRoundStatus, { name: 'ReportingRoundStatus', description: 'OPEN öppen (units report); APPROVED godkänd: locked, stays readable.' });

export enum UnitReportStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  RETURNED = 'RETURNED',
  APPROVED = 'APPROVED',
}
registerEnumType(UnitReportStatus, {
  name: 'UnitReportStatus',
  description: 'DRAFT utkast → SUBMITTED inskickad → RETURNED återremitterad (with a comment; the unit edits and submits again) or APPROVED godkänd (locked).',
});

export enum GoalAssessmentValue {
  ACHIEVED = 'ACHIEVED',
  PARTLY = 'PARTLY',
  NOT_ACHIEVED = 'NOT_ACHIEVED',
  NOT_ASSESSABLE = 'NOT_ASSESSABLE',
}
registerEnumType(GoalAssessmentValue, {
  name: 'GoalAssessmentValue',
  description: 'Måluppfyllelse: ACHIEVED uppfyllt, PARTLY delvis uppfyllt (not at year end), NOT_ACHIEVED ej uppfyllt, NOT_ASSESSABLE kan ej bedömas.',
});

/** A reporting round (uppföljningsomgång): one steering document, one period, a deadline and the units that report. */
@ObjectType({ implements: Node, description: 'A reporting round (uppföljningsomgång) for a steering document and a period.' })
@Entity('reporting_round')
@Index('UQ_reporting_round_document_period_revision', ['steeringDocumentId', 'period', 'revision'], { unique: true, where: '"archived_at" IS NULL' })
@Index('UQ_reporting_round_previous_revision', ['previousRevisionId'], { unique: true, where: '"previous_revision_id" IS NOT NULL' })
export class ReportingRound extends TenantNode {
  @Column({ name: 'steering_document_id', type: 'uuid' })
  steeringDocumentId: string;

  @ManyToOne(() => SteeringDocument, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'steering_document_id' })
  steeringDocument?: Relation<SteeringDocument>;

  @Field({ description: 'The period followed up: 2025T1, 2025H1 (e.g. January–June), or 2024 for the year end.' })
  @Column({ type: 'varchar', length: 10 })
  period: string;

  @Field(() => PeriodType)
  @Column({ name: 'period_type', type: 'varchar', length: 16 })
  periodType: PeriodType;

  @Field({ description: 'Last day to submit (ISO date).' })
  @Column({ type: 'date' })
  deadline: string;

  @Field(() => ReportingRoundStatus)
  @Column({ type: 'varchar', length: 16, default: ReportingRoundStatus.OPEN })
  status: ReportingRoundStatus;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'approved_at', type: 'timestamptz', nullable: true })
  approvedAt: Date | null;

  @Field(() => Int, {
    description: 'Revision number: 1 for the round as opened; a correction of an approved round is revision n + 1 (the approved one stays readable and locked).',
  })
  @Column({ type: 'int', default: 1 })
  revision: number;

  @Column({ name: 'previous_revision_id', type: 'uuid', nullable: true })
  previousRevisionId: string | null;

  @ManyToOne(() => ReportingRound, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'previous_revision_id' })
  previousRevision?: Relation<ReportingRound> | null;

  @Field(() => String, { nullable: true, description: 'Why the approved round was corrected (revisions only).' })
  @Column({ name: 'revision_reason', type: 'text', nullable: true })
  revisionReason: string | null;
}

/** What one unit reports in a round: analysis, gender analysis, and its goal assessments. */
@ObjectType({ implements: Node, description: 'One unit’s report (uppföljning) in a reporting round.' })
@Entity('unit_report')
@Index('UQ_unit_report_round_unit', ['roundId', 'organisationUnitId'], { unique: true })
export class UnitReport extends TenantNode {
  @Index()
  @Column({ name: 'round_id', type: 'uuid' })
  roundId: string;

  @ManyToOne(() => ReportingRound, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'round_id' })
  round?: Relation<ReportingRound>;

  @Column({ name: 'organisation_unit_id', type: 'uuid' })
  organisationUnitId: string;

  @ManyToOne(() => OrganisationUnit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_unit_id' })
  organisationUnit?: Relation<OrganisationUnit>;

  @Field(() => UnitReportStatus)
  @Column({ type: 'varchar', length: 16, default: UnitReportStatus.DRAFT })
  status: UnitReportStatus;

  @Field(() => String, { nullable: true, description: 'Analysis of the period (analys).' })
  @Column({ type: 'text', nullable: true })
  analysis: string | null;

  @Field(() => String, { nullable: true, description: 'Analysis of differences between women and men (jämställdhetsanalys).' })
  @Column({ name: 'gender_analysis', type: 'text', nullable: true })
  genderAnalysis: string | null;

  @Field(() => String, { nullable: true, description: 'Activities carried out with partners in the period.' })
  @Column({ name: 'activities_with_partners', type: 'text', nullable: true })
  activitiesWithPartners: string | null;

  @Field(() => String, { nullable: true, description: 'Why the report was returned (by an administrator).' })
  @Column({ name: 'return_comment', type: 'text', nullable: true })
  returnComment: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'approved_at', type: 'timestamptz', nullable: true })
  approvedAt: Date | null;
}

/** A unit's assessment of one of its goals in a round; it overrides the computed status of the goal for that period. */
@ObjectType({ implements: Node, description: 'An assessment (måluppfyllelse) of a goal in a unit report, with its comment.' })
@Entity('goal_assessment')
@Index('UQ_goal_assessment_report_goal', ['unitReportId', 'goalId'], { unique: true })
export class GoalAssessment extends TenantNode {
  @Index()
  @Column({ name: 'unit_report_id', type: 'uuid' })
  unitReportId: string;

  @ManyToOne(() => UnitReport, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_report_id' })
  unitReport?: Relation<UnitReport>;

  @Index()
  @Column({ name: 'goal_id', type: 'uuid' })
  goalId: string;

  @ManyToOne(() => Goal, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'goal_id' })
  goal?: Relation<Goal>;

  @Field(() => GoalAssessmentValue)
  @Column({ type: 'varchar', length: 16 })
  assessment: GoalAssessmentValue;

  @Field({ description: 'Why: required, since a human assessment overrides the computed status.' })
  @Column({ type: 'text' })
  comment: string;
}

/** A unit's explanation of a value missing for the round's period (the report may be submitted once every gap is explained). */
@Entity('missing_value_explanation')
@Index('UQ_missing_value_explanation_report_indicator', ['unitReportId', 'indicatorId'], { unique: true })
export class MissingValueExplanation extends TenantNode {
  @Column({ name: 'unit_report_id', type: 'uuid' })
  unitReportId: string;

  @ManyToOne(() => UnitReport, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_report_id' })
  unitReport?: Relation<UnitReport>;

  @Index()
  @Column({ name: 'indicator_id', type: 'uuid' })
  indicatorId: string;

  @ManyToOne(() => Indicator, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'indicator_id' })
  indicator?: Relation<Indicator>;

  @Column({ type: 'text' })
  explanation: string;
}
