import { oneByIdLoader } from '../../loaders/loader-factory';
import type { Services } from '../../services';

export function createActivityLoaders(services: Services) {
  return {
    ActivityByIdLoader: oneByIdLoader(services.activity),
  };
}
