import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { TenantNode } from '../../database/tenant-node';
import { Node } from '../../graphql/node';
import { OrganisationUnit } from '../organisation-unit/organisation-unit.entity';

export enum SteeringDocumentKind {
  STRATEGY = 'STRATEGY',
  POLICY = 'POLICY',
  PLAN = 'PLAN',
  PROGRAMME = 'PROGRAMME',
  GUIDELINE = 'GUIDELINE',
}
registerEnumType(SteeringDocumentKind, {
  name: 'SteeringDocumentKind',
  description: 'Kind of steering document (styrdokument): strategi, policy, plan, program, riktlinje.',
});

export enum SteeringDocumentStatus {
  DRAFT = 'DRAFT',
  IN_CONSULTATION = 'IN_CONSULTATION',
  ADOPTED = 'ADOPTED',
  REPLACED = 'REPLACED',
  ARCHIVED = 'ARCHIVED',
}
registerEnumType(SteeringDocumentStatus, {
  name: 'SteeringDocumentStatus',
  description: 'DRAFT utkast, IN_CONSULTATION på remiss, ADOPTED antagen, REPLACED ersatt, ARCHIVED arkiverad.',
});

/**
 * A strategy, policy, plan or programme. These columns are the current version; every version,
 * the current one included, is kept in steering_document_version.
 */
@ObjectType({ implements: Node, description: 'A steering document (styrdokument): strategy, policy, plan, programme.' })
@Entity('steering_document')
export class SteeringDocument extends TenantNode {
  @Field(() => SteeringDocumentKind)
  @Column({ type: 'varchar', length: 32 })
  kind: SteeringDocumentKind;

  @Field()
  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Field(() => String, { nullable: true, description: 'Registration number (diarienummer), e.g. KS/2017:749.' })
  @Column({ name: 'registration_number', type: 'varchar', length: 100, nullable: true })
  registrationNumber: string | null;

  @Field(() => String, { nullable: true, description: 'Who decided it (beslutas av), e.g. Kommunfullmäktige.' })
  @Column({ name: 'decided_by', type: 'varchar', length: 200, nullable: true })
  decidedBy: string | null;

  @Field(() => String, { nullable: true, description: 'Decision date (fastställelsedatum), ISO yyyy-mm-dd.' })
  @Column({ name: 'decision_date', type: 'date', nullable: true })
  decisionDate: string | null;

  @Column({ name: 'owner_unit_id', type: 'uuid', nullable: true })
  ownerUnitId: string | null;

  @ManyToOne(() => OrganisationUnit, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'owner_unit_id' })
  ownerUnit?: Relation<OrganisationUnit>;

  @Field(() => String, { nullable: true, description: 'Who follows it up (följs upp av), e.g. Integrationssamordnare.' })
  @Column({ name: 'followed_up_by', type: 'varchar', length: 200, nullable: true })
  followedUpBy: string | null;

  @Field(() => Int, { nullable: true, description: 'Revised at least every N months (revideras), e.g. 48.' })
  @Column({ name: 'revision_interval_months', type: 'int', nullable: true })
  revisionIntervalMonths: number | null;

  @Field(() => String, { nullable: true, description: 'Valid until (giltig t o m), ISO yyyy-mm-dd.' })
  @Column({ name: 'valid_until', type: 'date', nullable: true })
  validUntil: string | null;

  @Field(() => SteeringDocumentStatus)
  @Column({ type: 'varchar', length: 32, default: SteeringDocumentStatus.DRAFT })
  status: SteeringDocumentStatus;

  @Field(() => String, { nullable: true, description: 'A short summary.' })
  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Field(() => String, { nullable: true, description: 'The document text (Markdown).' })
  @Column({ type: 'text', nullable: true })
  text: string | null;

  @Field(() => Int, { description: 'Number of the current version (1, 2, …).' })
  @Column({ name: 'current_version_number', type: 'int', default: 1 })
  currentVersionNumber: number;
}
