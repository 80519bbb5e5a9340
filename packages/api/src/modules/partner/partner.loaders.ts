import { oneByIdLoader } from '../../loaders/loader-factory';
import type { Services } from '../../services';

export function createPartnerLoaders(services: Services) {
  return {
    PartnerByIdLoader: oneByIdLoader(services.partner),
  };
}
