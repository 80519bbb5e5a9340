import { targetRows, csvFileName, formatCell, formatIndicatorValue, seriesCsv, seriesRows, summarySentence, type SeriesPoint } from './series';
import { publicStrings } from './strings';

const sv = publicStrings.sv;
const en = publicStrings.en;

const points: SeriesPoint[] = [
  { period: '2021', sex: 'WOMEN', value: 30, status: 'FINAL' },
  { period: '2021', sex: 'MEN', value: 45, status: 'FINAL' },
  { period: '2020', sex: 'WOMEN', value: 27.84, status: 'FINAL' },
  { period: '2020', sex: 'MEN', value: 44.1, status: 'FINAL' },
  { period: '2020', sex: 'TOTAL', value: 36, status: 'FINAL' },
  { period: '2022', sex: 'WOMEN', value: 35.5, status: 'PRELIMINARY' },
  { period: '2022', sex: 'MEN', value: null, status: 'SUPPRESSED' },
];

describe('seriesRows', () => {
  it('orders periods in time and keys values by sex', () => {
    const rows = seriesRows(points);
    expect(rows.map((r) => r.period)).toEqual(['2020', '2021', '2022']);
    expect(rows[0]!.cells.TOTAL?.value).toBe(36);
    expect(
      seriesRows([
        { period: '2024H2', sex: 'TOTAL', value: 1, status: 'FINAL' },
        { period: '2024H1', sex: 'TOTAL', value: 1, status: 'FINAL' },
      ]).map((r) => r.period),
    ).toEqual(['2024H1', '2024H2']);
  });
});

describe('formatting', () => {
  it('writes percentages per language', () => {
    expect(formatIndicatorValue(12.5, 'PERCENT', 1, 'sv')).toBe('12,5\u00a0%');
    expect(formatIndicatorValue(12.5, 'PERCENT', 1, 'en')).toBe('12.5%');
    expect(formatIndicatorValue(1234, 'COUNT', 0, 'sv')).toBe('1\u00a0234');
  });

  it('shows a suppressed or missing value as "–" with the reason, never as 0', () => {
    expect(formatCell({ period: '2022', sex: 'MEN', value: 0, status: 'SUPPRESSED' }, 'COUNT', 0, 'sv', sv)).toEqual({ text: '–', note: 'maskerat', kind: 'suppressed' });
    expect(formatCell(undefined, 'COUNT', 0, 'en', en)).toEqual({ text: '–', note: 'missing', kind: 'missing' });
    expect(formatCell({ period: '2022', sex: 'WOMEN', value: 35.5, status: 'PRELIMINARY' }, 'PERCENT', 1, 'sv', sv)).toEqual({ text: '35,5\u00a0%', note: 'preliminärt', kind: 'preliminary' });
  });
});

describe('summarySentence', () => {
  it('names the latest values and how the gap moved since the first period with both', () => {
    const rows = seriesRows(points.filter((p) => p.period !== '2022'));
    expect(summarySentence(rows, ['WOMEN', 'MEN'], 'PERCENT', 1, 'sv', sv)).toBe('2021: kvinnor 30,0\u00a0%, män 45,0\u00a0%; skillnaden har minskat sedan 2020.');
    expect(summarySentence(rows, ['WOMEN', 'MEN'], 'PERCENT', 1, 'en', en)).toBe('2021: women 30.0%, men 45.0%; the gap has narrowed since 2020.');
  });

  it('skips the gap when a sex is suppressed, and says when there is nothing', () => {
    expect(summarySentence(seriesRows(points), ['WOMEN', 'MEN'], 'PERCENT', 1, 'sv', sv)).toBe('2022: kvinnor 35,5\u00a0%.');
    expect(summarySentence([], ['TOTAL'], 'PERCENT', 1, 'sv', sv)).toBe(sv.noValues);
  });
});

describe('seriesCsv', () => {
  it('has the name and unit on every line, the rows as shown, and no 0 for a suppressed value', () => {
    const csv = seriesCsv(seriesRows(points), ['WOMEN', 'MEN'], { name: 'Andel i arbete; 90 dagar', unit: 'PERCENT', decimals: 1 }, 'sv', sv);
    expect(csv.split('\r\n')).toEqual([
      'Indikator;Enhet;Period;Kön;Värde;Status',
      '"Andel i arbete; 90 dagar";procent;2020;Kvinnor;27,8;',
      '"Andel i arbete; 90 dagar";procent;2020;Män;44,1;',
      '"Andel i arbete; 90 dagar";procent;2021;Kvinnor;30,0;',
      '"Andel i arbete; 90 dagar";procent;2021;Män;45,0;',
      '"Andel i arbete; 90 dagar";procent;2022;Kvinnor;35,5;preliminärt',
      '"Andel i arbete; 90 dagar";procent;2022;Män;;maskerat',
      '',
    ]);
    const english = seriesCsv(seriesRows(points), ['TOTAL'], { name: 'Share', unit: 'PERCENT', decimals: 1 }, 'en', en);
    expect(english.split('\r\n').slice(0, 3)).toEqual(['Indicator,Unit,Period,Sex,Value,Status', 'Share,per cent,2020,Total,36.0,', 'Share,per cent,2021,Total,,missing']);
  });

  it('names the file after the indicator', () => {
    expect(csvFileName('Andel nyanlända i arbete eller studier')).toBe('andel-nyanlanda-i-arbete-eller-studier.csv');
    expect(csvFileName('???')).toBe('indikator.csv');
  });
});

describe('targets', () => {
  it('go into the table as rows per period and into the CSV with their status, for the sexes shown', () => {
    const targets = [
      { period: '2027', sex: 'WOMEN' as const, value: 50 },
      { period: '2026', sex: 'TOTAL' as const, value: 48 },
      { period: '2027', sex: 'MEN' as const, value: 58 },
    ];
    expect(targetRows(targets)).toEqual([
      { period: '2026', values: { TOTAL: 48 } },
      { period: '2027', values: { WOMEN: 50, MEN: 58 } },
    ]);
    const csv = seriesCsv([], ['WOMEN', 'MEN'], { name: 'Andel', unit: 'PERCENT', decimals: 1 }, 'sv', sv, targets);
    expect(csv.split('\r\n')).toEqual(['Indikator;Enhet;Period;Kön;Värde;Status', 'Andel;procent;2027;Kvinnor;50,0;Målvärde', 'Andel;procent;2027;Män;58,0;Målvärde', '']);
  });
});
