import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { TenantNode } from '../../database/tenant-node';
import { Node } from '../../graphql/node';
import { OrganisationUnit } from '../organisation-unit/organisation-unit.entity';
import { SteeringDocument } from '../steering-document/steering-document.entity';

export enum ConsultationStatus {
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}
registerEnumType(ConsultationStatus, { name: 'ConsultationStatus', description: 'OPEN öppen (units answer); CLOSED avslutad by the owner: answers are locked.' });

/** A consultation (remiss): a draft steering document sent to chosen units with a deadline (internal to the municipality). */
@ObjectType({ implements: Node, description: 'A consultation (remiss) of a draft steering document: sent to chosen units, each answers with its views.' })
@Entity('consultation')
export class Consultation extends TenantNode {
  @Index()
  @Column({ name: 'steering_document_id', type: 'uuid' })
  steeringDocumentId: string;

  @ManyToOne(() => SteeringDocument, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'steering_document_id' })
  steeringDocument?: Relation<SteeringDocument>;

  @Field({ description: 'Last day to answer (ISO date).' })
  @Column({ type: 'date' })
  deadline: string;

  @Field(() => String, { nullable: true, description: 'What the owner asks the units (missiv).' })
  @Column({ type: 'text', nullable: true })
  message: string | null;

  @Field(() => ConsultationStatus)
  @Column({ type: 'varchar', length: 16, default: ConsultationStatus.OPEN })
  status: ConsultationStatus;
}

/** One unit's answer (remissvar) to a consultation. */
@ObjectType({ implements: Node, description: 'One unit’s answer (remissvar) to a consultation; views null until it answers.' })
@Entity('consultation_response')
@Index('UQ_consultation_response_unit', ['consultationId', 'organisationUnitId'], { unique: true })
export class ConsultationResponse extends TenantNode {
  @Column({ name: 'consultation_id', type: 'uuid' })
  consultationId: string;

  @ManyToOne(() => Consultation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'consultation_id' })
  consultation?: Relation<Consultation>;

  @Index()
  @Column({ name: 'organisation_unit_id', type: 'uuid' })
  organisationUnitId: string;

  @ManyToOne(() => OrganisationUnit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_unit_id' })
  organisationUnit?: Relation<OrganisationUnit>;

  @Field(() => String, { nullable: true, description: 'The unit’s views (synpunkter); null until it answers.' })
  @Column({ type: 'text', nullable: true })
  views: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'answered_at', type: 'timestamptz', nullable: true })
  answeredAt: Date | null;
}
