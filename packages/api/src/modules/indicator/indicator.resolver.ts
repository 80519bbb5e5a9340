import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { Measurement } from '../measurement/measurement.entity';
import { Municipality } from '../municipality/municipality.entity';
import { Indicator } from './indicator.entity';

@Resolver(() => Indicator)
export class IndicatorResolver {
  @FieldResolver(() => Municipality)
  municipality(@Root() indicator: Indicator, @Ctx() ctx: Context) {
    return ctx.loaders.MunicipalityByIdLoader.load(indicator.municipalityId);
  }

  @FieldResolver(() => [Measurement], {
    description: 'The values of the latest period that has any: one per sex reported (TOTAL, WOMEN, MEN).',
  })
  latestMeasurements(@Root() indicator: Indicator, @Ctx() ctx: Context) {
    return ctx.loaders.LatestMeasurementsByIndicatorIdLoader.load(indicator.id);
  }
}
