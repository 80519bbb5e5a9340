import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { Municipality } from '../municipality/municipality.entity';
import { OrganisationUnit } from './organisation-unit.entity';

@Resolver(() => OrganisationUnit)
export class OrganisationUnitResolver {
  @FieldResolver(() => Municipality)
  municipality(@Root() organisationUnit: OrganisationUnit, @Ctx() ctx: Context) {
    return ctx.loaders.MunicipalityByIdLoader.load(organisationUnit.municipalityId);
  }
}
