import { graphql, getFragmentData, type FragmentType } from '../../../gql';
import { below, Heading, type HeadingLevel } from '../../../components/Heading';
import { localized, useLanguage } from '../../../app/language';
import { strategyStrings } from '../strings';
import { LocalLink } from '../../../app/LocalLink';
import { paths } from '../../../app/paths';
import { useMunicipalityCode } from '../../../app/useMunicipalityCode';
import { GoalCard } from './GoalCard';

export const FocusAreaSection_focusArea = graphql(`
  fragment FocusAreaSection_focusArea on FocusArea {
    id
    key
    nameSv
    nameEn
    description
    goals {
      id
      ...GoalCard_goal
      children {
        id
        ...GoalCard_goal
      }
    }
  }
`);

/** The anchor of a focus area, for the table of contents. */
export function focusAreaAnchor(key: string): string {
  return `omrade-${key.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
}

/** A focus area (målområde) with its committee goals, their sub-goals, and under each its indicators. */
export function FocusAreaSection(props: {
  focusArea: FragmentType<typeof FocusAreaSection_focusArea>;
  headingLevel: HeadingLevel;
  /** False on the focus area's own page. */
  link?: boolean;
}) {
  const area = getFragmentData(FocusAreaSection_focusArea, props.focusArea);
  const { language } = useLanguage();
  const t = strategyStrings[language];
  const name = localized(language, area.nameSv, area.nameEn);
  const anchor = focusAreaAnchor(area.key);
  const code = useMunicipalityCode();
  const goalLevel = below(props.headingLevel);
  return (
    <section className="focus-area" id={anchor} aria-labelledby={`${anchor}-heading`} tabIndex={-1}>
      <Heading level={props.headingLevel} id={`${anchor}-heading`} className="focus-area__name" lang={name.lang}>
        {code && props.link !== false ? <LocalLink to={paths.focusArea(code, area.id)}>{name.text}</LocalLink> : name.text}
      </Heading>
      {area.description && (
        <p className="focus-area__description" lang="sv">
          {area.description}
        </p>
      )}
      {area.goals.length === 0 ? (
        <p className="focus-area__empty">{t.noGoals}</p>
      ) : (
        <ul className="goal-list">
          {area.goals.map((goal) => (
            <li key={goal.id}>
              <GoalCard
                goal={goal}
                headingLevel={goalLevel}
                subGoals={
                  goal.children.length > 0 && (
                    <ul className="goal-list goal-list--sub" aria-label={t.subGoals}>
                      {goal.children.map((child) => (
                        <li key={child.id}>
                          <GoalCard goal={child} headingLevel={below(goalLevel)} />
                        </li>
                      ))}
                    </ul>
                  )
                }
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
