import { Field, ObjectType } from 'type-graphql';
import { Sex } from '../../graphql/enums';

/** A value a unit report lacks for its round's period (plain object computed per request, not a row). */
@ObjectType({ description: 'A value missing for the round’s period in one of the indicators of the unit’s goals, and the unit’s explanation if given.' })
export class MissingValue {
  indicatorId: string;

  @Field({ description: 'The period asked for, in the indicator’s periodicity: the latest that ends by the end of the round’s period.' })
  period: string;

  @Field(() => [Sex], { description: 'The values missing: WOMEN, MEN and/or TOTAL (TOTAL only for an indicator not divided by sex).' })
  sexes: Sex[];

  @Field(() => String, { nullable: true, description: 'Why the value is missing (explainMissingValue); null while unexplained, which blocks submitting.' })
  explanation: string | null;

  @Field({ description: 'Whether the gap is explained.' })
  explained: boolean;
}
