import { markDecided, withSuppression } from '../../open-data/suppression';
import { parsePeriod, periodEnd, periodStart } from '@inkludera/shared';
import type { DataSource, EntityManager, ObjectLiteral, QueryRunner, SelectQueryBuilder } from 'typeorm';
import { UserInputError } from '../../graphql/errors';
import { Sex } from '../../graphql/enums';
import { idsOf, whereArchived, whereIds, whereOneOf } from '../../graphql/filters';
import { fromGlobalId } from '../../graphql/global-id';
import { paginate, type ConnectionArgs, type Page, type SortKey } from '../../graphql/pagination';
import { DomainError, userError, type RowError, type UserError } from '../../graphql/user-error';
import { callerMunicipality } from '../../access/access';
import { BaseService } from '../../services/base.service';
import { Rollback } from '../../services/unit-of-work';
import { checkValue } from '../indicator/indicator-value.rules';
import { Indicator } from '../indicator/indicator.entity';
import { OrganisationUnit } from '../organisation-unit/organisation-unit.entity';
import type {
  ArchiveMeasurementInput,
  MeasurementOrderField,
  MeasurementRowInput,
  MeasurementWhereInput,
  SeriesArgs,
  UpdateMeasurementInput,
  UpsertMeasurementsInput,
} from './dto/measurement.input';
import type { Completeness, UpsertMeasurementsPayload } from './dto/measurement.payload';
import { MeasurementChangeKind, MeasurementHistory } from './measurement-history.entity';
import {
  MAX_ROWS,
  SEX_ORDER,
  checkExtras,
  checkMeasuredValue,
  checkStatus,
  defaultStatus,
  storedPeriod,
  totalDisagrees,
  totalMismatchMessage,
  totalsAddUp,
} from './measurement.rules';
import { HISTORISE_ONE, INPUT_COLUMNS, LOCK_MUNICIPALITY, STALE_ROWS, TOTAL_MISMATCH_QUERY, upsertStatement } from './measurement.sql';
import { Measurement, MeasurementStatus } from './measurement.entity';

const SORT: Record<MeasurementOrderField, SortKey<Measurement>> = {
  PERIOD: { column: 'period_start', property: 'periodStart' },
  REPORTED_AT: { column: 'reported_at', property: 'reportedAt' },
  CREATED_AT: { column: 'created_at', property: 'createdAt' },
  UPDATED_AT: { column: 'updated_at', property: 'updatedAt' },
};

/** A row of upsertMeasurements after validation, as it is written. */
interface PreparedRow {
  index: number;
  indicatorId: string;
  organisationUnitId: string | null;
  period: string;
  periodType: string;
  periodStart: string;
  sex: Sex;
  value: number | null;
  status: MeasurementStatus;
  numerator: number | null;
  denominator: number | null;
  footnote: string | null;
  source: string | null;
  reportedBy: string | null;
  /** The version the writer read (0: none); null when the row replaces whatever is stored. */
  expectedVersion: number | null;
}

/** The arguments of Indicator.series after parsing: one loader (and one statement per batch) per distinct value. */
export interface SeriesQuery {
  fromStart: string | null;
  toEnd: string | null;
  sex: Sex | null;
  /** null: the whole municipality; a uuid: that unit; false: an id that names no unit (no rows). */
  organisationUnitId: string | null | false;
  /** Only FINAL values (what anonymous callers see). */
  finalOnly?: boolean;
  /** Small counts suppressed in the same statement (anonymous reads; open-data/suppression.ts). */
  suppress?: boolean;
}

interface UpsertCounts {
  inserted: number;
  updated: number;
  restored: number;
}

const rowError = (index: number, error: UserError): RowError => ({ ...error, index });
const groupKey = (indicatorId: string, unitId: string | null, period: string) => `${indicatorId}|${unitId ?? ''}|${period}`;
const orNull = <T>(value: T | null | undefined): T | null => (value === undefined ? null : value);

