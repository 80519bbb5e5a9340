import { PERIOD_TYPES, SEXES } from '@inkludera/shared';
import { PeriodType, Sex } from '../enums';

describe('GraphQL enums and the shared codes', () => {
  it('have the same values in the same order', () => {
    expect(Object.values(Sex)).toEqual([...SEXES]);
    expect(Object.values(PeriodType)).toEqual([...PERIOD_TYPES]);
  });
});
