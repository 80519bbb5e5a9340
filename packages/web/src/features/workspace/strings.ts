import type { ApiKeyScope, ErrorCode, IndicatorDirection, IndicatorSourceKind, IndicatorUnit, PeriodType, Sex, StaffRole } from './gql/graphql';
import type { Language } from '../../app/language';

/** Every text of the staff workspace, Swedish first; label maps keyed by the generated enums. */
export interface WorkspaceStrings {
  workspace: string;
  workspaceNav: string;
  loginTitle: string;
  loginIntro: string;
  email: string;
  password: string;
  logIn: string;
  loggingIn: string;
  logOut: string;
  errorSummaryTitle: string;
  emailRequired: string;
  passwordRequired: string;
  loginFailed: string;
  tooManyAttempts: (minutes: number | null) => string;
  rateLimited: string;
  unavailable: string;
  networkError: string;
  loggedInAs: string;
  role: Record<StaffRole, string>;
  operator: string;
  sessionExpiredTitle: string;
  sessionExpiredBody: string;
  logInAgain: string;
  homeTitle: string;
  homeIntro: string;
  reportingLink: string;
  reportingDescription: string;
  apiKeysLink: string;
  apiKeysDescription: string;
  // Reporting grid
  reportingTitle: string;
  reportingIntro: string;
  period: string;
  periodHint: string;
  showPeriod: string;
  indicatorsShown: (count: number) => string;
  noIndicators: string;
  gridCaption: (period: string) => string;
  indicator: string;
  sex: Record<Sex, string>;
  footnote: string;
  status: string;
  statusSaved: string;
  statusMissing: string;
  statusChanged: string;
  statusError: string;
  notDividedBySex: string;
  computedTotal: string;
  cellLabel: (indicator: string, column: string) => string;
  save: string;
  saving: string;
  checking: string;
  saved: (inserted: number, updated: number) => string;
  nothingChanged: string;
  unsavedCount: (count: number) => string;
  discard: string;
  keyboardHint: string;
  rowError: (indicator: string, column: string, message: string) => string;
  conflictTitle: string;
  conflictIntro: string;
  /** Someone else saved the same values meanwhile: the grid took their versions. */
  savedMeanwhile: string;
  conflictCell: (indicator: string, column: string) => string;
  theirValue: (value: string, who: string | null) => string;
  yourValue: (value: string) => string;
  keepMine: string;
  useTheirs: string;
  empty: string;
  leaveTitle: string;
  leaveBody: string;
  leaveBodyForm: string;
  leave: string;
  stay: string;
  errorCode: Partial<Record<ErrorCode, string>>;
  notANumber: string;
  // API keys
  apiKeysTitle: string;
  apiKeysIntro: string;
  createKeyTitle: string;
  keyName: string;
  keyNameHint: string;
  scopesLegend: string;
  scope: Record<ApiKeyScope, string>;
  unitsLegend: string;
  unitsHint: string;
  createKey: string;
  creatingKey: string;
  keyNameRequired: string;
  scopesRequired: string;
  newKeyTitle: string;
  newKeyBody: string;
  copy: string;
  copied: string;
  keysTableCaption: string;
  keyPrefix: string;
  scopes: string;
  units: string;
  allUnits: string;
  created: string;
  lastUsed: string;
  never: string;
  state: string;
  active: string;
  revokedAt: (when: string) => string;
  revoke: (name: string) => string;
  revokeLabel: string;
  revoked: (name: string) => string;
  actions: string;
  usersLink: string;
  usersDescription: string;
  usersTitle: string;
  usersIntro: string;
  search: string;
  searchButton: string;
  usersCaption: (count: number) => string;
  name: string;
  roleLabel: string;
  lastLogin: string;
  disabled: string;
  edit: (name: string) => string;
  editLabel: string;
  editTitle: (name: string) => string;
  createUserTitle: string;
  createUser: string;
  nameRequired: string;
  unitsForEditors: string;
  initialPasswordTitle: (name: string) => string;
  initialPasswordBody: string;
  saveUser: string;
  cancel: string;
  userSaved: (name: string) => string;
  showMore: string;
  auditLink: string;
  auditDescription: string;
  auditTitle: string;
  auditIntro: string;
  operation: string;
  operationHint: string;
  objectId: string;
  actor: string;
  anyone: string;
  apiKeyActor: (name: string) => string;
  fromDate: string;
  toDate: string;
  filter: string;
  clearFilter: string;
  auditCaption: (shown: number, total: number) => string;
  when: string;
  who: string;
  what: string;
  object: string;
  requestId: string;
  indicatorsLink: string;
  indicatorsDescription: string;
  indicatorsTitle: string;
  indicatorsIntro: string;
  newIndicator: string;
  indicatorsCaption: (shown: number, total: number) => string;
  published: string;
  unpublished: string;
  sensitiveMark: string;
  responsibility: string;
  newIndicatorTitle: string;
  editIndicatorTitle: (name: string) => string;
  backToIndicators: string;
  field: {
    nameSv: string;
    nameEn: string;
    definition: string;
    unit: string;
    decimals: string;
    direction: string;
    periodicity: string;
    dividedBySex: string;
    responsibleImplementationUnitId: string;
    responsibleImplementationRole: string;
    responsibleFollowUpUnitId: string;
    responsibleFollowUpRole: string;
    source: string;
    sourceKind: string;
    sourceReference: string;
    baselinePeriod: string;
    baselineValue: string;
    licence: string;
    goalIds: string;
    published: string;
    sensitive: string;
  };
  hint: { sensitive: string; published: string; licence: string; sourceReference: string; decimals: string };
  sections: { about: string; responsibility: string; source: string; goals: string; publishing: string };
  chooseUnit: string;
  unitLabel: Record<IndicatorUnit, string>;
  directionLabel: Record<IndicatorDirection, string>;
  periodicityLabel: Record<PeriodType, string>;
  sourceKindLabel: Record<IndicatorSourceKind, string>;
  saveIndicator: string;
  createIndicator: string;
  indicatorSaved: string;
  indicatorCreated: string;
  publish: string;
  unpublish: string;
  publishedNow: string;
  unpublishedNow: string;
  conflictIndicator: string;
  reloadLatest: string;
  targetsTitle: string;
  targetsCaption: string;
  targetValue: string;
  targetSex: string;
  targetComment: string;
  addTarget: string;
  removeTarget: (period: string, sex: string) => string;
  removeLabel: string;
  targetAdded: string;
  noTargets: string;
  viewPublic: string;
  numberRequired: string;
  importLink: string;
  importDescription: string;
  importTitle: string;
  importIntro: string;
  chooseFile: string;
  chooseFileHint: string;
  template: string;
  fileUnreadable: string;
  mappingLegend: string;
  mappingHint: string;
  importField: Record<'indicator' | 'period' | 'sex' | 'value' | 'footnote', string>;
  notInFile: string;
  column: (n: number, name: string) => string;
  preview: string;
  previewing: string;
  previewCaption: (lines: number, bad: number) => string;
  line: string;
  problem: string;
  ok: string;
  importProblem: Record<'indicator' | 'sex' | 'value' | 'period', string>;
  nothingImported: (bad: number) => string;
  importAll: (count: number) => string;
  importing: string;
  imported: (inserted: number, updated: number, unchanged: number) => string;
  overviewTitle: string;
  /** The heading of the links to every workspace view, under My overview. */
  shortcutsTitle: string;
  missingTitle: (period: string) => string;
  missingNone: (period: string) => string;
  missingWhat: (sexes: string) => string;
  reportNow: string;
  activityDue: (date: string) => string;
  activityOverdue: (date: string) => string;
  activityNoEnd: string;
  activityStatus: Record<'PLANNED' | 'ONGOING' | 'DONE' | 'CANCELLED', string>;
}

