import { useQuery } from '@apollo/client/react';
import { useParams } from 'react-router';
import { localized, useLanguage } from '../../../app/language';
import { paths } from '../../../app/paths';
import { usePageTitle } from '../../../app/title';
import { Breadcrumbs, type Crumb } from '../../../components/Breadcrumbs';
import { ErrorState, LoadingState } from '../../../components/StatusViews';
import { IndicatorDetails } from '../components/IndicatorDetails';
import { IndicatorPageQuery } from '../queries';
import { EntityNotFound } from './EntityNotFound';
import { useMunicipality } from './MunicipalityLayout';

/** `/kommun/:code/indikator/:id`: the whole series as chart and table, with its metadata and downloads. */
export default function IndicatorView() {
  const { code, name } = useMunicipality();
  const id = useParams().id ?? '';
  const { language } = useLanguage();
  const { data, error, loading, refetch } = useQuery(IndicatorPageQuery, { variables: { id } });
  const node = data?.node;
  const indicator = node?.__typename === 'Indicator' && node.municipality.code === code ? node : null;
  const indicatorName = indicator ? localized(language, indicator.nameSv, indicator.nameEn) : null;
  usePageTitle(indicatorName?.text, name);

  if (loading && !data) return <LoadingState />;
  if (error) return <ErrorState error={error} onRetry={() => refetch()} />;
  if (!indicator || !indicatorName) return <EntityNotFound kind="indicator" />;
  const goal = indicator.goals[0];
  const crumbs: Crumb[] = [{ label: name, to: paths.municipality(code), lang: 'sv' }];
  if (goal?.focusArea) {
    const area = localized(language, goal.focusArea.nameSv, goal.focusArea.nameEn);
    crumbs.push({ label: area.text, to: paths.focusArea(code, goal.focusArea.id), lang: area.lang });
  }
  if (goal) crumbs.push({ label: goal.title, to: paths.goal(code, goal.id), lang: 'sv' });
  crumbs.push({ label: indicatorName.text, lang: indicatorName.lang });
  return (
    <div className="page page--print">
      <Breadcrumbs items={crumbs} />
      <IndicatorDetails indicator={indicator} />
    </div>
  );
}
