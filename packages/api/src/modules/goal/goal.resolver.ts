import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { ArchiveInput } from '../../graphql/archive.input';
import type { Context } from '../../graphql/context';
import { Connection, ConnectionArgs } from '../../graphql/pagination';
import { Payload, PayloadMutation } from '../../graphql/payload';
import { rowsOf } from '../../services/linked';
import { FocusArea } from '../focus-area/focus-area.entity';
import { Indicator } from '../indicator/indicator.entity';
import { Municipality } from '../municipality/municipality.entity';
import { OrganisationUnit } from '../organisation-unit/organisation-unit.entity';
import { SteeringDocument } from '../steering-document/steering-document.entity';
import { CreateGoalInput, GoalOrder, GoalWhereInput, UpdateGoalInput } from './dto/goal.input';
import { Goal } from './goal.entity';

const GoalConnection = Connection(Goal, 'Goal');
const GoalPayload = Payload(Goal, 'goal');

@Resolver(() => Goal)
export class GoalResolver {
  @Query(() => GoalConnection, { description: 'Goals of every level, by title unless ordered otherwise.' })
  goals(
    @Args() args: ConnectionArgs,
    @Arg('where', () => GoalWhereInput, { nullable: true }) where: GoalWhereInput | undefined,
    @Arg('orderBy', () => GoalOrder, { nullable: true }) orderBy: InstanceType<typeof GoalOrder> | undefined,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.goal.list(args, where, orderBy);
  }

  @PayloadMutation(() => GoalPayload)
  createGoal(@Arg('input') input: CreateGoalInput, @Ctx() ctx: Context) {
    return ctx.services.goal.create(input);
  }

  @PayloadMutation(() => GoalPayload)
  updateGoal(@Arg('input') input: UpdateGoalInput, @Ctx() ctx: Context) {
    return ctx.services.goal.update(input);
  }

  @PayloadMutation(() => GoalPayload, { description: 'Archives the goal; refused while it has active goals under it. Its links and history stay.' })
  archiveGoal(@Arg('input') input: ArchiveInput, @Ctx() ctx: Context) {
    return ctx.services.goal.archiveGoal(input);
  }

  @FieldResolver(() => Municipality)
  municipality(@Root() goal: Goal, @Ctx() ctx: Context) {
    return ctx.loaders.MunicipalityByIdLoader.load(goal.municipalityId);
  }

  @FieldResolver(() => SteeringDocument)
  steeringDocument(@Root() goal: Goal, @Ctx() ctx: Context) {
    return ctx.loaders.SteeringDocumentByIdLoader.load(goal.steeringDocumentId);
  }

  @FieldResolver(() => Goal, { nullable: true })
  parent(@Root() goal: Goal, @Ctx() ctx: Context) {
    return goal.parentId ? ctx.loaders.GoalByIdLoader.load(goal.parentId) : null;
  }

  @FieldResolver(() => [Goal], { description: 'Active goals directly under this one.' })
  children(@Root() goal: Goal, @Ctx() ctx: Context) {
    return ctx.loaders.GoalsByParentIdLoader.load(goal.id);
  }

  @FieldResolver(() => FocusArea, { nullable: true })
  focusArea(@Root() goal: Goal, @Ctx() ctx: Context) {
    return goal.focusAreaId ? ctx.loaders.FocusAreaByIdLoader.load(goal.focusAreaId) : null;
  }

  @FieldResolver(() => OrganisationUnit, { nullable: true, description: 'The unit that owns the goal (for a committee goal, its committee).' })
  ownerUnit(@Root() goal: Goal, @Ctx() ctx: Context) {
    return goal.ownerUnitId ? ctx.loaders.OrganisationUnitByIdLoader.load(goal.ownerUnitId) : null;
  }

  @FieldResolver(() => [Indicator], { description: 'Active indicators that measure this goal.' })
  async indicators(@Root() goal: Goal, @Ctx() ctx: Context) {
    return rowsOf(await ctx.loaders.IndicatorsByGoalIdLoader.load(goal.id));
  }
}

@Resolver(() => OrganisationUnit)
export class OrganisationUnitGoalsResolver {
  @FieldResolver(() => [Goal], { description: 'Active goals the unit owns.' })
  goals(@Root() unit: OrganisationUnit, @Ctx() ctx: Context) {
    return ctx.loaders.GoalsByOwnerUnitIdLoader.load(unit.id);
  }
}
