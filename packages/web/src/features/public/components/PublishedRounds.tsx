import { useQuery } from '@apollo/client/react';
import { useLanguage } from '../../../app/language';
import { LocalLink } from '../../../app/LocalLink';
import { paths } from '../../../app/paths';
import { roundPeriodLabel } from '../roundPeriod';
import { PublishedRoundsQuery } from '../roundReportQueries';
import { roundReportStrings } from '../roundReportStrings';

/** The follow-up reports of a municipality's approved reporting rounds, newest first (nothing while there are none). */
export function PublishedRounds({ code }: { code: string }) {
  const { language } = useLanguage();
  const t = roundReportStrings[language];
  const { data } = useQuery(PublishedRoundsQuery, { variables: { code } });
  const rounds = (data?.municipality?.steeringDocuments ?? []).flatMap((document) =>
    document.reportingRounds.filter((round) => round.status === 'APPROVED').map((round) => ({ ...round, title: document.title })),
  );
  if (rounds.length === 0) return null;
  return (
    <section className="overview-rounds card" aria-labelledby="overview-rounds">
      <h2 id="overview-rounds">{t.reportsOfRound}</h2>
      <ul>
        {rounds.map((round) => (
          <li key={round.id}>
            <LocalLink to={paths.roundReport(code, round.id)}>
              {t.title(roundPeriodLabel(round.period, language))}
              {round.revision > 1 ? `, ${t.revision(round.revision)}` : ''}: <span lang="sv">{round.title}</span>
            </LocalLink>
          </li>
        ))}
      </ul>
    </section>
  );
}
