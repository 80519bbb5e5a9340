import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { ArchiveInput } from '../../graphql/archive.input';
import type { Context } from '../../graphql/context';
import { UserInputError } from '../../graphql/errors';
import { toGlobalId } from '../../graphql/global-id';
import { Connection, ConnectionArgs } from '../../graphql/pagination';
import { Payload, PayloadMutation } from '../../graphql/payload';
import { Municipality } from '../municipality/municipality.entity';
import { CreateOrganisationUnitInput, OrganisationUnitOrder, OrganisationUnitWhereInput, UpdateOrganisationUnitInput } from './dto/organisation-unit.input';
import { OrganisationUnit } from './organisation-unit.entity';

const OrganisationUnitConnection = Connection(OrganisationUnit, 'OrganisationUnit');
const OrganisationUnitPayload = Payload(OrganisationUnit, 'organisationUnit');

@Resolver(() => OrganisationUnit)
export class OrganisationUnitResolver {
  @Query(() => OrganisationUnitConnection, { description: 'Committees, administrations and units, by name unless ordered otherwise.' })
  organisationUnits(
    @Args() args: ConnectionArgs,
    @Arg('where', () => OrganisationUnitWhereInput, { nullable: true }) where: OrganisationUnitWhereInput | undefined,
    @Arg('orderBy', () => OrganisationUnitOrder, { nullable: true }) orderBy: InstanceType<typeof OrganisationUnitOrder> | undefined,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.organisationUnit.list(args, where, orderBy);
  }

  @Query(() => OrganisationUnit, {
    nullable: true,
    description: 'The unit another municipal system knows by its externalId (archived ones too); null when there is none.',
  })
  async organisationUnitByExternalId(
    @Arg('externalId') externalId: string,
    @Ctx() ctx: Context,
    @Arg('municipalityId', () => ID, { nullable: true, description: "Left out, the caller's own municipality." }) municipalityId?: string | null,
  ) {
    const own = ctx.access.municipalityId;
    if (!municipalityId && !own) throw new UserInputError('Name the municipality (municipalityId).', 'municipalityId');
    const unit = await ctx.services.organisationUnit.findByExternalId(municipalityId ?? toGlobalId('Municipality', own as string), externalId);
    // External ids are staff-only (STAFF_ONLY_FIELDS): a caller who does not see the unit's internal
    // side (anonymous, another municipality's staff) gets what an unknown external id gets.
    return unit && ctx.access.seesInternal(unit) ? unit : null;
  }

  @PayloadMutation(() => OrganisationUnitPayload)
  createOrganisationUnit(@Arg('input') input: CreateOrganisationUnitInput, @Ctx() ctx: Context) {
    return ctx.services.organisationUnit.create(input);
  }

  @PayloadMutation(() => OrganisationUnitPayload)
  updateOrganisationUnit(@Arg('input') input: UpdateOrganisationUnitInput, @Ctx() ctx: Context) {
    return ctx.services.organisationUnit.update(input);
  }

  @PayloadMutation(() => OrganisationUnitPayload, {
    description: 'Archives the unit; refused while units under it are not archived. Goals, indicators and documents keep referring to it.',
  })
  archiveOrganisationUnit(@Arg('input') input: ArchiveInput, @Ctx() ctx: Context) {
    return ctx.services.organisationUnit.archiveUnit(input);
  }

  @FieldResolver(() => Municipality)
  municipality(@Root() organisationUnit: OrganisationUnit, @Ctx() ctx: Context) {
    return ctx.loaders.MunicipalityByIdLoader.load(organisationUnit.municipalityId);
  }

  @FieldResolver(() => OrganisationUnit, { nullable: true, description: 'The unit above this one; null for a top-level unit.' })
  parent(@Root() organisationUnit: OrganisationUnit, @Ctx() ctx: Context) {
    return organisationUnit.parentId ? ctx.loaders.OrganisationUnitByIdLoader.load(organisationUnit.parentId) : null;
  }

  @FieldResolver(() => [OrganisationUnit], { description: 'Units directly under this one that are not archived, by name.' })
  children(@Root() organisationUnit: OrganisationUnit, @Ctx() ctx: Context) {
    return ctx.loaders.OrganisationUnitsByParentIdLoader.load(organisationUnit.id);
  }
}
