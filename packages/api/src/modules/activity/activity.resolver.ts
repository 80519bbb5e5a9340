import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { Municipality } from '../municipality/municipality.entity';
import { Activity } from './activity.entity';

@Resolver(() => Activity)
export class ActivityResolver {
  @FieldResolver(() => Municipality)
  municipality(@Root() activity: Activity, @Ctx() ctx: Context) {
    return ctx.loaders.MunicipalityByIdLoader.load(activity.municipalityId);
  }
}
