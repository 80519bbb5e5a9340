import { skipToken, useQuery } from '@apollo/client/react';
import { useEffect } from 'react';
import { EmptyState, ErrorState, LoadingState } from '../../../components/StatusViews';
import { useStrings } from '../../../app/language';
import { MunicipalityStrategy } from '../components/MunicipalityStrategy';
import { MunicipalityPageQuery } from '../queries';
import { strategyStrings } from '../strings';

/** A municipality code (kommunkod) has four digits. */
const CODE = /^\d{4}$/;

/** `/kommun/:code`: the strategy of one municipality. */
export function MunicipalityStrategyView({ code }: { code: string }) {
  const valid = CODE.test(code);
  const { data, error, loading, refetch } = useQuery(
    MunicipalityPageQuery,
    valid ? { variables: { code } } : skipToken,
  );
  const t = useStrings(strategyStrings);
  const municipality = data?.municipality;
  const missing = !valid || (!loading && !error && !municipality);

  useEffect(() => {
    if (missing) document.title = t.pageTitle(t.unknownMunicipalityTitle);
  }, [missing, t]);

  if (valid && loading && !data) return <LoadingState />;
  if (error) return <ErrorState error={error} onRetry={() => refetch()} />;
  if (!municipality) {
    return (
      <EmptyState title={t.unknownMunicipalityTitle}>
        <p>{t.unknownMunicipalityBody(code)}</p>
        <p>
          <a href="/">{t.toStartPage}</a>
        </p>
      </EmptyState>
    );
  }
  return <MunicipalityStrategy municipality={municipality} />;
}
