import type { Language } from '../../app/language';
import type { GoalAssessmentValue } from '../../gql/graphql';

/** The texts of the follow-up report of a reporting round (public for approved rounds, and in the workspace), Swedish first. */
export interface RoundReportStrings {
  title: (period: string) => string;
  lead: (document: string) => string;
  approvedOn: (date: string) => string;
  notApproved: string;
  notAvailable: string;
  downloads: string;
  downloadPdf: string;
  downloadXlsx: string;
  downloadCsv: string;
  print: string;
  goalsOf: string;
  owner: string;
  assessment: string;
  notAssessed: string;
  assessmentValue: Record<GoalAssessmentValue, string>;
  comment: string;
  indicatorsOf: (goal: string) => string;
  noIndicators: string;
  noGoals: string;
  indicator: string;
  women: string;
  men: string;
  total: string;
  target: string;
  status: string;
  preliminary: string;
  valueOf: (value: string, period: string | null) => string;
  unitsHeading: string;
  analysis: string;
  genderAnalysis: string;
  activitiesWithPartners: string;
  otherGoals: string;
  reportsOfRound: string;
  revision: (n: number) => string;
  revisionReason: string;
  backToOverview: string;
}

export const roundReportStrings: Record<Language, RoundReportStrings> = {
  sv: {
    title: (period) => `Uppföljningsrapport ${period}`,
    lead: (document) => `Uppföljning av ${document}: per fokusområde målen, enheternas bedömning och indikatorerna för kvinnor, män och totalt mot målvärdet.`,
    approvedOn: (date) => `Godkänd ${date}.`,
    notApproved: 'Omgången är inte godkänd ännu: rapporten kan ändras.',
    notAvailable: 'Rapporten finns inte eller är inte publicerad. Bara godkända uppföljningar visas här.',
    downloads: 'Ladda ner rapporten',
    downloadPdf: 'Rapporten som PDF',
    downloadXlsx: 'Siffrorna som Excel (xlsx)',
    downloadCsv: 'Siffrorna som CSV',
    print: 'Skriv ut',
    goalsOf: 'Mål',
    owner: 'Ansvarig',
    assessment: 'Bedömning',
    notAssessed: 'Inte bedömt',
    assessmentValue: { ACHIEVED: 'Uppfyllt', PARTLY: 'Delvis uppfyllt', NOT_ACHIEVED: 'Ej uppfyllt', NOT_ASSESSABLE: 'Kan ej bedömas' },
    comment: 'Motivering',
    indicatorsOf: (goal) => `Indikatorer för ${goal}`,
    noIndicators: 'Målet har inga indikatorer.',
    noGoals: 'Inga mål i fokusområdet.',
    indicator: 'Indikator',
    women: 'Kvinnor',
    men: 'Män',
    total: 'Totalt',
    target: 'Målvärde',
    status: 'Status',
    preliminary: 'preliminärt',
    valueOf: (value, period) => (period ? `${value} (${period})` : value),
    unitsHeading: 'Enheternas analyser',
    analysis: 'Analys',
    genderAnalysis: 'Analys av skillnader mellan kvinnor och män',
    activitiesWithPartners: 'Aktiviteter med samverkansparter',
    otherGoals: 'Övriga mål',
    reportsOfRound: 'Godkända uppföljningsrapporter',
    revision: (n) => `revision ${n}`,
    revisionReason: 'Skäl till rättelsen',
    backToOverview: 'Tillbaka till uppföljningen',
  },
  en: {
    title: (period) => `Follow-up report ${period}`,
    lead: (document) => `Follow-up of ${document}: per focus area the goals, the units' assessments and the indicators for women, men and in total against the target.`,
    approvedOn: (date) => `Approved ${date}.`,
    notApproved: 'The round is not approved yet: the report may change.',
    notAvailable: 'The report does not exist or is not published. Only approved follow-ups are shown here.',
    downloads: 'Download the report',
    downloadPdf: 'The report as PDF',
    downloadXlsx: 'The figures as Excel (xlsx)',
    downloadCsv: 'The figures as CSV',
    print: 'Print',
    goalsOf: 'Goals',
    owner: 'Responsible',
    assessment: 'Assessment',
    notAssessed: 'Not assessed',
    assessmentValue: { ACHIEVED: 'Achieved', PARTLY: 'Partly achieved', NOT_ACHIEVED: 'Not achieved', NOT_ASSESSABLE: 'Not assessable' },
    comment: 'Reason',
    indicatorsOf: (goal) => `Indicators of ${goal}`,
    noIndicators: 'The goal has no indicators.',
    noGoals: 'No goals in the focus area.',
    indicator: 'Indicator',
    women: 'Women',
    men: 'Men',
    total: 'Total',
    target: 'Target',
    status: 'Status',
    preliminary: 'preliminary',
    valueOf: (value, period) => (period ? `${value} (${period})` : value),
    unitsHeading: "The units' analyses",
    analysis: 'Analysis',
    genderAnalysis: 'Analysis of differences between women and men',
    activitiesWithPartners: 'Activities with partners',
    otherGoals: 'Other goals',
    reportsOfRound: 'Approved follow-up reports',
    revision: (n) => `revision ${n}`,
    revisionReason: 'Reason for the correction',
    backToOverview: 'Back to the follow-up',
  },
};
