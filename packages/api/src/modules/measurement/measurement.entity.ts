import { Field, Float, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { Indicator } from '../indicator/indicator.entity';
import { Node } from '../../graphql/node';
import { PeriodType, Sex } from '../../graphql/enums';
import { numericTransformer } from '../../database/numeric-transformer';

export enum MeasurementStatus {
  PRELIMINARY = 'PRELIMINARY',
  FINAL = 'FINAL',
  MISSING = 'MISSING',
  SUPPRESSED = 'SUPPRESSED',
}
registerEnumType(MeasurementStatus, { name: 'MeasurementStatus' });

/** One value (utfall) of one indicator for one period and one sex. */
@ObjectType({ implements: Node, description: 'A value (utfall) of an indicator for a period and a sex.' })
@Entity('measurement')
@Index(['indicatorId', 'period', 'sex'], { unique: true })
@Index(['indicatorId', 'periodStart'])
export class Measurement extends Node {
  @Column({ name: 'indicator_id', type: 'uuid' })
  indicatorId: string;

  @ManyToOne(() => Indicator, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'indicator_id' })
  indicator?: Relation<Indicator>;

  @Field({ description: 'Period notation: 2024, 2024H1, 2024T2, 2024Q3 or 2024-05.' })
  @Column({ type: 'varchar', length: 10 })
  period: string;

  @Field(() => PeriodType)
  @Column({ name: 'period_type', type: 'varchar', length: 16 })
  periodType: PeriodType;

  /** First day of the period; orders periods and serves range filters. */
  @Column({ name: 'period_start', type: 'date' })
  periodStart: string;

  @Field(() => Sex)
  @Column({ type: 'varchar', length: 8 })
  sex: Sex;

  @Field(() => Float, { nullable: true })
  @Column({ type: 'numeric', nullable: true, transformer: numericTransformer })
  value: number | null;

  @Field(() => MeasurementStatus)
  @Column({ type: 'varchar', length: 16, default: MeasurementStatus.FINAL })
  status: MeasurementStatus;

  @Field(() => String, { nullable: true, description: 'Where this value comes from; invented figures say so here.' })
  @Column({ type: 'text', nullable: true })
  source: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  footnote: string | null;
}
