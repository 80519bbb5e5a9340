import { ArgsType, Field, Float, ID, InputType, Int } from 'type-graphql';
import { ArchiveInput } from '../../../graphql/archive.input';
import { Sex } from '../../../graphql/enums';
import { EnumFilter, IdFilter, PeriodRangeFilter } from '../../../graphql/filters';
import { OrderBy } from '../../../graphql/pagination';
import { MeasurementStatus } from '../measurement.entity';

/*
 * No class-validator decorators on the bulk input: every row is checked by the service, so that a
 * refused row is reported with its index (RowError) and all rows are checked in one pass.
 */

@InputType({
  description:
    'One value to write. The key is (indicatorId, organisationUnitId, period, sex): a row whose key exists replaces the stored value (fields left out become null), otherwise it is added.',
})
export class MeasurementRowInput {
  @Field(() => ID)
  indicatorId: string;

  @Field(() => ID, { nullable: true, description: 'For a value of one organisation unit; left out for the whole municipality.' })
  organisationUnitId?: string | null;

  @Field({
    description:
      "Period in the indicator's periodicity: 2024, 2024-S1, 2024-T2, 2024-Q3 or 2024-M05 (SDMX; the older 2024H1, 2024T2, 2024Q3, 2024-05 is still read and deprecated).",
  })
  period: string;

  @Field(() => Sex, { description: 'WOMEN and MEN only for an indicator divided by sex.' })
  sex: Sex;

  @Field(() => Float, { nullable: true, description: 'Null when the value is missing or suppressed.' })
  value?: number | null;

  @Field(() => MeasurementStatus, {
    nullable: true,
    description: 'FINAL when left out and a value is given; MISSING when left out and the value is null. MISSING and SUPPRESSED take no value; PRELIMINARY and FINAL need one.',
  })
  status?: MeasurementStatus | null;

  @Field(() => Float, { nullable: true })
  numerator?: number | null;

  @Field(() => Float, { nullable: true, description: 'Not 0.' })
  denominator?: number | null;

  @Field(() => String, { nullable: true, description: 'At most 2,000 characters.' })
  footnote?: string | null;

  @Field(() => String, { nullable: true, description: 'Where the value comes from; at most 1,000 characters.' })
  source?: string | null;

  @Field(() => String, { nullable: true, description: 'Who reports it (a person or a system); at most 200 characters.' })
  reportedBy?: string | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'The version of the stored value you read (0: you read none). When given, the row is refused with CONFLICT if someone else has changed that value since and this row would change it, so that no save overwrites another unseen. Left out: the row replaces whatever is stored.',
  })
  expectedVersion?: number | null;
}

@InputType({ description: 'Up to 10,000 rows, written all or nothing.' })
export class UpsertMeasurementsInput {
  @Field(() => [MeasurementRowInput])
  rows: MeasurementRowInput[];

  @Field({ nullable: true, defaultValue: false, description: 'Check every row, including against the stored values, and write nothing.' })
  dryRun?: boolean;
}

@InputType({ description: 'Fields left out are not changed; null clears a field that may be empty. The key (indicator, unit, period, sex) cannot change.' })
export class UpdateMeasurementInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: 'The version you read.' })
  version: number;

  @Field(() => Float, { nullable: true, description: 'Null clears the value (status then becomes MISSING unless given).' })
  value?: number | null;

  @Field(() => MeasurementStatus, { nullable: true })
  status?: MeasurementStatus;

  @Field(() => Float, { nullable: true })
  numerator?: number | null;

  @Field(() => Float, { nullable: true })
  denominator?: number | null;

  @Field(() => String, { nullable: true })
  footnote?: string | null;

  @Field(() => String, { nullable: true })
  source?: string | null;

  @Field(() => String, { nullable: true, description: 'Who makes this change; kept in the history entry and as reportedBy.' })
  reportedBy?: string | null;
}

@InputType({ description: 'The measurement to archive, the version you read, and who archives it.' })
export class ArchiveMeasurementInput extends ArchiveInput {
  @Field(() => String, { nullable: true, description: 'Who archives it; kept in the history entry.' })
  archivedBy?: string | null;
}

@ArgsType()
export class SeriesArgs {
  @Field(() => String, { nullable: true, description: 'First period, included, e.g. "2015".' })
  from?: string | null;

  @Field(() => String, { nullable: true, description: 'Last period, included, e.g. "2024" (a year includes its months and quarters).' })
  to?: string | null;

  @Field(() => Sex, { nullable: true, description: 'Only this sex; every sex when left out.' })
  sex?: Sex | null;

  @Field(() => ID, { nullable: true, description: 'Values of this organisation unit; the whole municipality when left out.' })
  organisationUnitId?: string | null;
}

export const MeasurementSexFilter = EnumFilter(Sex, 'MeasurementSex');
export const MeasurementStatusFilter = EnumFilter(MeasurementStatus, 'MeasurementStatus');

@InputType()
export class MeasurementWhereInput {
  @Field(() => IdFilter, { nullable: true })
  municipality?: IdFilter;

  @Field(() => IdFilter, { nullable: true })
  indicator?: IdFilter;

  @Field(() => IdFilter, { nullable: true, description: 'Values of these units.' })
  organisationUnit?: IdFilter;

  @Field(() => Boolean, { nullable: true, description: 'true: only values of the whole municipality; false: only values of units.' })
  municipalityLevel?: boolean | null;

  @Field(() => PeriodRangeFilter, { nullable: true, description: 'Periods starting in the range; "to" includes the whole period (2024 includes 2024-12).' })
  period?: PeriodRangeFilter;

  @Field(() => MeasurementSexFilter, { nullable: true })
  sex?: InstanceType<typeof MeasurementSexFilter>;

  @Field(() => MeasurementStatusFilter, { nullable: true })
  status?: InstanceType<typeof MeasurementStatusFilter>;

  @Field({ nullable: true, defaultValue: false })
  includeArchived?: boolean;
}

export enum MeasurementOrderField {
  PERIOD = 'PERIOD',
  REPORTED_AT = 'REPORTED_AT',
  CREATED_AT = 'CREATED_AT',
  UPDATED_AT = 'UPDATED_AT',
}
export const MeasurementOrder = OrderBy(MeasurementOrderField, 'Measurement');
