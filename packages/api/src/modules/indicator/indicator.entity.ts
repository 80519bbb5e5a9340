import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { Municipality } from '../municipality/municipality.entity';
import { Node } from '../../graphql/node';
import { PeriodType } from '../../graphql/enums';

export enum IndicatorUnit {
  PERCENT = 'PERCENT',
  COUNT = 'COUNT',
  RATIO = 'RATIO',
  CURRENCY = 'CURRENCY',
  INDEX = 'INDEX',
  OTHER = 'OTHER',
}
registerEnumType(IndicatorUnit, { name: 'IndicatorUnit' });

export enum IndicatorDirection {
  INCREASE = 'INCREASE',
  DECREASE = 'DECREASE',
  KEEP = 'KEEP',
}
registerEnumType(IndicatorDirection, { name: 'IndicatorDirection', description: 'The desired direction of change.' });

/** A measurable quantity (indikator / nyckeltal) followed up by a municipality. */
@ObjectType({ implements: Node, description: 'An indicator (indikator / nyckeltal).' })
@Entity('indicator')
export class Indicator extends Node {
  @Index()
  @Column({ name: 'municipality_id', type: 'uuid' })
  municipalityId: string;

  @ManyToOne(() => Municipality, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'municipality_id' })
  municipality?: Relation<Municipality>;

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

  @Field(() => Int, { description: 'Decimals a value may have.' })
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

  @Field(() => String, { nullable: true, description: 'Where the figures come from.' })
  @Column({ type: 'text', nullable: true })
  source: string | null;

  @Field({ description: 'Open to the public and open-data consumers.' })
  @Column({ type: 'boolean', default: false })
  published: boolean;
}
