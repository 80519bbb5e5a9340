import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { numericTransformer } from '../../database/numeric-transformer';
import { TenantNode } from '../../database/tenant-node';
import { PeriodType } from '../../graphql/enums';
import { Node } from '../../graphql/node';
import { OrganisationUnit } from '../organisation-unit/organisation-unit.entity';

export enum IndicatorUnit {
  PERCENT = 'PERCENT',
  COUNT = 'COUNT',
  RATIO = 'RATIO',
  CURRENCY = 'CURRENCY',
  INDEX = 'INDEX',
  OTHER = 'OTHER',
}
registerEnumType(IndicatorUnit, { name: 'IndicatorUnit', description: 'PERCENT 0–100, COUNT a number of people or things, RATIO, CURRENCY (kr), INDEX, OTHER.' });

export enum IndicatorDirection {
  INCREASE = 'INCREASE',
  DECREASE = 'DECREASE',
  KEEP = 'KEEP',
}
registerEnumType(IndicatorDirection, { name: 'IndicatorDirection', description: 'The desired direction of change.' });

export enum IndicatorSourceKind {
  MANUAL = 'MANUAL',
  KOLADA = 'KOLADA',
  SCB = 'SCB',
  OTHER_SYSTEM = 'OTHER_SYSTEM',
}
registerEnumType(IndicatorSourceKind, {
  name: 'IndicatorSourceKind',
  description: 'MANUAL entered by staff, KOLADA (with KPI id), SCB (with table id), OTHER_SYSTEM (with its external id).',
});

/** A measurable quantity (indikator / nyckeltal) followed up by a municipality. */
@ObjectType({ implements: Node, description: 'An indicator (indikator / nyckeltal).' })
@Entity('indicator')
export class Indicator extends TenantNode {
  @Field({ description: 'Name in Swedish.' })
  @Column({ name: 'name_sv', type: 'varchar', length: 300 })
  nameSv: string;

  @Field(() => String, { nullable: true, description: 'Name in English.' })
  @Column({ name: 'name_en', type: 'varchar', length: 300, nullable: true })
  nameEn: string | null;

  @Field(() => String, { nullable: true, description: 'How the value is defined and computed.' })
  @Column({ type: 'text', nullable: true })
  definition: string | null;

  @Field(() => IndicatorUnit)
  @Column({ type: 'varchar', length: 16 })
  unit: IndicatorUnit;

  @Field(() => Int, { description: 'Decimals a value may have (0–6).' })
  @Column({ type: 'smallint', default: 0 })
  decimals: number;

  @Field(() => IndicatorDirection)
  @Column({ type: 'varchar', length: 16 })
  direction: IndicatorDirection;

  @Field(() => PeriodType)
  @Column({ type: 'varchar', length: 16 })
  periodicity: PeriodType;

  @Field({ description: 'Whether values are reported for women and men separately.' })
  @Column({ name: 'divided_by_sex', type: 'boolean', default: true })
  dividedBySex: boolean;

  @Field(() => IndicatorSourceKind)
  @Column({ name: 'source_kind', type: 'varchar', length: 16, default: IndicatorSourceKind.MANUAL })
  sourceKind: IndicatorSourceKind;

  @Field(() => String, { nullable: true, description: 'The id at the source: Kolada KPI id (e.g. N00945), SCB table, or another system’s id.' })
  @Column({ name: 'source_reference', type: 'varchar', length: 200, nullable: true })
  sourceReference: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'A code of this installation that several municipalities give the same indicator when it has no Kolada KPI id (e.g. INK-SFI-TVA-KURSER): open data and comparisons then treat them as one indicator. A Kolada id, when set, wins.',
  })
  @Column({ name: 'shared_code', type: 'varchar', length: 40, nullable: true })
  sharedCode: string | null;

  @Field(() => String, { nullable: true, description: 'Where the figures come from, in words.' })
  @Column({ type: 'text', nullable: true })
  source: string | null;

  @Column({ name: 'responsible_implementation_unit_id', type: 'uuid' })
  responsibleImplementationUnitId: string;

  @ManyToOne(() => OrganisationUnit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'responsible_implementation_unit_id' })
  responsibleImplementationUnit?: Relation<OrganisationUnit>;

  @Field(() => String, { nullable: true, description: 'The role responsible for implementation, e.g. Enhetschef arbetsmarknad.' })
  @Column({ name: 'responsible_implementation_role', type: 'varchar', length: 200, nullable: true })
  responsibleImplementationRole: string | null;

  @Column({ name: 'responsible_follow_up_unit_id', type: 'uuid' })
  responsibleFollowUpUnitId: string;

  @ManyToOne(() => OrganisationUnit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'responsible_follow_up_unit_id' })
  responsibleFollowUpUnit?: Relation<OrganisationUnit>;

  @Field(() => String, { nullable: true, description: 'The role responsible for follow-up, e.g. Integrationssamordnare.' })
  @Column({ name: 'responsible_follow_up_role', type: 'varchar', length: 200, nullable: true })
  responsibleFollowUpRole: string | null;

  @Field(() => Float, { nullable: true, description: 'Baseline value (utgångsvärde).' })
  @Column({ name: 'baseline_value', type: 'numeric', nullable: true, transformer: numericTransformer })
  baselineValue: number | null;

  @Field(() => String, { nullable: true, description: 'Period of the baseline value.' })
  @Column({ name: 'baseline_period', type: 'varchar', length: 10, nullable: true })
  baselinePeriod: string | null;

  @Field({ description: 'Open to the public and open-data consumers.' })
  @Column({ type: 'boolean', default: false })
  published: boolean;

  @Field(() => String, { nullable: true, description: 'Licence of the published data, as a URI; null means the municipality’s default (CC0).' })
  @Column({ type: 'varchar', length: 300, nullable: true })
  licence: string | null;

  @Field({
    description: 'Values may identify people even though the unit is not COUNT: published values below the municipality’s small-count threshold are suppressed as counts are.',
  })
  @Column({ type: 'boolean', default: false })
  sensitive: boolean;
}
