import { graphql, getFragmentData, type FragmentType } from '../../../gql';
import { useLanguage } from '../../../app/language';
import { strategyStrings } from '../strings';

export const ActivityList_activity = graphql(`
  fragment ActivityList_activity on Activity {
    id
    title
    status
    startDate
    endDate
    targetGroup
    responsibleUnit {
      id
      name
    }
    partners {
      id
      name
    }
  }
`);

/** The activities (insatser) that serve a goal: status, time, who is responsible, and partners. */
export function ActivityList(props: { activities: ReadonlyArray<FragmentType<typeof ActivityList_activity>> }) {
  const activities = props.activities.map((activity) => getFragmentData(ActivityList_activity, activity));
  const { language } = useLanguage();
  const t = strategyStrings[language];
  if (activities.length === 0) return null;
  return (
    <section className="activities" aria-label={t.activities}>
      <p className="activities__title">{t.activities}</p>
      <ul className="activities__list">
        {activities.map((activity) => {
          const when = activity.startDate ? (activity.endDate ? t.between(activity.startDate, activity.endDate) : t.since(activity.startDate)) : null;
          return (
            <li key={activity.id} className="activity">
              <p className="activity__title" lang="sv">
                {activity.title} <span className="activity__status">({[t.activityStatuses[activity.status], when].filter(Boolean).join(', ')})</span>
              </p>
              <dl className="activity__facts">
                {activity.responsibleUnit && (
                  <div>
                    <dt>{t.responsibleUnit}</dt>
                    <dd lang="sv">{activity.responsibleUnit.name}</dd>
                  </div>
                )}
                {activity.targetGroup && (
                  <div>
                    <dt>{t.targetGroup}</dt>
                    <dd lang="sv">{activity.targetGroup}</dd>
                  </div>
                )}
                {activity.partners.length > 0 && (
                  <div>
                    <dt>{t.partners}</dt>
                    <dd lang="sv">{activity.partners.map((partner) => partner.name).join(', ')}</dd>
                  </div>
                )}
              </dl>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
