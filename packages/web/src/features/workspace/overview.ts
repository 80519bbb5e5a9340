import type { Language } from '../../app/language';

/** The statuses that put a target at risk (docs/FOLLOW-UP.md). */
export const AT_RISK = ['TOO_SLOW', 'MOVING_AWAY'] as const;
type Status = 'TARGET_MET' | 'ON_TRACK' | 'TOO_SLOW' | 'MOVING_AWAY' | 'NO_DATA';
const atRiskStatus = (status: Status | undefined | null) => status === 'TOO_SLOW' || status === 'MOVING_AWAY';

export interface ProgressOfIndicator {
  id: string;
  progress: {
    status: Status;
    total: { status: Status; value?: number | null; valuePeriod?: string | null; target?: number | null; targetPeriod?: string | null };
    women?: { status: Status } | null;
    men?: { status: Status } | null;
  };
}

/**
 * Indicators whose target is at risk for the period: the headline status, or the status of women
 * or of men, is TOO_SLOW or MOVING_AWAY. Moving away first, then too slow; the sexes at risk named.
 */
export function targetsAtRisk<I extends ProgressOfIndicator>(indicators: readonly I[]): Array<{ indicator: I; worst: 'TOO_SLOW' | 'MOVING_AWAY'; sexes: Array<'WOMEN' | 'MEN'> }> {
  const found = [];
  for (const indicator of indicators) {
    const { progress } = indicator;
    const statuses = [progress.status, progress.total.status, progress.women?.status, progress.men?.status];
    if (!statuses.some(atRiskStatus)) continue;
    const worst = statuses.includes('MOVING_AWAY') ? ('MOVING_AWAY' as const) : ('TOO_SLOW' as const);
    const sexes = (['WOMEN', 'MEN'] as const).filter((sex) => atRiskStatus((sex === 'WOMEN' ? progress.women : progress.men)?.status));
    found.push({ indicator, worst, sexes: [...sexes] });
  }
  return found.sort((a, b) => (a.worst === b.worst ? 0 : a.worst === 'MOVING_AWAY' ? -1 : 1));
}

export interface OpenActivity {
  id: string;
  status: string;
  endDate?: string | null;
}

/** `yyyy-mm-dd` plus `days` days. */
export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/**
 * Activities due: not finished (planned or ongoing) with an end date within `days` days from today
 * or already past; the most overdue first.
 */
export function activitiesDue<A extends OpenActivity>(activities: readonly A[], today: string, days = 30): A[] {
  const horizon = addDays(today, days);
  return activities
    .filter((activity) => (activity.status === 'PLANNED' || activity.status === 'ONGOING') && activity.endDate && activity.endDate <= horizon)
    .sort((a, b) => a.endDate!.localeCompare(b.endDate!));
}

/** The texts of the overview's sections added in issue 12 (the rest are in strings.ts). */
export const overviewStrings: Record<
  Language,
  {
    riskTitle: (period: string) => string;
    riskNone: (period: string) => string;
    riskIntro: string;
    riskSexes: (sexes: string) => string;
    riskValue: (value: string, period: string, target: string, targetPeriod: string) => string;
    dueTitle: string;
    dueNone: string;
    dueIntro: string;
    women: string;
    men: string;
  }
> = {
  sv: {
    riskTitle: (period) => `Mål i fara ${period}`,
    riskNone: (period) => `Inga av dina indikatorer går för långsamt eller åt fel håll ${period}.`,
    riskIntro: 'Indikatorer vars senaste värde går för långsamt mot målvärdet eller rör sig bort från det.',
    riskSexes: (sexes) => `gäller ${sexes}`,
    riskValue: (value, period, target, targetPeriod) => `${value} (${period}), målvärde ${target} (${targetPeriod})`,
    dueTitle: 'Aktiviteter som ska vara klara inom 30 dagar eller är försenade',
    dueNone: 'Inga pågående eller planerade aktiviteter slutar inom 30 dagar.',
    dueIntro: 'Planerade och pågående aktiviteter vars slutdatum har passerat eller infaller inom 30 dagar.',
    women: 'kvinnor',
    men: 'män',
  },
  en: {
    riskTitle: (period) => `Targets at risk ${period}`,
    riskNone: (period) => `None of your indicators is too slow or moving away from its target in ${period}.`,
    riskIntro: 'Indicators whose latest value moves too slowly towards the target, or away from it.',
    riskSexes: (sexes) => `for ${sexes}`,
    riskValue: (value, period, target, targetPeriod) => `${value} (${period}), target ${target} (${targetPeriod})`,
    dueTitle: 'Activities due within 30 days or overdue',
    dueNone: 'No ongoing or planned activity ends within 30 days.',
    dueIntro: 'Planned and ongoing activities whose end date has passed or falls within 30 days.',
    women: 'women',
    men: 'men',
  },
};
