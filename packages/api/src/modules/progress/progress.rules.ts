import { parsePeriod, periodEnd, type Period } from '@inkludera/shared';

/**
 * Progress computed from data (issue 13), as pure functions: no SQL, no GraphQL. The method, with
 * its formulas, is docs/FOLLOW-UP.md; the decisions behind it are ADR 0010. Every number here is
 * what the caller may see: the loaders hand in only visible rows, with suppressed values masked
 * and (for anonymous callers) only final values.
 */

export type Direction = 'INCREASE' | 'DECREASE' | 'KEEP';
export type SexCode = 'TOTAL' | 'WOMEN' | 'MEN';
export type ValueStatus = 'PRELIMINARY' | 'FINAL' | 'MISSING' | 'SUPPRESSED';

export enum ProgressStatusCode {
  TARGET_MET = 'TARGET_MET',
  ON_TRACK = 'ON_TRACK',
  TOO_SLOW = 'TOO_SLOW',
  MOVING_AWAY = 'MOVING_AWAY',
  NO_DATA = 'NO_DATA',
}

/** Why a status is what it is, when the figures alone do not say it (NO_DATA above all). */
export enum ProgressReasonCode {
  /** No usable value up to the end of the period (missing, suppressed, or none visible). */
  NO_VALUE = 'NO_VALUE',
  /** No target for this sex or for everyone. */
  NO_TARGET = 'NO_TARGET',
  /** Target not met and no earlier value to measure movement from. */
  NO_BASELINE = 'NO_BASELINE',
  /** The baseline already met the target, so any shortfall now is movement away. */
  BASELINE_MET_TARGET = 'BASELINE_MET_TARGET',
  /** The target's period has ended without the target being met. */
  DEADLINE_PASSED = 'DEADLINE_PASSED',
}

/** One value of a series, as the caller sees it. */
export interface SeriesPoint {
  period: string;
  sex: SexCode;
  value: number | null;
  status: ValueStatus;
}

export interface TargetPoint {
  period: string;
  sex: SexCode;
  value: number;
}

export interface IndicatorFacts {
  direction: Direction;
  decimals: number;
  dividedBySex: boolean;
  baselineValue: number | null;
  baselinePeriod: string | null;
}

export interface SexProgress {
  sex: SexCode;
  status: ProgressStatusCode;
  reason: ProgressReasonCode | null;
  /** The value judged: the latest usable value whose period ends by the end of the period asked. */
  value: number | null;
  valuePeriod: string | null;
  /** Whether that value is preliminary (staff only: anonymous callers see final values only). */
  preliminary: boolean;
  baseline: number | null;
  baselinePeriod: string | null;
  target: number | null;
  targetPeriod: string | null;
  /** Share of the way from baseline to target that time alone asks for by now (0–1). */
  expectedShare: number | null;
  /** Share of the way from baseline to target covered by now (can be negative or above 1). */
  actualShare: number | null;
}

/** Relative tolerance of a KEEP target: within 5 % of the target (at least one unit of the last decimal). */
export const KEEP_TOLERANCE = 0.05;
/** Numerical slack when comparing shares and values computed from decimals. */
const EPSILON = 1e-9;

interface Dated {
  period: string;
  end: string;
}

function endOf(period: string): string | null {
  const parsed = parsePeriod(period);
  return parsed.ok ? periodEnd(parsed.period) : null;
}

/** Days from 1970 to an ISO date (UTC), for linear interpolation between period ends. */
function dayNumber(isoDate: string): number {
  return Date.parse(`${isoDate}T00:00:00Z`) / 86_400_000;
}

/** A value that counts: a number whose status is PRELIMINARY or FINAL. Suppressed and missing values count as no value. */
export function isUsable(point: SeriesPoint): point is SeriesPoint & { value: number } {
  return point.value !== null && Number.isFinite(point.value) && (point.status === 'FINAL' || point.status === 'PRELIMINARY');
}

/** The tolerance around a KEEP target. */
export function keepTolerance(target: number, decimals: number): number {
  return Math.max(Math.abs(target) * KEEP_TOLERANCE, 10 ** -Math.max(0, decimals));
}

/**
 * The target that governs `period` for `sex`: among the targets of that sex (or, when the sex has
 * none, the TOTAL targets: a target for everyone applies to women and to men alike), the earliest
 * whose period ends on or after the end of `period`; when every target has passed, the latest.
 */
export function governingTarget(targets: readonly TargetPoint[], sex: SexCode, periodEndDate: string): (TargetPoint & Dated) | null {
  const own = targets.filter((t) => t.sex === sex);
  const pool = (own.length ? own : targets.filter((t) => t.sex === 'TOTAL'))
    .map((t) => ({ ...t, end: endOf(t.period) }))
    .filter((t): t is TargetPoint & Dated => t.end !== null)
    .sort((a, b) => a.end.localeCompare(b.end));
  if (!pool.length) return null;
  return pool.find((t) => t.end >= periodEndDate) ?? (pool[pool.length - 1] as TargetPoint & Dated);
}

