import { useQuery } from '@apollo/client/react';
import { useLanguage } from '../../../app/language';
import { usePageTitle } from '../../../app/title';
import { ErrorState, LoadingState } from '../../../components/StatusViews';
import { strategyStrings } from '../../strategy/strings';
import { PartnersPageQuery } from '../queries';
import { publicStrings } from '../strings';
import { useMunicipality } from './MunicipalityLayout';

/** `/kommun/:code/samverkansparter`: partners, their agreements and activities, as far as the caller may see them. */
export default function PartnersView() {
  const { id, name } = useMunicipality();
  const { language } = useLanguage();
  const t = publicStrings[language];
  const s = strategyStrings[language];
  const { data, error, loading, refetch } = useQuery(PartnersPageQuery, { variables: { municipalityId: id } });
  usePageTitle(t.partnersTitle, name);
  if (loading && !data) return <LoadingState />;
  if (error) return <ErrorState error={error} onRetry={() => refetch()} />;
  const partners = data?.partners.nodes ?? [];
  return (
    <div className="page">
      <div className="page-intro">
        <h1 className="page-intro__title">{t.partnersTitle}</h1>
        <p className="page-intro__lead">{t.partnersLead}</p>
      </div>
      {partners.length === 0 ? (
        <p className="status status--empty">{t.noPartners}</p>
      ) : (
        <>
          <p className="note">{t.partnersNotice}</p>
          <ul className="card-grid card-grid--wide">
            {partners.map((partner) => (
              <li key={partner.id}>
                <article className="card">
                  <p className="eyebrow">{t.partnerKinds[partner.kind]}</p>
                  <h2 className="card__title" lang="sv">
                    {partner.name}
                  </h2>
                  {partner.description && <p lang="sv">{partner.description}</p>}
                  {partner.website && (
                    <p>
                      {t.website}: <a href={partner.website}>{partner.website.replace(/^https?:\/\//, '')}</a>
                    </p>
                  )}
                  {partner.agreements.length > 0 && (
                    <>
                      <h3>{t.agreements}</h3>
                      <ul>
                        {partner.agreements.map((agreement) => (
                          <li key={agreement.id}>
                            <span lang="sv">{agreement.title}</span> ({t.agreementKinds[agreement.kind]}
                            {agreement.startDate && `, ${agreement.endDate ? s.between(agreement.startDate, agreement.endDate) : s.since(agreement.startDate)}`})
                          </li>
                        ))}
                      </ul>
                    </>
                  )}
                  {partner.activities.length > 0 && (
                    <>
                      <h3>{t.activities}</h3>
                      <ul>
                        {partner.activities.map((activity) => (
                          <li key={activity.id}>
                            <span lang="sv">{activity.title}</span> ({s.activityStatuses[activity.status]}
                            {activity.startDate && `, ${activity.endDate ? s.between(activity.startDate, activity.endDate) : s.since(activity.startDate)}`})
                          </li>
                        ))}
                      </ul>
                    </>
                  )}
                </article>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
