import {
  GapTrendCode,
  GenderEqualCode,
  ProgressReasonCode,
  ProgressStatusCode as S,
  assessedStatus,
  genderEqualFulfilment,
  genderGap,
  governingTarget,
  indicatorProgress,
  rollUp,
  sexProgress,
  type IndicatorFacts,
  type SeriesPoint,
  type SexCode,
  type TargetPoint,
  type ValueStatus,
} from '../progress.rules';

const facts = (over: Partial<IndicatorFacts> = {}): IndicatorFacts => ({ direction: 'INCREASE', decimals: 0, dividedBySex: true, baselineValue: null, baselinePeriod: null, ...over });
const point = (period: string, value: number | null, sex: SexCode = 'TOTAL', status: ValueStatus = 'FINAL'): SeriesPoint => ({ period, sex, value, status });
const target = (period: string, value: number, sex: SexCode = 'TOTAL'): TargetPoint => ({ period, sex, value });

/** Baseline 2020 = 40, target 2030 = 60: by the end of 2025 half the way (≈ 50) is expected. */
const series = (v2025: number | null, status: ValueStatus = 'FINAL', sex: SexCode = 'TOTAL') => [point('2020', 40, sex), point('2025', v2025, sex, status)];

describe('sexProgress: the status of one sex against its target', () => {
  it.each([
    ['met', 61, S.TARGET_MET],
    ['met exactly', 60, S.TARGET_MET],
    ['ahead of the straight line', 52, S.ON_TRACK],
    ['behind the straight line but moving the right way', 45, S.TOO_SLOW],
    ['standing still', 40, S.TOO_SLOW],
    ['moving away', 35, S.MOVING_AWAY],
  ])('INCREASE, %s', (_name, value, status) => {
    const result = sexProgress(facts(), series(value), [target('2030', 60)], '2025', 'TOTAL');
    expect(result.status).toBe(status);
    expect(result.baseline).toBe(40);
    expect(result.baselinePeriod).toBe('2020');
    expect(result.target).toBe(60);
  });

  it('computes the expected share linearly in time between the ends of the baseline and target periods', () => {
    const result = sexProgress(facts(), series(50), [target('2030', 60)], '2025', 'TOTAL');
    expect(result.expectedShare).toBeCloseTo(0.5, 2);
    expect(result.actualShare).toBeCloseTo(0.5, 6);
  });

  it('decrease is better: a fall towards the target is progress, a rise is moving away', () => {
    const down = (v: number) => sexProgress(facts({ direction: 'DECREASE' }), [point('2020', 20), point('2025', v)], [target('2030', 10)], '2025', 'TOTAL').status;
    expect(down(9)).toBe(S.TARGET_MET);
    expect(down(14)).toBe(S.ON_TRACK);
    expect(down(18)).toBe(S.TOO_SLOW);
    expect(down(22)).toBe(S.MOVING_AWAY);
  });

  it('no baseline: a met target is met, an unmet one cannot be judged (NO_DATA, NO_BASELINE)', () => {
    expect(sexProgress(facts(), [point('2025', 70)], [target('2030', 60)], '2025', 'TOTAL').status).toBe(S.TARGET_MET);
    const unmet = sexProgress(facts(), [point('2025', 50)], [target('2030', 60)], '2025', 'TOTAL');
    expect(unmet).toMatchObject({ status: S.NO_DATA, reason: ProgressReasonCode.NO_BASELINE, value: 50, baseline: null });
  });

  it("uses the indicator's baseline period, and its stored baseline value for a TOTAL series that lacks it", () => {
    const withPeriod = sexProgress(facts({ baselinePeriod: '2022' }), [point('2020', 10), point('2022', 40), point('2025', 45)], [target('2030', 60)], '2025', 'TOTAL');
    expect(withPeriod).toMatchObject({ baseline: 40, baselinePeriod: '2022' });
    const stored = sexProgress(facts({ baselinePeriod: '2019', baselineValue: 30 }), [point('2025', 47)], [target('2030', 60)], '2025', 'TOTAL');
    // 6 of 11 years gone (0.545), 17 of 30 covered (0.567).
    expect(stored).toMatchObject({ baseline: 30, baselinePeriod: '2019', status: S.ON_TRACK });
    // The stored value is the total's: a sex without a value in the baseline period falls back to its first value.
    const women = sexProgress(facts({ baselinePeriod: '2019', baselineValue: 30 }), [point('2021', 44, 'WOMEN'), point('2025', 45, 'WOMEN')], [target('2030', 60)], '2025', 'WOMEN');
    expect(women).toMatchObject({ baseline: 44, baselinePeriod: '2021', status: S.TOO_SLOW });
  });

  it('target equals baseline: no division by zero; below it now is moving away', () => {
    const below = sexProgress(facts(), [point('2020', 60), point('2025', 55)], [target('2030', 60)], '2025', 'TOTAL');
    expect(below).toMatchObject({ status: S.MOVING_AWAY, reason: ProgressReasonCode.BASELINE_MET_TARGET });
    expect(sexProgress(facts(), [point('2020', 60), point('2025', 60)], [target('2030', 60)], '2025', 'TOTAL').status).toBe(S.TARGET_MET);
  });

  it('KEEP: met within the tolerance (5 % of the target), otherwise too slow when closer than the baseline, else moving away', () => {
    const keep = (baseline: number, value: number) => sexProgress(facts({ direction: 'KEEP' }), [point('2020', baseline), point('2025', value)], [target('2030', 80)], '2025', 'TOTAL').status;
    expect(keep(80, 83)).toBe(S.TARGET_MET);
    expect(keep(80, 76)).toBe(S.TARGET_MET);
    expect(keep(80, 75)).toBe(S.MOVING_AWAY);
    expect(keep(70, 75)).toBe(S.TOO_SLOW);
    expect(keep(70, 60)).toBe(S.MOVING_AWAY);
    expect(sexProgress(facts({ direction: 'KEEP' }), [point('2025', 60)], [target('2030', 80)], '2025', 'TOTAL').reason).toBe(ProgressReasonCode.NO_BASELINE);
  });

  it('a suppressed or missing value counts as no value: the latest usable one before it is judged, else NO_DATA', () => {
    const suppressed = sexProgress(facts(), [point('2020', 40), point('2024', 48), point('2025', null, 'TOTAL', 'SUPPRESSED')], [target('2030', 60)], '2025', 'TOTAL');
    expect(suppressed).toMatchObject({ value: 48, valuePeriod: '2024' });
    const onlySuppressed = sexProgress(facts(), [point('2025', 3, 'TOTAL', 'SUPPRESSED')], [target('2030', 60)], '2025', 'TOTAL');
    expect(onlySuppressed).toMatchObject({ status: S.NO_DATA, reason: ProgressReasonCode.NO_VALUE, value: null });
    expect(sexProgress(facts(), [point('2025', null, 'TOTAL', 'MISSING')], [target('2030', 60)], '2025', 'TOTAL').reason).toBe(ProgressReasonCode.NO_VALUE);
  });

  it('a preliminary value is judged and flagged as preliminary', () => {
    const result = sexProgress(facts(), series(52, 'PRELIMINARY'), [target('2030', 60)], '2025', 'TOTAL');
    expect(result).toMatchObject({ status: S.ON_TRACK, preliminary: true, value: 52 });
    expect(sexProgress(facts(), series(52), [target('2030', 60)], '2025', 'TOTAL').preliminary).toBe(false);
  });

  it('no target: NO_DATA with NO_TARGET', () => {
    expect(sexProgress(facts(), series(52), [], '2025', 'TOTAL')).toMatchObject({ status: S.NO_DATA, reason: ProgressReasonCode.NO_TARGET, value: 52 });
  });

  it('a value after the period asked is not used; an interim period judges the latest value that ended by then', () => {
    const result = sexProgress(facts(), [point('2020', 40), point('2024', 47), point('2025', 70)], [target('2030', 60)], '2025T1', 'TOTAL');
    expect(result).toMatchObject({ value: 47, valuePeriod: '2024' });
  });

  it('a passed target not met is too slow (or moving away), with DEADLINE_PASSED', () => {
    const result = sexProgress(facts(), [point('2020', 40), point('2025', 55)], [target('2024', 60)], '2025', 'TOTAL');
    expect(result).toMatchObject({ status: S.TOO_SLOW, reason: ProgressReasonCode.DEADLINE_PASSED, expectedShare: 1 });
  });

  it('picks the target of the sex, else the TOTAL target; the earliest not yet passed', () => {
    const targets = [target('2026', 50), target('2030', 60), target('2030', 65, 'WOMEN')];
    expect(governingTarget(targets, 'WOMEN', '2025-12-31')).toMatchObject({ value: 65 });
    expect(governingTarget(targets, 'MEN', '2025-12-31')).toMatchObject({ value: 50, period: '2026' });
    expect(governingTarget(targets, 'MEN', '2031-12-31')).toMatchObject({ value: 60, period: '2030' });
  });

  it('refuses a malformed period', () => {
    expect(() => sexProgress(facts(), [], [], '2025X', 'TOTAL')).toThrow(RangeError);
  });
});