/** Columns of readMeasurements: timestamps as epoch milliseconds, numbers and dates as text. */
const RAW_COLUMNS = [
  'm.id',
  'm.municipality_id',
  'm.indicator_id',
  'm.organisation_unit_id',
  'm.period',
  'm.period_type',
  'm.period_start::text AS period_start',
  'm.sex',
  'm.value::text AS value',
  'm.status',
  'm.numerator::text AS numerator',
  'm.denominator::text AS denominator',
  'm.footnote',
  'm.source',
  'm.reported_by',
  'm.version',
  ...['created_at', 'updated_at', 'archived_at', 'reported_at'].map((column) => `(extract(epoch FROM m.${column}) * 1000)::float8 AS ${column}`),
].join(', ');

interface RawMeasurement {
  id: string;
  municipality_id: string;
  indicator_id: string;
  organisation_unit_id: string | null;
  period: string;
  period_type: string;
  period_start: string;
  sex: string;
  value: string | null;
  status: string;
  numerator: string | null;
  denominator: string | null;
  footnote: string | null;
  source: string | null;
  reported_by: string | null;
  version: number;
  created_at: number;
  updated_at: number;
  archived_at: number | null;
  reported_at: number;
}

const numberOrNull = (text: string | null) => (text === null ? null : Number(text));

function toMeasurement(row: RawMeasurement): Measurement {
  const m = new Measurement();
  m.id = row.id;
  m.municipalityId = row.municipality_id;
  m.indicatorId = row.indicator_id;
  m.organisationUnitId = row.organisation_unit_id;
  m.period = row.period;
  m.periodType = row.period_type as Measurement['periodType'];
  m.periodStart = row.period_start;
  m.sex = row.sex as Sex;
  m.value = numberOrNull(row.value);
  m.status = row.status as MeasurementStatus;
  m.numerator = numberOrNull(row.numerator);
  m.denominator = numberOrNull(row.denominator);
  m.footnote = row.footnote;
  m.source = row.source;
  m.reportedBy = row.reported_by;
  m.version = row.version;
  m.createdAt = new Date(row.created_at);
  m.updatedAt = new Date(row.updated_at);
  m.archivedAt = row.archived_at === null ? null : new Date(row.archived_at);
  m.reportedAt = new Date(row.reported_at);
  return m;
}

/** Rows of the same group ordered TOTAL, WOMEN, MEN. */
const bySex = (a: { sex: Sex }, b: { sex: Sex }) => SEX_ORDER.indexOf(a.sex) - SEX_ORDER.indexOf(b.sex);

export class MeasurementService extends BaseService<Measurement> {
  constructor(dataSource: DataSource) {
    super(dataSource, Measurement);
  }

  // ---------------------------------------------------------------- reads

  list(args: ConnectionArgs, where: MeasurementWhereInput = {}, order?: { field: MeasurementOrderField; direction: 'ASC' | 'DESC' }): Promise<Page<Measurement>> {
    const qb = this.repository.createQueryBuilder('m');
    whereIds(qb, 'm.municipality_id', idsOf(where.municipality, 'Municipality', 'where.municipality'), 'municipalityIds');
    whereIds(qb, 'm.indicator_id', idsOf(where.indicator, 'Indicator', 'where.indicator'), 'indicatorIds');
    whereIds(qb, 'm.organisation_unit_id', idsOf(where.organisationUnit, 'OrganisationUnit', 'where.organisationUnit'), 'unitIds');
    if (where.municipalityLevel === true) qb.andWhere('m.organisation_unit_id IS NULL');
    if (where.municipalityLevel === false) qb.andWhere('m.organisation_unit_id IS NOT NULL');
    wherePeriods(qb, 'm.period_start', periodBounds(where.period?.from, where.period?.to, 'where.period'));
    whereOneOf(qb, 'm.sex', where.sex?.oneOf, 'sexes');
    whereOneOf(qb, 'm.status', where.status?.oneOf, 'statuses');
    whereArchived(qb, where.includeArchived);
    return paginate(qb, args, { ...SORT[order?.field ?? 'PERIOD'], direction: order?.direction ?? 'ASC' });
  }

