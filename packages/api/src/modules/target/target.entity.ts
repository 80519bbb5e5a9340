import { Field, Float, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { numericTransformer } from '../../database/numeric-transformer';
import { TenantNode } from '../../database/tenant-node';
import { Sex } from '../../graphql/enums';
import { Node } from '../../graphql/node';
import { Indicator } from '../indicator/indicator.entity';

/** The value aimed for (målvärde) in a period, for everyone or for one sex. */
@ObjectType({ implements: Node, description: 'A target value (målvärde) of an indicator for a period, optionally per sex.' })
@Entity('target')
// One active target per indicator, period and sex; an archived one frees its key.
@Index('UQ_target_indicator_period_sex', ['indicatorId', 'period', 'sex'], { unique: true, where: '"archived_at" IS NULL' })
export class Target extends TenantNode {
  @Column({ name: 'indicator_id', type: 'uuid' })
  indicatorId: string;

  @ManyToOne(() => Indicator, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'indicator_id' })
  indicator?: Relation<Indicator>;

  @Field()
  @Column({ type: 'varchar', length: 10 })
  period: string;

  @Column({ name: 'period_start', type: 'date' })
  periodStart: string;

  @Field(() => Sex, { description: 'TOTAL for a target for everyone.' })
  @Column({ type: 'varchar', length: 8, default: Sex.TOTAL })
  sex: Sex;

  @Field(() => Float)
  @Column({ type: 'numeric', transformer: numericTransformer })
  value: number;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  comment: string | null;
}
