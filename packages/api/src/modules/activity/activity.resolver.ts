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
import { toGlobalId } from '../../graphql/global-id';
import { ActivityNote } from './activity-note.entity';
import { Activity } from './activity.entity';
import { AddActivityNoteInput } from './dto/activity-note.input';
import { ActivityOrder, ActivityWhereInput, CreateActivityInput, UpdateActivityInput } from './dto/activity.input';

const ActivityConnection = Connection(Activity, 'Activity');
const ActivityPayload = Payload(Activity, 'activity');
const ActivityNotePayload = Payload(ActivityNote, 'activityNote');

/** Today in Sweden, yyyy-mm-dd (a note written late in the evening is of that day). */
const todayInSweden = () => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(new Date());

/** Who writes a note: a person by name, an API key by its name. */
async function authorOf(ctx: Context): Promise<{ name: string; id: string | null }> {
  const actor = ctx.access.actor;
  switch (actor.kind) {
    case 'user':
    case 'operator': {
      const user = await ctx.loaders.UserByIdLoader.load(actor.userId);
      return { name: user?.name ?? actor.label, id: toGlobalId('User', actor.userId) };
    }
    case 'key':
      return { name: actor.label, id: toGlobalId('ApiKey', actor.keyId) };
    default:
      // The access rule lets no anonymous caller write; fail closed all the same.
      throw new Error('An anonymous caller cannot write a note.');
  }
}

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

  @PayloadMutation(() => ActivityNotePayload, {
    description: 'Adds a progress note (what was done, when) to an activity; notes are kept as history and never changed (ADMIN, EDITOR of the activity’s unit).',
  })
  async addActivityNote(@Arg('input') input: AddActivityNoteInput, @Ctx() ctx: Context) {
    return ctx.services.activity.addNote(input, await authorOf(ctx), todayInSweden());
  }

  @FieldResolver(() => Municipality)
  municipality(@Root() activity: Activity, @Ctx() ctx: Context) {
    return ctx.loaders.MunicipalityByIdLoader.load(activity.municipalityId);
  }

  @FieldResolver(() => [ActivityNote], { description: 'Progress notes, newest first (by the day done); kept as history.' })
  notes(@Root() activity: Activity, @Ctx() ctx: Context) {
    return ctx.loaders.ActivityNotesByActivityIdLoader.load(activity.id);
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

@Resolver(() => ActivityNote)
export class ActivityNoteResolver {
  @FieldResolver(() => Activity, { nullable: true, description: 'The activity the note is about (null if the caller may not see it).' })
  activity(@Root() note: ActivityNote, @Ctx() ctx: Context) {
    return ctx.loaders.ActivityByIdLoader.load(note.activityId);
  }
}
