import { ArrayMaxSize, ArrayMinSize, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { IsIsoDate, NotBlank, OptionalNullable } from '../../../graphql/validation';

@InputType({ description: 'Sends a draft steering document on consultation (remiss) to chosen units with a deadline.' })
export class SendConsultationInput {
  @Field(() => ID)
  steeringDocumentId: string;

  @Field(() => [ID], { description: 'The units asked for their views.' })
  @ArrayMinSize(1, { message: 'unitIds must name at least one unit.' })
  @ArrayMaxSize(200)
  unitIds: string[];

  @Field({ description: 'Last day to answer, yyyy-mm-dd.' })
  @IsIsoDate()
  deadline: string;

  @Field(() => String, { nullable: true, description: 'What the owner asks the units.' })
  @OptionalNullable()
  message?: string | null;
}

@InputType({ description: 'A unit’s answer to a consultation: its views (replaces an earlier answer while the consultation is open).' })
export class AnswerConsultationInput {
  @Field(() => ID, { description: 'The ConsultationResponse of the unit.' })
  id: string;

  @Field(() => Int, { description: 'The version you read.' })
  @Min(1)
  version: number;

  @Field()
  @NotBlank(20000)
  views: string;
}

@InputType({ description: 'A consultation and the version you read.' })
export class CloseConsultationInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  @Min(1)
  version: number;
}
