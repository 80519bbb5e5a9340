import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useStrings } from '../../../app/language';
import { LocalLink } from '../../../app/LocalLink';
import { paths } from '../../../app/paths';
import { usePageTitle } from '../../../app/title';
import { ErrorState, LoadingState } from '../../../components/StatusViews';
import { AGREEMENT_KINDS, agreementStrings } from '../agreementStrings';
import { Select } from '../components/Choice';
import { Field } from '../components/Field';
import type { AgreementKind } from '../gql/graphql';
import { AgreementListQuery } from '../queries';
import { workspaceStrings } from '../strings';
import { useViewer } from '../viewer';
import { appendEdges, ShowMore } from '../components/ShowMore';

/** `/arbetsyta/overenskommelser?sok=…&typ=…`: the municipality's agreements, searched, by kind, paged. */
export default function AgreementListView() {
  const t = useStrings(workspaceStrings);
  const a = useStrings(agreementStrings);
  const viewer = useViewer();
  usePageTitle(a.agreementsTitle, viewer.municipality?.name);
  const [params, setParams] = useSearchParams();
  const search = params.get('sok') || null;
  const kind = (AGREEMENT_KINDS as readonly string[]).includes(params.get('typ') ?? '') ? (params.get('typ') as AgreementKind) : null;
  const [text, setText] = useState(search ?? '');
  const [kindChoice, setKindChoice] = useState<string>(kind ?? '');
  const { data, loading, error, refetch, fetchMore } = useQuery(AgreementListQuery, {
    variables: {
      where: { municipality: viewer.municipality ? { eq: viewer.municipality.id } : null, search, kind: kind ? { oneOf: [kind] } : null },
    },
    fetchPolicy: 'cache-and-network',
  });
  const agreements = data?.agreements.edges.map((edge) => edge.node) ?? [];
  const mayCreate = viewer.role === 'ADMIN' || viewer.role === 'EDITOR';
  return (
    <div className="ws-wide">
      <h1>{a.agreementsTitle}</h1>
      <p className="ws-lead">{a.agreementsIntro}</p>
      {mayCreate && (
        <p>
          <LocalLink className="button" to={paths.agreementEditor('ny')}>
            {a.newAgreement}
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
        <Field id="agreement-search" label={a.searchLabel} type="search" value={text} onChange={(event) => setText(event.target.value)} />
        <Select id="agreement-kind-filter" label={a.kindFilter} value={kindChoice} onChange={setKindChoice}>
          <option value="">{a.allKinds}</option>
          {AGREEMENT_KINDS.map((k) => (
            <option key={k} value={k}>
              {a.kind[k]}
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
      ) : agreements.length === 0 ? (
        <p>{a.noAgreements}</p>
      ) : (
        <>
          <div className="ws-grid-wrap" role="region" aria-labelledby="agreements-caption" tabIndex={0}>
            <table className="ws-table">
              <caption id="agreements-caption">{a.agreementsCaption(agreements.length, data?.agreements.totalCount ?? 0)}</caption>
              <thead>
                <tr>
                  <th scope="col">{a.field.title}</th>
                  <th scope="col">{a.field.kind}</th>
                  <th scope="col">{a.parties}</th>
                  <th scope="col">{a.period}</th>
                </tr>
              </thead>
              <tbody>
                {agreements.map((agreement) => (
                  <tr key={agreement.id}>
                    <th scope="row">
                      <LocalLink to={paths.agreementEditor(agreement.id)}>{agreement.title}</LocalLink>
                    </th>
                    <td>{a.kind[agreement.kind]}</td>
                    <td>{agreement.partners.map((partner) => partner.name).join(', ')}</td>
                    <td>{agreement.startDate || agreement.endDate ? `${agreement.startDate ?? ''}–${agreement.endDate ?? ''}` : ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <ShowMore pageInfo={data?.agreements.pageInfo} onMore={(after) => void fetchMore({ variables: { after }, updateQuery: appendEdges('agreements') })} />
        </>
      )}
    </div>
  );
}
