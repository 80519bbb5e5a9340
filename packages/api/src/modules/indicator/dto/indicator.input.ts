import { ArrayMaxSize, IsUrl, Length, Matches, Max, Min } from 'class-validator';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { PeriodType } from '../../../graphql/enums';
import { EnumFilter, IdFilter } from '../../../graphql/filters';
import { OrderBy } from '../../../graphql/pagination';
import { NotBlank, OptionalButNotNull, OptionalNullable } from '../../../graphql/validation';
import { IndicatorDirection, IndicatorSourceKind, IndicatorUnit } from '../indicator.entity';

/** A shared code of this installation: INK- and 2–36 capital letters, digits and hyphens. */
const SHARED_CODE = /^INK-[A-Z0-9][A-Z0-9-]{1,35}$/;
const SHARED_CODE_MESSAGE = 'sharedCode: INK- followed by 2–36 capital letters, digits or hyphens, e.g. INK-SFI-TVA-KURSER.';
const SHARED_CODE_DESCRIPTION =
  'A code that other municipalities of the installation give the same indicator when it has no Kolada KPI id (INK-…, capitals, digits, hyphens); null removes it.';

const LICENCE_MESSAGE = 'licence must be an absolute URI beginning with https:// or http://, e.g. https://creativecommons.org/publicdomain/zero/1.0/.';
const DECIMALS_MESSAGE = 'decimals must be a whole number from 0 to 6.';

@InputType({
  description:
    'A new indicator. Both responsibilities are required (units of the same municipality). A KOLADA or OTHER_SYSTEM source needs sourceReference. The baseline obeys the unit, decimals and periodicity.',
})
export class CreateIndicatorInput {
  @Field(() => ID, { nullable: true, description: "The municipality; left out, the caller's own (platform operators name it)." })
  municipalityId: string;

  @Field({ description: 'Name in Swedish.' })
  @NotBlank(300)
  nameSv: string;

  @Field(() => String, { nullable: true, description: 'Name in English.' })
  @OptionalNullable()
  @Length(1, 300)
  nameEn?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalNullable()
  @Length(0, 10000)
  definition?: string | null;

  @Field(() => IndicatorUnit)
  unit: IndicatorUnit;

  @Field(() => Int, { nullable: true, defaultValue: 0, description: 'Decimals a value may have, 0–6.' })
  @OptionalButNotNull()
  @Min(0, { message: DECIMALS_MESSAGE })
  @Max(6, { message: DECIMALS_MESSAGE })
  decimals?: number;

  @Field(() => IndicatorDirection)
  direction: IndicatorDirection;

  @Field(() => PeriodType)
  periodicity: PeriodType;

  @Field({ nullable: true, defaultValue: true, description: 'Whether values are reported for women and men separately.' })
  @OptionalButNotNull()
  dividedBySex?: boolean;

  @Field(() => IndicatorSourceKind, { nullable: true, defaultValue: IndicatorSourceKind.MANUAL })
  @OptionalButNotNull()
  sourceKind?: IndicatorSourceKind;

  @Field(() => String, { nullable: true, description: 'The id at the source; required for KOLADA (KPI id) and OTHER_SYSTEM.' })
  @OptionalNullable()
  @Length(1, 200)
  sourceReference?: string | null;

  @Field(() => String, { nullable: true, description: SHARED_CODE_DESCRIPTION })
  @OptionalNullable()
  @Matches(SHARED_CODE, { message: SHARED_CODE_MESSAGE })
  sharedCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Where the figures come from, in words.' })
  @OptionalNullable()
  @Length(0, 10000)
  source?: string | null;

  @Field(() => ID, { nullable: true, description: 'Required: the unit responsible for implementation.' })
  @OptionalNullable()
  responsibleImplementationUnitId?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalNullable()
  @Length(1, 200)
  responsibleImplementationRole?: string | null;

  @Field(() => ID, { nullable: true, description: 'Required: the unit responsible for follow-up.' })
  @OptionalNullable()
  responsibleFollowUpUnitId?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalNullable()
  @Length(1, 200)
  responsibleFollowUpRole?: string | null;

  @Field(() => Float, { nullable: true, description: 'Baseline value; needs baselinePeriod.' })
  @OptionalNullable()
  baselineValue?: number | null;

  @Field(() => String, { nullable: true, description: 'Period of the baseline, in the indicator’s periodicity.' })
  @OptionalNullable()
  baselinePeriod?: string | null;

  @Field({ nullable: true, defaultValue: false })
  @OptionalButNotNull()
  published?: boolean;

  @Field({ nullable: true, defaultValue: false, description: 'Small published values are suppressed whatever the unit (counts always are).' })
  @OptionalButNotNull()
  sensitive?: boolean;

