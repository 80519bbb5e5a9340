import type { Language } from '../../app/language';
import type { GoalLevel, SteeringDocumentKind, SteeringDocumentStatus } from './gql/graphql';

export const DOCUMENT_KINDS: readonly SteeringDocumentKind[] = ['STRATEGY', 'PROGRAMME', 'PLAN', 'POLICY', 'GUIDELINE'];
export const DOCUMENT_FIELDS = [
  'title',
  'kind',
  'status',
  'description',
  'followedUpBy',
  'revisionIntervalMonths',
  'ownerUnitId',
  'text',
  'changeNote',
  'decisionDate',
  'decidedBy',
  'registrationNumber',
  'validUntil',
] as const;
export type DocumentField = (typeof DOCUMENT_FIELDS)[number];
export const FOCUS_AREA_FIELDS = ['key', 'nameSv', 'nameEn', 'description'] as const;
export type FocusAreaField = (typeof FOCUS_AREA_FIELDS)[number];
export const GOAL_FIELDS = ['title', 'description', 'level', 'ownerUnitId', 'parentId', 'focusAreaId', 'startPeriod', 'endPeriod', 'id'] as const;
export type GoalField = (typeof GOAL_FIELDS)[number];

/** The texts of the steering-document and goal views, Swedish first. */
export interface SteeringStrings {
  documentsLink: string;
  documentsDescription: string;
  documentsTitle: string;
  documentsIntro: string;
  newDocument: string;
  newDocumentTitle: string;
  editDocumentTitle: (title: string) => string;
  backToDocuments: string;
  searchLabel: string;
  statusFilter: string;
  all: string;
  showArchived: string;
  documentsCaption: (shown: number, total: number) => string;
  noDocuments: string;
  versionColumn: string;
  kind: Record<SteeringDocumentKind, string>;
  status: Record<SteeringDocumentStatus, string>;
  field: Record<DocumentField, string>;
  hint: Partial<Record<DocumentField, string>>;
  noUnit: string;
  about: string;
  aboutHint: string;
  saveMetadata: string;
  createDocument: string;
  documentCreated: string;
  metadataSaved: string;
  titleRequired: string;
  textTitle: string;
  textHint: (version: number) => string;
  saveText: string;
  textSaved: (version: number) => string;
  changeNoteRequired: string;
  nothingChanged: string;
  adoptTitle: string;
  adoptHint: string;
  adopt: string;
  adopted: (version: number) => string;
  adoptedChangeNote: string;
  decisionRequired: string;
  newVersionTitle: string;
  newVersionHint: string;
  startNewVersion: string;
  newVersionStarted: (version: number) => string;
  focusAreasTitle: string;
  noFocusAreas: string;
  addFocusArea: string;
  focusAreaField: Record<FocusAreaField, string>;
  focusAreaHint: Partial<Record<FocusAreaField, string>>;
  focusAreaAdded: (name: string) => string;
  focusAreaRequired: Record<'key' | 'nameSv' | 'nameEn', string>;
  goalsLink: string;
  versionsTitle: string;
  versionsCaption: string;
  versionNumber: string;
  changeNoteColumn: string;
  madeAt: string;
  compareVersions: string;
  conflictDocument: string;
  archivedNotice: string;
  // The comparison
  diffTitle: (title: string) => string;
  diffIntro: string;
  fromVersion: string;
  toVersion: string;
  compare: string;
  versionOption: (number: number, status: string, note: string | null) => string;
  needTwoVersions: string;
  noDifferences: string;
  metadataChanges: string;
  fieldColumn: string;
  before: string;
  after: string;
  textChanges: string;
  textUnchanged: string;
  added: string;
  removed: string;
  focusAreaChanges: string;
  focusAreasAdded: string;
  focusAreasRemoved: string;
  focusAreasUnchanged: string;
  focusAreaNote: string;
  empty: string;
  backToDocument: string;
  // The goal tree
  goalTreeTitle: (title: string) => string;
  goalTreeIntro: string;
  level: Record<GoalLevel, string>;
  goalField: Record<GoalField, string>;
  goalHint: Partial<Record<GoalField, string>>;
  noGoalsInArea: string;
  addCommitteeGoal: (area: string) => string;
  addSubGoal: (goal: string) => string;
  addGoalTitle: string;
  createGoal: string;
  editGoal: (goal: string) => string;
  edit: string;
  archive: string;
  saveGoal: string;
  cancel: string;
  goalCreated: (title: string) => string;
  goalSaved: (title: string) => string;
  goalArchived: (title: string) => string;
  goalMoved: (title: string) => string;
  moveUp: (goal: string) => string;
  moveDown: (goal: string) => string;
  moveInto: (goal: string, into: string) => string;
  moveOut: (goal: string) => string;
  archiveGoal: (goal: string) => string;
  confirmArchiveGoal: (goal: string) => string;
  goalTitleRequired: string;
  ownerRequired: string;
  goalActions: (goal: string) => string;
  ownedBy: (unit: string) => string;
  noParent: string;
  errorCode: Partial<Record<string, string>>;
  conflictGoal: string;
  hasActiveChildren: string;
}

