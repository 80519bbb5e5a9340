import { oneByIdLoader } from '../../loaders/loader-factory';
import type { Services } from '../../services';

export function createOrganisationUnitLoaders(services: Services) {
  return {
    OrganisationUnitByIdLoader: oneByIdLoader(services.organisationUnit),
  };
}
