import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { ArchiveInput } from '../../graphql/archive.input';
import type { Context } from '../../graphql/context';
import { Connection, ConnectionArgs } from '../../graphql/pagination';
import { Payload, PayloadMutation } from '../../graphql/payload';
import { rowsOf } from '../../services/linked';
import { Agreement } from '../agreement/agreement.entity';
import { Goal } from '../goal/goal.entity';
import { Municipality } from '../municipality/municipality.entity';
import { OrganisationUnit } from '../organisation-unit/organisation-unit.entity';
import { Partner } from '../partner/partner.entity';
import { Activity } from './activity.entity';
import { ActivityOrder, ActivityWhereInput, CreateActivityInput, UpdateActivityInput } from './dto/activity.input';

const ActivityConnection = Connection(Activity, 'Activity');
const ActivityPayload = Payload(Activity, 'activity');

@Resolver(() => Activity)
export class ActivityResolver {
  @Query(() => ActivityConnection, { description: 'Activities (insatser), by title unless ordered otherwise.' })
  activities(
    @Args() args: ConnectionArgs,
    @Arg('where', () => ActivityWhereInput, { nullable: true }) where: ActivityWhereInput | undefined,
    @Arg('orderBy', () => ActivityOrder, { nullable: true }) orderBy: InstanceType<typeof ActivityOrder> | undefined,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.activity.list(args, where, orderBy);
  }

  @PayloadMutation(() => ActivityPayload)
  createActivity(@Arg('input') input: CreateActivityInput, @Ctx() ctx: Context) {
    return ctx.services.activity.create(input);
  }

  @PayloadMutation(() => ActivityPayload)
  updateActivity(@Arg('input') input: UpdateActivityInput, @Ctx() ctx: Context) {
    return ctx.services.activity.update(input);
  }

  @PayloadMutation(() => ActivityPayload, { description: 'Archives the activity; its links and history stay.' })
  archiveActivity(@Arg('input') input: ArchiveInput, @Ctx() ctx: Context) {
    return ctx.services.activity.archiveActivity(input);
  }

  @FieldResolver(() => Municipality)
  municipality(@Root() activity: Activity, @Ctx() ctx: Context) {
    return ctx.loaders.MunicipalityByIdLoader.load(activity.municipalityId);
  }

  @FieldResolver(() => OrganisationUnit, { nullable: true })
  responsibleUnit(@Root() activity: Activity, @Ctx() ctx: Context) {
    return activity.responsibleUnitId ? ctx.loaders.OrganisationUnitByIdLoader.load(activity.responsibleUnitId) : null;
  }

  @FieldResolver(() => [Goal], { description: 'Goals the activity serves.' })
  async goals(@Root() activity: Activity, @Ctx() ctx: Context) {
    return rowsOf(await ctx.loaders.GoalsByActivityIdLoader.load(activity.id));
  }

  @FieldResolver(() => [Partner], { description: 'Partners taking part.' })
  async partners(@Root() activity: Activity, @Ctx() ctx: Context) {
    return rowsOf(await ctx.loaders.PartnersByActivityIdLoader.load(activity.id));
  }

  @FieldResolver(() => [Agreement], { description: 'Agreements the activity runs under.' })
  async agreements(@Root() activity: Activity, @Ctx() ctx: Context) {
    return rowsOf(await ctx.loaders.AgreementsByActivityIdLoader.load(activity.id));
  }
}

@Resolver(() => Goal)
export class GoalActivitiesResolver {
  @FieldResolver(() => [Activity], { description: 'Activities that serve this goal.' })
  async activities(@Root() goal: Goal, @Ctx() ctx: Context) {
    return rowsOf(await ctx.loaders.ActivitiesByGoalIdLoader.load(goal.id));
  }
}

@Resolver(() => Partner)
export class PartnerActivitiesResolver {
  @FieldResolver(() => [Activity], { description: 'Activities the partner takes part in.' })
  async activities(@Root() partner: Partner, @Ctx() ctx: Context) {
    return rowsOf(await ctx.loaders.ActivitiesByPartnerIdLoader.load(partner.id));
  }
}

@Resolver(() => OrganisationUnit)
export class OrganisationUnitActivitiesResolver {
  @FieldResolver(() => [Activity], { description: 'Activities the unit is responsible for.' })
  activities(@Root() unit: OrganisationUnit, @Ctx() ctx: Context) {
    return ctx.loaders.ActivitiesByResponsibleUnitIdLoader.load(unit.id);
  }
}
