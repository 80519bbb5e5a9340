import { parsePeriod, periodEnd, periodStart } from '@inkludera/shared';
import type { DataSource } from 'typeorm';
import { STAFF_ONLY_FIELDS } from '../../access/policy';
import { OWN_OR_PUBLIC_ROWS, PUBLIC_DOCUMENT_STATUSES, PUBLIC_ROWS } from '../../access/public-sql';
import { FocusArea } from '../../modules/focus-area/focus-area.entity';
import { Goal } from '../../modules/goal/goal.entity';
import { Indicator } from '../../modules/indicator/indicator.entity';
import { Measurement } from '../../modules/measurement/measurement.entity';
import type { MeasurementService } from '../../modules/measurement/measurement.service';
import { Municipality } from '../../modules/municipality/municipality.entity';
import { OrganisationUnit } from '../../modules/organisation-unit/organisation-unit.entity';
import { SteeringDocument } from '../../modules/steering-document/steering-document.entity';
import { Target } from '../../modules/target/target.entity';

/**
 * What the compiled public reads (compile.ts) know of the schema: for each object type they can
 * answer, its table, the scalar fields that are its columns as stored, the staff-only fields (their
 * stand-in for the public), and its relations, each written as the loader behind the resolver reads
 * it (same rows, same order) with the public rule of access/public-sql.ts. A field that is not here
 * is not compiled: the whole operation then runs through the resolvers, as before. The answers of
 * both paths are held equal by test/compiled-reads.test.ts, field by field.
 */

/** Binds an argument value as a statement parameter and returns its placeholder. */
export type Bind = (value: unknown, cast: string) => string;

/**
 * Who reads: `public` (anonymous callers: the public rules, small counts suppressed, staff-only
 * fields as their stand-ins), `all` (platform operators: every row the loaders read, nothing
 * suppressed, staff-only fields as stored) or `member` (staff and API keys with READ of one
 * municipality: its own rows as `all` sees them, other municipalities' rows as the public does;
 * `municipality` is the statement's placeholder for its id).
 */
export type Reader = { kind: 'public' } | { kind: 'all' } | { kind: 'member'; municipality: string };

/**
 * The condition, beyond the loader's own filters, for a row whose parent row is visible: the public
 * part of its rule for the public, nothing for readers of every row, and for members their own rows
 * or the public part (a row of their municipality hangs under one of their municipality).
 */
export function visibleIf(reader: Reader, publicPart: string, owner = 'c.municipality_id'): string {
  if (reader.kind === 'all') return '';
  if (reader.kind === 'public') return ` AND ${publicPart}`;
  return ` AND (${owner} = ${reader.municipality} OR ${publicPart})`;
}

/** The owner column of a table's rows: a municipality owns itself. */
export const ownerColumn = (table: string, alias: string) => (table === 'municipality' ? `${alias}.id` : `${alias}.municipality_id`);

/** visibleIf with a table's whole rule (PUBLIC_ROWS, or OWN_OR_PUBLIC_ROWS for members where it has an entry) for its row `c`. */
export function visibleRowIf(reader: Reader, table: string): string {
  const ownOrPublic = OWN_OR_PUBLIC_ROWS[table];
  if (reader.kind === 'member' && ownOrPublic) return ` AND ${ownOrPublic('c', reader.municipality)}`;
  const rule = PUBLIC_ROWS[table];
  if (!rule) throw new NotCompiled(`${table} is not public`);
  return visibleIf(reader, rule('c'), ownerColumn(table, 'c'));
}

/** Thrown while compiling: the operation goes to the resolvers instead. */
export class NotCompiled extends Error {}

export interface Relation {
  /** The object type of the related rows. */
  type: string;
  list: boolean;
  /**
   * The related rows of the parent rows in `parent` (a CTE with the parent's columns), with the key
   * they hang under as `_key`: the parent's id for lists, the row's own id for single objects. The
   * public rule is part of it: the parent rows are public themselves, so a rule's EXISTS on the
   * parent (PUBLIC_BY_PARENT) holds already, and only the row's own part is written.
   */
  rows(parent: string, args: Record<string, unknown>, bind: Bind, services: CompileServices, reader: Reader): string;
  /** For single objects: the parent's column holding the related row's id. */
  foreignKey?: string;
  /** For lists: the order of the loader, on the alias `x`. */
  orderBy?: string;
  /** The arguments this relation understands; any other argument given is not compiled. */
  args?: readonly string[];
  /** Measurements: small counts decided in the statement for the public (suppression.ts). */
  suppressed?: boolean;
}

