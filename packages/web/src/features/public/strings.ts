import type { Language } from '../../app/language';
import type { AgreementKind, IndicatorDirection, IndicatorSourceKind, IndicatorUnit, PartnerKind, Sex } from '../../gql/graphql';

// Label maps are keyed by the enums generated from the schema: a new value is a type error here.
type SexKey = Sex;
type UnitKey = IndicatorUnit;
type PartnerKindKey = PartnerKind;
type AgreementKindKey = AgreementKind;
type SourceKindKey = IndicatorSourceKind;

/** Swedish and English for the public pages. */
export interface PublicStrings {
  // start
  startTitle: string;
  startLead: string;
  searchLabel: string;
  searchHint: string;
  matches: (n: number) => string;
  noMatches: string;
  noMunicipalities: string;
  // municipality
  municipality: string;
  municipalityNav: string;
  strategyLink: string;
  partnersLink: string;
  unknownMunicipalityTitle: string;
  unknownMunicipalityBody: (code: string) => string;
  toStartPage: string;
  municipalityLead: string;
  noDocument: string;
  readDocument: string;
  otherDocuments: string;
  focusAreaCards: string;
  goalCount: (n: number) => string;
  indicatorCount: (n: number) => string;
  trendOf: (name: string) => string;
  trendText: (first: string, firstValue: string, last: string, lastValue: string) => string;
  noTrend: string;
  // document, focus area, goal
  documentText: string;
  noText: string;
  versions: string;
  versionLabel: (n: number) => string;
  versionsStaffOnly: (current: number) => string;
  currentVersion: string;
  changeNote: string;
  ownerUnit: string;
  followedUpBy: string;
  goalTree: string;
  partOf: string;
  goalsInArea: string;
  parentGoal: string;
  notFoundTitle: (kind: 'document' | 'focusArea' | 'goal' | 'indicator') => string;
  notFoundBody: (kind: 'document' | 'focusArea' | 'goal' | 'indicator', code: string) => string;
  toMunicipality: (name: string) => string;
  // indicator
  indicator: string;
  chartHeading: string;
  tableHeading: string;
  showSexes: string;
  sexes: Record<SexKey, string>;
  sexesLower: Record<SexKey, string>;
  period: string;
  tableCaption: (name: string, unit: string) => string;
  comparisonHeading: string;
  comparisonIntro: string;
  comparisonCaption: (name: string, unit: string) => string;
  comparisonMunicipality: string;
  comparisonNational: string;
  tableRegion: string;
  target: string;
  baseline: string;
  targetLine: (period: string, value: string) => string;
  baselineLine: (period: string, value: string) => string;
  preliminary: string;
  suppressed: string;
  suppressedReason: string;
  missing: string;
  legend: string;
  chartLabel: (name: string) => string;
  summary: string;
  gapNarrowed: (since: string) => string;
  gapWidened: (since: string) => string;
  gapSame: (since: string) => string;
  noValues: string;
  download: string;
  downloadCsv: (sexes: string) => string;
  csvHeader: [string, string, string, string, string, string];
  about: string;
  definition: string;
  unit: string;
  units: Record<UnitKey, string>;
  direction: string;
  directions: Record<IndicatorDirection, string>;
  source: string;
  sourceKinds: Record<SourceKindKey, string>;
  koladaId: string;
  koladaLink: (id: string) => string;
  implementationBy: string;
  followUpBy: string;
  lastUpdated: string;
  measures: string;
  openDataLinks: string;
  openDataMeta: string;
  openDataCsv: string;
  openDataJson: string;
  demoData: string;
  footnote: string;
  // partners
  partnersTitle: string;
  partnersLead: string;
  noPartners: string;
  partnerKinds: Record<PartnerKindKey, string>;
  agreements: string;
  agreementKinds: Record<AgreementKindKey, string>;
  activities: string;
  website: string;
  partnersNotice: string;
  // follow-up overview
  overviewLink: string;
  overviewTitle: string;
  overviewLead: string;
  overviewPeriod: string;
  overviewShow: string;
  overviewNoPeriods: string;
  overviewDocument: (period: string) => string;
  overviewStatus: string;
  overviewGenderEqual: string;
  overviewGap: string;
  overviewRule: string;
  overviewGoalsByStatus: string;
  overviewAreasByStatus: string;
  overviewIndicatorsCaption: (goal: string) => string;
  overviewIndicatorsShort: string;
  overviewValueTarget: (sex: string) => string;
  overviewNoGoals: string;
  overviewLegend: string;
  overviewLegendGenderEqual: string;
  overviewLegendValues: string;
  overviewPublicNote: string;
}

