import { IsEnum, IsInt, Length, Max, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { EnumFilter, IdFilter } from '../../../graphql/filters';
import { OrderBy } from '../../../graphql/pagination';
import { IsIsoDate, NotBlank, OptionalButNotNull, OptionalNullable } from '../../../graphql/validation';
import { SteeringDocumentKind, SteeringDocumentStatus } from '../steering-document.entity';

const REVISION_MESSAGE = 'revisionIntervalMonths must be a whole number of months from 1 to 120.';
const KIND_MESSAGE = 'kind must be one of the SteeringDocumentKind values, not null.';
const STATUS_MESSAGE = 'status must be one of the SteeringDocumentStatus values, not null.';
const MAX_TEXT = 500_000;

@InputType()
export class CreateSteeringDocumentInput {
  @Field(() => ID, { nullable: true, description: "The municipality whose document this is. Left out, the caller's own (platform operators name it)." })
  municipalityId: string;

  @Field(() => SteeringDocumentKind)
  @IsEnum(SteeringDocumentKind, { message: KIND_MESSAGE })
  kind: SteeringDocumentKind;

  @Field()
  @NotBlank(300)
  title: string;

  @Field(() => String, { nullable: true, description: 'Registration number (diarienummer), e.g. KS/2017:749.' })
  @OptionalNullable()
  @NotBlank(100)
  registrationNumber?: string | null;

  @Field(() => String, { nullable: true, description: 'Who decided it, e.g. Kommunfullmäktige.' })
  @OptionalNullable()
  @NotBlank(200)
  decidedBy?: string | null;

  @Field(() => String, { nullable: true, description: 'Decision date, yyyy-mm-dd.' })
  @OptionalNullable()
  @IsIsoDate()
  decisionDate?: string | null;

  @Field(() => ID, { nullable: true, description: 'The unit that owns the document (dokumentansvarig), of the same municipality.' })
  @OptionalNullable()
  ownerUnitId?: string | null;

  @Field(() => String, { nullable: true, description: 'Who follows it up, e.g. Integrationssamordnare.' })
  @OptionalNullable()
  @NotBlank(200)
  followedUpBy?: string | null;

  @Field(() => Int, { nullable: true, description: 'Revised at least every N months, 1 to 120.' })
  @OptionalNullable()
  @IsInt({ message: REVISION_MESSAGE })
  @Min(1, { message: REVISION_MESSAGE })
  @Max(120, { message: REVISION_MESSAGE })
  revisionIntervalMonths?: number | null;

  @Field(() => String, { nullable: true, description: 'Valid until, yyyy-mm-dd; not before decisionDate.' })
  @OptionalNullable()
  @IsIsoDate()
  validUntil?: string | null;

  @Field(() => SteeringDocumentStatus, { nullable: true, defaultValue: SteeringDocumentStatus.DRAFT, description: 'Any status but ARCHIVED (use archiveSteeringDocument).' })
  @OptionalButNotNull()
  @IsEnum(SteeringDocumentStatus, { message: STATUS_MESSAGE })
  status?: SteeringDocumentStatus;

  @Field(() => String, { nullable: true, description: 'A short summary.' })
  @OptionalNullable()
  @Length(0, 10000)
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'The document text (Markdown).' })
  @OptionalNullable()
  @Length(0, MAX_TEXT)
  text?: string | null;

  @Field(() => String, { nullable: true, description: 'A note for version 1, e.g. "Första versionen".' })
  @OptionalNullable()
  @Length(0, 2000)
  changeNote?: string | null;
}

@InputType({
  description:
    'Changes the metadata that is not part of a decided version. Fields left out are not changed; null clears a field that may be empty. Title, registration number, decision, validity and text change through createSteeringDocumentVersion.',
})
export class UpdateSteeringDocumentInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: 'The version you read (the row version, not the document version number).' })
  version: number;

  @Field(() => SteeringDocumentKind, { nullable: true })
  @OptionalButNotNull()
  @IsEnum(SteeringDocumentKind, { message: KIND_MESSAGE })
  kind?: SteeringDocumentKind;

  @Field(() => SteeringDocumentStatus, { nullable: true, description: 'Any status but ARCHIVED (use archiveSteeringDocument).' })
  @OptionalButNotNull()
  @IsEnum(SteeringDocumentStatus, { message: STATUS_MESSAGE })
  status?: SteeringDocumentStatus;

  @Field(() => ID, { nullable: true })
  @OptionalNullable()
  ownerUnitId?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalNullable()
  @NotBlank(200)
  followedUpBy?: string | null;

  @Field(() => Int, { nullable: true })
  @OptionalNullable()
  @IsInt({ message: REVISION_MESSAGE })
  @Min(1, { message: REVISION_MESSAGE })
  @Max(120, { message: REVISION_MESSAGE })
  revisionIntervalMonths?: number | null;

  @Field(() => String, { nullable: true })
  @OptionalNullable()
  @Length(0, 10000)
  description?: string | null;
}

@InputType({
  description:
    'A new version of a document (e.g. a revision decided under a new registration number). Fields left out are taken from the current version; null clears a field that may be empty. Earlier versions are never changed.',
})
export class CreateSteeringDocumentVersionInput {
  @Field(() => ID, { description: 'The steering document.' })
  id: string;

  @Field(() => Int, { description: 'The row version of the document you read.' })
  version: number;

  @Field(() => String, { nullable: true })
  @OptionalButNotNull()
  @NotBlank(300)
  title?: string;

  @Field(() => String, { nullable: true })
  @OptionalNullable()
  @NotBlank(100)
  registrationNumber?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalNullable()
  @NotBlank(200)
  decidedBy?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalNullable()
  @IsIsoDate()
  decisionDate?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalNullable()
  @IsIsoDate()
  validUntil?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalNullable()
  @Length(0, MAX_TEXT)
  text?: string | null;

  @Field(() => SteeringDocumentStatus, { nullable: true, description: 'The status with this version; the current status when left out. Not ARCHIVED.' })
  @OptionalButNotNull()
  @IsEnum(SteeringDocumentStatus, { message: STATUS_MESSAGE })
  status?: SteeringDocumentStatus;

  @Field({ description: 'What changed in this version, e.g. "Översyn; ersätter KS/2013:1207".' })
  @NotBlank(2000)
  changeNote: string;
}

export const SteeringDocumentKindFilter = EnumFilter(SteeringDocumentKind, 'SteeringDocumentKind');
export const SteeringDocumentStatusFilter = EnumFilter(SteeringDocumentStatus, 'SteeringDocumentStatus');

@InputType()
export class SteeringDocumentWhereInput {
  @Field(() => IdFilter, { nullable: true })
  municipality?: IdFilter;

  @Field(() => SteeringDocumentKindFilter, { nullable: true })
  kind?: InstanceType<typeof SteeringDocumentKindFilter>;

  @Field(() => SteeringDocumentStatusFilter, { nullable: true })
  status?: InstanceType<typeof SteeringDocumentStatusFilter>;

  @Field(() => IdFilter, { nullable: true, description: 'Documents owned by any of these units.' })
  ownerUnit?: IdFilter;

  @Field(() => String, { nullable: true, description: 'Words that must all occur in the title, registration number or description.' })
  search?: string;

  @Field({ nullable: true, defaultValue: false })
  includeArchived?: boolean;
}

export enum SteeringDocumentOrderField {
  TITLE = 'TITLE',
  DECISION_DATE = 'DECISION_DATE',
  UPDATED_AT = 'UPDATED_AT',
}
export const SteeringDocumentOrder = OrderBy(SteeringDocumentOrderField, 'SteeringDocument');