export interface TypeModel {
  table: string;
  /** GraphQL field → column, for scalar fields whose value is the stored column as such. */
  columns: Record<string, string>;
  /** Staff-only fields (access/policy.ts STAFF_ONLY_FIELDS) and the stand-in the public gets. */
  standIns: Record<string, null | readonly never[]>;
  /** The staff-only fields that are columns, for readers of every row (the others are not compiled for them). */
  staffColumns: Record<string, string>;
  relations: Record<string, Relation>;
}

export interface CompileServices {
  measurement: Pick<MeasurementService, 'seriesQuery'>;
}

const SEX_ORDER = (alias: string) => `CASE ${alias}.sex WHEN 'TOTAL' THEN 0 WHEN 'WOMEN' THEN 1 ELSE 2 END`;
const documentStatuses = PUBLIC_DOCUMENT_STATUSES.map((status) => `'${status}'`).join(', ');

/** A single related row by its id in the parent's `foreignKey`, with the table's whole public rule. */
function byForeignKey(type: string, table: string, foreignKey: string): Relation {
  return {
    type,
    list: false,
    foreignKey,
    rows: (parent, _args, _bind, _services, reader) => `SELECT c.id AS _key, c.* FROM ${table} c WHERE c.id IN (SELECT ${foreignKey} FROM ${parent})${visibleRowIf(reader, table)}`,
  };
}

/** A period argument as the targets filter reads it (graphql/filters.ts wherePeriodRange); a bad one is the resolvers' to report. */
function periodBound(text: unknown, end: 'from' | 'to'): string | null {
  if (text === undefined || text === null) return null;
  if (typeof text !== 'string') throw new NotCompiled('a period that is not a string');
  const parsed = parsePeriod(text);
  if (!parsed.ok) throw new NotCompiled('a malformed period');
  return end === 'from' ? periodStart(parsed.period) : periodEnd(parsed.period);
}

type EntityClass = new () => object;

/** The columns of the fields, by the entity's own metadata (a field without a column stops the start). */
function columnsOf(dataSource: DataSource, entity: EntityClass, fields: readonly string[]): Record<string, string> {
  const metadata = dataSource.getMetadata(entity);
  const columns: Record<string, string> = { id: 'id' };
  for (const field of fields) {
    const column = metadata.findColumnWithPropertyName(field);
    if (!column) throw new Error(`compiled reads: ${metadata.name}.${field} has no column`);
    columns[field] = column.databaseName;
  }
  return columns;
}

/**
 * Fails closed: a staff-only field (access/policy.ts) of a compiled type must be one of its
 * stand-ins, never a plain column, or the public would read it through a compiled statement.
 */
export function assertStandIns(model: Readonly<Record<string, TypeModel>>, staffOnly: Readonly<Record<string, unknown>> = STAFF_ONLY_FIELDS): void {
  const problems: string[] = [];
  for (const name of Object.keys(staffOnly)) {
    const [typeName, field] = name.split('.') as [string, string];
    const type = model[typeName];
    if (!type) continue;
    if (!(field in type.standIns)) problems.push(`${name} is staff-only but has no stand-in in graphql/compiled/model.ts`);
    if (field in type.columns || field in type.relations) problems.push(`${name} is staff-only but compiled as a column or relation`);
  }
  for (const [typeName, type] of Object.entries(model)) {
    for (const field of Object.keys(type.standIns)) if (!(`${typeName}.${field}` in staffOnly)) problems.push(`${typeName}.${field} has a stand-in but is not staff-only`);
  }
  if (problems.length) throw new Error(`Compiled reads do not match the staff-only fields: ${problems.join('; ')}.`);
}

/** The types the compiled reads answer, for the data source's entities. */
export function publicReadModel(dataSource: DataSource): Readonly<Record<string, TypeModel>> {
  const model = buildModel(dataSource);
  assertStandIns(model);
  return model;
}

