import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { Connection, ConnectionArgs } from '../../graphql/pagination';
import type { Context } from '../../graphql/context';
import { SteeringDocument } from '../steering-document/steering-document.entity';
import { Municipality } from './municipality.entity';

const MunicipalityConnection = Connection(Municipality, 'Municipality');

@Resolver(() => Municipality)
export class MunicipalityResolver {
  @Query(() => MunicipalityConnection, { description: 'Municipalities, ordered by code.' })
  municipalities(@Args() args: ConnectionArgs, @Ctx() ctx: Context) {
    return ctx.services.municipality.list(args);
  }

  @Query(() => Municipality, { nullable: true, description: 'A municipality by its four-digit code, e.g. "0138".' })
  municipality(@Arg('code') code: string, @Ctx() ctx: Context) {
    return ctx.services.municipality.findByCode(code);
  }

  @FieldResolver(() => [SteeringDocument], { description: 'Steering documents, newest decision first.' })
  steeringDocuments(@Root() municipality: Municipality, @Ctx() ctx: Context) {
    return ctx.loaders.SteeringDocumentsByMunicipalityIdLoader.load(municipality.id);
  }
}
