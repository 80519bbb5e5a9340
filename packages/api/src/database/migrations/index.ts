import { Init1795426809230 } from './1795426809230-Init';
import { ActiveOnlyUniqueness1795431020243 } from './1795431020243-ActiveOnlyUniqueness';

/** Every migration, in order. A new one is generated with `pnpm --filter @inkludera/api migration:generate <Name>`. */
export const MIGRATIONS: Function[] = [Init1795426809230, ActiveOnlyUniqueness1795431020243];
