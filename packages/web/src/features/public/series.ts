import { comparePeriods, parsePeriod, type Sex } from '@inkludera/shared';
import type { Language } from '../../app/language';
import { periodText, type MeasurementStatus, type Unit } from '../strategy/measurements';
import type { PublicStrings } from './strings';

/** What the indicator page needs of a value. */
export interface SeriesPoint {
  period: string;
  sex: Sex;
  value?: number | null;
  status: MeasurementStatus;
  footnote?: string | null;
}

export interface SeriesRow<P extends SeriesPoint = SeriesPoint> {
  period: string;
  cells: Partial<Record<Sex, P>>;
}

const INTL: Record<Language, string> = { sv: 'sv-SE', en: 'en-GB' };

/** A plain number in the language: "12,5" / "12.5"; `grouping` false for files. */
export function formatPlain(value: number, decimals: number, language: Language, grouping = true): string {
  const d = Math.max(0, Math.min(decimals, 6));
  return new Intl.NumberFormat(INTL[language], {
    minimumFractionDigits: d,
    maximumFractionDigits: d,
    useGrouping: grouping,
  }).format(value);
}

/** A value with its unit as each language writes it: "12,5 %" in Swedish, "12.5%" in English. */
export function formatIndicatorValue(value: number, unit: Unit, decimals: number, language: Language): string {
  const number = formatPlain(value, decimals, language);
  switch (unit) {
    case 'PERCENT':
      return language === 'sv' ? `${number}\u00a0%` : `${number}%`;
    case 'CURRENCY':
      return `${number}\u00a0kr`;
    default:
      return number;
  }
}

/** Periods sorted in time; an unparseable one after the rest, by text. */
export function sortPeriods(periods: Iterable<string>): string[] {
  return [...new Set(periods)].sort((a, b) => {
    const pa = parsePeriod(a);
    const pb = parsePeriod(b);
    if (pa.ok && pb.ok) return comparePeriods(pa.period, pb.period);
    if (pa.ok) return -1;
    if (pb.ok) return 1;
    return a.localeCompare(b);
  });
}

/** One row per period (in time order), with the value of each sex in it. */
export function seriesRows<P extends SeriesPoint>(points: readonly P[]): SeriesRow<P>[] {
  const byPeriod = new Map<string, Partial<Record<Sex, P>>>();
  for (const p of points) {
    const cells = byPeriod.get(p.period) ?? {};
    if (!cells[p.sex]) cells[p.sex] = p;
    byPeriod.set(p.period, cells);
  }
  return sortPeriods(byPeriod.keys()).map((period) => ({ period, cells: byPeriod.get(period) ?? {} }));
}

export type CellKind = 'value' | 'preliminary' | 'suppressed' | 'missing';

/** A table cell: the value with its unit, or "–" and why; never 0 for a value that is not there. */
export function formatCell(
  p: SeriesPoint | undefined,
  unit: Unit,
  decimals: number,
  language: Language,
  t: Pick<PublicStrings, 'preliminary' | 'suppressed' | 'missing'>,
): { text: string; note: string | null; kind: CellKind } {
  if (!p || p.status === 'MISSING') return { text: '–', note: t.missing, kind: 'missing' };
  if (p.status === 'SUPPRESSED') return { text: '–', note: t.suppressed, kind: 'suppressed' };
  if (typeof p.value !== 'number') return { text: '–', note: t.missing, kind: 'missing' };
  const text = formatIndicatorValue(p.value, unit, decimals, language);
  return p.status === 'PRELIMINARY' ? { text, note: t.preliminary, kind: 'preliminary' } : { text, note: null, kind: 'value' };
}

function valueOf(p: SeriesPoint | undefined): number | null {
  return p && p.status !== 'SUPPRESSED' && p.status !== 'MISSING' && typeof p.value === 'number' ? p.value : null;
}

function round(value: number, decimals: number): number {
  const f = 10 ** Math.max(0, Math.min(decimals, 6));
  return Math.round(value * f) / f;
}

/**
 * One sentence about the latest period: "2025: kvinnor 39,9 %, män 52,4 %; skillnaden har minskat
 * sedan 2017." The gap is compared, as shown (rounded), with the first period that has both values.
 */
