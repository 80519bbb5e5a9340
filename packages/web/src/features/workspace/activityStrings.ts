import type { Language } from '../../app/language';
import type { ActivityStatus } from './gql/graphql';

export const ACTIVITY_FIELDS = ['title', 'status', 'description', 'targetGroup', 'startDate', 'endDate', 'responsibleUnitId', 'partnerIds', 'goalIds'] as const;
export type ActivityField = (typeof ACTIVITY_FIELDS)[number];
export const ACTIVITY_STATUSES: readonly ActivityStatus[] = ['PLANNED', 'ONGOING', 'DONE', 'CANCELLED'];

/** The texts of the activity views, Swedish first. */
export interface ActivityStrings {
  activitiesLink: string;
  activitiesDescription: string;
  activitiesTitle: string;
  activitiesIntro: string;
  newActivity: string;
  newActivityTitle: string;
  editActivityTitle: (title: string) => string;
  backToActivities: string;
  searchLabel: string;
  statusFilter: string;
  unitFilter: string;
  partnerFilter: string;
  all: string;
  noUnit: string;
  activitiesCaption: (shown: number, total: number) => string;
  noActivities: string;
  dates: string;
  about: string;
  field: Record<ActivityField, string>;
  dateHint: string;
  status: Record<ActivityStatus, string>;
  createActivity: string;
  saveActivity: string;
  activityCreated: string;
  activitySaved: string;
  titleRequired: string;
  conflictActivity: string;
  endBeforeStart: string;
  notesTitle: string;
  notesIntro: string;
  noNotes: string;
  noteBy: (author: string) => string;
  addNoteTitle: string;
  addNote: string;
  noteField: { doneOn: string; text: string };
  noteAdded: string;
  noteTextRequired: string;
  noteDateInvalid: string;
  noteDateFuture: string;
}

export const activityStrings: Record<Language, ActivityStrings> = {
  sv: {
    activitiesLink: 'Aktiviteter',
    activitiesDescription: 'Planera och följ aktiviteter med status, datum, ansvarig enhet, samverkansparter och mål.',
    activitiesTitle: 'Aktiviteter',
    activitiesIntro: 'Kommunens aktiviteter för integrationsstrategins mål.',
    newActivity: 'Ny aktivitet',
    newActivityTitle: 'Ny aktivitet',
    editActivityTitle: (title) => `Ändra aktivitet: ${title}`,
    backToActivities: 'Tillbaka till aktiviteterna',
    searchLabel: 'Sök i titel och beskrivning',
    statusFilter: 'Status',
    unitFilter: 'Ansvarig enhet',
    partnerFilter: 'Samverkanspart',
    all: 'Alla',
    noUnit: 'Ingen vald',
    activitiesCaption: (shown, total) => `Aktiviteter: ${shown} av ${total} visas`,
    noActivities: 'Inga aktiviteter matchar.',
    dates: 'Tid',
    about: 'Om aktiviteten',
    field: {
      title: 'Titel',
      status: 'Status',
      description: 'Beskrivning',
      targetGroup: 'Målgrupp',
      startDate: 'Startdatum',
      endDate: 'Slutdatum',
      responsibleUnitId: 'Ansvarig enhet',
      partnerIds: 'Samverkansparter',
      goalIds: 'Mål som aktiviteten bidrar till',
    },
    dateHint: 'Åååå-mm-dd, till exempel 2026-01-01',
    status: { PLANNED: 'Planerad', ONGOING: 'Pågår', DONE: 'Genomförd', CANCELLED: 'Inställd' },
    createActivity: 'Spara aktiviteten',
    saveActivity: 'Spara ändringarna',
    activityCreated: 'Aktiviteten är sparad.',
    activitySaved: 'Ändringarna är sparade.',
    titleRequired: 'Skriv aktivitetens titel',
    conflictActivity: 'Någon annan har ändrat aktiviteten sedan du öppnade den. Dina ändringar är inte sparade men finns kvar i formuläret.',
    endBeforeStart: 'Slutdatumet kan inte vara före startdatumet',
    notesTitle: 'Anteckningar om arbetet',
    notesIntro: 'Vad som gjorts, när och av vem. Anteckningarna sparas som historik och kan inte ändras.',
    noNotes: 'Inga anteckningar ännu.',
    noteBy: (author) => `skrivet av ${author}`,
    addNoteTitle: 'Ny anteckning',
    addNote: 'Spara anteckningen',
    noteField: { doneOn: 'När arbetet gjordes', text: 'Vad som gjordes' },
    noteAdded: 'Anteckningen är sparad.',
    noteTextRequired: 'Skriv vad som gjordes',
    noteDateInvalid: 'Skriv datumet som åååå-mm-dd',
    noteDateFuture: 'Datumet kan inte vara senare än i dag',
  },
  en: {
    activitiesLink: 'Activities',
    activitiesDescription: 'Plan and follow activities with status, dates, responsible unit, partners and goals.',
    activitiesTitle: 'Activities',
    activitiesIntro: 'The municipality’s activities for the goals of the integration strategy.',
    newActivity: 'New activity',
    newActivityTitle: 'New activity',
    editActivityTitle: (title) => `Edit activity: ${title}`,
    backToActivities: 'Back to the activities',
    searchLabel: 'Search titles and descriptions',
    statusFilter: 'Status',
    unitFilter: 'Responsible unit',
    partnerFilter: 'Partner',
    all: 'All',
    noUnit: 'None chosen',
    activitiesCaption: (shown, total) => `Activities: showing ${shown} of ${total}`,
    noActivities: 'No activities match.',
    dates: 'Dates',
    about: 'About the activity',
    field: {
      title: 'Title',
      status: 'Status',
      description: 'Description',
      targetGroup: 'Target group',
      startDate: 'Start date',
      endDate: 'End date',
      responsibleUnitId: 'Responsible unit',
      partnerIds: 'Partners',
      goalIds: 'Goals the activity serves',
    },
    dateHint: 'yyyy-mm-dd, for example 2026-01-01',
    status: { PLANNED: 'Planned', ONGOING: 'Ongoing', DONE: 'Done', CANCELLED: 'Cancelled' },
    createActivity: 'Save the activity',
    saveActivity: 'Save the changes',
    activityCreated: 'The activity is saved.',
    activitySaved: 'The changes are saved.',
    titleRequired: 'Enter the activity’s title',
    conflictActivity: 'Someone else changed this activity after you opened it. Your changes are not saved but are still in the form.',
    endBeforeStart: 'The end date cannot be before the start date',
    notesTitle: 'Notes on the work',
    notesIntro: 'What was done, when and by whom. Notes are kept as history and cannot be changed.',
    noNotes: 'No notes yet.',
    noteBy: (author) => `written by ${author}`,
    addNoteTitle: 'New note',
    addNote: 'Save the note',
    noteField: { doneOn: 'When the work was done', text: 'What was done' },
    noteAdded: 'The note is saved.',
    noteTextRequired: 'Enter what was done',
    noteDateInvalid: 'Enter the date as yyyy-mm-dd',
    noteDateFuture: 'The date cannot be later than today',
  },
};
