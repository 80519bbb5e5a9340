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
  footerNav: string;
  municipalitiesLink: string;
  openDataLink: string;
  accessibilityLink: string;
  pageFailed: string;
  reload: string;
  networkError: string;
  serverError: string;
  rateLimited: string;
  breadcrumbs: string;
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
    footerNav: 'Om webbplatsen',
    municipalitiesLink: 'Kommuner',
    openDataLink: 'Öppna data',
    accessibilityLink: 'Tillgänglighetsredogörelse',
    pageFailed: 'Sidan kunde inte visas. Ladda om sidan och försök igen.',
    reload: 'Ladda om sidan',
    networkError: 'Det gick inte att nå servern. Kontrollera anslutningen och försök igen.',
    serverError: 'Servern kunde inte svara just nu. Försök igen om en stund.',
    rateLimited: 'Det har kommit för många förfrågningar på kort tid. Vänta en stund och försök igen.',
    breadcrumbs: 'Du är här',
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
    footerNav: 'About this site',
    municipalitiesLink: 'Municipalities',
    openDataLink: 'Open data',
    accessibilityLink: 'Accessibility statement',
    pageFailed: 'The page could not be shown. Reload the page and try again.',
    reload: 'Reload the page',
    networkError: 'The server could not be reached. Check your connection and try again.',
    serverError: 'The server could not answer just now. Please try again shortly.',
    rateLimited: 'Too many requests in a short time. Please wait a moment and try again.',
    breadcrumbs: 'You are here',
  },
};
