import { useQuery } from '@apollo/client/react';
import { useLanguage } from '../../../app/language';
import { usePageTitle } from '../../../app/title';
import { ErrorState, LoadingState } from '../../../components/StatusViews';
import { MunicipalitiesQuery } from '../queries';
import { openDataStrings } from './staticStrings';

/** `/oppna-data`: what is offered, endpoints with example requests, licence, and each catalogue. */
export default function OpenDataView() {
  const { language } = useLanguage();
  const t = openDataStrings[language];
  const { data, error, loading, refetch } = useQuery(MunicipalitiesQuery);
  usePageTitle(t.title);
  const origin = typeof window === 'undefined' ? '' : window.location.origin;
  const municipalities = data?.municipalities.nodes ?? [];
  const example = municipalities[0]?.code ?? '0138';
  return (
    <div className="page page--prose">
      <div className="page-intro">
        <h1 className="page-intro__title">{t.title}</h1>
        <p className="page-intro__lead">{t.lead}</p>
      </div>
      <section aria-labelledby="what-heading">
        <h2 id="what-heading">{t.whatHeading}</h2>
        {t.what.map((p) => (
          <p key={p}>{p}</p>
        ))}
      </section>
      <section aria-labelledby="endpoints-heading">
        <h2 id="endpoints-heading">{t.endpointsHeading}</h2>
        <dl className="endpoints">
          {t.endpoints.map(([path, what]) => (
            <div key={path} className="endpoints__item">
              <dt>
                <code>{path}</code>
              </dt>
              <dd>{what}</dd>
            </div>
          ))}
        </dl>
        <p>{t.filters}</p>
      </section>
      <section aria-labelledby="examples-heading">
        <h2 id="examples-heading">{t.examplesHeading}</h2>
        <pre className="code" tabIndex={0} aria-label={t.examplesHeading}>
          <code>{t.examples(origin, example)}</code>
        </pre>
      </section>
      <section aria-labelledby="licence-heading">
        <h2 id="licence-heading">{t.licenceHeading}</h2>
        <p>{t.licence}</p>
        <p>
          <a href="https://creativecommons.org/publicdomain/zero/1.0/deed.sv" rel="external license">
            {t.cc0}
          </a>
        </p>
      </section>
      <section aria-labelledby="catalogue-heading">
        <h2 id="catalogue-heading">{t.catalogueHeading}</h2>
        <p>{t.catalogue}</p>
        {loading && !data ? (
          <LoadingState />
        ) : error ? (
          <ErrorState error={error} onRetry={() => refetch()} />
        ) : (
          <ul>
            {municipalities.map((m) => (
              <li key={m.id}>
                <span lang="sv">{m.name}</span>: <a href={`/${m.code}/datasets/dcat`}>{t.dcatLink(m.code)}</a>, <a href={`/open/v1/${m.code}/indicators`}>{t.indicatorsLink}</a>,{' '}
                <a href={`/open/v1/${m.code}/values.csv`}>{t.valuesLink}</a>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
