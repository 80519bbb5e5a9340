import { periodLabel, toPeriod } from '@inkludera/shared';
import { assessmentsByGoal, goalsOf, type ReportSexValue, type RoundReport } from './report.data';

/** Swedish words of the report (the report is a Swedish public document; codes are in their own columns). */
export const STATUS_SV: Readonly<Record<string, string>> = {
  TARGET_MET: 'Målet nått',
  ON_TRACK: 'I fas',
  TOO_SLOW: 'För långsamt',
  MOVING_AWAY: 'Rör sig bort från målet',
  NO_DATA: 'Underlag saknas',
};

export const ASSESSMENT_SV: Readonly<Record<string, string>> = {
  ACHIEVED: 'Uppfyllt',
  PARTLY: 'Delvis uppfyllt',
  NOT_ACHIEVED: 'Ej uppfyllt',
  NOT_ASSESSABLE: 'Kan ej bedömas',
};

export const GENDER_EQUAL_SV: Readonly<Record<string, string>> = {
  MET: 'Ja',
  NOT_MET: 'Nej',
  UNKNOWN: 'Okänt',
  NOT_APPLICABLE: 'Ej könsuppdelad',
};

export const SEX_SV: Readonly<Record<string, string>> = { WOMEN: 'Kvinnor', MEN: 'Män', TOTAL: 'Totalt' };

export const ROUND_STATUS_SV: Readonly<Record<string, string>> = { OPEN: 'Öppen', APPROVED: 'Godkänd' };

export const UNIT_REPORT_STATUS_SV: Readonly<Record<string, string>> = {
  DRAFT: 'Utkast',
  SUBMITTED: 'Inskickad',
  RETURNED: 'Återremitterad',
  APPROVED: 'Godkänd',
};

/** The period in words, e.g. "tertial 1 2025", falling back to the notation. */
export function periodWords(period: string): string {
  try {
    return periodLabel(toPeriod(period), 'sv');
  } catch {
    return period;
  }
}

/** The columns of the report's numbers, in CSV and xlsx alike (Swedish headers, codes beside the words). */
export const REPORT_COLUMNS = [
  'Fokusområde',
  'Mål',
  'Ansvarig enhet',
  'Bedömning',
  'Bedömningskod',
  'Kommentar',
  'Målstatus',
  'Indikator',
  'Kön',
  'Värde',
  'Värdets period',
  'Målvärde',
  'Målvärdets period',
  'Status',
  'Statuskod',
  'Preliminärt',
  'Jämställd måluppfyllelse',
] as const;

export type ReportColumn = (typeof REPORT_COLUMNS)[number];
/** Columns holding numbers (written as numbers in xlsx, as plain numbers in CSV). */
export const NUMBER_COLUMNS: ReadonlySet<ReportColumn> = new Set(['Värde', 'Målvärde']);

export type ReportRow = Record<ReportColumn, string | number | null>;

const SEXES = ['WOMEN', 'MEN', 'TOTAL'] as const;

/**
 * One row per goal, indicator and sex (women, men, total; the total alone for an indicator not divided
 * by sex); a goal without indicators has one row with its assessment only.
 */
export function reportRows(report: RoundReport): ReportRow[] {
  const assessments = assessmentsByGoal(report);
  const rows: ReportRow[] = [];
  for (const area of report.steeringDocument.focusAreas) {
    for (const goal of goalsOf(area)) {
      const assessment = assessments.get(goal.id);
      const base = {
        Fokusområde: area.nameSv,
        Mål: goal.title,
        'Ansvarig enhet': goal.ownerUnit?.name ?? null,
        Bedömning: assessment ? (ASSESSMENT_SV[assessment.assessment] ?? assessment.assessment) : null,
        Bedömningskod: assessment?.assessment ?? null,
        Kommentar: assessment?.comment ?? null,
        Målstatus: STATUS_SV[goal.progress.status] ?? goal.progress.status,
      };
      const empty = {
        Indikator: null,
        Kön: null,
        Värde: null,
        'Värdets period': null,
        Målvärde: null,
        'Målvärdets period': null,
        Status: null,
        Statuskod: null,
        Preliminärt: null,
        'Jämställd måluppfyllelse': null,
      };
      if (!goal.indicators.length) {
        rows.push({ ...base, ...empty });
        continue;
      }
      for (const indicator of goal.indicators) {
        const progress = indicator.progress;
        for (const sex of SEXES) {
          const value: ReportSexValue | null = sex === 'TOTAL' ? progress.total : sex === 'WOMEN' ? progress.women : progress.men;
          if (!value) continue;
          rows.push({
            ...base,
            Indikator: indicator.nameSv,
            Kön: SEX_SV[sex] as string,
            Värde: value.value,
            'Värdets period': value.valuePeriod,
            Målvärde: value.target,
            'Målvärdets period': value.targetPeriod,
            Status: STATUS_SV[value.status] ?? value.status,
            Statuskod: value.status,
            Preliminärt: value.preliminary ? 'Ja' : 'Nej',
            'Jämställd måluppfyllelse': GENDER_EQUAL_SV[progress.genderEqual] ?? progress.genderEqual,
          });
        }
      }
    }
  }
  return rows;
}

/** The columns of the units' texts (sheet "Enheternas redovisning" of the xlsx). */
export const UNIT_COLUMNS = ['Enhet', 'Status', 'Analys', 'Jämställdhetsanalys', 'Aktiviteter med samverkansparter'] as const;

export function unitRows(report: RoundReport): Array<Record<(typeof UNIT_COLUMNS)[number], string | null>> {
  return report.unitReports.map((unit) => ({
    Enhet: unit.organisationUnit.name,
    Status: UNIT_REPORT_STATUS_SV[unit.status] ?? unit.status,
    Analys: unit.analysis,
    Jämställdhetsanalys: unit.genderAnalysis,
    'Aktiviteter med samverkansparter': unit.activitiesWithPartners,
  }));
}

/** A file name without characters that trouble file systems or headers: "Uppföljning Integrationsstrategi 2018 2024". */
export function reportFileName(report: RoundReport, extension: string): string {
  const base = `Uppföljning ${report.steeringDocument.title} ${report.period}${report.revision > 1 ? ` revision ${report.revision}` : ''}`
    .normalize('NFC')
    .replace(/[\\/:*?"<>|]+/g, ' ')
    .replace(/\p{Cc}+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 150);
  return `${base}.${extension}`;
}
