import { Length } from 'class-validator';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { Sex } from '../../../graphql/enums';
import { EnumFilter, IdFilter, PeriodRangeFilter } from '../../../graphql/filters';
import { OrderBy } from '../../../graphql/pagination';
import { OptionalButNotNull, OptionalNullable } from '../../../graphql/validation';

@InputType({
  description:
    'A new target (målvärde). The period is in the indicator’s periodicity; WOMEN/MEN only for an indicator divided by sex; the value obeys the indicator’s unit and decimals. One target per indicator, period and sex.',
})
export class CreateTargetInput {
  @Field(() => ID, { description: 'The indicator; the target belongs to its municipality.' })
  indicatorId: string;

  @Field({
    description:
      'Period notation in the indicator’s periodicity: 2024, 2024-S1, 2024-T2, 2024-Q3 or 2024-M05 (SDMX; the older 2024H1, 2024T2, 2024Q3, 2024-05 is still read and deprecated).',
  })
  period: string;

  @Field(() => Sex, { nullable: true, defaultValue: Sex.TOTAL, description: 'TOTAL for everyone (the default); WOMEN or MEN for an indicator divided by sex.' })
  @OptionalButNotNull()
  sex?: Sex;

  @Field(() => Float)
  value: number;

  @Field(() => String, { nullable: true })
  @OptionalNullable()
  @Length(0, 2000)
  comment?: string | null;
}

@InputType({ description: 'Fields left out are not changed. The indicator of a target cannot be changed.' })
export class UpdateTargetInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: 'The version you read.' })
  version: number;

  @Field(() => String, { nullable: true })
  @OptionalButNotNull()
  period?: string;

  @Field(() => Sex, { nullable: true })
  @OptionalButNotNull()
  sex?: Sex;

  @Field(() => Float, { nullable: true })
  @OptionalButNotNull()
  value?: number;

  @Field(() => String, { nullable: true })
  @OptionalNullable()
  @Length(0, 2000)
  comment?: string | null;
}

export const TargetSexFilter = EnumFilter(Sex, 'TargetSex');

@InputType()
export class TargetWhereInput {
  @Field(() => IdFilter, { nullable: true })
  municipality?: IdFilter;

  @Field(() => IdFilter, { nullable: true })
  indicator?: IdFilter;

  @Field(() => PeriodRangeFilter, { nullable: true, description: 'Targets whose period starts within the range.' })
  period?: PeriodRangeFilter;

  @Field(() => TargetSexFilter, { nullable: true })
  sex?: InstanceType<typeof TargetSexFilter>;

  @Field({ nullable: true, defaultValue: false })
  includeArchived?: boolean;
}

export enum TargetOrderField {
  PERIOD = 'PERIOD',
  UPDATED_AT = 'UPDATED_AT',
}
export const TargetOrder = OrderBy(TargetOrderField, 'Target');
