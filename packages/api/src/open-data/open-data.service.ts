import { parsePeriod, periodEnd, periodStart } from '@inkludera/shared';
import type { DataSource, EntityManager } from 'typeorm';
import { PUBLIC_ROWS, publicIndicator } from '../access/public-sql';
import { fromGlobalId, toGlobalId } from '../graphql/global-id';
import { isIsoDate } from '../graphql/validation';
import { ensureFresh } from './snapshot';

/** CC0 1.0, as DCAT-AP-SE names it: the licence when neither the indicator nor the municipality names one. */
export const DEFAULT_LICENCE = 'http://creativecommons.org/publicdomain/zero/1.0/';

export interface OpenMunicipality {
  id: string;
  code: string;
  name: string;
  organisationNumber: string | null;
  licence: string;
  attribution: string;
  contactEmail: string | null;
}

export interface OpenIndicator {
  id: string;
  uuid: string;
  nameSv: string;
  nameEn: string | null;
  definition: string | null;
  unit: string;
  decimals: number;
  direction: string;
  periodicity: string;
  dividedBySex: boolean;
  sensitive: boolean;
  sourceKind: string;
  sourceReference: string | null;
  source: string | null;
  licence: string;
  implementation: { unitId: string; unit: string; role: string | null };
  followUp: { unitId: string; unit: string; role: string | null };
  firstPeriod: string | null;
  lastPeriod: string | null;
  lastChanged: Date;
  /**
   * When the values now published were first put out: the earliest change time among them (null
   * when none is published). An upper bound of the first release, since a changed value carries
   * the time of its last change.
   */
  firstPublished: Date | null;
}

/** A national indicator definition: the indicators of several municipalities under one shared key. */
export interface NationalIndicator {
  key: string;
  koladaId: string | null;
  nameSv: string;
  nameEn: string | null;
  units: string[];
  municipalities: Array<{ code: string; name: string; indicatorId: string; nameSv: string; unit: string }>;
  /** Kolada's value for the whole country (0000), where imported. */
  national: Array<{ period: string; sex: string; value: number | null; status: string | null; source: string }>;
}

/** What a set of responses is computed from: the snapshot generations, for ETag and Last-Modified. */
export interface ScopeState {
  /** "<municipality id>:<generation>" of each municipality in the scope, in id order. */
  generations: string[];
  lastModified: Date;
  /**
   * Every change published after this gets a later changed_at (see snapshot.ts). ISO 8601 in UTC
   * with microseconds, as PostgreSQL keeps it: send it back as changedSince.
   */
  changedUntil: string;
}

export class OpenDataError extends Error {
  constructor(
    readonly status: 400 | 404,
    message: string,
    /** The query parameter that was refused, for a 400 (the JSON error names it). */
    readonly parameter?: string,
  ) {
    super(message);
  }
}

/** The query parameters of a value file; anything else is refused (a typo must not return the whole file). */
export const VALUE_PARAMETERS = ['from', 'to', 'sex', 'changedSince'] as const;

/**
 * Refuses a query string with a parameter outside `allowed`, or one given more than once: a 400
 * that names the parameter. Open data is strict so that a misspelt filter fails loudly.
 */
export function checkQuery(query: Record<string, unknown>, allowed: readonly string[]): void {
  for (const [name, raw] of Object.entries(query)) {
    if (!allowed.includes(name)) {
      const known = allowed.length ? `Known parameters here: ${allowed.join(', ')}.` : 'This resource takes no parameters.';
      throw new OpenDataError(400, `Unknown query parameter ${name}. ${known}`, name);
    }
    if (typeof raw !== 'string') throw new OpenDataError(400, `${name} may be given once.`, name);
  }
}

export interface ValueFilter {
  indicatorId?: string;
  /** The shared indicator key (indicatorKeySql): the same indicator in every municipality. */
  indicatorKey?: string;
  fromStart?: string;
  toEnd?: string;
  sex?: 'TOTAL' | 'WOMEN' | 'MEN';
  /** ISO 8601 with a time zone, passed to PostgreSQL as given (microseconds kept). */
  changedSince?: string;
}

const SEXES = ['TOTAL', 'WOMEN', 'MEN'] as const;

