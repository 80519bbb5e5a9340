import type { Language } from '../../app/language';
import type { GoalAssessmentValue, ReminderKind, ReportingRoundStatus, UnitReportStatus } from './gql/graphql';
import type { RoundPeriodKind } from './followUp';

export type RoundField = 'steeringDocumentId' | 'period' | 'deadline' | 'unitIds';
export type ReportText = 'analysis' | 'genderAnalysis' | 'activitiesWithPartners';

/** A status as a symbol and a word, never colour alone. */
export interface Labelled {
  symbol: string;
  word: string;
}

/** The texts of the follow-up views (reporting rounds), Swedish first. */
export interface FollowUpStrings {
  followUpLink: string;
  followUpDescription: string;
  roundsTitle: string;
  roundsIntro: string;
  openRound: string;
  noDocuments: string;
  noRounds: string;
  roundsCaption: (document: string) => string;
  period: string;
  deadline: string;
  status: string;
  reports: string;
  reportsDone: (approved: number, total: number) => string;
  lateCount: (late: number) => string;
  roundStatus: Record<ReportingRoundStatus, Labelled>;
  reportStatus: Record<UnitReportStatus, Labelled>;
  late: Labelled;
  onTime: string;
  // Open a round
  openTitle: string;
  openIntro: string;
  backToRounds: string;
  field: Record<RoundField, string>;
  chooseDocument: string;
  periodKind: string;
  periodKindLabel: Record<RoundPeriodKind, string>;
  periodKindHint: Record<RoundPeriodKind, string>;
  year: string;
  tertial: string;
  lastMonth: string;
  deadlineHint: string;
  unitsHint: string;
  openButton: string;
  opening: string;
  documentRequired: string;
  periodRequired: string;
  deadlineRequired: string;
  unitsRequired: string;
  roundOpened: string;
  duplicateRound: string;
  // Round page
  roundTitle: (document: string, period: string) => string;
  roundIntro: string;
  unit: string;
  missing: string;
  nothingMissing: string;
  missingGoals: (count: number) => string;
  missingText: Record<ReportText, string>;
  missingValuesCount: (count: number) => string;
  gapsHeading: string;
  gapsIntro: string;
  gapsReport: string;
  noGaps: string;
  gapLabel: (indicator: string, period: string, sexes: string) => string;
  gapHint: string;
  gapRequired: string;
  gapsUnexplained: string;
  sexWord: Record<'WOMEN' | 'MEN' | 'TOTAL', string>;
  remindersTitle: string;
  noReminders: string;
  reminderKind: Record<ReminderKind, Labelled>;
  due: (date: string) => string;
  overdue: (date: string) => string;
  revision: (n: number) => string;
  revisionsHeading: string;
  revisionReason: string;
  thisRevision: string;
  reviseHeading: string;
  reviseIntro: string;
  reviseReason: string;
  reviseReasonRequired: string;
  reviseDeadline: string;
  reviseButton: string;
  openReport: (unit: string) => string;
  approveRound: string;
  approveRoundHint: string;
  roundApproved: string;
  lockedNotice: string;
  reportPage: string;
  downloads: string;
  downloadPdf: string;
  downloadXlsx: string;
  downloadCsv: string;
  // Unit report
  reportTitle: (unit: string) => string;
  backToRound: string;
  roundLine: (document: string, period: string, deadline: string) => string;
  returnedNotice: string;
  returnedBy: string;
  goalsHeading: string;
  noGoals: string;
  assessment: string;
  assessmentValue: Record<GoalAssessmentValue, string>;
  partlyNotAtYearEnd: string;
  comment: string;
  commentHint: string;
  commentRequired: string;
  assessmentRequired: string;
  indicatorsOf: (goal: string) => string;
  noIndicators: string;
  indicator: string;
  women: string;
  men: string;
  total: string;
  target: string;
  progress: string;
  preliminary: string;
  valueOf: (value: string, period: string | null) => string;
  textsHeading: string;
  text: Record<ReportText, string>;
  textHint: Record<ReportText, string>;
  saveDraft: string;
  saving: string;
  submit: string;
  submitHint: string;
  saved: string;
  submitted: string;
  draftRestored: string;
  readOnlySubmitted: string;
  readOnlyApproved: string;
  readOnlyNotYours: string;
  adminHeading: string;
  returnComment: string;
  returnCommentHint: string;
  returnCommentRequired: string;
  returnButton: string;
  approveButton: string;
  returned: string;
  approved: string;
  conflict: string;
  reload: string;
  notAvailable: string;
  errorCode: Record<string, string>;
}