describe('indicatorProgress, gender gap and gender-equal fulfilment', () => {
  const both = [point('2020', 30, 'WOMEN'), point('2020', 50, 'MEN'), point('2020', 80), point('2025', 48, 'WOMEN'), point('2025', 61, 'MEN'), point('2025', 109)];
  const targets = [target('2030', 60, 'WOMEN'), target('2030', 60, 'MEN'), target('2030', 120)];

  it('judges women, men and the total separately; gender-equal only when both are met', () => {
    const result = indicatorProgress(facts(), both, targets, '2025');
    expect(result.women?.status).toBe(S.ON_TRACK);
    expect(result.men?.status).toBe(S.TARGET_MET);
    expect(result.total.status).toBe(S.ON_TRACK);
    expect(result.status).toBe(S.ON_TRACK);
    expect(result.genderEqual).toBe(GenderEqualCode.NOT_MET);
    const met = indicatorProgress(facts(), [...both.slice(0, 3), point('2025', 60, 'WOMEN'), point('2025', 61, 'MEN'), point('2025', 121)], targets, '2025');
    expect(met.genderEqual).toBe(GenderEqualCode.MET);
  });

  it('missing sex: that sex has NO_DATA, gender-equal fulfilment is UNKNOWN unless the other sex fails', () => {
    const onlyMen = indicatorProgress(
      facts(),
      both.filter((p) => p.sex !== 'WOMEN'),
      targets,
      '2025',
    );
    expect(onlyMen.women?.status).toBe(S.NO_DATA);
    expect(onlyMen.genderEqual).toBe(GenderEqualCode.UNKNOWN);
    expect(onlyMen.gap?.trend).toBe(GapTrendCode.UNKNOWN);
    const menFail = indicatorProgress(facts(), [point('2020', 50, 'MEN'), point('2025', 45, 'MEN')], targets, '2025');
    expect(menFail.genderEqual).toBe(GenderEqualCode.NOT_MET);
    // No total: the headline is the worse of the sexes with data.
    expect(menFail.status).toBe(S.MOVING_AWAY);
  });

  it('not divided by sex: only the total, gender-equal NOT_APPLICABLE', () => {
    const result = indicatorProgress(facts({ dividedBySex: false }), both, targets, '2025');
    expect(result).toMatchObject({ women: null, men: null, gap: null, genderEqual: GenderEqualCode.NOT_APPLICABLE });
    expect(genderEqualFulfilment(false, result.total, result.total)).toBe(GenderEqualCode.NOT_APPLICABLE);
  });

  it('the gap: women − men, the ratio, and whether it narrows since the first period with both values', () => {
    const gap = genderGap(both, '2025', 0);
    expect(gap).toMatchObject({ period: '2025', women: 48, men: 61, difference: -13, firstPeriod: '2020', firstDifference: -20, trend: GapTrendCode.NARROWING });
    expect(gap.ratio).toBeCloseTo(48 / 61, 10);
    expect(genderGap([point('2020', 50, 'WOMEN'), point('2020', 50, 'MEN'), point('2025', 40, 'WOMEN'), point('2025', 55, 'MEN')], '2025', 0).trend).toBe(GapTrendCode.WIDENING);
    expect(genderGap([point('2020', 40, 'WOMEN'), point('2020', 50, 'MEN'), point('2025', 50, 'WOMEN'), point('2025', 60, 'MEN')], '2025', 0).trend).toBe(GapTrendCode.UNCHANGED);
    expect(genderGap([point('2025', 4, 'WOMEN'), point('2025', 0, 'MEN')], '2025', 0)).toMatchObject({ difference: 4, ratio: null, trend: GapTrendCode.UNKNOWN });
    // A suppressed value breaks the pair of its period.
    expect(genderGap([point('2020', 40, 'WOMEN'), point('2020', 50, 'MEN'), point('2025', null, 'WOMEN', 'SUPPRESSED'), point('2025', 60, 'MEN')], '2025', 0)).toMatchObject({
      period: '2020',
      trend: GapTrendCode.UNKNOWN,
    });
  });
});

