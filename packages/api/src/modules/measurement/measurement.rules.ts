import { formatPeriod, parsePeriod, periodStart, type PeriodType } from '@inkludera/shared';
import { Sex } from '../../graphql/enums';
import { userError, type UserError } from '../../graphql/user-error';
import { checkNumber } from '../indicator/indicator-value.rules';
import { IndicatorUnit, type Indicator } from '../indicator/indicator.entity';
import { MeasurementStatus } from './measurement.entity';

/**
 * Rules of a measurement beyond the value rules shared with targets (indicator-value.rules.ts):
 * status and value agree, the optional numbers and texts, and that a count's total equals women +
 * men. Pure functions returning the errors found, so that the bulk upsert can report every row.
 */

export const MAX_ROWS = 10_000;

export const TEXT_LIMITS = { footnote: 2000, source: 1000, reportedBy: 200 } as const;

const WITHOUT_VALUE = new Set<MeasurementStatus>([MeasurementStatus.MISSING, MeasurementStatus.SUPPRESSED]);

/** The status a value gets when none is given: FINAL for a value, MISSING for none. */
export function defaultStatus(value: number | null): MeasurementStatus {
  return value === null ? MeasurementStatus.MISSING : MeasurementStatus.FINAL;
}

/** MISSING and SUPPRESSED carry no value (INVALID); PRELIMINARY and FINAL need one (REQUIRED). */
export function checkStatus(status: MeasurementStatus, value: number | null): UserError[] {
  if (WITHOUT_VALUE.has(status) && value !== null) {
    return [userError('INVALID', `value: a ${status} measurement has no value; give null, or status FINAL or PRELIMINARY.`, 'value')];
  }
  if (!WITHOUT_VALUE.has(status) && value === null) {
    return [userError('REQUIRED', `value: a ${status} measurement needs a value; give one, or status MISSING or SUPPRESSED.`, 'value')];
  }
  return [];
}

export interface MeasurementExtras {
  numerator: number | null;
  denominator: number | null;
  footnote: string | null;
  source: string | null;
  reportedBy: string | null;
}

/** Numerator and denominator finite (denominator not 0), texts within their limits. */
export function checkExtras(extras: MeasurementExtras): UserError[] {
  const errors: UserError[] = [];
  for (const field of ['numerator', 'denominator'] as const) {
    const value = extras[field];
    if (value !== null && !Number.isFinite(value))
      errors.push(userError('INVALID_VALUE', `${field}: ${String(value)} is not a number; give a finite number or leave it empty.`, field));
  }
  if (extras.denominator === 0) errors.push(userError('INVALID_VALUE', 'denominator: 0 cannot be a denominator.', 'denominator'));
  for (const field of ['footnote', 'source', 'reportedBy'] as const) {
    const text = extras[field];
    if (text !== null && text.length > TEXT_LIMITS[field]) {
      errors.push(userError('INVALID', `${field}: at most ${TEXT_LIMITS[field]} characters (${text.length} given).`, field));
    }
  }
  return errors;
}

/** The number rules of the indicator (finite, percent range, decimals) for a value. */
export function checkMeasuredValue(indicator: Indicator, value: number | null): UserError[] {
  return checkNumber(indicator, value, 'value');
}

/** A period as stored: normalised notation, its type and first day; null for bad notation. */
export function storedPeriod(text: string): { period: string; periodType: PeriodType; periodStart: string } | null {
  const parsed = parsePeriod(text);
  if (!parsed.ok) return null;
  return { period: formatPeriod(parsed.period), periodType: parsed.period.type, periodStart: periodStart(parsed.period) };
}

/** Whether TOTAL must equal WOMEN + MEN for this indicator: counts divided by sex (percent totals are weighted, never derived). */
export function totalsAddUp(indicator: Pick<Indicator, 'unit' | 'dividedBySex'>): boolean {
  return indicator.unit === IndicatorUnit.COUNT && indicator.dividedBySex;
}

/** Whether a total disagrees with women + men (all three present), with a tolerance for binary floating point. */
export function totalDisagrees(total: number, women: number, men: number): boolean {
  return Math.abs(total - (women + men)) > 1e-9 * Math.max(1, Math.abs(total));
}

export function totalMismatchMessage(total: number, women: number, men: number, period: string): string {
  return `value: the TOTAL for ${period} (${total}) must equal WOMEN (${women}) + MEN (${men}) = ${women + men} for a count divided by sex.`;
}

export const SEX_ORDER: readonly Sex[] = [Sex.TOTAL, Sex.WOMEN, Sex.MEN];
