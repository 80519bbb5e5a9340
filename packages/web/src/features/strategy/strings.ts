import type { Language } from '../../app/language';

type Status = 'ADOPTED' | 'ARCHIVED' | 'DRAFT' | 'IN_CONSULTATION' | 'REPLACED';
type Kind = 'GUIDELINE' | 'PLAN' | 'POLICY' | 'PROGRAMME' | 'STRATEGY';
type Level = 'OVERALL_AIM' | 'COMMITTEE_GOAL' | 'SUB_GOAL';
type Direction = 'INCREASE' | 'DECREASE' | 'KEEP';
type SexKey = 'WOMEN' | 'MEN' | 'TOTAL';
type MeasurementStatusKey = 'FINAL' | 'PRELIMINARY' | 'SUPPRESSED' | 'MISSING';
type ActivityStatusKey = 'PLANNED' | 'ONGOING' | 'DONE' | 'CANCELLED';

/** A Swedish ordinal in digits: 2:a, 3:e, 4:e, 11:e, 21:a. */
export function svOrdinal(n: number): string {
  const lastTwo = n % 100;
  const last = n % 10;
  return `${n}:${(last === 1 || last === 2) && lastTwo !== 11 && lastTwo !== 12 ? 'a' : 'e'}`;
}

/** Swedish and English for the strategy pages. */
export interface StrategyStrings {
  pageTitle: (municipality: string, document?: string) => string;
  municipalityLead: string;
  noMunicipalityTitle: string;
  noMunicipalityBody: string;
  unknownMunicipalityTitle: string;
  unknownMunicipalityBody: (code: string) => string;
  toStartPage: string;
  noDocument: string;
  otherDocuments: string;
  documentFacts: string;
  registrationNumber: string;
  status: string;
  kind: string;
  decidedBy: string;
  decisionDate: string;
  validUntil: string;
  revisionInterval: string;
  revisionEvery: (months: number) => string;
  statuses: Record<Status, string>;
  kinds: Record<Kind, string>;
  overallAim: string;
  noOverallAim: string;
  focusAreas: string;
  focusAreasNav: string;
  noFocusAreas: string;
  noGoals: string;
  levels: Record<Level, string>;
  subGoals: string;
  indicators: string;
  noIndicators: string;
  sexes: Record<SexKey, string>;
  period: string;
  latestValues: (period: string) => string;
  latestValuesAndTarget: (period: string, targetPeriod: string) => string;
  targetRow: (period: string) => string;
  implementationBy: string;
  followUpBy: string;
  goalOwner: string;
  noValues: string;
  measurementStatus: Record<MeasurementStatusKey, string>;
  gapLabel: string;
  gapUnitPercent: (value: string) => string;
  gapUnitCount: (value: string) => string;
  gapNone: string;
  gapMissing: string;
  direction: Record<Direction, string>;
  source: string;
  demoData: string;
  footnote: string;
  notDividedBySex: string;
  activities: string;
  activityStatuses: Record<ActivityStatusKey, string>;
  responsibleUnit: string;
  partners: string;
  targetGroup: string;
  since: (date: string) => string;
  between: (start: string, end: string) => string;
}