  /**
   * For each indicator, its municipality-level measurements of the latest period that has any value,
   * every sex; archived values and values of units are left out. One statement for all indicators.
   */
  findLatestByIndicatorIds(indicatorIds: readonly string[], finalOnly = false, suppress = false): Promise<Measurement[]> {
    const final = (alias: string) => (finalOnly ? ` AND ${alias}.status = 'FINAL'` : '');
    return this.readMeasurements(
      `JOIN (SELECT x.indicator_id, max(x.period_start) AS latest
             FROM measurement x
             WHERE x.indicator_id = ANY($1::uuid[]) AND x.value IS NOT NULL AND x.organisation_unit_id IS NULL AND x.archived_at IS NULL${final('x')}
             GROUP BY x.indicator_id) l ON l.indicator_id = m.indicator_id AND l.latest = m.period_start
       WHERE m.indicator_id = ANY($1::uuid[]) AND m.organisation_unit_id IS NULL AND m.archived_at IS NULL${final('m')}`,
      'm.sex',
      [[...indicatorIds]],
      suppress,
    );
  }

  /**
   * Measurements of a read that returns many rows (series, latest values): plain SQL mapped by hand,
   * timestamps as epoch milliseconds. A nested read returns thousands of values; TypeORM's entity
   * hydration and pg's timestamp parsing were most of its time.
   */
  private async readMeasurements(fromWhere: string, orderBy: string, parameters: unknown[], suppress = false): Promise<Measurement[]> {
    const select = `SELECT ${RAW_COLUMNS} FROM measurement m ${fromWhere}`;
    if (!suppress) return ((await this.manager.query(`${select} ORDER BY ${orderBy}`, parameters)) as RawMeasurement[]).map(toMeasurement);
    // Anonymous reads: the small-count suppression decided in the same statement (one per level, not two).
    const rows: Array<RawMeasurement & { suppressed: boolean }> = await this.manager.query(withSuppression(select, orderBy), parameters);
    return rows.map((row) => {
      const m = toMeasurement(row);
      markDecided(m, row.suppressed);
      return m;
    });
  }

  /** The history entries of each measurement, newest first, in one statement. */
  findHistoryByMeasurementIds(ids: readonly string[]): Promise<MeasurementHistory[]> {
    return this.manager
      .getRepository(MeasurementHistory)
      .createQueryBuilder('h')
      .where('h.measurement_id = ANY(:ids)', { ids: [...ids] })
      .orderBy('h.changed_at', 'DESC')
      .addOrderBy('h.version', 'DESC')
      .getMany();
  }

  /** Parses the arguments of Indicator.series (BAD_USER_INPUT for a malformed period). */
  seriesQuery(args: SeriesArgs): SeriesQuery {
    const bounds = periodBounds(args.from, args.to, '');
    let organisationUnitId: SeriesQuery['organisationUnitId'] = null;
    if (args.organisationUnitId) {
      const parsed = fromGlobalId(args.organisationUnitId);
      organisationUnitId = parsed?.type === 'OrganisationUnit' ? parsed.id : false;
    }
    return { fromStart: bounds.fromStart, toEnd: bounds.toEnd, sex: args.sex ?? null, organisationUnitId };
  }

  /** The series of every indicator for one set of arguments, in period order (then TOTAL, WOMEN, MEN); one statement. */
  findSeries(indicatorIds: readonly string[], query: SeriesQuery): Promise<Measurement[]> {
    if (query.organisationUnitId === false) return Promise.resolve([]);
    const parameters: unknown[] = [[...indicatorIds]];
    const where = ['m.indicator_id = ANY($1::uuid[])', 'm.archived_at IS NULL'];
    const add = (condition: (n: string) => string, value: unknown) => {
      parameters.push(value);
      where.push(condition(`$${parameters.length}`));
    };
    if (query.organisationUnitId) add((n) => `m.organisation_unit_id = ${n}::uuid`, query.organisationUnitId);
    else where.push('m.organisation_unit_id IS NULL');
    if (query.fromStart) add((n) => `m.period_start >= ${n}::date`, query.fromStart);
    if (query.toEnd) add((n) => `m.period_start <= ${n}::date`, query.toEnd);
    if (query.sex) add((n) => `m.sex = ${n}`, query.sex);
    if (query.finalOnly) where.push(`m.status = 'FINAL'`);
    return this.readMeasurements(
      `WHERE ${where.join(' AND ')}`,
      `m.indicator_id, m.period_start, array_position(ARRAY['TOTAL','WOMEN','MEN']::varchar[], m.sex)`,
      parameters,
      query.suppress,
    );
  }

