import { createContext, useContext } from 'react';
import type { WorkspaceViewerQuery } from './gql/graphql';

export type Viewer = NonNullable<WorkspaceViewerQuery['me']['user']> & {
  municipality: WorkspaceViewerQuery['me']['municipality'];
};

const ViewerContext = createContext<Viewer | null>(null);
export const ViewerProvider = ViewerContext.Provider;

/** The logged-in person; only inside WorkspaceLayout, which renders nothing else without one. */
export function useViewer(): Viewer {
  const viewer = useContext(ViewerContext);
  if (!viewer) throw new Error('useViewer outside the workspace.');
  return viewer;
}
