import { useQuery } from '@apollo/client/react';
import { useParams } from 'react-router';
import { useLanguage } from '../../../app/language';
import { paths } from '../../../app/paths';
import { usePageTitle } from '../../../app/title';
import { Breadcrumbs } from '../../../components/Breadcrumbs';
import { ErrorState, LoadingState } from '../../../components/StatusViews';
import { SteeringDocumentOverview } from '../../strategy/components/SteeringDocumentOverview';
import { strategyStrings } from '../../strategy/strings';
import { DocumentPageQuery } from '../queries';
import { publicStrings } from '../strings';
import { EntityNotFound } from './EntityNotFound';
import { useMunicipality } from './MunicipalityLayout';

/** Markdown-ish text as paragraphs: blank lines separate them, line breaks are kept. */
export function TextBlocks({ text }: { text: string }) {
  return (
    <>
      {text
        .split(/\n\s*\n/)
        .map((block) => block.trim())
        .filter(Boolean)
        .map((block, i) => (
          <p key={i} className="text-block" lang="sv">
            {block.replace(/^#+\s*/, '')}
          </p>
        ))}
    </>
  );
}

/** `/kommun/:code/styrdokument/:id`: metadata, text, earlier versions, and the goal tree by focus area. */
export default function DocumentView() {
  const { code, name } = useMunicipality();
  const id = useParams().id ?? '';
  const { language } = useLanguage();
  const t = publicStrings[language];
  const s = strategyStrings[language];
  const { data, error, loading, refetch } = useQuery(DocumentPageQuery, { variables: { id } });
  const node = data?.node;
  const document = node?.__typename === 'SteeringDocument' && node.municipality.code === code ? node : null;
  usePageTitle(document?.title, name);

  if (loading && !data) return <LoadingState />;
  if (error) return <ErrorState error={error} onRetry={() => refetch()} />;
  if (!document) return <EntityNotFound kind="document" />;
  const earlier = document.versions.filter((v) => v.versionNumber !== document.currentVersionNumber).reverse();

  return (
    <div className="page page--document">
      <Breadcrumbs
        items={[
          { label: name, to: paths.municipality(code), lang: 'sv' },
          { label: document.title, lang: 'sv' },
        ]}
      />
      <SteeringDocumentOverview
        document={document}
        titleLevel={1}
        headingLevel={2}
        afterFacts={
          <>
            {(document.ownerUnit || document.followedUpBy) && (
              <dl className="facts">
                {document.ownerUnit && (
                  <div className="facts__item">
                    <dt>{t.ownerUnit}</dt>
                    <dd lang="sv">{document.ownerUnit.name}</dd>
                  </div>
                )}
                {document.followedUpBy && (
                  <div className="facts__item">
                    <dt>{t.followedUpBy}</dt>
                    <dd lang="sv">{document.followedUpBy}</dd>
                  </div>
                )}
              </dl>
            )}
            <section className="document-text" aria-labelledby="document-text-heading">
              <h2 id="document-text-heading">{t.documentText}</h2>
              {document.text ? <TextBlocks text={document.text} /> : <p>{t.noText}</p>}
            </section>
            {earlier.length === 0 && document.currentVersionNumber > 1 && (
              <section className="versions" aria-labelledby="versions-heading">
                <h2 id="versions-heading">{t.versions}</h2>
                <p>{t.versionsStaffOnly(document.currentVersionNumber)}</p>
              </section>
            )}
            {earlier.length > 0 && (
              <section className="versions" aria-labelledby="versions-heading">
                <h2 id="versions-heading">{t.versions}</h2>
                <ul className="versions__list">
                  {earlier.map((version) => (
                    <li key={version.id}>
                      <details className="version">
                        <summary>
                          {t.versionLabel(version.versionNumber)}: <span lang="sv">{version.title}</span>
                          {version.registrationNumber && <> ({version.registrationNumber})</>} – {s.statuses[version.status]}
                        </summary>
                        <dl className="facts">
                          {version.decidedBy && (
                            <div className="facts__item">
                              <dt>{s.decidedBy}</dt>
                              <dd lang="sv">{version.decidedBy}</dd>
                            </div>
                          )}
                          {version.decisionDate && (
                            <div className="facts__item">
                              <dt>{s.decisionDate}</dt>
                              <dd>{version.decisionDate}</dd>
                            </div>
                          )}
                          {version.validUntil && (
                            <div className="facts__item">
                              <dt>{s.validUntil}</dt>
                              <dd>{version.validUntil}</dd>
                            </div>
                          )}
                          {version.changeNote && (
                            <div className="facts__item">
                              <dt>{t.changeNote}</dt>
                              <dd lang="sv">{version.changeNote}</dd>
                            </div>
                          )}
                        </dl>
                        {version.text ? <TextBlocks text={version.text} /> : <p>{t.noText}</p>}
                      </details>
                    </li>
                  ))}
                </ul>
              </section>
            )}
          </>
        }
      />
    </div>
  );
}
