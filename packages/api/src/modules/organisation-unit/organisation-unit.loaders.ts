import { manyByKeyLoader, oneByIdLoader } from '../../loaders/loader-factory';
import type { Access } from '../../access/access';
import type { Services } from '../../services';

export function createOrganisationUnitLoaders(services: Services, access: Access) {
  const { organisationUnit } = services;
  return {
    OrganisationUnitByIdLoader: oneByIdLoader(organisationUnit, access),
    OrganisationUnitsByParentIdLoader: manyByKeyLoader(
      access,
      (ids) => organisationUnit.findChildrenByParentIds(ids),
      (row) => row.parentId,
    ),
  };
}
