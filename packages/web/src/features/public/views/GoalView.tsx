import { useQuery } from '@apollo/client/react';
import { useParams } from 'react-router';
import { localized, useLanguage } from '../../../app/language';
import { paths } from '../../../app/paths';
import { usePageTitle } from '../../../app/title';
import { Breadcrumbs, type Crumb } from '../../../components/Breadcrumbs';
import { ErrorState, LoadingState } from '../../../components/StatusViews';
import { GoalCard } from '../../strategy/components/GoalCard';
import { strategyStrings } from '../../strategy/strings';
import { GoalPageQuery } from '../queries';
import { EntityNotFound } from './EntityNotFound';
import { useMunicipality } from './MunicipalityLayout';

/** `/kommun/:code/mal/:id`: a goal with its owner, indicators (latest values, target) and sub-goals. */
export default function GoalView() {
  const { code, name } = useMunicipality();
  const id = useParams().id ?? '';
  const { language } = useLanguage();
  const s = strategyStrings[language];
  const { data, error, loading, refetch } = useQuery(GoalPageQuery, { variables: { id } });
  const node = data?.node;
  const goal = node?.__typename === 'Goal' && node.municipality.code === code ? node : null;
  usePageTitle(goal?.title, name);

  if (loading && !data) return <LoadingState />;
  if (error) return <ErrorState error={error} onRetry={() => refetch()} />;
  if (!goal) return <EntityNotFound kind="goal" />;
  const crumbs: Crumb[] = [
    { label: name, to: paths.municipality(code), lang: 'sv' },
    { label: goal.steeringDocument.title, to: paths.document(code, goal.steeringDocument.id), lang: 'sv' },
  ];
  if (goal.focusArea) {
    const area = localized(language, goal.focusArea.nameSv, goal.focusArea.nameEn);
    crumbs.push({ label: area.text, to: paths.focusArea(code, goal.focusArea.id), lang: area.lang });
  }
  if (goal.parent && goal.parent.level !== 'OVERALL_AIM') crumbs.push({ label: goal.parent.title, to: paths.goal(code, goal.parent.id), lang: 'sv' });
  crumbs.push({ label: goal.title, lang: 'sv' });
  return (
    <div className="page page--print">
      <Breadcrumbs items={crumbs} />
      <GoalCard
        goal={goal}
        headingLevel={1}
        link={false}
        subGoals={
          goal.children.length > 0 && (
            <section aria-labelledby="sub-goals-heading">
              <h2 id="sub-goals-heading">{s.subGoals}</h2>
              <ul className="goal-list goal-list--sub">
                {goal.children.map((child) => (
                  <li key={child.id}>
                    <GoalCard goal={child} headingLevel={3} />
                  </li>
                ))}
              </ul>
            </section>
          )
        }
      />
    </div>
  );
}
