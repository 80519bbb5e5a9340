import { monthName, roundPeriodLabel } from '../public/roundPeriod';

export { monthName, roundPeriodLabel };

/** The kinds of period an administrator can open a reporting round for. */
export type RoundPeriodKind = 'TERTIAL' | 'INTERIM' | 'YEAR';

/**
 * The period of a round in the API's SDMX notation: a tertial `2025-T2`; an interim report from
 * January to a month `2025-M08` (January–August); the year end `2025`. Null when a part is missing.
 */
export function roundPeriod(kind: RoundPeriodKind, year: string, part: string): string | null {
  if (!/^\d{4}$/.test(year.trim())) return null;
  const y = year.trim();
  if (kind === 'YEAR') return y;
  const n = Number(part);
  if (kind === 'TERTIAL') return n >= 1 && n <= 3 ? `${y}-T${n}` : null;
  return n >= 1 && n <= 11 ? `${y}-M${String(n).padStart(2, '0')}` : null;
}

export interface GoalOfUnit {
  id: string;
  ownerUnit?: { id: string } | null;
}

export interface ReportContent {
  organisationUnit: { id: string };
  analysis?: string | null;
  genderAnalysis?: string | null;
  activitiesWithPartners?: string | null;
  assessments: ReadonlyArray<{ goal?: { id: string } | null }>;
  /** Values missing for the round's period, with whether the unit explained the gap. */
  missingValues?: ReadonlyArray<{ explained: boolean }>;
}

export interface Missing {
  /** Goals of the unit in the document without an assessment. */
  goals: number;
  /** Texts not written yet. */
  texts: Array<'analysis' | 'genderAnalysis' | 'activitiesWithPartners'>;
  /** Values missing for the period whose gap is not explained. */
  values: number;
}

/** What a unit report still lacks: its unit's goals without an assessment, its empty texts, its unexplained missing values. */
export function missingOf(report: ReportContent, goals: readonly GoalOfUnit[]): Missing {
  const assessed = new Set(report.assessments.map((a) => a.goal?.id));
  const own = goals.filter((g) => g.ownerUnit?.id === report.organisationUnit.id);
  return {
    goals: own.filter((g) => !assessed.has(g.id)).length,
    texts: (['analysis', 'genderAnalysis', 'activitiesWithPartners'] as const).filter((key) => !report[key]?.trim()),
    values: (report.missingValues ?? []).filter((gap) => !gap.explained).length,
  };
}

/** Whether a round's period is the year end, where "partly achieved" is not allowed. */
export function isYearEnd(periodType: string): boolean {
  return periodType === 'YEAR';
}

/** Where a unit report's unsaved form is kept in the tab (sessionStorage), per person and report. */
export function reportDraftKey(userId: string, reportId: string): string {
  return `inkludera.workspace.unitReport:${userId}:${reportId}`;
}

/** The form kept for a report, or null (none, or unreadable). */
export function readReportDraft<T>(key: string): T | null {
  try {
    const text = globalThis.sessionStorage?.getItem(key);
    return text ? (JSON.parse(text) as T) : null;
  } catch {
    return null;
  }
}

/** Keeps the form (null: forgets it). A full or blocked storage only loses the copy, never the form. */
export function writeReportDraft(key: string, draft: unknown): void {
  try {
    if (draft === null) globalThis.sessionStorage?.removeItem(key);
    else globalThis.sessionStorage?.setItem(key, JSON.stringify(draft));
  } catch {
    // Storage full or disabled: the form itself is unaffected.
  }
}

/** A unit report's form: texts, assessments by goal, explanations of missing values by indicator. */
export interface ReportForm {
  texts: Record<string, string>;
  goals: Record<string, { assessment: string; comment: string }>;
  gaps: Record<string, string>;
}

/**
 * After a CONFLICT, the latest stored version with what the person changed on top: each field they
 * changed from the version they read keeps their value; every other field takes the latest.
 */
export function mergeTyped<F extends ReportForm>(typed: F, read: F, latest: F): F {
  const pick = <T>(mine: T | undefined, was: T | undefined, theirs: T | undefined): T | undefined => (JSON.stringify(mine) !== JSON.stringify(was) ? mine : theirs);
  const merge = <T>(mine: Record<string, T>, was: Record<string, T>, theirs: Record<string, T>): Record<string, T> => {
    const result: Record<string, T> = {};
    for (const key of new Set([...Object.keys(mine), ...Object.keys(theirs)])) {
      const value = pick(mine[key], was[key], theirs[key]);
      if (value !== undefined) result[key] = value;
    }
    return result;
  };
  return { ...latest, texts: merge(typed.texts, read.texts, latest.texts), goals: merge(typed.goals, read.goals, latest.goals), gaps: merge(typed.gaps, read.gaps, latest.gaps) };
}