export const ASSESSMENT_VALUES: readonly GoalAssessmentValue[] = ['ACHIEVED', 'PARTLY', 'NOT_ACHIEVED', 'NOT_ASSESSABLE'];
export const REPORT_TEXTS: readonly ReportText[] = ['analysis', 'genderAnalysis', 'activitiesWithPartners'];

export const followUpStrings: Record<Language, FollowUpStrings> = {
  sv: {
    followUpLink: 'Uppföljning',
    followUpDescription: 'Uppföljningsomgångar: öppna en omgång, bedöm målen, skicka in och godkänn.',
    roundsTitle: 'Uppföljningsomgångar',
    roundsIntro: 'Varje styrdokument följs upp i omgångar: per tertial, delår eller helår. Enheterna bedömer sina mål och skriver sin analys; en administratör godkänner.',
    openRound: 'Öppna en ny omgång',
    noDocuments: 'Kommunen har inga styrdokument ännu.',
    noRounds: 'Inga omgångar ännu.',
    roundsCaption: (document) => `Omgångar för ${document}`,
    period: 'Period',
    deadline: 'Sista dag',
    status: 'Status',
    reports: 'Rapporter',
    reportsDone: (approved, total) => `${approved} av ${total} godkända`,
    lateCount: (late) => (late === 1 ? '1 sen' : `${late} sena`),
    roundStatus: { OPEN: { symbol: '○', word: 'Öppen' }, APPROVED: { symbol: '✓', word: 'Godkänd och låst' } },
    reportStatus: {
      DRAFT: { symbol: '✎', word: 'Utkast' },
      SUBMITTED: { symbol: '↑', word: 'Inskickad' },
      RETURNED: { symbol: '↩', word: 'Återremitterad' },
      APPROVED: { symbol: '✓', word: 'Godkänd' },
    },
    late: { symbol: '!', word: 'Försenad' },
    onTime: 'I tid',
    openTitle: 'Öppna en uppföljningsomgång',
    openIntro: 'Välj styrdokument, period, sista dag och de enheter som ska rapportera. Enheterna kan börja direkt.',
    backToRounds: 'Tillbaka till uppföljningsomgångarna',
    field: { steeringDocumentId: 'Styrdokument', period: 'Period', deadline: 'Sista dag att skicka in', unitIds: 'Enheter som rapporterar' },
    chooseDocument: 'Välj ett styrdokument',
    periodKind: 'Typ av uppföljning',
    periodKindLabel: { TERTIAL: 'Tertial', INTERIM: 'Delår', YEAR: 'Helår' },
    periodKindHint: {
      TERTIAL: 'Fyra månader',
      INTERIM: 'Från januari till en vald månad, till exempel januari–augusti',
      YEAR: 'Årsbokslut: målen är uppfyllda eller inte (inte delvis)',
    },
    year: 'År',
    tertial: 'Tertial',
    lastMonth: 'Till och med månad',
    deadlineHint: 'Till exempel 2025-09-15',
    unitsHint: 'Enheter som äger mål i styrdokumentet är förvalda.',
    openButton: 'Öppna omgången',
    opening: 'Öppnar …',
    documentRequired: 'Välj ett styrdokument',
    periodRequired: 'Välj en fullständig period',
    deadlineRequired: 'Skriv ett datum, till exempel 2025-09-15',
    unitsRequired: 'Välj minst en enhet',
    roundOpened: 'Omgången är öppnad.',
    duplicateRound: 'Styrdokumentet har redan en omgång för den perioden',
    roundTitle: (document, period) => `${period}: ${document}`,
    roundIntro: 'Enheternas rapporter i omgången. En försenad rapport har inte skickats in före sista dag.',
    unit: 'Enhet',
    missing: 'Saknas',
    nothingMissing: 'Inget saknas',
    missingGoals: (count) => (count === 1 ? '1 mål utan bedömning' : `${count} mål utan bedömning`),
    missingText: { analysis: 'analys', genderAnalysis: 'jämställdhetsanalys', activitiesWithPartners: 'aktiviteter med samverkansparter' },
    missingValuesCount: (count) => (count === 1 ? '1 värde saknas utan förklaring' : `${count} värden saknas utan förklaring`),
    gapsHeading: 'Värden som saknas',
    gapsIntro: 'Perioden ska ha värden för kvinnor, män och totalt i enhetens indikatorer. Rapportera dem, eller förklara varför varje värde saknas.',
    gapsReport: 'Rapportera utfall för perioden',
    noGaps: 'Inga värden saknas för perioden.',
    gapLabel: (indicator, period, sexes) => `Förklaring: ${indicator}, ${period} (${sexes})`,
    gapHint: 'Till exempel: SCB publicerar siffran i mars.',
    gapRequired: 'Förklara varför värdet saknas, eller rapportera det',
    gapsUnexplained: 'Värden saknas för perioden. Rapportera dem eller förklara varför de saknas.',
    sexWord: { WOMEN: 'kvinnor', MEN: 'män', TOTAL: 'totalt' },
    remindersTitle: 'Påminnelser',
    noReminders: 'Inga påminnelser just nu.',
    reminderKind: {
      UNIT_REPORT_LATE: { symbol: '!', word: 'Försenad rapport' },
      UNIT_REPORT_TO_SUBMIT: { symbol: '✎', word: 'Rapport att skicka in' },
      UNIT_REPORT_TO_REVIEW: { symbol: '↑', word: 'Rapport att granska' },
      DOCUMENT_REVISION_DUE: { symbol: '↻', word: 'Styrdokument att revidera' },
      CONSULTATION_TO_ANSWER: { symbol: '?', word: 'Remiss att besvara' },
    },
    due: (date) => `senast ${date}`,
    overdue: (date) => `skulle ha varit klar ${date}`,
    revision: (n) => `revision ${n}`,
    revisionsHeading: 'Revisioner',
    revisionReason: 'Skäl till rättelsen',
    thisRevision: 'den här',
    reviseHeading: 'Rätta den godkända omgången',
    reviseIntro: 'En rättelse öppnas som en ny revision; enheternas rapporter kopieras som utkast. Den godkända revisionen finns kvar, låst och läsbar.',
    reviseReason: 'Varför omgången rättas',
    reviseReasonRequired: 'Skriv varför omgången rättas',
    reviseDeadline: 'Sista dag för de rättade rapporterna',
    reviseButton: 'Öppna en rättelse',
    openReport: (unit) => `Öppna rapporten för ${unit}`,
    approveRound: 'Godkänn omgången',
    approveRoundHint: 'När alla rapporter är godkända kan omgången godkännas. Den låses då och kan bara läsas.',
    roundApproved: 'Omgången är godkänd och låst.',
    lockedNotice: 'Omgången är godkänd och låst. Den kan läsas men inte ändras; en rättelse görs i en ny omgång.',
    reportPage: 'Uppföljningsrapporten',
    downloads: 'Ladda ner',
    downloadPdf: 'Rapporten som PDF',
    downloadXlsx: 'Siffrorna som Excel (xlsx)',
    downloadCsv: 'Siffrorna som CSV',
    reportTitle: (unit) => `Uppföljning: ${unit}`,
    backToRound: 'Tillbaka till omgången',
    roundLine: (document, period, deadline) => `${document}, ${period}. Sista dag: ${deadline}.`,
    returnedNotice: 'Rapporten är återremitterad. Ändra och skicka in igen.',
    returnedBy: 'Administratörens kommentar:',
    goalsHeading: 'Bedömning av målen',
    noGoals: 'Enheten äger inga mål i styrdokumentet.',
    assessment: 'Måluppfyllelse',
    assessmentValue: { ACHIEVED: 'Uppfyllt', PARTLY: 'Delvis uppfyllt', NOT_ACHIEVED: 'Ej uppfyllt', NOT_ASSESSABLE: 'Kan ej bedömas' },
    partlyNotAtYearEnd: 'Vid helår är ett mål uppfyllt eller inte; delvis uppfyllt finns inte.',
    comment: 'Motivering',
    commentHint: 'Varför bedömningen blir så, utifrån indikatorerna och verksamheten.',
    commentRequired: 'Skriv en motivering',
    assessmentRequired: 'Välj en bedömning',
    indicatorsOf: (goal) => `Indikatorer för ${goal}`,
    noIndicators: 'Målet har inga indikatorer.',
    indicator: 'Indikator',
    women: 'Kvinnor',
    men: 'Män',
    total: 'Totalt',
    target: 'Mål',
    progress: 'Status',
    preliminary: 'preliminärt',
    valueOf: (value, period) => (period ? `${value} (${period})` : value),
    textsHeading: 'Analys',
    text: { analysis: 'Analys', genderAnalysis: 'Analys av skillnader mellan kvinnor och män', activitiesWithPartners: 'Aktiviteter med samverkansparter' },
    textHint: {
      analysis: 'Hur det har gått under perioden och varför.',
      genderAnalysis: 'Skillnader mellan kvinnor och män i resultaten, och vad de beror på.',
      activitiesWithPartners: 'Vad som har genomförts tillsammans med föreningar, myndigheter och andra parter.',
    },
    saveDraft: 'Spara utkast',
    saving: 'Sparar …',
    submit: 'Skicka in rapporten',
    submitHint: 'Rapporten sparas och skickas in. Alla mål måste vara bedömda.',
    saved: 'Utkastet är sparat.',
    draftRestored: 'Det du skrev men inte sparade är återställt. Spara det eller skicka in rapporten.',
    submitted: 'Rapporten är inskickad.',
    readOnlySubmitted: 'Rapporten är inskickad och väntar på granskning. Den kan inte ändras nu.',
    readOnlyApproved: 'Rapporten är godkänd och låst.',
    readOnlyNotYours: 'Du kan läsa rapporten men inte ändra den: den tillhör en annan enhet.',
    adminHeading: 'Granska rapporten',
    returnComment: 'Kommentar till enheten',
    returnCommentHint: 'Vad enheten behöver ändra. Krävs för att återremittera.',
    returnCommentRequired: 'Skriv vad enheten behöver ändra',
    returnButton: 'Återremittera',
    approveButton: 'Godkänn rapporten',
    returned: 'Rapporten är återremitterad till enheten.',
    approved: 'Rapporten är godkänd.',
    conflict: 'Någon annan har ändrat rapporten sedan du läste den. Det du har skrivit finns kvar; läs in den senaste versionen och spara igen.',
    reload: 'Läs in den senaste versionen',
    notAvailable: 'Omgången eller rapporten finns inte, eller så får du inte läsa den.',
    errorCode: {
      REQUIRED: 'Fältet måste fyllas i',
      DUPLICATE: 'Det finns redan en omgång för den perioden',
      INVALID_VALUE: 'Värdet är inte giltigt',
      INVALID_PERIOD: 'Perioden stämmer inte',
      INVALID_DATE: 'Datumet stämmer inte',
      FORBIDDEN: 'Du får inte göra det här',
      LOCKED: 'Rapporten är godkänd och låst',
      NOT_FOUND: 'Finns inte',
      INVALID: 'Det går inte i rapportens nuvarande läge',
      MISSING_VALUES: 'Värden saknas för perioden utan förklaring',
    },
  },
  en: {
    followUpLink: 'Follow-up',
    followUpDescription: 'Reporting rounds: open a round, assess the goals, submit and approve.',
    roundsTitle: 'Reporting rounds',
    roundsIntro:
      'Each steering document is followed up in rounds: per tertial, interim period or year. The units assess their goals and write their analysis; an administrator approves.',
    openRound: 'Open a new round',
    noDocuments: 'The municipality has no steering documents yet.',
    noRounds: 'No rounds yet.',
    roundsCaption: (document) => `Rounds of ${document}`,
    period: 'Period',
    deadline: 'Deadline',
    status: 'Status',
    reports: 'Reports',
    reportsDone: (approved, total) => `${approved} of ${total} approved`,
    lateCount: (late) => `${late} late`,
    roundStatus: { OPEN: { symbol: '○', word: 'Open' }, APPROVED: { symbol: '✓', word: 'Approved and locked' } },
    reportStatus: {
      DRAFT: { symbol: '✎', word: 'Draft' },
      SUBMITTED: { symbol: '↑', word: 'Submitted' },
      RETURNED: { symbol: '↩', word: 'Returned' },
      APPROVED: { symbol: '✓', word: 'Approved' },
    },
    late: { symbol: '!', word: 'Late' },
    onTime: 'On time',
    openTitle: 'Open a reporting round',
    openIntro: 'Choose the steering document, the period, the deadline and the units that report. The units can start at once.',
    backToRounds: 'Back to the reporting rounds',
    field: { steeringDocumentId: 'Steering document', period: 'Period', deadline: 'Deadline for submitting', unitIds: 'Units that report' },
    chooseDocument: 'Choose a steering document',
    periodKind: 'Kind of follow-up',
    periodKindLabel: { TERTIAL: 'Tertial', INTERIM: 'Interim', YEAR: 'Full year' },
    periodKindHint: { TERTIAL: 'Four months', INTERIM: 'From January to a chosen month, e.g. January–August', YEAR: 'Year end: goals are achieved or not (not partly)' },
    year: 'Year',
    tertial: 'Tertial',
    lastMonth: 'Up to and including',
    deadlineHint: 'For example 2025-09-15',
    unitsHint: 'Units that own goals of the steering document are preselected.',
    openButton: 'Open the round',
    opening: 'Opening …',
    documentRequired: 'Choose a steering document',
    periodRequired: 'Choose a complete period',
    deadlineRequired: 'Enter a date, for example 2025-09-15',
    unitsRequired: 'Choose at least one unit',
    roundOpened: 'The round is open.',
    duplicateRound: 'The steering document already has a round for that period',
    roundTitle: (document, period) => `${period}: ${document}`,
    roundIntro: "The units' reports in the round. A late report was not submitted by the deadline.",
    unit: 'Unit',
    missing: 'Missing',
    nothingMissing: 'Nothing missing',
    missingGoals: (count) => (count === 1 ? '1 goal not assessed' : `${count} goals not assessed`),
    missingText: { analysis: 'analysis', genderAnalysis: 'gender analysis', activitiesWithPartners: 'activities with partners' },
    missingValuesCount: (count) => (count === 1 ? '1 value missing without explanation' : `${count} values missing without explanation`),
    gapsHeading: 'Values missing',
    gapsIntro: "The period needs values for women, men and in total in the unit's indicators. Report them, or explain why each one is missing.",
    gapsReport: 'Report values for the period',
    noGaps: 'No values are missing for the period.',
    gapLabel: (indicator, period, sexes) => `Explanation: ${indicator}, ${period} (${sexes})`,
    gapHint: 'For example: Statistics Sweden publishes the figure in March.',
    gapRequired: 'Explain why the value is missing, or report it',
    gapsUnexplained: 'Values are missing for the period. Report them or explain why they are missing.',
    sexWord: { WOMEN: 'women', MEN: 'men', TOTAL: 'total' },
    remindersTitle: 'Reminders',
    noReminders: 'No reminders right now.',
    reminderKind: {
      UNIT_REPORT_LATE: { symbol: '!', word: 'Late report' },
      UNIT_REPORT_TO_SUBMIT: { symbol: '✎', word: 'Report to submit' },
      UNIT_REPORT_TO_REVIEW: { symbol: '↑', word: 'Report to review' },
      DOCUMENT_REVISION_DUE: { symbol: '↻', word: 'Steering document due for revision' },
      CONSULTATION_TO_ANSWER: { symbol: '?', word: 'Consultation to answer' },
    },
    due: (date) => `by ${date}`,
    overdue: (date) => `was due ${date}`,
    revision: (n) => `revision ${n}`,
    revisionsHeading: 'Revisions',
    revisionReason: 'Reason for the correction',
    thisRevision: 'this one',
    reviseHeading: 'Correct the approved round',
    reviseIntro: "A correction opens as a new revision; the units' reports are copied as drafts. The approved revision stays, locked and readable.",
    reviseReason: 'Why the round is corrected',
    reviseReasonRequired: 'Write why the round is corrected',
    reviseDeadline: 'Deadline for the corrected reports',
    reviseButton: 'Open a correction',
    openReport: (unit) => `Open the report of ${unit}`,
    approveRound: 'Approve the round',
    approveRoundHint: 'When every report is approved the round can be approved. It is then locked and read-only.',
    roundApproved: 'The round is approved and locked.',
    lockedNotice: 'The round is approved and locked. It can be read but not changed; a correction is made in a new round.',
    reportPage: 'The follow-up report',
    downloads: 'Download',
    downloadPdf: 'The report as PDF',
    downloadXlsx: 'The figures as Excel (xlsx)',
    downloadCsv: 'The figures as CSV',
    reportTitle: (unit) => `Follow-up: ${unit}`,
    backToRound: 'Back to the round',
    roundLine: (document, period, deadline) => `${document}, ${period}. Deadline: ${deadline}.`,
    returnedNotice: 'The report was returned. Change it and submit it again.',
    returnedBy: "The administrator's comment:",
    goalsHeading: 'Assessment of the goals',
    noGoals: 'The unit owns no goals of the steering document.',
    assessment: 'Goal fulfilment',
    assessmentValue: { ACHIEVED: 'Achieved', PARTLY: 'Partly achieved', NOT_ACHIEVED: 'Not achieved', NOT_ASSESSABLE: 'Not assessable' },
    partlyNotAtYearEnd: 'At year end a goal is achieved or not; there is no "partly".',
    comment: 'Reason',
    commentHint: 'Why the assessment is what it is, from the indicators and the work done.',
    commentRequired: 'Write a reason',
    assessmentRequired: 'Choose an assessment',
    indicatorsOf: (goal) => `Indicators of ${goal}`,
    noIndicators: 'The goal has no indicators.',
    indicator: 'Indicator',
    women: 'Women',
    men: 'Men',
    total: 'Total',
    target: 'Target',
    progress: 'Status',
    preliminary: 'preliminary',
    valueOf: (value, period) => (period ? `${value} (${period})` : value),
    textsHeading: 'Analysis',
    text: { analysis: 'Analysis', genderAnalysis: 'Analysis of differences between women and men', activitiesWithPartners: 'Activities with partners' },
    textHint: {
      analysis: 'How the period went and why.',
      genderAnalysis: 'Differences between women and men in the results, and their causes.',
      activitiesWithPartners: 'What was done together with associations, agencies and other partners.',
    },
    saveDraft: 'Save draft',
    saving: 'Saving …',
    submit: 'Submit the report',
    submitHint: 'The report is saved and submitted. Every goal must be assessed.',
    saved: 'The draft is saved.',
    draftRestored: 'What you typed and did not save is restored. Save it or submit the report.',
    submitted: 'The report is submitted.',
    readOnlySubmitted: 'The report is submitted and awaits review. It cannot be changed now.',
    readOnlyApproved: 'The report is approved and locked.',
    readOnlyNotYours: 'You can read the report but not change it: it belongs to another unit.',
    adminHeading: 'Review the report',
    returnComment: 'Comment to the unit',
    returnCommentHint: 'What the unit needs to change. Required to return it.',
    returnCommentRequired: 'Write what the unit needs to change',
    returnButton: 'Return',
    approveButton: 'Approve the report',
    returned: 'The report is returned to the unit.',
    approved: 'The report is approved.',
    conflict: 'Someone else changed the report since you read it. What you typed is kept; load the latest version and save again.',
    reload: 'Load the latest version',
    notAvailable: 'The round or report does not exist, or you may not read it.',
    errorCode: {},
  },
};
