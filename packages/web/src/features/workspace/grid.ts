/**
 * The reporting grid's rules, apart from React: what a cell shows, what changed, the total of a
 * count, the rows sent to `upsertMeasurements`, where the API's row errors go, and conflicts.
 */
import { parsePeriod } from '@inkludera/shared';
import type { Language } from '../../app/language';
import type { IndicatorUnit, MeasurementRowInput, PeriodType, Sex } from './gql/graphql';

export const VALUE_COLUMNS = ['WOMEN', 'MEN', 'TOTAL'] as const satisfies readonly Sex[];
export type ValueColumn = (typeof VALUE_COLUMNS)[number];
export type Column = ValueColumn | 'footnote';
export const COLUMNS: readonly Column[] = [...VALUE_COLUMNS, 'footnote'];

export interface StoredValue {
  value: number | null;
  version: number;
  footnote: string | null;
  reportedBy: string | null;
}

export interface GridIndicator {
  id: string;
  name: string;
  /** The language of the name, when it is not the page's (an indicator without an English name). */
  nameLang?: Language;
  unit: IndicatorUnit;
  decimals: number;
  dividedBySex: boolean;
  stored: Partial<Record<ValueColumn, StoredValue>>;
}

/** What was typed, per indicator and column; a column absent from it shows the stored value. */
export type DraftRow = Partial<Record<Column, string>>;
export type Draft = Readonly<Record<string, DraftRow>>;

/** The period type of a period's notation, or null when it is not one. */
export function periodTypeOf(period: string): PeriodType | null {
  const parsed = parsePeriod(period);
  return parsed.ok ? (parsed.period.type as PeriodType) : null;
}

/** A typed number: "3,5", "3.5", "1 234" (spaces and a decimal comma allowed); null when empty, NaN when not a number. */
export function parseNumber(text: string): number | null {
  const cleaned = text
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(',', '.')
    .replace(/^\u2212/, '-');
  if (cleaned === '') return null;
  if (!/^-?(\d+\.?\d*|\.\d+)$/.test(cleaned)) return Number.NaN;
  return Number(cleaned);
}

/** A stored number as it is typed in the language: decimal comma in Swedish, no grouping. */
export function formatInput(value: number | null | undefined, language: Language): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return language === 'sv' ? text.replace('.', ',') : text;
}

/** Whether the total of this indicator is the sum of women and men, computed rather than typed. */
export function totalIsComputed(indicator: Pick<GridIndicator, 'unit' | 'dividedBySex'>): boolean {
  return indicator.unit === 'COUNT' && indicator.dividedBySex;
}

/** The columns a person types in for this indicator. */
export function editableColumns(indicator: Pick<GridIndicator, 'unit' | 'dividedBySex'>): Column[] {
  if (!indicator.dividedBySex) return ['TOTAL', 'footnote'];
  return totalIsComputed(indicator) ? ['WOMEN', 'MEN', 'footnote'] : ['WOMEN', 'MEN', 'TOTAL', 'footnote'];
}

/** The stored footnote of an indicator's period (the first value that has one). */
export function storedFootnote(indicator: GridIndicator): string {
  for (const column of VALUE_COLUMNS) {
    const footnote = indicator.stored[column]?.footnote;
    if (footnote) return footnote;
  }
  return '';
}

/** The text of a cell: what was typed, else the stored value. */
export function cellText(indicator: GridIndicator, draft: DraftRow | undefined, column: Column, language: Language): string {
  const typed = draft?.[column];
  if (typed !== undefined) return typed;
  if (column === 'footnote') return storedFootnote(indicator);
  return formatInput(indicator.stored[column]?.value, language);
}

/** Women + men of a count indicator, when both are numbers; null otherwise. */
export function computedTotal(indicator: GridIndicator, draft: DraftRow | undefined, language: Language): number | null {
  if (!totalIsComputed(indicator)) return null;
  const women = parseNumber(cellText(indicator, draft, 'WOMEN', language));
  const men = parseNumber(cellText(indicator, draft, 'MEN', language));
  if (women === null || men === null || Number.isNaN(women) || Number.isNaN(men)) return null;
  return women + men;
}

/** Whether anything typed in the row differs from what is stored. */
export function rowChanged(indicator: GridIndicator, draft: DraftRow | undefined): boolean {
  if (!draft) return false;
  return COLUMNS.some((column) => {
    const typed = draft[column];
    if (typed === undefined) return false;
    if (column === 'footnote') return typed.trim() !== storedFootnote(indicator);
    const stored = indicator.stored[column]?.value ?? null;
    const value = parseNumber(typed);
    return value === null ? stored !== null : Number.isNaN(value) || value !== stored;
  });
}

export interface CellKey {
  indicatorId: string;
  column: Column;
}

export const cellId = (indicatorId: string, column: Column) => `cell-${indicatorId}-${column}`.replace(/[^A-Za-z0-9_-]/g, '_');

export interface BuiltRows {
  rows: MeasurementRowInput[];
  /** The cell of each row, by index (the API's RowError.index). */
  cells: Array<{ indicatorId: string; column: ValueColumn }>;
  /** Cells whose text is not a number: refused here, before the API. */
  invalid: CellKey[];
}

