import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { Municipality } from '../municipality/municipality.entity';
import { Node } from '../../graphql/node';

export enum SteeringDocumentKind {
  STRATEGY = 'STRATEGY',
  POLICY = 'POLICY',
  PLAN = 'PLAN',
  PROGRAMME = 'PROGRAMME',
  GUIDELINE = 'GUIDELINE',
}
registerEnumType(SteeringDocumentKind, {
  name: 'SteeringDocumentKind',
  description: 'Kind of steering document (styrdokument).',
});

export enum SteeringDocumentStatus {
  DRAFT = 'DRAFT',
  IN_CONSULTATION = 'IN_CONSULTATION',
  ADOPTED = 'ADOPTED',
  REPLACED = 'REPLACED',
  ARCHIVED = 'ARCHIVED',
}
registerEnumType(SteeringDocumentStatus, { name: 'SteeringDocumentStatus' });

/** A strategy, policy, plan or programme adopted by a municipality. */
@ObjectType({ implements: Node, description: 'A steering document (styrdokument): strategy, policy, plan, programme.' })
@Entity('steering_document')
export class SteeringDocument extends Node {
  @Index()
  @Column({ name: 'municipality_id', type: 'uuid' })
  municipalityId: string;

  @ManyToOne(() => Municipality, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'municipality_id' })
  municipality?: Relation<Municipality>;

  @Field(() => SteeringDocumentKind)
  @Column({ type: 'varchar', length: 32 })
  kind: SteeringDocumentKind;

  @Field()
  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Field(() => String, { nullable: true, description: 'Registration number (diarienummer), e.g. KS/2017:749.' })
  @Column({ name: 'registration_number', type: 'varchar', length: 100, nullable: true })
  registrationNumber: string | null;

  @Field(() => String, { nullable: true, description: 'Who decided it, e.g. Kommunfullmäktige.' })
  @Column({ name: 'decided_by', type: 'varchar', length: 200, nullable: true })
  decidedBy: string | null;

  @Field(() => String, { nullable: true, description: 'Decision date (fastställelsedatum), ISO yyyy-mm-dd.' })
  @Column({ name: 'decision_date', type: 'date', nullable: true })
  decisionDate: string | null;

  @Field(() => String, { nullable: true, description: 'Valid until (giltig t o m), ISO yyyy-mm-dd.' })
  @Column({ name: 'valid_until', type: 'date', nullable: true })
  validUntil: string | null;

  @Field(() => Int, { nullable: true, description: 'Revised at least every N months.' })
  @Column({ name: 'revision_interval_months', type: 'int', nullable: true })
  revisionIntervalMonths: number | null;

  @Field(() => SteeringDocumentStatus)
  @Column({ type: 'varchar', length: 32, default: SteeringDocumentStatus.DRAFT })
  status: SteeringDocumentStatus;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  description: string | null;
}