export const strategyStrings: Record<Language, StrategyStrings> = {
  sv: {
    pageTitle: (municipality, document) => [document, municipality, 'Inkludera'].filter(Boolean).join(' – '),
    municipalityLead: 'Uppföljning av integrationsstrategin, med resultat för kvinnor och män.',
    noMunicipalityTitle: 'Ingen kommun ännu',
    noMunicipalityBody: 'Det finns ingen kommun i Inkludera ännu. När en kommun har lagts in visas dess strategi här.',
    unknownMunicipalityTitle: 'Kommunen finns inte',
    unknownMunicipalityBody: (code) => `Det finns ingen kommun med kommunkoden ${code} i Inkludera.`,
    toStartPage: 'Till startsidan',
    noDocument: 'Kommunen har inget styrdokument i Inkludera ännu.',
    otherDocuments: 'Fler styrdokument',
    documentFacts: 'Uppgifter om styrdokumentet',
    registrationNumber: 'Diarienummer',
    status: 'Status',
    kind: 'Typ',
    decidedBy: 'Beslutad av',
    decisionDate: 'Fastställd',
    validUntil: 'Giltig t.o.m.',
    revisionInterval: 'Revideras',
    revisionEvery: (months) =>
      months % 12 === 0
        ? months === 12
          ? 'minst en gång om året'
          : `minst vart ${svOrdinal(months / 12)} år`
        : months === 1
          ? 'minst en gång i månaden'
          : `minst var ${svOrdinal(months)} månad`,
    statuses: {
      ADOPTED: 'Antagen',
      ARCHIVED: 'Arkiverad',
      DRAFT: 'Utkast',
      IN_CONSULTATION: 'På remiss',
      REPLACED: 'Ersatt av en nyare version',
    },
    kinds: {
      GUIDELINE: 'Riktlinje',
      PLAN: 'Plan',
      POLICY: 'Policy',
      PROGRAMME: 'Program',
      STRATEGY: 'Strategi',
    },
    overallAim: 'Övergripande mål',
    noOverallAim: 'Styrdokumentet har inget övergripande mål ännu.',
    focusAreas: 'Fokusområden',
    focusAreasNav: 'Fokusområden i strategin',
    noFocusAreas: 'Styrdokumentet har inga fokusområden ännu.',
    noGoals: 'Inga nämndmål ännu, och därför inga indikatorer ännu.',
    levels: { OVERALL_AIM: 'Övergripande mål', COMMITTEE_GOAL: 'Nämndmål', SUB_GOAL: 'Delmål' },
    subGoals: 'Delmål',
    indicators: 'Indikatorer',
    noIndicators: 'Inga indikatorer ännu.',
    sexes: { WOMEN: 'Kvinnor', MEN: 'Män', TOTAL: 'Totalt' },
    period: 'Period',
    latestValues: (period) => `Senaste utfall, ${period}`,
    latestValuesAndTarget: (period, targetPeriod) => `Senaste utfall, ${period}, och målvärde för ${targetPeriod}`,
    targetRow: (period) => `Målvärde ${period}`,
    implementationBy: 'Ansvarig för genomförande',
    followUpBy: 'Ansvarig för uppföljning',
    goalOwner: 'Ansvarig',
    noValues: 'Inga värden ännu.',
    measurementStatus: {
      FINAL: '',
      PRELIMINARY: 'preliminärt',
      SUPPRESSED: 'maskerat',
      MISSING: 'saknas',
    },
    gapLabel: 'Skillnad kvinnor–män',
    gapUnitPercent: (value) => `${value} procentenheter`,
    gapUnitCount: (value) => value,
    gapNone: 'ingen skillnad',
    gapMissing: 'kan inte beräknas, värde saknas för kvinnor eller män',
    direction: {
      INCREASE: 'Önskad utveckling: ökning',
      DECREASE: 'Önskad utveckling: minskning',
      KEEP: 'Önskad utveckling: bibehållen nivå',
    },
    source: 'Källa',
    demoData: 'Demodata',
    footnote: 'Fotnot',
    notDividedBySex: 'Redovisas inte uppdelat på kön.',
    activities: 'Insatser',
    activityStatuses: { PLANNED: 'Planerad', ONGOING: 'Pågående', DONE: 'Genomförd', CANCELLED: 'Inställd' },
    responsibleUnit: 'Ansvarig',
    partners: 'Samverkansparter',
    targetGroup: 'Målgrupp',
    since: (date) => `från ${date}`,
    between: (start, end) => `${start} – ${end}`,
  },
  en: {
    pageTitle: (municipality, document) => [document, municipality, 'Inkludera'].filter(Boolean).join(' – '),
    municipalityLead: 'Follow-up of the integration strategy, with results for women and men.',
    noMunicipalityTitle: 'No municipality yet',
    noMunicipalityBody: 'There is no municipality in Inkludera yet. Once one has been added, its strategy is shown here.',
    unknownMunicipalityTitle: 'Municipality not found',
    unknownMunicipalityBody: (code) => `There is no municipality with the code ${code} in Inkludera.`,
    toStartPage: 'To the start page',
    noDocument: 'The municipality has no steering document in Inkludera yet.',
    otherDocuments: 'More steering documents',
    documentFacts: 'About the steering document',
    registrationNumber: 'Registration number',
    status: 'Status',
    kind: 'Kind',
    decidedBy: 'Decided by',
    decisionDate: 'Adopted on',
    validUntil: 'Valid until',
    revisionInterval: 'Revised',
    revisionEvery: (months) =>
      months % 12 === 0 ? `at least every ${months / 12 === 1 ? 'year' : `${months / 12} years`}` : months === 1 ? 'at least every month' : `at least every ${months} months`,
    statuses: {
      ADOPTED: 'Adopted',
      ARCHIVED: 'Archived',
      DRAFT: 'Draft',
      IN_CONSULTATION: 'Out for consultation',
      REPLACED: 'Replaced by a newer version',
    },
    kinds: {
      GUIDELINE: 'Guideline',
      PLAN: 'Plan',
      POLICY: 'Policy',
      PROGRAMME: 'Programme',
      STRATEGY: 'Strategy',
    },
    overallAim: 'Overall aim',
    noOverallAim: 'The steering document has no overall aim yet.',
    focusAreas: 'Focus areas',
    focusAreasNav: 'Focus areas of the strategy',
    noFocusAreas: 'The steering document has no focus areas yet.',
    noGoals: 'No committee goals yet, and so no indicators yet.',
    levels: { OVERALL_AIM: 'Overall aim', COMMITTEE_GOAL: 'Committee goal', SUB_GOAL: 'Sub-goal' },
    subGoals: 'Sub-goals',
    indicators: 'Indicators',
    noIndicators: 'No indicators yet.',
    sexes: { WOMEN: 'Women', MEN: 'Men', TOTAL: 'Total' },
    period: 'Period',
    latestValues: (period) => `Latest values, ${period}`,
    latestValuesAndTarget: (period, targetPeriod) => `Latest values, ${period}, and target for ${targetPeriod}`,
    targetRow: (period) => `Target ${period}`,
    implementationBy: 'Responsible for implementation',
    followUpBy: 'Responsible for follow-up',
    goalOwner: 'Responsible',
    noValues: 'No values yet.',
    measurementStatus: {
      FINAL: '',
      PRELIMINARY: 'preliminary',
      SUPPRESSED: 'suppressed',
      MISSING: 'missing',
    },
    gapLabel: 'Difference women–men',
    gapUnitPercent: (value) => `${value} percentage points`,
    gapUnitCount: (value) => value,
    gapNone: 'no difference',
    gapMissing: 'cannot be computed, a value for women or men is missing',
    direction: {
      INCREASE: 'Desired change: increase',
      DECREASE: 'Desired change: decrease',
      KEEP: 'Desired change: keep the level',
    },
    source: 'Source',
    demoData: 'Demo data',
    footnote: 'Footnote',
    notDividedBySex: 'Not reported separately for women and men.',
    activities: 'Activities',
    activityStatuses: { PLANNED: 'Planned', ONGOING: 'Ongoing', DONE: 'Done', CANCELLED: 'Cancelled' },
    responsibleUnit: 'Responsible',
    partners: 'Partners',
    targetGroup: 'Target group',
    since: (date) => `from ${date}`,
    between: (start, end) => `${start} – ${end}`,
  },
};
