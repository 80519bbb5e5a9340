import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useLanguage, useStrings } from '../../../app/language';
import { usePageTitle } from '../../../app/title';
import { ErrorState, LoadingState } from '../../../components/StatusViews';
import { Select } from '../components/Choice';
import { Field } from '../components/Field';
import { AuditActorsQuery, AuditEntriesQuery } from '../queries';
import { workspaceStrings } from '../strings';
import { useViewer } from '../viewer';

/** `/arbetsyta/logg?andring=…&objekt=…&vem=…&fran=…&till=…` (ADMIN): the audit log, filtered by what, who and when, paged through the connection. */
export default function AuditView() {
  const t = useStrings(workspaceStrings);
  const { language } = useLanguage();
  const viewer = useViewer();
  usePageTitle(t.auditTitle, viewer.municipality?.name);
  const [params, setParams] = useSearchParams();
  const operation = params.get('andring') || null;
  const objectId = params.get('objekt') || null;
  const actorId = params.get('vem') || null;
  const fromDate = params.get('fran') || null;
  const toDate = params.get('till') || null;
  const [operationText, setOperationText] = useState(operation ?? '');
  const [objectText, setObjectText] = useState(objectId ?? '');
  const [actorText, setActorText] = useState(actorId ?? '');
  const [fromText, setFromText] = useState(fromDate ?? '');
  const [toText, setToText] = useState(toDate ?? '');
  const actors = useQuery(AuditActorsQuery, { skip: viewer.role !== 'ADMIN' });
  // Dates are the reader's days: from the start of the first to the end of the last.
  const from = fromDate ? new Date(`${fromDate}T00:00:00`).toISOString() : null;
  const to = toDate ? new Date(`${toDate}T23:59:59.999`).toISOString() : null;
  const { data, loading, error, refetch, fetchMore } = useQuery(AuditEntriesQuery, {
    variables: { operation, objectId, actorId, from, to },
    skip: viewer.role !== 'ADMIN',
    fetchPolicy: 'cache-and-network',
  });
  const when = (iso: string) => new Intl.DateTimeFormat(language === 'sv' ? 'sv-SE' : 'en-GB', { dateStyle: 'medium', timeStyle: 'medium' }).format(new Date(iso));

  if (viewer.role !== 'ADMIN') return <p>{t.auditIntro}</p>;
  const entries = data?.auditEntries.edges.map((edge) => edge.node) ?? [];

  return (
    <div className="ws-wide">
      <h1>{t.auditTitle}</h1>
      <p className="ws-lead">{t.auditIntro}</p>
      <form
        className="ws-period"
        onSubmit={(event) => {
          event.preventDefault();
          const next: Record<string, string> = {};
          if (operationText.trim()) next['andring'] = operationText.trim();
          if (objectText.trim()) next['objekt'] = objectText.trim();
          if (actorText) next['vem'] = actorText;
          if (fromText) next['fran'] = fromText;
          if (toText) next['till'] = toText;
          setParams(next);
        }}
      >
        <Field id="audit-operation" label={t.operation} hint={t.operationHint} value={operationText} onChange={(event) => setOperationText(event.target.value)} />
        <Field id="audit-object" label={t.objectId} value={objectText} onChange={(event) => setObjectText(event.target.value)} />
        <Select id="audit-actor" label={t.actor} value={actorText} onChange={setActorText}>
          <option value="">{t.anyone}</option>
          {(actors.data?.users.edges ?? []).map(({ node }) => (
            <option key={node.id} value={node.id}>
              {node.name} ({node.email})
            </option>
          ))}
          {(actors.data?.apiKeys.nodes ?? []).map((key) => (
            <option key={key.id} value={key.id}>
              {t.apiKeyActor(key.name)}
            </option>
          ))}
        </Select>
        <Field id="audit-from" label={t.fromDate} type="date" value={fromText} onChange={(event) => setFromText(event.target.value)} />
        <Field id="audit-to" label={t.toDate} type="date" value={toText} onChange={(event) => setToText(event.target.value)} />
        <div className="ws-actions">
          <button type="submit" className="button button--secondary">
            {t.filter}
          </button>
          {(operation || objectId || actorId || fromDate || toDate) && (
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                setOperationText('');
                setObjectText('');
                setActorText('');
                setFromText('');
                setToText('');
                setParams({});
              }}
            >
              {t.clearFilter}
            </button>
          )}
        </div>
      </form>
      {loading && !data ? (
        <LoadingState />
      ) : error && !data ? (
        <ErrorState error={error} onRetry={() => refetch()} />
      ) : (
        <>
          <div className="ws-grid-wrap" role="region" aria-labelledby="audit-caption" tabIndex={0}>
            <table className="ws-table">
              <caption id="audit-caption">{t.auditCaption(entries.length, data?.auditEntries.totalCount ?? 0)}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.when}</th>
                  <th scope="col">{t.who}</th>
                  <th scope="col">{t.what}</th>
                  <th scope="col">{t.object}</th>
                  <th scope="col">{t.requestId}</th>
                </tr>
              </thead>
              <tbody>
                {entries.map((entry) => (
                  <tr key={`${entry.requestId}:${entry.at}:${entry.objectId ?? ''}:${entry.operation}`}>
                    <td>{when(entry.at)}</td>
                    <td>{entry.actorLabel}</td>
                    <td>
                      <code>{entry.operation}</code>
                    </td>
                    <td>
                      <code className="ws-break">{entry.objectId ?? ''}</code>
                    </td>
                    <td>
                      <code className="ws-break">{entry.requestId}</code>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {data?.auditEntries.pageInfo.hasNextPage && (
            <button type="button" className="button button--secondary" onClick={() => void fetchMore({ variables: { after: data.auditEntries.pageInfo.endCursor } })}>
              {t.showMore}
            </button>
          )}
        </>
      )}
    </div>
  );
}
