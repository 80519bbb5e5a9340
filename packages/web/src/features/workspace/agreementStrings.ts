import type { Language } from '../../app/language';
import type { AgreementKind } from './gql/graphql';

export const AGREEMENT_FIELDS = ['title', 'kind', 'description', 'startDate', 'endDate', 'partnerIds', 'goalIds', 'activityIds'] as const;
export type AgreementField = (typeof AGREEMENT_FIELDS)[number];
export const AGREEMENT_KINDS: readonly AgreementKind[] = ['LOCAL_AGREEMENT', 'IOP', 'PROJECT', 'OTHER'];

/** The texts of the agreement views, Swedish first. */
export interface AgreementStrings {
  agreementsLink: string;
  agreementsDescription: string;
  agreementsTitle: string;
  agreementsIntro: string;
  newAgreement: string;
  newAgreementTitle: string;
  editAgreementTitle: (title: string) => string;
  backToAgreements: string;
  searchLabel: string;
  kindFilter: string;
  allKinds: string;
  agreementsCaption: (shown: number, total: number) => string;
  noAgreements: string;
  parties: string;
  period: string;
  about: string;
  links: string;
  field: Record<AgreementField, string>;
  dateHint: string;
  kind: Record<AgreementKind, string>;
  createAgreement: string;
  saveAgreement: string;
  agreementCreated: string;
  agreementSaved: string;
  titleRequired: string;
  conflictAgreement: string;
  endBeforeStart: string;
}

export const agreementStrings: Record<Language, AgreementStrings> = {
  sv: {
    agreementsLink: 'Överenskommelser',
    agreementsDescription: 'Lokala överenskommelser (LÖK), idéburna offentliga partnerskap (IOP) och projekt med parter och datum.',
    agreementsTitle: 'Överenskommelser',
    agreementsIntro: 'Kommunens överenskommelser med samverkansparter, och de mål och aktiviteter de hör till.',
    newAgreement: 'Ny överenskommelse',
    newAgreementTitle: 'Ny överenskommelse',
    editAgreementTitle: (title) => `Ändra överenskommelse: ${title}`,
    backToAgreements: 'Tillbaka till överenskommelserna',
    searchLabel: 'Sök i titel och beskrivning',
    kindFilter: 'Typ av överenskommelse',
    allKinds: 'Alla typer',
    agreementsCaption: (shown, total) => `Överenskommelser: ${shown} av ${total} visas`,
    noAgreements: 'Inga överenskommelser matchar.',
    parties: 'Parter',
    period: 'Gäller',
    about: 'Om överenskommelsen',
    links: 'Parter, mål och aktiviteter',
    field: {
      title: 'Titel',
      kind: 'Typ av överenskommelse',
      description: 'Beskrivning',
      startDate: 'Gäller från',
      endDate: 'Gäller till',
      partnerIds: 'Parter',
      goalIds: 'Mål som överenskommelsen bidrar till',
      activityIds: 'Aktiviteter inom överenskommelsen',
    },
    dateHint: 'Åååå-mm-dd, till exempel 2026-01-01',
    kind: {
      LOCAL_AGREEMENT: 'Lokal överenskommelse (LÖK)',
      IOP: 'Idéburet offentligt partnerskap (IOP)',
      PROJECT: 'Projekt',
      OTHER: 'Annan',
    },
    createAgreement: 'Spara överenskommelsen',
    saveAgreement: 'Spara ändringarna',
    agreementCreated: 'Överenskommelsen är sparad.',
    agreementSaved: 'Ändringarna är sparade.',
    titleRequired: 'Skriv överenskommelsens titel',
    conflictAgreement: 'Någon annan har ändrat överenskommelsen sedan du öppnade den. Dina ändringar är inte sparade men finns kvar i formuläret.',
    endBeforeStart: 'Slutdatumet kan inte vara före startdatumet',
  },
  en: {
    agreementsLink: 'Agreements',
    agreementsDescription: 'Local agreements (LÖK), non-profit public partnerships (IOP) and projects, with parties and dates.',
    agreementsTitle: 'Agreements',
    agreementsIntro: 'The municipality’s agreements with partners, and the goals and activities they belong to.',
    newAgreement: 'New agreement',
    newAgreementTitle: 'New agreement',
    editAgreementTitle: (title) => `Edit agreement: ${title}`,
    backToAgreements: 'Back to the agreements',
    searchLabel: 'Search titles and descriptions',
    kindFilter: 'Kind of agreement',
    allKinds: 'All kinds',
    agreementsCaption: (shown, total) => `Agreements: showing ${shown} of ${total}`,
    noAgreements: 'No agreements match.',
    parties: 'Parties',
    period: 'In force',
    about: 'About the agreement',
    links: 'Parties, goals and activities',
    field: {
      title: 'Title',
      kind: 'Kind of agreement',
      description: 'Description',
      startDate: 'In force from',
      endDate: 'In force until',
      partnerIds: 'Parties',
      goalIds: 'Goals the agreement serves',
      activityIds: 'Activities under the agreement',
    },
    dateHint: 'yyyy-mm-dd, for example 2026-01-01',
    kind: {
      LOCAL_AGREEMENT: 'Local agreement (LÖK)',
      IOP: 'Non-profit public partnership (IOP)',
      PROJECT: 'Project',
      OTHER: 'Other',
    },
    createAgreement: 'Save the agreement',
    saveAgreement: 'Save the changes',
    agreementCreated: 'The agreement is saved.',
    agreementSaved: 'The changes are saved.',
    titleRequired: 'Enter the agreement’s title',
    conflictAgreement: 'Someone else changed this agreement after you opened it. Your changes are not saved but are still in the form.',
    endBeforeStart: 'The end date cannot be before the start date',
  },
};
