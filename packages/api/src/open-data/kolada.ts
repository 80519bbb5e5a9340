import type { DataSource } from 'typeorm';
import { PUBLIC_ROWS, publicIndicator } from '../access/public-sql';

/**
 * Import from Kolada's data API format (v2 `/v2/data/kpi/<kpi>/municipality/<code>/year/<years>`,
 * and v3, which has the same `values` and adds paging):
 *
 *   { "count": 1, "values": [ { "kpi": "N00945", "municipality": "0138", "period": 2023,
 *       "values": [ { "gender": "T", "value": 12.3, "status": "", "count": 1 }, … ] } ] }
 *
 * gender T/K/M is TOTAL/WOMEN/MEN; municipality 0000 is the whole country. Imported values go to
 * kolada_value with their source and time, never into the staff's measurements: a value entered
 * by staff is never overwritten, and where Kolada says otherwise the import reports it.
 */

export interface KoladaRow {
  kpi: string;
  municipalityCode: string;
  period: string;
  sex: 'TOTAL' | 'WOMEN' | 'MEN';
  value: number | null;
  status: string | null;
}

const GENDER: Record<string, KoladaRow['sex']> = { T: 'TOTAL', K: 'WOMEN', M: 'MEN' };

export class KoladaFormatError extends Error {}

/** Reads a Kolada data response; throws KoladaFormatError naming what is wrong. */
export function parseKoladaResponse(json: unknown): KoladaRow[] {
  const fail = (message: string): never => {
    throw new KoladaFormatError(`Not a Kolada data response: ${message}`);
  };
  if (typeof json !== 'object' || json === null || !Array.isArray((json as { values?: unknown }).values)) fail('no "values" list at the top.');
  const rows: KoladaRow[] = [];
  (json as { values: unknown[] }).values.forEach((entry, i) => {
    const e = entry as { kpi?: unknown; municipality?: unknown; period?: unknown; values?: unknown };
    if (typeof e.kpi !== 'string' || !/^[A-Z][0-9]{5}$/.test(e.kpi)) fail(`values[${i}].kpi is not a KPI id such as N00945.`);
    if (typeof e.municipality !== 'string' || !/^[0-9]{4}$/.test(e.municipality)) fail(`values[${i}].municipality is not a four-digit code.`);
    if (!Number.isInteger(e.period) || (e.period as number) < 1900 || (e.period as number) > 2200) fail(`values[${i}].period is not a year.`);
    if (!Array.isArray(e.values)) fail(`values[${i}].values is not a list.`);
    for (const [j, cell] of (e.values as unknown[]).entries()) {
      const c = cell as { gender?: unknown; value?: unknown; status?: unknown; isdeleted?: unknown };
      const sex = typeof c.gender === 'string' ? GENDER[c.gender] : undefined;
      if (!sex) fail(`values[${i}].values[${j}].gender is not T, K or M.`);
      if (c.value !== null && c.value !== undefined && (typeof c.value !== 'number' || !Number.isFinite(c.value))) fail(`values[${i}].values[${j}].value is not a number.`);
      if (c.isdeleted === true) continue;
      rows.push({
        kpi: e.kpi as string,
        municipalityCode: e.municipality as string,
        period: String(e.period),
        sex: sex as KoladaRow['sex'],
        value: typeof c.value === 'number' ? c.value : null,
        status: typeof c.status === 'string' && c.status !== '' ? c.status : null,
      });
    }
  });
  return rows;
}

export interface KoladaImportResult {
  imported: number;
  /** Kolada's value for the whole country (0000). */
  national: number;
  /** Values of this installation's municipalities for an indicator linked to the KPI. */
  linked: number;
  /** Where a staff value exists and Kolada's differs: reported, never changed. */
  differing: Array<{ municipalityCode: string; kpi: string; period: string; sex: string; staff: string; kolada: string | null }>;
}