/** Parses the value filters of a query string; a bad one is a 400 with a plain message. */
export function parseValueFilter(query: Record<string, unknown>, indicatorId?: string): ValueFilter {
  checkQuery(query, VALUE_PARAMETERS);
  const one = (name: string): string | undefined => {
    const raw = query[name];
    if (raw === undefined) return undefined;
    if (typeof raw !== 'string') throw new OpenDataError(400, `${name} may be given once.`, name);
    if (raw.trim() === '') throw new OpenDataError(400, `${name} is empty; leave it out or give a value.`, name);
    return raw;
  };
  const period = (name: 'from' | 'to') => {
    const raw = one(name);
    if (raw === undefined) return undefined;
    const parsed = parsePeriod(raw);
    if (!parsed.ok) throw new OpenDataError(400, `${name}: ${parsed.message}`, name);
    return name === 'from' ? periodStart(parsed.period) : periodEnd(parsed.period);
  };
  const filter: ValueFilter = { indicatorId, fromStart: period('from'), toEnd: period('to') };
  if (filter.fromStart && filter.toEnd && filter.fromStart > filter.toEnd) {
    throw new OpenDataError(400, `from (${String(query.from)}) begins after to (${String(query.to)}) ends; no period can lie between them.`, 'from');
  }
  const sex = one('sex');
  if (sex !== undefined) {
    const upper = sex.toUpperCase();
    if (!(SEXES as readonly string[]).includes(upper)) throw new OpenDataError(400, 'sex must be TOTAL, WOMEN or MEN.', 'sex');
    filter.sex = upper as ValueFilter['sex'];
  }
  const since = one('changedSince');
  if (since !== undefined) {
    // An ISO 8601 timestamp with a time zone, e.g. 2026-01-31T12:00:00Z or 2026-01-31T13:00:00.123+01:00.
    const iso = /^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,6})?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/;
    const at = new Date(since);
    // A date of the calendar (not 2024-02-30, which JavaScript moves to March and PostgreSQL refuses).
    if (!iso.test(since) || !isIsoDate(since.slice(0, 10)) || Number.isNaN(at.getTime())) {
      throw new OpenDataError(400, 'changedSince must be an ISO 8601 timestamp with a time zone, e.g. 2026-01-31T12:00:00Z (a response’s changedUntil).', 'changedSince');
    }
    filter.changedSince = since;
  }
  return filter;
}

/**
 * The global id of an indicator, computed in SQL exactly as toGlobalId does (base64url of
 * "Indicator:<uuid>" without padding), so that a streamed row needs no work in JavaScript and
 * COPY of the same select gives the same text.
 */
export function indicatorGlobalIdSql(column: string): string {
  return `rtrim(translate(encode(convert_to('Indicator:' || ${column}::text, 'UTF8'), 'base64'), '+/', '-_'), '=')`;
}

/**
 * The shared key of an indicator across municipalities, in SQL over an indicator alias: the Kolada
 * KPI id when the indicator is linked to one (source KOLADA, e.g. N00945), else the shared code staff
 * gave it (INK-SFI-TVA-KURSER, the same in every municipality that reports it), else a stable code
 * of this installation, INK-<indicator id>, which only that indicator carries.
 */
export function indicatorKeySql(i: string): string {
  return `CASE WHEN ${i}.source_kind = 'KOLADA' AND ${i}.source_reference ~ '^[A-Z][0-9]{5}$' THEN ${i}.source_reference WHEN ${i}.shared_code IS NOT NULL THEN ${i}.shared_code ELSE 'INK-' || ${indicatorGlobalIdSql(`${i}.id`)} END`;
}

/** The pattern of a shared key. */
export const INDICATOR_KEY_PATTERN = '^([A-Z][0-9]{5}|INK-[A-Za-z0-9_-]+)$';

export const VALUE_COLUMNS = [
  'municipality_code',
  'indicator_id',
  'indicator_key',
  'indicator_name',
  'unit',
  'period',
  'sex',
  'value',
  'status',
  'footnote',
  // Computed while streaming (open-data/progress-columns.ts), not by the select.
  'progress_target',
  'progress_status',
] as const;
export type ValueRow = Record<(typeof VALUE_COLUMNS)[number], string | null>;

/**
 * The published values of the municipalities in $1 as the files give them: current rows, or with
 * changedSince every row changed after it, tombstones (status REMOVED) included. One select, in
 * the order of the files; `bench` runs COPY over the same text.
 */