/**
 * The status of one sex of one indicator for one period. See docs/FOLLOW-UP.md for the formulas.
 * `period` must be valid period notation.
 */
export function sexProgress(facts: IndicatorFacts, series: readonly SeriesPoint[], targets: readonly TargetPoint[], period: string, sex: SexCode): SexProgress {
  const periodEndDate = endOf(period);
  if (periodEndDate === null) throw new RangeError(`"${period}" is not a period.`);
  const result: SexProgress = {
    sex,
    status: ProgressStatusCode.NO_DATA,
    reason: null,
    value: null,
    valuePeriod: null,
    preliminary: false,
    baseline: null,
    baselinePeriod: null,
    target: null,
    targetPeriod: null,
    expectedShare: null,
    actualShare: null,
  };
  const usable = series
    .filter((p) => p.sex === sex && isUsable(p))
    .map((p) => ({ ...p, value: p.value as number, end: endOf(p.period) }))
    .filter((p): p is SeriesPoint & Dated & { value: number } => p.end !== null && p.end <= periodEndDate)
    .sort((a, b) => a.end.localeCompare(b.end));
  const actual = usable[usable.length - 1];
  const target = governingTarget(targets, sex, periodEndDate);
  if (target) {
    result.target = target.value;
    result.targetPeriod = target.period;
  }
  if (!actual) return { ...result, reason: ProgressReasonCode.NO_VALUE };
  Object.assign(result, { value: actual.value, valuePeriod: actual.period, preliminary: actual.status === 'PRELIMINARY' });

  // Baseline: the indicator's baseline period when it lies before the value judged, else the first
  // usable value before it. The indicator's stored baseline value stands in for a TOTAL series
  // that lacks that period.
  const earlier = usable.filter((p) => p.end < actual.end);
  let baseline: { value: number; period: string; end: string } | undefined;
  const baselineEnd = facts.baselinePeriod ? endOf(facts.baselinePeriod) : null;
  if (facts.baselinePeriod && baselineEnd && baselineEnd < actual.end) {
    const atBaseline = earlier.find((p) => p.period === facts.baselinePeriod);
    if (atBaseline) baseline = atBaseline;
    else if (sex === 'TOTAL' && facts.baselineValue !== null) baseline = { value: facts.baselineValue, period: facts.baselinePeriod, end: baselineEnd };
  }
  baseline ??= earlier[0];
  if (baseline) Object.assign(result, { baseline: baseline.value, baselinePeriod: baseline.period });

  if (!target) return { ...result, reason: ProgressReasonCode.NO_TARGET };
  const a = actual.value;
  const t = target.value;

  if (facts.direction === 'KEEP') {
    if (Math.abs(a - t) <= keepTolerance(t, facts.decimals) + EPSILON) return { ...result, status: ProgressStatusCode.TARGET_MET };
    if (!baseline) return { ...result, reason: ProgressReasonCode.NO_BASELINE };
    // Outside the band: closer to the level to keep than at the baseline is slow progress; else away.
    const closer = Math.abs(a - t) < Math.abs(baseline.value - t) - EPSILON;
    return { ...result, status: closer ? ProgressStatusCode.TOO_SLOW : ProgressStatusCode.MOVING_AWAY };
  }

  const d = facts.direction === 'INCREASE' ? 1 : -1;
  if (d * (a - t) >= -EPSILON) return { ...result, status: ProgressStatusCode.TARGET_MET };
  if (!baseline) return { ...result, reason: ProgressReasonCode.NO_BASELINE };

  const gap = d * (t - baseline.value); // how far the baseline was from the target, in the desired direction
  const moved = d * (a - baseline.value); // how far the value has moved since, in the desired direction
  if (gap <= EPSILON) {
    // The baseline met the target (or equalled it) and the value no longer does.
    return { ...result, status: ProgressStatusCode.MOVING_AWAY, reason: ProgressReasonCode.BASELINE_MET_TARGET };
  }
  const span = dayNumber(target.end) - dayNumber(baseline.end);
  const expectedShare = span <= 0 ? 1 : Math.min(1, Math.max(0, (dayNumber(actual.end) - dayNumber(baseline.end)) / span));
  const actualShare = moved / gap;
  result.expectedShare = expectedShare;
  result.actualShare = actualShare;
  const deadlinePassed = target.end < periodEndDate || target.end <= actual.end;
  if (moved < -EPSILON) return { ...result, status: ProgressStatusCode.MOVING_AWAY };
  if (deadlinePassed) return { ...result, status: ProgressStatusCode.TOO_SLOW, reason: ProgressReasonCode.DEADLINE_PASSED };
  if (moved > EPSILON && actualShare + EPSILON >= expectedShare) return { ...result, status: ProgressStatusCode.ON_TRACK };
  return { ...result, status: ProgressStatusCode.TOO_SLOW };
}

