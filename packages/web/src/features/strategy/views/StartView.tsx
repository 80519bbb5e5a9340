import { useQuery } from '@apollo/client/react';
import { useEffect } from 'react';
import { EmptyState, ErrorState, LoadingState } from '../../../components/StatusViews';
import { useStrings } from '../../../app/language';
import { MunicipalityStrategy } from '../components/MunicipalityStrategy';
import { StartPageQuery } from '../queries';
import { strategyStrings } from '../strings';

/** `/`: the strategy of the first municipality. */
export function StartView() {
  const { data, error, loading, refetch } = useQuery(StartPageQuery);
  const t = useStrings(strategyStrings);
  const municipality = data?.municipalities.nodes[0];

  useEffect(() => {
    if (!loading && !error && !municipality) document.title = t.pageTitle(t.noMunicipalityTitle);
  }, [loading, error, municipality, t]);

  if (loading && !data) return <LoadingState />;
  if (error) return <ErrorState error={error} onRetry={() => refetch()} />;
  if (!municipality) {
    return (
      <EmptyState title={t.noMunicipalityTitle}>
        <p>{t.noMunicipalityBody}</p>
      </EmptyState>
    );
  }
  return <MunicipalityStrategy municipality={municipality} />;
}
