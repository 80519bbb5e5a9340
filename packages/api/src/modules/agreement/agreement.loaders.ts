import { oneByIdLoader } from '../../loaders/loader-factory';
import type { Services } from '../../services';

export function createAgreementLoaders(services: Services) {
  return {
    AgreementByIdLoader: oneByIdLoader(services.agreement),
  };
}
