import type { PeriodType } from './codes';

/**
 * A reporting period. Notation (SDMX reporting periods, used in the API, in CSV and in URLs):
 *   YEAR      2024
 *   HALF_YEAR 2024-S1, 2024-S2
 *   TERTIAL   2024-T1 … 2024-T3
 *   QUARTER   2024-Q1 … 2024-Q4
 *   MONTH     2024-M01 … 2024-M12
 * The notation before SDMX (2024H1, 2024T2, 2024Q3, 2024-05) is still read, and is deprecated:
 * every period is written and stored in SDMX notation (migration SdmxPeriods).
 */
export interface Period {
  type: PeriodType;
  year: number;
  /** 1-based part of the year; 1 for YEAR. */
  index: number;
}

const PARTS_PER_YEAR: Record<PeriodType, number> = {
  YEAR: 1,
  HALF_YEAR: 2,
  TERTIAL: 3,
  QUARTER: 4,
  MONTH: 12,
};

const MIN_YEAR = 1900;
const MAX_YEAR = 2200;

/** SDMX: 2024, 2024-S1, 2024-T2, 2024-Q3, 2024-M07 (the month always with two digits). */
const SDMX = /^(\d{4})(?:-(?:([STQ])(\d)|M(\d{2})))?$/;
/** Deprecated, read only: 2024H1, 2024T2, 2024Q3, 2024-05. */
const LEGACY = /^(\d{4})(?:([HTQ])(\d{1,2})|-(\d{2}))?$/;

const SDMX_LETTER: Record<string, PeriodType> = { S: 'HALF_YEAR', T: 'TERTIAL', Q: 'QUARTER' };
const LEGACY_LETTER: Record<string, PeriodType> = { H: 'HALF_YEAR', T: 'TERTIAL', Q: 'QUARTER' };

/** The notations a message names. */
export const PERIOD_NOTATION_HELP = 'Use 2024, 2024-S1, 2024-T2, 2024-Q3 or 2024-M07 (SDMX).';

export type PeriodParseResult = { ok: true; period: Period; deprecated: boolean } | { ok: false; message: string };

/** Parses period notation, SDMX or the deprecated one (then `deprecated` is true); never throws. */
export function parsePeriod(text: string): PeriodParseResult {
  const trimmed = text.trim();
  const sdmx = SDMX.exec(trimmed);
  const legacy = sdmx ? null : LEGACY.exec(trimmed);
  const match = sdmx ?? legacy;
  if (!match) {
    return { ok: false, message: `"${text}" is not a period. ${PERIOD_NOTATION_HELP}` };
  }
  const year = Number(match[1]);
  if (year < MIN_YEAR || year > MAX_YEAR) {
    return { ok: false, message: `Year ${year} is outside ${MIN_YEAR}–${MAX_YEAR}.` };
  }
  let type: PeriodType = 'YEAR';
  let index = 1;
  if (match[2]) {
    type = (sdmx ? SDMX_LETTER : LEGACY_LETTER)[match[2]] as PeriodType;
    index = Number(match[3]);
  } else if (match[4]) {
    type = 'MONTH';
    index = Number(match[4]);
  }
  if (index < 1 || index > PARTS_PER_YEAR[type]) {
    return { ok: false, message: `"${text}" has no part ${index}: a year has ${PARTS_PER_YEAR[type]}.` };
  }
  // A year alone is the same in both notations.
  return { ok: true, period: { type, year, index }, deprecated: legacy !== null && type !== 'YEAR' };
}

/** Parses period notation or throws a RangeError with a readable message. */
export function toPeriod(text: string): Period {
  const result = parsePeriod(text);
  if (!result.ok) throw new RangeError(result.message);
  return result.period;
}

/** SDMX notation: 2024, 2024-S1, 2024-T2, 2024-Q3, 2024-M07. */
export function formatPeriod(period: Period): string {
  switch (period.type) {
    case 'YEAR':
      return String(period.year);
    case 'HALF_YEAR':
      return `${period.year}-S${period.index}`;
    case 'TERTIAL':
      return `${period.year}-T${period.index}`;
    case 'QUARTER':
      return `${period.year}-Q${period.index}`;
    case 'MONTH':
      return `${period.year}-M${String(period.index).padStart(2, '0')}`;
  }
}

/** The same text in SDMX notation when it is a period (of either notation); otherwise unchanged. */
export function normalisePeriod(text: string): string {
  const parsed = parsePeriod(text);
  return parsed.ok ? formatPeriod(parsed.period) : text;
}

/** The first day of the period (UTC date, ISO yyyy-mm-dd). */
export function periodStart(period: Period): string {
  const months = 12 / PARTS_PER_YEAR[period.type];
  const month = (period.index - 1) * months + 1;
  return `${period.year}-${String(month).padStart(2, '0')}-01`;
}

/** The last day of the period (UTC date, ISO yyyy-mm-dd). */
export function periodEnd(period: Period): string {
  const months = 12 / PARTS_PER_YEAR[period.type];
  const lastMonth = period.index * months; // 1-based
  const lastDay = new Date(Date.UTC(period.year, lastMonth, 0)).getUTCDate();
  return `${period.year}-${String(lastMonth).padStart(2, '0')}-${String(lastDay).padStart(2, '0')}`;
}

/** Orders periods by start, then by length (a year before its first quarter). */
export function comparePeriods(a: Period, b: Period): number {
  const byStart = periodStart(a).localeCompare(periodStart(b));
  if (byStart !== 0) return byStart;
  return PARTS_PER_YEAR[a.type] - PARTS_PER_YEAR[b.type];
}

const LABELS: Record<'sv' | 'en', Record<PeriodType, (p: Period) => string>> = {
  sv: {
    YEAR: (p) => `${p.year}`,
    HALF_YEAR: (p) => `${p.year} halvår ${p.index}`,
    TERTIAL: (p) => `${p.year} tertial ${p.index}`,
    QUARTER: (p) => `${p.year} kvartal ${p.index}`,
    MONTH: (p) => `${new Intl.DateTimeFormat('sv-SE', { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(p.year, p.index - 1, 1)))} ${p.year}`,
  },
  en: {
    YEAR: (p) => `${p.year}`,
    HALF_YEAR: (p) => `${p.year} half ${p.index}`,
    TERTIAL: (p) => `${p.year} tertial ${p.index}`,
    QUARTER: (p) => `${p.year} Q${p.index}`,
    MONTH: (p) => `${new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(p.year, p.index - 1, 1)))} ${p.year}`,
  },
};

/** A human label, e.g. "2024 halvår 1" (sv) or "2024 half 1" (en). */
export function periodLabel(period: Period, locale: 'sv' | 'en' = 'sv'): string {
  return LABELS[locale][period.type](period);
}
