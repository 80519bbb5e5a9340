import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { Indicator } from '../indicator/indicator.entity';
import { Measurement } from './measurement.entity';

@Resolver(() => Measurement)
export class MeasurementResolver {
  @FieldResolver(() => Indicator)
  indicator(@Root() measurement: Measurement, @Ctx() ctx: Context) {
    return ctx.loaders.IndicatorByIdLoader.load(measurement.indicatorId);
  }
}
