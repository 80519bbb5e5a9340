import type { ComponentType } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { LoadingState } from '../components/StatusViews';
import { Layout } from './Layout';
import { RouteError } from './RouteError';

/** A route whose view is loaded when it is first visited (its own chunk). */
function lazyView(load: () => Promise<{ default: ComponentType }>): Pick<RouteObject, 'lazy'> {
  return { lazy: async () => ({ Component: (await load()).default }) };
}

/**
 * The public tree, the same under `/` (Swedish) and `/en` (English). Paths are built with
 * `paths` (paths.ts); keep the two in step.
 */
function publicRoutes(): RouteObject[] {
  return [
    { index: true, ...lazyView(() => import('../features/public/views/StartView')) },
    {
      path: 'kommun/:code',
      ...lazyView(() => import('../features/public/views/MunicipalityLayout')),
      children: [
        { index: true, ...lazyView(() => import('../features/public/views/MunicipalityView')) },
        { path: 'styrdokument/:id', ...lazyView(() => import('../features/public/views/DocumentView')) },
        { path: 'fokusomrade/:id', ...lazyView(() => import('../features/public/views/FocusAreaView')) },
        { path: 'mal/:id', ...lazyView(() => import('../features/public/views/GoalView')) },
        { path: 'indikator/:id', ...lazyView(() => import('../features/public/views/IndicatorView')) },
        { path: 'samverkansparter', ...lazyView(() => import('../features/public/views/PartnersView')) },
        { path: 'uppfoljning', ...lazyView(() => import('../features/public/views/OverviewView')) },
        { path: 'uppfoljning/:id', ...lazyView(() => import('../features/public/views/RoundReportView')) },
        { path: '*', ...lazyView(() => import('../features/public/views/NotFoundView')) },
      ],
    },
    { path: 'oppna-data', ...lazyView(() => import('../features/public/views/OpenDataView')) },
    { path: 'tillganglighet', ...lazyView(() => import('../features/public/views/AccessibilityView')) },
    ...workspaceRoutes(),
    { path: '*', ...lazyView(() => import('../features/public/views/NotFoundView')) },
  ];
}

/**
 * The staff workspace under `arbetsyta` (`/en/arbetsyta` in English): every view is its own
 * lazy chunk, so the public pages load no staff code. WorkspaceLayout asks `me` and sends a
 * caller who is not logged in to the login form, which comes back to the same address.
 */
function workspaceRoutes(): RouteObject[] {
  return [
    { path: 'arbetsyta/logga-in', ...lazyView(() => import('../features/workspace/views/LoginView')) },
    {
      path: 'arbetsyta',
      ...lazyView(() => import('../features/workspace/views/WorkspaceLayout')),
      children: [
        { index: true, ...lazyView(() => import('../features/workspace/views/HomeView')) },
        { path: 'rapportering', ...lazyView(() => import('../features/workspace/views/ReportingView')) },
        { path: 'api-nycklar', ...lazyView(() => import('../features/workspace/views/ApiKeysView')) },
        { path: 'anvandare', ...lazyView(() => import('../features/workspace/views/UsersView')) },
        { path: 'logg', ...lazyView(() => import('../features/workspace/views/AuditView')) },
        { path: 'import', ...lazyView(() => import('../features/workspace/views/ImportView')) },
        { path: 'indikatorer', ...lazyView(() => import('../features/workspace/views/IndicatorListView')) },
        { path: 'indikatorer/:id', ...lazyView(() => import('../features/workspace/views/IndicatorEditView')) },
        { path: 'samverkansparter', ...lazyView(() => import('../features/workspace/views/PartnerListView')) },
        { path: 'samverkansparter/:id', ...lazyView(() => import('../features/workspace/views/PartnerEditView')) },
        { path: 'aktiviteter', ...lazyView(() => import('../features/workspace/views/ActivityListView')) },
        { path: 'aktiviteter/:id', ...lazyView(() => import('../features/workspace/views/ActivityEditView')) },
        { path: 'overenskommelser', ...lazyView(() => import('../features/workspace/views/AgreementListView')) },
        { path: 'overenskommelser/:id', ...lazyView(() => import('../features/workspace/views/AgreementEditView')) },
        { path: 'styrdokument', ...lazyView(() => import('../features/workspace/views/SteeringDocumentListView')) },
        { path: 'styrdokument/:id', ...lazyView(() => import('../features/workspace/views/SteeringDocumentEditView')) },
        { path: 'styrdokument/:id/jamfor', ...lazyView(() => import('../features/workspace/views/SteeringDocumentDiffView')) },
        { path: 'styrdokument/:id/remiss/:consultationId', ...lazyView(() => import('../features/workspace/views/ConsultationView')) },
        { path: 'styrdokument/:id/mal', ...lazyView(() => import('../features/workspace/views/GoalTreeView')) },
        { path: 'uppfoljning', ...lazyView(() => import('../features/workspace/views/RoundListView')) },
        { path: 'uppfoljning/ny', ...lazyView(() => import('../features/workspace/views/RoundOpenView')) },
        { path: 'uppfoljning/omgang/:id', ...lazyView(() => import('../features/workspace/views/RoundView')) },
        { path: 'uppfoljning/omgang/:id/rapport', ...lazyView(() => import('../features/workspace/views/WorkspaceRoundReportView')) },
        { path: 'uppfoljning/rapport/:id', ...lazyView(() => import('../features/workspace/views/UnitReportView')) },
        { path: '*', ...lazyView(() => import('../features/public/views/NotFoundView')) },
      ],
    },
  ];
}

export function createRouter() {
  return createBrowserRouter([
    {
      path: '/en',
      element: <Layout language="en" />,
      errorElement: <RouteError />,
      HydrateFallback: LoadingState,
      children: publicRoutes(),
    },
    {
      path: '/',
      element: <Layout language="sv" />,
      errorElement: <RouteError />,
      HydrateFallback: LoadingState,
      children: publicRoutes(),
    },
  ]);
}
