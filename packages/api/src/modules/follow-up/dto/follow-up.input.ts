import { ArrayMaxSize, ArrayMinSize, Length, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { IsIsoDate, IsPeriod, NotBlank, OptionalNullable } from '../../../graphql/validation';
import { GoalAssessmentValue } from '../follow-up.entity';

@InputType({ description: 'Opens a reporting round for a steering document and a period.' })
export class OpenReportingRoundInput {
  @Field(() => ID)
  steeringDocumentId: string;

  @Field({ description: 'The period: 2025T1, 2025H1, 2025-08 (an interim report up to August), or 2024 for the year end.' })
  @IsPeriod()
  period: string;

  @Field({ description: 'Last day to submit, yyyy-mm-dd.' })
  @IsIsoDate()
  deadline: string;

  @Field(() => [ID], { description: 'The units that report.' })
  @ArrayMinSize(1, { message: 'unitIds must name at least one unit.' })
  @ArrayMaxSize(200)
  unitIds: string[];
}

@InputType({ description: 'The texts of a unit report; left out, a field keeps its value; null clears it.' })
export class UpdateUnitReportInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: 'The version you read.' })
  @Min(1)
  version: number;

  @Field(() => String, { nullable: true })
  @OptionalNullable()
  @Length(0, 20000)
  analysis?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalNullable()
  @Length(0, 20000)
  genderAnalysis?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalNullable()
  @Length(0, 20000)
  activitiesWithPartners?: string | null;
}

@InputType({ description: 'Assesses a goal of the report’s unit (creates or replaces the assessment).' })
export class AssessGoalInput {
  @Field(() => ID)
  unitReportId: string;

  @Field(() => ID)
  goalId: string;

  @Field(() => GoalAssessmentValue)
  assessment: GoalAssessmentValue;

  @Field({ description: 'Required: a human assessment overrides the computed status.' })
  @NotBlank(10000)
  comment: string;
}

@InputType({ description: 'A unit report and the version you read.' })
export class UnitReportActionInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  @Min(1)
  version: number;
}

@InputType({ description: 'Returns a submitted report to its unit, with a comment.' })
export class ReturnUnitReportInput extends UnitReportActionInput {
  @Field()
  @NotBlank(10000)
  comment: string;
}

@InputType({ description: 'A reporting round and the version you read.' })
export class ReportingRoundActionInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  @Min(1)
  version: number;
}

@InputType({ description: 'Explains why a value of one of the unit’s indicators is missing for the round’s period (creates or replaces the explanation).' })
export class ExplainMissingValueInput {
  @Field(() => ID)
  unitReportId: string;

  @Field(() => ID)
  indicatorId: string;

  @Field({ description: 'Why the value is missing, e.g. "SCB publishes the figure in March".' })
  @NotBlank(10000)
  explanation: string;
}

@InputType({ description: 'Opens a correction of an approved round as its next revision.' })
export class ReviseReportingRoundInput extends ReportingRoundActionInput {
  @Field({ description: 'Last day to submit the corrected reports, yyyy-mm-dd.' })
  @IsIsoDate()
  deadline: string;

  @Field({ description: 'Why the approved round is corrected (shown with the revision).' })
  @NotBlank(10000)
  reason: string;
}
