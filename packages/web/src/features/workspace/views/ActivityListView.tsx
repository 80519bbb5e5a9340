import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useStrings } from '../../../app/language';
import { LocalLink } from '../../../app/LocalLink';
import { paths } from '../../../app/paths';
import { usePageTitle } from '../../../app/title';
import { ErrorState, LoadingState } from '../../../components/StatusViews';
import { ACTIVITY_STATUSES, activityStrings } from '../activityStrings';
import { Select } from '../components/Choice';
import { Field } from '../components/Field';
import type { ActivityStatus } from '../gql/graphql';
import { ActivityChoicesQuery, ActivityListQuery } from '../queries';
import { workspaceStrings } from '../strings';
import { useViewer } from '../viewer';
import { appendEdges, ShowMore } from '../components/ShowMore';

/** `/arbetsyta/aktiviteter?sok=…&status=…&enhet=…&part=…`: the municipality's activities, filtered and paged. */
export default function ActivityListView() {
  const t = useStrings(workspaceStrings);
  const a = useStrings(activityStrings);
  const viewer = useViewer();
  usePageTitle(a.activitiesTitle, viewer.municipality?.name);
  const [params, setParams] = useSearchParams();
  const search = params.get('sok') || null;
  const status = (ACTIVITY_STATUSES as readonly string[]).includes(params.get('status') ?? '') ? (params.get('status') as ActivityStatus) : null;
  const unit = params.get('enhet') || null;
  const partner = params.get('part') || null;
  const [form, setForm] = useState({ text: search ?? '', status: status ?? '', unit: unit ?? '', partner: partner ?? '' });
  const choices = useQuery(ActivityChoicesQuery, { variables: { municipalityId: viewer.municipality?.id ?? '' }, skip: !viewer.municipality });
  const { data, loading, error, refetch, fetchMore } = useQuery(ActivityListQuery, {
    variables: {
      where: {
        municipality: viewer.municipality ? { eq: viewer.municipality.id } : null,
        search,
        status: status ? { oneOf: [status] } : null,
        responsibleUnit: unit ? { oneOf: [unit] } : null,
        partner: partner ? { eq: partner } : null,
      },
    },
    fetchPolicy: 'cache-and-network',
  });
  const activities = data?.activities.edges.map((edge) => edge.node) ?? [];
  const mayCreate = viewer.role === 'ADMIN' || viewer.role === 'EDITOR';
  return (
    <div className="ws-wide">
      <h1>{a.activitiesTitle}</h1>
      <p className="ws-lead">{a.activitiesIntro}</p>
      {mayCreate && (
        <p>
          <LocalLink className="button" to={paths.activityEditor('ny')}>
            {a.newActivity}
          </LocalLink>
        </p>
      )}
      <form
        className="ws-period"
        role="search"
        onSubmit={(event) => {
          event.preventDefault();
          const next: Record<string, string> = {};
          if (form.text.trim()) next.sok = form.text.trim();
          if (form.status) next.status = form.status;
          if (form.unit) next.enhet = form.unit;
          if (form.partner) next.part = form.partner;
          setParams(next);
        }}
      >
        <Field id="activity-search" label={a.searchLabel} type="search" value={form.text} onChange={(event) => setForm({ ...form, text: event.target.value })} />
        <Select id="activity-status-filter" label={a.statusFilter} value={form.status} onChange={(v) => setForm({ ...form, status: v })}>
          <option value="">{a.all}</option>
          {ACTIVITY_STATUSES.map((s) => (
            <option key={s} value={s}>
              {a.status[s]}
            </option>
          ))}
        </Select>
        <Select id="activity-unit-filter" label={a.unitFilter} value={form.unit} onChange={(v) => setForm({ ...form, unit: v })}>
          <option value="">{a.all}</option>
          {(choices.data?.organisationUnits.nodes ?? []).map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </Select>
        <Select id="activity-partner-filter" label={a.partnerFilter} value={form.partner} onChange={(v) => setForm({ ...form, partner: v })}>
          <option value="">{a.all}</option>
          {(choices.data?.partners.nodes ?? []).map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </Select>
        <button type="submit" className="button button--secondary">
          {t.searchButton}
        </button>
      </form>
      {loading && !data ? (
        <LoadingState />
      ) : error && !data ? (
        <ErrorState error={error} onRetry={() => refetch()} />
      ) : activities.length === 0 ? (
        <p>{a.noActivities}</p>
      ) : (
        <>
          <div className="ws-grid-wrap" role="region" aria-labelledby="activities-caption" tabIndex={0}>
            <table className="ws-table">
              <caption id="activities-caption">{a.activitiesCaption(activities.length, data?.activities.totalCount ?? 0)}</caption>
              <thead>
                <tr>
                  <th scope="col">{a.field.title}</th>
                  <th scope="col">{a.field.status}</th>
                  <th scope="col">{a.field.responsibleUnitId}</th>
                  <th scope="col">{a.field.partnerIds}</th>
                  <th scope="col">{a.dates}</th>
                </tr>
              </thead>
              <tbody>
                {activities.map((activity) => (
                  <tr key={activity.id}>
                    <th scope="row">
                      <LocalLink to={paths.activityEditor(activity.id)}>{activity.title}</LocalLink>
                    </th>
                    <td>{a.status[activity.status]}</td>
                    <td>{activity.responsibleUnit?.name ?? ''}</td>
                    <td>{activity.partners.map((p) => p.name).join(', ')}</td>
                    <td>{activity.startDate || activity.endDate ? `${activity.startDate ?? ''}–${activity.endDate ?? ''}` : ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <ShowMore pageInfo={data?.activities.pageInfo} onMore={(after) => void fetchMore({ variables: { after }, updateQuery: appendEdges('activities') })} />
        </>
      )}
    </div>
  );
}
