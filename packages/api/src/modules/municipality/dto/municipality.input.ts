import { IsEmail, IsUrl, Length, Matches, Max, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { OrderBy } from '../../../graphql/pagination';
import { IsOrganisationNumber, NotBlank, OptionalButNotNull, OptionalNullable } from '../../../graphql/validation';

const CODE = /^\d{4}$/;
const CODE_MESSAGE = 'code must be a four-digit municipality code (kommunkod), e.g. 0138.';

@InputType()
export class CreateMunicipalityInput {
  @Field({ description: 'Four-digit municipality code (kommunkod), e.g. 0138; unique.' })
  @Matches(CODE, { message: CODE_MESSAGE })
  code: string;

  @Field()
  @NotBlank(200)
  name: string;

  @Field(() => String, { nullable: true, description: 'Organisation number, NNNNNN-NNNN, e.g. 212000-0142.' })
  @OptionalNullable()
  @IsOrganisationNumber()
  organisationNumber?: string | null;
}

@InputType({ description: 'Fields left out are not changed; null clears a field that may be empty.' })
export class UpdateMunicipalityInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: 'The version you read.' })
  version: number;

  @Field(() => String, { nullable: true, description: 'A corrected municipality code; must stay unique.' })
  @OptionalButNotNull()
  @Matches(CODE, { message: CODE_MESSAGE })
  code?: string;

  @Field(() => String, { nullable: true })
  @OptionalButNotNull()
  @NotBlank(200)
  name?: string;

  @Field(() => String, { nullable: true })
  @OptionalNullable()
  @IsOrganisationNumber()
  organisationNumber?: string | null;

  @Field(() => String, { nullable: true, description: 'Licence of the published data, an absolute http(s) URI; null: CC0.' })
  @OptionalNullable()
  @Length(1, 300)
  @IsUrl({ protocols: ['https', 'http'], require_protocol: true, require_tld: true }, { message: 'openDataLicence must be an absolute URI beginning with https:// or http://.' })
  openDataLicence?: string | null;

  @Field(() => String, { nullable: true, description: 'Attribution text sent with the published data.' })
  @OptionalNullable()
  @Length(1, 500)
  openDataAttribution?: string | null;

  @Field(() => String, { nullable: true, description: 'E-mail address of the open-data contact point.' })
  @OptionalNullable()
  @IsEmail({}, { message: 'openDataContactEmail must be an email address.' })
  @Length(1, 254)
  openDataContactEmail?: string | null;

  @Field(() => Int, { nullable: true, description: 'Published counts below this are suppressed (1–100).' })
  @OptionalButNotNull()
  @Min(1)
  @Max(100)
  smallCountThreshold?: number;
}

@InputType()
export class MunicipalityWhereInput {
  @Field(() => String, { nullable: true, description: 'Words that must all occur in the name or code.' })
  search?: string;

  @Field({ nullable: true, defaultValue: false })
  includeArchived?: boolean;
}

export enum MunicipalityOrderField {
  CODE = 'CODE',
  NAME = 'NAME',
}
export const MunicipalityOrder = OrderBy(MunicipalityOrderField, 'Municipality');
