import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { FocusArea } from '../focus-area/focus-area.entity';
import { Indicator } from '../indicator/indicator.entity';
import { SteeringDocument } from '../steering-document/steering-document.entity';
import { Goal } from './goal.entity';

@Resolver(() => Goal)
export class GoalResolver {
  @FieldResolver(() => SteeringDocument)
  steeringDocument(@Root() goal: Goal, @Ctx() ctx: Context) {
    return ctx.loaders.SteeringDocumentByIdLoader.load(goal.steeringDocumentId);
  }

  @FieldResolver(() => Goal, { nullable: true })
  parent(@Root() goal: Goal, @Ctx() ctx: Context) {
    return goal.parentId ? ctx.loaders.GoalByIdLoader.load(goal.parentId) : null;
  }

  @FieldResolver(() => [Goal], { description: 'Goals directly under this one.' })
  children(@Root() goal: Goal, @Ctx() ctx: Context) {
    return ctx.loaders.GoalsByParentIdLoader.load(goal.id);
  }

  @FieldResolver(() => FocusArea, { nullable: true })
  focusArea(@Root() goal: Goal, @Ctx() ctx: Context) {
    return goal.focusAreaId ? ctx.loaders.FocusAreaByIdLoader.load(goal.focusAreaId) : null;
  }

  @FieldResolver(() => [Indicator], { description: 'Indicators that measure this goal.' })
  async indicators(@Root() goal: Goal, @Ctx() ctx: Context) {
    return (await ctx.loaders.IndicatorsByGoalIdLoader.load(goal.id)).map((row) => row.indicator);
  }
}
