import { ArrayMaxSize, Length, Max, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { EnumFilter, IdFilter } from '../../../graphql/filters';
import { OrderBy } from '../../../graphql/pagination';
import { NotBlank, OptionalButNotNull, OptionalNullable } from '../../../graphql/validation';
import { GoalLevel } from '../goal.entity';

const PERIOD_HELP = 'Period notation: 2024, 2024-S1, 2024-T2, 2024-Q3 or 2024-M05 (SDMX; the older 2024H1, 2024T2, 2024Q3, 2024-05 is still read and deprecated).';

@InputType({
  description: 'A new goal in a steering document. A COMMITTEE_GOAL names its owning unit and focus area; a SUB_GOAL has a parent; an OVERALL_AIM has none (one per document).',
})
export class CreateGoalInput {
  @Field(() => ID, { description: 'The steering document the goal belongs to; the goal belongs to its municipality.' })
  steeringDocumentId: string;

  @Field(() => GoalLevel)
  level: GoalLevel;

  @Field()
  @NotBlank(500)
  title: string;

  @Field(() => String, { nullable: true })
  @OptionalNullable()
  @Length(0, 10000)
  description?: string | null;

  @Field(() => ID, { nullable: true, description: 'The goal above this one, in the same document. Required for a SUB_GOAL; none for an OVERALL_AIM.' })
  @OptionalNullable()
  parentId?: string | null;

  @Field(() => ID, { nullable: true, description: 'A focus area of the same document. Required for a COMMITTEE_GOAL.' })
  @OptionalNullable()
  focusAreaId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The owning unit (e.g. the committee), of the same municipality. Required for a COMMITTEE_GOAL.' })
  @OptionalNullable()
  ownerUnitId?: string | null;

  @Field(() => String, { nullable: true, description: `First period the goal applies to. ${PERIOD_HELP}` })
  @OptionalNullable()
  startPeriod?: string | null;

  @Field(() => String, { nullable: true, description: `Last period the goal applies to, not before startPeriod. ${PERIOD_HELP}` })
  @OptionalNullable()
  endPeriod?: string | null;

  @Field(() => Int, { nullable: true, description: 'Position among its siblings; after the last one when left out.' })
  @OptionalNullable()
  @Min(0)
  @Max(1_000_000)
  sortOrder?: number | null;

  @Field(() => [ID], { nullable: true, description: 'Indicators (of the same municipality) that measure the goal.' })
  @OptionalNullable()
  @ArrayMaxSize(100)
  indicatorIds?: string[] | null;
}

@InputType({
  description: 'Fields left out are not changed; null clears a field that may be empty; indicatorIds replaces the links. The document of a goal cannot be changed.',
})
export class UpdateGoalInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: 'The version you read.' })
  version: number;

  @Field(() => GoalLevel, { nullable: true })
  @OptionalButNotNull()
  level?: GoalLevel;

  @Field(() => String, { nullable: true })
  @OptionalButNotNull()
  @NotBlank(500)
  title?: string;

  @Field(() => String, { nullable: true })
  @OptionalNullable()
  @Length(0, 10000)
  description?: string | null;

  @Field(() => ID, { nullable: true, description: 'A goal of the same document; the goals must not form a cycle.' })
  @OptionalNullable()
  parentId?: string | null;

  @Field(() => ID, { nullable: true })
  @OptionalNullable()
  focusAreaId?: string | null;

  @Field(() => ID, { nullable: true })
  @OptionalNullable()
  ownerUnitId?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalNullable()
  startPeriod?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalNullable()
  endPeriod?: string | null;

  @Field(() => Int, { nullable: true })
  @OptionalButNotNull()
  @Min(0)
  @Max(1_000_000)
  sortOrder?: number;

  @Field(() => [ID], { nullable: true, description: 'Replaces the goal’s indicator links; [] removes them all.' })
  @OptionalButNotNull()
  @ArrayMaxSize(100)
  indicatorIds?: string[];
}

export const GoalLevelFilter = EnumFilter(GoalLevel, 'GoalLevel');

@InputType()
export class GoalWhereInput {
  @Field(() => IdFilter, { nullable: true })
  municipality?: IdFilter;

  @Field(() => IdFilter, { nullable: true })
  steeringDocument?: IdFilter;

  @Field(() => IdFilter, { nullable: true })
  focusArea?: IdFilter;

  @Field(() => IdFilter, { nullable: true, description: 'The owning unit.' })
  ownerUnit?: IdFilter;

  @Field(() => GoalLevelFilter, { nullable: true })
  level?: InstanceType<typeof GoalLevelFilter>;

  @Field(() => String, { nullable: true, description: 'Words that must all occur in the title or description.' })
  search?: string;

  @Field({ nullable: true, defaultValue: false })
  includeArchived?: boolean;
}

export enum GoalOrderField {
  TITLE = 'TITLE',
  SORT_ORDER = 'SORT_ORDER',
  CREATED_AT = 'CREATED_AT',
  UPDATED_AT = 'UPDATED_AT',
}
export const GoalOrder = OrderBy(GoalOrderField, 'Goal');
