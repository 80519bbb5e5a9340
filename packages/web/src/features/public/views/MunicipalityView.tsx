import { useQuery } from '@apollo/client/react';
import { useLanguage } from '../../../app/language';
import { LocalLink } from '../../../app/LocalLink';
import { paths } from '../../../app/paths';
import { usePageTitle } from '../../../app/title';
import { ErrorState, LoadingState } from '../../../components/StatusViews';
import { OverallAim } from '../../strategy/components/OverallAim';
import { strategyStrings } from '../../strategy/strings';
import { FocusAreaCard } from '../components/FocusAreaCard';
import { MunicipalityPageQuery } from '../queries';
import { publicStrings } from '../strings';
import { UnknownMunicipality, useMunicipality } from './MunicipalityLayout';

/** `/kommun/:code`: the adopted strategy in short: overall aim and focus areas as cards. */
export default function MunicipalityView() {
  const { code, name } = useMunicipality();
  const { language } = useLanguage();
  const t = publicStrings[language];
  const s = strategyStrings[language];
  const { data, error, loading, refetch } = useQuery(MunicipalityPageQuery, { variables: { code } });
  const documents = data?.municipality?.steeringDocuments ?? [];
  const current = documents.find((d) => d.status === 'ADOPTED') ?? documents[0];
  usePageTitle(current?.title, name);

  if (loading && !data) return <LoadingState />;
  if (error) return <ErrorState error={error} onRetry={() => refetch()} />;
  if (!data?.municipality) return <UnknownMunicipality code={code} />;
  const others = documents.filter((d) => d !== current);
  const areas = current ? [...current.focusAreas].sort((a, b) => a.sortOrder - b.sortOrder) : [];

  return (
    <div className="page">
      <div className="page-intro">
        <h1 className="page-intro__title" lang="sv">
          {name}
        </h1>
        <p className="page-intro__lead">{t.municipalityLead}</p>
      </div>
      {!current ? (
        <p className="status status--empty">{t.noDocument}</p>
      ) : (
        <>
          <section className="document-summary" aria-labelledby="document-summary-heading">
            <h2 id="document-summary-heading" lang="sv">
              {current.title}
            </h2>
            <p className="document-summary__facts">
              {[s.kinds[current.kind], s.statuses[current.status], current.registrationNumber, current.decisionDate && `${s.decisionDate} ${current.decisionDate}`]
                .filter(Boolean)
                .join(' · ')}
            </p>
            <p>
              <LocalLink className="button button--secondary" to={paths.document(code, current.id)}>
                {t.readDocument}
              </LocalLink>
            </p>
            <OverallAim goal={current.overallAim} headingLevel={3} />
          </section>
          <section aria-labelledby="focus-cards-heading">
            <h2 id="focus-cards-heading">{t.focusAreaCards}</h2>
            {areas.length === 0 ? (
              <p>{s.noFocusAreas}</p>
            ) : (
              <ul className="card-grid">
                {areas.map((area) => (
                  <li key={area.id}>
                    <FocusAreaCard focusArea={area} code={code} headingLevel={3} />
                  </li>
                ))}
              </ul>
            )}
          </section>
          {others.length > 0 && (
            <section aria-labelledby="other-documents-heading">
              <h2 id="other-documents-heading">{t.otherDocuments}</h2>
              <ul>
                {others.map((doc) => (
                  <li key={doc.id} lang="sv">
                    <LocalLink to={paths.document(code, doc.id)}>{doc.title}</LocalLink> ({s.statuses[doc.status]})
                  </li>
                ))}
              </ul>
            </section>
          )}
        </>
      )}
    </div>
  );
}
