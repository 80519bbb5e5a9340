import { IsInt, Length, Matches, Max, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { IdFilter } from '../../../graphql/filters';
import { NotBlank, OptionalButNotNull, OptionalNullable } from '../../../graphql/validation';

export const FOCUS_AREA_KEY = /^[A-Z][A-Z0-9_]{0,63}$/;
const KEY_MESSAGE = 'key must start with a capital letter A–Z followed by up to 63 of A–Z, 0–9 and _, e.g. WORK_AND_EMPLOYMENT.';
const SORT_ORDER_MESSAGE = 'sortOrder must be a whole number from 1 to 10000.';

@InputType()
export class CreateFocusAreaInput {
  @Field(() => ID, { nullable: true, description: "The municipality; the steering document must be one of its own. Left out, the caller's own (platform operators name it)." })
  municipalityId: string;

  @Field(() => ID)
  steeringDocumentId: string;

  @Field({ description: 'Stable key, unique within the document, e.g. WORK_AND_EMPLOYMENT.' })
  @Matches(FOCUS_AREA_KEY, { message: KEY_MESSAGE })
  key: string;

  @Field({ description: 'Name in Swedish.' })
  @NotBlank(200)
  nameSv: string;

  @Field({ description: 'Name in English.' })
  @NotBlank(200)
  nameEn: string;

  @Field(() => String, { nullable: true })
  @OptionalNullable()
  @Length(0, 10000)
  description?: string | null;

  @Field(() => Int, { nullable: true, description: 'Position among the document’s areas, from 1; after the last area when left out.' })
  @OptionalNullable()
  @IsInt({ message: SORT_ORDER_MESSAGE })
  @Min(1, { message: SORT_ORDER_MESSAGE })
  @Max(10000, { message: SORT_ORDER_MESSAGE })
  sortOrder?: number | null;
}

@InputType({ description: 'Fields left out are not changed; null clears a field that may be empty.' })
export class UpdateFocusAreaInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: 'The version you read.' })
  version: number;

  @Field(() => String, { nullable: true })
  @OptionalButNotNull()
  @Matches(FOCUS_AREA_KEY, { message: KEY_MESSAGE })
  key?: string;

  @Field(() => String, { nullable: true })
  @OptionalButNotNull()
  @NotBlank(200)
  nameSv?: string;

  @Field(() => String, { nullable: true })
  @OptionalButNotNull()
  @NotBlank(200)
  nameEn?: string;

  @Field(() => String, { nullable: true })
  @OptionalNullable()
  @Length(0, 10000)
  description?: string | null;

  @Field(() => Int, { nullable: true })
  @OptionalButNotNull()
  @IsInt({ message: SORT_ORDER_MESSAGE })
  @Min(1, { message: SORT_ORDER_MESSAGE })
  @Max(10000, { message: SORT_ORDER_MESSAGE })
  sortOrder?: number;
}

@InputType()
export class FocusAreaWhereInput {
  @Field(() => IdFilter, { nullable: true })
  municipality?: IdFilter;

  @Field(() => IdFilter, { nullable: true })
  steeringDocument?: IdFilter;

  @Field(() => String, { nullable: true, description: 'Words that must all occur in the key or a name.' })
  search?: string;

  @Field({ nullable: true, defaultValue: false })
  includeArchived?: boolean;
}
