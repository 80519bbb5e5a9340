import { graphql, getFragmentData, type FragmentType } from '../../../gql';
import { Heading, type HeadingLevel } from '../../../components/Heading';
import { useLanguage } from '../../../app/language';
import { strategyStrings } from '../strings';

export const OverallAim_goal = graphql(`
  fragment OverallAim_goal on Goal {
    id
    title
    description
  }
`);

/** The overall aim (övergripande mål) at the root of the strategy's goal tree. */
export function OverallAim(props: { goal: FragmentType<typeof OverallAim_goal> | null | undefined; headingLevel: HeadingLevel }) {
  const goal = getFragmentData(OverallAim_goal, props.goal);
  const t = strategyStrings[useLanguage().language];
  return (
    <section className="overall-aim" aria-labelledby="overall-aim-heading">
      <Heading level={props.headingLevel} id="overall-aim-heading" className="overall-aim__heading">
        {t.overallAim}
      </Heading>
      {goal ? (
        <>
          <p className="overall-aim__title" lang="sv">
            {goal.title}
          </p>
          {goal.description && (
            <p className="overall-aim__description" lang="sv">
              {goal.description}
            </p>
          )}
        </>
      ) : (
        <p>{t.noOverallAim}</p>
      )}
    </section>
  );
}
