import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { FocusArea } from '../focus-area/focus-area.entity';
import { Goal, GoalLevel } from '../goal/goal.entity';
import { Municipality } from '../municipality/municipality.entity';
import { SteeringDocument } from './steering-document.entity';

@Resolver(() => SteeringDocument)
export class SteeringDocumentResolver {
  @FieldResolver(() => Municipality)
  async municipality(@Root() document: SteeringDocument, @Ctx() ctx: Context) {
    return ctx.loaders.MunicipalityByIdLoader.load(document.municipalityId);
  }

  @FieldResolver(() => [FocusArea], { description: 'Focus areas in their order.' })
  focusAreas(@Root() document: SteeringDocument, @Ctx() ctx: Context) {
    return ctx.loaders.FocusAreasBySteeringDocumentIdLoader.load(document.id);
  }

  @FieldResolver(() => Goal, { nullable: true, description: 'The overall aim (övergripande mål) at the root of the goal tree.' })
  async overallAim(@Root() document: SteeringDocument, @Ctx() ctx: Context) {
    const goals = await ctx.loaders.GoalsBySteeringDocumentIdLoader.load(document.id);
    return goals.find((goal) => goal.level === GoalLevel.OVERALL_AIM) ?? null;
  }
}
