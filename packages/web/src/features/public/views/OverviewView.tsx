import { skipToken, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { localized, useLanguage } from '../../../app/language';
import { LocalLink } from '../../../app/LocalLink';
import { paths } from '../../../app/paths';
import { usePageTitle } from '../../../app/title';
import { ErrorState, LoadingState } from '../../../components/StatusViews';
import { OverviewGoal, RollUp } from '../components/OverviewParts';
import { PublishedRounds } from '../components/PublishedRounds';
import { STATUS_ORDER, statusLabel, yearsOf } from '../progress';
import { OverviewPeriodsQuery, OverviewQuery } from '../queries';
import { publicStrings } from '../strings';
import { useMunicipality } from './MunicipalityLayout';

/**
 * `/kommun/:code/uppfoljning?period=2024`: "how is the strategy going?" — per focus area its
 * rolled-up status, per goal its status, gender-equal fulfilment and gap trend, and the indicators
 * behind it for women, men and in total against the target. Printable on A4.
 */
export default function OverviewView() {
  const { code, name } = useMunicipality();
  const { language } = useLanguage();
  const t = publicStrings[language];
  const [params, setParams] = useSearchParams();
  const periods = useQuery(OverviewPeriodsQuery, { variables: { code } });
  const documents = periods.data?.municipality?.steeringDocuments ?? [];
  const document = documents.find((d) => d.status === 'ADOPTED') ?? documents[0];
  const years = yearsOf(document?.focusAreas.flatMap((a) => a.goals.flatMap((g) => g.indicators.flatMap((i) => i.series.map((m) => m.period)))) ?? []);
  const asked = params.get('period');
  const period = asked && years.includes(asked) ? asked : years[0];
  const [choice, setChoice] = useState<string | null>(null);
  const overview = useQuery(OverviewQuery, document && period ? { variables: { id: document.id, period } } : skipToken);
  usePageTitle(t.overviewTitle, period, name);

  if (periods.loading && !periods.data) return <LoadingState />;
  if (periods.error) return <ErrorState error={periods.error} onRetry={() => periods.refetch()} />;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (choice) setParams({ period: choice });
  };

  const node = overview.data?.node;
  const doc = node?.__typename === 'SteeringDocument' ? node : null;
  const areas = doc ? [...doc.focusAreas].sort((a, b) => a.sortOrder - b.sortOrder) : [];

  return (
    <div className="page page--print overview">
      <header className="page-intro">
        <h1 className="page-intro__title">{t.overviewTitle}</h1>
        <p className="page-intro__lead">{t.overviewLead}</p>
      </header>
      {!document || !period ? (
        <p className="status status--empty">{t.overviewNoPeriods}</p>
      ) : (
        <>
          <form className="overview__period no-print" onSubmit={submit}>
            <label htmlFor="overview-period" className="field__label">
              {t.overviewPeriod}
            </label>
            <select id="overview-period" className="field__input" value={choice ?? period} onChange={(e) => setChoice(e.target.value)}>
              {years.map((year) => (
                <option key={year} value={year}>
                  {year}
                </option>
              ))}
            </select>
            <button type="submit" className="button">
              {t.overviewShow}
            </button>
          </form>
          {overview.error ? (
            <ErrorState error={overview.error} onRetry={() => overview.refetch()} />
          ) : !doc ? (
            <LoadingState />
          ) : (
            <>
              <section className="overview__document card" aria-labelledby="overview-document">
                <h2 id="overview-document">
                  <LocalLink to={paths.document(code, document.id)}>
                    <span lang="sv">{doc.title}</span>
                    {t.overviewDocument(period)}
                  </LocalLink>
                </h2>
                <RollUp progress={doc.progress} partsLabel={t.overviewAreasByStatus} showRule />
                <p className="overview__note">{t.overviewPublicNote}</p>
              </section>
              <PublishedRounds code={code} />
              {areas.map((area) => {
                const areaName = localized(language, area.nameSv, area.nameEn);
                return (
                  <section key={area.id} className="overview-area" aria-labelledby={`area-${area.id}`}>
                    <h2 id={`area-${area.id}`} lang={areaName.lang}>
                      <LocalLink to={paths.focusArea(code, area.id)}>{areaName.text}</LocalLink>
                    </h2>
                    <RollUp progress={area.progress} partsLabel={t.overviewGoalsByStatus} />
                    {area.goals.length === 0 ? <p>{t.overviewNoGoals}</p> : area.goals.map((goal) => <OverviewGoal key={goal.id} goal={goal} code={code} />)}
                  </section>
                );
              })}
              <section className="overview-legend" aria-labelledby="overview-legend">
                <h2 id="overview-legend">{t.overviewLegend}</h2>
                <dl>
                  {STATUS_ORDER.map((status) => {
                    const label = statusLabel(status, language);
                    return (
                      <div key={status}>
                        <dt>
                          <span className="status-badge__symbol" aria-hidden="true">
                            {label.symbol}
                          </span>{' '}
                          {label.word}
                        </dt>
                        <dd>{label.explanation}</dd>
                      </div>
                    );
                  })}
                </dl>
                <p>{t.overviewLegendGenderEqual}</p>
                <p>{t.overviewLegendValues}</p>
              </section>
            </>
          )}
        </>
      )}
    </div>
  );
}
