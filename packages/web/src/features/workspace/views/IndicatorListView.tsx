import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { localized, useLanguage, useStrings } from '../../../app/language';
import { LocalLink } from '../../../app/LocalLink';
import { paths } from '../../../app/paths';
import { usePageTitle } from '../../../app/title';
import { ErrorState, LoadingState } from '../../../components/StatusViews';
import { Field } from '../components/Field';
import { IndicatorListQuery } from '../queries';
import { workspaceStrings } from '../strings';
import { useViewer } from '../viewer';

/** `/arbetsyta/indikatorer?sok=…`: the municipality's indicators, searched and paged; links to the editor. */
export default function IndicatorListView() {
  const t = useStrings(workspaceStrings);
  const { language } = useLanguage();
  const viewer = useViewer();
  usePageTitle(t.indicatorsTitle, viewer.municipality?.name);
  const [params, setParams] = useSearchParams();
  const search = params.get('sok') || null;
  const [text, setText] = useState(search ?? '');
  const { data, loading, error, refetch, fetchMore } = useQuery(IndicatorListQuery, {
    variables: { where: { municipality: viewer.municipality ? { eq: viewer.municipality.id } : null, search } },
    fetchPolicy: 'cache-and-network',
  });
  const indicators = data?.indicators.edges.map((edge) => edge.node) ?? [];
  const mayCreate = viewer.role === 'ADMIN' || viewer.role === 'EDITOR';
  return (
    <div className="ws-wide">
      <h1>{t.indicatorsTitle}</h1>
      <p className="ws-lead">{t.indicatorsIntro}</p>
      {mayCreate && (
        <p>
          <LocalLink className="button" to={paths.indicatorEditor('ny')}>
            {t.newIndicator}
          </LocalLink>
        </p>
      )}
      <form
        className="ws-period"
        role="search"
        onSubmit={(event) => {
          event.preventDefault();
          setParams(text.trim() ? { sok: text.trim() } : {});
        }}
      >
        <Field id="indicator-search" label={t.search.replace(/ på .*| by .*/, '')} type="search" value={text} onChange={(event) => setText(event.target.value)} />
        <button type="submit" className="button button--secondary">
          {t.searchButton}
        </button>
      </form>
      {loading && !data ? (
        <LoadingState />
      ) : error && !data ? (
        <ErrorState error={error} onRetry={() => refetch()} />
      ) : (
        <>
          <div className="ws-grid-wrap" role="region" aria-labelledby="indicators-caption" tabIndex={0}>
            <table className="ws-table">
              <caption id="indicators-caption">{t.indicatorsCaption(indicators.length, data?.indicators.totalCount ?? 0)}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.indicator}</th>
                  <th scope="col">{t.field.unit}</th>
                  <th scope="col">{t.field.periodicity}</th>
                  <th scope="col">{t.responsibility}</th>
                  <th scope="col">{t.state}</th>
                </tr>
              </thead>
              <tbody>
                {indicators.map((indicator) => {
                  const name = localized(language, indicator.nameSv, indicator.nameEn);
                  return (
                    <tr key={indicator.id}>
                      <th scope="row">
                        <LocalLink to={paths.indicatorEditor(indicator.id)} lang={name.lang === language ? undefined : name.lang}>
                          {name.text}
                        </LocalLink>
                      </th>
                      <td>{t.unitLabel[indicator.unit]}</td>
                      <td>{t.periodicityLabel[indicator.periodicity]}</td>
                      <td>
                        {indicator.responsibleImplementationUnit.name} / {indicator.responsibleFollowUpUnit.name}
                      </td>
                      <td>
                        {indicator.published ? t.published : t.unpublished}
                        {indicator.sensitive ? `, ${t.sensitiveMark.toLowerCase()}` : ''}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          {data?.indicators.pageInfo.hasNextPage && (
            <button
              type="button"
              className="button button--secondary"
              onClick={() =>
                void fetchMore({
                  variables: { after: data.indicators.pageInfo.endCursor },
                  // Another page of the same list: appended (the reporting grid pages this connection its own way).
                  updateQuery: (previous, { fetchMoreResult }) => ({
                    ...fetchMoreResult,
                    indicators: { ...fetchMoreResult.indicators, edges: [...previous.indicators.edges, ...fetchMoreResult.indicators.edges] },
                  }),
                })
              }
            >
              {t.showMore}
            </button>
          )}
        </>
      )}
    </div>
  );
}
