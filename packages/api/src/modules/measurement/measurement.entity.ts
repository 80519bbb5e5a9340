import { Field, Float, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { numericTransformer } from '../../database/numeric-transformer';
import { TenantNode } from '../../database/tenant-node';
import { PeriodType, Sex } from '../../graphql/enums';
import { Node } from '../../graphql/node';
import { Indicator } from '../indicator/indicator.entity';
import { OrganisationUnit } from '../organisation-unit/organisation-unit.entity';

export enum MeasurementStatus {
  PRELIMINARY = 'PRELIMINARY',
  FINAL = 'FINAL',
  MISSING = 'MISSING',
  SUPPRESSED = 'SUPPRESSED',
}
registerEnumType(MeasurementStatus, {
  name: 'MeasurementStatus',
  description: 'PRELIMINARY preliminärt, FINAL slutligt, MISSING saknas (no value), SUPPRESSED skyddat (too small to publish).',
});

/**
 * One value (utfall) of one indicator for one period and one sex, for the whole municipality or
 * for one organisation unit. Every change keeps the previous value in measurement_history.
 */
@ObjectType({ implements: Node, description: 'A value (utfall) of an indicator for a period and a sex.' })
@Entity('measurement')
// One value per indicator, period and sex for the whole municipality, and one per unit besides.
@Index('UQ_measurement_municipality', ['indicatorId', 'period', 'sex'], { unique: true, where: '"organisation_unit_id" IS NULL' })
@Index('UQ_measurement_unit', ['indicatorId', 'organisationUnitId', 'period', 'sex'], { unique: true, where: '"organisation_unit_id" IS NOT NULL' })
@Index(['indicatorId', 'periodStart'])
export class Measurement extends TenantNode {
  @Column({ name: 'indicator_id', type: 'uuid' })
  indicatorId: string;

  @ManyToOne(() => Indicator, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'indicator_id' })
  indicator?: Relation<Indicator>;

  @Column({ name: 'organisation_unit_id', type: 'uuid', nullable: true })
  organisationUnitId: string | null;

  @ManyToOne(() => OrganisationUnit, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'organisation_unit_id' })
  organisationUnit?: Relation<OrganisationUnit>;

  @Field({ description: 'Period notation: 2024, 2024-S1, 2024-T2, 2024-Q3 or 2024-M05 (SDMX; the older 2024H1, 2024T2, 2024Q3, 2024-05 is still read and deprecated).' })
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

  @Field(() => Float, { nullable: true, description: 'Null when the value is missing or suppressed.' })
  @Column({ type: 'numeric', nullable: true, transformer: numericTransformer })
  value: number | null;

  @Field(() => MeasurementStatus)
  @Column({ type: 'varchar', length: 16, default: MeasurementStatus.FINAL })
  status: MeasurementStatus;

  @Field(() => Float, { nullable: true, description: 'Numerator (täljare), for ratios and percentages.' })
  @Column({ type: 'numeric', nullable: true, transformer: numericTransformer })
  numerator: number | null;

  @Field(() => Float, { nullable: true, description: 'Denominator (nämnare), for ratios and percentages.' })
  @Column({ type: 'numeric', nullable: true, transformer: numericTransformer })
  denominator: number | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  footnote: string | null;

  @Field(() => String, { nullable: true, description: 'Where this value comes from; invented figures say so here.' })
  @Column({ type: 'text', nullable: true })
  source: string | null;

  @Field(() => String, { nullable: true, description: 'Who reported it (a person or a system).' })
  @Column({ name: 'reported_by', type: 'varchar', length: 200, nullable: true })
  reportedBy: string | null;

  @Field(() => Date, { description: 'When it was last reported.' })
  @Column({ name: 'reported_at', type: 'timestamptz', default: () => 'now()' })
  reportedAt: Date;
}
