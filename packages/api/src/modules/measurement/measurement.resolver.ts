import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { Connection, ConnectionArgs } from '../../graphql/pagination';
import { Payload, PayloadMutation } from '../../graphql/payload';
import { Indicator } from '../indicator/indicator.entity';
import { Municipality } from '../municipality/municipality.entity';
import { OrganisationUnit } from '../organisation-unit/organisation-unit.entity';
import { ArchiveMeasurementInput, MeasurementOrder, MeasurementWhereInput, SeriesArgs, UpdateMeasurementInput, UpsertMeasurementsInput } from './dto/measurement.input';
import { Completeness, UpsertMeasurementsPayload } from './dto/measurement.payload';
import { MeasurementHistory } from './measurement-history.entity';
import { Measurement } from './measurement.entity';

const MeasurementConnection = Connection(Measurement, 'Measurement');
const MeasurementPayload = Payload(Measurement, 'measurement');

@Resolver(() => Measurement)
export class MeasurementResolver {
  @Query(() => MeasurementConnection, { description: 'Measurements (utfall), in period order unless ordered otherwise; archived ones only when asked for.' })
  measurements(
    @Args() args: ConnectionArgs,
    @Arg('where', () => MeasurementWhereInput, { nullable: true }) where: MeasurementWhereInput | undefined,
    @Arg('orderBy', () => MeasurementOrder, { nullable: true }) orderBy: InstanceType<typeof MeasurementOrder> | undefined,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.measurement.list(args, where, orderBy);
  }

  @Mutation(() => UpsertMeasurementsPayload, {
    description:
      'Adds or replaces up to 10,000 values of one municipality, all or nothing: when any row is refused, every refused row is reported by its index and nothing is written. Rows equal to what is stored are left alone. dryRun checks everything (also against stored values) and writes nothing.',
  })
  upsertMeasurements(@Arg('input') input: UpsertMeasurementsInput, @Ctx() ctx: Context) {
    return ctx.services.measurement.upsertMeasurements(input);
  }

  @PayloadMutation(() => MeasurementPayload, { description: 'Changes one value with the version read; its previous state is kept in its history.' })
  updateMeasurement(@Arg('input') input: UpdateMeasurementInput, @Ctx() ctx: Context) {
    return ctx.services.measurement.updateMeasurement(input);
  }

  @PayloadMutation(() => MeasurementPayload, {
    description: 'Archives a value: it leaves series, latest values and completeness, and its state is kept in its history. An upsert of the same key restores it.',
  })
  archiveMeasurement(@Arg('input') input: ArchiveMeasurementInput, @Ctx() ctx: Context) {
    return ctx.services.measurement.archiveMeasurement(input);
  }

  @FieldResolver(() => Indicator)
  indicator(@Root() measurement: Measurement, @Ctx() ctx: Context) {
    return ctx.loaders.IndicatorByIdLoader.load(measurement.indicatorId);
  }

  @FieldResolver(() => OrganisationUnit, { nullable: true, description: 'The unit the value is for; null for the whole municipality.' })
  organisationUnit(@Root() measurement: Measurement, @Ctx() ctx: Context) {
    return measurement.organisationUnitId ? ctx.loaders.OrganisationUnitByIdLoader.load(measurement.organisationUnitId) : null;
  }

  @FieldResolver(() => Municipality)
  municipality(@Root() measurement: Measurement, @Ctx() ctx: Context) {
    return ctx.loaders.MunicipalityByIdLoader.load(measurement.municipalityId);
  }

  @FieldResolver(() => [MeasurementHistory], { description: 'Earlier states of this value, newest first: each with who changed it and when.' })
  history(@Root() measurement: Measurement, @Ctx() ctx: Context) {
    return ctx.loaders.MeasurementHistoryByMeasurementIdLoader.load(measurement.id);
  }
}

@Resolver(() => Indicator)
export class IndicatorMeasurementsResolver {
  @FieldResolver(() => [Measurement], {
    description: 'Values in period order (then TOTAL, WOMEN, MEN), of the whole municipality unless a unit is named; archived values left out.',
  })
  series(@Root() indicator: Indicator, @Args() args: SeriesArgs, @Ctx() ctx: Context) {
    return ctx.loaders.MeasurementSeriesByIndicatorIdLoader.with(ctx.services.measurement.seriesQuery(args)).load(indicator.id);
  }

  @FieldResolver(() => Completeness, { description: 'Whether the values of a period are there: for an indicator divided by sex, both women and men.' })
  async completeness(@Root() indicator: Indicator, @Arg('period') period: string, @Ctx() ctx: Context) {
    return ctx.loaders.CompletenessByIndicatorIdLoader.with(ctx.services.measurement.completenessPeriod(period)).load(indicator.id);
  }
}
