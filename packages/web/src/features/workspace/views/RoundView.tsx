import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router';
import { useLanguage, useStrings } from '../../../app/language';
import { LocalLink, useLocalPath } from '../../../app/LocalLink';
import { paths } from '../../../app/paths';
import { usePageTitle } from '../../../app/title';
import { ErrorState, LoadingState } from '../../../components/StatusViews';
import { Field } from '../components/Field';
import { Badge } from '../components/FollowUpBadges';
import { LeaveDialog, useLeaveGuard } from '../components/LeaveGuard';
import { TextArea } from '../components/Field';
import { missingOf, roundPeriodLabel } from '../followUp';
import { ApproveRoundMutation, ReviseRoundMutation, RoundQuery } from '../followUpQueries';
import { followUpStrings } from '../followUpStrings';
import { requestFailure } from '../messages';
import { workspaceStrings } from '../strings';
import { useViewer } from '../viewer';
import { RoundDownloads } from './RoundDownloads';

/** `/arbetsyta/uppfoljning/omgang/:id`: a round's unit reports, who is late and what is missing; an admin approves it. */
export default function RoundView() {
  const { id = '' } = useParams();
  return <RoundPage key={id} id={id} />;
}

function RoundPage({ id }: { id: string }) {
  const f = useStrings(followUpStrings);
  const t = useStrings(workspaceStrings);
  const { language } = useLanguage();
  const viewer = useViewer();
  const location = useLocation();
  const { data, loading, error, refetch } = useQuery(RoundQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const [approveRound, { loading: approving }] = useMutation(ApproveRoundMutation);
  const [reviseRound, { loading: revising }] = useMutation(ReviseRoundMutation);
  const [revision, setRevision] = useState({ reason: '', deadline: '' });
  const [reviseErrors, setReviseErrors] = useState<Record<string, string>>({});
  const navigate = useNavigate();
  const local = useLocalPath();
  const { blocker, allowLeave } = useLeaveGuard(revision.reason.trim() !== '' || revision.deadline !== '');
  const [notice, setNotice] = useState(() => ((location.state as { opened?: boolean } | null)?.opened ? f.roundOpened : ''));
  const [failure, setFailure] = useState('');
  const round = data?.node?.__typename === 'ReportingRound' ? data.node : null;
  const period = round ? `${roundPeriodLabel(round.period, language)}${round.revision > 1 ? `, ${f.revision(round.revision)}` : ''}` : '';
  usePageTitle(round ? f.roundTitle(round.steeringDocument.title, period) : f.roundsTitle, viewer.municipality?.name);

  if (loading && !data) return <LoadingState />;
  if (error && !data) return <ErrorState error={error} onRetry={() => refetch()} />;
  if (!round)
    return (
      <div className="ws-wide">
        <h1>{f.roundsTitle}</h1>
        <p>{f.notAvailable}</p>
      </div>
    );

  const locked = round.status === 'APPROVED';
  const allApproved = round.unitReports.length > 0 && round.unitReports.every((r) => r.status === 'APPROVED');
  const approve = async () => {
    setFailure('');
    try {
      const result = await approveRound({ variables: { input: { id: round.id, version: round.version } } });
      const errors = result.data?.approveReportingRound.errors ?? [];
      if (errors.length) return setFailure(language === 'sv' ? (f.errorCode[errors[0]!.code] ?? errors[0]!.message) : errors[0]!.message);
      setNotice(f.roundApproved);
      await refetch();
    } catch (caught) {
      setFailure(requestFailure(caught, t));
    }
  };

  const revise = async (event: FormEvent) => {
    event.preventDefault();
    const next: Record<string, string> = {};
    if (!revision.reason.trim()) next['revise-reason'] = f.reviseReasonRequired;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(revision.deadline)) next['revise-deadline'] = f.deadlineRequired;
    if (Object.keys(next).length) return setReviseErrors(next);
    try {
      const result = await reviseRound({ variables: { input: { id: round.id, version: round.version, reason: revision.reason.trim(), deadline: revision.deadline } } });
      const payload = result.data?.reviseReportingRound;
      if (payload?.reportingRound) {
        allowLeave();
        setRevision({ reason: '', deadline: '' });
        setReviseErrors({});
        void navigate(local(paths.round(payload.reportingRound.id)), { state: { opened: true } });
        return;
      }
      for (const error of payload?.errors ?? [])
        next[error.field === 'reason' ? 'revise-reason' : error.field === 'deadline' ? 'revise-deadline' : 'revise-form'] ??=
          language === 'sv' ? (f.errorCode[error.code] ?? error.message) : error.message;
      setReviseErrors(next);
    } catch (caught) {
      setReviseErrors({ 'revise-form': requestFailure(caught, t) });
    }
  };

  return (
    <div className="ws-wide">
      <p>
        <LocalLink to={paths.followUp()}>{f.backToRounds}</LocalLink>
      </p>
      <h1>{f.roundTitle(round.steeringDocument.title, period)}</h1>
      <p role="status" className="ws-status">
        {notice}
      </p>
      <dl className="ws-facts">
        <div>
          <dt>{f.status}</dt>
          <dd>
            <Badge label={f.roundStatus[round.status]} kind={round.status} />
          </dd>
        </div>
        <div>
          <dt>{f.deadline}</dt>
          <dd>{round.deadline}</dd>
        </div>
      </dl>
      {locked && (
        <div className="ws-notice ws-notice--ok">
          <p>{f.lockedNotice}</p>
        </div>
      )}
      {round.revisionReason && (
        <p>
          <strong>{f.revisionReason}:</strong> {round.revisionReason}
        </p>
      )}
      {round.revisions.length > 1 && (
        <section className="ws-section" aria-labelledby="round-revisions">
          <h2 id="round-revisions">{f.revisionsHeading}</h2>
          <ol className="ws-list">
            {round.revisions.map((other) => (
              <li key={other.id}>
                {other.id === round.id ? (
                  <span aria-current="page">
                    {f.revision(other.revision)} ({f.thisRevision})
                  </span>
                ) : (
                  <LocalLink to={paths.round(other.id)}>{f.revision(other.revision)}</LocalLink>
                )}
                {': '}
                <Badge label={f.roundStatus[other.status]} kind={other.status} />
                {other.revisionReason ? ` – ${other.revisionReason}` : ''}
              </li>
            ))}
          </ol>
        </section>
      )}
      <p className="ws-lead">{f.roundIntro}</p>
      <div className="ws-grid-wrap" role="region" aria-labelledby="round-reports-caption" tabIndex={0}>
        <table className="ws-table">
          <caption id="round-reports-caption">{f.reports}</caption>
          <thead>
            <tr>
              <th scope="col">{f.unit}</th>
              <th scope="col">{f.status}</th>
              <th scope="col">{f.deadline}</th>
              <th scope="col">{f.missing}</th>
            </tr>
          </thead>
          <tbody>
            {round.unitReports.map((report) => {
              const missing = missingOf(report, round.steeringDocument.goals);
              const words = [
                ...(missing.goals > 0 ? [f.missingGoals(missing.goals)] : []),
                ...missing.texts.map((key) => f.missingText[key]),
                ...(missing.values > 0 ? [f.missingValuesCount(missing.values)] : []),
              ];
              return (
                <tr key={report.id} data-unit={report.organisationUnit.name}>
                  <th scope="row">
                    <LocalLink to={paths.unitReport(report.id)} aria-label={f.openReport(report.organisationUnit.name)}>
                      {report.organisationUnit.name}
                    </LocalLink>
                  </th>
                  <td>
                    <Badge label={f.reportStatus[report.status]} kind={report.status} />
                  </td>
                  <td>{report.late ? <Badge label={f.late} kind="late" /> : f.onTime}</td>
                  <td>{report.status === 'APPROVED' || words.length === 0 ? f.nothingMissing : words.join(', ')}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <section className="ws-section" aria-labelledby="round-report-heading">
        <h2 id="round-report-heading">{f.reportPage}</h2>
        <p>
          <LocalLink to={paths.workspaceRoundReport(round.id)}>{f.reportPage}</LocalLink>
        </p>
        <RoundDownloads id={round.id} />
      </section>
      {viewer.role === 'ADMIN' && !locked && (
        <section className="ws-section" aria-labelledby="round-approve-heading">
          <h2 id="round-approve-heading">{f.approveRound}</h2>
          <p id="round-approve-hint">{f.approveRoundHint}</p>
          {failure && (
            <p className="ws-error-message" role="alert">
              {failure}
            </p>
          )}
          <button type="button" className="button" aria-describedby="round-approve-hint" disabled={!allApproved || approving} onClick={() => void approve()}>
            {f.approveRound}
          </button>
        </section>
      )}
      {viewer.role === 'ADMIN' && locked && !round.revisions.some((other) => other.revision > round.revision) && (
        <section className="ws-section" aria-labelledby="round-revise-heading">
          <h2 id="round-revise-heading">{f.reviseHeading}</h2>
          <p>{f.reviseIntro}</p>
          {reviseErrors['revise-form'] && (
            <p className="ws-error-message" role="alert">
              {reviseErrors['revise-form']}
            </p>
          )}
          <form className="ws-form" noValidate onSubmit={(event) => void revise(event)}>
            <TextArea
              id="revise-reason"
              label={f.reviseReason}
              rows={3}
              value={revision.reason}
              error={reviseErrors['revise-reason']}
              onChange={(event) => setRevision((current) => ({ ...current, reason: event.target.value }))}
            />
            <Field
              id="revise-deadline"
              label={f.reviseDeadline}
              hint={f.deadlineHint}
              type="date"
              value={revision.deadline}
              error={reviseErrors['revise-deadline']}
              onChange={(event) => setRevision((current) => ({ ...current, deadline: event.target.value }))}
            />
            <button type="submit" className="button button--secondary" disabled={revising}>
              {f.reviseButton}
            </button>
          </form>
        </section>
      )}
      <LeaveDialog blocker={blocker} />
    </div>
  );
}