export function valuesQuery(filter: ValueFilter, options: { history?: boolean } = {}): { sql: string; parameters: unknown[] } {
  const parameters: unknown[] = [];
  const where: string[] = [];
  const add = (condition: (n: string) => string, value: unknown) => {
    parameters.push(value);
    where.push(condition(`$${parameters.length + 1}`));
  };
  if (filter.indicatorId) add((n) => `v.indicator_id = ${n}::uuid`, filter.indicatorId);
  if (filter.indicatorKey) add((n) => `${indicatorKeySql('i')} = ${n}`, filter.indicatorKey);
  // With history, earlier rows are read too (the status of a row needs its series) and marked not to emit.
  let emit = 'TRUE';
  if (filter.fromStart && options.history) {
    parameters.push(filter.fromStart);
    emit = `v.period_start >= $${parameters.length + 1}::date`;
  } else if (filter.fromStart) add((n) => `v.period_start >= ${n}::date`, filter.fromStart);
  if (filter.toEnd) add((n) => `v.period_start <= ${n}::date`, filter.toEnd);
  if (filter.sex) add((n) => `v.sex = ${n}`, filter.sex);
  if (filter.changedSince) add((n) => `v.changed_at > ${n}::timestamptz`, filter.changedSince);
  else where.push('v.removed_at IS NULL');
  const sql = `
SELECT mu.code AS municipality_code, ${indicatorGlobalIdSql('v.indicator_id')} AS indicator_id, ${indicatorKeySql('i')} AS indicator_key, i.name_sv AS indicator_name, i.unit, v.period, v.sex,
       v.value::text AS value, CASE WHEN v.removed_at IS NULL THEN v.status ELSE 'REMOVED' END AS status, v.footnote, ${emit} AS emit
FROM published_value v
JOIN municipality mu ON mu.id = v.municipality_id
LEFT JOIN indicator i ON i.id = v.indicator_id
WHERE v.municipality_id = ANY($1::uuid[])${where.map((condition) => ` AND ${condition}`).join('')}
ORDER BY mu.code, v.indicator_id, v.period_start, array_position(ARRAY['TOTAL','WOMEN','MEN']::varchar[], v.sex)`;
  return { sql, parameters };
}

interface MunicipalityRow {
  id: string;
  code: string;
  name: string;
  organisation_number: string | null;
  open_data_licence: string | null;
  open_data_attribution: string | null;
  open_data_contact_email: string | null;
}

function toMunicipality(row: MunicipalityRow): OpenMunicipality {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    organisationNumber: row.organisation_number,
    licence: row.open_data_licence ?? DEFAULT_LICENCE,
    attribution: row.open_data_attribution ?? `Källa: ${row.name}`,
    contactEmail: row.open_data_contact_email,
  };
}

const MUNICIPALITY_COLUMNS = 'mu.id, mu.code, mu.name, mu.organisation_number, mu.open_data_licence, mu.open_data_attribution, mu.open_data_contact_email';

