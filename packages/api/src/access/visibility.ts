import type { DataSource, EntityMetadata } from 'typeorm';
import { PUBLIC_ROWS } from './public-sql';

/**
 * How the rows of each table are scoped, for every table whose rows a GraphQL answer can carry as
 * objects. Access (access.ts) recognises a row by its entity metadata and looks its table up here;
 * a row of a table that is in neither list below makes Access throw, whoever the caller, and a data
 * source with such an entity stops the server from starting (assertVisibilityRules). So a new type
 * is invisible until someone says how it is scoped: it cannot be public by omission.
 *
 * - `municipality`: the row belongs to the municipality in its `municipality_id` column;
 * - `self`: the row is a municipality;
 * - `admin`: administration of a municipality (users, keys, audit): its ADMIN sees them (a user
 *   also sees their own account), like the admin-only lists of those types.
 *
 * What anonymous callers and callers of other municipalities may see of a table is its condition in
 * public-sql.ts (PUBLIC_ROWS); a table that is not there is never public.
 */
export type Scope = 'municipality' | 'self' | 'admin';

export const VISIBILITY: Readonly<Record<string, Scope>> = {
  municipality: 'self',
  organisation_unit: 'municipality',
  steering_document: 'municipality',
  steering_document_version: 'municipality',
  focus_area: 'municipality',
  goal: 'municipality',
  indicator: 'municipality',
  target: 'municipality',
  measurement: 'municipality',
  measurement_history: 'municipality',
  partner: 'municipality',
  activity: 'municipality',
  // Notes are never public (activities are not); not in public-sql.ts, so anonymous callers see none.
  activity_note: 'municipality',
  agreement: 'municipality',
  reporting_round: 'municipality',
  unit_report: 'municipality',
  goal_assessment: 'municipality',
  // Consultations of drafts are internal: no public condition (public-sql.ts).
  consultation: 'municipality',
  consultation_response: 'municipality',
  app_user: 'admin',
  api_key: 'admin',
  audit_entry: 'admin',
};

/**
 * Tables whose rows never reach an answer as objects: link tables (read through findLinked, which
 * hands out the linked objects), sessions, login counters, the open-data bookkeeping.
 */
export const NEVER_ANSWERED: ReadonlySet<string> = new Set([
  'goal_indicator',
  'activity_goal',
  'activity_partner',
  'agreement_partner',
  'agreement_activity',
  'agreement_goal',
  'app_user_unit',
  'api_key_unit',
  'session',
  'login_throttle',
  'published_value',
  'open_data_state',
  'open_data_refresh',
  // Read by the follow-up service into UnitReport.missingValues, a staff-only field (access/policy.ts).
  'missing_value_explanation',
]);

/** The scope of a table; throws for a table without a visibility rule (fail closed). */
export function scopeOf(metadata: EntityMetadata): Scope {
  const scope = VISIBILITY[metadata.tableName];
  if (!scope) throw new Error(`No visibility rule for ${metadata.name} (table ${metadata.tableName}): add it to VISIBILITY in access/visibility.ts.`);
  if (scope === 'municipality' || scope === 'admin') {
    if (!metadata.findColumnWithDatabaseName('municipality_id')) throw new Error(`${metadata.tableName} is scoped by municipality_id but has no such column.`);
  }
  return scope;
}

/** The public condition of a table for the given alias, or null when nothing of it is public. */
export function publicCondition(table: string): ((alias: string) => string) | null {
  return PUBLIC_ROWS[table] ?? null;
}

const checked = new WeakSet<DataSource>();

/**
 * Every entity of the data source has a visibility rule (or is named as never answered), and every
 * rule names an entity: otherwise the server refuses to start.
 */
export function assertVisibilityRules(dataSource: DataSource): void {
  if (checked.has(dataSource) || !dataSource.isInitialized) return;
  const problems: string[] = [];
  const tables = new Set<string>();
  for (const metadata of dataSource.entityMetadatas) {
    tables.add(metadata.tableName);
    if (NEVER_ANSWERED.has(metadata.tableName)) continue;
    try {
      scopeOf(metadata);
    } catch (error) {
      problems.push((error as Error).message);
    }
  }
  for (const table of [...Object.keys(VISIBILITY), ...NEVER_ANSWERED]) if (!tables.has(table)) problems.push(`${table} has a visibility rule but no entity`);
  for (const table of Object.keys(PUBLIC_ROWS)) if (!VISIBILITY[table]) problems.push(`${table} is public (public-sql.ts) but has no visibility rule`);
  if (problems.length) throw new Error(`Visibility rules (access/visibility.ts) do not match the entities: ${problems.join('; ')}.`);
  checked.add(dataSource);
}
