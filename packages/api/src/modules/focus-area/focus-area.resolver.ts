import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { Goal } from '../goal/goal.entity';
import { SteeringDocument } from '../steering-document/steering-document.entity';
import { FocusArea } from './focus-area.entity';

@Resolver(() => FocusArea)
export class FocusAreaResolver {
  @FieldResolver(() => SteeringDocument)
  steeringDocument(@Root() area: FocusArea, @Ctx() ctx: Context) {
    return ctx.loaders.SteeringDocumentByIdLoader.load(area.steeringDocumentId);
  }

  @FieldResolver(() => [Goal], { description: 'The committee goals (nämndmål) in this area; sub-goals hang under them.' })
  goals(@Root() area: FocusArea, @Ctx() ctx: Context) {
    return ctx.loaders.CommitteeGoalsByFocusAreaIdLoader.load(area.id);
  }
}
