import { skipToken, useQuery } from '@apollo/client/react';
import { localized, useLanguage } from '../../../app/language';
import { usePageTitle } from '../../../app/title';
import { ErrorState, LoadingState } from '../../../components/StatusViews';
import { roundPeriodLabel } from '../roundPeriod';
import { RoundReportHeadQuery, RoundReportQuery } from '../roundReportQueries';
import { roundReportStrings } from '../roundReportStrings';
import { RoundFigures } from './RoundFigures';

/** Which focus area a goal belongs to: its own, else its nearest ancestor's. */
export function areaOfGoal(goalId: string, goals: ReadonlyArray<{ id: string; parent?: { id: string } | null; focusArea?: { id: string } | null }>): string | null {
  const byId = new Map(goals.map((g) => [g.id, g]));
  const seen = new Set<string>();
  let goal = byId.get(goalId);
  while (goal && !seen.has(goal.id)) {
    if (goal.focusArea) return goal.focusArea.id;
    seen.add(goal.id);
    goal = goal.parent ? byId.get(goal.parent.id) : undefined;
  }
  return null;
}

/**
 * The follow-up report of a round: per focus area the goals, the units' assessments, the indicators
 * for women, men and in total against the target; then each unit's analysis, gender analysis and
 * activities with partners; links to the server-made PDF, xlsx and CSV. Printable on A4.
 */
export function RoundReport({ id, context }: { id: string; context?: string }) {
  const { language } = useLanguage();
  const t = roundReportStrings[language];
  const head = useQuery(RoundReportHeadQuery, { variables: { id } });
  const round = head.data?.node?.__typename === 'ReportingRound' ? head.data.node : null;
  const body = useQuery(RoundReportQuery, round ? { variables: { id, period: round.period } } : skipToken);
  const period = round ? `${roundPeriodLabel(round.period, language)}${round.revision > 1 ? `, ${t.revision(round.revision)}` : ''}` : '';
  usePageTitle(round ? t.title(period) : t.notAvailable, context ?? round?.steeringDocument.municipality.name);

  if (head.loading && !head.data) return <LoadingState />;
  if (head.error && !head.data) return <ErrorState error={head.error} onRetry={() => head.refetch()} />;
  if (!round)
    return (
      <div className="page">
        <h1>{t.title('')}</h1>
        <p>{t.notAvailable}</p>
      </div>
    );
  const reports = body.data?.round?.__typename === 'ReportingRound' ? body.data.round.unitReports : [];
  const document = body.data?.round?.__typename === 'ReportingRound' ? body.data.round.steeringDocument : null;
  const assessments = new Map(reports.flatMap((r) => r.assessments.flatMap((a) => (a.goal ? [[a.goal.id, a] as const] : []))));
  const reportingUnits = new Set(reports.map((r) => r.organisationUnit.id));
  // The goals followed up: those owned by a unit that reports in the round.
  const goals = (document?.goals ?? []).filter((g) => g.ownerUnit && reportingUnits.has(g.ownerUnit.id));
  const areas = [...(document?.focusAreas ?? [])].sort((a, b) => a.sortOrder - b.sortOrder);
  const goalsByArea = new Map<string | null, typeof goals>();
  for (const goal of goals) {
    const area = areaOfGoal(goal.id, document?.goals ?? []);
    goalsByArea.set(area, [...(goalsByArea.get(area) ?? []), goal]);
  }
  const sections = [
    ...areas.filter((a) => goalsByArea.has(a.id)).map((a) => ({ id: a.id, name: localized(language, a.nameSv, a.nameEn), goals: goalsByArea.get(a.id)! })),
    ...(goalsByArea.has(null) ? [{ id: 'other', name: { text: t.otherGoals, lang: language }, goals: goalsByArea.get(null)! }] : []),
  ];
  const base = `/reports/rounds/${encodeURIComponent(round.id)}`;
  const date = round.approvedAt ? new Intl.DateTimeFormat(language === 'sv' ? 'sv-SE' : 'en-GB', { dateStyle: 'long' }).format(new Date(round.approvedAt)) : null;

  return (
    <div className="page page--print round-report">
      <header className="page-intro">
        <h1 className="page-intro__title">{t.title(period)}</h1>
        <p className="page-intro__lead">{t.lead(round.steeringDocument.title)}</p>
        <p>{date ? t.approvedOn(date) : t.notApproved}</p>
        {round.revisionReason && (
          <p>
            <strong>{t.revisionReason}:</strong> <span lang="sv">{round.revisionReason}</span>
          </p>
        )}
      </header>
      <nav className="round-report__downloads no-print" aria-label={t.downloads}>
        <ul>
          <li>
            <a href={`${base}.pdf`} download>
              {t.downloadPdf}
            </a>
          </li>
          <li>
            <a href={`${base}.xlsx`} download>
              {t.downloadXlsx}
            </a>
          </li>
          <li>
            <a href={`${base}.csv`} download>
              {t.downloadCsv}
            </a>
          </li>
        </ul>
      </nav>
      {body.error && !body.data ? (
        <ErrorState error={body.error} onRetry={() => body.refetch()} />
      ) : !document ? (
        <LoadingState />
      ) : (
        <>
          {sections.map((section) => (
            <section key={section.id} className="round-report__area" aria-labelledby={`rr-area-${section.id}`}>
              <h2 id={`rr-area-${section.id}`} lang={section.name.lang}>
                {section.name.text}
              </h2>
              {section.goals.map((goal) => {
                const assessed = assessments.get(goal.id);
                return (
                  <article key={goal.id} className="round-report__goal" aria-labelledby={`rr-goal-${goal.id}`}>
                    <h3 id={`rr-goal-${goal.id}`} lang="sv">
                      {goal.title}
                    </h3>
                    <dl className="round-report__facts">
                      <div>
                        <dt>{t.owner}</dt>
                        <dd>{goal.ownerUnit?.name}</dd>
                      </div>
                      <div>
                        <dt>{t.assessment}</dt>
                        <dd data-assessment={assessed?.assessment ?? ''}>{assessed ? t.assessmentValue[assessed.assessment] : t.notAssessed}</dd>
                      </div>
                      {assessed && (
                        <div>
                          <dt>{t.comment}</dt>
                          <dd lang="sv">{assessed.comment}</dd>
                        </div>
                      )}
                    </dl>
                    {goal.indicators.length === 0 ? (
                      <p>{t.noIndicators}</p>
                    ) : (
                      <RoundFigures caption={t.indicatorsOf(goal.title)} captionId={`rr-figures-${goal.id}`} indicators={goal.indicators} language={language} />
                    )}
                  </article>
                );
              })}
            </section>
          ))}
          <section className="round-report__units" aria-labelledby="rr-units">
            <h2 id="rr-units">{t.unitsHeading}</h2>
            {reports.map((report) => (
              <article key={report.id} className="round-report__unit" aria-labelledby={`rr-unit-${report.id}`}>
                <h3 id={`rr-unit-${report.id}`}>{report.organisationUnit.name}</h3>
                <h4>{t.analysis}</h4>
                <p lang="sv">{report.analysis || '–'}</p>
                <h4>{t.genderAnalysis}</h4>
                <p lang="sv">{report.genderAnalysis || '–'}</p>
                <h4>{t.activitiesWithPartners}</h4>
                <p lang="sv">{report.activitiesWithPartners || '–'}</p>
              </article>
            ))}
          </section>
        </>
      )}
    </div>
  );
}
