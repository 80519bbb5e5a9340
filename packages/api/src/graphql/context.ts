import type { Loaders } from '../loaders';
import type { Services } from '../services';

/** What every resolver receives: the process's services and this request's loaders. */
export interface Context {
  requestId: string;
  services: Services;
  loaders: Loaders;
}
