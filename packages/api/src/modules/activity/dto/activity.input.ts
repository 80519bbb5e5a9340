import { ArrayMaxSize, Length } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { DateRangeFilter, EnumFilter, IdFilter } from '../../../graphql/filters';
import { OrderBy } from '../../../graphql/pagination';
import { IsIsoDate, NotBlank, OptionalButNotNull, OptionalNullable } from '../../../graphql/validation';
import { ActivityStatus } from '../activity.entity';

@InputType()
export class CreateActivityInput {
  @Field(() => ID, { nullable: true, description: "The municipality; left out, the caller's own (platform operators name it)." })
  municipalityId: string;

  @Field()
  @NotBlank(300)
  title: string;

  @Field(() => String, { nullable: true })
  @OptionalNullable()
  @Length(0, 10000)
  description?: string | null;

  @Field(() => ActivityStatus, { nullable: true, defaultValue: ActivityStatus.PLANNED })
  @OptionalButNotNull()
  status?: ActivityStatus;

  @Field(() => String, { nullable: true, description: 'yyyy-mm-dd' })
  @OptionalNullable()
  @IsIsoDate()
  startDate?: string | null;

  @Field(() => String, { nullable: true, description: 'yyyy-mm-dd, not before startDate.' })
  @OptionalNullable()
  @IsIsoDate()
  endDate?: string | null;

  @Field(() => ID, { nullable: true, description: 'The unit responsible (a unit of the same municipality).' })
  @OptionalNullable()
  responsibleUnitId?: string | null;

  @Field(() => String, { nullable: true, description: 'Who it is for (målgrupp), e.g. nyanlända vuxna.' })
  @OptionalNullable()
  @Length(1, 300)
  targetGroup?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Goals the activity serves.' })
  @OptionalNullable()
  @ArrayMaxSize(100)
  goalIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Partners taking part.' })
  @OptionalNullable()
  @ArrayMaxSize(100)
  partnerIds?: string[] | null;
}

@InputType({ description: 'Fields left out are not changed; null clears a field that may be empty; goalIds/partnerIds replace the links.' })
export class UpdateActivityInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: 'The version you read.' })
  version: number;

  @Field(() => String, { nullable: true })
  @OptionalButNotNull()
  @NotBlank(300)
  title?: string;

  @Field(() => String, { nullable: true })
  @OptionalNullable()
  @Length(0, 10000)
  description?: string | null;

  @Field(() => ActivityStatus, { nullable: true })
  @OptionalButNotNull()
  status?: ActivityStatus;

  @Field(() => String, { nullable: true })
  @OptionalNullable()
  @IsIsoDate()
  startDate?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalNullable()
  @IsIsoDate()
  endDate?: string | null;

  @Field(() => ID, { nullable: true })
  @OptionalNullable()
  responsibleUnitId?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalNullable()
  @Length(1, 300)
  targetGroup?: string | null;

  @Field(() => [ID], { nullable: true })
  @OptionalButNotNull()
  @ArrayMaxSize(100)
  goalIds?: string[];

  @Field(() => [ID], { nullable: true })
  @OptionalButNotNull()
  @ArrayMaxSize(100)
  partnerIds?: string[];
}

export const ActivityStatusFilter = EnumFilter(ActivityStatus, 'ActivityStatus');

@InputType()
export class ActivityWhereInput {
  @Field(() => IdFilter, { nullable: true })
  municipality?: IdFilter;

  @Field(() => ActivityStatusFilter, { nullable: true })
  status?: InstanceType<typeof ActivityStatusFilter>;

  @Field(() => IdFilter, { nullable: true, description: 'Responsible unit.' })
  responsibleUnit?: IdFilter;

  @Field(() => IdFilter, { nullable: true, description: 'Activities serving any of these goals.' })
  goal?: IdFilter;

  @Field(() => IdFilter, { nullable: true, description: 'Activities with any of these partners.' })
  partner?: IdFilter;

  @Field(() => DateRangeFilter, { nullable: true, description: 'Activities running at some time in this range.' })
  during?: DateRangeFilter;

  @Field(() => String, { nullable: true, description: 'Words that must all occur in the title, description or target group.' })
  search?: string;

  @Field({ nullable: true, defaultValue: false })
  includeArchived?: boolean;
}

export enum ActivityOrderField {
  TITLE = 'TITLE',
  CREATED_AT = 'CREATED_AT',
  UPDATED_AT = 'UPDATED_AT',
}
export const ActivityOrder = OrderBy(ActivityOrderField, 'Activity');
