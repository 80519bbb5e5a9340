import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useLocation, useSearchParams } from 'react-router';
import { useStrings } from '../../../app/language';
import { LocalLink } from '../../../app/LocalLink';
import { paths } from '../../../app/paths';
import { usePageTitle } from '../../../app/title';
import { ErrorState, LoadingState } from '../../../components/StatusViews';
import { Select } from '../components/Choice';
import { Field } from '../components/Field';
import type { PartnerKind } from '../gql/graphql';
import { partnerStrings } from '../partnerStrings';
import { PartnerListQuery } from '../queries';
import { workspaceStrings } from '../strings';
import { useViewer } from '../viewer';
import { appendEdges, ShowMore } from '../components/ShowMore';

export const PARTNER_KINDS: readonly PartnerKind[] = [
  'ASSOCIATION',
  'GOVERNMENT_AGENCY',
  'ESTABLISHMENT_CENTRE',
  'BUSINESS',
  'REGION',
  'EDUCATION_PROVIDER',
  'CIVIL_SOCIETY_ORGANISATION',
  'OTHER',
];

/** `/arbetsyta/samverkansparter?sok=…&typ=…`: the municipality's partners, searched, by kind, paged. */
export default function PartnerListView() {
  const t = useStrings(workspaceStrings);
  const p = useStrings(partnerStrings);
  const viewer = useViewer();
  usePageTitle(p.partnersTitle, viewer.municipality?.name);
  const [params, setParams] = useSearchParams();
  const archivedName = (useLocation().state as { archived?: string } | null)?.archived;
  const search = params.get('sok') || null;
  const kind = (PARTNER_KINDS as readonly string[]).includes(params.get('typ') ?? '') ? (params.get('typ') as PartnerKind) : null;
  const [text, setText] = useState(search ?? '');
  const [kindChoice, setKindChoice] = useState<string>(kind ?? '');
  const { data, loading, error, refetch, fetchMore } = useQuery(PartnerListQuery, {
    variables: {
      where: { municipality: viewer.municipality ? { eq: viewer.municipality.id } : null, search, kind: kind ? { oneOf: [kind] } : null },
    },
    fetchPolicy: 'cache-and-network',
  });
  const partners = data?.partners.edges.map((edge) => edge.node) ?? [];
  const mayCreate = viewer.role === 'ADMIN' || viewer.role === 'EDITOR';
  return (
    <div className="ws-wide">
      <h1>{p.partnersTitle}</h1>
      <p className="ws-lead">{p.partnersIntro}</p>
      <p role="status" className="ws-status">
        {archivedName ? p.partnerArchived(archivedName) : ''}
      </p>
      {mayCreate && (
        <p>
          <LocalLink className="button" to={paths.partnerEditor('ny')}>
            {p.newPartner}
          </LocalLink>
        </p>
      )}
      <form
        className="ws-period"
        role="search"
        onSubmit={(event) => {
          event.preventDefault();
          const next: Record<string, string> = {};
          if (text.trim()) next.sok = text.trim();
          if (kindChoice) next.typ = kindChoice;
          setParams(next);
        }}
      >
        <Field id="partner-search" label={p.searchLabel} type="search" value={text} onChange={(event) => setText(event.target.value)} />
        <Select id="partner-kind-filter" label={p.kindFilter} value={kindChoice} onChange={setKindChoice}>
          <option value="">{p.allKinds}</option>
          {PARTNER_KINDS.map((k) => (
            <option key={k} value={k}>
              {p.kind[k]}
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
      ) : partners.length === 0 ? (
        <p>{p.noPartners}</p>
      ) : (
        <>
          <div className="ws-grid-wrap" role="region" aria-labelledby="partners-caption" tabIndex={0}>
            <table className="ws-table">
              <caption id="partners-caption">{p.partnersCaption(partners.length, data?.partners.totalCount ?? 0)}</caption>
              <thead>
                <tr>
                  <th scope="col">{p.field.name}</th>
                  <th scope="col">{p.field.kind}</th>
                  <th scope="col">{p.field.organisationNumber}</th>
                  <th scope="col">{p.field.contactName}</th>
                </tr>
              </thead>
              <tbody>
                {partners.map((partner) => (
                  <tr key={partner.id}>
                    <th scope="row">
                      <LocalLink to={paths.partnerEditor(partner.id)}>{partner.name}</LocalLink>
                    </th>
                    <td>{p.kind[partner.kind].replace(/ \(.*\)$/, '')}</td>
                    <td>{partner.organisationNumber ?? ''}</td>
                    <td>{partner.contactName ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <ShowMore pageInfo={data?.partners.pageInfo} onMore={(after) => void fetchMore({ variables: { after }, updateQuery: appendEdges('partners') })} />
        </>
      )}
    </div>
  );
}
