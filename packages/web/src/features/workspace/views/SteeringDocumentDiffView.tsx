import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { useStrings } from '../../../app/language';
import { LocalLink } from '../../../app/LocalLink';
import { paths } from '../../../app/paths';
import { usePageTitle } from '../../../app/title';
import { ErrorState, LoadingState } from '../../../components/StatusViews';
import { Select } from '../components/Choice';
import type { SteeringDocumentStatus } from '../gql/graphql';
import { compareVersions, isEmptyDiff, type ComparedField } from '../steeringDiff';
import { SteeringDocumentVersionsQuery } from '../steeringQueries';
import { steeringStrings } from '../steeringStrings';
import { useViewer } from '../viewer';

/** `/arbetsyta/styrdokument/:id/jamfor?fran=1&till=2`: what changed between two versions of a document. */
export default function SteeringDocumentDiffView() {
  const { id = '' } = useParams();
  const s = useStrings(steeringStrings);
  const viewer = useViewer();
  const [params, setParams] = useSearchParams();
  const { data, loading, error, refetch } = useQuery(SteeringDocumentVersionsQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const document = data?.node && 'versions' in data.node ? data.node : null;
  usePageTitle(s.diffTitle(document?.title ?? ''), viewer.municipality?.name);
  const versions = document?.versions ?? [];
  const last = versions.at(-1)?.versionNumber ?? 1;
  const wanted = (key: string, fallback: number) => {
    const n = Number(params.get(key));
    return versions.some((v) => v.versionNumber === n) ? n : fallback;
  };
  const from = wanted('fran', Math.max(1, last - 1));
  const to = wanted('till', last);
  const [fromChoice, setFromChoice] = useState<string | null>(null);
  const [toChoice, setToChoice] = useState<string | null>(null);

  if (loading && !data) return <LoadingState />;
  if (error && !data) return <ErrorState error={error} onRetry={() => refetch()} />;
  const fromVersion = versions.find((v) => v.versionNumber === from);
  const toVersion = versions.find((v) => v.versionNumber === to);
  const diff = fromVersion && toVersion && from !== to ? compareVersions(fromVersion, toVersion, data?.focusAreas.nodes ?? []) : null;
  const show = (field: ComparedField, value: string | null) => (value === null || value === '' ? s.empty : field === 'status' ? s.status[value as SteeringDocumentStatus] : value);

  return (
    <div className="ws-wide">
      <p>
        <LocalLink to={paths.steeringDocumentEditor(id)}>{s.backToDocument}</LocalLink>
      </p>
      <h1>{s.diffTitle(document?.title ?? '')}</h1>
      <p className="ws-lead">{s.diffIntro}</p>
      {versions.length < 2 ? (
        <p>{s.needTwoVersions}</p>
      ) : (
        <>
          <form
            className="ws-period"
            onSubmit={(event) => {
              event.preventDefault();
              setParams({ fran: fromChoice ?? String(from), till: toChoice ?? String(to) });
            }}
          >
            {(
              [
                ['diff-from', s.fromVersion, fromChoice ?? String(from), setFromChoice],
                ['diff-to', s.toVersion, toChoice ?? String(to), setToChoice],
              ] as const
            ).map(([fieldId, label, value, onChange]) => (
              <Select key={fieldId} id={fieldId} label={label} value={value} onChange={onChange}>
                {versions.map((version) => (
                  <option key={version.id} value={String(version.versionNumber)}>
                    {s.versionOption(version.versionNumber, s.status[version.status], version.changeNote ?? null)}
                  </option>
                ))}
              </Select>
            ))}
            <button type="submit" className="button button--secondary">
              {s.compare}
            </button>
          </form>
          {!diff || isEmptyDiff(diff) ? (
            <p role="status">{s.noDifferences}</p>
          ) : (
            <>
              <section className="ws-section" aria-labelledby="diff-fields-title">
                <h2 id="diff-fields-title">{s.metadataChanges}</h2>
                {diff.fields.length === 0 ? (
                  <p>{s.noDifferences}</p>
                ) : (
                  <div className="ws-grid-wrap" role="region" aria-labelledby="diff-fields-caption" tabIndex={0}>
                    <table className="ws-table">
                      <caption id="diff-fields-caption">{`${s.fromVersion} ${from}, ${s.toVersion.toLowerCase()} ${to}`}</caption>
                      <thead>
                        <tr>
                          <th scope="col">{s.fieldColumn}</th>
                          <th scope="col">{s.before}</th>
                          <th scope="col">{s.after}</th>
                        </tr>
                      </thead>
                      <tbody>
                        {diff.fields.map((change) => (
                          <tr key={change.field}>
                            <th scope="row">{s.field[change.field]}</th>
                            <td>{show(change.field, change.before)}</td>
                            <td>{show(change.field, change.after)}</td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </div>
                )}
              </section>
              <section className="ws-section" aria-labelledby="diff-text-title">
                <h2 id="diff-text-title">{s.textChanges}</h2>
                {diff.text === null ? (
                  <p>{s.textUnchanged}</p>
                ) : (
                  <div className="ws-diff">
                    {diff.text.map((part, index) =>
                      part.kind === 'added' ? (
                        <ins key={index}>
                          <span className="visually-hidden">{s.added}: </span>
                          {part.text}
                        </ins>
                      ) : part.kind === 'removed' ? (
                        <del key={index}>
                          <span className="visually-hidden">{s.removed}: </span>
                          {part.text}
                        </del>
                      ) : (
                        <span key={index}>{part.text}</span>
                      ),
                    )}
                  </div>
                )}
              </section>
              <section className="ws-section" aria-labelledby="diff-areas-title">
                <h2 id="diff-areas-title">{s.focusAreaChanges}</h2>
                <p className="ws-hint">{s.focusAreaNote}</p>
                {diff.areasAdded.length === 0 && diff.areasRemoved.length === 0 ? (
                  <p>{s.focusAreasUnchanged}</p>
                ) : (
                  <>
                    {diff.areasAdded.length > 0 && (
                      <>
                        <h3>{s.focusAreasAdded}</h3>
                        <ul className="ws-list">
                          {diff.areasAdded.map((area) => (
                            <li key={area.id}>
                              {area.nameSv} <span className="ws-hint">({area.key})</span>
                            </li>
                          ))}
                        </ul>
                      </>
                    )}
                    {diff.areasRemoved.length > 0 && (
                      <>
                        <h3>{s.focusAreasRemoved}</h3>
                        <ul className="ws-list">
                          {diff.areasRemoved.map((area) => (
                            <li key={area.id}>
                              {area.nameSv} <span className="ws-hint">({area.key})</span>
                            </li>
                          ))}
                        </ul>
                      </>
                    )}
                  </>
                )}
              </section>
            </>
          )}
        </>
      )}
    </div>
  );
}
