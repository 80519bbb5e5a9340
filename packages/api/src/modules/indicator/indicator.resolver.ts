import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { ArchiveInput } from '../../graphql/archive.input';
import type { Context } from '../../graphql/context';
import { Sex } from '../../graphql/enums';
import { Connection, ConnectionArgs } from '../../graphql/pagination';
import { Payload, PayloadMutation } from '../../graphql/payload';
import { rowsOf } from '../../services/linked';
import { Goal } from '../goal/goal.entity';
import { Measurement } from '../measurement/measurement.entity';
import { Municipality } from '../municipality/municipality.entity';
import { OrganisationUnit } from '../organisation-unit/organisation-unit.entity';
import { Target } from '../target/target.entity';
import { CreateIndicatorInput, IndicatorOrder, IndicatorWhereInput, UpdateIndicatorInput } from './dto/indicator.input';
import { Indicator } from './indicator.entity';

const IndicatorConnection = Connection(Indicator, 'Indicator');
const IndicatorPayload = Payload(Indicator, 'indicator');

@Resolver(() => Indicator)
export class IndicatorResolver {
  @Query(() => IndicatorConnection, { description: 'Indicators (indikatorer), by Swedish name unless ordered otherwise.' })
  indicators(
    @Args() args: ConnectionArgs,
    @Arg('where', () => IndicatorWhereInput, { nullable: true }) where: IndicatorWhereInput | undefined,
    @Arg('orderBy', () => IndicatorOrder, { nullable: true }) orderBy: InstanceType<typeof IndicatorOrder> | undefined,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.indicator.list(args, where, orderBy);
  }

  @PayloadMutation(() => IndicatorPayload)
  createIndicator(@Arg('input') input: CreateIndicatorInput, @Ctx() ctx: Context) {
    return ctx.services.indicator.create(input);
  }

  @PayloadMutation(() => IndicatorPayload)
  updateIndicator(@Arg('input') input: UpdateIndicatorInput, @Ctx() ctx: Context) {
    return ctx.services.indicator.update(input);
  }

  @PayloadMutation(() => IndicatorPayload, { description: 'Archives the indicator; its measurements, targets and links stay.' })
  archiveIndicator(@Arg('input') input: ArchiveInput, @Ctx() ctx: Context) {
    return ctx.services.indicator.archiveIndicator(input);
  }

  @FieldResolver(() => Municipality)
  municipality(@Root() indicator: Indicator, @Ctx() ctx: Context) {
    return ctx.loaders.MunicipalityByIdLoader.load(indicator.municipalityId);
  }

  @FieldResolver(() => OrganisationUnit, { description: 'The unit responsible for implementation.' })
  responsibleImplementationUnit(@Root() indicator: Indicator, @Ctx() ctx: Context) {
    return ctx.loaders.OrganisationUnitByIdLoader.load(indicator.responsibleImplementationUnitId);
  }

  @FieldResolver(() => OrganisationUnit, { description: 'The unit responsible for follow-up.' })
  responsibleFollowUpUnit(@Root() indicator: Indicator, @Ctx() ctx: Context) {
    return ctx.loaders.OrganisationUnitByIdLoader.load(indicator.responsibleFollowUpUnitId);
  }

  @FieldResolver(() => [Goal], { description: 'Active goals the indicator measures.' })
  async goals(@Root() indicator: Indicator, @Ctx() ctx: Context) {
    return rowsOf(await ctx.loaders.GoalsByIndicatorIdLoader.load(indicator.id));
  }

  @FieldResolver(() => [Target], { description: 'Active targets (målvärden) in period order (TOTAL, WOMEN, MEN within a period), optionally in a period range and for one sex.' })
  targets(
    @Root() indicator: Indicator,
    @Arg('from', () => String, { nullable: true, description: 'First period, included.' }) from: string | undefined,
    @Arg('to', () => String, { nullable: true, description: 'Last period, included.' }) to: string | undefined,
    @Arg('sex', () => Sex, { nullable: true }) sex: Sex | undefined,
    @Ctx() ctx: Context,
  ) {
    return ctx.loaders.TargetsByIndicatorIdLoader.load({ indicatorId: indicator.id, from, to, sex });
  }

  @FieldResolver(() => [Measurement], {
    description: 'The values of the latest period that has any: one per sex reported (TOTAL, WOMEN, MEN).',
  })
  latestMeasurements(@Root() indicator: Indicator, @Ctx() ctx: Context) {
    return ctx.loaders.LatestMeasurementsByIndicatorIdLoader.load(indicator.id);
  }
}

@Resolver(() => OrganisationUnit)
export class OrganisationUnitIndicatorsResolver {
  @FieldResolver(() => [Indicator], { description: 'Active indicators the unit is responsible for, for implementation or follow-up.' })
  async indicators(@Root() unit: OrganisationUnit, @Ctx() ctx: Context) {
    return rowsOf(await ctx.loaders.IndicatorsByResponsibleUnitIdLoader.load(unit.id));
  }
}
