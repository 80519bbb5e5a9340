import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { Municipality } from '../municipality/municipality.entity';
import { Target } from './target.entity';

@Resolver(() => Target)
export class TargetResolver {
  @FieldResolver(() => Municipality)
  municipality(@Root() target: Target, @Ctx() ctx: Context) {
    return ctx.loaders.MunicipalityByIdLoader.load(target.municipalityId);
  }
}
