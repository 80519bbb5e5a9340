import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useStrings } from '../../../app/language';
import { LocalLink } from '../../../app/LocalLink';
import { paths } from '../../../app/paths';
import { usePageTitle } from '../../../app/title';
import { ErrorState, LoadingState } from '../../../components/StatusViews';
import { Checkbox, Select } from '../components/Choice';
import { Field } from '../components/Field';
import type { SteeringDocumentStatus } from '../gql/graphql';
import { SteeringDocumentListQuery } from '../steeringQueries';
import { steeringStrings } from '../steeringStrings';
import { workspaceStrings } from '../strings';
import { useViewer } from '../viewer';
import { appendEdges, ShowMore } from '../components/ShowMore';

export const DOCUMENT_STATUSES: readonly SteeringDocumentStatus[] = ['DRAFT', 'IN_CONSULTATION', 'ADOPTED', 'REPLACED', 'ARCHIVED'];

/** `/arbetsyta/styrdokument?sok=…&status=…&arkiverade=1`: the municipality's steering documents. */
export default function SteeringDocumentListView() {
  const t = useStrings(workspaceStrings);
  const s = useStrings(steeringStrings);
  const viewer = useViewer();
  usePageTitle(s.documentsTitle, viewer.municipality?.name);
  const [params, setParams] = useSearchParams();
  const search = params.get('sok') || null;
  const status = (DOCUMENT_STATUSES as readonly string[]).includes(params.get('status') ?? '') ? (params.get('status') as SteeringDocumentStatus) : null;
  const archived = params.get('arkiverade') === '1';
  const [text, setText] = useState(search ?? '');
  const [statusChoice, setStatusChoice] = useState<string>(status ?? '');
  const [archivedChoice, setArchivedChoice] = useState(archived);
  const { data, loading, error, refetch, fetchMore } = useQuery(SteeringDocumentListQuery, {
    variables: {
      where: {
        municipality: viewer.municipality ? { eq: viewer.municipality.id } : null,
        search,
        status: status ? { oneOf: [status] } : null,
        includeArchived: archived || status === 'ARCHIVED',
      },
    },
    fetchPolicy: 'cache-and-network',
  });
  const documents = data?.steeringDocuments.edges.map((edge) => edge.node) ?? [];
  // Documents are the municipality's structure: only an administrator creates them.
  const mayCreate = viewer.role === 'ADMIN';
  return (
    <div className="ws-wide">
      <h1>{s.documentsTitle}</h1>
      <p className="ws-lead">{s.documentsIntro}</p>
      {mayCreate && (
        <p>
          <LocalLink className="button" to={paths.steeringDocumentEditor('ny')}>
            {s.newDocument}
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
          if (statusChoice) next.status = statusChoice;
          if (archivedChoice) next.arkiverade = '1';
          setParams(next);
        }}
      >
        <Field id="document-search" label={s.searchLabel} type="search" value={text} onChange={(event) => setText(event.target.value)} />
        <Select id="document-status-filter" label={s.statusFilter} value={statusChoice} onChange={setStatusChoice}>
          <option value="">{s.all}</option>
          {DOCUMENT_STATUSES.map((value) => (
            <option key={value} value={value}>
              {s.status[value]}
            </option>
          ))}
        </Select>
        <Checkbox id="document-archived" label={s.showArchived} checked={archivedChoice} onChange={setArchivedChoice} />
        <button type="submit" className="button button--secondary">
          {t.searchButton}
        </button>
      </form>
      {loading && !data ? (
        <LoadingState />
      ) : error && !data ? (
        <ErrorState error={error} onRetry={() => refetch()} />
      ) : documents.length === 0 ? (
        <p>{s.noDocuments}</p>
      ) : (
        <>
          <div className="ws-grid-wrap" role="region" aria-labelledby="documents-caption" tabIndex={0}>
            <table className="ws-table">
              <caption id="documents-caption">{s.documentsCaption(documents.length, data?.steeringDocuments.totalCount ?? 0)}</caption>
              <thead>
                <tr>
                  <th scope="col">{s.field.title}</th>
                  <th scope="col">{s.field.kind}</th>
                  <th scope="col">{s.field.status}</th>
                  <th scope="col">{s.versionColumn}</th>
                  <th scope="col">{s.field.decisionDate}</th>
                  <th scope="col">{s.field.registrationNumber}</th>
                </tr>
              </thead>
              <tbody>
                {documents.map((document) => (
                  <tr key={document.id}>
                    <th scope="row">
                      <LocalLink to={paths.steeringDocumentEditor(document.id)}>{document.title}</LocalLink>
                    </th>
                    <td>{s.kind[document.kind]}</td>
                    <td>{s.status[document.status]}</td>
                    <td>{document.currentVersionNumber}</td>
                    <td>{document.decisionDate ?? ''}</td>
                    <td>{document.registrationNumber ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <ShowMore pageInfo={data?.steeringDocuments.pageInfo} onMore={(after) => void fetchMore({ variables: { after }, updateQuery: appendEdges('steeringDocuments') })} />
        </>
      )}
    </div>
  );
}
