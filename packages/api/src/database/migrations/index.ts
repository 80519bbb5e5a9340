import { Init1795425977265 } from './1795425977265-Init';
/** Every migration, in order. A new one is generated with `pnpm --filter @inkludera/api migration:generate <Name>`. */
export const MIGRATIONS: Function[] = [Init1795425977265];
