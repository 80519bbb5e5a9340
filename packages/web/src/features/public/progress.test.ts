import type { GapTrend, GenderEqualFulfilment, ProgressStatus } from '../../gql/graphql';
import { combinedGapTrend, gapTrendLabel, genderEqualLabel, STATUS_ORDER, statusLabel, yearsOf } from './progress';

const STATUSES: ProgressStatus[] = ['TARGET_MET', 'ON_TRACK', 'TOO_SLOW', 'MOVING_AWAY', 'NO_DATA'];

describe('status labels: a symbol and a word, never colour alone', () => {
  it('gives every status a distinct symbol and a distinct word in both languages', () => {
    for (const language of ['sv', 'en'] as const) {
      const labels = STATUSES.map((status) => statusLabel(status, language));
      expect(new Set(labels.map((l) => l.symbol)).size).toBe(STATUSES.length);
      expect(new Set(labels.map((l) => l.word)).size).toBe(STATUSES.length);
      for (const label of labels) {
        expect(label.symbol.trim()).not.toBe('');
        expect(label.explanation.length).toBeGreaterThan(10);
      }
    }
    expect(STATUS_ORDER).toEqual(STATUSES);
  });

  it('says the statuses in Swedish and English', () => {
    expect(statusLabel('TARGET_MET', 'sv')).toMatchObject({ symbol: '✓', word: 'Målet nått' });
    expect(statusLabel('ON_TRACK', 'sv').word).toBe('I fas');
    expect(statusLabel('TOO_SLOW', 'sv').word).toBe('För långsamt');
    expect(statusLabel('MOVING_AWAY', 'en')).toMatchObject({ symbol: '↘', word: 'Moving away from the target' });
    expect(statusLabel('NO_DATA', 'en').word).toBe('No data');
    expect(statusLabel('ON_TRACK', 'sv').symbol).toBe(statusLabel('ON_TRACK', 'en').symbol);
  });

  it('words gender-equal fulfilment and the gap trend, each value distinct', () => {
    const fulfilment: GenderEqualFulfilment[] = ['MET', 'NOT_MET', 'UNKNOWN', 'NOT_APPLICABLE'];
    const trends: GapTrend[] = ['NARROWING', 'WIDENING', 'UNCHANGED', 'UNKNOWN'];
    for (const language of ['sv', 'en'] as const) {
      expect(new Set(fulfilment.map((f) => genderEqualLabel(f, language).word)).size).toBe(4);
      expect(new Set(fulfilment.map((f) => genderEqualLabel(f, language).symbol)).size).toBe(4);
      expect(new Set(trends.map((g) => gapTrendLabel(g, language).word)).size).toBe(4);
    }
    expect(genderEqualLabel('MET', 'sv').word).toBe('Uppfylld för både kvinnor och män');
    expect(gapTrendLabel('NARROWING', 'en').word).toBe('The gap is narrowing');
  });

  it('combines the gap trends of a goal’s indicators, widening first', () => {
    expect(combinedGapTrend([])).toBe('UNKNOWN');
    expect(combinedGapTrend(['UNKNOWN', 'NARROWING'])).toBe('NARROWING');
    expect(combinedGapTrend(['NARROWING', 'WIDENING'])).toBe('WIDENING');
    expect(combinedGapTrend(['UNCHANGED', 'UNKNOWN'])).toBe('UNCHANGED');
  });

  it('finds the years of periods in any notation, newest first', () => {
    expect(yearsOf(['2023', '2025-T1', '2024T2', '2025', 'x'])).toEqual(['2025', '2024', '2023']);
  });
});
