import { useParams } from 'react-router';
import { RoundReport } from '../components/RoundReport';

/** `/kommun/:code/uppfoljning/:id`: the follow-up report of an approved reporting round, public. */
export default function RoundReportView() {
  const { id = '' } = useParams();
  return <RoundReport key={id} id={id} />;
}
