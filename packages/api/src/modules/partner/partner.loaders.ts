import { oneByIdLoader } from '../../loaders/loader-factory';
import type { Access } from '../../access/access';
import type { Services } from '../../services';

export function createPartnerLoaders(services: Services, access: Access) {
  return {
    PartnerByIdLoader: oneByIdLoader(services.partner, access),
  };
}
