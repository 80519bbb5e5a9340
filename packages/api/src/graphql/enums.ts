import { registerEnumType } from 'type-graphql';
import { PERIOD_TYPES, SEXES } from '@inkludera/shared';

/**
 * GraphQL enums built from the codes in @inkludera/shared, so that the API and the web app cannot
 * disagree. TypeScript enums are what type-graphql registers; the tests check they match.
 */
export enum Sex {
  TOTAL = 'TOTAL',
  WOMEN = 'WOMEN',
  MEN = 'MEN',
}
registerEnumType(Sex, {
  name: 'Sex',
  description: 'Which part of the population a value describes.',
  valuesConfig: { TOTAL: { description: 'Everyone.' }, WOMEN: { description: 'Women (kvinnor).' }, MEN: { description: 'Men (män).' } },
});

export enum PeriodType {
  YEAR = 'YEAR',
  HALF_YEAR = 'HALF_YEAR',
  TERTIAL = 'TERTIAL',
  QUARTER = 'QUARTER',
  MONTH = 'MONTH',
}
registerEnumType(PeriodType, {
  name: 'PeriodType',
  description:
    'Periodicity. Notation (SDMX): YEAR 2024, HALF_YEAR 2024-S1, TERTIAL 2024-T2, QUARTER 2024-Q3, MONTH 2024-M05. The older 2024H1, 2024T2, 2024Q3, 2024-05 is still read and deprecated.',
});

export const SHARED_CODES = { sexes: SEXES, periodTypes: PERIOD_TYPES };
