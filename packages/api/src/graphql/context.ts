import type { Access } from '../access/access';
import type { Loaders } from '../loaders';
import type { Services } from '../services';

/** The session cookie of this response: set on login, cleared on logout. */
export interface SessionCookie {
  set(token: string, expiresAt: Date): void;
  clear(): void;
}

/** What every resolver receives: the process's services, this request's caller and loaders. */
export interface Context {
  requestId: string;
  services: Services;
  loaders: Loaders;
  access: Access;
  /** The client's address, as express sees it (trust proxy). */
  clientAddress: string;
  sessionCookie: SessionCookie;
}
