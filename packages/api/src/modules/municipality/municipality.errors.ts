/**
 * @deprecated duplicateOnUniqueViolation is used by several modules and lives in
 * services/unique-violation.ts; this re-export keeps old imports working until they move.
 */
export { duplicateOnUniqueViolation } from '../../services/unique-violation';