/** Stores the rows (one statement), then reports how they meet the staff's values (one statement). */
export async function importKolada(dataSource: DataSource, rows: KoladaRow[], source: string): Promise<KoladaImportResult> {
  return dataSource.transaction(async (manager) => {
    await manager.query(
      `INSERT INTO kolada_value (kpi, municipality_code, period, sex, value, status, source, imported_at)
       SELECT * , now() FROM unnest($1::varchar[], $2::char(4)[], $3::varchar[], $4::varchar[], $5::numeric[], $6::varchar[], $7::varchar[])
       ON CONFLICT (kpi, municipality_code, period, sex) DO UPDATE
         SET value = EXCLUDED.value, status = EXCLUDED.status, source = EXCLUDED.source, imported_at = EXCLUDED.imported_at`,
      [
        rows.map((r) => r.kpi),
        rows.map((r) => r.municipalityCode),
        rows.map((r) => r.period),
        rows.map((r) => r.sex),
        rows.map((r) => r.value),
        rows.map((r) => r.status),
        rows.map(() => source),
      ],
    );
    const met: Array<{ municipality_code: string; kpi: string; period: string; sex: string; staff: string | null; kolada: string | null }> = await manager.query(
      `SELECT k.municipality_code, k.kpi, k.period, k.sex, m.value::text AS staff, k.value::text AS kolada
       FROM unnest($1::varchar[], $2::char(4)[], $3::varchar[], $4::varchar[]) AS r(kpi, code, period, sex)
       JOIN kolada_value k ON (k.kpi, k.municipality_code, k.period, k.sex) = (r.kpi, r.code, r.period, r.sex)
       JOIN municipality mu ON mu.code = k.municipality_code
       JOIN indicator i ON i.municipality_id = mu.id AND i.source_kind = 'KOLADA' AND i.source_reference = k.kpi
       LEFT JOIN measurement m ON m.indicator_id = i.id AND m.organisation_unit_id IS NULL AND m.archived_at IS NULL AND m.period = k.period AND m.sex = k.sex
       ORDER BY 1, 2, 3, 4`,
      [rows.map((r) => r.kpi), rows.map((r) => r.municipalityCode), rows.map((r) => r.period), rows.map((r) => r.sex)],
    );
    return {
      imported: rows.length,
      national: rows.filter((r) => r.municipalityCode === '0000').length,
      linked: met.length,
      differing: met
        .filter((row) => row.staff !== null && (row.kolada === null || Number(row.staff) !== Number(row.kolada)))
        .map((row) => ({ municipalityCode: row.municipality_code, kpi: row.kpi, period: row.period, sex: row.sex, staff: row.staff as string, kolada: row.kolada })),
    };
  });
}

/** Kolada's data API; KOLADA_API_URL replaces it (a mirror, a proxy, or a test server). */
export const KOLADA_API_DEFAULT_URL = 'https://api.kolada.se/v3';

/** Kolada could not be reached or answered with something other than data: a plain message, no stack. */
export class KoladaFetchError extends Error {}

export interface KoladaFetchRequest {
  /** e.g. https://api.kolada.se/v3 (no trailing /data). */
  baseUrl: string;
  kpis: string[];
  municipalityCodes: string[];
  years: number[];
  /** Per page (connect, answer and body). */
  timeoutMs?: number;
  /** A guard against a `next_page` loop. */
  maxPages?: number;
}

/** The first page's URL: `<base>/data/kpi/<ids>/municipality/<codes>/year/<years>`. */
export function koladaDataUrl(request: Pick<KoladaFetchRequest, 'baseUrl' | 'kpis' | 'municipalityCodes' | 'years'>): string {
  let base: URL;
  try {
    base = new URL(request.baseUrl);
  } catch {
    throw new KoladaFetchError(`KOLADA_API_URL must be an absolute http(s) URL such as ${KOLADA_API_DEFAULT_URL}; it is "${request.baseUrl}".`);
  }
  if (base.protocol !== 'https:' && base.protocol !== 'http:') throw new KoladaFetchError(`KOLADA_API_URL must begin with https:// or http://; it is "${request.baseUrl}".`);
  const root = base.href.replace(/\/+$/, '');
  return `${root}/data/kpi/${request.kpis.join(',')}/municipality/${request.municipalityCodes.join(',')}/year/${request.years.join(',')}`;
}