/** Reads of open data. Every read runs on a snapshot brought up to date first (snapshot.ts). */
export class OpenDataService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly defaultMunicipalityCode: string | undefined,
  ) {}

  /** The active municipalities, by code. */
  async municipalities(manager: EntityManager = this.dataSource.manager): Promise<OpenMunicipality[]> {
    const rows: MunicipalityRow[] = await manager.query(`SELECT ${MUNICIPALITY_COLUMNS} FROM municipality mu WHERE ${PUBLIC_ROWS.municipality!('mu')} ORDER BY mu.code`);
    return rows.map(toMunicipality);
  }

  /** An active municipality by code (404 otherwise); `null` means the installation's default. */
  async municipality(code: string | null): Promise<OpenMunicipality> {
    if (code === null) {
      const fixed = this.defaultMunicipalityCode;
      const rows: MunicipalityRow[] = await this.dataSource.query(
        `SELECT ${MUNICIPALITY_COLUMNS} FROM municipality mu WHERE ${PUBLIC_ROWS.municipality!('mu')} ${fixed ? 'AND mu.code = $1' : ''} ORDER BY mu.code LIMIT 1`,
        fixed ? [fixed] : [],
      );
      if (!rows[0]) throw new OpenDataError(404, fixed ? `The default municipality ${fixed} (DEFAULT_MUNICIPALITY) does not exist.` : 'No municipality publishes data here.');
      return toMunicipality(rows[0]);
    }
    if (!/^\d{4}$/.test(code)) throw new OpenDataError(404, `${code} is not a municipality code.`);
    const rows: MunicipalityRow[] = await this.dataSource.query(`SELECT ${MUNICIPALITY_COLUMNS} FROM municipality mu WHERE mu.code = $1 AND ${PUBLIC_ROWS.municipality!('mu')}`, [
      code,
    ]);
    if (!rows[0]) throw new OpenDataError(404, `No municipality with the code ${code} publishes data here.`);
    return toMunicipality(rows[0]);
  }

  /** Every municipality id, archived ones too (their published values become tombstones). */
  async allMunicipalityIds(): Promise<string[]> {
    const rows: Array<{ id: string }> = await this.dataSource.query('SELECT id FROM municipality ORDER BY id');
    return rows.map((row) => row.id);
  }

  /** Brings the snapshot of these municipalities up to date. */
  refresh(municipalityIds: readonly string[]) {
    return ensureFresh(this.dataSource, municipalityIds);
  }

  /** The snapshot state of a scope; read in the transaction that reads the data. */
  async scopeState(manager: EntityManager, municipalityIds: readonly string[]): Promise<ScopeState> {
    const [row] = (await manager.query(
      `SELECT COALESCE(array_agg(municipality_id || ':' || generation ORDER BY municipality_id), '{}') AS generations,
              COALESCE(max(source_changed_at), 'epoch') AS last_modified,
              to_char(COALESCE(max(refreshed_at), 'epoch') AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS changed_until
       FROM open_data_refresh WHERE municipality_id = ANY($1::uuid[])`,
      [municipalityIds],
    )) as Array<{ generations: string[]; last_modified: Date; changed_until: string }>;
    const state = row as { generations: string[]; last_modified: Date; changed_until: string };
    return { generations: state.generations, lastModified: new Date(state.last_modified), changedUntil: state.changed_until };
  }

  /** The published indicators of a municipality with their metadata, by Swedish name. */
  async indicators(manager: EntityManager, municipality: OpenMunicipality, indicatorId?: string): Promise<OpenIndicator[]> {
    const rows: Array<Record<string, any>> = await manager.query(
      `SELECT i.id, i.name_sv, i.name_en, i.definition, i.unit, i.decimals, i.direction, i.periodicity, i.divided_by_sex, i.sensitive,
              i.source_kind, i.source_reference, i.source, i.licence, i.updated_at,
              iu.id AS implementation_unit_id, iu.name AS implementation_unit, i.responsible_implementation_role,
              fu.id AS follow_up_unit_id, fu.name AS follow_up_unit, i.responsible_follow_up_role,
              pv.first_period, pv.last_period, pv.changed_at AS values_changed_at, pv.first_published
       FROM indicator i
       JOIN organisation_unit iu ON iu.id = i.responsible_implementation_unit_id
       JOIN organisation_unit fu ON fu.id = i.responsible_follow_up_unit_id
       LEFT JOIN LATERAL (
         SELECT (array_agg(v.period ORDER BY v.period_start) FILTER (WHERE v.removed_at IS NULL))[1] AS first_period,
                (array_agg(v.period ORDER BY v.period_start DESC) FILTER (WHERE v.removed_at IS NULL))[1] AS last_period,
                max(v.changed_at) AS changed_at,
                min(v.changed_at) FILTER (WHERE v.removed_at IS NULL) AS first_published
         FROM published_value v WHERE v.indicator_id = i.id
       ) pv ON true
       WHERE i.municipality_id = $1 AND ${publicIndicator('i')} ${indicatorId ? 'AND i.id = $2' : ''}
       ORDER BY i.name_sv, i.id`,
      indicatorId ? [municipality.id, indicatorId] : [municipality.id],
    );
    return rows.map((row) => ({
      id: toGlobalId('Indicator', row.id),
      uuid: row.id,
      nameSv: row.name_sv,
      nameEn: row.name_en,
      definition: row.definition,
      unit: row.unit,
      decimals: row.decimals,
      direction: row.direction,
      periodicity: row.periodicity,
      dividedBySex: row.divided_by_sex,
      sensitive: row.sensitive,
      sourceKind: row.source_kind,
      sourceReference: row.source_reference,
      source: row.source,
      licence: row.licence ?? municipality.licence,
      implementation: { unitId: toGlobalId('OrganisationUnit', row.implementation_unit_id), unit: row.implementation_unit, role: row.responsible_implementation_role },
      followUp: { unitId: toGlobalId('OrganisationUnit', row.follow_up_unit_id), unit: row.follow_up_unit, role: row.responsible_follow_up_role },
      firstPeriod: row.first_period,
      lastPeriod: row.last_period,
      lastChanged: new Date(Math.max(new Date(row.updated_at).getTime(), row.values_changed_at ? new Date(row.values_changed_at).getTime() : 0)),
      firstPublished: row.first_published ? new Date(row.first_published) : null,
    }));
  }

  /** One published indicator of the municipality by its global id (404 otherwise). */
  async indicator(manager: EntityManager, municipality: OpenMunicipality, globalId: string): Promise<OpenIndicator> {
    const parsed = fromGlobalId(globalId);
    const [found] = parsed?.type === 'Indicator' ? await this.indicators(manager, municipality, parsed.id) : [];
    if (!found) throw new OpenDataError(404, `Municipality ${municipality.code} publishes no indicator with the id ${globalId}.`);
    return found;
  }

  /**
   * The national indicator catalogue: the published indicators of every active municipality,
   * grouped by their shared key, with the municipalities that report each. One statement, whatever
   * the number of municipalities.
   */
  async nationalIndicators(manager: EntityManager = this.dataSource.manager): Promise<NationalIndicator[]> {
    const rows: Array<Record<string, any>> = await manager.query(
      `WITH grouped AS (
         SELECT ${indicatorKeySql('i')} AS key,
                (array_agg(i.name_sv ORDER BY mu.code))[1] AS name_sv,
                (array_agg(i.name_en ORDER BY mu.code) FILTER (WHERE i.name_en IS NOT NULL))[1] AS name_en,
                array_agg(DISTINCT i.unit) AS units,
                bool_or(i.source_kind = 'KOLADA' AND i.source_reference ~ '^[A-Z][0-9]{5}$') AS kolada,
                json_agg(json_build_object('code', mu.code, 'name', mu.name, 'indicatorId', ${indicatorGlobalIdSql('i.id')}, 'nameSv', i.name_sv, 'unit', i.unit) ORDER BY mu.code) AS reporting
         FROM indicator i
         JOIN municipality mu ON mu.id = i.municipality_id AND ${PUBLIC_ROWS.municipality!('mu')}
         WHERE ${publicIndicator('i')}
         GROUP BY 1
       )
       SELECT g.*,
              (SELECT json_agg(json_build_object('period', k.period, 'sex', k.sex, 'value', k.value, 'status', k.status, 'source', k.source) ORDER BY k.period, k.sex)
               FROM kolada_value k WHERE k.municipality_code = '0000' AND k.kpi = g.key) AS national
       FROM grouped g
       ORDER BY g.name_sv, g.key`,
    );
    return rows.map((row) => ({
      key: row.key,
      koladaId: row.kolada ? row.key : null,
      nameSv: row.name_sv,
      nameEn: row.name_en,
      units: row.units,
      municipalities: row.reporting,
      national: row.national ?? [],
    }));
  }

  /**
   * The published values of one shared indicator in every municipality (comparison): one
   * statement, whatever the number of municipalities.
   */
  async compare(manager: EntityManager, key: string, filter: ValueFilter = {}): Promise<ValueRow[]> {
    const scope = await this.allMunicipalityIds();
    const { sql, parameters } = valuesQuery({ ...filter, indicatorKey: key });
    return manager.query(sql, [scope, ...parameters]);
  }

  /** Distinct licences of the published indicators of these municipalities. */
  async licences(manager: EntityManager, municipalityIds: readonly string[], indicatorId?: string): Promise<string[]> {
    const rows: Array<{ licence: string }> = await manager.query(
      `SELECT DISTINCT COALESCE(i.licence, mu.open_data_licence, $2) AS licence
       FROM indicator i JOIN municipality mu ON mu.id = i.municipality_id
       WHERE i.municipality_id = ANY($1::uuid[]) AND ${publicIndicator('i')} ${indicatorId ? 'AND i.id = $3' : ''}
       ORDER BY 1`,
      indicatorId ? [municipalityIds, DEFAULT_LICENCE, indicatorId] : [municipalityIds, DEFAULT_LICENCE],
    );
    return rows.map((row) => row.licence);
  }
}
