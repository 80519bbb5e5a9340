import { useId, type ReactNode } from 'react';
import { graphql, getFragmentData, type FragmentType } from '../../../gql';
import { below, Heading, type HeadingLevel } from '../../../components/Heading';
import { useLanguage } from '../../../app/language';
import { strategyStrings } from '../strings';
import { LocalLink } from '../../../app/LocalLink';
import { paths } from '../../../app/paths';
import { useMunicipalityCode } from '../../../app/useMunicipalityCode';
import { ActivityList } from './ActivityList';
import { IndicatorCard } from './IndicatorCard';

export const GoalCard_goal = graphql(`
  fragment GoalCard_goal on Goal {
    id
    title
    level
    description
    ownerUnit {
      id
      name
    }
    indicators {
      id
      ...IndicatorCard_indicator
    }
    activities {
      id
      ...ActivityList_activity
    }
  }
`);

/**
 * A committee goal (nämndmål) or sub-goal (delmål) with its indicators; `subGoals` are rendered
 * under the indicators, inside the goal. Goal texts exist in Swedish only.
 */
export function GoalCard(props: {
  goal: FragmentType<typeof GoalCard_goal>;
  headingLevel: HeadingLevel;
  subGoals?: ReactNode;
  /** False on the goal's own page. */
  link?: boolean;
}) {
  const goal = getFragmentData(GoalCard_goal, props.goal);
  const { language } = useLanguage();
  const t = strategyStrings[language];
  const headingId = useId();
  const code = useMunicipalityCode();
  return (
    <article className={`goal goal--${goal.level.toLowerCase().replace('_', '-')}`} aria-labelledby={headingId}>
      <p className="goal__level">{t.levels[goal.level]}</p>
      <Heading level={props.headingLevel} id={headingId} className="goal__title" lang="sv">
        {code && props.link !== false ? <LocalLink to={paths.goal(code, goal.id)}>{goal.title}</LocalLink> : goal.title}
      </Heading>
      {goal.description && (
        <p className="goal__description" lang="sv">
          {goal.description}
        </p>
      )}
      {goal.ownerUnit && (
        <p className="goal__owner">
          {t.goalOwner}: <span lang="sv">{goal.ownerUnit.name}</span>
        </p>
      )}
      {goal.indicators.length === 0 ? (
        <p className="goal__empty">{t.noIndicators}</p>
      ) : (
        <ul className="indicator-list" aria-label={t.indicators}>
          {goal.indicators.map((indicator) => (
            <li key={indicator.id}>
              <IndicatorCard indicator={indicator} headingLevel={below(props.headingLevel)} />
            </li>
          ))}
        </ul>
      )}
      <ActivityList activities={goal.activities} />
      {props.subGoals}
    </article>
  );
}
