import { useEffect } from 'react';
import { graphql, getFragmentData, type FragmentType } from '../../../gql';
import { useLanguage } from '../../../app/language';
import { strategyStrings } from '../strings';
import { SteeringDocumentOverview } from './SteeringDocumentOverview';

export const MunicipalityStrategy_municipality = graphql(`
  fragment MunicipalityStrategy_municipality on Municipality {
    id
    code
    name
    steeringDocuments {
      id
      title
      ...SteeringDocumentOverview_steeringDocument
    }
  }
`);

/**
 * The start page of a municipality: its name (the page's only h1) and its current steering
 * document, the first in the API's order (newest decision first).
 */
export function MunicipalityStrategy(props: { municipality: FragmentType<typeof MunicipalityStrategy_municipality> }) {
  const municipality = getFragmentData(MunicipalityStrategy_municipality, props.municipality);
  const t = strategyStrings[useLanguage().language];
  const [current, ...others] = municipality.steeringDocuments;

  useEffect(() => {
    document.title = t.pageTitle(municipality.name, current?.title);
  }, [t, municipality.name, current?.title]);

  return (
    <div className="strategy">
      <div className="page-intro">
        <h1 className="page-intro__title" lang="sv">
          {municipality.name}
        </h1>
        <p className="page-intro__lead">{t.municipalityLead}</p>
      </div>
      {current ? (
        <>
          <SteeringDocumentOverview document={current} headingLevel={2} />
          {others.length > 0 && (
            <section className="other-documents" aria-labelledby="other-documents-heading">
              <h2 id="other-documents-heading">{t.otherDocuments}</h2>
              <ul>
                {others.map((doc) => (
                  <li key={doc.id} lang="sv">
                    {doc.title}
                  </li>
                ))}
              </ul>
            </section>
          )}
        </>
      ) : (
        <p className="status status--empty">{t.noDocument}</p>
      )}
    </div>
  );
}
