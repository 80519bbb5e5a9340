import type { Language } from './language';

/**
 * Every public address of the site, in one place. Swedish pages have no prefix, English ones
 * `/en`; the rest of the path is the same in both languages, so switching keeps the page.
 */
const seg = encodeURIComponent;

export const paths = {
  start: () => '/',
  municipality: (code: string) => `/kommun/${seg(code)}`,
  document: (code: string, id: string) => `/kommun/${seg(code)}/styrdokument/${seg(id)}`,
  focusArea: (code: string, id: string) => `/kommun/${seg(code)}/fokusomrade/${seg(id)}`,
  goal: (code: string, id: string) => `/kommun/${seg(code)}/mal/${seg(id)}`,
  indicator: (code: string, id: string) => `/kommun/${seg(code)}/indikator/${seg(id)}`,
  partners: (code: string) => `/kommun/${seg(code)}/samverkansparter`,
  overview: (code: string, period?: string) => `/kommun/${seg(code)}/uppfoljning${period ? `?period=${seg(period)}` : ''}`,
  /** The follow-up report of an approved reporting round. */
  roundReport: (code: string, id: string) => `/kommun/${seg(code)}/uppfoljning/${seg(id)}`,
  openData: () => '/oppna-data',
  accessibility: () => '/tillganglighet',
  // The staff workspace (its code is loaded only under these paths; see features/workspace/).
  workspace: () => '/arbetsyta',
  login: (back?: string) => (back ? `/arbetsyta/logga-in?tillbaka=${seg(back)}` : '/arbetsyta/logga-in'),
  reporting: (period?: string) => (period ? `/arbetsyta/rapportering?period=${seg(period)}` : '/arbetsyta/rapportering'),
  apiKeys: () => '/arbetsyta/api-nycklar',
  users: () => '/arbetsyta/anvandare',
  audit: () => '/arbetsyta/logg',
  indicators: () => '/arbetsyta/indikatorer',
  import: () => '/arbetsyta/import',
  indicatorEditor: (id: string) => `/arbetsyta/indikatorer/${seg(id)}`,
  workspacePartners: () => '/arbetsyta/samverkansparter',
  partnerEditor: (id: string) => `/arbetsyta/samverkansparter/${seg(id)}`,
  agreements: () => '/arbetsyta/overenskommelser',
  activities: () => '/arbetsyta/aktiviteter',
  activityEditor: (id: string) => `/arbetsyta/aktiviteter/${seg(id)}`,
  agreementEditor: (id: string) => `/arbetsyta/overenskommelser/${seg(id)}`,
  steeringDocuments: () => '/arbetsyta/styrdokument',
  steeringDocumentEditor: (id: string) => `/arbetsyta/styrdokument/${seg(id)}`,
  steeringDocumentDiff: (id: string, from?: number, to?: number) =>
    `/arbetsyta/styrdokument/${seg(id)}/jamfor${from !== undefined && to !== undefined ? `?fran=${from}&till=${to}` : ''}`,
  goalTree: (id: string) => `/arbetsyta/styrdokument/${seg(id)}/mal`,
  /** A consultation (remiss) of a steering document: the answers side by side, a unit's answer form. */
  consultation: (documentId: string, consultationId: string) => `/arbetsyta/styrdokument/${seg(documentId)}/remiss/${seg(consultationId)}`,
  // Follow-up: reporting rounds (issue 13).
  followUp: () => '/arbetsyta/uppfoljning',
  openRound: () => '/arbetsyta/uppfoljning/ny',
  round: (id: string) => `/arbetsyta/uppfoljning/omgang/${seg(id)}`,
  workspaceRoundReport: (id: string) => `/arbetsyta/uppfoljning/omgang/${seg(id)}/rapport`,
  unitReport: (id: string) => `/arbetsyta/uppfoljning/rapport/${seg(id)}`,
};

/**
 * Where to go after logging in: a path of this site only (never another host), else the workspace.
 */
export function safeReturnPath(back: string | null | undefined): string | null {
  if (!back || !back.startsWith('/') || back.startsWith('//') || back.startsWith('/\\')) return null;
  return back;
}

/** A path of the site in a language: `/kommun/0138` → `/en/kommun/0138`. */
export function inLanguage(language: Language, path: string): string {
  if (language === 'sv') return path;
  return path === '/' ? '/en' : `/en${path}`;
}

/** The language of a pathname and the path without its language prefix. */
export function splitLanguage(pathname: string): { language: Language; path: string } {
  if (pathname === '/en' || pathname === '/en/') return { language: 'en', path: '/' };
  if (pathname.startsWith('/en/')) return { language: 'en', path: pathname.slice(3) };
  return { language: 'sv', path: pathname || '/' };
}

/** The same page in another language (query and hash kept). */
export function switchLanguage(pathname: string, search: string, hash: string, to: Language): string {
  return `${inLanguage(to, splitLanguage(pathname).path)}${search}${hash}`;
}
