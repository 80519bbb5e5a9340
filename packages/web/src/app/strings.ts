import type { Language } from './language';

/** Strings of the shell: header, footer, and the shared loading, error and empty states. */
export interface AppStrings {
  skipToContent: string;
  appName: string;
  appTagline: string;
  languageGroup: string;
  loading: string;
  errorTitle: string;
  errorBody: string;
  errorDetails: string;
  retry: string;
  notFoundTitle: string;
  notFoundBody: string;
  notFoundLink: string;
  footer: string;
}

export const appStrings: Record<Language, AppStrings> = {
  sv: {
    skipToContent: 'Till huvudinnehållet',
    appName: 'Inkludera',
    appTagline: 'Uppföljning av integrationsstrategin',
    languageGroup: 'Språk',
    loading: 'Laddar…',
    errorTitle: 'Uppgifterna kunde inte hämtas',
    errorBody: 'Något gick fel när sidan hämtade uppgifterna. Försök igen om en stund.',
    errorDetails: 'Teknisk information',
    retry: 'Försök igen',
    notFoundTitle: 'Sidan finns inte',
    notFoundBody: 'Det finns ingen sida på den här adressen.',
    notFoundLink: 'Till startsidan',
    footer: 'Inkludera – könsuppdelad uppföljning av kommunens integrationsstrategi.',
  },
  en: {
    skipToContent: 'Skip to main content',
    appName: 'Inkludera',
    appTagline: 'Follow-up of the integration strategy',
    languageGroup: 'Language',
    loading: 'Loading…',
    errorTitle: 'The information could not be loaded',
    errorBody: 'Something went wrong while the page loaded its information. Please try again shortly.',
    errorDetails: 'Technical details',
    retry: 'Try again',
    notFoundTitle: 'Page not found',
    notFoundBody: 'There is no page at this address.',
    notFoundLink: 'To the start page',
    footer: 'Inkludera – follow-up of the municipality’s integration strategy, for women and men separately.',
  },
};