  /** Normalises the period of Indicator.completeness (BAD_USER_INPUT when it is not a period). */
  completenessPeriod(period: string): string {
    const stored = storedPeriod(period);
    if (!stored) throw new UserInputError(`"${period}" is not a period. Use 2024, 2024-S1, 2024-T2, 2024-Q3 or 2024-M05.`, 'period');
    return stored.period;
  }

  /** Completeness of each indicator for one period (municipality level, archived left out), in one statement. */
  async findCompleteness(indicatorIds: readonly string[], period: string, finalOnly = false): Promise<Array<Completeness & { indicatorId: string }>> {
    const rows: Array<{ id: string; divided_by_sex: boolean; total: boolean; women: boolean; men: boolean }> = await this.manager.query(
      `SELECT i.id, i.divided_by_sex,
              coalesce(bool_or(m.sex = 'TOTAL'), false) AS total,
              coalesce(bool_or(m.sex = 'WOMEN'), false) AS women,
              coalesce(bool_or(m.sex = 'MEN'), false) AS men
       FROM indicator i
       LEFT JOIN measurement m ON m.indicator_id = i.id AND m.period = $2 AND m.organisation_unit_id IS NULL
            AND m.archived_at IS NULL AND m.value IS NOT NULL${finalOnly ? ` AND m.status = 'FINAL'` : ''}
       WHERE i.id = ANY($1::uuid[])
       GROUP BY i.id, i.divided_by_sex`,
      [[...indicatorIds], period],
    );
    return rows.map((row) => {
      const missing = row.divided_by_sex ? [...(row.women ? [] : [Sex.WOMEN]), ...(row.men ? [] : [Sex.MEN])] : row.total ? [] : [Sex.TOTAL];
      return { indicatorId: row.id, period, complete: missing.length === 0, women: row.women, men: row.men, total: row.total, missing };
    });
  }

  // ---------------------------------------------------------------- bulk upsert

  /**
   * Writes up to MAX_ROWS measurements all or nothing. Every row is checked in memory against the
   * indicators (loaded once); if any row is bad, every bad row is reported by its index and nothing
   * is written. Otherwise one transaction: the municipality's measurement lock, one upsert statement
   * per level (municipality, units) that also historises what it changes, and one query for totals
   * that disagree with women + men afterwards (rolled back if any). dryRun runs the same transaction
   * and always rolls back.
   */
  async upsertMeasurements(input: UpsertMeasurementsInput): Promise<UpsertMeasurementsPayload> {
    const dryRun = input.dryRun ?? false;
    try {
      const { municipalityId, rows, indicators } = await this.prepareRows(input.rows ?? []);
      const counts = rows.length ? await this.writeRows(municipalityId as string, rows, indicators, dryRun) : { inserted: 0, updated: 0, restored: 0 };
      const upserted = counts.inserted + counts.updated;
      return { dryRun, upserted, ...counts, unchanged: rows.length - upserted, errors: [] };
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      const errors = error.errors as RowError[];
      return { dryRun, upserted: null, inserted: null, updated: null, restored: null, unchanged: null, errors };
    }
  }