describe('rollUp', () => {
  it('takes the worst status among the parts with data, counts every status and rolls gender-equal fulfilment up', () => {
    const result = rollUp('2025', [
      { status: S.TARGET_MET, genderEqual: GenderEqualCode.MET },
      { status: S.TOO_SLOW, genderEqual: GenderEqualCode.NOT_APPLICABLE },
      { status: S.NO_DATA, genderEqual: GenderEqualCode.UNKNOWN },
    ]);
    expect(result.status).toBe(S.TOO_SLOW);
    expect(result.counts).toEqual([
      { status: S.MOVING_AWAY, count: 0 },
      { status: S.TOO_SLOW, count: 1 },
      { status: S.ON_TRACK, count: 0 },
      { status: S.TARGET_MET, count: 1 },
      { status: S.NO_DATA, count: 1 },
    ]);
    expect(result.genderEqual).toBe(GenderEqualCode.UNKNOWN);
    expect(rollUp('2025', []).status).toBe(S.NO_DATA);
    expect(rollUp('2025', [{ status: S.NO_DATA, genderEqual: GenderEqualCode.NOT_APPLICABLE }])).toMatchObject({ status: S.NO_DATA, genderEqual: GenderEqualCode.NOT_APPLICABLE });
    expect(
      rollUp('2025', [
        { status: S.ON_TRACK, genderEqual: GenderEqualCode.MET },
        { status: S.MOVING_AWAY, genderEqual: GenderEqualCode.NOT_MET },
      ]),
    ).toMatchObject({
      status: S.MOVING_AWAY,
      genderEqual: GenderEqualCode.NOT_MET,
    });
  });
});

describe('assessedStatus: a human assessment overrides the computed status of a goal', () => {
  it.each([
    ['ACHIEVED', S.MOVING_AWAY, S.TARGET_MET],
    ['NOT_ASSESSABLE', S.ON_TRACK, S.NO_DATA],
    ['PARTLY', S.TARGET_MET, S.TOO_SLOW],
    ['PARTLY', S.MOVING_AWAY, S.MOVING_AWAY],
    ['NOT_ACHIEVED', S.ON_TRACK, S.TOO_SLOW],
    ['NOT_ACHIEVED', S.NO_DATA, S.TOO_SLOW],
    ['NOT_ACHIEVED', S.TOO_SLOW, S.TOO_SLOW],
  ] as const)('%s over a computed %s is %s', (assessment, computed, expected) => {
    expect(assessedStatus(assessment, computed)).toBe(expected);
  });
});