function buildModel(dataSource: DataSource): Readonly<Record<string, TypeModel>> {
  const columns = (entity: EntityClass, fields: readonly string[]) => columnsOf(dataSource, entity, fields);
  return {
    Municipality: {
      table: 'municipality',
      columns: columns(Municipality, ['code', 'name', 'organisationNumber', 'smallCountThreshold', 'version']),
      standIns: {},
      staffColumns: {},
      relations: {
        // findActiveByMunicipalityIds: not archived, newest decision first; public: adopted or replaced.
        steeringDocuments: {
          type: 'SteeringDocument',
          list: true,
          rows: (parent, _args, _bind, _services, reader) =>
            `SELECT c.municipality_id AS _key, c.* FROM steering_document c WHERE c.municipality_id IN (SELECT id FROM ${parent}) AND c.archived_at IS NULL${visibleIf(reader, `c.status IN (${documentStatuses})`)}`,
          orderBy: 'x.decision_date DESC NULLS LAST, x.title, x.id',
        },
      },
    },
    SteeringDocument: {
      table: 'steering_document',
      columns: columns(SteeringDocument, ['title', 'kind', 'status', 'description', 'decidedBy', 'registrationNumber', 'currentVersionNumber', 'version']),
      standIns: {},
      staffColumns: {},
      relations: {
        municipality: byForeignKey('Municipality', 'municipality', 'municipality_id'),
        // findActiveByDocumentIds: not archived, by sort order then id.
        focusAreas: {
          type: 'FocusArea',
          list: true,
          rows: (parent) => `SELECT c.steering_document_id AS _key, c.* FROM focus_area c WHERE c.steering_document_id IN (SELECT id FROM ${parent}) AND c.archived_at IS NULL`,
          orderBy: 'x.sort_order, x.id',
        },
      },
    },
    FocusArea: {
      table: 'focus_area',
      columns: columns(FocusArea, ['key', 'nameSv', 'nameEn', 'description', 'sortOrder', 'version']),
      standIns: {},
      staffColumns: {},
      relations: {
        // CommitteeGoalsByFocusAreaIdLoader: active committee goals, by sort order then title.
        goals: {
          type: 'Goal',
          list: true,
          rows: (parent, _args, _bind, _services, reader) =>
            `SELECT c.focus_area_id AS _key, c.* FROM goal c WHERE c.focus_area_id IN (SELECT id FROM ${parent}) AND c.level = 'COMMITTEE_GOAL' AND c.archived_at IS NULL${visibleRowIf(reader, 'goal')}`,
          orderBy: 'x.sort_order, x.title, x.id',
        },
      },
    },
    Goal: {
      table: 'goal',
      columns: columns(Goal, ['title', 'description', 'level', 'sortOrder', 'startPeriod', 'endPeriod', 'version']),
      standIns: {},
      staffColumns: {},
      relations: {
        ownerUnit: byForeignKey('OrganisationUnit', 'organisation_unit', 'owner_unit_id'),
        municipality: byForeignKey('Municipality', 'municipality', 'municipality_id'),
        // GoalsByParentIdLoader: active goals directly under it, by sort order then title.
        children: {
          type: 'Goal',
          list: true,
          rows: (parent, _args, _bind, _services, reader) =>
            `SELECT c.parent_id AS _key, c.* FROM goal c WHERE c.parent_id IN (SELECT id FROM ${parent}) AND c.archived_at IS NULL${visibleRowIf(reader, 'goal')}`,
          orderBy: 'x.sort_order, x.title, x.id',
        },
        // IndicatorsByGoalIdLoader: active indicators through goal_indicator, by Swedish name; under a
        // public goal an indicator is public exactly when it is published (publicIndicatorLinkedToPublicGoal).
        indicators: {
          type: 'Indicator',
          list: true,
          rows: (parent, _args, _bind, _services, reader) =>
            `SELECT l.goal_id AS _key, c.* FROM goal_indicator l JOIN indicator c ON c.id = l.indicator_id WHERE l.goal_id IN (SELECT id FROM ${parent}) AND c.archived_at IS NULL${visibleIf(reader, 'c.published')}`,
          orderBy: 'x.name_sv COLLATE "sv-x-icu", x.id',
        },
      },
    },
    Indicator: {
      table: 'indicator',
      columns: columns(Indicator, [
        'nameSv',
        'nameEn',
        'definition',
        'unit',
        'decimals',
        'direction',
        'periodicity',
        'dividedBySex',
        'published',
        'sensitive',
        'source',
        'sourceKind',
        'sourceReference',
        'sharedCode',
        'licence',
        'baselinePeriod',
        'baselineValue',
        'responsibleImplementationRole',
        'responsibleFollowUpRole',
        'version',
      ]),
      standIns: {},
      staffColumns: {},
      relations: {
        municipality: byForeignKey('Municipality', 'municipality', 'municipality_id'),
        responsibleImplementationUnit: byForeignKey('OrganisationUnit', 'organisation_unit', 'responsible_implementation_unit_id'),
        responsibleFollowUpUnit: byForeignKey('OrganisationUnit', 'organisation_unit', 'responsible_follow_up_unit_id'),
        // TargetsByIndicatorIdLoader: active targets in period order (TOTAL, WOMEN, MEN within a period).
        targets: {
          type: 'Target',
          list: true,
          args: ['from', 'to', 'sex'],
          rows: (parent, args, bind) => {
            const where = [`c.indicator_id IN (SELECT id FROM ${parent})`, 'c.archived_at IS NULL'];
            const from = periodBound(args.from, 'from');
            const to = periodBound(args.to, 'to');
            if (from) where.push(`c.period_start >= ${bind(from, 'date')}`);
            if (to) where.push(`c.period_start <= ${bind(to, 'date')}`);
            if (args.sex !== undefined && args.sex !== null) where.push(`c.sex = ${bind(args.sex, 'varchar')}`);
            return `SELECT c.indicator_id AS _key, c.* FROM target c WHERE ${where.join(' AND ')}`;
          },
          orderBy: `x.period_start, ${SEX_ORDER('x')}`,
        },
        // MeasurementSeriesByIndicatorIdLoader (findSeries): municipality level, final, in the period range.
        series: {
          type: 'Measurement',
          list: true,
          args: ['from', 'to', 'sex'],
          suppressed: true,
          rows: (parent, args, bind, services, reader) => {
            const query = services.measurement.seriesQuery(args as never);
            const where = [`c.indicator_id IN (SELECT id FROM ${parent})`, 'c.archived_at IS NULL', 'c.organisation_unit_id IS NULL'];
            if (query.fromStart) where.push(`c.period_start >= ${bind(query.fromStart, 'date')}`);
            if (query.toEnd) where.push(`c.period_start <= ${bind(query.toEnd, 'date')}`);
            if (query.sex) where.push(`c.sex = ${bind(query.sex, 'varchar')}`);
            return `SELECT c.indicator_id AS _key, c.* FROM measurement c WHERE ${where.join(' AND ')}${visibleIf(reader, `c.status = 'FINAL'`)}`;
          },
          orderBy: `x.period_start, ${SEX_ORDER('x')}`,
        },
        // LatestMeasurementsByIndicatorIdLoader (findLatestByIndicatorIds): the latest period with a value
        // (final ones only for the public), then the rows the reader may see (Access.visible).
        latestMeasurements: {
          type: 'Measurement',
          list: true,
          suppressed: true,
          rows: (parent, _args, _bind, _services, reader) => `SELECT c.indicator_id AS _key, c.* FROM measurement c
  JOIN (SELECT x.indicator_id, max(x.period_start) AS latest FROM measurement x
        WHERE x.indicator_id IN (SELECT id FROM ${parent}) AND x.value IS NOT NULL AND x.organisation_unit_id IS NULL AND x.archived_at IS NULL${reader.kind === 'public' ? ` AND x.status = 'FINAL'` : ''}
        GROUP BY x.indicator_id) l ON l.indicator_id = c.indicator_id AND l.latest = c.period_start
  WHERE c.organisation_unit_id IS NULL AND c.archived_at IS NULL${visibleIf(reader, `c.status = 'FINAL'`)}`,
          orderBy: 'x.sex',
        },
      },
    },
    OrganisationUnit: {
      table: 'organisation_unit',
      columns: columns(OrganisationUnit, ['name', 'kind', 'version']),
      standIns: { externalId: null },
      staffColumns: columns(OrganisationUnit, ['externalId']),
      relations: {
        municipality: byForeignKey('Municipality', 'municipality', 'municipality_id'),
      },
    },
    Target: {
      table: 'target',
      columns: columns(Target, ['period', 'sex', 'value', 'version']),
      standIns: { comment: null },
      staffColumns: columns(Target, ['comment']),
      relations: {},
    },
    Measurement: {
      table: 'measurement',
      columns: columns(Measurement, ['period', 'periodType', 'sex', 'value', 'numerator', 'denominator', 'status', 'footnote', 'source', 'version']),
      standIns: { reportedBy: null, history: [] },
      staffColumns: columns(Measurement, ['reportedBy']),
      relations: {},
    },
  };
}

/** Columns that small-count suppression hides (suppression.ts markSuppressed), and status's stand-in. */
export const SUPPRESSED_COLUMNS: Readonly<Record<string, string>> = { value: 'NULL', numerator: 'NULL', denominator: 'NULL', status: `'SUPPRESSED'` };
