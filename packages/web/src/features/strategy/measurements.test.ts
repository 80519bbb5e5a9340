import { bySex, demoSources, formatGap, formatMeasurement, formatSigned, isDemoSource, periodText, sexGap, sexesToShow, withoutDemoLabel, type MeasurementLike } from './measurements';
import { strategyStrings, svOrdinal } from './strings';

const sv = strategyStrings.sv;
const en = strategyStrings.en;

describe('sexGap', () => {
  it('is women minus men, from the values as shown', () => {
    expect(sexGap(41.3, 53.8, 1)).toBe(-12.5);
    expect(sexGap(53.8, 41.3, 1)).toBe(12.5);
    // 10.04 shows as 10.0 and 9.96 as 10.0: the table shows no gap, so neither does the sentence.
    expect(sexGap(10.04, 9.96, 1)).toBe(0);
    expect(sexGap(20, 23, 0)).toBe(-3);
  });

  it('has no float noise and no negative zero', () => {
    expect(sexGap(0.3, 0.1, 1)).toBe(0.2);
    expect(Object.is(sexGap(5, 5, 0), -0)).toBe(false);
  });

  it('is null when a value is missing', () => {
    expect(sexGap(null, 10, 1)).toBeNull();
    expect(sexGap(10, undefined, 1)).toBeNull();
    expect(sexGap(Number.NaN, 10, 1)).toBeNull();
  });
});

describe('formatSigned and formatGap', () => {
  it('writes the sign with a real minus and a Swedish decimal comma', () => {
    expect(formatSigned(-12.5, 1, 'sv')).toBe('\u221212,5');
    expect(formatSigned(2, 1, 'sv')).toBe('+2,0');
    expect(formatSigned(0, 0, 'sv')).toBe('0');
    expect(formatSigned(-1234, 0, 'en')).toBe('\u22121,234');
  });

  it('says percentage points for a percentage, a number for a count', () => {
    expect(formatGap(-12.5, 'PERCENT', 1, 'sv', sv)).toBe('\u221212,5 procentenheter');
    expect(formatGap(-12.5, 'PERCENT', 1, 'en', en)).toBe('\u221212.5 percentage points');
    expect(formatGap(-3, 'COUNT', 0, 'sv', sv)).toBe('\u22123');
    expect(formatGap(1500, 'CURRENCY', 0, 'sv', sv)).toBe('+1\u00a0500 kr');
  });

  it('says so when there is no gap or it cannot be computed', () => {
    expect(formatGap(0, 'PERCENT', 1, 'sv', sv)).toBe('ingen skillnad');
    expect(formatGap(null, 'PERCENT', 1, 'sv', sv)).toMatch(/kan inte beräknas/);
  });
});

describe('formatMeasurement', () => {
  const m = (over: Partial<MeasurementLike>): MeasurementLike => ({ sex: 'WOMEN', period: '2025', value: 41.3, status: 'FINAL', ...over });

  it('formats a final value with its unit', () => {
    expect(formatMeasurement(m({}), 'PERCENT', 1, 'sv', sv)).toEqual({ text: '41,3 %', note: null });
    expect(formatMeasurement(m({}), 'PERCENT', 1, 'en', en)).toEqual({ text: '41.3 %', note: null });
  });

  it('marks a preliminary value and explains a missing one in words', () => {
    expect(formatMeasurement(m({ status: 'PRELIMINARY' }), 'PERCENT', 1, 'sv', sv)).toEqual({ text: '41,3 %', note: 'preliminärt' });
    expect(formatMeasurement(m({ status: 'SUPPRESSED', value: null }), 'COUNT', 0, 'sv', sv)).toEqual({ text: '–', note: 'maskerat' });
    expect(formatMeasurement(undefined, 'COUNT', 0, 'sv', sv)).toEqual({ text: '–', note: 'saknas' });
  });
});

describe('bySex and sexesToShow', () => {
  it('keys the values by sex and shows women, men, total in that order', () => {
    const list: MeasurementLike[] = [
      { sex: 'TOTAL', period: '2025', value: 3, status: 'FINAL' },
      { sex: 'MEN', period: '2025', value: 2, status: 'FINAL' },
      { sex: 'WOMEN', period: '2025', value: 1, status: 'FINAL' },
    ];
    const keyed = bySex(list);
    expect(sexesToShow(true).map((s) => keyed[s]?.value)).toEqual([1, 2, 3]);
    expect(sexesToShow(false)).toEqual(['TOTAL']);
  });
});

describe('periodText', () => {
  it('labels periods in the chosen language and keeps unknown notation as it is', () => {
    expect(periodText('2025', 'sv')).toBe('2025');
    expect(periodText('2024H1', 'sv')).toBe('2024 halvår 1');
    expect(periodText('2024Q3', 'en')).toBe('2024 Q3');
    expect(periodText('soon', 'sv')).toBe('soon');
  });
});

describe('demo sources', () => {
  it('recognises a source that says its figures are demo data', () => {
    expect(isDemoSource('Demodata: påhittade värden för visning.')).toBe(true);
    expect(isDemoSource('SCB')).toBe(false);
    expect(isDemoSource(null)).toBe(false);
    expect(
      demoSources([
        { sex: 'WOMEN', period: '2025', status: 'FINAL', source: 'Demodata: x' },
        { sex: 'MEN', period: '2025', status: 'FINAL', source: 'Demodata: x' },
        { sex: 'TOTAL', period: '2025', status: 'FINAL', source: 'SCB' },
      ]),
    ).toEqual(['Demodata: x']);
  });

  it('takes the label off, so that the UI can write it in its own language', () => {
    expect(withoutDemoLabel('Demodata: påhittade värden.')).toBe('påhittade värden.');
    expect(withoutDemoLabel('Demodata')).toBe('Demodata');
  });
});

describe('strings', () => {
  it('writes Swedish ordinals', () => {
    expect([1, 2, 3, 4, 11, 12, 21, 22].map(svOrdinal)).toEqual(['1:a', '2:a', '3:e', '4:e', '11:e', '12:e', '21:a', '22:a']);
  });

  it('says how often a document is revised', () => {
    expect(sv.revisionEvery(48)).toBe('minst vart 4:e år');
    expect(sv.revisionEvery(24)).toBe('minst vart 2:a år');
    expect(sv.revisionEvery(12)).toBe('minst en gång om året');
    expect(sv.revisionEvery(6)).toBe('minst var 6:e månad');
    expect(en.revisionEvery(48)).toBe('at least every 4 years');
  });

  it('has the same keys in Swedish and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(sv).sort());
  });
});
