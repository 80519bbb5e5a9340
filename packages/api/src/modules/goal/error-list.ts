/**
 * @deprecated ErrorList is used by several modules and lives in services/error-list.ts; this
 * re-export keeps old imports working until they move.
 */
export { ErrorList } from '../../services/error-list';
