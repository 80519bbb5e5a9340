import { useParams } from 'react-router';
import { useLanguage } from '../../../app/language';
import { LocalLink } from '../../../app/LocalLink';
import { paths } from '../../../app/paths';
import { RoundReport } from '../components/RoundReport';
import { roundReportStrings } from '../roundReportStrings';
import { useMunicipality } from './MunicipalityLayout';

/** `/kommun/:code/uppfoljning/:id`: the follow-up report of an approved reporting round, public. */
export default function RoundReportView() {
  const { id = '' } = useParams();
  const { code, name } = useMunicipality();
  const { language } = useLanguage();
  return (
    <>
      <p className="no-print">
        <LocalLink to={paths.overview(code)}>{roundReportStrings[language].backToOverview}</LocalLink>
      </p>
      <RoundReport key={id} id={id} context={name} />
    </>
  );
}
