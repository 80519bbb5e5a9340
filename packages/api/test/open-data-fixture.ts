import { randomUUID } from 'node:crypto';
import { periodStart, toPeriod } from '@inkludera/shared';
import type { DataSource } from 'typeorm';
import { loadConfig, type Config } from '../src/config';
import { createLogger, startServer, type RunningServer } from '../src/server';
import { createTestDatabase, type TestDatabase } from './helpers';

/**
 * Test data for open data, written with plain SQL (as bench/generate.ts does): exactly the rows a
 * case needs, including combinations the API would refuse (a count total that does not add up),
 * so that the protection is tested against whatever the database may hold.
 */

export interface OpenDataServer extends RunningServer {
  database: TestDatabase;
  stop(): Promise<void>;
}

/**
 * The real server on a fresh, empty database, as startTestServer starts it but without the test
 * operator: open data needs no login, and its tests create their rows with SQL.
 */
export async function startOpenDataServer(overrides: Partial<Config> = {}): Promise<OpenDataServer> {
  const database = await createTestDatabase();
  const config: Config = { ...loadConfig({ NODE_ENV: 'test' }), port: 0, host: '127.0.0.1', databaseUrl: database.url, seedDemo: false, ...overrides };
  const server = await startServer(config, createLogger(config));
  return {
    ...server,
    database,
    stop: async () => {
      await server.close();
      await database.drop();
    },
  };
}

export type Sex = 'TOTAL' | 'WOMEN' | 'MEN';
export type Status = 'FINAL' | 'PRELIMINARY' | 'MISSING' | 'SUPPRESSED';

export interface FixtureMunicipality {
  id: string;
  code: string;
  unitId: string;
  documentId: string;
  goalId: string;
}

export async function createMunicipality(ds: DataSource, code: string, options: { name?: string; threshold?: number; documentStatus?: string } = {}): Promise<FixtureMunicipality> {
  const m: FixtureMunicipality = { id: randomUUID(), code, unitId: randomUUID(), documentId: randomUUID(), goalId: randomUUID() };
  await ds.query(`INSERT INTO municipality (id, code, name, small_count_threshold) VALUES ($1, $2, $3, $4)`, [m.id, code, options.name ?? `Kommun ${code}`, options.threshold ?? 5]);
  await ds.query(`INSERT INTO organisation_unit (id, municipality_id, kind, name) VALUES ($1, $2, 'COMMITTEE', 'Kommunstyrelsen')`, [m.unitId, m.id]);
  await ds.query(`INSERT INTO steering_document (id, municipality_id, kind, title, status, owner_unit_id) VALUES ($1, $2, 'STRATEGY', 'Integrationsstrategi', $3, $4)`, [
    m.documentId,
    m.id,
    options.documentStatus ?? 'ADOPTED',
    m.unitId,
  ]);
  await ds.query(`INSERT INTO goal (id, municipality_id, steering_document_id, owner_unit_id, level, title) VALUES ($1, $2, $3, $4, 'COMMITTEE_GOAL', 'Fler i arbete')`, [
    m.goalId,
    m.id,
    m.documentId,
    m.unitId,
  ]);
  return m;
}

export interface IndicatorOptions {
  name?: string;
  unit?: 'COUNT' | 'PERCENT';
  published?: boolean;
  sensitive?: boolean;
  licence?: string | null;
  /** Linked to the municipality's goal unless false. */
  linked?: boolean;
}

export async function createIndicator(ds: DataSource, m: FixtureMunicipality, options: IndicatorOptions = {}): Promise<string> {
  const id = randomUUID();
  await ds.query(
    `INSERT INTO indicator (id, municipality_id, name_sv, name_en, definition, unit, decimals, direction, periodicity, divided_by_sex,
       responsible_implementation_unit_id, responsible_follow_up_unit_id, published, sensitive, licence, source_kind, source_reference)
     VALUES ($1, $2, $3, $4, 'Antal personer, räknat vid årets slut.', $5, $6, 'INCREASE', 'YEAR', true, $7, $7, $8, $9, $10, 'KOLADA', 'N00945')`,
    [
      id,
      m.id,
      options.name ?? 'Antal i arbete',
      'Number in work',
      options.unit ?? 'COUNT',
      options.unit === 'PERCENT' ? 1 : 0,
      m.unitId,
      options.published ?? true,
      options.sensitive ?? false,
      options.licence ?? null,
    ],
  );
  if (options.linked !== false) await ds.query(`INSERT INTO goal_indicator (goal_id, indicator_id) VALUES ($1, $2)`, [m.goalId, id]);
  return id;
}

export interface Cell {
  period: string;
  sex: Sex;
  value: number | null;
  status?: Status;
  numerator?: number | null;
  denominator?: number | null;
  footnote?: string | null;
}

/** Inserts or replaces municipality-level values; returns their ids in order. */
export async function putValues(ds: DataSource, m: FixtureMunicipality, indicatorId: string, cells: Cell[]): Promise<string[]> {
  const ids: string[] = [];
  for (const cell of cells) {
    const [row] = (await ds.query(
      `INSERT INTO measurement (municipality_id, indicator_id, period, period_type, period_start, sex, value, status, numerator, denominator, footnote, source)
       VALUES ($1, $2, $3, $11, $4, $5, $6, $7, $8, $9, $10, 'Test')
       ON CONFLICT (indicator_id, period, sex) WHERE organisation_unit_id IS NULL
       DO UPDATE SET value = EXCLUDED.value, status = EXCLUDED.status, numerator = EXCLUDED.numerator, denominator = EXCLUDED.denominator,
         footnote = EXCLUDED.footnote, archived_at = NULL, updated_at = now(), version = measurement.version + 1
       RETURNING id`,
      [
        m.id,
        indicatorId,
        cell.period,
        periodStart(toPeriod(cell.period)),
        cell.sex,
        cell.value,
        cell.status ?? 'FINAL',
        cell.numerator ?? null,
        cell.denominator ?? null,
        cell.footnote ?? null,
        toPeriod(cell.period).type,
      ],
    )) as Array<{ id: string }>;
    ids.push((row as { id: string }).id);
  }
  return ids;
}

/** Women, men and total of one period. */
export function triple(period: string, women: number | null, men: number | null, total: number | null, status: Status = 'FINAL'): Cell[] {
  const cells: Cell[] = [];
  if (women !== null) cells.push({ period, sex: 'WOMEN', value: women, status });
  if (men !== null) cells.push({ period, sex: 'MEN', value: men, status });
  if (total !== null) cells.push({ period, sex: 'TOTAL', value: total, status });
  return cells;
}

/** RFC 4180 CSV into records (every record ends with CRLF), as a generic CSV reader reads it. */
export function parseCsvRecords(text: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      record.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i += 1;
    } else field += c;
  }
  if (field !== '' || record.length) throw new Error('the last record does not end with CRLF');
  return records;
}