export const workspaceStrings: Record<Language, WorkspaceStrings> = {
  sv: {
    workspace: 'Arbetsyta',
    workspaceNav: 'Arbetsytan',
    loginTitle: 'Logga in',
    loginIntro: 'Logga in med ditt konto i Inkludera för att rapportera utfall och administrera.',
    email: 'E-postadress',
    password: 'Lösenord',
    logIn: 'Logga in',
    loggingIn: 'Loggar in …',
    logOut: 'Logga ut',
    errorSummaryTitle: 'Det finns ett problem',
    emailRequired: 'Ange din e-postadress',
    passwordRequired: 'Ange ditt lösenord',
    loginFailed: 'E-postadressen eller lösenordet stämmer inte',
    tooManyAttempts: (minutes) =>
      minutes === null
        ? 'För många misslyckade inloggningar. Vänta en stund och försök igen.'
        : `För många misslyckade inloggningar. Försök igen om ${minutes} ${minutes === 1 ? 'minut' : 'minuter'}.`,
    rateLimited: 'För många förfrågningar på kort tid. Vänta en stund och försök igen.',
    unavailable: 'Tjänsten är tillfälligt otillgänglig. Försök igen om en liten stund.',
    networkError: 'Det gick inte att nå servern. Kontrollera anslutningen och försök igen.',
    loggedInAs: 'Inloggad som',
    role: { ADMIN: 'administratör', EDITOR: 'redaktör', VIEWER: 'läsare' },
    operator: 'driftansvarig',
    sessionExpiredTitle: 'Du har blivit utloggad',
    sessionExpiredBody: 'Din inloggning har gått ut. Det du har skrivit finns kvar: logga in igen så kommer du tillbaka hit.',
    logInAgain: 'Logga in igen',
    homeTitle: 'Arbetsyta',
    homeIntro: 'Här rapporterar du utfall för dina indikatorer och administrerar kommunens konton.',
    reportingLink: 'Rapportera utfall',
    reportingDescription: 'Fyll i värden för kvinnor och män för en period och spara alla på en gång.',
    apiKeysLink: 'API-nycklar',
    apiKeysDescription: 'Nycklar för andra system i kommunen: skapa, begränsa och återkalla.',
    reportingTitle: 'Rapportera utfall',
    reportingIntro: 'Indikatorerna som dina enheter ansvarar för. Ändra värden i tabellen och spara alla på en gång; allt kontrolleras innan något sparas.',
    period: 'Period',
    periodHint: 'Till exempel 2026, 2026-S1, 2026-T2, 2026-Q3 eller 2026-M05',
    showPeriod: 'Visa perioden',
    indicatorsShown: (count) => `${count} ${count === 1 ? 'indikator' : 'indikatorer'} med den här periodiciteten`,
    noIndicators: 'Det finns inga indikatorer med den här periodiciteten som du ansvarar för.',
    gridCaption: (period) => `Utfall för ${period}`,
    indicator: 'Indikator',
    sex: { WOMEN: 'Kvinnor', MEN: 'Män', TOTAL: 'Totalt' },
    footnote: 'Fotnot',
    status: 'Status',
    statusSaved: 'Sparat',
    statusMissing: 'Saknas',
    statusChanged: 'Ändrat, inte sparat',
    statusError: 'Fel',
    notDividedBySex: 'Redovisas inte per kön',
    computedTotal: 'Summan av kvinnor och män',
    cellLabel: (indicator, column) => `${indicator}: ${column}`,
    save: 'Spara alla ändringar',
    saving: 'Sparar …',
    checking: 'Kontrollerar …',
    saved: (inserted, updated) => `Sparat: ${inserted} nya och ${updated} ändrade värden.`,
    nothingChanged: 'Det finns inga ändringar att spara.',
    unsavedCount: (count) => `${count} ${count === 1 ? 'ändrad indikator' : 'ändrade indikatorer'} inte sparade`,
    discard: 'Ångra ändringarna',
    keyboardHint: 'Piltangenterna och Enter flyttar mellan cellerna, som i ett kalkylark.',
    rowError: (indicator, column, message) => `${indicator}, ${column}: ${message}`,
    conflictTitle: 'Någon annan har ändrat samma värden',
    conflictIntro: 'Värdena nedan har sparats av någon annan sedan du öppnade sidan. Välj för varje värde vilket som ska gälla och spara igen.',
    savedMeanwhile: 'Någon annan har sparat samma värden under tiden. Granska raderna och spara igen.',
    conflictCell: (indicator, column) => `${indicator}, ${column}`,
    theirValue: (value, who) => (who ? `Sparat av ${who}: ${value}` : `Sparat: ${value}`),
    yourValue: (value) => `Ditt värde: ${value}`,
    keepMine: 'Behåll mitt värde',
    useTheirs: 'Använd det sparade värdet',
    empty: 'tomt',
    leaveTitle: 'Du har ändringar som inte är sparade',
    leaveBody: 'Om du lämnar sidan nu sparas de inte. De finns kvar i den här fliken tills du stänger den.',
    leaveBodyForm: 'Om du lämnar sidan nu sparas de inte.',
    leave: 'Lämna sidan',
    stay: 'Stanna kvar',
    errorCode: {
      OUT_OF_RANGE: 'Värdet ligger utanför det tillåtna intervallet',
      TOO_MANY_DECIMALS: 'Värdet har för många decimaler',
      TOTAL_MISMATCH: 'Totalen stämmer inte med kvinnor och män',
      INVALID_PERIOD: 'Perioden stämmer inte',
      PERIOD_MISMATCH: 'Perioden passar inte indikatorns periodicitet',
      NOT_DIVIDED_BY_SEX: 'Indikatorn redovisas inte per kön',
      FORBIDDEN: 'Du får inte ändra den här indikatorn',
      INVALID_VALUE: 'Värdet är inte giltigt',
      RESPONSIBILITY_REQUIRED: 'Välj en enhet i kommunen som har ansvaret',
      DUPLICATE: 'Det finns redan en med samma värde',
      REQUIRED: 'Fältet måste fyllas i',
    },
    notANumber: 'Ange ett tal, till exempel 12 eller 3,5',
    apiKeysTitle: 'API-nycklar',
    apiKeysIntro: 'En API-nyckel låter ett annat system i kommunen läsa eller rapportera data. Nyckeln visas bara en gång, när den skapas.',
    createKeyTitle: 'Skapa en nyckel',
    keyName: 'Vad nyckeln är till för',
    keyNameHint: 'Till exempel Ekonomisystemet',
    scopesLegend: 'Behörigheter',
    scope: { READ: 'Läsa', WRITE_MEASUREMENTS: 'Rapportera utfall', WRITE_PLANS: 'Ändra planer (mål, indikatorer, insatser)' },
    unitsLegend: 'Begränsa till enheter',
    unitsHint: 'Välj inga enheter för att nyckeln ska gälla hela kommunen.',
    createKey: 'Skapa nyckeln',
    creatingKey: 'Skapar …',
    keyNameRequired: 'Skriv vad nyckeln är till för',
    scopesRequired: 'Välj minst en behörighet',
    newKeyTitle: 'Nyckeln är skapad',
    newKeyBody: 'Kopiera nyckeln nu och spara den på ett säkert ställe. Den visas inte igen.',
    copy: 'Kopiera nyckeln',
    copied: 'Nyckeln är kopierad',
    keysTableCaption: 'Kommunens API-nycklar',
    keyPrefix: 'Början av nyckeln',
    scopes: 'Behörigheter',
    units: 'Enheter',
    allUnits: 'Hela kommunen',
    created: 'Skapad',
    lastUsed: 'Senast använd',
    never: 'Aldrig',
    state: 'Läge',
    active: 'Aktiv',
    revokedAt: (when) => `Återkallad ${when}`,
    revoke: (name) => `Återkalla ${name}`,
    revokeLabel: 'Återkalla',
    revoked: (name) => `Nyckeln ${name} är återkallad.`,
    actions: 'Åtgärder',
    usersLink: 'Användare',
    usersDescription: 'Kommunens konton: roller och, för redaktörer, enheter.',
    usersTitle: 'Användare',
    usersIntro: 'Administratörer får göra allt i kommunen, redaktörer ändrar för sina enheter och läsare läser.',
    search: 'Sök på namn eller e-postadress',
    searchButton: 'Sök',
    usersCaption: (count) => `${count} ${count === 1 ? 'användare' : 'användare'}`,
    name: 'Namn',
    roleLabel: 'Roll',
    lastLogin: 'Senast inloggad',
    disabled: 'Avstängd',
    edit: (name) => `Ändra ${name}`,
    editLabel: 'Ändra',
    editTitle: (name) => `Ändra ${name}`,
    createUserTitle: 'Lägg till en användare',
    createUser: 'Lägg till användaren',
    nameRequired: 'Skriv personens namn',
    unitsForEditors: 'Enheter (för redaktörer)',
    initialPasswordTitle: (name) => `${name} är tillagd`,
    initialPasswordBody: 'Det första lösenordet visas bara nu. Lämna det till personen på ett säkert sätt.',
    saveUser: 'Spara ändringarna',
    cancel: 'Avbryt',
    userSaved: (name) => `Ändringarna för ${name} är sparade.`,
    showMore: 'Visa fler',
    auditLink: 'Logg',
    auditDescription: 'Vem ändrade vad och när, med filter.',
    auditTitle: 'Ändringslogg',
    auditIntro: 'Varje ändring i kommunens data, nyaste först.',
    operation: 'Ändring',
    operationHint: 'Till exempel upsertMeasurements eller updateIndicator',
    objectId: 'Objektets id',
    actor: 'Vem',
    anyone: 'Alla',
    apiKeyActor: (name) => `API-nyckel: ${name}`,
    fromDate: 'Från och med datum',
    toDate: 'Till och med datum',
    filter: 'Filtrera',
    clearFilter: 'Visa alla',
    auditCaption: (shown, total) => `Visar ${shown} av ${total} ändringar`,
    when: 'När',
    who: 'Vem',
    what: 'Ändring',
    object: 'Objekt',
    requestId: 'Anrop',
    indicatorsLink: 'Indikatorer',
    indicatorsDescription: 'Skapa och ändra indikatorer, målvärden per kön och publicering.',
    indicatorsTitle: 'Indikatorer',
    indicatorsIntro: 'Kommunens indikatorer. Varje indikator har en enhet som ansvarar för genomförandet och en för uppföljningen.',
    newIndicator: 'Ny indikator',
    indicatorsCaption: (shown, total) => `Visar ${shown} av ${total} indikatorer`,
    published: 'Publicerad',
    unpublished: 'Inte publicerad',
    sensitiveMark: 'Känslig',
    responsibility: 'Ansvar (genomförande / uppföljning)',
    newIndicatorTitle: 'Ny indikator',
    editIndicatorTitle: (name) => `Ändra indikatorn ${name}`,
    backToIndicators: 'Tillbaka till indikatorerna',
    field: {
      nameSv: 'Namn på svenska',
      nameEn: 'Namn på engelska',
      definition: 'Definition',
      unit: 'Enhet',
      decimals: 'Antal decimaler',
      direction: 'Önskad riktning',
      periodicity: 'Periodicitet',
      dividedBySex: 'Redovisas för kvinnor och män',
      responsibleImplementationUnitId: 'Ansvarig enhet för genomförande',
      responsibleImplementationRole: 'Ansvarig roll för genomförande',
      responsibleFollowUpUnitId: 'Ansvarig enhet för uppföljning',
      responsibleFollowUpRole: 'Ansvarig roll för uppföljning',
      source: 'Källa',
      sourceKind: 'Typ av källa',
      sourceReference: 'Id hos källan',
      baselinePeriod: 'Period för utgångsvärdet',
      baselineValue: 'Utgångsvärde',
      licence: 'Licens (URI)',
      goalIds: 'Mål som indikatorn följer upp',
      published: 'Publicerad',
      sensitive: 'Känsliga värden',
    },
    hint: {
      sensitive: 'Små publicerade värden döljs, som för antal, även om enheten inte är antal.',
      published: 'Publicerade indikatorer syns på den öppna webbplatsen och i öppna data.',
      licence: 'Tomt betyder kommunens standard (CC0).',
      sourceReference: 'Till exempel Koladas KPI-id N00945',
      decimals: '0–6',
    },
    sections: { about: 'Om indikatorn', responsibility: 'Ansvar', source: 'Källa och utgångsvärde', goals: 'Mål', publishing: 'Publicering' },
    chooseUnit: 'Välj en enhet',
    unitLabel: { COUNT: 'Antal', PERCENT: 'Procent', RATIO: 'Kvot', INDEX: 'Index', CURRENCY: 'Kronor', OTHER: 'Annan' },
    directionLabel: { INCREASE: 'Öka', DECREASE: 'Minska', KEEP: 'Behålla' },
    periodicityLabel: { YEAR: 'År', HALF_YEAR: 'Halvår', TERTIAL: 'Tertial', QUARTER: 'Kvartal', MONTH: 'Månad' },
    sourceKindLabel: { MANUAL: 'Inmatad', KOLADA: 'Kolada', SCB: 'SCB', OTHER_SYSTEM: 'Annat system' },
    saveIndicator: 'Spara indikatorn',
    createIndicator: 'Skapa indikatorn',
    indicatorSaved: 'Indikatorn är sparad.',
    indicatorCreated: 'Indikatorn är skapad.',
    publish: 'Publicera',
    unpublish: 'Avpublicera',
    publishedNow: 'Indikatorn är publicerad.',
    unpublishedNow: 'Indikatorn är inte längre publicerad.',
    conflictIndicator:
      'Någon annan har sparat indikatorn sedan du öppnade den. Dina ändringar finns kvar i formuläret; läs in den senaste versionen och gör om dem, eller spara igen efter att du har läst in den.',
    reloadLatest: 'Läs in den senaste versionen',
    targetsTitle: 'Målvärden',
    targetsCaption: 'Målvärden per period och kön',
    targetValue: 'Målvärde',
    targetSex: 'Gäller',
    targetComment: 'Kommentar',
    addTarget: 'Lägg till målvärdet',
    removeTarget: (period, sex) => `Ta bort målvärdet för ${period}, ${sex}`,
    removeLabel: 'Ta bort',
    targetAdded: 'Målvärdet är tillagt.',
    noTargets: 'Inga målvärden ännu.',
    viewPublic: 'Visa på den öppna webbplatsen',
    numberRequired: 'Ange ett tal',
    importLink: 'Importera',
    importDescription: 'Läs in utfall från en CSV- eller Excelfil, med förhandsgranskning.',
    importTitle: 'Importera utfall',
    importIntro: 'Läs in värden från en CSV- eller Excelfil (xlsx). Allt kontrolleras först; ingenting sparas förrän varje rad är rätt, och då sparas allt på en gång.',
    chooseFile: 'Fil',
    chooseFileHint: 'CSV (semikolon eller komma) eller xlsx. Första raden är rubriker.',
    template: 'Ladda ner en mall (CSV)',
    fileUnreadable: 'Filen gick inte att läsa. Välj en CSV- eller xlsx-fil.',
    mappingLegend: 'Vilken kolumn innehåller vad?',
    mappingHint: 'Valet sparas till nästa gång du läser in en fil med samma rubriker. Indikatorer känns igen på id, Kolada-id eller namn.',
    importField: { indicator: 'Indikator', period: 'Period', sex: 'Kön', value: 'Värde', footnote: 'Fotnot' },
    notInFile: 'Finns inte i filen',
    column: (n, name) => `Kolumn ${n}: ${name}`,
    preview: 'Förhandsgranska',
    previewing: 'Kontrollerar …',
    previewCaption: (lines, bad) => `${lines} rader, ${bad} med fel`,
    line: 'Rad',
    problem: 'Kontroll',
    ok: 'Rätt',
    importProblem: {
      indicator: 'Indikatorn finns inte (id, Kolada-id eller namn)',
      sex: 'Okänt kön (kvinnor, män eller totalt)',
      value: 'Värdet är inte ett tal',
      period: 'Perioden saknas',
    },
    nothingImported: (bad) => `Ingenting är importerat: ${bad} ${bad === 1 ? 'rad har' : 'rader har'} fel. Rätta filen och läs in den igen.`,
    importAll: (count) => `Importera ${count} värden`,
    importing: 'Importerar …',
    overviewTitle: 'Min översikt',
    shortcutsTitle: 'Genvägar',
    missingTitle: (period) => `Indikatorer som saknar värden för ${period}`,
    missingNone: (period) => `Alla dina årsindikatorer har värden för ${period}.`,
    missingWhat: (sexes) => `Saknar: ${sexes}`,
    reportNow: 'Rapportera nu',
    activityDue: (date) => `Ska vara klar ${date}`,
    activityOverdue: (date) => `Skulle ha varit klar ${date}`,
    activityNoEnd: 'Inget slutdatum',
    activityStatus: { PLANNED: 'Planerad', ONGOING: 'Pågår', DONE: 'Klar', CANCELLED: 'Avbruten' },
    imported: (inserted, updated, unchanged) => `Importerat: ${inserted} nya, ${updated} ändrade och ${unchanged} oförändrade värden.`,
  },
  en: {
    workspace: 'Workspace',
    workspaceNav: 'The workspace',
    loginTitle: 'Log in',
    loginIntro: 'Log in with your Inkludera account to report results and administer.',
    email: 'Email address',
    password: 'Password',
    logIn: 'Log in',
    loggingIn: 'Logging in …',
    logOut: 'Log out',
    errorSummaryTitle: 'There is a problem',
    emailRequired: 'Enter your email address',
    passwordRequired: 'Enter your password',
    loginFailed: 'The email address or the password is not right',
    tooManyAttempts: (minutes) =>
      minutes === null ? 'Too many failed logins. Wait a while and try again.' : `Too many failed logins. Try again in ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}.`,
    rateLimited: 'Too many requests in a short time. Wait a moment and try again.',
    unavailable: 'The service is unavailable for the moment. Try again shortly.',
    networkError: 'The server could not be reached. Check the connection and try again.',
    loggedInAs: 'Logged in as',
    role: { ADMIN: 'administrator', EDITOR: 'editor', VIEWER: 'reader' },
    operator: 'platform operator',
    sessionExpiredTitle: 'You have been logged out',
    sessionExpiredBody: 'Your session has ended. What you typed is kept: log in again and you come back here.',
    logInAgain: 'Log in again',
    homeTitle: 'Workspace',
    homeIntro: 'Report results for your indicators and administer the municipality’s accounts.',
    reportingLink: 'Report results',
    reportingDescription: 'Enter values for women and men for a period and save them all at once.',
    apiKeysLink: 'API keys',
    apiKeysDescription: 'Keys for the municipality’s other systems: create, limit and revoke.',
    reportingTitle: 'Report results',
    reportingIntro: 'The indicators your units are responsible for. Change values in the table and save them all at once; everything is checked before anything is saved.',
    period: 'Period',
    periodHint: 'For example 2026, 2026-S1, 2026-T2, 2026-Q3 or 2026-M05',
    showPeriod: 'Show the period',
    indicatorsShown: (count) => `${count} ${count === 1 ? 'indicator' : 'indicators'} of this periodicity`,
    noIndicators: 'There are no indicators of this periodicity that you are responsible for.',
    gridCaption: (period) => `Results for ${period}`,
    indicator: 'Indicator',
    sex: { WOMEN: 'Women', MEN: 'Men', TOTAL: 'Total' },
    footnote: 'Footnote',
    status: 'Status',
    statusSaved: 'Saved',
    statusMissing: 'Missing',
    statusChanged: 'Changed, not saved',
    statusError: 'Error',
    notDividedBySex: 'Not reported by sex',
    computedTotal: 'The sum of women and men',
    cellLabel: (indicator, column) => `${indicator}: ${column}`,
    save: 'Save all changes',
    saving: 'Saving …',
    checking: 'Checking …',
    saved: (inserted, updated) => `Saved: ${inserted} new and ${updated} changed values.`,
    nothingChanged: 'There are no changes to save.',
    unsavedCount: (count) => `${count} changed ${count === 1 ? 'indicator' : 'indicators'} not saved`,
    discard: 'Undo the changes',
    keyboardHint: 'The arrow keys and Enter move between the cells, as in a spreadsheet.',
    rowError: (indicator, column, message) => `${indicator}, ${column}: ${message}`,
    conflictTitle: 'Someone else changed the same values',
    conflictIntro: 'The values below were saved by someone else since you opened the page. Choose which one applies for each and save again.',
    savedMeanwhile: 'Someone else saved the same values meanwhile. Check the rows and save again.',
    conflictCell: (indicator, column) => `${indicator}, ${column}`,
    theirValue: (value, who) => (who ? `Saved by ${who}: ${value}` : `Saved: ${value}`),
    yourValue: (value) => `Your value: ${value}`,
    keepMine: 'Keep my value',
    useTheirs: 'Use the saved value',
    empty: 'empty',
    leaveTitle: 'You have changes that are not saved',
    leaveBody: 'If you leave the page now they are not saved. They are kept in this tab until you close it.',
    leaveBodyForm: 'If you leave the page now they are not saved.',
    leave: 'Leave the page',
    stay: 'Stay',
    errorCode: {
      OUT_OF_RANGE: 'The value is outside the allowed range',
      TOO_MANY_DECIMALS: 'The value has too many decimals',
      TOTAL_MISMATCH: 'The total does not match women and men',
      INVALID_PERIOD: 'The period is not right',
      PERIOD_MISMATCH: 'The period does not fit the indicator’s periodicity',
      NOT_DIVIDED_BY_SEX: 'The indicator is not reported by sex',
      FORBIDDEN: 'You may not change this indicator',
      INVALID_VALUE: 'The value is not valid',
    },
    notANumber: 'Enter a number, for example 12 or 3.5',
    apiKeysTitle: 'API keys',
    apiKeysIntro: 'An API key lets another system of the municipality read or report data. The key is shown once only, when it is created.',
    createKeyTitle: 'Create a key',
    keyName: 'What the key is for',
    keyNameHint: 'For example the finance system',
    scopesLegend: 'Permissions',
    scope: { READ: 'Read', WRITE_MEASUREMENTS: 'Report results', WRITE_PLANS: 'Change plans (goals, indicators, activities)' },
    unitsLegend: 'Limit to units',
    unitsHint: 'Choose no unit for a key of the whole municipality.',
    createKey: 'Create the key',
    creatingKey: 'Creating …',
    keyNameRequired: 'Write what the key is for',
    scopesRequired: 'Choose at least one permission',
    newKeyTitle: 'The key is created',
    newKeyBody: 'Copy the key now and keep it somewhere safe. It is not shown again.',
    copy: 'Copy the key',
    copied: 'The key is copied',
    keysTableCaption: 'The municipality’s API keys',
    keyPrefix: 'Start of the key',
    scopes: 'Permissions',
    units: 'Units',
    allUnits: 'The whole municipality',
    created: 'Created',
    lastUsed: 'Last used',
    never: 'Never',
    state: 'State',
    active: 'Active',
    revokedAt: (when) => `Revoked ${when}`,
    revoke: (name) => `Revoke ${name}`,
    revokeLabel: 'Revoke',
    revoked: (name) => `The key ${name} is revoked.`,
    actions: 'Actions',
    usersLink: 'Users',
    usersDescription: 'The municipality’s accounts: roles and, for editors, units.',
    usersTitle: 'Users',
    usersIntro: 'Administrators may do everything in the municipality, editors change what their units answer for, readers read.',
    search: 'Search by name or email address',
    searchButton: 'Search',
    usersCaption: (count) => `${count} ${count === 1 ? 'user' : 'users'}`,
    name: 'Name',
    roleLabel: 'Role',
    lastLogin: 'Last logged in',
    disabled: 'Disabled',
    edit: (name) => `Change ${name}`,
    editLabel: 'Change',
    editTitle: (name) => `Change ${name}`,
    createUserTitle: 'Add a user',
    createUser: 'Add the user',
    nameRequired: 'Write the person’s name',
    unitsForEditors: 'Units (for editors)',
    initialPasswordTitle: (name) => `${name} is added`,
    initialPasswordBody: 'The first password is shown only now. Give it to the person in a safe way.',
    saveUser: 'Save the changes',
    cancel: 'Cancel',
    userSaved: (name) => `The changes to ${name} are saved.`,
    showMore: 'Show more',
    auditLink: 'Log',
    auditDescription: 'Who changed what and when, with filters.',
    auditTitle: 'Audit log',
    auditIntro: 'Every change to the municipality’s data, newest first.',
    operation: 'Change',
    operationHint: 'For example upsertMeasurements or updateIndicator',
    objectId: 'The object’s id',
    actor: 'Who',
    anyone: 'Anyone',
    apiKeyActor: (name) => `API key: ${name}`,
    fromDate: 'From date',
    toDate: 'To date (included)',
    filter: 'Filter',
    clearFilter: 'Show all',
    auditCaption: (shown, total) => `Showing ${shown} of ${total} changes`,
    when: 'When',
    who: 'Who',
    what: 'Change',
    object: 'Object',
    requestId: 'Request',
    indicatorsLink: 'Indicators',
    indicatorsDescription: 'Create and change indicators, targets per sex and publishing.',
    indicatorsTitle: 'Indicators',
    indicatorsIntro: 'The municipality’s indicators. Each names a unit responsible for implementation and one for follow-up.',
    newIndicator: 'New indicator',
    indicatorsCaption: (shown, total) => `Showing ${shown} of ${total} indicators`,
    published: 'Published',
    unpublished: 'Not published',
    sensitiveMark: 'Sensitive',
    responsibility: 'Responsible (implementation / follow-up)',
    newIndicatorTitle: 'New indicator',
    editIndicatorTitle: (name) => `Change the indicator ${name}`,
    backToIndicators: 'Back to the indicators',
    field: {
      nameSv: 'Name in Swedish',
      nameEn: 'Name in English',
      definition: 'Definition',
      unit: 'Unit',
      decimals: 'Decimals',
      direction: 'Desired direction',
      periodicity: 'Periodicity',
      dividedBySex: 'Reported for women and men',
      responsibleImplementationUnitId: 'Unit responsible for implementation',
      responsibleImplementationRole: 'Role responsible for implementation',
      responsibleFollowUpUnitId: 'Unit responsible for follow-up',
      responsibleFollowUpRole: 'Role responsible for follow-up',
      source: 'Source',
      sourceKind: 'Kind of source',
      sourceReference: 'Id at the source',
      baselinePeriod: 'Period of the baseline',
      baselineValue: 'Baseline value',
      licence: 'Licence (URI)',
      goalIds: 'Goals the indicator follows up',
      published: 'Published',
      sensitive: 'Sensitive values',
    },
    hint: {
      sensitive: 'Small published values are suppressed, as counts are, even when the unit is not a count.',
      published: 'Published indicators are shown on the public site and in open data.',
      licence: 'Empty means the municipality’s default (CC0).',
      sourceReference: 'For example Kolada’s KPI id N00945',
      decimals: '0–6',
    },
    sections: { about: 'About the indicator', responsibility: 'Responsibility', source: 'Source and baseline', goals: 'Goals', publishing: 'Publishing' },
    chooseUnit: 'Choose a unit',
    unitLabel: { COUNT: 'Count', PERCENT: 'Percent', RATIO: 'Ratio', INDEX: 'Index', CURRENCY: 'Kronor', OTHER: 'Other' },
    directionLabel: { INCREASE: 'Increase', DECREASE: 'Decrease', KEEP: 'Keep' },
    periodicityLabel: { YEAR: 'Year', HALF_YEAR: 'Half-year', TERTIAL: 'Tertial', QUARTER: 'Quarter', MONTH: 'Month' },
    sourceKindLabel: { MANUAL: 'Entered', KOLADA: 'Kolada', SCB: 'Statistics Sweden', OTHER_SYSTEM: 'Another system' },
    saveIndicator: 'Save the indicator',
    createIndicator: 'Create the indicator',
    indicatorSaved: 'The indicator is saved.',
    indicatorCreated: 'The indicator is created.',
    publish: 'Publish',
    unpublish: 'Unpublish',
    publishedNow: 'The indicator is published.',
    unpublishedNow: 'The indicator is no longer published.',
    conflictIndicator:
      'Someone else saved the indicator since you opened it. Your changes are still in the form; load the latest version and make them again, or save again after loading it.',
    reloadLatest: 'Load the latest version',
    targetsTitle: 'Targets',
    targetsCaption: 'Targets per period and sex',
    targetValue: 'Target value',
    targetSex: 'For',
    targetComment: 'Comment',
    addTarget: 'Add the target',
    removeTarget: (period, sex) => `Remove the target for ${period}, ${sex}`,
    removeLabel: 'Remove',
    targetAdded: 'The target is added.',
    noTargets: 'No targets yet.',
    viewPublic: 'Show on the public site',
    numberRequired: 'Enter a number',
    importLink: 'Import',
    importDescription: 'Read results from a CSV or Excel file, with a preview.',
    importTitle: 'Import results',
    importIntro: 'Read values from a CSV or Excel (xlsx) file. Everything is checked first; nothing is saved until every line is right, and then all is saved at once.',
    chooseFile: 'File',
    chooseFileHint: 'CSV (semicolon or comma) or xlsx. The first line holds the headings.',
    template: 'Download a template (CSV)',
    fileUnreadable: 'The file could not be read. Choose a CSV or xlsx file.',
    mappingLegend: 'Which column holds what?',
    mappingHint: 'The choice is kept for the next file with the same headings. Indicators are recognised by id, Kolada id or name.',
    importField: { indicator: 'Indicator', period: 'Period', sex: 'Sex', value: 'Value', footnote: 'Footnote' },
    notInFile: 'Not in the file',
    column: (n, name) => `Column ${n}: ${name}`,
    preview: 'Preview',
    previewing: 'Checking …',
    previewCaption: (lines, bad) => `${lines} lines, ${bad} with errors`,
    line: 'Line',
    problem: 'Check',
    ok: 'Right',
    importProblem: {
      indicator: 'No such indicator (id, Kolada id or name)',
      sex: 'Unknown sex (women, men or total)',
      value: 'The value is not a number',
      period: 'The period is missing',
    },
    nothingImported: (bad) => `Nothing is imported: ${bad} ${bad === 1 ? 'line has' : 'lines have'} errors. Correct the file and read it again.`,
    importAll: (count) => `Import ${count} values`,
    importing: 'Importing …',
    overviewTitle: 'My overview',
    shortcutsTitle: 'Shortcuts',
    missingTitle: (period) => `Indicators missing values for ${period}`,
    missingNone: (period) => `All your yearly indicators have values for ${period}.`,
    missingWhat: (sexes) => `Missing: ${sexes}`,
    reportNow: 'Report now',
    activityDue: (date) => `Due ${date}`,
    activityOverdue: (date) => `Was due ${date}`,
    activityNoEnd: 'No end date',
    activityStatus: { PLANNED: 'Planned', ONGOING: 'Ongoing', DONE: 'Done', CANCELLED: 'Cancelled' },
    imported: (inserted, updated, unchanged) => `Imported: ${inserted} new, ${updated} changed and ${unchanged} unchanged values.`,
  },
};
