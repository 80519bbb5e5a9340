import type { ReactNode } from 'react';
import { graphql, getFragmentData, type FragmentType } from '../../../gql';
import { below, Heading, type HeadingLevel } from '../../../components/Heading';
import { localized, useLanguage } from '../../../app/language';
import { strategyStrings } from '../strings';
import { FocusAreaSection, focusAreaAnchor } from './FocusAreaSection';
import { OverallAim } from './OverallAim';

export const SteeringDocumentOverview_steeringDocument = graphql(`
  fragment SteeringDocumentOverview_steeringDocument on SteeringDocument {
    id
    title
    kind
    status
    registrationNumber
    decidedBy
    decisionDate
    validUntil
    revisionIntervalMonths
    description
    overallAim {
      id
      ...OverallAim_goal
    }
    focusAreas {
      id
      key
      nameSv
      nameEn
      sortOrder
      ...FocusAreaSection_focusArea
    }
  }
`);

/**
 * A steering document: its facts (diarienummer, status in words, …), description and overall aim,
 * a table of contents of its focus areas, then each focus area in its order.
 */
export function SteeringDocumentOverview(props: {
  document: FragmentType<typeof SteeringDocumentOverview_steeringDocument>;
  headingLevel: HeadingLevel;
  /** The title's level, when it is the page's h1 (sections then use `headingLevel`). */
  titleLevel?: HeadingLevel;
  /** Rendered after the facts, before the overall aim (the document page: text and versions). */
  afterFacts?: ReactNode;
}) {
  const document = getFragmentData(SteeringDocumentOverview_steeringDocument, props.document);
  const { language } = useLanguage();
  const t = strategyStrings[language];
  const areas = [...document.focusAreas].sort((a, b) => a.sortOrder - b.sortOrder);
  const level = props.headingLevel;
  const titleLevel = props.titleLevel ?? level;

  const facts: Array<[string, string, 'sv' | undefined]> = [];
  facts.push([t.kind, t.kinds[document.kind], undefined]);
  if (document.registrationNumber) facts.push([t.registrationNumber, document.registrationNumber, 'sv']);
  facts.push([t.status, t.statuses[document.status], undefined]);
  if (document.decidedBy) facts.push([t.decidedBy, document.decidedBy, 'sv']);
  if (document.decisionDate) facts.push([t.decisionDate, document.decisionDate, undefined]);
  if (document.validUntil) facts.push([t.validUntil, document.validUntil, undefined]);
  if (document.revisionIntervalMonths) facts.push([t.revisionInterval, t.revisionEvery(document.revisionIntervalMonths), undefined]);

  return (
    <>
      <section className="document" aria-labelledby="document-heading">
        <Heading level={titleLevel} id="document-heading" className="document__title" lang="sv">
          {document.title}
        </Heading>
        <dl className="facts" aria-label={t.documentFacts}>
          {facts.map(([term, value, lang]) => (
            <div className="facts__item" key={term}>
              <dt>{term}</dt>
              <dd lang={lang}>{value}</dd>
            </div>
          ))}
        </dl>
        {document.description && (
          <p className="document__description" lang="sv">
            {document.description}
          </p>
        )}
        {props.afterFacts}
        <OverallAim goal={document.overallAim} headingLevel={below(titleLevel)} />
      </section>

      {areas.length === 0 ? (
        <p className="document__empty">{t.noFocusAreas}</p>
      ) : (
        <>
          <nav className="toc" aria-labelledby="toc-heading">
            <Heading level={level} id="toc-heading" className="toc__heading">
              {t.focusAreas}
            </Heading>
            <ol className="toc__list">
              {areas.map((area) => {
                const name = localized(language, area.nameSv, area.nameEn);
                return (
                  <li key={area.id}>
                    <a href={`#${focusAreaAnchor(area.key)}`} lang={name.lang}>
                      {name.text}
                    </a>
                  </li>
                );
              })}
            </ol>
          </nav>
          {areas.map((area) => (
            <FocusAreaSection key={area.id} focusArea={area} headingLevel={level} />
          ))}
        </>
      )}
    </>
  );
}