  /** Checks every row; throws a DomainError listing each bad row (by index) or returns the rows to write. */
  private async prepareRows(input: readonly MeasurementRowInput[]): Promise<{ municipalityId: string | null; rows: PreparedRow[]; indicators: Map<string, Indicator> }> {
    if (input.length > MAX_ROWS) {
      throw new DomainError(
        rowError(
          MAX_ROWS,
          userError('TOO_MANY_ROWS', `rows: at most ${MAX_ROWS.toLocaleString('en')} rows in one call; this one has ${input.length.toLocaleString('en')}. Split it.`, 'rows'),
        ),
      );
    }
    const decode = (globalId: string | null | undefined, type: string) => {
      if (globalId === undefined || globalId === null) return null;
      const parsed = fromGlobalId(globalId);
      return parsed?.type === type ? parsed.id : undefined;
    };
    const indicatorIds = input.map((row) => decode(row.indicatorId, 'Indicator'));
    const unitIds = input.map((row) => decode(row.organisationUnitId, 'OrganisationUnit'));
    // Indicators and units of another municipality than the caller's are left out here, so that their
    // rows get exactly the errors of an id that names nothing (no existence oracle).
    const bound = callerMunicipality();
    const [indicators, units] = await Promise.all([this.findAllByIds(Indicator, indicatorIds, bound), this.findAllByIds(OrganisationUnit, unitIds, bound)]);
    // The municipality of the call: that of the first row whose indicator exists.
    const firstIndicator = indicatorIds.map((id) => (id ? indicators.get(id) : undefined)).find(Boolean);
    const municipalityId = firstIndicator?.municipalityId ?? null;

    const errors: RowError[] = [];
    const rows: PreparedRow[] = [];
    const seen = new Map<string, number>();
    input.forEach((row, index) => {
      const found: UserError[] = [];
      const indicatorId = indicatorIds[index];
      const indicator = indicatorId ? indicators.get(indicatorId) : undefined;
      if (!indicator) {
        found.push(userError('NOT_FOUND', `indicatorId: no Indicator has the id ${row.indicatorId}.`, 'indicatorId'));
      } else if (indicator.archivedAt) {
        found.push(userError('INVALID', `indicatorId: the Indicator ${row.indicatorId} is archived.`, 'indicatorId'));
      } else if (indicator.municipalityId !== municipalityId) {
        found.push(
          userError(
            'INVALID',
            `indicatorId: the indicator belongs to another municipality than the indicator of the first row; one call writes the values of one municipality.`,
            'indicatorId',
          ),
        );
      }
      const unitId = unitIds[index];
      if (unitId !== null) {
        const unit = unitId ? units.get(unitId) : undefined;
        if (!unit || (indicator && unit.municipalityId !== indicator.municipalityId)) {
          found.push(userError('NOT_FOUND', `organisationUnitId: no OrganisationUnit of the indicator's municipality has the id ${row.organisationUnitId}.`, 'organisationUnitId'));
        } else if (unit.archivedAt) {
          found.push(userError('INVALID', `organisationUnitId: the OrganisationUnit ${row.organisationUnitId} is archived.`, 'organisationUnitId'));
        }
      }
      const value = row.value ?? null;
      if (indicator) {
        found.push(...checkValue(indicator, { period: row.period, sex: row.sex, value }));
      } else if (!storedPeriod(row.period)) {
        found.push(userError('INVALID_PERIOD', `period: "${row.period}" is not a period. Use 2024, 2024-S1, 2024-T2, 2024-Q3 or 2024-M05.`, 'period'));
      }
      const status = row.status ?? defaultStatus(value);
      const extras = {
        numerator: row.numerator ?? null,
        denominator: row.denominator ?? null,
        footnote: orNull(row.footnote),
        source: orNull(row.source),
        reportedBy: orNull(row.reportedBy),
      };
      found.push(...checkStatus(status, value), ...checkExtras(extras));
      const expectedVersion = row.expectedVersion ?? null;
      if (expectedVersion !== null && expectedVersion < 0) {
        found.push(userError('INVALID', `expectedVersion: a version is 0 (no value read) or more; this one is ${expectedVersion}.`, 'expectedVersion'));
      }

      const period = storedPeriod(row.period);
      const key = `${indicatorId ?? row.indicatorId}|${unitId ?? row.organisationUnitId ?? ''}|${period?.period ?? row.period}|${row.sex}`;
      const first = seen.get(key);
      if (first === undefined) seen.set(key, index);
      else found.push(userError('DUPLICATE', `The row has the same indicator, unit, period and sex as row ${first}; give each value once.`, null));

      if (found.length) errors.push(...found.map((error) => rowError(index, error)));
      else
        rows.push({
          index,
          indicatorId: indicatorId as string,
          organisationUnitId: unitId ?? null,
          ...(period as NonNullable<typeof period>),
          sex: row.sex,
          value,
          status,
          ...extras,
          expectedVersion,
        });
    });

    // Totals that disagree within the call itself (all three sexes given), reported with the other errors.
    errors.push(...this.totalMismatchesWithin(rows, indicators));
    if (errors.length) throw new DomainError(errors.sort((a, b) => a.index - b.index));
    return { municipalityId, rows, indicators };
  }

