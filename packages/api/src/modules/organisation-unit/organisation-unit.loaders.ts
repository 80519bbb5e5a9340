import { manyByKeyLoader, oneByIdLoader } from '../../loaders/loader-factory';
import type { Services } from '../../services';

export function createOrganisationUnitLoaders(services: Services) {
  const { organisationUnit } = services;
  return {
    OrganisationUnitByIdLoader: oneByIdLoader(organisationUnit),
    OrganisationUnitsByParentIdLoader: manyByKeyLoader(
      (ids) => organisationUnit.findChildrenByParentIds(ids),
      (row) => row.parentId,
    ),
  };
}
