import { graphql, getFragmentData, type FragmentType } from '../../../gql';
import { Heading, type HeadingLevel } from '../../../components/Heading';
import { localized, useLanguage } from '../../../app/language';
import { LocalLink } from '../../../app/LocalLink';
import { paths } from '../../../app/paths';
import { publicStrings } from '../strings';
import { IndicatorTrend } from './IndicatorTrend';

export const FocusAreaCard_focusArea = graphql(`
  fragment FocusAreaCard_focusArea on FocusArea {
    id
    nameSv
    nameEn
    description
    goals {
      id
      indicators {
        id
        ...IndicatorTrend_indicator
      }
      children {
        id
        indicators {
          id
          ...IndicatorTrend_indicator
        }
      }
    }
  }
`);

/** A focus area as a card: name (link to its page), number of goals and indicators, a trend per indicator. */
export function FocusAreaCard(props: { focusArea: FragmentType<typeof FocusAreaCard_focusArea>; code: string; headingLevel: HeadingLevel }) {
  const area = getFragmentData(FocusAreaCard_focusArea, props.focusArea);
  const { language } = useLanguage();
  const t = publicStrings[language];
  const name = localized(language, area.nameSv, area.nameEn);
  const goals = area.goals.flatMap((goal) => [goal, ...goal.children]);
  const indicators = new Map<string, (typeof goals)[number]['indicators'][number]>();
  for (const goal of goals) for (const indicator of goal.indicators) if (!indicators.has(indicator.id)) indicators.set(indicator.id, indicator);
  return (
    <article className="card focus-card">
      <Heading level={props.headingLevel} className="card__title" lang={name.lang}>
        <LocalLink to={paths.focusArea(props.code, area.id)}>{name.text}</LocalLink>
      </Heading>
      <p className="card__counts">
        <span>{t.goalCount(goals.length)}</span>
        <span aria-hidden="true"> · </span>
        <span>{t.indicatorCount(indicators.size)}</span>
      </p>
      {area.description && (
        <p className="card__description" lang="sv">
          {area.description}
        </p>
      )}
      {indicators.size > 0 && (
        <ul className="trend-list">
          {[...indicators.values()].map((indicator) => (
            <li key={indicator.id}>
              <IndicatorTrend indicator={indicator} code={props.code} />
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}
