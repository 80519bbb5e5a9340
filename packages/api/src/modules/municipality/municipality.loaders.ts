import { oneByIdLoader } from '../../loaders/loader-factory';
import type { Services } from '../../services';

export function createMunicipalityLoaders(services: Services) {
  return {
    MunicipalityByIdLoader: oneByIdLoader(services.municipality),
  };
}
