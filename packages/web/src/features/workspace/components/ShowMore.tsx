import { useStrings } from '../../../app/language';
import { workspaceStrings } from '../strings';

/** "Show more" under a list paged through an API connection; nothing when there is no next page. */
export function ShowMore({ pageInfo, onMore }: { pageInfo: { hasNextPage: boolean; endCursor?: string | null } | undefined; onMore: (after: string | null) => void }) {
  const t = useStrings(workspaceStrings);
  if (!pageInfo?.hasNextPage) return null;
  return (
    <button type="button" className="button button--secondary" onClick={() => onMore(pageInfo.endCursor ?? null)}>
      {t.showMore}
    </button>
  );
}

/** fetchMore's `updateQuery` for the connection `field`: the next page's edges appended to those shown. */
export function appendEdges<K extends string>(field: K) {
  return <Q extends { [P in K]: { edges: readonly unknown[] } }>(previous: Q, { fetchMoreResult }: { fetchMoreResult: Q }): Q => ({
    ...fetchMoreResult,
    [field]: { ...fetchMoreResult[field], edges: [...previous[field].edges, ...fetchMoreResult[field].edges] },
  });
}