export function summarySentence(
  rows: readonly SeriesRow[],
  sexes: readonly Sex[],
  unit: Unit,
  decimals: number,
  language: Language,
  t: Pick<PublicStrings, 'sexesLower' | 'gapNarrowed' | 'gapWidened' | 'gapSame' | 'noValues'>,
): string {
  const latest = [...rows].reverse().find((row) => sexes.some((sex) => valueOf(row.cells[sex]) !== null));
  if (!latest) return t.noValues;
  const parts = sexes
    .filter((sex) => valueOf(latest.cells[sex]) !== null)
    .map((sex) => `${t.sexesLower[sex]} ${formatIndicatorValue(valueOf(latest.cells[sex])!, unit, decimals, language)}`);
  let sentence = `${periodText(latest.period, language)}: ${parts.join(', ')}`;
  const gap = (row: SeriesRow) => {
    const w = valueOf(row.cells.WOMEN);
    const m = valueOf(row.cells.MEN);
    return w === null || m === null ? null : Math.abs(round(w, decimals) - round(m, decimals));
  };
  const latestGap = sexes.includes('WOMEN') && sexes.includes('MEN') ? gap(latest) : null;
  const first = rows.find((row) => row !== latest && gap(row) !== null);
  if (latestGap !== null && first && first.period !== latest.period) {
    const firstGap = gap(first)!;
    const since = periodText(first.period, language);
    const diff = round(latestGap - firstGap, decimals);
    sentence += `; ${diff < 0 ? t.gapNarrowed(since) : diff > 0 ? t.gapWidened(since) : t.gapSame(since)}`;
  }
  return `${sentence}.`;
}

/** A CSV field, quoted when it must be. */
function field(value: string, separator: string): string {
  return /["\r\n]/.test(value) || value.includes(separator) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * The table as shown, as CSV: one line per period and sex, the indicator's name and unit on every
 * line. Swedish: semicolons and decimal comma (what Swedish spreadsheet programs expect); English:
 * commas and decimal point. A value that is not shown is empty, with its status in words.
 */
export function seriesCsv(
  rows: readonly SeriesRow[],
  sexes: readonly Sex[],
  meta: { name: string; unit: Unit; decimals: number },
  language: Language,
  t: Pick<PublicStrings, 'csvHeader' | 'units' | 'sexes' | 'preliminary' | 'suppressed' | 'missing' | 'target'>,
  targets: ReadonlyArray<{ period: string; sex: Sex; value: number }> = [],
): string {
  const sep = language === 'sv' ? ';' : ',';
  const lines = [t.csvHeader.map((h) => field(h, sep)).join(sep)];
  for (const row of rows) {
    for (const sex of sexes) {
      const p = row.cells[sex];
      const value = valueOf(p);
      const status =
        !p || p.status === 'MISSING' ? t.missing : p.status === 'SUPPRESSED' ? t.suppressed : p.status === 'PRELIMINARY' ? t.preliminary : value === null ? t.missing : '';
      lines.push(
        [meta.name, t.units[meta.unit], periodText(row.period, language), t.sexes[sex], value === null ? '' : formatPlain(value, meta.decimals, language, false), status]
          .map((v) => field(v, sep))
          .join(sep),
      );
    }
  }
  for (const target of targets) {
    if (!sexes.includes(target.sex)) continue;
    lines.push(
      [meta.name, t.units[meta.unit], periodText(target.period, language), t.sexes[target.sex], formatPlain(target.value, meta.decimals, language, false), t.target]
        .map((v) => field(v, sep))
        .join(sep),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** The target periods, each with its value per sex, in time order (for the table's target rows). */
export function targetRows(targets: ReadonlyArray<{ period: string; sex: Sex; value: number }>): Array<{ period: string; values: Partial<Record<Sex, number>> }> {
  const byPeriod = new Map<string, Partial<Record<Sex, number>>>();
  for (const target of targets) {
    const values = byPeriod.get(target.period) ?? {};
    values[target.sex] ??= target.value;
    byPeriod.set(target.period, values);
  }
  return sortPeriods(byPeriod.keys()).map((period) => ({ period, values: byPeriod.get(period) ?? {} }));
}

/** A file name from the indicator's name: "andel-nyanlanda-i-arbete.csv". */
export function csvFileName(name: string): string {
  const slug = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');
  return `${slug || 'indikator'}.csv`;
}