  @Field(() => String, { nullable: true, description: 'Licence of the published data, an absolute http(s) URI.' })
  @OptionalNullable()
  @Length(1, 300)
  @IsUrl({ protocols: ['https', 'http'], require_protocol: true, require_tld: true }, { message: LICENCE_MESSAGE })
  licence?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Goals (of the same municipality) the indicator measures.' })
  @OptionalNullable()
  @ArrayMaxSize(100)
  goalIds?: string[] | null;
}

@InputType({
  description:
    'Fields left out are not changed; null clears a field that may be empty (never a responsibility); goalIds replaces the links. periodicity and dividedBySex cannot change once values exist.',
})
export class UpdateIndicatorInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: 'The version you read.' })
  version: number;

  @Field(() => String, { nullable: true })
  @OptionalButNotNull()
  @NotBlank(300)
  nameSv?: string;

  @Field(() => String, { nullable: true })
  @OptionalNullable()
  @Length(1, 300)
  nameEn?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalNullable()
  @Length(0, 10000)
  definition?: string | null;

  @Field(() => IndicatorUnit, { nullable: true })
  @OptionalButNotNull()
  unit?: IndicatorUnit;

  @Field(() => Int, { nullable: true })
  @OptionalButNotNull()
  @Min(0, { message: DECIMALS_MESSAGE })
  @Max(6, { message: DECIMALS_MESSAGE })
  decimals?: number;

  @Field(() => IndicatorDirection, { nullable: true })
  @OptionalButNotNull()
  direction?: IndicatorDirection;

  @Field(() => PeriodType, { nullable: true })
  @OptionalButNotNull()
  periodicity?: PeriodType;

  @Field({ nullable: true })
  @OptionalButNotNull()
  dividedBySex?: boolean;

  @Field(() => IndicatorSourceKind, { nullable: true })
  @OptionalButNotNull()
  sourceKind?: IndicatorSourceKind;

  @Field(() => String, { nullable: true })
  @OptionalNullable()
  @Length(1, 200)
  sourceReference?: string | null;

  @Field(() => String, { nullable: true, description: SHARED_CODE_DESCRIPTION })
  @OptionalNullable()
  @Matches(SHARED_CODE, { message: SHARED_CODE_MESSAGE })
  sharedCode?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalNullable()
  @Length(0, 10000)
  source?: string | null;

  @Field(() => ID, { nullable: true, description: 'May be changed, never cleared.' })
  @OptionalNullable()
  responsibleImplementationUnitId?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalNullable()
  @Length(1, 200)
  responsibleImplementationRole?: string | null;

  @Field(() => ID, { nullable: true, description: 'May be changed, never cleared.' })
  @OptionalNullable()
  responsibleFollowUpUnitId?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalNullable()
  @Length(1, 200)
  responsibleFollowUpRole?: string | null;

  @Field(() => Float, { nullable: true })
  @OptionalNullable()
  baselineValue?: number | null;

  @Field(() => String, { nullable: true })
  @OptionalNullable()
  baselinePeriod?: string | null;

  @Field({ nullable: true })
  @OptionalButNotNull()
  published?: boolean;

  @Field({ nullable: true, description: 'Small published values are suppressed whatever the unit (counts always are).' })
  @OptionalButNotNull()
  sensitive?: boolean;

  @Field(() => String, { nullable: true })
  @OptionalNullable()
  @Length(1, 300)
  @IsUrl({ protocols: ['https', 'http'], require_protocol: true, require_tld: true }, { message: LICENCE_MESSAGE })
  licence?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Replaces the indicator’s goal links; [] removes them all.' })
  @OptionalButNotNull()
  @ArrayMaxSize(100)
  goalIds?: string[];
}

export const IndicatorUnitFilter = EnumFilter(IndicatorUnit, 'IndicatorUnit');
export const IndicatorPeriodicityFilter = EnumFilter(PeriodType, 'IndicatorPeriodicity');

@InputType()
export class IndicatorWhereInput {
  @Field(() => IdFilter, { nullable: true })
  municipality?: IdFilter;

  @Field(() => IdFilter, { nullable: true, description: 'Indicators linked to any of these goals.' })
  goal?: IdFilter;

  @Field(() => IdFilter, { nullable: true, description: 'Indicators for which any of these units is responsible, for implementation or for follow-up.' })
  responsibleUnit?: IdFilter;

  @Field(() => IndicatorUnitFilter, { nullable: true })
  unit?: InstanceType<typeof IndicatorUnitFilter>;

  @Field(() => IndicatorPeriodicityFilter, { nullable: true })
  periodicity?: InstanceType<typeof IndicatorPeriodicityFilter>;

  @Field(() => Boolean, { nullable: true, description: 'Only published (true) or unpublished (false) indicators.' })
  published?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Words that must all occur in the Swedish or English name, the definition or the source reference.' })
  search?: string;

  @Field({ nullable: true, defaultValue: false })
  includeArchived?: boolean;
}

export enum IndicatorOrderField {
  NAME = 'NAME',
  UPDATED_AT = 'UPDATED_AT',
}
export const IndicatorOrder = OrderBy(IndicatorOrderField, 'Indicator');
