import type { Language } from '../../app/language';
import type { GapTrend, GenderEqualFulfilment, ProgressStatus } from '../../gql/graphql';

/**
 * How a status is shown: a symbol AND a word, never colour alone. Keyed by the generated enums,
 * so a new status is a type error here until it has a symbol and words.
 */
export interface StatusLabel {
  symbol: string;
  word: string;
  /** One sentence for the legend. */
  explanation: string;
}

export const STATUS_ORDER: readonly ProgressStatus[] = ['TARGET_MET', 'ON_TRACK', 'TOO_SLOW', 'MOVING_AWAY', 'NO_DATA'];

const STATUS_SYMBOLS: Record<ProgressStatus, string> = {
  TARGET_MET: '✓',
  ON_TRACK: '↗',
  TOO_SLOW: '→',
  MOVING_AWAY: '↘',
  NO_DATA: '–',
};

const STATUS_WORDS: Record<Language, Record<ProgressStatus, { word: string; explanation: string }>> = {
  sv: {
    TARGET_MET: { word: 'Målet nått', explanation: 'Värdet har nått målvärdet.' },
    ON_TRACK: { word: 'I fas', explanation: 'Utvecklingen går åt rätt håll och minst så fort som tiden till målåret kräver.' },
    TOO_SLOW: { word: 'För långsamt', explanation: 'Utvecklingen går åt rätt håll men för långsamt, eller målåret har passerat utan att målet nåtts.' },
    MOVING_AWAY: { word: 'Rör sig bort från målet', explanation: 'Värdet har gått åt fel håll sedan utgångsvärdet.' },
    NO_DATA: { word: 'Underlag saknas', explanation: 'Det finns inget publicerat värde, inget målvärde eller inget utgångsvärde att jämföra med.' },
  },
  en: {
    TARGET_MET: { word: 'Target met', explanation: 'The value has reached the target.' },
    ON_TRACK: { word: 'On track', explanation: 'Moving the right way, at least as fast as the time to the target year asks for.' },
    TOO_SLOW: { word: 'Too slow', explanation: 'Moving the right way but too slowly, or the target year has passed without the target being met.' },
    MOVING_AWAY: { word: 'Moving away from the target', explanation: 'The value has moved the wrong way since the baseline.' },
    NO_DATA: { word: 'No data', explanation: 'There is no published value, no target or no baseline to compare with.' },
  },
};

export function statusLabel(status: ProgressStatus, language: Language): StatusLabel {
  return { symbol: STATUS_SYMBOLS[status], ...STATUS_WORDS[language][status] };
}

const GENDER_EQUAL_SYMBOLS: Record<GenderEqualFulfilment, string> = { MET: '✓', NOT_MET: '✗', UNKNOWN: '?', NOT_APPLICABLE: '–' };

const GENDER_EQUAL_WORDS: Record<Language, Record<GenderEqualFulfilment, string>> = {
  sv: { MET: 'Uppfylld för både kvinnor och män', NOT_MET: 'Inte uppfylld för både kvinnor och män', UNKNOWN: 'Kan inte bedömas', NOT_APPLICABLE: 'Ej uppdelat på kön' },
  en: { MET: 'Met for both women and men', NOT_MET: 'Not met for both women and men', UNKNOWN: 'Cannot be judged', NOT_APPLICABLE: 'Not divided by sex' },
};

export function genderEqualLabel(value: GenderEqualFulfilment, language: Language): { symbol: string; word: string } {
  return { symbol: GENDER_EQUAL_SYMBOLS[value], word: GENDER_EQUAL_WORDS[language][value] };
}

const GAP_SYMBOLS: Record<GapTrend, string> = { NARROWING: '↘', WIDENING: '↗', UNCHANGED: '→', UNKNOWN: '–' };

const GAP_WORDS: Record<Language, Record<GapTrend, string>> = {
  sv: { NARROWING: 'Skillnaden minskar', WIDENING: 'Skillnaden ökar', UNCHANGED: 'Skillnaden är oförändrad', UNKNOWN: 'För få värden' },
  en: { NARROWING: 'The gap is narrowing', WIDENING: 'The gap is widening', UNCHANGED: 'The gap is unchanged', UNKNOWN: 'Too few values' },
};

export function gapTrendLabel(value: GapTrend, language: Language): { symbol: string; word: string } {
  return { symbol: GAP_SYMBOLS[value], word: GAP_WORDS[language][value] };
}

/**
 * The gap trend of a goal: from its indicators' trends, NARROWING only when none widens and at
 * least one narrows; WIDENING when any widens; UNCHANGED when all known are unchanged.
 */
export function combinedGapTrend(trends: readonly GapTrend[]): GapTrend {
  if (trends.includes('WIDENING')) return 'WIDENING';
  if (trends.includes('NARROWING')) return 'NARROWING';
  if (trends.includes('UNCHANGED')) return 'UNCHANGED';
  return 'UNKNOWN';
}

/** The years of a set of periods (`2024`, `2025-T1`, `2025T1` → 2024, 2025), newest first. */
export function yearsOf(periods: Iterable<string>): string[] {
  const years = new Set<string>();
  for (const period of periods) {
    const match = /^(\d{4})/.exec(period);
    if (match) years.add(match[1]!);
  }
  return [...years].sort((a, b) => b.localeCompare(a));
}
