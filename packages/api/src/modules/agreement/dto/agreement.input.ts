import { ArrayMaxSize, Length } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { DateRangeFilter, EnumFilter, IdFilter } from '../../../graphql/filters';
import { OrderBy } from '../../../graphql/pagination';
import { IsIsoDate, NotBlank, OptionalButNotNull, OptionalNullable } from '../../../graphql/validation';
import { AgreementKind } from '../agreement.entity';

@InputType()
export class CreateAgreementInput {
  @Field(() => ID, { nullable: true, description: "The municipality; left out, the caller's own (platform operators name it)." })
  municipalityId: string;

  @Field(() => AgreementKind)
  kind: AgreementKind;

  @Field()
  @NotBlank(300)
  title: string;

  @Field(() => String, { nullable: true })
  @OptionalNullable()
  @Length(0, 10000)
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'yyyy-mm-dd; a PROJECT needs start and end.' })
  @OptionalNullable()
  @IsIsoDate()
  startDate?: string | null;

  @Field(() => String, { nullable: true, description: 'yyyy-mm-dd, not before startDate.' })
  @OptionalNullable()
  @IsIsoDate()
  endDate?: string | null;

  @Field(() => [ID], { nullable: true, description: 'The parties (partners).' })
  @OptionalNullable()
  @ArrayMaxSize(100)
  partnerIds?: string[] | null;

  @Field(() => [ID], { nullable: true })
  @OptionalNullable()
  @ArrayMaxSize(100)
  activityIds?: string[] | null;

  @Field(() => [ID], { nullable: true })
  @OptionalNullable()
  @ArrayMaxSize(100)
  goalIds?: string[] | null;
}

@InputType({ description: 'Fields left out are not changed; null clears a field that may be empty; id lists replace the links.' })
export class UpdateAgreementInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: 'The version you read.' })
  version: number;

  @Field(() => AgreementKind, { nullable: true })
  @OptionalButNotNull()
  kind?: AgreementKind;

  @Field(() => String, { nullable: true })
  @OptionalButNotNull()
  @NotBlank(300)
  title?: string;

  @Field(() => String, { nullable: true })
  @OptionalNullable()
  @Length(0, 10000)
  description?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalNullable()
  @IsIsoDate()
  startDate?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalNullable()
  @IsIsoDate()
  endDate?: string | null;

  @Field(() => [ID], { nullable: true })
  @OptionalButNotNull()
  @ArrayMaxSize(100)
  partnerIds?: string[];

  @Field(() => [ID], { nullable: true })
  @OptionalButNotNull()
  @ArrayMaxSize(100)
  activityIds?: string[];

  @Field(() => [ID], { nullable: true })
  @OptionalButNotNull()
  @ArrayMaxSize(100)
  goalIds?: string[];
}

export const AgreementKindFilter = EnumFilter(AgreementKind, 'AgreementKind');

@InputType()
export class AgreementWhereInput {
  @Field(() => IdFilter, { nullable: true })
  municipality?: IdFilter;

  @Field(() => AgreementKindFilter, { nullable: true })
  kind?: InstanceType<typeof AgreementKindFilter>;

  @Field(() => IdFilter, { nullable: true, description: 'Agreements with any of these partners.' })
  partner?: IdFilter;

  @Field(() => DateRangeFilter, { nullable: true, description: 'Agreements in force at some time in this range.' })
  during?: DateRangeFilter;

  @Field(() => String, { nullable: true })
  search?: string;

  @Field({ nullable: true, defaultValue: false })
  includeArchived?: boolean;
}

export enum AgreementOrderField {
  TITLE = 'TITLE',
  CREATED_AT = 'CREATED_AT',
  UPDATED_AT = 'UPDATED_AT',
}
export const AgreementOrder = OrderBy(AgreementOrderField, 'Agreement');