const svSexes = { WOMEN: 'Kvinnor', MEN: 'Män', TOTAL: 'Totalt' } as const;
const enSexes = { WOMEN: 'Women', MEN: 'Men', TOTAL: 'Total' } as const;

export const publicStrings: Record<Language, PublicStrings> = {
  sv: {
    startTitle: 'Kommuner',
    startLead: 'Följ hur kommunernas integrationsstrategier går, med resultat för kvinnor och män.',
    searchLabel: 'Sök kommun',
    searchHint: 'Namn eller kommunkod',
    matches: (n) => (n === 1 ? '1 kommun' : `${n} kommuner`),
    noMatches: 'Ingen kommun matchar sökningen.',
    noMunicipalities: 'Det finns ingen kommun i Inkludera ännu.',
    municipality: 'Kommun',
    municipalityNav: 'Kommunens sidor',
    strategyLink: 'Strategi',
    partnersLink: 'Samverkansparter',
    unknownMunicipalityTitle: 'Kommunen finns inte',
    unknownMunicipalityBody: (code) => `Det finns ingen kommun med kommunkoden ${code} i Inkludera.`,
    toStartPage: 'Till listan över kommuner',
    municipalityLead: 'Uppföljning av integrationsstrategin, med resultat för kvinnor och män.',
    noDocument: 'Kommunen har inget antaget styrdokument i Inkludera ännu.',
    readDocument: 'Läs styrdokumentet',
    otherDocuments: 'Fler styrdokument',
    focusAreaCards: 'Fokusområden',
    goalCount: (n) => (n === 1 ? '1 mål' : `${n} mål`),
    indicatorCount: (n) => (n === 1 ? '1 indikator' : `${n} indikatorer`),
    trendOf: (name) => `Utveckling för ${name}`,
    trendText: (first, firstValue, last, lastValue) => `${first}: ${firstValue}, ${last}: ${lastValue}`,
    noTrend: 'Inga värden ännu',
    documentText: 'Text',
    noText: 'Styrdokumentets text finns inte i Inkludera.',
    versions: 'Versioner',
    versionLabel: (n) => `Version ${n}`,
    versionsStaffOnly: (current) =>
      `Det här är version ${current} av styrdokumentet. Tidigare versioner som aldrig antogs publiceras inte här; begär ut dem från kommunen om du vill läsa dem.`,
    currentVersion: 'gällande',
    changeNote: 'Ändring',
    ownerUnit: 'Dokumentansvarig',
    followedUpBy: 'Följs upp av',
    goalTree: 'Mål och indikatorer',
    partOf: 'Ingår i',
    goalsInArea: 'Mål i fokusområdet',
    parentGoal: 'Överordnat mål',
    notFoundTitle: (kind) => ({ document: 'Styrdokumentet finns inte', focusArea: 'Fokusområdet finns inte', goal: 'Målet finns inte', indicator: 'Indikatorn finns inte' })[kind],
    notFoundBody: (kind, code) =>
      `Det finns ${{ document: 'inget publicerat styrdokument', focusArea: 'inget publicerat fokusområde', goal: 'inget publicerat mål', indicator: 'ingen publicerad indikator' }[kind]} med den här adressen hos kommun ${code}. Den kan ha tagits bort eller aldrig ha publicerats.`,
    toMunicipality: (name) => `Till ${name}`,
    indicator: 'Indikator',
    chartHeading: 'Diagram',
    tableHeading: 'Tabell',
    showSexes: 'Visa',
    sexes: svSexes,
    sexesLower: { WOMEN: 'kvinnor', MEN: 'män', TOTAL: 'totalt' },
    period: 'Period',
    tableCaption: (name, unit) => `${name} (${unit}), per år och kön`,
    comparisonHeading: 'Jämförelse',
    comparisonIntro:
      'Samma indikator i de andra kommunerna här, så som de har publicerat den (små antal visas inte), och värdet för hela riket från Kolada där det har hämtats. De senaste åren.',
    comparisonCaption: (name, unit) => `${name} (${unit}) i andra kommuner och i riket, de senaste åren efter kön`,
    comparisonMunicipality: 'Kommun',
    comparisonNational: 'Riket (Kolada)',
    tableRegion: 'Tabell med värdena, kan rullas i sidled',
    target: 'Målvärde',
    baseline: 'Utgångsvärde',
    targetLine: (period, value) => `Målvärde ${period}: ${value}`,
    baselineLine: (period, value) => `Utgångsvärde ${period}: ${value}`,
    preliminary: 'preliminärt',
    suppressed: 'maskerat',
    suppressedReason: 'Värdet visas inte eftersom det bygger på så få personer att de skulle kunna identifieras.',
    missing: 'saknas',
    legend: 'Förklaring',
    chartLabel: (name) => `Diagram: ${name}`,
    summary: 'Sammanfattning',
    gapNarrowed: (since) => `skillnaden har minskat sedan ${since}`,
    gapWidened: (since) => `skillnaden har ökat sedan ${since}`,
    gapSame: (since) => `skillnaden är densamma som ${since}`,
    noValues: 'Inga publicerade värden ännu.',
    download: 'Ladda ner',
    downloadCsv: (sexes) => `Ladda ner tabellen som CSV (${sexes})`,
    csvHeader: ['Indikator', 'Enhet', 'Period', 'Kön', 'Värde', 'Status'],
    about: 'Om indikatorn',
    definition: 'Definition',
    unit: 'Enhet',
    units: { PERCENT: 'procent', COUNT: 'antal', RATIO: 'kvot', CURRENCY: 'kronor', INDEX: 'index', OTHER: 'övrigt' },
    direction: 'Önskad utveckling',
    directions: { INCREASE: 'ökning', DECREASE: 'minskning', KEEP: 'bibehållen nivå' },
    source: 'Källa',
    sourceKinds: { KOLADA: 'Kolada', MANUAL: 'Inrapporterat av kommunen', OTHER_SYSTEM: 'Annat system', SCB: 'SCB' },
    koladaId: 'Kolada-id',
    koladaLink: (id) => `${id} i Kolada (öppnas på kolada.se)`,
    implementationBy: 'Ansvarig för genomförande',
    followUpBy: 'Ansvarig för uppföljning',
    lastUpdated: 'Senast uppdaterad',
    measures: 'Mäter målen',
    openDataLinks: 'Öppna data för indikatorn',
    openDataMeta: 'Metadata (JSON)',
    openDataCsv: 'Alla publicerade värden (CSV)',
    openDataJson: 'Alla publicerade värden (JSON)',
    demoData: 'Demodata',
    footnote: 'Fotnot',
    partnersTitle: 'Samverkansparter',
    partnersLead: 'Organisationer som kommunen samarbetar med i integrationsarbetet, deras överenskommelser och de insatser de deltar i.',
    noPartners: 'Det finns inga publicerade samverkansparter för kommunen.',
    partnerKinds: {
      ASSOCIATION: 'Förening',
      BUSINESS: 'Företag',
      CIVIL_SOCIETY_ORGANISATION: 'Civilsamhällets organisation',
      EDUCATION_PROVIDER: 'Utbildningsanordnare',
      ESTABLISHMENT_CENTRE: 'Etableringscentrum',
      GOVERNMENT_AGENCY: 'Myndighet',
      OTHER: 'Annan',
      REGION: 'Region',
    },
    agreements: 'Överenskommelser',
    agreementKinds: { IOP: 'IOP', LOCAL_AGREEMENT: 'Lokal överenskommelse', OTHER: 'Annan', PROJECT: 'Projekt' },
    activities: 'Insatser',
    website: 'Webbplats',
    partnersNotice: 'Överenskommelser och insatser visas när kommunen har publicerat dem eller när du är inloggad.',
    overviewLink: 'Uppföljning',
    overviewTitle: 'Hur går det för strategin?',
    overviewLead: 'Status per fokusområde och mål, beräknad från publicerade värden mot målvärden och utgångsvärden, för kvinnor, män och totalt.',
    overviewPeriod: 'Period',
    overviewShow: 'Visa',
    overviewNoPeriods: 'Det finns inga publicerade värden att följa upp ännu.',
    overviewDocument: (period) => `: uppföljning ${period}`,
    overviewStatus: 'Status',
    overviewGenderEqual: 'Jämställd måluppfyllelse',
    overviewGap: 'Skillnad mellan kvinnor och män',
    overviewRule: 'Så räknas statusen (gäller fokusområden och mål)',
    overviewGoalsByStatus: 'Målen',
    overviewAreasByStatus: 'Fokusområdena',
    overviewIndicatorsCaption: (goal) => `Indikatorer för målet ${goal}: värde och målvärde`,
    overviewValueTarget: (sex) => `${sex}: värde / mål`,
    overviewIndicatorsShort: 'Indikatorer, värde och målvärde',
    overviewNoGoals: 'Fokusområdet har inga mål.',
    overviewLegend: 'Förklaring av statusarna',
    overviewLegendGenderEqual: 'Jämställd måluppfyllelse: målet är uppfyllt först när målvärdet är nått för både kvinnor och män.',
    overviewLegendValues: 'I tabellerna står senaste värdet och målvärdet, till exempel ”45 % / 50 %”; – betyder att värdet eller målvärdet saknas.',
    overviewPublicNote: 'Statusen beräknas bara från publicerade, slutliga värden. Kommunens egna bedömningar i uppföljningen syns inte här.',
  },
  en: {
    startTitle: 'Municipalities',
    startLead: 'Follow how the municipalities’ integration strategies are going, with results for women and men.',
    searchLabel: 'Search municipality',
    searchHint: 'Name or municipality code',
    matches: (n) => (n === 1 ? '1 municipality' : `${n} municipalities`),
    noMatches: 'No municipality matches the search.',
    noMunicipalities: 'There is no municipality in Inkludera yet.',
    municipality: 'Municipality',
    municipalityNav: 'Pages of the municipality',
    strategyLink: 'Strategy',
    partnersLink: 'Partners',
    unknownMunicipalityTitle: 'Municipality not found',
    unknownMunicipalityBody: (code) => `There is no municipality with the code ${code} in Inkludera.`,
    toStartPage: 'To the list of municipalities',
    municipalityLead: 'Follow-up of the integration strategy, with results for women and men.',
    noDocument: 'The municipality has no adopted steering document in Inkludera yet.',
    readDocument: 'Read the steering document',
    otherDocuments: 'More steering documents',
    focusAreaCards: 'Focus areas',
    goalCount: (n) => (n === 1 ? '1 goal' : `${n} goals`),
    indicatorCount: (n) => (n === 1 ? '1 indicator' : `${n} indicators`),
    trendOf: (name) => `Trend of ${name}`,
    trendText: (first, firstValue, last, lastValue) => `${first}: ${firstValue}, ${last}: ${lastValue}`,
    noTrend: 'No values yet',
    documentText: 'Text',
    noText: 'The text of the steering document is not in Inkludera.',
    versions: 'Versions',
    versionLabel: (n) => `Version ${n}`,
    versionsStaffOnly: (current) =>
      `This is version ${current} of the steering document. Earlier versions that were never adopted are not published here; ask the municipality for a copy if you want to read them.`,
    currentVersion: 'current',
    changeNote: 'Change',
    ownerUnit: 'Owner',
    followedUpBy: 'Followed up by',
    goalTree: 'Goals and indicators',
    partOf: 'Part of',
    goalsInArea: 'Goals in the focus area',
    parentGoal: 'Parent goal',
    notFoundTitle: (kind) => ({ document: 'Steering document not found', focusArea: 'Focus area not found', goal: 'Goal not found', indicator: 'Indicator not found' })[kind],
    notFoundBody: (kind, code) =>
      `There is no published ${{ document: 'steering document', focusArea: 'focus area', goal: 'goal', indicator: 'indicator' }[kind]} at this address for municipality ${code}. It may have been removed or never published.`,
    toMunicipality: (name) => `To ${name}`,
    indicator: 'Indicator',
    chartHeading: 'Chart',
    tableHeading: 'Table',
    showSexes: 'Show',
    sexes: enSexes,
    sexesLower: { WOMEN: 'women', MEN: 'men', TOTAL: 'total' },
    period: 'Period',
    tableCaption: (name, unit) => `${name} (${unit}), by year and sex`,
    comparisonHeading: 'Comparison',
    comparisonIntro:
      'The same indicator in the other municipalities here, as they have published it (small counts are not shown), and the value for the whole country from Kolada where it has been imported. The latest years.',
    comparisonCaption: (name, unit) => `${name} (${unit}) in other municipalities and the whole country, the latest years by sex`,
    comparisonMunicipality: 'Municipality',
    comparisonNational: 'Sweden (Kolada)',
    tableRegion: 'Table of the values, scrolls sideways',
    target: 'Target',
    baseline: 'Baseline',
    targetLine: (period, value) => `Target ${period}: ${value}`,
    baselineLine: (period, value) => `Baseline ${period}: ${value}`,
    preliminary: 'preliminary',
    suppressed: 'suppressed',
    suppressedReason: 'The value is not shown because it is based on so few people that they could be identified.',
    missing: 'missing',
    legend: 'Legend',
    chartLabel: (name) => `Chart: ${name}`,
    summary: 'Summary',
    gapNarrowed: (since) => `the gap has narrowed since ${since}`,
    gapWidened: (since) => `the gap has widened since ${since}`,
    gapSame: (since) => `the gap is the same as in ${since}`,
    noValues: 'No published values yet.',
    download: 'Download',
    downloadCsv: (sexes) => `Download the table as CSV (${sexes})`,
    csvHeader: ['Indicator', 'Unit', 'Period', 'Sex', 'Value', 'Status'],
    about: 'About the indicator',
    definition: 'Definition',
    unit: 'Unit',
    units: { PERCENT: 'per cent', COUNT: 'number', RATIO: 'ratio', CURRENCY: 'kronor', INDEX: 'index', OTHER: 'other' },
    direction: 'Desired change',
    directions: { INCREASE: 'increase', DECREASE: 'decrease', KEEP: 'keep the level' },
    source: 'Source',
    sourceKinds: { KOLADA: 'Kolada', MANUAL: 'Reported by the municipality', OTHER_SYSTEM: 'Another system', SCB: 'Statistics Sweden' },
    koladaId: 'Kolada id',
    koladaLink: (id) => `${id} in Kolada (opens kolada.se)`,
    implementationBy: 'Responsible for implementation',
    followUpBy: 'Responsible for follow-up',
    lastUpdated: 'Last updated',
    measures: 'Measures the goals',
    openDataLinks: 'Open data for the indicator',
    openDataMeta: 'Metadata (JSON)',
    openDataCsv: 'All published values (CSV)',
    openDataJson: 'All published values (JSON)',
    demoData: 'Demo data',
    footnote: 'Footnote',
    partnersTitle: 'Partners',
    partnersLead: 'Organisations the municipality works with on integration, their agreements and the activities they take part in.',
    noPartners: 'There are no published partners for the municipality.',
    partnerKinds: {
      ASSOCIATION: 'Association',
      BUSINESS: 'Business',
      CIVIL_SOCIETY_ORGANISATION: 'Civil society organisation',
      EDUCATION_PROVIDER: 'Education provider',
      ESTABLISHMENT_CENTRE: 'Establishment centre',
      GOVERNMENT_AGENCY: 'Government agency',
      OTHER: 'Other',
      REGION: 'Region',
    },
    agreements: 'Agreements',
    agreementKinds: { IOP: 'Idea-based public partnership (IOP)', LOCAL_AGREEMENT: 'Local agreement', OTHER: 'Other', PROJECT: 'Project' },
    activities: 'Activities',
    website: 'Website',
    partnersNotice: 'Agreements and activities are shown once the municipality has published them, or when you are logged in.',
    overviewLink: 'Follow-up',
    overviewTitle: 'How is the strategy going?',
    overviewLead: 'Status per focus area and goal, computed from published values against targets and baselines, for women, men and in total.',
    overviewPeriod: 'Period',
    overviewShow: 'Show',
    overviewNoPeriods: 'There are no published values to follow up yet.',
    overviewDocument: (period) => `: follow-up ${period}`,
    overviewStatus: 'Status',
    overviewGenderEqual: 'Gender-equal fulfilment',
    overviewGap: 'Gap between women and men',
    overviewRule: 'How the status is worked out (for focus areas and goals)',
    overviewGoalsByStatus: 'The goals',
    overviewAreasByStatus: 'The focus areas',
    overviewIndicatorsCaption: (goal) => `Indicators of the goal ${goal}: value and target`,
    overviewValueTarget: (sex) => `${sex}: value / target`,
    overviewIndicatorsShort: 'Indicators, value and target',
    overviewNoGoals: 'The focus area has no goals.',
    overviewLegend: 'What the statuses mean',
    overviewLegendGenderEqual: 'Gender-equal fulfilment: met only when the target is met for both women and men.',
    overviewLegendValues: 'The tables give the latest value and the target, for example “45% / 50%”; – means the value or the target is missing.',
    overviewPublicNote: 'The status is computed from published, final values only. The municipality’s own assessments in its follow-up are not shown here.',
  },
};
