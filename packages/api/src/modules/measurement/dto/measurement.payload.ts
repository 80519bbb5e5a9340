import { Field, Int, ObjectType } from 'type-graphql';
import { Sex } from '../../../graphql/enums';
import { RowError } from '../../../graphql/user-error';

@ObjectType({ description: 'What upsertMeasurements did (or, with dryRun, would do). The counts are null when there are errors: then nothing was written.' })
export class UpsertMeasurementsPayload {
  @Field({ description: 'Whether this was a dry run (nothing written).' })
  dryRun: boolean;

  @Field(() => Int, { nullable: true, description: 'Rows added or changed (inserted + updated).' })
  upserted: number | null;

  @Field(() => Int, { nullable: true, description: 'Rows whose key was new.' })
  inserted: number | null;

  @Field(() => Int, { nullable: true, description: 'Stored values that changed (their previous state is in the history), restored ones included.' })
  updated: number | null;

  @Field(() => Int, { nullable: true, description: 'Archived values brought back by this call (counted in updated too).' })
  restored: number | null;

  @Field(() => Int, { nullable: true, description: 'Rows equal to what was stored: not written, not historised, version kept.' })
  unchanged: number | null;

  @Field(() => [RowError], { description: 'Every refused row by its index (from 0); empty when the call succeeded.' })
  errors: RowError[];
}

@ObjectType({ description: 'Whether the values of an indicator for one period are there (municipality level).' })
export class Completeness {
  @Field()
  period: string;

  @Field({ description: 'Divided by sex: both the value for women and for men are present. Otherwise: the total is present.' })
  complete: boolean;

  @Field({ description: 'A value for women is present.' })
  women: boolean;

  @Field({ description: 'A value for men is present.' })
  men: boolean;

  @Field({ description: 'A total is present.' })
  total: boolean;

  @Field(() => [Sex], { description: 'The values that are needed for completeness and absent.' })
  missing: Sex[];
}
