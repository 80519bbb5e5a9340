import type { Language } from '../../app/language';
import type { PartnerKind } from './gql/graphql';

export const PARTNER_FIELDS = ['name', 'kind', 'organisationNumber', 'description', 'contactName', 'contactEmail', 'contactPhone', 'website'] as const;
export type PartnerField = (typeof PARTNER_FIELDS)[number];

/** The texts of the partner views, Swedish first. */
export interface PartnerStrings {
  partnersLink: string;
  partnersDescription: string;
  partnersTitle: string;
  aboutPartner: string;
  partnersIntro: string;
  newPartner: string;
  newPartnerTitle: string;
  editPartnerTitle: (name: string) => string;
  backToPartners: string;
  searchLabel: string;
  kindFilter: string;
  allKinds: string;
  partnersCaption: (shown: number, total: number) => string;
  noPartners: string;
  field: Record<PartnerField, string>;
  hint: Partial<Record<PartnerField, string>>;
  kind: Record<PartnerKind, string>;
  createPartner: string;
  savePartner: string;
  partnerCreated: string;
  partnerSaved: string;
  nameRequired: string;
  /** For the API's INVALID on a field, in words of this language. */
  invalid: Partial<Record<PartnerField, string>>;
  conflictPartner: string;
  archivePartner: string;
  archiveTitle: (name: string) => string;
  archiveBody: string;
  confirmArchive: string;
  cancel: string;
  partnerArchived: (name: string) => string;
}

export const partnerStrings: Record<Language, PartnerStrings> = {
  sv: {
    partnersLink: 'Samverkansparter',
    partnersDescription: 'Registrera föreningar, myndigheter, företag och andra som kommunen samverkar med.',
    partnersTitle: 'Samverkansparter',
    aboutPartner: 'Om parten',
    partnersIntro:
      'De som kommunen samverkar med i integrationsarbetet. En part syns på den offentliga sidan när den deltar i en aktivitet eller överenskommelse under ett publicerat mål.',
    newPartner: 'Ny samverkanspart',
    newPartnerTitle: 'Ny samverkanspart',
    editPartnerTitle: (name) => `Ändra samverkanspart: ${name}`,
    backToPartners: 'Tillbaka till samverkansparterna',
    searchLabel: 'Sök i namn och beskrivning',
    kindFilter: 'Typ av part',
    allKinds: 'Alla typer',
    partnersCaption: (shown, total) => `Samverkansparter: ${shown} av ${total} visas`,
    noPartners: 'Inga samverkansparter matchar.',
    field: {
      name: 'Namn',
      kind: 'Typ av part',
      organisationNumber: 'Organisationsnummer',
      description: 'Beskrivning',
      contactName: 'Kontaktperson eller funktion',
      contactEmail: 'E-postadress till kontakten',
      contactPhone: 'Telefonnummer till kontakten',
      website: 'Webbplats',
    },
    hint: {
      organisationNumber: 'Till exempel 202100-2114',
      website: 'En adress som börjar med https://',
    },
    kind: {
      ASSOCIATION: 'Förening',
      GOVERNMENT_AGENCY: 'Myndighet (till exempel Arbetsförmedlingen, Försäkringskassan, Migrationsverket)',
      ESTABLISHMENT_CENTRE: 'Etableringscentrum',
      BUSINESS: 'Företag (till exempel Nyföretagarcentrum)',
      REGION: 'Region',
      EDUCATION_PROVIDER: 'Utbildningsanordnare',
      CIVIL_SOCIETY_ORGANISATION: 'Idéburen organisation',
      OTHER: 'Annan',
    },
    createPartner: 'Registrera samverkansparten',
    savePartner: 'Spara ändringarna',
    partnerCreated: 'Samverkansparten är registrerad.',
    partnerSaved: 'Ändringarna är sparade.',
    nameRequired: 'Skriv partens namn',
    invalid: {
      website: 'Skriv en webbadress som börjar med https://',
      contactEmail: 'Skriv en e-postadress som namn@exempel.se',
      organisationNumber: 'Skriv organisationsnumret som 202100-2114',
    },
    conflictPartner: 'Någon annan har ändrat samverkansparten sedan du öppnade den. Dina ändringar är inte sparade men finns kvar i formuläret.',
    archivePartner: 'Arkivera samverkansparten',
    archiveTitle: (name) => `Arkivera ${name}?`,
    archiveBody: 'Parten försvinner ur listorna och kan inte väljas för nya aktiviteter eller överenskommelser. De som redan nämner den behåller den.',
    confirmArchive: 'Ja, arkivera',
    cancel: 'Avbryt',
    partnerArchived: (name) => `Samverkansparten ${name} är arkiverad.`,
  },
  en: {
    partnersLink: 'Partners',
    partnersDescription: 'Register associations, government agencies, businesses and others the municipality works with.',
    partnersTitle: 'Partners',
    aboutPartner: 'About the partner',
    partnersIntro: 'Those the municipality works with on integration. A partner is shown on the public site when it takes part in an activity or agreement under a published goal.',
    newPartner: 'New partner',
    newPartnerTitle: 'New partner',
    editPartnerTitle: (name) => `Edit partner: ${name}`,
    backToPartners: 'Back to the partners',
    searchLabel: 'Search names and descriptions',
    kindFilter: 'Kind of partner',
    allKinds: 'All kinds',
    partnersCaption: (shown, total) => `Partners: showing ${shown} of ${total}`,
    noPartners: 'No partners match.',
    field: {
      name: 'Name',
      kind: 'Kind of partner',
      organisationNumber: 'Organisation number',
      description: 'Description',
      contactName: 'Contact person or function',
      contactEmail: 'Contact email address',
      contactPhone: 'Contact phone number',
      website: 'Website',
    },
    hint: {
      organisationNumber: 'For example 202100-2114',
      website: 'An address starting with https://',
    },
    kind: {
      ASSOCIATION: 'Association',
      GOVERNMENT_AGENCY: 'Government agency (e.g. Arbetsförmedlingen, Försäkringskassan, Migrationsverket)',
      ESTABLISHMENT_CENTRE: 'Establishment centre',
      BUSINESS: 'Business (e.g. Nyföretagarcentrum)',
      REGION: 'Region',
      EDUCATION_PROVIDER: 'Education provider',
      CIVIL_SOCIETY_ORGANISATION: 'Civil society organisation',
      OTHER: 'Other',
    },
    createPartner: 'Register the partner',
    savePartner: 'Save the changes',
    partnerCreated: 'The partner is registered.',
    partnerSaved: 'The changes are saved.',
    nameRequired: 'Enter the partner’s name',
    invalid: {
      website: 'Enter a web address starting with https://',
      contactEmail: 'Enter an email address like name@example.com',
      organisationNumber: 'Enter the organisation number like 202100-2114',
    },
    conflictPartner: 'Someone else changed this partner after you opened it. Your changes are not saved but are still in the form.',
    archivePartner: 'Archive the partner',
    archiveTitle: (name) => `Archive ${name}?`,
    archiveBody: 'The partner leaves the lists and cannot be chosen for new activities or agreements. Those that already name it keep it.',
    confirmArchive: 'Yes, archive',
    cancel: 'Cancel',
    partnerArchived: (name) => `The partner ${name} is archived.`,
  },
};