  /** Rows of [indicator, unit, period] groups given completely in the call whose TOTAL ≠ WOMEN + MEN. */
  private totalMismatchesWithin(rows: PreparedRow[], indicators: Map<string, Indicator>): RowError[] {
    const groups = new Map<string, PreparedRow[]>();
    for (const row of rows) {
      if (row.value === null || !totalsAddUp(indicators.get(row.indicatorId) as Indicator)) continue;
      const key = groupKey(row.indicatorId, row.organisationUnitId, row.period);
      const group = groups.get(key);
      if (group) group.push(row);
      else groups.set(key, [row]);
    }
    const errors: RowError[] = [];
    for (const group of groups.values()) {
      if (group.length !== 3) continue;
      const [total, women, men] = group.sort(bySex).map((row) => row.value as number) as [number, number, number];
      if (!totalDisagrees(total, women, men)) continue;
      for (const row of group) errors.push(rowError(row.index, userError('TOTAL_MISMATCH', totalMismatchMessage(total, women, men, row.period), 'value')));
    }
    return errors;
  }

  /** Rows of `entity` by id, for the ids that decoded; one statement (none when there are no ids). */
  private async findAllByIds<T extends ObjectLiteral & { id: string }>(
    entity: new () => T,
    ids: ReadonlyArray<string | null | undefined>,
    municipalityId: string | null,
  ): Promise<Map<string, T>> {
    const distinct = [...new Set(ids.filter((id): id is string => typeof id === 'string'))];
    if (!distinct.length) return new Map();
    const qb = this.manager.getRepository(entity).createQueryBuilder('e').where('e.id = ANY(:ids)', { ids: distinct });
    if (municipalityId !== null) qb.andWhere('e.municipality_id = :municipalityId', { municipalityId });
    const rows = await qb.getMany();
    return new Map(rows.map((row) => [row.id, row]));
  }

  private async writeRows(municipalityId: string, rows: PreparedRow[], indicators: Map<string, Indicator>, dryRun: boolean): Promise<UpsertCounts> {
    // A transaction of its own, or a savepoint in the mutation's (services/unit-of-work.ts); a dry run
    // leaves it by an exception so that everything it wrote is rolled back.
    try {
      return await this.transaction(async (manager) => {
        const runner = manager.queryRunner as QueryRunner;
        await runner.query(LOCK_MUNICIPALITY, [municipalityId]);
        await this.assertVersionsRead(runner, municipalityId, rows);
        const counts: UpsertCounts = { inserted: 0, updated: 0, restored: 0 };
        for (const unitLevel of [false, true]) {
          const level = rows.filter((row) => (row.organisationUnitId !== null) === unitLevel);
          if (!level.length) continue;
          const [result] = (await runner.query(upsertStatement(unitLevel), [municipalityId, ...columnsOf(level)])) as UpsertCounts[];
          counts.inserted += result?.inserted ?? 0;
          counts.updated += result?.updated ?? 0;
          counts.restored += result?.restored ?? 0;
        }
        await this.assertTotalsAddUp(runner, rows, indicators);
        if (dryRun) throw new Rollback(counts);
        return counts;
      });
    } catch (error) {
      if (error instanceof Rollback) return error.value as UpsertCounts;
      throw error;
    }
  }

  /**
   * Before the write, under the municipality's lock: CONFLICT on every row given with the version
   * its writer read whose stored value someone else has changed since, and which this row would
   * change. One statement, none when no row names a version.
   */
  private async assertVersionsRead(runner: QueryRunner, municipalityId: string, rows: PreparedRow[]): Promise<void> {
    const checked = rows.filter((row) => row.expectedVersion !== null);
    if (!checked.length) return;
    const stale = (await runner.query(STALE_ROWS, [municipalityId, ...columnsOf(checked), checked.map((row) => row.index), checked.map((row) => row.expectedVersion)])) as Array<{
      idx: number;
      version: number;
      value: string | null;
    }>;
    if (!stale.length) return;
    const expected = new Map(checked.map((row) => [row.index, row.expectedVersion as number]));
    throw new DomainError(
      stale.map((row) =>
        rowError(
          row.idx,
          userError(
            'CONFLICT',
            row.version === 0
              ? `expectedVersion: the value you read (version ${expected.get(row.idx)}) has been removed by someone else since. Read it again and choose.`
              : `expectedVersion: someone else has changed the value since you read it (version ${row.version}, you read ${expected.get(row.idx)}); it is now ${row.value === null ? 'empty' : Number(row.value)}. Read it again and choose.`,
            'expectedVersion',
          ),
        ),
      ),
    );
  }

