import { formatNumber, formatValue, parsePeriod, periodLabel, type Sex } from '@inkludera/shared';
import type { Language } from '../../app/language';
import type { StrategyStrings } from './strings';

export type Unit = 'PERCENT' | 'COUNT' | 'RATIO' | 'CURRENCY' | 'INDEX' | 'OTHER';
export type MeasurementStatus = 'FINAL' | 'PRELIMINARY' | 'SUPPRESSED' | 'MISSING';

/** What the presentation needs of a measurement. */
export interface MeasurementLike {
  sex: Sex;
  period: string;
  value?: number | null;
  status: MeasurementStatus;
  source?: string | null;
  footnote?: string | null;
}

/** The order in which the sexes are shown: women, men, then everyone. */
export const SEX_ORDER: readonly Sex[] = ['WOMEN', 'MEN', 'TOTAL'];

/** The measurements keyed by sex; the first one wins if the API ever sends two. */
export function bySex<T extends MeasurementLike>(measurements: readonly T[]): Partial<Record<Sex, T>> {
  const result: Partial<Record<Sex, T>> = {};
  for (const m of measurements) if (!result[m.sex]) result[m.sex] = m;
  return result;
}

/** The sexes to show: women, men and total for a gender-disaggregated indicator, else total only. */
export function sexesToShow(dividedBySex: boolean): readonly Sex[] {
  return dividedBySex ? SEX_ORDER : ['TOTAL'];
}

function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

/**
 * The gap women minus men, in the indicator's unit (percentage points for a percentage), from the
 * values as shown (rounded to the indicator's decimals), so that the gap agrees with the table.
 * Null when either value is missing.
 */
export function sexGap(women: number | null | undefined, men: number | null | undefined, decimals: number): number | null {
  if (typeof women !== 'number' || typeof men !== 'number') return null;
  if (!Number.isFinite(women) || !Number.isFinite(men)) return null;
  const d = Math.max(0, Math.min(decimals, 10));
  const gap = Number((roundTo(women, d) - roundTo(men, d)).toFixed(d));
  return gap === 0 ? 0 : gap; // no −0
}

const MINUS = '\u2212';

/** A number with its sign written out: "−12,5", "+2,0", "0". */
export function formatSigned(value: number, decimals: number, language: Language): string {
  const magnitude = formatNumber(Math.abs(value), decimals, language);
  if (value < 0) return `${MINUS}${magnitude}`;
  if (value > 0) return `+${magnitude}`;
  return magnitude;
}

/** The gap in words: "−12,5 procentenheter", "+3", "ingen skillnad". */
export function formatGap(
  gap: number | null,
  unit: Unit,
  decimals: number,
  language: Language,
  t: Pick<StrategyStrings, 'gapUnitPercent' | 'gapUnitCount' | 'gapNone' | 'gapMissing'>,
): string {
  if (gap === null) return t.gapMissing;
  if (gap === 0) return t.gapNone;
  const signed = formatSigned(gap, decimals, language);
  switch (unit) {
    case 'PERCENT':
      return t.gapUnitPercent(signed);
    case 'CURRENCY':
      return `${signed} kr`;
    case 'COUNT':
      return t.gapUnitCount(signed);
    default:
      return signed;
  }
}

/** A value as shown in a table cell, with its unit; a value that is missing says why. */
export function formatMeasurement(
  m: MeasurementLike | undefined,
  unit: Unit,
  decimals: number,
  language: Language,
  t: Pick<StrategyStrings, 'measurementStatus'>,
): { text: string; note: string | null } {
  if (!m) return { text: '–', note: t.measurementStatus.MISSING };
  if (typeof m.value !== 'number') {
    return { text: '–', note: t.measurementStatus[m.status === 'FINAL' || m.status === 'PRELIMINARY' ? 'MISSING' : m.status] };
  }
  const note = m.status === 'FINAL' ? null : t.measurementStatus[m.status] || null;
  return { text: formatValue(m.value, unit, decimals, language), note };
}

/** "2025", "2024 halvår 1", "mars 2024"; the raw notation if the API ever sends one it cannot parse. */
export function periodText(period: string, language: Language): string {
  const parsed = parsePeriod(period);
  return parsed.ok ? periodLabel(parsed.period, language) : period;
}

/** Whether a source says that its figures are invented for demonstration ("Demodata: …"). */
export function isDemoSource(source: string | null | undefined): source is string {
  return typeof source === 'string' && /^\s*demodata\b/i.test(source);
}

/** The distinct demo-data notes among the measurements, in order. */
export function demoSources(measurements: readonly MeasurementLike[]): string[] {
  const seen = new Set<string>();
  for (const m of measurements) if (isDemoSource(m.source)) seen.add(m.source.trim());
  return [...seen];
}

/** The text of a demo-data source after its "Demodata:" label, which the UI writes in its own language. */
export function withoutDemoLabel(source: string): string {
  const rest = source.replace(/^\s*demodata\s*:?\s*/i, '');
  return rest === '' ? source.trim() : rest;
}
