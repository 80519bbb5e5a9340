import { Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';

/** What every archive mutation takes: the object and the version the caller read. */
@InputType({ description: 'The object to archive and the version you read (a stale version gets CONFLICT).' })
export class ArchiveInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  @Min(1)
  version: number;
}
