import { EMPTY_INDICATOR, indicatorErrors, inputOf } from './indicatorForm';

const t = { nameRequired: 'Skriv namnet', numberRequired: 'Ange ett tal' };

describe('the indicator form', () => {
  it('refuses an empty name and words for numbers before the API', () => {
    expect(inputOf({ ...EMPTY_INDICATOR, decimals: 'två', baselineValue: 'x' }, t)).toEqual({
      errors: { nameSv: 'Skriv namnet', decimals: 'Ange ett tal', baselineValue: 'Ange ett tal' },
    });
  });

  it('sends every field, empty text as null, a decimal comma as a number', () => {
    const result = inputOf({ ...EMPTY_INDICATOR, nameSv: ' Andel i arbete ', baselineValue: '41,5', baselinePeriod: '2020', responsibleFollowUpUnitId: 'u1' }, t);
    expect(result).toEqual({
      input: expect.objectContaining({
        nameSv: 'Andel i arbete',
        nameEn: null,
        baselineValue: 41.5,
        baselinePeriod: '2020',
        decimals: 1,
        responsibleImplementationUnitId: null,
        responsibleFollowUpUnitId: 'u1',
        published: false,
        sensitive: false,
      }),
    });
  });

  it("puts the API's errors at the fields they name", () => {
    expect(
      indicatorErrors([
        { field: 'responsibleImplementationUnitId', code: 'RESPONSIBILITY_REQUIRED', message: 'needs a unit' },
        { field: 'version', code: 'CONFLICT', message: 'stale' },
        { field: null, code: 'FORBIDDEN', message: 'no' },
      ]),
    ).toEqual({ responsibleImplementationUnitId: 'needs a unit', form: 'stale' });
  });
});
