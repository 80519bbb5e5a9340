import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { ArchiveInput } from '../../graphql/archive.input';
import type { Context } from '../../graphql/context';
import { Connection, ConnectionArgs } from '../../graphql/pagination';
import { Payload, PayloadMutation } from '../../graphql/payload';
import { SteeringDocument } from '../steering-document/steering-document.entity';
import { CreateMunicipalityInput, MunicipalityOrder, MunicipalityWhereInput, UpdateMunicipalityInput } from './dto/municipality.input';
import { Municipality } from './municipality.entity';

const MunicipalityConnection = Connection(Municipality, 'Municipality');
const MunicipalityPayload = Payload(Municipality, 'municipality');

@Resolver(() => Municipality)
export class MunicipalityResolver {
  @Query(() => MunicipalityConnection, { description: 'Municipalities, ordered by code unless ordered otherwise.' })
  municipalities(
    @Args() args: ConnectionArgs,
    @Arg('where', () => MunicipalityWhereInput, { nullable: true }) where: MunicipalityWhereInput | undefined,
    @Arg('orderBy', () => MunicipalityOrder, { nullable: true }) orderBy: InstanceType<typeof MunicipalityOrder> | undefined,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.municipality.list(args, where, orderBy);
  }

  @Query(() => Municipality, { nullable: true, description: 'A municipality by its four-digit code, e.g. "0138" (archived ones too).' })
  municipality(@Arg('code') code: string, @Ctx() ctx: Context) {
    return ctx.services.municipality.findByCode(code);
  }

  @PayloadMutation(() => MunicipalityPayload, { description: 'Adds a municipality; its code must be unique.' })
  createMunicipality(@Arg('input') input: CreateMunicipalityInput, @Ctx() ctx: Context) {
    return ctx.services.municipality.create(input);
  }

  @PayloadMutation(() => MunicipalityPayload)
  updateMunicipality(@Arg('input') input: UpdateMunicipalityInput, @Ctx() ctx: Context) {
    return ctx.services.municipality.update(input);
  }

  @PayloadMutation(() => MunicipalityPayload, { description: 'Archives the municipality; everything it owns stays readable.' })
  archiveMunicipality(@Arg('input') input: ArchiveInput, @Ctx() ctx: Context) {
    return ctx.services.municipality.archiveMunicipality(input);
  }

  @FieldResolver(() => [SteeringDocument], { description: 'Steering documents that are not archived, newest decision first.' })
  steeringDocuments(@Root() municipality: Municipality, @Ctx() ctx: Context) {
    return ctx.loaders.SteeringDocumentsByMunicipalityIdLoader.load(municipality.id);
  }
}
