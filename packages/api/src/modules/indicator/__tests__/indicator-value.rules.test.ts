import { PeriodType, Sex } from '../../../graphql/enums';
import { IndicatorUnit } from '../indicator.entity';
import { checkNumber, checkPeriod, checkSex, checkValue, type IndicatorValueShape } from '../indicator-value.rules';

const percentYearly: IndicatorValueShape = { unit: IndicatorUnit.PERCENT, decimals: 1, periodicity: PeriodType.YEAR, dividedBySex: true };
const countQuarterlyNoSex: IndicatorValueShape = { unit: IndicatorUnit.COUNT, decimals: 0, periodicity: PeriodType.QUARTER, dividedBySex: false };

const codes = (errors: { code: string }[]) => errors.map((e) => e.code);

describe('checkValue', () => {
  it('accepts a valid value for each periodicity', () => {
    const cases: [PeriodType, string][] = [
      [PeriodType.YEAR, '2024'],
      [PeriodType.HALF_YEAR, '2024H2'],
      [PeriodType.TERTIAL, '2024T3'],
      [PeriodType.QUARTER, '2024Q4'],
      [PeriodType.MONTH, '2024-12'],
    ];
    for (const [periodicity, period] of cases) {
      expect(checkValue({ ...percentYearly, periodicity }, { period, sex: Sex.WOMEN, value: 45.5 })).toEqual([]);
    }
  });

  it('accepts a null or missing value and a missing sex', () => {
    expect(checkValue(percentYearly, { period: '2024', value: null })).toEqual([]);
    expect(checkValue(percentYearly, { period: '2024' })).toEqual([]);
  });

  it('refuses bad period notation with INVALID_PERIOD', () => {
    for (const period of ['24', '2024Q5', '2024-13', '2024X1', '', '1800']) {
      const errors = checkValue(percentYearly, { period, value: 1 });
      expect(codes(errors)).toEqual(['INVALID_PERIOD']);
      expect(errors[0]?.field).toBe('period');
    }
  });

  it('refuses a period of another type with PERIOD_MISMATCH and names the expected notation', () => {
    const errors = checkValue(percentYearly, { period: '2024Q1', value: 1 });
    expect(codes(errors)).toEqual(['PERIOD_MISMATCH']);
    expect(errors[0]?.message).toContain('2024');
    expect(codes(checkValue(countQuarterlyNoSex, { period: '2024', value: 1 }))).toEqual(['PERIOD_MISMATCH']);
  });

  it('refuses WOMEN and MEN for an indicator not divided by sex, accepts TOTAL', () => {
    expect(codes(checkValue(countQuarterlyNoSex, { period: '2024Q1', sex: Sex.WOMEN, value: 1 }))).toEqual(['NOT_DIVIDED_BY_SEX']);
    expect(codes(checkValue(countQuarterlyNoSex, { period: '2024Q1', sex: 'MEN', value: 1 }))).toEqual(['NOT_DIVIDED_BY_SEX']);
    expect(checkValue(countQuarterlyNoSex, { period: '2024Q1', sex: Sex.TOTAL, value: 1 })).toEqual([]);
  });

  it('refuses a percent outside 0–100 with OUT_OF_RANGE, accepts the bounds', () => {
    expect(codes(checkValue(percentYearly, { period: '2024', value: 100.1 }))).toEqual(['OUT_OF_RANGE']);
    expect(codes(checkValue(percentYearly, { period: '2024', value: -0.1 }))).toEqual(['OUT_OF_RANGE']);
    expect(checkValue(percentYearly, { period: '2024', value: 0 })).toEqual([]);
    expect(checkValue(percentYearly, { period: '2024', value: 100 })).toEqual([]);
    // Other units have no range.
    expect(checkValue(countQuarterlyNoSex, { period: '2024Q1', value: 1000 })).toEqual([]);
  });

  it('refuses more decimals than the indicator allows with TOO_MANY_DECIMALS', () => {
    expect(codes(checkValue(percentYearly, { period: '2024', value: 12.34 }))).toEqual(['TOO_MANY_DECIMALS']);
    expect(codes(checkValue(countQuarterlyNoSex, { period: '2024Q1', value: 1.5 }))).toEqual(['TOO_MANY_DECIMALS']);
    expect(codes(checkValue({ ...percentYearly, decimals: 6 }, { period: '2024', value: 1e-7 }))).toEqual(['TOO_MANY_DECIMALS']);
    expect(checkValue({ ...percentYearly, decimals: 6 }, { period: '2024', value: 0.000001 })).toEqual([]);
  });

  it('refuses NaN and ±Infinity with INVALID_VALUE only', () => {
    for (const value of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      const errors = checkValue(percentYearly, { period: '2024', value });
      expect(codes(errors)).toEqual(['INVALID_VALUE']);
      expect(errors[0]?.field).toBe('value');
    }
  });

  it('reports every error at once, with the prefix in the field names', () => {
    const errors = checkValue(countQuarterlyNoSex, { period: '2024', sex: Sex.MEN, value: 2.5 }, 'rows.7');
    expect(errors.map((e) => [e.code, e.field])).toEqual([
      ['PERIOD_MISMATCH', 'rows.7.period'],
      ['NOT_DIVIDED_BY_SEX', 'rows.7.sex'],
      ['TOO_MANY_DECIMALS', 'rows.7.value'],
    ]);
  });

  it('exposes the single checks with the given field name', () => {
    expect(checkPeriod(PeriodType.MONTH, '2024-05', 'baselinePeriod')).toEqual([]);
    expect(checkPeriod(PeriodType.MONTH, '2024', 'baselinePeriod')[0]?.field).toBe('baselinePeriod');
    expect(checkSex(false, Sex.WOMEN, 'sex')[0]?.code).toBe('NOT_DIVIDED_BY_SEX');
    expect(checkNumber({ unit: IndicatorUnit.PERCENT, decimals: 0 }, 101, 'baselineValue')[0]?.field).toBe('baselineValue');
  });
});