  /**
   * After the write, in the same transaction: the groups of counts divided by sex that the rows touch
   * where TOTAL ≠ WOMEN + MEN, counting stored values. TOTAL_MISMATCH on every row of such a group.
   */
  private async assertTotalsAddUp(runner: QueryRunner, rows: PreparedRow[], indicators: Map<string, Indicator>): Promise<void> {
    const groups = new Map<string, PreparedRow[]>();
    for (const row of rows) {
      if (!totalsAddUp(indicators.get(row.indicatorId) as Indicator)) continue;
      const key = groupKey(row.indicatorId, row.organisationUnitId, row.period);
      const group = groups.get(key);
      if (group) group.push(row);
      else groups.set(key, [row]);
    }
    if (!groups.size) return;
    const keys = [...groups.values()].map((group) => group[0] as PreparedRow);
    const mismatches: Array<{ indicator_id: string; organisation_unit_id: string | null; period: string; total: string; women: string; men: string }> = await runner.query(
      TOTAL_MISMATCH_QUERY,
      [keys.map((k) => k.indicatorId), keys.map((k) => k.organisationUnitId), keys.map((k) => k.period)],
    );
    if (!mismatches.length) return;
    const errors = mismatches.flatMap((m) =>
      (groups.get(groupKey(m.indicator_id, m.organisation_unit_id, m.period)) ?? []).map((row) =>
        rowError(row.index, userError('TOTAL_MISMATCH', totalMismatchMessage(Number(m.total), Number(m.women), Number(m.men), m.period), 'value')),
      ),
    );
    throw new DomainError(errors.sort((a, b) => a.index - b.index));
  }

  // ---------------------------------------------------------------- single-row writes

  /**
   * Changes one measurement with the version read (CONFLICT when stale). Its previous state goes to
   * the history with who changed it; an update that changes nothing writes nothing.
   */
  updateMeasurement(input: UpdateMeasurementInput): Promise<{ measurement: Measurement }> {
    return this.transaction(async (manager) => {
      const current = await this.lockForChange(manager, input.id, input.version);
      if (current.archivedAt) throw DomainError.of('ARCHIVED', 'id: the measurement is archived; upsert its key to restore it.', 'id');
      const indicator = await manager.getRepository(Indicator).findOneByOrFail({ id: current.indicatorId });
      if (input.status === null) throw DomainError.of('INVALID', 'status: may be left out but not null.', 'status');

      const value = input.value !== undefined ? input.value : current.value;
      let status = input.status ?? current.status;
      if (input.status === undefined && input.value !== undefined && checkStatus(status, value).length) status = defaultStatus(value);
      const next = {
        value,
        status,
        numerator: input.numerator !== undefined ? input.numerator : current.numerator,
        denominator: input.denominator !== undefined ? input.denominator : current.denominator,
        footnote: input.footnote !== undefined ? input.footnote : current.footnote,
        source: input.source !== undefined ? input.source : current.source,
        reportedBy: input.reportedBy !== undefined ? input.reportedBy : current.reportedBy,
      };
      const errors = [...checkMeasuredValue(indicator, next.value), ...checkStatus(next.status, next.value), ...checkExtras(next)];
      if (errors.length) throw new DomainError(errors);

      const unchanged = (['value', 'status', 'numerator', 'denominator', 'footnote', 'source'] as const).every((field) => next[field] === current[field]);
      if (unchanged) return { measurement: current };

      await manager.query(HISTORISE_ONE, [current.id, MeasurementChangeKind.UPDATED, input.reportedBy ?? null]);
      await manager
        .getRepository(Measurement)
        .createQueryBuilder()
        .update()
        .set({ ...next, reportedAt: () => 'now()' })
        .where('id = :id', { id: current.id })
        .execute();
      if (totalsAddUp(indicator)) await this.assertGroupAddsUp(manager, current);
      return { measurement: (await manager.getRepository(Measurement).findOneBy({ id: current.id })) as Measurement };
    });
  }

