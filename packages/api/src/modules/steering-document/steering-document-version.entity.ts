import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { Node } from '../../graphql/node';
import { SteeringDocument, SteeringDocumentStatus } from './steering-document.entity';

/** One version of a steering document, kept for good: a new version never erases an earlier one. */
@ObjectType({ implements: Node, description: 'A version of a steering document; never changed once written.' })
@Entity('steering_document_version')
@Index(['steeringDocumentId', 'versionNumber'], { unique: true })
export class SteeringDocumentVersion extends Node {
  @Column({ name: 'steering_document_id', type: 'uuid' })
  steeringDocumentId: string;

  @ManyToOne(() => SteeringDocument, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'steering_document_id' })
  steeringDocument?: Relation<SteeringDocument>;

  @Index()
  @Column({ name: 'municipality_id', type: 'uuid' })
  municipalityId: string;

  @Field(() => Int)
  @Column({ name: 'version_number', type: 'int' })
  versionNumber: number;

  @Field()
  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Field(() => String, { nullable: true })
  @Column({ name: 'registration_number', type: 'varchar', length: 100, nullable: true })
  registrationNumber: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'decided_by', type: 'varchar', length: 200, nullable: true })
  decidedBy: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'decision_date', type: 'date', nullable: true })
  decisionDate: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'valid_until', type: 'date', nullable: true })
  validUntil: string | null;

  @Field(() => SteeringDocumentStatus, { description: 'The status the document had when this version was made.' })
  @Column({ type: 'varchar', length: 32 })
  status: SteeringDocumentStatus;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  text: string | null;

  @Field(() => String, { nullable: true, description: 'What changed in this version.' })
  @Column({ name: 'change_note', type: 'text', nullable: true })
  changeNote: string | null;
}