export const steeringStrings: Record<Language, SteeringStrings> = {
  sv: {
    documentsLink: 'Styrdokument',
    documentsDescription: 'Skapa utkast, lägg till fokusområden, anta och starta nya versioner, jämför versioner och bygg målträdet.',
    documentsTitle: 'Styrdokument',
    documentsIntro: 'Kommunens strategier, program och planer. Ett antaget dokument ändras genom en ny version; tidigare versioner finns kvar att läsa.',
    newDocument: 'Nytt styrdokument',
    newDocumentTitle: 'Nytt styrdokument',
    editDocumentTitle: (title) => `Styrdokument: ${title}`,
    backToDocuments: 'Tillbaka till styrdokumenten',
    searchLabel: 'Sök i titel, diarienummer och beskrivning',
    statusFilter: 'Status',
    all: 'Alla',
    showArchived: 'Visa arkiverade',
    documentsCaption: (shown, total) => `Styrdokument: ${shown} av ${total} visas`,
    noDocuments: 'Inga styrdokument matchar.',
    versionColumn: 'Version',
    kind: { STRATEGY: 'Strategi', PROGRAMME: 'Program', PLAN: 'Plan', POLICY: 'Policy', GUIDELINE: 'Riktlinje' },
    status: { DRAFT: 'Utkast', IN_CONSULTATION: 'På remiss', ADOPTED: 'Antagen', REPLACED: 'Ersatt', ARCHIVED: 'Arkiverad' },
    field: {
      title: 'Titel',
      kind: 'Typ av dokument',
      status: 'Status',
      description: 'Kort sammanfattning',
      followedUpBy: 'Följs upp av',
      revisionIntervalMonths: 'Revideras minst var',
      ownerUnitId: 'Dokumentansvarig enhet',
      text: 'Dokumentets text',
      changeNote: 'Vad som ändrats',
      decisionDate: 'Beslutsdatum',
      decidedBy: 'Beslutat av',
      registrationNumber: 'Diarienummer',
      validUntil: 'Gäller till och med',
    },
    hint: {
      followedUpBy: 'Till exempel Integrationssamordnare',
      revisionIntervalMonths: 'Antal månader, 1–120',
      text: 'Markdown. Sparas som en ny version; tidigare versioner finns kvar.',
      changeNote: 'Till exempel Remissynpunkter inarbetade',
      decisionDate: 'Åååå-mm-dd, till exempel 2026-03-15',
      decidedBy: 'Till exempel Kommunfullmäktige',
      registrationNumber: 'Till exempel KS/2026:112',
      validUntil: 'Åååå-mm-dd',
    },
    noUnit: 'Ingen vald',
    about: 'Om dokumentet',
    aboutHint: 'Uppgifterna här är inte en del av ett beslut och ändras utan ny version.',
    saveMetadata: 'Spara uppgifterna',
    createDocument: 'Skapa utkastet',
    documentCreated: 'Utkastet är skapat som version 1.',
    metadataSaved: 'Uppgifterna är sparade.',
    titleRequired: 'Skriv dokumentets titel',
    textTitle: 'Titel och text',
    textHint: (version) => `Du ändrar version ${version}. När du sparar blir ändringen en ny version.`,
    saveText: 'Spara som ny version',
    textSaved: (version) => `Titel och text är sparade som version ${version}.`,
    changeNoteRequired: 'Skriv vad som ändrats',
    nothingChanged: 'Inget är ändrat',
    adoptTitle: 'Anta dokumentet',
    adoptHint: 'Beslutet sparas som en ny version med status Antagen.',
    adopt: 'Anta dokumentet',
    adopted: (version) => `Dokumentet är antaget (version ${version}).`,
    adoptedChangeNote: 'Antagen',
    decisionRequired: 'Fyll i beslutsdatum, vem som beslutat och diarienummer',
    newVersionTitle: 'Starta en ny version',
    newVersionHint: 'Ett antaget dokument revideras i en ny version med status Utkast. Den antagna versionen finns kvar att läsa.',
    startNewVersion: 'Starta en ny version',
    newVersionStarted: (version) => `Version ${version} är påbörjad som utkast.`,
    focusAreasTitle: 'Fokusområden',
    noFocusAreas: 'Dokumentet har inga fokusområden ännu.',
    addFocusArea: 'Lägg till fokusområdet',
    focusAreaField: { key: 'Nyckel', nameSv: 'Namn på svenska', nameEn: 'Namn på engelska', description: 'Beskrivning' },
    focusAreaHint: { key: 'Versaler, siffror och understreck, till exempel ARBETE_OCH_SYSSELSATTNING' },
    focusAreaAdded: (name) => `Fokusområdet ${name} är tillagt.`,
    focusAreaRequired: { key: 'Skriv en nyckel', nameSv: 'Skriv namnet på svenska', nameEn: 'Skriv namnet på engelska' },
    goalsLink: 'Redigera målträdet',
    versionsTitle: 'Versioner',
    versionsCaption: 'Dokumentets versioner, den äldsta först',
    versionNumber: 'Version',
    changeNoteColumn: 'Ändring',
    madeAt: 'Skapad',
    compareVersions: 'Jämför versioner',
    conflictDocument: 'Någon annan har ändrat dokumentet sedan du öppnade det. Dina ändringar är inte sparade men finns kvar i formuläret.',
    archivedNotice: 'Dokumentet är arkiverat och kan inte ändras.',
    diffTitle: (title) => `Jämför versioner: ${title}`,
    diffIntro: 'Välj två versioner för att se vad som ändrats i uppgifterna, texten och fokusområdena.',
    fromVersion: 'Från version',
    toVersion: 'Till version',
    compare: 'Jämför',
    versionOption: (number, status, note) => `Version ${number} (${status})${note ? ` – ${note}` : ''}`,
    needTwoVersions: 'Dokumentet har bara en version. När det finns fler kan du jämföra dem här.',
    noDifferences: 'Versionerna är lika.',
    metadataChanges: 'Ändrade uppgifter',
    fieldColumn: 'Uppgift',
    before: 'Före',
    after: 'Efter',
    textChanges: 'Ändringar i texten',
    textUnchanged: 'Texten är oförändrad.',
    added: 'Tillagt',
    removed: 'Borttaget',
    focusAreaChanges: 'Fokusområden',
    focusAreasAdded: 'Tillkomna',
    focusAreasRemoved: 'Borttagna',
    focusAreasUnchanged: 'Fokusområdena är desamma.',
    focusAreaNote: 'Fokusområden versioneras inte; jämförelsen visar vilka som fanns när respektive version skapades.',
    empty: '(tomt)',
    backToDocument: 'Tillbaka till dokumentet',
    goalTreeTitle: (title) => `Målträd: ${title}`,
    goalTreeIntro: 'Nämndmål hör till ett fokusområde och en ägande enhet; delmål hänger under ett annat mål. Flytta med knapparna, som också nås med tangentbordet.',
    level: { OVERALL_AIM: 'Övergripande mål', COMMITTEE_GOAL: 'Nämndmål', SUB_GOAL: 'Delmål' },
    goalField: {
      title: 'Målets titel',
      description: 'Beskrivning',
      level: 'Nivå',
      ownerUnitId: 'Ägande enhet',
      parentId: 'Överordnat mål',
      focusAreaId: 'Fokusområde',
      startPeriod: 'Gäller från period',
      endPeriod: 'Gäller till period',
      id: 'Målet',
    },
    goalHint: { startPeriod: 'Till exempel 2026', endPeriod: 'Till exempel 2030' },
    noGoalsInArea: 'Inga mål i fokusområdet ännu.',
    addCommitteeGoal: (area) => `Lägg till nämndmål i ${area}`,
    addSubGoal: (goal) => `Lägg till delmål under ${goal}`,
    addGoalTitle: 'Nytt mål',
    createGoal: 'Lägg till målet',
    editGoal: (goal) => `Ändra ${goal}`,
    edit: 'Ändra',
    archive: 'Arkivera',
    saveGoal: 'Spara målet',
    cancel: 'Avbryt',
    goalCreated: (title) => `Målet ${title} är tillagt.`,
    goalSaved: (title) => `Målet ${title} är sparat.`,
    goalArchived: (title) => `Målet ${title} är arkiverat.`,
    goalMoved: (title) => `Målet ${title} är flyttat.`,
    moveUp: (goal) => `Flytta upp ${goal}`,
    moveDown: (goal) => `Flytta ned ${goal}`,
    moveInto: (goal, into) => `Flytta ${goal} till delmål under ${into}`,
    moveOut: (goal) => `Flytta ut ${goal} en nivå`,
    archiveGoal: (goal) => `Arkivera ${goal}`,
    confirmArchiveGoal: (goal) => `Arkivera målet ${goal}? Det försvinner ur målträdet men dess historik finns kvar.`,
    goalTitleRequired: 'Skriv målets titel',
    ownerRequired: 'Välj den enhet som äger målet',
    goalActions: (goal) => `Åtgärder för ${goal}`,
    ownedBy: (unit) => `Ägs av ${unit}`,
    noParent: 'Inget',
    errorCode: {
      CYCLE: 'Målet kan inte flyttas under sig självt eller under ett av sina egna delmål',
      WRONG_DOCUMENT: 'Det valda hör till ett annat styrdokument',
      REQUIRED: 'Fältet måste fyllas i',
      DUPLICATE: 'Det finns redan ett sådant i dokumentet',
      INVALID_PERIOD: 'Skriv perioden som 2026, 2026-S1, 2026-T2, 2026-Q3 eller 2026-M05',
      ARCHIVED: 'Det är arkiverat och kan inte ändras',
      CONFLICT: 'Någon annan har ändrat det sedan du läste in sidan. Läs in sidan igen.',
      FORBIDDEN: 'Du får inte ändra det här',
    },
    conflictGoal: 'Någon annan har ändrat målträdet. Sidan är inläst på nytt; försök igen.',
    hasActiveChildren: 'Målet har delmål under sig. Arkivera eller flytta dem först.',
  },
  en: {
    documentsLink: 'Steering documents',
    documentsDescription: 'Create drafts, add focus areas, adopt and start new versions, compare versions and build the goal tree.',
    documentsTitle: 'Steering documents',
    documentsIntro: 'The municipality’s strategies, programmes and plans. An adopted document changes through a new version; earlier versions stay readable.',
    newDocument: 'New steering document',
    newDocumentTitle: 'New steering document',
    editDocumentTitle: (title) => `Steering document: ${title}`,
    backToDocuments: 'Back to the steering documents',
    searchLabel: 'Search titles, registration numbers and descriptions',
    statusFilter: 'Status',
    all: 'All',
    showArchived: 'Show archived',
    documentsCaption: (shown, total) => `Steering documents: showing ${shown} of ${total}`,
    noDocuments: 'No steering documents match.',
    versionColumn: 'Version',
    kind: { STRATEGY: 'Strategy', PROGRAMME: 'Programme', PLAN: 'Plan', POLICY: 'Policy', GUIDELINE: 'Guideline' },
    status: { DRAFT: 'Draft', IN_CONSULTATION: 'In consultation', ADOPTED: 'Adopted', REPLACED: 'Replaced', ARCHIVED: 'Archived' },
    field: {
      title: 'Title',
      kind: 'Kind of document',
      status: 'Status',
      description: 'Short summary',
      followedUpBy: 'Followed up by',
      revisionIntervalMonths: 'Revised at least every',
      ownerUnitId: 'Unit responsible for the document',
      text: 'The document’s text',
      changeNote: 'What changed',
      decisionDate: 'Decision date',
      decidedBy: 'Decided by',
      registrationNumber: 'Registration number',
      validUntil: 'Valid until',
    },
    hint: {
      followedUpBy: 'For example the integration coordinator',
      revisionIntervalMonths: 'Number of months, 1–120',
      text: 'Markdown. Saved as a new version; earlier versions stay.',
      changeNote: 'For example Consultation comments worked in',
      decisionDate: 'yyyy-mm-dd, for example 2026-03-15',
      decidedBy: 'For example the municipal council',
      registrationNumber: 'For example KS/2026:112',
      validUntil: 'yyyy-mm-dd',
    },
    noUnit: 'None chosen',
    about: 'About the document',
    aboutHint: 'These details are not part of a decision and change without a new version.',
    saveMetadata: 'Save the details',
    createDocument: 'Create the draft',
    documentCreated: 'The draft is created as version 1.',
    metadataSaved: 'The details are saved.',
    titleRequired: 'Enter the document’s title',
    textTitle: 'Title and text',
    textHint: (version) => `You are changing version ${version}. Saving makes the change a new version.`,
    saveText: 'Save as a new version',
    textSaved: (version) => `Title and text are saved as version ${version}.`,
    changeNoteRequired: 'Enter what changed',
    nothingChanged: 'Nothing has changed',
    adoptTitle: 'Adopt the document',
    adoptHint: 'The decision is saved as a new version with the status Adopted.',
    adopt: 'Adopt the document',
    adopted: (version) => `The document is adopted (version ${version}).`,
    adoptedChangeNote: 'Adopted',
    decisionRequired: 'Enter the decision date, who decided and the registration number',
    newVersionTitle: 'Start a new version',
    newVersionHint: 'An adopted document is revised in a new version with the status Draft. The adopted version stays readable.',
    startNewVersion: 'Start a new version',
    newVersionStarted: (version) => `Version ${version} is started as a draft.`,
    focusAreasTitle: 'Focus areas',
    noFocusAreas: 'The document has no focus areas yet.',
    addFocusArea: 'Add the focus area',
    focusAreaField: { key: 'Key', nameSv: 'Name in Swedish', nameEn: 'Name in English', description: 'Description' },
    focusAreaHint: { key: 'Capitals, digits and underscores, for example WORK_AND_EMPLOYMENT' },
    focusAreaAdded: (name) => `The focus area ${name} is added.`,
    focusAreaRequired: { key: 'Enter a key', nameSv: 'Enter the name in Swedish', nameEn: 'Enter the name in English' },
    goalsLink: 'Edit the goal tree',
    versionsTitle: 'Versions',
    versionsCaption: 'The document’s versions, oldest first',
    versionNumber: 'Version',
    changeNoteColumn: 'Change',
    madeAt: 'Created',
    compareVersions: 'Compare versions',
    conflictDocument: 'Someone else changed this document after you opened it. Your changes are not saved but are still in the form.',
    archivedNotice: 'The document is archived and cannot be changed.',
    diffTitle: (title) => `Compare versions: ${title}`,
    diffIntro: 'Choose two versions to see what changed in the details, the text and the focus areas.',
    fromVersion: 'From version',
    toVersion: 'To version',
    compare: 'Compare',
    versionOption: (number, status, note) => `Version ${number} (${status})${note ? ` – ${note}` : ''}`,
    needTwoVersions: 'The document has only one version. When there are more you can compare them here.',
    noDifferences: 'The versions are the same.',
    metadataChanges: 'Changed details',
    fieldColumn: 'Detail',
    before: 'Before',
    after: 'After',
    textChanges: 'Changes in the text',
    textUnchanged: 'The text is unchanged.',
    added: 'Added',
    removed: 'Removed',
    focusAreaChanges: 'Focus areas',
    focusAreasAdded: 'Added',
    focusAreasRemoved: 'Removed',
    focusAreasUnchanged: 'The focus areas are the same.',
    focusAreaNote: 'Focus areas are not versioned; the comparison shows those that existed when each version was made.',
    empty: '(empty)',
    backToDocument: 'Back to the document',
    goalTreeTitle: (title) => `Goal tree: ${title}`,
    goalTreeIntro: 'Committee goals belong to a focus area and an owning unit; sub-goals hang under another goal. Move with the buttons, which the keyboard reaches too.',
    level: { OVERALL_AIM: 'Overall aim', COMMITTEE_GOAL: 'Committee goal', SUB_GOAL: 'Sub-goal' },
    goalField: {
      title: 'Goal title',
      description: 'Description',
      level: 'Level',
      ownerUnitId: 'Owning unit',
      parentId: 'Parent goal',
      focusAreaId: 'Focus area',
      startPeriod: 'Applies from period',
      endPeriod: 'Applies to period',
      id: 'The goal',
    },
    goalHint: { startPeriod: 'For example 2026', endPeriod: 'For example 2030' },
    noGoalsInArea: 'No goals in this focus area yet.',
    addCommitteeGoal: (area) => `Add a committee goal to ${area}`,
    addSubGoal: (goal) => `Add a sub-goal under ${goal}`,
    addGoalTitle: 'New goal',
    createGoal: 'Add the goal',
    editGoal: (goal) => `Edit ${goal}`,
    edit: 'Edit',
    archive: 'Archive',
    saveGoal: 'Save the goal',
    cancel: 'Cancel',
    goalCreated: (title) => `The goal ${title} is added.`,
    goalSaved: (title) => `The goal ${title} is saved.`,
    goalArchived: (title) => `The goal ${title} is archived.`,
    goalMoved: (title) => `The goal ${title} is moved.`,
    moveUp: (goal) => `Move ${goal} up`,
    moveDown: (goal) => `Move ${goal} down`,
    moveInto: (goal, into) => `Move ${goal} to a sub-goal under ${into}`,
    moveOut: (goal) => `Move ${goal} out one level`,
    archiveGoal: (goal) => `Archive ${goal}`,
    confirmArchiveGoal: (goal) => `Archive the goal ${goal}? It leaves the goal tree but its history stays.`,
    goalTitleRequired: 'Enter the goal’s title',
    ownerRequired: 'Choose the unit that owns the goal',
    goalActions: (goal) => `Actions for ${goal}`,
    ownedBy: (unit) => `Owned by ${unit}`,
    noParent: 'None',
    errorCode: {},
    conflictGoal: 'Someone else changed the goal tree. The page is reloaded; try again.',
    hasActiveChildren: 'The goal has sub-goals under it. Archive or move them first.',
  },
};
