import { comparePeriods, formatPeriod, normalisePeriod, parsePeriod, periodEnd, periodLabel, periodStart, toPeriod } from '../period';

describe('parsePeriod', () => {
  it.each([
    ['2024', 'YEAR', 1],
    ['2024-S1', 'HALF_YEAR', 1],
    ['2024-S2', 'HALF_YEAR', 2],
    ['2024-T3', 'TERTIAL', 3],
    ['2024-Q4', 'QUARTER', 4],
    ['2024-M05', 'MONTH', 5],
    ['2024-M12', 'MONTH', 12],
  ])('reads SDMX %s as %s part %i', (text, type, index) => {
    const result = parsePeriod(text);
    expect(result).toEqual({ ok: true, period: { type, year: 2024, index }, deprecated: false });
  });

  it.each([
    ['2024H1', 'HALF_YEAR', 1],
    ['2024H2', 'HALF_YEAR', 2],
    ['2024T3', 'TERTIAL', 3],
    ['2024Q4', 'QUARTER', 4],
    ['2024-05', 'MONTH', 5],
    ['2024-12', 'MONTH', 12],
  ])('still reads the deprecated %s as %s part %i, and says it is deprecated', (text, type, index) => {
    const result = parsePeriod(text);
    expect(result).toEqual({ ok: true, period: { type, year: 2024, index }, deprecated: true });
  });

  it.each([
    '',
    '24',
    '2024H3',
    '2024T4',
    '2024Q0',
    '2024Q5',
    '2024-13',
    '2024-00',
    '2024-5',
    'abcd',
    '2024 Q1',
    '1899',
    '2201',
    '2024-S3',
    '2024-T4',
    '2024-Q5',
    '2024-M13',
    '2024-M7',
    '2024-M00',
    '2024-H1',
    '2024S1',
    '2024-W01',
  ])('refuses %j with a message', (text) => {
    const result = parsePeriod(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message.length).toBeGreaterThan(10);
  });

  it('round-trips SDMX, and writes the deprecated notation as SDMX', () => {
    for (const text of ['2019', '2019-S2', '2019-T1', '2019-Q2', '2019-M09']) {
      expect(formatPeriod(toPeriod(text))).toBe(text);
    }
    expect(['2019H2', '2019T1', '2019Q2', '2019-09', '2019', 'nonsense'].map(normalisePeriod)).toEqual(['2019-S2', '2019-T1', '2019-Q2', '2019-M09', '2019', 'nonsense']);
  });

  it('throws a RangeError from toPeriod on bad input', () => {
    expect(() => toPeriod('2024X1')).toThrow(RangeError);
  });
});

describe('period bounds and order', () => {
  it('knows the first and last day', () => {
    expect(periodStart(toPeriod('2024'))).toBe('2024-01-01');
    expect(periodEnd(toPeriod('2024'))).toBe('2024-12-31');
    expect(periodStart(toPeriod('2024T2'))).toBe('2024-05-01');
    expect(periodEnd(toPeriod('2024T2'))).toBe('2024-08-31');
    expect(periodEnd(toPeriod('2024-02'))).toBe('2024-02-29');
    expect(periodEnd(toPeriod('2023-02'))).toBe('2023-02-28');
    expect(periodEnd(toPeriod('2024H1'))).toBe('2024-06-30');
  });

  it('sorts by start, longer first', () => {
    const sorted = ['2024Q2', '2023', '2024', '2024Q1', '2024-01'].map(toPeriod).sort(comparePeriods).map(formatPeriod);
    expect(sorted).toEqual(['2023', '2024', '2024-Q1', '2024-M01', '2024-Q2']);
  });

  it('labels periods in Swedish and English', () => {
    expect(periodLabel(toPeriod('2024H1'))).toBe('2024 halvår 1');
    expect(periodLabel(toPeriod('2024-05'), 'sv')).toBe('maj 2024');
    expect(periodLabel(toPeriod('2024Q3'), 'en')).toBe('2024 Q3');
  });
});
