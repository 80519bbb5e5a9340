import { decimalsOf, parsePeriod, type Period } from '@inkludera/shared';
import { PeriodType, Sex } from '../../graphql/enums';
import { userError, type UserError } from '../../graphql/user-error';
import { IndicatorUnit } from './indicator.entity';

/**
 * The rules a value of an indicator obeys, shared by targets, measurements (also in bulk) and an
 * indicator's own baseline. Pure functions: no database, no throwing; each returns the errors found
 * (empty when the value is acceptable), so a bulk caller can collect them per row.
 *
 * Field names: `prefix` is put before the field name with a dot, e.g. prefix "rows.12" gives
 * "rows.12.period"; an empty prefix gives "period".
 */

/** The part of an indicator the value rules need. */
export interface IndicatorValueShape {
  unit: IndicatorUnit | `${IndicatorUnit}`;
  decimals: number;
  periodicity: PeriodType | `${PeriodType}`;
  dividedBySex: boolean;
}

/** A value to check; `value` null means "no value" (e.g. a missing or suppressed measurement). */
export interface IndicatorValueInput {
  period: string;
  sex?: Sex | `${Sex}` | null;
  value?: number | null;
}

const PERIODICITY_EXAMPLE: Record<PeriodType, string> = {
  YEAR: '2024',
  HALF_YEAR: '2024-S1',
  TERTIAL: '2024-T2',
  QUARTER: '2024-Q3',
  MONTH: '2024-M05',
};

const PERIODICITY_NAME: Record<PeriodType, string> = {
  YEAR: 'yearly',
  HALF_YEAR: 'half-yearly',
  TERTIAL: 'per tertial',
  QUARTER: 'quarterly',
  MONTH: 'monthly',
};

export const PERCENT_MIN = 0;
export const PERCENT_MAX = 100;

export function fieldName(prefix: string | null | undefined, name: string): string {
  return prefix ? `${prefix}.${name}` : name;
}

/**
 * Checks period notation (INVALID_PERIOD) and that its type is the indicator's periodicity
 * (PERIOD_MISMATCH). `field` is the full field name used in the error.
 */
export function checkPeriod(periodicity: PeriodType | `${PeriodType}`, period: string, field: string): UserError[] {
  const parsed = parsePeriod(period);
  if (!parsed.ok) return [userError('INVALID_PERIOD', `${field}: ${parsed.message}`, field)];
  if (parsed.period.type !== periodicity) {
    const p = periodicity as PeriodType;
    return [
      userError(
        'PERIOD_MISMATCH',
        `${field}: "${period}" is a ${parsed.period.type} period but the indicator is measured ${PERIODICITY_NAME[p]}; use a period like ${PERIODICITY_EXAMPLE[p]}.`,
        field,
      ),
    ];
  }
  return [];
}

/** The parsed period when it is valid notation, else null (for callers that need to order periods). */
export function periodOrNull(period: string): Period | null {
  const parsed = parsePeriod(period);
  return parsed.ok ? parsed.period : null;
}

/** Checks that WOMEN/MEN are used only for an indicator divided by sex (NOT_DIVIDED_BY_SEX). */
export function checkSex(dividedBySex: boolean, sex: string | null | undefined, field: string): UserError[] {
  if (!sex || sex === (Sex.TOTAL as string) || dividedBySex) return [];
  return [userError('NOT_DIVIDED_BY_SEX', `${field}: ${sex} is not allowed: the indicator is not divided by sex, so only TOTAL is allowed.`, field)];
}

/**
 * Checks a number against the indicator's unit and decimals: finite (INVALID_VALUE for NaN and
 * ±Infinity), percent within 0–100 (OUT_OF_RANGE), no more decimals than allowed (TOO_MANY_DECIMALS).
 * Null and undefined are accepted (no value).
 */
export function checkNumber(indicator: Pick<IndicatorValueShape, 'unit' | 'decimals'>, value: number | null | undefined, field: string): UserError[] {
  if (value === null || value === undefined) return [];
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    return [userError('INVALID_VALUE', `${field}: ${String(value)} is not a number; give a finite number or leave it empty.`, field)];
  }
  const errors: UserError[] = [];
  if (indicator.unit === IndicatorUnit.PERCENT && (value < PERCENT_MIN || value > PERCENT_MAX)) {
    errors.push(userError('OUT_OF_RANGE', `${field}: ${value} is outside ${PERCENT_MIN}–${PERCENT_MAX}, the range of a percent.`, field));
  }
  const decimals = decimalsOf(value);
  if (decimals > indicator.decimals) {
    errors.push(userError('TOO_MANY_DECIMALS', `${field}: ${value} has ${decimals} decimals; the indicator allows at most ${indicator.decimals}.`, field));
  }
  return errors;
}

/**
 * Checks a value of an indicator: its period, sex and number. Returns every error found, with
 * fields "<prefix>.period", "<prefix>.sex" and "<prefix>.value" (or "period", "sex", "value").
 */
export function checkValue(indicator: IndicatorValueShape, input: IndicatorValueInput, prefix = ''): UserError[] {
  return [
    ...checkPeriod(indicator.periodicity, input.period, fieldName(prefix, 'period')),
    ...checkSex(indicator.dividedBySex, input.sex, fieldName(prefix, 'sex')),
    ...checkNumber(indicator, input.value, fieldName(prefix, 'value')),
  ];
}
