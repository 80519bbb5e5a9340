import { IsEmail, IsUrl, Length } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { EnumFilter, IdFilter } from '../../../graphql/filters';
import { OrderBy } from '../../../graphql/pagination';
import { IsOrganisationNumber, NotBlank, OptionalButNotNull, OptionalNullable } from '../../../graphql/validation';
import { PartnerKind } from '../partner.entity';

@InputType()
export class CreatePartnerInput {
  @Field(() => ID, { nullable: true, description: "The municipality that works with this partner. Left out, the caller's own (platform operators name it)." })
  municipalityId: string;

  @Field()
  @NotBlank(300)
  name: string;

  @Field(() => PartnerKind)
  kind: PartnerKind;

  @Field(() => String, { nullable: true })
  @OptionalNullable()
  @IsOrganisationNumber()
  organisationNumber?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalNullable()
  @Length(1, 200)
  contactName?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalNullable()
  @IsEmail({}, { message: 'contactEmail must be an e-mail address.' })
  contactEmail?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalNullable()
  @Length(1, 50)
  contactPhone?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalNullable()
  @IsUrl({ protocols: ['https', 'http'], require_protocol: true }, { message: 'website must be a URL beginning with https://.' })
  website?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalNullable()
  @Length(0, 10000)
  description?: string | null;
}

@InputType({ description: 'Fields left out are not changed; null clears a field that may be empty.' })
export class UpdatePartnerInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: 'The version you read.' })
  version: number;

  @Field(() => String, { nullable: true })
  @OptionalButNotNull()
  @NotBlank(300)
  name?: string;

  @Field(() => PartnerKind, { nullable: true })
  @OptionalButNotNull()
  kind?: PartnerKind;

  @Field(() => String, { nullable: true })
  @OptionalNullable()
  @IsOrganisationNumber()
  organisationNumber?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalNullable()
  @Length(1, 200)
  contactName?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalNullable()
  @IsEmail({}, { message: 'contactEmail must be an e-mail address.' })
  contactEmail?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalNullable()
  @Length(1, 50)
  contactPhone?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalNullable()
  @IsUrl({ protocols: ['https', 'http'], require_protocol: true }, { message: 'website must be a URL beginning with https://.' })
  website?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalNullable()
  @Length(0, 10000)
  description?: string | null;
}

export const PartnerKindFilter = EnumFilter(PartnerKind, 'PartnerKind');

@InputType()
export class PartnerWhereInput {
  @Field(() => IdFilter, { nullable: true })
  municipality?: IdFilter;

  @Field(() => PartnerKindFilter, { nullable: true })
  kind?: InstanceType<typeof PartnerKindFilter>;

  @Field(() => String, { nullable: true, description: 'Words that must all occur in the name or description.' })
  search?: string;

  @Field({ nullable: true, defaultValue: false })
  includeArchived?: boolean;
}

export enum PartnerOrderField {
  NAME = 'NAME',
  CREATED_AT = 'CREATED_AT',
  UPDATED_AT = 'UPDATED_AT',
}
export const PartnerOrder = OrderBy(PartnerOrderField, 'Partner');
