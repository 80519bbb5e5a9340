import { decimalsOf, formatNumber, formatValue } from '../format';
import { isPeriodType, isSex, SEXES } from '../codes';

describe('Swedish number formatting', () => {
  it('uses a decimal comma and a space between thousands', () => {
    expect(formatNumber(12345.678, 1).replace(/\s/g, ' ')).toBe('12 345,7');
    expect(formatNumber(0.5, 2)).toBe('0,50');
  });

  it('formats values with their unit and shows a dash for a missing value', () => {
    expect(formatValue(41.25, 'PERCENT', 1)).toBe('41,3 %');
    expect(formatValue(null, 'COUNT')).toBe('–');
    expect(formatValue(3, 'COUNT', 0, 'en')).toBe('3');
  });

  it('counts decimals', () => {
    expect(decimalsOf(12)).toBe(0);
    expect(decimalsOf(12.5)).toBe(1);
    expect(decimalsOf(0.125)).toBe(3);
    expect(decimalsOf(1e-7)).toBe(7);
    expect(decimalsOf(Number.NaN)).toBe(Infinity);
  });
});

describe('codes', () => {
  it('recognises sexes and period types', () => {
    expect(SEXES).toEqual(['TOTAL', 'WOMEN', 'MEN']);
    expect(isSex('WOMEN')).toBe(true);
    expect(isSex('women')).toBe(false);
    expect(isPeriodType('TERTIAL')).toBe(true);
    expect(isPeriodType('WEEK')).toBe(false);
  });
});
