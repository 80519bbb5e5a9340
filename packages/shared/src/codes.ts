/**
 * Codes that the API, the web app and other systems agree on.
 * The string values are part of the public GraphQL schema: never rename one, deprecate it.
 */

/** Which part of the population a value describes. */
export const SEXES = ['TOTAL', 'WOMEN', 'MEN'] as const;
export type Sex = (typeof SEXES)[number];

/** How often an indicator is measured; each has its own period notation (see period.ts). */
export const PERIOD_TYPES = ['YEAR', 'HALF_YEAR', 'TERTIAL', 'QUARTER', 'MONTH'] as const;
export type PeriodType = (typeof PERIOD_TYPES)[number];

/**
 * Focus-area keys (målområden / arenor). The first six are Tyresö's arenas (seed 001); the rest
 * cover the areas of other strategies (Tranemo's policy, the government's strategic areas).
 * A steering document may also use a key of its own; these are the ones the UI knows by name.
 */
export const FOCUS_AREA_KEYS = [
  'WORK_AND_EMPLOYMENT',
  'SCHOOL',
  'LANGUAGE',
  'LEISURE',
  'HOUSING',
  'PARTICIPATION_AND_INFLUENCE',
  'EDUCATION_AND_LANGUAGE',
  'LEISURE_AND_SOCIAL_PARTICIPATION',
  'HEALTH',
  'RECEPTION',
] as const;
export type FocusAreaKey = (typeof FOCUS_AREA_KEYS)[number];

/** Stable error codes returned in mutation payloads and in `extensions.code`. */
export const ERROR_CODES = [
  'BAD_USER_INPUT',
  'INVALID',
  'REQUIRED',
  'NOT_FOUND',
  'CONFLICT',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'INVALID_PERIOD',
  'PERIOD_MISMATCH',
  'OUT_OF_RANGE',
  'TOO_MANY_DECIMALS',
  'NOT_DIVIDED_BY_SEX',
  'TOTAL_MISMATCH',
  'CYCLE',
  'DUPLICATE',
  'RESPONSIBILITY_REQUIRED',
  'WRONG_DOCUMENT',
  'INVALID_VALUE',
  'TOO_MANY_ROWS',
  'ARCHIVED',
  'LOCKED',
  'MISSING_VALUES',
  'LOGIN_FAILED',
  'TOO_MANY_ATTEMPTS',
  'WEAK_PASSWORD',
  'SERVICE_UNAVAILABLE',
  'INTERNAL_SERVER_ERROR',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export function isSex(value: string): value is Sex {
  return (SEXES as readonly string[]).includes(value);
}

export function isPeriodType(value: string): value is PeriodType {
  return (PERIOD_TYPES as readonly string[]).includes(value);
}
