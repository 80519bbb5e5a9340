import { useQuery } from '@apollo/client/react';
import { useParams } from 'react-router';
import { localized, useLanguage } from '../../../app/language';
import { paths } from '../../../app/paths';
import { usePageTitle } from '../../../app/title';
import { Breadcrumbs } from '../../../components/Breadcrumbs';
import { ErrorState, LoadingState } from '../../../components/StatusViews';
import { FocusAreaSection } from '../../strategy/components/FocusAreaSection';
import { FocusAreaPageQuery } from '../queries';
import { EntityNotFound } from './EntityNotFound';
import { useMunicipality } from './MunicipalityLayout';

/** `/kommun/:code/fokusomrade/:id`: the area's goals with owner, their indicators with latest values and target. */
export default function FocusAreaView() {
  const { code, name } = useMunicipality();
  const id = useParams().id ?? '';
  const { language } = useLanguage();
  const { data, error, loading, refetch } = useQuery(FocusAreaPageQuery, { variables: { id } });
  const node = data?.node;
  const area = node?.__typename === 'FocusArea' && node.municipality.code === code ? node : null;
  const areaName = area ? localized(language, area.nameSv, area.nameEn) : null;
  usePageTitle(areaName?.text, name);

  if (loading && !data) return <LoadingState />;
  if (error) return <ErrorState error={error} onRetry={() => refetch()} />;
  if (!area || !areaName) return <EntityNotFound kind="focusArea" />;
  return (
    <div className="page page--print">
      <Breadcrumbs
        items={[
          { label: name, to: paths.municipality(code), lang: 'sv' },
          { label: area.steeringDocument.title, to: paths.document(code, area.steeringDocument.id), lang: 'sv' },
          { label: areaName.text, lang: areaName.lang },
        ]}
      />
      <FocusAreaSection focusArea={area} headingLevel={1} link={false} />
    </div>
  );
}
