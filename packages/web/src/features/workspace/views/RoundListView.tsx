import { useQuery } from '@apollo/client/react';
import { useLanguage, useStrings } from '../../../app/language';
import { LocalLink } from '../../../app/LocalLink';
import { paths } from '../../../app/paths';
import { usePageTitle } from '../../../app/title';
import { ErrorState, LoadingState } from '../../../components/StatusViews';
import { Badge } from '../components/FollowUpBadges';
import { roundPeriodLabel } from '../followUp';
import { RoundListQuery } from '../followUpQueries';
import { followUpStrings } from '../followUpStrings';
import { useViewer } from '../viewer';

/** `/arbetsyta/uppfoljning`: the reporting rounds of each steering document, newest period first. */
export default function RoundListView() {
  const f = useStrings(followUpStrings);
  const { language } = useLanguage();
  const viewer = useViewer();
  usePageTitle(f.roundsTitle, viewer.municipality?.name);
  const municipalityId = viewer.municipality?.id ?? '';
  const { data, loading, error, refetch } = useQuery(RoundListQuery, { variables: { municipalityId }, skip: !municipalityId, fetchPolicy: 'cache-and-network' });
  const documents = data?.steeringDocuments.nodes ?? [];

  return (
    <div className="ws-wide">
      <h1>{f.roundsTitle}</h1>
      <p className="ws-lead">{f.roundsIntro}</p>
      {viewer.role === 'ADMIN' && (
        <p>
          <LocalLink className="button" to={paths.openRound()}>
            {f.openRound}
          </LocalLink>
        </p>
      )}
      {loading && !data ? (
        <LoadingState />
      ) : error && !data ? (
        <ErrorState error={error} onRetry={() => refetch()} />
      ) : documents.length === 0 ? (
        <p>{f.noDocuments}</p>
      ) : (
        documents.map((document) => (
          <section key={document.id} className="ws-section" aria-labelledby={`doc-${document.id}`}>
            <h2 id={`doc-${document.id}`}>{document.title}</h2>
            {document.reportingRounds.length === 0 ? (
              <p>{f.noRounds}</p>
            ) : (
              <div className="ws-grid-wrap" role="region" aria-labelledby={`rounds-${document.id}`} tabIndex={0}>
                <table className="ws-table">
                  <caption id={`rounds-${document.id}`} className="visually-hidden">
                    {f.roundsCaption(document.title)}
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">{f.period}</th>
                      <th scope="col">{f.status}</th>
                      <th scope="col">{f.deadline}</th>
                      <th scope="col">{f.reports}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {document.reportingRounds.map((round) => {
                      const approved = round.unitReports.filter((r) => r.status === 'APPROVED').length;
                      const late = round.unitReports.filter((r) => r.late).length;
                      return (
                        <tr key={round.id}>
                          <th scope="row">
                            <LocalLink to={paths.round(round.id)}>
                              {roundPeriodLabel(round.period, language)}
                              {round.revision > 1 ? `, ${f.revision(round.revision)}` : ''}
                            </LocalLink>
                          </th>
                          <td>
                            <Badge label={f.roundStatus[round.status]} kind={round.status} />
                          </td>
                          <td>{round.deadline}</td>
                          <td>
                            {f.reportsDone(approved, round.unitReports.length)}
                            {late > 0 && (
                              <>
                                {', '}
                                <Badge label={{ symbol: f.late.symbol, word: f.lateCount(late) }} kind="late" />
                              </>
                            )}
                          </td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </div>
            )}
          </section>
        ))
      )}
    </div>
  );
}
