import { startTestServer, type TestServer } from '../../../../test/helpers';
import { callersOf, countsByCaller } from '../../../../test/sql-count';
import { PeriodType } from '../../../graphql/enums';
import { toGlobalId } from '../../../graphql/global-id';
import { Indicator, IndicatorDirection, IndicatorUnit } from '../../indicator/indicator.entity';

/**
 * Measurements over HTTP against real PostgreSQL: the bulk upsert (rules, all or nothing, dry run,
 * history, totals), single updates and archiving, and the reads (series, completeness, history,
 * the connection, latest values).
 */

type Row = Record<string, unknown>;
type RowErrorShape = { index: number; field: string | null; code: string; message: string };

const UPSERT = /* GraphQL */ `
  mutation ($input: UpsertMeasurementsInput!) {
    upsertMeasurements(input: $input) {
      dryRun
      upserted
      inserted
      updated
      restored
      unchanged
      errors {
        index
        field
        code
        message
      }
    }
  }
`;
const MEASUREMENT_FIELDS = 'id version period sex value status numerator denominator footnote source reportedBy reportedAt archivedAt';

describe('measurements', () => {
  let server: TestServer;
  let tyreso: string;
  let unit: string; // a unit of Tyresö
  let otherUnit: string; // a unit of Tyresö
  let tranemoUnit: string;
  let seq = 0;

  /** Creates an indicator directly (the indicator mutations are another module's). */
  async function indicator(overrides: Partial<Indicator> = {}, municipalityCode = '0138'): Promise<{ id: string; gid: string }> {
    const ds = server.dataSource;
    const [{ id: municipalityId }] = await ds.query('SELECT id FROM municipality WHERE code = $1', [municipalityCode]);
    const [{ id: unitId }] = await ds.query('SELECT id FROM organisation_unit WHERE municipality_id = $1 ORDER BY name LIMIT 1', [municipalityId]);
    seq += 1;
    const saved = await ds.getRepository(Indicator).save(
      ds.getRepository(Indicator).create({
        municipalityId,
        nameSv: `Testindikator ${seq}`,
        unit: IndicatorUnit.COUNT,
        decimals: 0,
        direction: IndicatorDirection.INCREASE,
        periodicity: PeriodType.YEAR,
        dividedBySex: true,
        responsibleImplementationUnitId: unitId,
        responsibleFollowUpUnitId: unitId,
        ...overrides,
      }),
    );
    return { id: saved.id, gid: toGlobalId('Indicator', saved.id) };
  }

  const upsert = async (rows: Row[], dryRun?: boolean) => {
    const result = await server.gql(UPSERT, { input: { rows, ...(dryRun === undefined ? {} : { dryRun }) } });
    expect(result.errors).toBeUndefined();
    return result.data.upsertMeasurements as {
      dryRun: boolean;
      upserted: number | null;
      inserted: number | null;
      updated: number | null;
      restored: number | null;
      unchanged: number | null;
      errors: RowErrorShape[];
    };
  };

  /** Sends many rows in one call as JSON variables (a bulk upload has its own body limit, above the ordinary 1 MB). */
  const upsertMany = async (rows: Array<{ indicatorId: string; period: string; sex: string; value: number | null }>, dryRun = false) => {
    const result = await server.gql(
      `mutation($input: UpsertMeasurementsInput!) {
        upsertMeasurements(input: $input) { dryRun upserted inserted updated unchanged errors { index field code message } }
      }`,
      { input: { rows, dryRun } },
    );
    expect(result.status).toBe(200);
    expect(result.errors).toBeUndefined();
    return result.data.upsertMeasurements as { upserted: number | null; inserted: number | null; updated: number | null; unchanged: number | null; errors: RowErrorShape[] };
  };

  const stored = async (indicatorId: string) =>
    (await server.dataSource.query(
      `SELECT period, sex, value::float AS value, status, version, organisation_unit_id, archived_at FROM measurement WHERE indicator_id = $1 ORDER BY period, organisation_unit_id NULLS FIRST, sex`,
      [indicatorId],
    )) as Array<{ period: string; sex: string; value: number | null; status: string; version: number; organisation_unit_id: string | null; archived_at: Date | null }>;

  const countRows = async (table: 'measurement' | 'measurement_history') => Number((await server.dataSource.query(`SELECT count(*) FROM ${table}`))[0].count);

  const series = async (indicatorGid: string, args = '') =>
    (await server.gql(`query($id: ID!) { node(id: $id) { ... on Indicator { series${args} { ${MEASUREMENT_FIELDS} } } } }`, { id: indicatorGid })).data.node.series as Array<Record<string, any>>;

  beforeAll(async () => {
    server = await startTestServer();
    const ds = server.dataSource;
    tyreso = (await ds.query(`SELECT id FROM municipality WHERE code = '0138'`))[0].id;
    const units = await ds.query('SELECT id FROM organisation_unit WHERE municipality_id = $1 ORDER BY name LIMIT 2', [tyreso]);
    unit = toGlobalId('OrganisationUnit', units[0].id);
    otherUnit = toGlobalId('OrganisationUnit', units[1].id);
    const tranemo = (await ds.query(`SELECT id FROM organisation_unit WHERE municipality_id = (SELECT id FROM municipality WHERE code = '1498') LIMIT 1`))[0].id;
    tranemoUnit = toGlobalId('OrganisationUnit', tranemo);
  });
  afterAll(() => server.stop());

  describe('upsertMeasurements', () => {
    it('adds rows, then reports an identical second call as unchanged and writes no history', async () => {
      const count = await indicator();
      const rows = [
        { indicatorId: count.gid, period: '2023', sex: 'WOMEN', value: 4, reportedBy: 'Anna' },
        { indicatorId: count.gid, period: '2023', sex: 'MEN', value: 6, reportedBy: 'Anna' },
        { indicatorId: count.gid, period: '2023', sex: 'TOTAL', value: 10, reportedBy: 'Anna', footnote: 'Helår', source: 'Eget system' },
        { indicatorId: count.gid, organisationUnitId: unit, period: '2023', sex: 'TOTAL', value: 3, reportedBy: 'Anna' },
      ];
      expect(await upsert(rows)).toEqual({ dryRun: false, upserted: 4, inserted: 4, updated: 0, restored: 0, unchanged: 0, errors: [] });
      const before = await stored(count.id);
      expect(before.map((m) => [m.sex, m.value, m.status, m.version, m.organisation_unit_id !== null])).toEqual([
        ['MEN', 6, 'FINAL', 1, false],
        ['TOTAL', 10, 'FINAL', 1, false],
        ['WOMEN', 4, 'FINAL', 1, false],
        ['TOTAL', 3, 'FINAL', 1, true],
      ]);
      const historyBefore = await countRows('measurement_history');
      // Only reportedBy differs: not a change.
      const again = await upsert(rows.map((row) => ({ ...row, reportedBy: 'Bertil' })));
      expect(again).toEqual({ dryRun: false, upserted: 0, inserted: 0, updated: 0, restored: 0, unchanged: 4, errors: [] });
      expect(await stored(count.id)).toEqual(before);
      expect(await countRows('measurement_history')).toBe(historyBefore);
    });

    it('keeps the previous value in the history with who changed it and when', async () => {
      const count = await indicator();
      const row = { indicatorId: count.gid, period: '2024', sex: 'TOTAL', value: 10, reportedBy: 'Anna', source: 'SCB' };
      await upsert([row]);
      const started = Date.now();
      const changed = await upsert([{ ...row, value: 12, reportedBy: 'Bertil', footnote: 'Rättad' }]);
      expect(changed).toMatchObject({ upserted: 1, inserted: 0, updated: 1, unchanged: 0, errors: [] });
      const [measurement] = await series(count.gid);
      expect(measurement).toMatchObject({ value: 12, version: 2, reportedBy: 'Bertil', footnote: 'Rättad', source: 'SCB' });
      const { data } = await server.gql(
        `query($id: ID!) { node(id: $id) { ... on Measurement { history { version value status footnote source reportedBy reportedAt changeKind changedBy changedAt } } } }`,
        {
          id: measurement?.id,
        },
      );
      expect(data.node.history).toEqual([
        {
          version: 1,
          value: 10,
          status: 'FINAL',
          footnote: null,
          source: 'SCB',
          reportedBy: 'Anna',
          reportedAt: expect.any(String),
          changeKind: 'UPDATED',
          changedBy: 'Bertil',
          changedAt: expect.any(String),
        },
      ]);
      expect(Date.parse(data.node.history[0].changedAt)).toBeGreaterThanOrEqual(started - 5000);
    });

    it('defaults the status to FINAL for a value and MISSING for none, and checks status against value', async () => {
      const count = await indicator({ dividedBySex: false });
      const ok = await upsert([
        { indicatorId: count.gid, period: '2020', sex: 'TOTAL', value: 1 },
        { indicatorId: count.gid, period: '2021', sex: 'TOTAL', value: null },
        { indicatorId: count.gid, period: '2022', sex: 'TOTAL', value: null, status: 'SUPPRESSED', footnote: 'Färre än 5' },
        { indicatorId: count.gid, period: '2023', sex: 'TOTAL', value: 2, status: 'PRELIMINARY' },
      ]);
      expect(ok.errors).toEqual([]);
      expect((await stored(count.id)).map((m) => m.status)).toEqual(['FINAL', 'MISSING', 'SUPPRESSED', 'PRELIMINARY']);
      const bad = await upsert([
        { indicatorId: count.gid, period: '2024', sex: 'TOTAL', value: 3, status: 'MISSING' },
        { indicatorId: count.gid, period: '2025', sex: 'TOTAL', value: null, status: 'FINAL' },
      ]);
      expect(bad.errors.map((e) => [e.index, e.field, e.code])).toEqual([
        [0, 'value', 'INVALID'],
        [1, 'value', 'REQUIRED'],
      ]);
    });

    it('reports every bad row by its index with its code, and writes nothing', async () => {
      const count = await indicator();
      const percent = await indicator({ unit: IndicatorUnit.PERCENT, decimals: 1 });
      const quarterly = await indicator({ periodicity: PeriodType.QUARTER, dividedBySex: false });
      const archived = await indicator({ archivedAt: new Date() });
      const measurementsBefore = await countRows('measurement');
      const unknown = toGlobalId('Indicator', '00000000-0000-4000-8000-000000000000');
      const rows: Row[] = [
        { indicatorId: count.gid, period: '2024', sex: 'WOMEN', value: 5 }, // 0 fine
        { indicatorId: unknown, period: '2024', sex: 'TOTAL', value: 1 }, // 1 NOT_FOUND
        { indicatorId: count.gid, period: '2024Q1', sex: 'MEN', value: 1 }, // 2 PERIOD_MISMATCH
        { indicatorId: count.gid, period: '2024Q9', sex: 'MEN', value: 1 }, // 3 INVALID_PERIOD
        { indicatorId: quarterly.gid, period: '2024Q1', sex: 'WOMEN', value: 1 }, // 4 NOT_DIVIDED_BY_SEX
        { indicatorId: percent.gid, period: '2024', sex: 'WOMEN', value: 100.5 }, // 5 OUT_OF_RANGE
        { indicatorId: percent.gid, period: '2024', sex: 'MEN', value: 45.25 }, // 6 TOO_MANY_DECIMALS
        { indicatorId: count.gid, period: '2024', sex: 'WOMEN', value: 6 }, // 7 DUPLICATE of 0
        { indicatorId: count.gid, period: '2024', sex: 'TOTAL', value: 1, denominator: 0 }, // 8 INVALID_VALUE
        { indicatorId: count.gid, period: '2024', sex: 'MEN', value: 1, reportedBy: 'x'.repeat(201) }, // 9 INVALID
        { indicatorId: archived.gid, period: '2024', sex: 'TOTAL', value: 1 }, // 10 INVALID (archived indicator)
        { indicatorId: count.gid, organisationUnitId: tranemoUnit, period: '2024', sex: 'TOTAL', value: 1 }, // 11 NOT_FOUND (another municipality's unit)
        { indicatorId: toGlobalId('Partner', count.id), period: '2024', sex: 'TOTAL', value: 1 }, // 12 NOT_FOUND (id of another type)
        { indicatorId: percent.gid, period: '2023', sex: 'TOTAL', value: 40, status: 'SUPPRESSED' }, // 13 INVALID
      ];
      const result = await upsert(rows);
      expect(result).toMatchObject({ dryRun: false, upserted: null, unchanged: null });
      expect(result.errors.map((e) => [e.index, e.field, e.code])).toEqual([
        [1, 'indicatorId', 'NOT_FOUND'],
        [2, 'period', 'PERIOD_MISMATCH'],
        [3, 'period', 'INVALID_PERIOD'],
        [4, 'sex', 'NOT_DIVIDED_BY_SEX'],
        [5, 'value', 'OUT_OF_RANGE'],
        [6, 'value', 'TOO_MANY_DECIMALS'],
        [7, null, 'DUPLICATE'],
        [8, 'denominator', 'INVALID_VALUE'],
        [9, 'reportedBy', 'INVALID'],
        [10, 'indicatorId', 'INVALID'],
        [11, 'organisationUnitId', 'NOT_FOUND'],
        [12, 'indicatorId', 'NOT_FOUND'],
        [13, 'value', 'INVALID'],
      ]);
      expect(result.errors.find((e) => e.index === 7)?.message).toMatch(/row 0/);
      expect(await countRows('measurement')).toBe(measurementsBefore);
    });

    it('refuses a call that touches two municipalities (INVALID) and more than 10,000 rows (TOO_MANY_ROWS)', async () => {
      const tyresoIndicator = await indicator();
      const tranemoIndicator = await indicator({}, '1498');
      const mixed = await upsert([
        { indicatorId: tyresoIndicator.gid, period: '2024', sex: 'TOTAL', value: 1 },
        { indicatorId: tranemoIndicator.gid, period: '2024', sex: 'TOTAL', value: 1 },
      ]);
      expect(mixed.errors).toEqual([expect.objectContaining({ index: 1, field: 'indicatorId', code: 'INVALID', message: expect.stringMatching(/one municipality/) })]);
      expect(await stored(tyresoIndicator.id)).toEqual([]);

      const tooMany = Array.from({ length: 10_001 }, (_, i) => ({ indicatorId: tyresoIndicator.gid, period: String(1900 + (i % 300)), sex: 'TOTAL', value: i }));
      const refused = await upsertMany(tooMany);
      expect(refused.errors).toEqual([expect.objectContaining({ index: 10_000, field: 'rows', code: 'TOO_MANY_ROWS' })]);
      expect(await stored(tyresoIndicator.id)).toEqual([]);
    });

    it('refuses a count total that disagrees with women + men within the call', async () => {
      const count = await indicator();
      const result = await upsert([
        { indicatorId: count.gid, period: '2024', sex: 'TOTAL', value: 11 },
        { indicatorId: count.gid, period: '2024', sex: 'WOMEN', value: 4 },
        { indicatorId: count.gid, period: '2024', sex: 'MEN', value: 6 },
        { indicatorId: count.gid, period: '2023', sex: 'TOTAL', value: 10 },
        { indicatorId: count.gid, period: '2023', sex: 'WOMEN', value: 4 },
        { indicatorId: count.gid, period: '2023', sex: 'MEN', value: 6 },
      ]);
      expect(result.errors.map((e) => [e.index, e.code, e.field])).toEqual([
        [0, 'TOTAL_MISMATCH', 'value'],
        [1, 'TOTAL_MISMATCH', 'value'],
        [2, 'TOTAL_MISMATCH', 'value'],
      ]);
      expect(result.errors[0]?.message).toMatch(/TOTAL for 2024 \(11\) must equal WOMEN \(4\) \+ MEN \(6\)/);
      expect(await stored(count.id)).toEqual([]);
    });

    it('refuses a count total that disagrees with women and men already stored, per unit, and rolls back', async () => {
      const count = await indicator();
      expect(
        (
          await upsert([
            { indicatorId: count.gid, period: '2024', sex: 'WOMEN', value: 4 },
            { indicatorId: count.gid, period: '2024', sex: 'MEN', value: 6 },
            { indicatorId: count.gid, organisationUnitId: unit, period: '2024', sex: 'WOMEN', value: 1 },
            { indicatorId: count.gid, organisationUnitId: unit, period: '2024', sex: 'MEN', value: 1 },
          ])
        ).errors,
      ).toEqual([]);
      const before = await stored(count.id);
      const result = await upsert([
        { indicatorId: count.gid, period: '2023', sex: 'TOTAL', value: 99 }, // no women/men for 2023: fine
        { indicatorId: count.gid, period: '2024', sex: 'TOTAL', value: 10 }, // adds up
        { indicatorId: count.gid, organisationUnitId: unit, period: '2024', sex: 'TOTAL', value: 10 }, // unit: 1 + 1 ≠ 10
        { indicatorId: count.gid, organisationUnitId: otherUnit, period: '2024', sex: 'TOTAL', value: 10 }, // other unit: nothing stored
      ]);
      expect(result.errors).toEqual([{ index: 2, field: 'value', code: 'TOTAL_MISMATCH', message: expect.stringMatching(/\(10\) must equal WOMEN \(1\) \+ MEN \(1\)/) }]);
      expect(await stored(count.id)).toEqual(before);

      // A changed WOMEN value that no longer adds up with a stored TOTAL is refused too.
      expect((await upsert([{ indicatorId: count.gid, period: '2024', sex: 'TOTAL', value: 10 }])).errors).toEqual([]);
      const women = await upsert([{ indicatorId: count.gid, period: '2024', sex: 'WOMEN', value: 5 }]);
      expect(women.errors.map((e) => [e.index, e.code])).toEqual([[0, 'TOTAL_MISMATCH']]);
      // Correcting women and total together is fine.
      const both = await upsert([
        { indicatorId: count.gid, period: '2024', sex: 'WOMEN', value: 5 },
        { indicatorId: count.gid, period: '2024', sex: 'TOTAL', value: 11 },
      ]);
      expect(both).toMatchObject({ errors: [], updated: 2 });
    });

    it('never checks or derives percent totals', async () => {
      const percent = await indicator({ unit: IndicatorUnit.PERCENT, decimals: 1 });
      const result = await upsert([
        { indicatorId: percent.gid, period: '2024', sex: 'WOMEN', value: 40 },
        { indicatorId: percent.gid, period: '2024', sex: 'MEN', value: 50 },
        { indicatorId: percent.gid, period: '2024', sex: 'TOTAL', value: 45.5 },
      ]);
      expect(result).toMatchObject({ errors: [], inserted: 3 });
    });

    it('dryRun checks everything, also against stored values, and writes nothing', async () => {
      const count = await indicator();
      const rows = [
        { indicatorId: count.gid, period: '2024', sex: 'WOMEN', value: 4 },
        { indicatorId: count.gid, period: '2024', sex: 'MEN', value: 6 },
      ];
      const historyBefore = await countRows('measurement_history');
      expect(await upsert(rows, true)).toEqual({ dryRun: true, upserted: 2, inserted: 2, updated: 0, restored: 0, unchanged: 0, errors: [] });
      expect(await stored(count.id)).toEqual([]);
      await upsert(rows);
      const before = await stored(count.id);
      const changed = await upsert(
        [
          { ...rows[0], value: 5 },
          { indicatorId: count.gid, period: '2024', sex: 'TOTAL', value: 11 },
        ],
        true,
      );
      expect(changed).toEqual({ dryRun: true, upserted: 2, inserted: 1, updated: 1, restored: 0, unchanged: 0, errors: [] });
      const mismatch = await upsert([{ indicatorId: count.gid, period: '2024', sex: 'TOTAL', value: 11 }], true);
      expect(mismatch).toMatchObject({ dryRun: true, upserted: null, errors: [{ index: 0, code: 'TOTAL_MISMATCH' }] });
      const bad = await upsert([{ indicatorId: count.gid, period: '2024-01', sex: 'TOTAL', value: 1 }], true);
      expect(bad).toMatchObject({ dryRun: true, errors: [{ index: 0, code: 'PERIOD_MISMATCH' }] });
      expect(await stored(count.id)).toEqual(before);
      expect(await countRows('measurement_history')).toBe(historyBefore);
    });

    it('writes 10,000 rows all or nothing: one bad row (7777) leaves the database unchanged', async () => {
      // Ten monthly indicators without sex, 1,000 months each (1950-01 …).
      const indicators = await Promise.all(Array.from({ length: 10 }, () => indicator({ periodicity: PeriodType.MONTH, dividedBySex: false })));
      const month = (i: number) => `${1950 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
      const rows = Array.from({ length: 10_000 }, (_, i) => ({
        indicatorId: (indicators[i % 10] as { gid: string }).gid,
        period: month(Math.floor(i / 10)),
        sex: 'TOTAL',
        value: i,
      }));
      const measurementsBefore = await countRows('measurement');
      const historyBefore = await countRows('measurement_history');

      const bad = rows.map((row, i) => (i === 7777 ? { ...row, period: '2024' } : row));
      const refused = await upsertMany(bad);
      expect(refused.errors).toEqual([expect.objectContaining({ index: 7777, field: 'period', code: 'PERIOD_MISMATCH' })]);
      expect(refused.upserted).toBeNull();
      expect(await countRows('measurement')).toBe(measurementsBefore);

      const dry = await upsertMany(rows, true);
      expect(dry).toMatchObject({ upserted: 10_000, errors: [] });
      expect(await countRows('measurement')).toBe(measurementsBefore);

      const written = await upsertMany(rows);
      expect(written).toMatchObject({ upserted: 10_000, inserted: 10_000, unchanged: 0, errors: [] });
      expect(await countRows('measurement')).toBe(measurementsBefore + 10_000);

      const again = await upsertMany(rows.map((row, i) => (i % 1000 === 0 ? { ...row, value: row.value + 1 } : row)));
      expect(again).toMatchObject({ upserted: 10, updated: 10, unchanged: 9_990, errors: [] });
      expect(await countRows('measurement_history')).toBe(historyBefore + 10);
    });
  });

  describe('upsertMeasurements with the versions read (expectedVersion)', () => {
    it('writes rows whose stored value is still the version read, and refuses, all or nothing, a row whose value someone else changed since', async () => {
      const count = await indicator({ dividedBySex: false });
      const other = await indicator({ dividedBySex: false });
      const row = { indicatorId: count.gid, period: '2024', sex: 'TOTAL' };
      // 0: I read no value; there is none.
      expect(await upsert([{ ...row, value: 10, expectedVersion: 0 }])).toMatchObject({ inserted: 1, errors: [] });
      expect(await upsert([{ ...row, value: 11, expectedVersion: 1 }])).toMatchObject({ updated: 1, errors: [] });
      // Someone else saves 12 (version 3); a writer who read version 2 is refused at the row, with the value now stored.
      expect(await upsert([{ ...row, value: 12 }])).toMatchObject({ updated: 1, errors: [] });
      const refused = await upsert([
        { indicatorId: other.gid, period: '2024', sex: 'TOTAL', value: 1, expectedVersion: 0 },
        { ...row, value: 13, expectedVersion: 2 },
      ]);
      expect(refused).toMatchObject({ upserted: null });
      expect(refused.errors).toEqual([{ index: 1, field: 'expectedVersion', code: 'CONFLICT', message: expect.stringContaining('version 3, you read 2') }]);
      expect(refused.errors[0]?.message).toContain('now 12');
      expect((await stored(count.id)).map((m) => [m.value, m.version])).toEqual([[12, 3]]);
      expect(await stored(other.id)).toEqual([]);
      // The dry run says the same.
      expect((await upsert([{ ...row, value: 13, expectedVersion: 2 }], true)).errors).toEqual([expect.objectContaining({ index: 0, code: 'CONFLICT' })]);
      // "I read none" while a value is stored is a conflict too; writing what is stored is no change, so no conflict.
      expect((await upsert([{ ...row, value: 14, expectedVersion: 0 }])).errors).toEqual([expect.objectContaining({ index: 0, code: 'CONFLICT' })]);
      expect(await upsert([{ ...row, value: 12, expectedVersion: 1 }])).toMatchObject({ unchanged: 1, errors: [] });
      // A value removed (archived) since it was read: a conflict; read as none: written (restored).
      const [current] = await series(count.gid);
      const archived = await server.gql(`mutation($input: ArchiveMeasurementInput!) { archiveMeasurement(input: $input) { errors { code } } }`, {
        input: { id: current?.id, version: 3 },
      });
      expect(archived.data.archiveMeasurement.errors).toEqual([]);
      expect((await upsert([{ ...row, value: 15, expectedVersion: 4 }])).errors).toEqual([expect.objectContaining({ index: 0, code: 'CONFLICT', message: expect.stringContaining('removed') })]);
      expect(await upsert([{ ...row, value: 15, expectedVersion: 0 }])).toMatchObject({ restored: 1, errors: [] });
      // A version is 0 or more.
      expect((await upsert([{ ...row, value: 16, expectedVersion: -1 }])).errors).toEqual([expect.objectContaining({ index: 0, field: 'expectedVersion', code: 'INVALID' })]);
    });

    it('lets exactly one of two concurrent saves of the same version read win; the other is refused, not lost', async () => {
      const count = await indicator({ dividedBySex: false });
      const row = { indicatorId: count.gid, period: '2024', sex: 'TOTAL' };
      await upsert([{ ...row, value: 1 }]);
      for (let round = 0; round < 10; round++) {
        const version = (await stored(count.id))[0]?.version as number;
        const answers = await Promise.all([100 + round, 200 + round].map((value) => upsert([{ ...row, value, expectedVersion: version }])));
        const winners = answers.filter((answer) => answer.errors.length === 0);
        expect(winners).toHaveLength(1);
        expect(answers.filter((answer) => answer.errors[0]?.code === 'CONFLICT')).toHaveLength(1);
        expect((await stored(count.id))[0]?.version).toBe(version + 1);
      }
    });
  });

  describe('updateMeasurement and archiveMeasurement', () => {
    const UPDATE = `mutation($input: UpdateMeasurementInput!) { updateMeasurement(input: $input) { measurement { ${MEASUREMENT_FIELDS} history { version value changeKind changedBy } } errors { field code message } } }`;
    const ARCHIVE = `mutation($input: ArchiveMeasurementInput!) { archiveMeasurement(input: $input) { measurement { ${MEASUREMENT_FIELDS} history { version value changeKind changedBy } } errors { field code message } } }`;

    async function seeded() {
      const count = await indicator();
      await upsert([
        { indicatorId: count.gid, period: '2024', sex: 'WOMEN', value: 4, reportedBy: 'Anna' },
        { indicatorId: count.gid, period: '2024', sex: 'MEN', value: 6, reportedBy: 'Anna' },
        { indicatorId: count.gid, period: '2024', sex: 'TOTAL', value: 10, reportedBy: 'Anna' },
        { indicatorId: count.gid, period: '2023', sex: 'TOTAL', value: 8, reportedBy: 'Anna' },
      ]);
      const all = await series(count.gid);
      const find = (period: string, sex: string) => all.find((m) => m.period === period && m.sex === sex) as Record<string, any>;
      return { count, find };
    }

    it('updates with the version read, keeps the previous state in the history, and refuses a stale version', async () => {
      const { find } = await seeded();
      const total2023 = find('2023', 'TOTAL');
      const updated = await server.gql(UPDATE, { input: { id: total2023.id, version: 1, value: 9, footnote: 'Rättad', reportedBy: 'Bertil' } });
      expect(updated.data.updateMeasurement.errors).toEqual([]);
      expect(updated.data.updateMeasurement.measurement).toMatchObject({
        value: 9,
        version: 2,
        footnote: 'Rättad',
        reportedBy: 'Bertil',
        history: [{ version: 1, value: 8, changeKind: 'UPDATED', changedBy: 'Bertil' }],
      });
      const stale = await server.gql(UPDATE, { input: { id: total2023.id, version: 1, value: 7 } });
      expect(stale.data.updateMeasurement).toEqual({ measurement: null, errors: [{ field: 'version', code: 'CONFLICT', message: expect.stringContaining('version 2') }] });
      const [row] = await server.dataSource.query('SELECT value::float AS value, version FROM measurement WHERE id = $1', [rawId(total2023.id)]);
      expect(row).toEqual({ value: 9, version: 2 });

      // Changing nothing writes nothing.
      const same = await server.gql(UPDATE, { input: { id: total2023.id, version: 2, value: 9 } });
      expect(same.data.updateMeasurement.measurement).toMatchObject({ version: 2, history: [{ version: 1 }] });

      // Clearing the value makes it MISSING unless a status is given.
      const cleared = await server.gql(UPDATE, { input: { id: total2023.id, version: 2, value: null } });
      expect(cleared.data.updateMeasurement.measurement).toMatchObject({ value: null, status: 'MISSING', version: 3 });
    });

    it('applies the value rules, the status rule and the total rule to an update', async () => {
      const { find } = await seeded();
      const women = find('2024', 'WOMEN');
      const decimals = await server.gql(UPDATE, { input: { id: women.id, version: 1, value: 4.5 } });
      expect(decimals.data.updateMeasurement.errors).toEqual([expect.objectContaining({ field: 'value', code: 'TOO_MANY_DECIMALS' })]);
      const status = await server.gql(UPDATE, { input: { id: women.id, version: 1, status: 'SUPPRESSED' } });
      expect(status.data.updateMeasurement.errors).toEqual([expect.objectContaining({ field: 'value', code: 'INVALID' })]);
      const total = await server.gql(UPDATE, { input: { id: women.id, version: 1, value: 5 } });
      expect(total.data.updateMeasurement.errors).toEqual([expect.objectContaining({ field: 'value', code: 'TOTAL_MISMATCH' })]);
      const suppressed = await server.gql(UPDATE, { input: { id: women.id, version: 1, value: null, status: 'SUPPRESSED' } });
      expect(suppressed.data.updateMeasurement.measurement).toMatchObject({ value: null, status: 'SUPPRESSED', version: 2 });
      const unknown = await server.gql(UPDATE, { input: { id: toGlobalId('Measurement', '00000000-0000-4000-8000-000000000000'), version: 1, value: 1 } });
      expect(unknown.data.updateMeasurement.errors).toEqual([expect.objectContaining({ field: 'id', code: 'NOT_FOUND' })]);
    });

    it('archives with a history entry, leaves series, latest values and completeness, and an upsert restores it', async () => {
      const { count, find } = await seeded();
      const men = find('2024', 'MEN');
      const completeness = async () =>
        (await server.gql(`query($id: ID!) { node(id: $id) { ... on Indicator { completeness(period: "2024") { complete men missing } latestMeasurements { sex } } } }`, { id: count.gid })).data.node;
      expect(await completeness()).toEqual({ completeness: { complete: true, men: true, missing: [] }, latestMeasurements: [{ sex: 'MEN' }, { sex: 'TOTAL' }, { sex: 'WOMEN' }] });

      const archived = await server.gql(ARCHIVE, { input: { id: men.id, version: 1, archivedBy: 'Cecilia' } });
      expect(archived.data.archiveMeasurement.errors).toEqual([]);
      expect(archived.data.archiveMeasurement.measurement).toMatchObject({
        archivedAt: expect.any(String),
        version: 2,
        history: [{ version: 1, value: 6, changeKind: 'ARCHIVED', changedBy: 'Cecilia' }],
      });
      expect((await series(count.gid)).map((m) => `${m.period} ${m.sex}`)).toEqual(['2023 TOTAL', '2024 TOTAL', '2024 WOMEN']);
      expect(await completeness()).toEqual({ completeness: { complete: false, men: false, missing: ['MEN'] }, latestMeasurements: [{ sex: 'TOTAL' }, { sex: 'WOMEN' }] });
      const again = await server.gql(ARCHIVE, { input: { id: men.id, version: 2 } });
      expect(again.data.archiveMeasurement.errors).toEqual([expect.objectContaining({ code: 'ARCHIVED' })]);
      const update = await server.gql(UPDATE, { input: { id: men.id, version: 2, value: 6 } });
      expect(update.data.updateMeasurement.errors).toEqual([expect.objectContaining({ code: 'ARCHIVED' })]);

      const restored = await upsert([{ indicatorId: count.gid, period: '2024', sex: 'MEN', value: 6, reportedBy: 'Anna' }]);
      expect(restored).toMatchObject({ upserted: 1, updated: 1, restored: 1, inserted: 0, errors: [] });
      const { data } = await server.gql(`query($id: ID!) { node(id: $id) { ... on Measurement { archivedAt version history { version changeKind changedBy } } } }`, { id: men.id });
      expect(data.node).toEqual({
        archivedAt: null,
        version: 3,
        history: [
          { version: 2, changeKind: 'RESTORED', changedBy: 'Anna' },
          { version: 1, changeKind: 'ARCHIVED', changedBy: 'Cecilia' },
        ],
      });
      expect(await completeness()).toMatchObject({ completeness: { complete: true } });
    });
  });

  describe('reads', () => {
    it('gives a series in period order, filtered by range, sex and unit, and its completeness', async () => {
      const quarterly = await indicator({ periodicity: PeriodType.QUARTER });
      const rows: Row[] = [];
      for (const period of ['2023Q4', '2024Q1', '2024Q2', '2024Q3']) {
        rows.push(
          { indicatorId: quarterly.gid, period, sex: 'WOMEN', value: 1 },
          { indicatorId: quarterly.gid, period, sex: 'TOTAL', value: 3 },
          { indicatorId: quarterly.gid, period, sex: 'MEN', value: 2 },
        );
      }
      rows.push({ indicatorId: quarterly.gid, organisationUnitId: unit, period: '2024Q1', sex: 'TOTAL', value: 7 });
      rows.push({ indicatorId: quarterly.gid, period: '2024Q4', sex: 'WOMEN', value: 1 });
      expect((await upsert(rows.reverse())).errors).toEqual([]);

      const all = await series(quarterly.gid);
      expect(all.map((m) => `${m.period} ${m.sex}`).slice(0, 4)).toEqual(['2023-Q4 TOTAL', '2023-Q4 WOMEN', '2023-Q4 MEN', '2024-Q1 TOTAL']); // stored and emitted in SDMX notation
      expect(all).toHaveLength(13);
      const ranged = await series(quarterly.gid, '(from: "2024Q2", to: "2024", sex: WOMEN)');
      expect(ranged.map((m) => m.period)).toEqual(['2024-Q2', '2024-Q3', '2024-Q4']);
      const ofUnit = await series(quarterly.gid, `(organisationUnitId: "${unit}")`);
      expect(ofUnit.map((m) => [m.period, m.sex, m.value])).toEqual([['2024-Q1', 'TOTAL', 7]]);
      const bad = await server.gql(`query($id: ID!) { node(id: $id) { ... on Indicator { series(from: "2024Q5") { value } } } }`, { id: quarterly.gid });
      expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

      const { data } = await server.gql(
        `query($id: ID!) { node(id: $id) { ... on Indicator { q3: completeness(period: "2024Q3") { period complete women men total missing } q4: completeness(period: "2024Q4") { period complete women men total missing } } } }`,
        { id: quarterly.gid },
      );
      expect(data.node.q3).toEqual({ period: '2024-Q3', complete: true, women: true, men: true, total: true, missing: [] });
      expect(data.node.q4).toEqual({ period: '2024-Q4', complete: false, women: true, men: false, total: false, missing: ['MEN'] });

      const noSex = await indicator({ dividedBySex: false });
      await upsert([{ indicatorId: noSex.gid, period: '2024', sex: 'TOTAL', value: 5 }]);
      const totals = await server.gql(
        `query($id: ID!) { node(id: $id) { ... on Indicator { a: completeness(period: "2024") { complete missing } b: completeness(period: "2025") { complete missing } } } }`,
        { id: noSex.gid },
      );
      expect(totals.data.node).toEqual({ a: { complete: true, missing: [] }, b: { complete: false, missing: ['TOTAL'] } });
    });

    it('batches series and completeness: the statements do not grow with the number of indicators, for the operator, anonymous, VIEWER and API-key callers', async () => {
      const query = `query($code: String!) { municipality(code: $code) { steeringDocuments { focusAreas { goals { indicators {
        series(from: "2015") { value history { version } indicator { nameSv } organisationUnit { name } }
        other: series(sex: WOMEN) { value }
        completeness(period: "2024") { complete }
        latestMeasurements { value }
      } } } } } }`;
      const callers = await callersOf(server);
      const indicatorsSeen = async () =>
        Object.fromEntries(
          await Promise.all(
            callers.map(async (caller) => {
              const { data } = await caller.gql(query, { code: '0138' });
              const goals = (data.municipality.steeringDocuments as Array<{ focusAreas: Array<{ goals: Array<{ indicators: unknown[] }> }> }>).flatMap((d) => d.focusAreas.flatMap((a) => a.goals));
              return [caller.name, goals.flatMap((g) => g.indicators).length] as const;
            }),
          ),
        );
      const before = await countsByCaller(callers, query, { code: '0138' });
      const seenBefore = await indicatorsSeen();
      // Link many more indicators with values to the goals of the document (published, so that anonymous callers see them too).
      const goals: Array<{ id: string }> = await server.dataSource.query(`SELECT id FROM goal WHERE municipality_id = $1 AND level = 'COMMITTEE_GOAL'`, [tyreso]);
      for (const goal of goals) {
        for (let i = 0; i < 9; i += 1) {
          const extra = await indicator({ published: true });
          await server.dataSource.query('INSERT INTO goal_indicator (goal_id, indicator_id) VALUES ($1, $2)', [goal.id, extra.id]);
          await upsert([
            { indicatorId: extra.gid, period: '2024', sex: 'WOMEN', value: 1 },
            { indicatorId: extra.gid, period: '2024', sex: 'MEN', value: 2 },
          ]);
        }
      }
      const after = await countsByCaller(callers, query, { code: '0138' });
      const seenAfter = await indicatorsSeen();
      for (const caller of callers) {
        expect([caller.name, seenAfter[caller.name]]).toEqual([caller.name, (seenBefore[caller.name] as number) + 9 * goals.length]);
        expect(seenAfter[caller.name]).toBeGreaterThanOrEqual(10 * (seenBefore[caller.name] as number)); // tenfold
      }
      expect(after).toEqual(before);
    });

    it('lists measurements as a connection with filters and order', async () => {
      const count = await indicator();
      await upsert([
        { indicatorId: count.gid, period: '2022', sex: 'TOTAL', value: 1 },
        { indicatorId: count.gid, period: '2023', sex: 'TOTAL', value: null },
        { indicatorId: count.gid, period: '2024', sex: 'TOTAL', value: 3 },
        { indicatorId: count.gid, period: '2024', sex: 'WOMEN', value: 2 },
        { indicatorId: count.gid, organisationUnitId: unit, period: '2024', sex: 'TOTAL', value: 4 },
      ]);
      const list = async (where: Record<string, unknown>, extra = '') =>
        (
          await server.gql(
            `query($where: MeasurementWhereInput) { measurements(where: $where ${extra}) { totalCount nodes { period sex value status organisationUnit { id } indicator { id } } pageInfo { hasNextPage endCursor } } }`,
            {
              where: { indicator: { eq: count.gid }, ...where },
            },
          )
        ).data.measurements;
      expect((await list({})).totalCount).toBe(5);
      expect((await list({ municipality: { eq: toGlobalId('Municipality', tyreso) } })).totalCount).toBe(5);
      expect((await list({ municipalityLevel: true })).totalCount).toBe(4);
      expect((await list({ organisationUnit: { eq: unit } })).nodes).toEqual([
        { period: '2024', sex: 'TOTAL', value: 4, status: 'FINAL', organisationUnit: { id: unit }, indicator: { id: count.gid } },
      ]);
      expect((await list({ period: { from: '2023', to: '2023' } })).nodes.map((m: Row) => m.status)).toEqual(['MISSING']);
      expect((await list({ sex: { oneOf: ['WOMEN'] } })).totalCount).toBe(1);
      expect((await list({ status: { oneOf: ['MISSING'] } })).totalCount).toBe(1);
      const ordered = await list({ municipalityLevel: true }, ', first: 2, orderBy: { field: PERIOD, direction: DESC }');
      expect(ordered.nodes.map((m: Row) => m.period)).toEqual(['2024', '2024']);
      expect(ordered.pageInfo.hasNextPage).toBe(true);
      const [first] = await series(count.gid);
      await server.gql('mutation($input: ArchiveMeasurementInput!) { archiveMeasurement(input: $input) { errors { code } } }', { input: { id: first?.id, version: 1 } });
      expect((await list({})).totalCount).toBe(4);
      expect((await list({ includeArchived: true })).totalCount).toBe(5);
    });
  });

  function rawId(globalId: string): string {
    return Buffer.from(globalId, 'base64url').toString('utf8').split(':')[1] as string;
  }
});
