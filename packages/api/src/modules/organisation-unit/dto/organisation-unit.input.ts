import { IsEnum } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { EnumFilter, IdFilter } from '../../../graphql/filters';
import { OrderBy } from '../../../graphql/pagination';
import { NotBlank, OptionalButNotNull, OptionalNullable } from '../../../graphql/validation';
import { OrganisationUnitKind } from '../organisation-unit.entity';

@InputType()
export class CreateOrganisationUnitInput {
  @Field(() => ID, { nullable: true, description: "The municipality the unit belongs to. Left out, the caller's own (platform operators name it)." })
  municipalityId: string;

  @Field(() => OrganisationUnitKind)
  kind: OrganisationUnitKind;

  @Field()
  @NotBlank(300)
  name: string;

  @Field(() => ID, { nullable: true, description: 'The unit above this one, of the same municipality; left out for a top-level unit.' })
  parentId?: string | null;

  @Field(() => String, { nullable: true, description: 'Id of the unit in another municipal system; unique within the municipality.' })
  @OptionalNullable()
  @NotBlank(200)
  externalId?: string | null;
}

@InputType({ description: 'Fields left out are not changed; null clears a field that may be empty.' })
export class UpdateOrganisationUnitInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: 'The version you read.' })
  version: number;

  @Field(() => OrganisationUnitKind, { nullable: true })
  @OptionalButNotNull()
  @IsEnum(OrganisationUnitKind, { message: 'kind must be one of the OrganisationUnitKind values, not null.' })
  kind?: OrganisationUnitKind;

  @Field(() => String, { nullable: true })
  @OptionalButNotNull()
  @NotBlank(300)
  name?: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Moves the unit under another one of the same municipality; null makes it a top-level unit. A unit cannot be moved under itself or its own descendants.',
  })
  parentId?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalNullable()
  @NotBlank(200)
  externalId?: string | null;
}

export const OrganisationUnitKindFilter = EnumFilter(OrganisationUnitKind, 'OrganisationUnitKind');

@InputType()
export class OrganisationUnitWhereInput {
  @Field(() => IdFilter, { nullable: true })
  municipality?: IdFilter;

  @Field(() => OrganisationUnitKindFilter, { nullable: true })
  kind?: InstanceType<typeof OrganisationUnitKindFilter>;

  @Field(() => IdFilter, { nullable: true, description: 'Units directly under any of these units.' })
  parent?: IdFilter;

  @Field(() => Boolean, { nullable: true, description: 'true: only top-level units (no parent); false: only units that have a parent.' })
  topLevel?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Words that must all occur in the name or external id.' })
  search?: string;

  @Field({ nullable: true, defaultValue: false })
  includeArchived?: boolean;
}

export enum OrganisationUnitOrderField {
  NAME = 'NAME',
  CREATED_AT = 'CREATED_AT',
  UPDATED_AT = 'UPDATED_AT',
}
export const OrganisationUnitOrder = OrderBy(OrganisationUnitOrderField, 'OrganisationUnit');