/**
 * The rows of every changed indicator: each value column with a value or a stored value (an emptied
 * cell sends null, which the API stores as MISSING), the computed total of a count, the footnote on
 * each row of the indicator.
 */
export function buildRows(indicators: readonly GridIndicator[], draft: Draft, period: string, language: Language): BuiltRows {
  const built: BuiltRows = { rows: [], cells: [], invalid: [] };
  for (const indicator of indicators) {
    const row = draft[indicator.id];
    if (!rowChanged(indicator, row)) continue;
    const footnote = cellText(indicator, row, 'footnote', language).trim();
    const columns: ValueColumn[] = indicator.dividedBySex ? ['WOMEN', 'MEN', 'TOTAL'] : ['TOTAL'];
    for (const column of columns) {
      let value: number | null;
      if (column === 'TOTAL' && totalIsComputed(indicator)) {
        value = computedTotal(indicator, row, language);
      } else {
        value = parseNumber(cellText(indicator, row, column, language));
        if (value !== null && Number.isNaN(value)) {
          built.invalid.push({ indicatorId: indicator.id, column });
          continue;
        }
      }
      if (value === null && !indicator.stored[column]) continue;
      // The version read: the API refuses the row (CONFLICT) if someone else has saved another value since.
      built.rows.push({
        indicatorId: indicator.id,
        period,
        sex: column,
        value,
        footnote: footnote === '' ? null : footnote,
        expectedVersion: indicator.stored[column]?.version ?? 0,
      });
      built.cells.push({ indicatorId: indicator.id, column });
    }
  }
  return built;
}

export interface CellError {
  code: string;
  message: string;
}

/** The API's row errors at their cells: a footnote error at the footnote, any other at the value. */
export function errorsByCell(errors: ReadonlyArray<{ index: number; field?: string | null; code: string; message: string }>, cells: BuiltRows['cells']): Map<string, CellError> {
  const result = new Map<string, CellError>();
  for (const error of errors) {
    const cell = cells[error.index];
    if (!cell) continue;
    const column: Column = error.field === 'footnote' ? 'footnote' : cell.column;
    const key = cellId(cell.indicatorId, column);
    if (!result.has(key)) result.set(key, { code: error.code, message: error.message });
  }
  return result;
}

export interface Conflict {
  indicatorId: string;
  column: ValueColumn;
  mine: number | null;
  theirs: StoredValue | null;
}

/**
 * The values someone else saved since the grid was read: the version (or the presence) differs
 * from what the grid holds, and the new value is not the one this person is about to save.
 */
export function findConflicts(indicators: readonly GridIndicator[], fresh: ReadonlyMap<string, Partial<Record<ValueColumn, StoredValue>>>, built: BuiltRows): Conflict[] {
  const byId = new Map(indicators.map((indicator) => [indicator.id, indicator]));
  const conflicts: Conflict[] = [];
  built.cells.forEach((cell, index) => {
    const indicator = byId.get(cell.indicatorId);
    const now = fresh.get(cell.indicatorId)?.[cell.column] ?? null;
    if (!indicator) return;
    const read = indicator.stored[cell.column] ?? null;
    if ((read?.version ?? null) === (now?.version ?? null)) return;
    const mine = (built.rows[index]?.value as number | null | undefined) ?? null;
    if ((now?.value ?? null) === mine) return;
    conflicts.push({ indicatorId: cell.indicatorId, column: cell.column, mine, theirs: now });
  });
  return conflicts;
}

/** The cell to move to from (row, column) for a key, or null to leave the key to the input. */
export function nextCell(key: string, shift: boolean, atStart: boolean, atEnd: boolean): { rows: number; columns: number } | null {
  switch (key) {
    case 'ArrowUp':
      return { rows: -1, columns: 0 };
    case 'ArrowDown':
      return { rows: 1, columns: 0 };
    case 'Enter':
      return { rows: shift ? -1 : 1, columns: 0 };
    case 'ArrowLeft':
      return atStart ? { rows: 0, columns: -1 } : null;
    case 'ArrowRight':
      return atEnd ? { rows: 0, columns: 1 } : null;
    default:
      return null;
  }
}

const DRAFT_PREFIX = 'inkludera.workspace.report';

/** Where the typed values of a person and period are kept until saved (this tab only). */
export function draftKey(userId: string, period: string): string {
  return `${DRAFT_PREFIX}:${userId}:${period}`;
}

export function readDraft(key: string): Draft {
  try {
    const text = globalThis.sessionStorage?.getItem(key);
    const parsed: unknown = text ? JSON.parse(text) : {};
    return parsed && typeof parsed === 'object' ? (parsed as Draft) : {};
  } catch {
    return {};
  }
}

export function writeDraft(key: string, draft: Draft): void {
  try {
    if (Object.keys(draft).length === 0) globalThis.sessionStorage?.removeItem(key);
    else globalThis.sessionStorage?.setItem(key, JSON.stringify(draft));
  } catch {
    // Storage blocked or full: the draft then lives in the page only.
  }
}
