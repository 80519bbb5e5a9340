import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { ArchiveInput } from '../../graphql/archive.input';
import type { Context } from '../../graphql/context';
import { Connection, ConnectionArgs } from '../../graphql/pagination';
import { Payload, PayloadMutation } from '../../graphql/payload';
import { Municipality } from '../municipality/municipality.entity';
import { CreatePartnerInput, PartnerOrder, PartnerWhereInput, UpdatePartnerInput } from './dto/partner.input';
import { Partner } from './partner.entity';

const PartnerConnection = Connection(Partner, 'Partner');
const PartnerPayload = Payload(Partner, 'partner');

@Resolver(() => Partner)
export class PartnerResolver {
  @Query(() => PartnerConnection, { description: 'Partners (samverkansparter), by name unless ordered otherwise.' })
  partners(
    @Args() args: ConnectionArgs,
    @Arg('where', () => PartnerWhereInput, { nullable: true }) where: PartnerWhereInput | undefined,
    @Arg('orderBy', () => PartnerOrder, { nullable: true }) orderBy: InstanceType<typeof PartnerOrder> | undefined,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.partner.list(args, where, orderBy);
  }

  @PayloadMutation(() => PartnerPayload)
  createPartner(@Arg('input') input: CreatePartnerInput, @Ctx() ctx: Context) {
    return ctx.services.partner.create(input);
  }

  @PayloadMutation(() => PartnerPayload)
  updatePartner(@Arg('input') input: UpdatePartnerInput, @Ctx() ctx: Context) {
    return ctx.services.partner.update(input);
  }

  @PayloadMutation(() => PartnerPayload, { description: 'Archives the partner; its agreements and activities keep referring to it.' })
  archivePartner(@Arg('input') input: ArchiveInput, @Ctx() ctx: Context) {
    return ctx.services.partner.archivePartner(input);
  }

  @FieldResolver(() => Municipality)
  municipality(@Root() partner: Partner, @Ctx() ctx: Context) {
    return ctx.loaders.MunicipalityByIdLoader.load(partner.municipalityId);
  }
}