  /** Archives a measurement with the version read: its state goes to the history (ARCHIVED) and it leaves series, latest values and completeness. */
  archiveMeasurement(input: ArchiveMeasurementInput): Promise<{ measurement: Measurement }> {
    return this.transaction(async (manager) => {
      const current = await this.lockForChange(manager, input.id, input.version);
      if (current.archivedAt) throw DomainError.of('ARCHIVED', 'id: the measurement is already archived.', 'id');
      await manager.query(HISTORISE_ONE, [current.id, MeasurementChangeKind.ARCHIVED, input.archivedBy ?? null]);
      return { measurement: await this.archive(current.id, input.version, manager) };
    });
  }

  /** The measurement a global id names, locked for a change under its municipality's measurement lock; CONFLICT for a stale version. */
  private async lockForChange(manager: EntityManager, globalId: string, version: number): Promise<Measurement> {
    const found = await this.getByGlobalId(globalId, 'id', manager);
    await manager.query(LOCK_MUNICIPALITY, [found.municipalityId]);
    const current = (await manager.getRepository(Measurement).findOne({ where: { id: found.id }, lock: { mode: 'pessimistic_write' } })) as Measurement;
    if (current.version !== version) {
      throw DomainError.of('CONFLICT', `The Measurement was changed by someone else (version ${current.version}, you read ${version}). Reload it and try again.`, 'version');
    }
    return current;
  }

  /** TOTAL_MISMATCH when the measurement's group (indicator, unit, period) no longer adds up. */
  private async assertGroupAddsUp(manager: EntityManager, measurement: Measurement): Promise<void> {
    const [mismatch] = (await manager.query(TOTAL_MISMATCH_QUERY, [[measurement.indicatorId], [measurement.organisationUnitId], [measurement.period]])) as Array<{
      total: string;
      women: string;
      men: string;
    }>;
    if (mismatch) {
      throw DomainError.of('TOTAL_MISMATCH', totalMismatchMessage(Number(mismatch.total), Number(mismatch.women), Number(mismatch.men), measurement.period), 'value');
    }
  }
}

/** The rows as one array per input column, in INPUT_COLUMNS order. */
function columnsOf(rows: PreparedRow[]): unknown[][] {
  const pick: Record<(typeof INPUT_COLUMNS)[number][0], (row: PreparedRow) => unknown> = {
    indicator_id: (r) => r.indicatorId,
    organisation_unit_id: (r) => r.organisationUnitId,
    period: (r) => r.period,
    period_type: (r) => r.periodType,
    period_start: (r) => r.periodStart,
    sex: (r) => r.sex,
    value: (r) => r.value,
    status: (r) => r.status,
    numerator: (r) => r.numerator,
    denominator: (r) => r.denominator,
    footnote: (r) => r.footnote,
    source: (r) => r.source,
    reported_by: (r) => r.reportedBy,
  };
  return INPUT_COLUMNS.map(([name]) => rows.map(pick[name]));
}

/** A period range as [first day of `from`, last day of `to`]; BAD_USER_INPUT for bad notation. */
function periodBounds(from: string | null | undefined, to: string | null | undefined, field: string): { fromStart: string | null; toEnd: string | null } {
  const parse = (text: string | null | undefined, end: 'from' | 'to') => {
    if (text === undefined || text === null) return null;
    const parsed = parsePeriod(text);
    const name = field ? `${field}.${end}` : end;
    if (!parsed.ok) throw new UserInputError(`${name}: ${parsed.message}`, name);
    return end === 'from' ? periodStart(parsed.period) : periodEnd(parsed.period);
  };
  return { fromStart: parse(from, 'from'), toEnd: parse(to, 'to') };
}

function wherePeriods<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, column: string, bounds: { fromStart: string | null; toEnd: string | null }): void {
  if (bounds.fromStart) qb.andWhere(`${column} >= :fromStart`, { fromStart: bounds.fromStart });
  if (bounds.toEnd) qb.andWhere(`${column} <= :toEnd`, { toEnd: bounds.toEnd });
}
