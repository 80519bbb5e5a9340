/**
 * Import of measurements from a spreadsheet: which column holds what (guessed from the header,
 * remembered per header), the rows for `upsertMeasurements`, and each line's own problem.
 * Indicators are matched by global id, by the id at the source (e.g. a Kolada KPI id) or by name.
 */
import type { MeasurementRowInput, Sex } from './gql/graphql';
import { parseNumber } from './grid';

export const IMPORT_FIELDS = ['indicator', 'period', 'sex', 'value', 'footnote'] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];
/** The column index of each field; null: not in the file. */
export type Mapping = Record<ImportField, number | null>;

export type Cell = string | number | boolean | Date | null | undefined;

const HEADER_WORDS: Record<ImportField, RegExp> = {
  indicator: /^(indikator|indicator|kpi|indikator-?id|indicator-?id)$/i,
  period: /^(period|år|year)$/i,
  sex: /^(kön|sex|gender)$/i,
  value: /^(värde|value|utfall)$/i,
  footnote: /^(fotnot|footnote|kommentar|comment)$/i,
};

export function guessMapping(header: readonly Cell[]): Mapping {
  const mapping = { indicator: null, period: null, sex: null, value: null, footnote: null } as Mapping;
  header.forEach((cell, index) => {
    const text = String(cell ?? '').trim();
    for (const field of IMPORT_FIELDS) if (mapping[field] === null && HEADER_WORDS[field].test(text)) mapping[field] = index;
  });
  return mapping;
}

const SEXES: Record<string, Sex> = {
  kvinnor: 'WOMEN',
  kvinna: 'WOMEN',
  k: 'WOMEN',
  women: 'WOMEN',
  woman: 'WOMEN',
  w: 'WOMEN',
  f: 'WOMEN',
  män: 'MEN',
  man: 'MEN',
  m: 'MEN',
  men: 'MEN',
  totalt: 'TOTAL',
  total: 'TOTAL',
  t: 'TOTAL',
  alla: 'TOTAL',
  '': 'TOTAL',
};

export function parseSex(cell: Cell): Sex | null {
  return (
    SEXES[
      String(cell ?? '')
        .trim()
        .toLowerCase()
    ] ?? null
  );
}

export interface ImportIndicator {
  id: string;
  nameSv: string;
  sourceReference?: string | null;
}

export interface ImportLine {
  /** The line in the file (1 is the header). */
  line: number;
  /** The row's index in `rows` (the API's RowError.index), or null when refused here. */
  index: number | null;
  indicatorName: string | null;
  period: string;
  sex: Sex | null;
  value: number | null;
  problem: 'indicator' | 'sex' | 'value' | 'period' | null;
}

export interface BuiltImport {
  rows: MeasurementRowInput[];
  lines: ImportLine[];
}

function text(cell: Cell): string {
  if (cell instanceof Date) return cell.toISOString().slice(0, 7);
  return String(cell ?? '').trim();
}

/** The rows of a sheet (its first line the header) as the API takes them, and each line's problem. */
export function buildImport(sheet: readonly (readonly Cell[])[], mapping: Mapping, indicators: readonly ImportIndicator[]): BuiltImport {
  const byKey = new Map<string, ImportIndicator>();
  for (const indicator of indicators) {
    byKey.set(indicator.id, indicator);
    if (indicator.sourceReference) byKey.set(indicator.sourceReference.toLowerCase(), indicator);
    byKey.set(indicator.nameSv.toLowerCase(), indicator);
  }
  const cellOf = (row: readonly Cell[], field: ImportField) => (mapping[field] === null ? undefined : row[mapping[field]]);
  const built: BuiltImport = { rows: [], lines: [] };
  sheet.slice(1).forEach((row, i) => {
    if (row.every((cell) => text(cell) === '')) return;
    const key = text(cellOf(row, 'indicator'));
    const indicator = byKey.get(key) ?? byKey.get(key.toLowerCase()) ?? null;
    const period = text(cellOf(row, 'period'));
    const sex = mapping.sex === null ? 'TOTAL' : parseSex(cellOf(row, 'sex'));
    const raw = cellOf(row, 'value');
    const value = typeof raw === 'number' ? raw : parseNumber(text(raw));
    const footnote = text(cellOf(row, 'footnote'));
    const problem: ImportLine['problem'] = !indicator ? 'indicator' : period === '' ? 'period' : !sex ? 'sex' : value !== null && Number.isNaN(value) ? 'value' : null;
    const line: ImportLine = {
      line: i + 2,
      index: null,
      indicatorName: indicator?.nameSv ?? (key || null),
      period,
      sex,
      value: value !== null && Number.isNaN(value) ? null : value,
      problem,
    };
    if (!problem && indicator && sex) {
      line.index = built.rows.length;
      built.rows.push({ indicatorId: indicator.id, period, sex, value, footnote: footnote === '' ? null : footnote });
    }
    built.lines.push(line);
  });
  return built;
}

const MAPPING_KEY = 'inkludera.workspace.import.mapping';

/** The mapping chosen last time for a file with this header (remembered in this browser). */
export function rememberedMapping(header: readonly Cell[]): Mapping | null {
  try {
    const all = JSON.parse(globalThis.localStorage?.getItem(MAPPING_KEY) ?? '{}') as Record<string, Mapping>;
    return all[header.map(text).join('\u241f')] ?? null;
  } catch {
    return null;
  }
}

export function rememberMapping(header: readonly Cell[], mapping: Mapping): void {
  try {
    const all = JSON.parse(globalThis.localStorage?.getItem(MAPPING_KEY) ?? '{}') as Record<string, Mapping>;
    all[header.map(text).join('\u241f')] = mapping;
    globalThis.localStorage?.setItem(MAPPING_KEY, JSON.stringify(all));
  } catch {
    // Not remembered then.
  }
}

/** The template: the header the import recognises and two example lines (Swedish: `;` and decimal comma). */
export function templateCsv(language: 'sv' | 'en'): string {
  return language === 'sv'
    ? '\ufeffindikator;period;kön;värde;fotnot\r\nN00945;2026;kvinnor;41,5;\r\nN00945;2026;män;38,2;Preliminärt\r\n'
    : '\ufeffindicator,period,sex,value,footnote\r\nN00945,2026,women,41.5,\r\nN00945,2026,men,38.2,Preliminary\r\n';
}
