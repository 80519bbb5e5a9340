import { useParams } from 'react-router';
import { useStrings } from '../../../app/language';
import { LocalLink } from '../../../app/LocalLink';
import { paths } from '../../../app/paths';
import { RoundReport } from '../../public/components/RoundReport';
import { followUpStrings } from '../followUpStrings';

/** `/arbetsyta/uppfoljning/omgang/:id/rapport`: the follow-up report of a round, also before it is approved (staff). */
export default function WorkspaceRoundReportView() {
  const { id = '' } = useParams();
  const f = useStrings(followUpStrings);
  return (
    <>
      <p className="ws-wide no-print">
        <LocalLink to={paths.round(id)}>{f.backToRound}</LocalLink>
      </p>
      <RoundReport key={id} id={id} />
    </>
  );
}
