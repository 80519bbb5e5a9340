import { oneByIdLoader } from '../../loaders/loader-factory';
import type { Services } from '../../services';

export function createTargetLoaders(services: Services) {
  return {
    TargetByIdLoader: oneByIdLoader(services.target),
  };
}