// ------------------------------------------------------------------ gender gap and equal fulfilment

export enum GapTrendCode {
  NARROWING = 'NARROWING',
  WIDENING = 'WIDENING',
  UNCHANGED = 'UNCHANGED',
  /** Fewer than two periods with both a women's and a men's value. */
  UNKNOWN = 'UNKNOWN',
}

export enum GenderEqualCode {
  /** The target is met for women and for men. */
  MET = 'MET',
  /** The target is not met for at least one sex that has a value. */
  NOT_MET = 'NOT_MET',
  /** One sex or both have no value or no target. */
  UNKNOWN = 'UNKNOWN',
  /** The indicator is not divided by sex. */
  NOT_APPLICABLE = 'NOT_APPLICABLE',
}

export interface GenderGap {
  /** The period of the latest usable pair (women and men in the same period) ending by the period asked. */
  period: string | null;
  women: number | null;
  men: number | null;
  /** women − men */
  difference: number | null;
  /** women ÷ men (null when men is 0). */
  ratio: number | null;
  /** The first period of the series with both values, and the difference then. */
  firstPeriod: string | null;
  firstDifference: number | null;
  trend: GapTrendCode;
}

/** The gap between women and men at the latest period by `period` with both values, and its trend since the first such period. */
export function genderGap(series: readonly SeriesPoint[], period: string, decimals: number): GenderGap {
  const periodEndDate = endOf(period);
  if (periodEndDate === null) throw new RangeError(`"${period}" is not a period.`);
  const pairs = new Map<string, { end: string; women?: number; men?: number }>();
  for (const point of series) {
    if ((point.sex !== 'WOMEN' && point.sex !== 'MEN') || !isUsable(point)) continue;
    const end = endOf(point.period);
    if (end === null || end > periodEndDate) continue;
    const pair = pairs.get(point.period) ?? { end };
    if (point.sex === 'WOMEN') pair.women = point.value;
    else pair.men = point.value;
    pairs.set(point.period, pair);
  }
  const complete = [...pairs.entries()]
    .filter((entry): entry is [string, { end: string; women: number; men: number }] => entry[1].women !== undefined && entry[1].men !== undefined)
    .sort((a, b) => a[1].end.localeCompare(b[1].end));
  const last = complete[complete.length - 1];
  if (!last) return { period: null, women: null, men: null, difference: null, ratio: null, firstPeriod: null, firstDifference: null, trend: GapTrendCode.UNKNOWN };
  const first = complete[0] as (typeof complete)[number];
  const difference = last[1].women - last[1].men;
  const firstDifference = first[1].women - first[1].men;
  const slack = 10 ** -Math.max(0, decimals) / 2;
  let trend = GapTrendCode.UNKNOWN;
  if (complete.length >= 2) {
    const change = Math.abs(difference) - Math.abs(firstDifference);
    trend = change < -slack ? GapTrendCode.NARROWING : change > slack ? GapTrendCode.WIDENING : GapTrendCode.UNCHANGED;
  }
  return {
    period: last[0],
    women: last[1].women,
    men: last[1].men,
    difference,
    ratio: last[1].men === 0 ? null : last[1].women / last[1].men,
    firstPeriod: first[0],
    firstDifference,
    trend,
  };
}

/** Gender-equal fulfilment (jämställd måluppfyllelse): met only when the target is met for women and for men. */
export function genderEqualFulfilment(dividedBySex: boolean, women: SexProgress, men: SexProgress): GenderEqualCode {
  if (!dividedBySex) return GenderEqualCode.NOT_APPLICABLE;
  const judged = [women, men].filter((p) => p.status !== ProgressStatusCode.NO_DATA);
  if (judged.some((p) => p.status !== ProgressStatusCode.TARGET_MET)) return GenderEqualCode.NOT_MET;
  return judged.length === 2 ? GenderEqualCode.MET : GenderEqualCode.UNKNOWN;
}

// ------------------------------------------------------------------ one indicator

export interface IndicatorProgressResult {
  period: string;
  /** The headline status: the TOTAL's; when the total has no data, the worse of women and men that have. */
  status: ProgressStatusCode;
  total: SexProgress;
  women: SexProgress | null;
  men: SexProgress | null;
  genderEqual: GenderEqualCode;
  gap: GenderGap | null;
}

/** Severity order for roll-ups: worse first. NO_DATA is left out of every roll-up. */
export const SEVERITY: readonly ProgressStatusCode[] = [ProgressStatusCode.MOVING_AWAY, ProgressStatusCode.TOO_SLOW, ProgressStatusCode.ON_TRACK, ProgressStatusCode.TARGET_MET];

