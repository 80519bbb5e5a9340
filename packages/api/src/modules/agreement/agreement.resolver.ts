import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { ArchiveInput } from '../../graphql/archive.input';
import type { Context } from '../../graphql/context';
import { Connection, ConnectionArgs } from '../../graphql/pagination';
import { Payload, PayloadMutation } from '../../graphql/payload';
import { rowsOf } from '../../services/linked';
import { Activity } from '../activity/activity.entity';
import { Goal } from '../goal/goal.entity';
import { Municipality } from '../municipality/municipality.entity';
import { Partner } from '../partner/partner.entity';
import { Agreement } from './agreement.entity';
import { AgreementOrder, AgreementWhereInput, CreateAgreementInput, UpdateAgreementInput } from './dto/agreement.input';

const AgreementConnection = Connection(Agreement, 'Agreement');
const AgreementPayload = Payload(Agreement, 'agreement');

@Resolver(() => Agreement)
export class AgreementResolver {
  @Query(() => AgreementConnection, { description: 'Agreements (överenskommelser): LÖK, IOP, projects.' })
  agreements(
    @Args() args: ConnectionArgs,
    @Arg('where', () => AgreementWhereInput, { nullable: true }) where: AgreementWhereInput | undefined,
    @Arg('orderBy', () => AgreementOrder, { nullable: true }) orderBy: InstanceType<typeof AgreementOrder> | undefined,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.agreement.list(args, where, orderBy);
  }

  @PayloadMutation(() => AgreementPayload)
  createAgreement(@Arg('input') input: CreateAgreementInput, @Ctx() ctx: Context) {
    return ctx.services.agreement.create(input);
  }

  @PayloadMutation(() => AgreementPayload)
  updateAgreement(@Arg('input') input: UpdateAgreementInput, @Ctx() ctx: Context) {
    return ctx.services.agreement.update(input);
  }

  @PayloadMutation(() => AgreementPayload, { description: 'Archives the agreement; its links stay.' })
  archiveAgreement(@Arg('input') input: ArchiveInput, @Ctx() ctx: Context) {
    return ctx.services.agreement.archiveAgreement(input);
  }

  @FieldResolver(() => Municipality)
  municipality(@Root() agreement: Agreement, @Ctx() ctx: Context) {
    return ctx.loaders.MunicipalityByIdLoader.load(agreement.municipalityId);
  }

  @FieldResolver(() => [Partner], { description: 'The parties.' })
  async partners(@Root() agreement: Agreement, @Ctx() ctx: Context) {
    return rowsOf(await ctx.loaders.PartnersByAgreementIdLoader.load(agreement.id));
  }

  @FieldResolver(() => [Activity])
  async activities(@Root() agreement: Agreement, @Ctx() ctx: Context) {
    return rowsOf(await ctx.loaders.ActivitiesByAgreementIdLoader.load(agreement.id));
  }

  @FieldResolver(() => [Goal])
  async goals(@Root() agreement: Agreement, @Ctx() ctx: Context) {
    return rowsOf(await ctx.loaders.GoalsByAgreementIdLoader.load(agreement.id));
  }
}

@Resolver(() => Partner)
export class PartnerAgreementsResolver {
  @FieldResolver(() => [Agreement], { description: 'Agreements the partner is a party to.' })
  async agreements(@Root() partner: Partner, @Ctx() ctx: Context) {
    return rowsOf(await ctx.loaders.AgreementsByPartnerIdLoader.load(partner.id));
  }
}

@Resolver(() => Goal)
export class GoalAgreementsResolver {
  @FieldResolver(() => [Agreement], { description: 'Agreements that serve this goal.' })
  async agreements(@Root() goal: Goal, @Ctx() ctx: Context) {
    return rowsOf(await ctx.loaders.AgreementsByGoalIdLoader.load(goal.id));
  }
}