/**
 * Fetches from Kolada's data API, following `next_page` (absolute, or relative to the page it is
 * on) until there is none; every page is parsed as parseKoladaResponse reads a saved file.
 */
export async function fetchKolada(request: KoladaFetchRequest): Promise<{ rows: KoladaRow[]; pages: number; url: string }> {
  const timeoutMs = request.timeoutMs ?? 30_000;
  const maxPages = request.maxPages ?? 1000;
  const first = koladaDataUrl(request);
  const rows: KoladaRow[] = [];
  const seen = new Set<string>();
  let next: string | null = first;
  while (next !== null) {
    if (seen.has(next) || seen.size >= maxPages) throw new KoladaFetchError(`Kolada's next_page links do not end (stopped after ${seen.size} pages at ${next}).`);
    seen.add(next);
    const url: string = next;
    let json: unknown;
    try {
      const response = await fetch(url, { headers: { accept: 'application/json' }, signal: AbortSignal.timeout(timeoutMs) });
      if (!response.ok) throw new KoladaFetchError(`Kolada answered ${response.status} ${response.statusText} for ${url}.`);
      json = await response.json();
    } catch (error) {
      if (error instanceof KoladaFetchError) throw error;
      const cause =
        error instanceof Error
          ? ((error.cause as { code?: string; message?: string } | undefined)?.code ?? (error.name === 'TimeoutError' ? `no answer within ${timeoutMs / 1000} s` : error.message))
          : String(error);
      throw new KoladaFetchError(
        `Could not fetch from Kolada at ${url} (${cause}). Is the server allowed to reach it? Set KOLADA_API_URL, or save the response elsewhere and use pnpm admin kolada import <file.json>.`,
      );
    }
    try {
      rows.push(...parseKoladaResponse(json));
    } catch (error) {
      throw new KoladaFetchError(`${url}: ${error instanceof Error ? error.message : String(error)}`);
    }
    const link = (json as { next_page?: unknown }).next_page;
    next = typeof link === 'string' && link !== '' ? new URL(link, url).href : null;
  }
  return { rows, pages: seen.size, url: first };
}

/** `2020-2025`, `2023` or `2021,2023` into years. */
export function parseYears(text: string): number[] {
  const years = new Set<number>();
  for (const part of text.split(',')) {
    const m = /^\s*(\d{4})\s*(?:-\s*(\d{4})\s*)?$/.exec(part);
    if (!m) throw new KoladaFetchError(`--years must look like 2020-2025, 2023 or 2021,2023; it is "${text}".`);
    const from = Number(m[1]);
    const to = Number(m[2] ?? m[1]);
    if (to < from || to - from > 50) throw new KoladaFetchError(`--years ${part.trim()} is not a range of at most 50 years from the earlier to the later.`);
    for (let y = from; y <= to; y++) years.add(y);
  }
  return [...years].sort((a, b) => a - b);
}

/**
 * What to fetch: the KPIs the installation's published indicators are linked to, and the codes of
 * the municipalities that have them (or only `municipalityCode`'s), with 0000, the whole country.
 * One statement.
 */
export async function linkedKoladaKpis(dataSource: DataSource, municipalityCode?: string): Promise<{ kpis: string[]; municipalityCodes: string[] }> {
  const rows: Array<{ kpi: string; code: string }> = await dataSource.query(
    `SELECT DISTINCT i.source_reference AS kpi, mu.code
     FROM indicator i JOIN municipality mu ON mu.id = i.municipality_id AND ${PUBLIC_ROWS.municipality!('mu')}
     WHERE i.source_kind = 'KOLADA' AND i.source_reference ~ '^[A-Z][0-9]{5}$' AND ${publicIndicator('i')} AND ($1::text IS NULL OR mu.code = $1)
     ORDER BY 1, 2`,
    [municipalityCode ?? null],
  );
  return {
    kpis: [...new Set(rows.map((r) => r.kpi))],
    municipalityCodes: rows.length ? ['0000', ...new Set(rows.map((r) => r.code))] : [],
  };
}
