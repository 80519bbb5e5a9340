import { mergeTyped, missingOf, readReportDraft, reportDraftKey, roundPeriod, roundPeriodLabel, writeReportDraft } from './followUp';

describe('round periods', () => {
  it('builds the SDMX period of a tertial, an interim report and the year end', () => {
    expect(roundPeriod('TERTIAL', '2025', '2')).toBe('2025-T2');
    expect(roundPeriod('INTERIM', '2025', '8')).toBe('2025-M08');
    expect(roundPeriod('YEAR', '2024', '')).toBe('2024');
  });

  it('refuses a period with a part missing or out of range', () => {
    expect(roundPeriod('TERTIAL', '2025', '4')).toBeNull();
    expect(roundPeriod('INTERIM', '2025', '12')).toBeNull();
    expect(roundPeriod('YEAR', '25', '')).toBeNull();
  });

  it('says a period in words, Swedish and English, reading the deprecated notation too', () => {
    expect(roundPeriodLabel('2025-T1', 'sv')).toBe('Tertial 1 2025');
    expect(roundPeriodLabel('2025-M08', 'sv')).toBe('Januari–augusti 2025');
    expect(roundPeriodLabel('2025-08', 'en')).toBe('January–August 2025');
    expect(roundPeriodLabel('2025-S1', 'sv')).toBe('Januari–juni 2025');
    expect(roundPeriodLabel('2024', 'sv')).toBe('Helår 2024');
    expect(roundPeriodLabel('2024', 'en')).toBe('Full year 2024');
  });
});

describe('what a unit report lacks', () => {
  const goals = [
    { id: 'g1', ownerUnit: { id: 'u1' } },
    { id: 'g2', ownerUnit: { id: 'u1' } },
    { id: 'g3', ownerUnit: { id: 'u2' } },
    { id: 'g4', ownerUnit: null },
  ];

  it('counts only the goals of its own unit without an assessment, the empty texts and the unexplained missing values', () => {
    const missing = missingOf(
      {
        organisationUnit: { id: 'u1' },
        analysis: 'Klar',
        genderAnalysis: '  ',
        activitiesWithPartners: null,
        assessments: [{ goal: { id: 'g1' } }, { goal: { id: 'g3' } }],
        missingValues: [{ explained: false }, { explained: true }, { explained: false }],
      },
      goals,
    );
    expect(missing).toEqual({ goals: 1, texts: ['genderAnalysis', 'activitiesWithPartners'], values: 2 });
  });

  it('lacks nothing when every goal is assessed and every text written', () => {
    const missing = missingOf({ organisationUnit: { id: 'u2' }, analysis: 'a', genderAnalysis: 'b', activitiesWithPartners: 'c', assessments: [{ goal: { id: 'g3' } }] }, goals);
    expect(missing).toEqual({ goals: 0, texts: [], values: 0 });
  });
});

describe('the unit report draft in the tab', () => {
  const store = new Map<string, string>();
  beforeAll(() => {
    (globalThis as { sessionStorage?: unknown }).sessionStorage = {
      getItem: (key: string) => store.get(key) ?? null,
      setItem: (key: string, value: string) => void store.set(key, value),
      removeItem: (key: string) => void store.delete(key),
    };
  });
  afterAll(() => {
    delete (globalThis as { sessionStorage?: unknown }).sessionStorage;
  });

  it('keeps a form per person and report until it is forgotten', () => {
    const key = reportDraftKey('user-1', 'report-1');
    expect(reportDraftKey('user-2', 'report-1')).not.toBe(key);
    writeReportDraft(key, { texts: { analysis: 'Halvvägs' } });
    expect(readReportDraft(key)).toEqual({ texts: { analysis: 'Halvvägs' } });
    writeReportDraft(key, null);
    expect(readReportDraft(key)).toBeNull();
  });

  it('reads an unreadable copy as none', () => {
    store.set('broken', '{not json');
    expect(readReportDraft('broken')).toBeNull();
  });
});

describe('after a conflict', () => {
  it('keeps what the person changed and takes the latest for the rest', () => {
    const read = { texts: { analysis: 'A', genderAnalysis: 'G' }, goals: { g1: { assessment: 'ACHIEVED', comment: 'c' } }, gaps: { i1: '' } };
    const typed = { texts: { analysis: 'A mine', genderAnalysis: 'G' }, goals: { g1: { assessment: 'ACHIEVED', comment: 'c' }, g2: { assessment: 'PARTLY', comment: 'new' } }, gaps: { i1: '' } };
    const latest = { texts: { analysis: 'A theirs', genderAnalysis: 'G theirs' }, goals: { g1: { assessment: 'NOT_ACHIEVED', comment: 'theirs' } }, gaps: { i1: 'explained by them' } };
    expect(mergeTyped(typed, read, latest)).toEqual({
      texts: { analysis: 'A mine', genderAnalysis: 'G theirs' },
      goals: { g1: { assessment: 'NOT_ACHIEVED', comment: 'theirs' }, g2: { assessment: 'PARTLY', comment: 'new' } },
      gaps: { i1: 'explained by them' },
    });
  });
});
