import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { Municipality } from '../municipality/municipality.entity';
import { Agreement } from './agreement.entity';

@Resolver(() => Agreement)
export class AgreementResolver {
  @FieldResolver(() => Municipality)
  municipality(@Root() agreement: Agreement, @Ctx() ctx: Context) {
    return ctx.loaders.MunicipalityByIdLoader.load(agreement.municipalityId);
  }
}