/** The worst status among those with data; NO_DATA when none has. */
export function worstOf(statuses: readonly ProgressStatusCode[]): ProgressStatusCode {
  for (const status of SEVERITY) if (statuses.includes(status)) return status;
  return ProgressStatusCode.NO_DATA;
}

export function indicatorProgress(facts: IndicatorFacts, series: readonly SeriesPoint[], targets: readonly TargetPoint[], period: string): IndicatorProgressResult {
  const total = sexProgress(facts, series, targets, period, 'TOTAL');
  if (!facts.dividedBySex) return { period, status: total.status, total, women: null, men: null, genderEqual: GenderEqualCode.NOT_APPLICABLE, gap: null };
  const women = sexProgress(facts, series, targets, period, 'WOMEN');
  const men = sexProgress(facts, series, targets, period, 'MEN');
  const status = total.status !== ProgressStatusCode.NO_DATA ? total.status : worstOf([women.status, men.status]);
  return { period, status, total, women, men, genderEqual: genderEqualFulfilment(true, women, men), gap: genderGap(series, period, facts.decimals) };
}

// ------------------------------------------------------------------ roll-up

export enum RollUpRuleCode {
  /** The worst status among the parts that have data (NO_DATA when none has). */
  WORST_OF_PARTS = 'WORST_OF_PARTS',
}

export const ROLL_UP_RULE_TEXT: Record<RollUpRuleCode, { sv: string; en: string }> = {
  [RollUpRuleCode.WORST_OF_PARTS]: {
    sv: 'Sämsta status bland delarna som har data (rör sig bort < för långsamt < i fas < målet nått); utan data om ingen del har data.',
    en: 'The worst status among the parts that have data (moving away < too slow < on track < target met); no data when no part has data.',
  },
};

export interface StatusCount {
  status: ProgressStatusCode;
  count: number;
}

export interface RollUpResult {
  period: string;
  status: ProgressStatusCode;
  rule: RollUpRuleCode;
  /** How many parts (indicators and sub-goals, goals, or areas) have each status, NO_DATA included. */
  counts: StatusCount[];
  /** MET when every part with a gender-equal judgement is MET; NOT_MET when any is NOT_MET; else UNKNOWN (NOT_APPLICABLE when no part is divided by sex). */
  genderEqual: GenderEqualCode;
}

export interface RollUpPart {
  status: ProgressStatusCode;
  genderEqual: GenderEqualCode;
}

/** Rolls the parts' statuses up into one (rule WORST_OF_PARTS) and their gender-equal fulfilment likewise. */
export function rollUp(period: string, parts: readonly RollUpPart[]): RollUpResult {
  const statuses = parts.map((p) => p.status);
  const counts = [...SEVERITY, ProgressStatusCode.NO_DATA].map((status) => ({ status, count: statuses.filter((s) => s === status).length }));
  const equal = parts.map((p) => p.genderEqual).filter((g) => g !== GenderEqualCode.NOT_APPLICABLE);
  const genderEqual = !equal.length
    ? GenderEqualCode.NOT_APPLICABLE
    : equal.includes(GenderEqualCode.NOT_MET)
      ? GenderEqualCode.NOT_MET
      : equal.every((g) => g === GenderEqualCode.MET)
        ? GenderEqualCode.MET
        : GenderEqualCode.UNKNOWN;
  return { period, status: worstOf(statuses), rule: RollUpRuleCode.WORST_OF_PARTS, counts, genderEqual };
}

export type HumanAssessment = 'ACHIEVED' | 'PARTLY' | 'NOT_ACHIEVED' | 'NOT_ASSESSABLE';

/**
 * The status of a goal once a person has assessed it (the assessment overrides the computed one):
 * ACHIEVED is TARGET_MET; NOT_ASSESSABLE is NO_DATA; PARTLY and NOT_ACHIEVED keep the computed
 * status when it already says "not there" (TOO_SLOW, MOVING_AWAY) and are TOO_SLOW otherwise.
 */
export function assessedStatus(assessment: HumanAssessment, computed: ProgressStatusCode): ProgressStatusCode {
  if (assessment === 'ACHIEVED') return ProgressStatusCode.TARGET_MET;
  if (assessment === 'NOT_ASSESSABLE') return ProgressStatusCode.NO_DATA;
  return computed === ProgressStatusCode.TOO_SLOW || computed === ProgressStatusCode.MOVING_AWAY ? computed : ProgressStatusCode.TOO_SLOW;
}

/** Parses the period argument of a progress field; null when it is not a period. */
export function progressPeriod(text: string): Period | null {
  const parsed = parsePeriod(text);
  return parsed.ok ? parsed.period : null;
}
