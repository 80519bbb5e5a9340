import { oneByIdLoader } from '../../loaders/loader-factory';
import type { Access } from '../../access/access';
import type { Services } from '../../services';

export function createMunicipalityLoaders(services: Services, access: Access) {
  return {
    MunicipalityByIdLoader: oneByIdLoader(services.municipality, access),
  };
}
