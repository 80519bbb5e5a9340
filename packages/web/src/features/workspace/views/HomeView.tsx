import { useQuery } from '@apollo/client/react';
import { localized, useLanguage, useStrings } from '../../../app/language';
import { LocalLink } from '../../../app/LocalLink';
import { paths } from '../../../app/paths';
import { usePageTitle } from '../../../app/title';
import { ErrorState, LoadingState } from '../../../components/StatusViews';
import { statusLabel } from '../../public/progress';
import { activitiesDue, overviewStrings, targetsAtRisk } from '../overview';
import { OverviewQuery } from '../queries';
import { Reminders } from '../components/Reminders';
import { activityStrings } from '../activityStrings';
import { agreementStrings } from '../agreementStrings';
import { partnerStrings } from '../partnerStrings';
import { steeringStrings } from '../steeringStrings';
import { workspaceStrings } from '../strings';
import { useViewer } from '../viewer';

/** `/arbetsyta`: my overview (for an admin, the whole municipality) and where to go from here. */
export default function HomeView() {
  const t = useStrings(workspaceStrings);
  const p = useStrings(partnerStrings);
  const ag = useStrings(agreementStrings);
  const ac = useStrings(activityStrings);
  const sd = useStrings(steeringStrings);
  const o = useStrings(overviewStrings);
  const { language } = useLanguage();
  const viewer = useViewer();
  usePageTitle(t.homeTitle, viewer.municipality?.name);
  const period = String(new Date().getFullYear());
  const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(new Date());
  const unitIds = viewer.units.map((unit) => unit.id);
  const mine = viewer.role === 'EDITOR';
  const municipality = viewer.municipality ? { eq: viewer.municipality.id } : null;
  const { data, loading, error, refetch } = useQuery(OverviewQuery, {
    variables: {
      period,
      indicatorWhere: mine ? { responsibleUnit: { oneOf: unitIds } } : { municipality },
      activityWhere: { ...(mine ? { responsibleUnit: { oneOf: unitIds } } : { municipality }), status: { oneOf: ['PLANNED', 'ONGOING'] } },
    },
    fetchPolicy: 'cache-and-network',
  });
  const date = (iso: string) => new Intl.DateTimeFormat(language === 'sv' ? 'sv-SE' : 'en-GB', { dateStyle: 'medium' }).format(new Date(iso));
  const missing = (data?.indicators.nodes ?? []).filter((indicator) => indicator.periodicity === 'YEAR' && !indicator.completeness.complete);
  const atRisk = targetsAtRisk(data?.indicators.nodes ?? []);
  const activities = activitiesDue(data?.activities.nodes ?? [], today);
  const number = (value: number | null | undefined) => (value === null || value === undefined ? '–' : new Intl.NumberFormat(language === 'sv' ? 'sv-SE' : 'en-GB').format(value));

  return (
    <>
      <h1>{t.homeTitle}</h1>
      <p>{t.homeIntro}</p>
      <Reminders />

      <h2>{t.overviewTitle}</h2>
      {loading && !data ? (
        <LoadingState />
      ) : error && !data ? (
        <ErrorState error={error} onRetry={() => refetch()} />
      ) : (
        <div className="ws-overview">
          <section aria-labelledby="missing-title">
            <h3 id="missing-title">{t.missingTitle(period)}</h3>
            {missing.length === 0 ? (
              <p>{t.missingNone(period)}</p>
            ) : (
              <>
                <ul className="ws-list">
                  {missing.map((indicator) => {
                    const name = localized(language, indicator.nameSv, indicator.nameEn);
                    return (
                      <li key={indicator.id}>
                        <span lang={name.lang === language ? undefined : name.lang}>{name.text}</span>
                        <span className="ws-hint"> – {t.missingWhat(indicator.completeness.missing.map((sex) => t.sex[sex].toLowerCase()).join(', '))}</span>
                      </li>
                    );
                  })}
                </ul>
                <p>
                  <LocalLink to={paths.reporting(period)}>{t.reportNow}</LocalLink>
                </p>
              </>
            )}
          </section>
          <section aria-labelledby="risk-title">
            <h3 id="risk-title">{o.riskTitle(period)}</h3>
            {atRisk.length === 0 ? (
              <p>{o.riskNone(period)}</p>
            ) : (
              <>
                <p className="ws-hint">{o.riskIntro}</p>
                <ul className="ws-list">
                  {atRisk.map(({ indicator, worst, sexes }) => {
                    const name = localized(language, indicator.nameSv, indicator.nameEn);
                    const label = statusLabel(worst, language);
                    const total = indicator.progress.total;
                    return (
                      <li key={indicator.id}>
                        <LocalLink to={paths.indicatorEditor(indicator.id)}>
                          <span lang={name.lang === language ? undefined : name.lang}>{name.text}</span>
                        </LocalLink>
                        <span className="ws-hint">
                          {' – '}
                          <span aria-hidden="true">{label.symbol} </span>
                          {label.word}
                          {sexes.length > 0 ? `, ${o.riskSexes(sexes.map((sex) => (sex === 'WOMEN' ? o.women : o.men)).join(', '))}` : ''}
                          {total.valuePeriod ? `; ${o.riskValue(number(total.value), total.valuePeriod, number(total.target), total.targetPeriod ?? '')}` : ''}
                        </span>
                      </li>
                    );
                  })}
                </ul>
              </>
            )}
          </section>
          <section aria-labelledby="activities-title">
            <h3 id="activities-title">{o.dueTitle}</h3>
            {activities.length === 0 ? (
              <p>{o.dueNone}</p>
            ) : (
              <ul className="ws-list">
                {activities.map((activity) => (
                  <li key={activity.id}>
                    <LocalLink to={paths.activityEditor(activity.id)}>{activity.title}</LocalLink>
                    <span className="ws-hint">
                      {' – '}
                      {t.activityStatus[activity.status]},{' '}
                      {activity.endDate ? (activity.endDate < today ? t.activityOverdue(date(activity.endDate)) : t.activityDue(date(activity.endDate))) : t.activityNoEnd}
                      {activity.responsibleUnit ? `, ${activity.responsibleUnit.name}` : ''}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </div>
      )}

      <h2>{t.shortcutsTitle}</h2>
      <ul className="ws-cards">
        <li>
          <LocalLink to={paths.reporting()}>{t.reportingLink}</LocalLink>
          <p>{t.reportingDescription}</p>
        </li>
        <li>
          <LocalLink to={paths.import()}>{t.importLink}</LocalLink>
          <p>{t.importDescription}</p>
        </li>
        <li>
          <LocalLink to={paths.indicators()}>{t.indicatorsLink}</LocalLink>
          <p>{t.indicatorsDescription}</p>
        </li>
        <li>
          <LocalLink to={paths.steeringDocuments()}>{sd.documentsLink}</LocalLink>
          <p>{sd.documentsDescription}</p>
        </li>
        <li>
          <LocalLink to={paths.activities()}>{ac.activitiesLink}</LocalLink>
          <p>{ac.activitiesDescription}</p>
        </li>
        <li>
          <LocalLink to={paths.workspacePartners()}>{p.partnersLink}</LocalLink>
          <p>{p.partnersDescription}</p>
        </li>
        <li>
          <LocalLink to={paths.agreements()}>{ag.agreementsLink}</LocalLink>
          <p>{ag.agreementsDescription}</p>
        </li>
        {viewer.role === 'ADMIN' && (
          <>
            <li>
              <LocalLink to={paths.users()}>{t.usersLink}</LocalLink>
              <p>{t.usersDescription}</p>
            </li>
            <li>
              <LocalLink to={paths.apiKeys()}>{t.apiKeysLink}</LocalLink>
              <p>{t.apiKeysDescription}</p>
            </li>
            <li>
              <LocalLink to={paths.audit()}>{t.auditLink}</LocalLink>
              <p>{t.auditDescription}</p>
            </li>
          </>
        )}
      </ul>
    </>
  );
}
