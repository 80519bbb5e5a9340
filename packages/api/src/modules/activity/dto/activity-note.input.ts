import { Field, ID, InputType } from 'type-graphql';
import { IsIsoDate, NotBlank } from '../../../graphql/validation';

@InputType({ description: 'A progress note on an activity: what was done and when. Who wrote it is the caller.' })
export class AddActivityNoteInput {
  @Field(() => ID, { description: 'The activity.' })
  activityId: string;

  @Field(() => String, { description: 'The day the work was done, yyyy-mm-dd; not after today.' })
  @IsIsoDate()
  doneOn: string;

  @Field({ description: 'What was done, 1 to 4000 characters.' })
  @NotBlank(4000)
  text: string;
}
