import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { numericTransformer } from '../../database/numeric-transformer';
import { Measurement, MeasurementStatus } from './measurement.entity';

export enum MeasurementChangeKind {
  UPDATED = 'UPDATED',
  ARCHIVED = 'ARCHIVED',
  RESTORED = 'RESTORED',
}
registerEnumType(MeasurementChangeKind, { name: 'MeasurementChangeKind' });

/** The state of a measurement before one change, who changed it and when. Written, never changed. */
@ObjectType({ description: 'A measurement as it was before a change.' })
@Entity('measurement_history')
@Index(['measurementId', 'changedAt'])
export class MeasurementHistory {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'measurement_id', type: 'uuid' })
  measurementId: string;

  @ManyToOne(() => Measurement, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'measurement_id' })
  measurement?: Relation<Measurement>;

  @Index()
  @Column({ name: 'municipality_id', type: 'uuid' })
  municipalityId: string;

  @Field(() => Int, { description: 'The version this entry replaced.' })
  @Column({ type: 'int' })
  version: number;

  @Field(() => Float, { nullable: true, description: 'The value before the change.' })
  @Column({ type: 'numeric', nullable: true, transformer: numericTransformer })
  value: number | null;

  @Field(() => MeasurementStatus)
  @Column({ type: 'varchar', length: 16 })
  status: MeasurementStatus;

  @Field(() => Float, { nullable: true })
  @Column({ type: 'numeric', nullable: true, transformer: numericTransformer })
  numerator: number | null;

  @Field(() => Float, { nullable: true })
  @Column({ type: 'numeric', nullable: true, transformer: numericTransformer })
  denominator: number | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  footnote: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  source: string | null;

  @Field(() => String, { nullable: true, description: 'Who had reported the previous value.' })
  @Column({ name: 'reported_by', type: 'varchar', length: 200, nullable: true })
  reportedBy: string | null;

  @Field(() => Date, { description: 'When the previous value had been reported.' })
  @Column({ name: 'reported_at', type: 'timestamptz' })
  reportedAt: Date;

  @Field(() => MeasurementChangeKind)
  @Column({ name: 'change_kind', type: 'varchar', length: 16 })
  changeKind: MeasurementChangeKind;

  @Field(() => String, { nullable: true, description: 'Who made the change.' })
  @Column({ name: 'changed_by', type: 'varchar', length: 200, nullable: true })
  changedBy: string | null;

  @Field(() => Date, { description: 'When the change was made.' })
  @CreateDateColumn({ name: 'changed_at', type: 'timestamptz' })
  changedAt: Date;
}
