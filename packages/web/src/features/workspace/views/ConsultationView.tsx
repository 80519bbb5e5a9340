import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useParams } from 'react-router';
import { useLanguage, useStrings } from '../../../app/language';
import { LocalLink } from '../../../app/LocalLink';
import { paths } from '../../../app/paths';
import { usePageTitle } from '../../../app/title';
import { ErrorState, LoadingState } from '../../../components/StatusViews';
import { ErrorSummary, type SummaryItem } from '../components/ErrorSummary';
import { TextArea } from '../components/Field';
import { LeaveDialog, useLeaveGuard } from '../components/LeaveGuard';
import { AnswerConsultationMutation, CloseConsultationMutation, ConsultationFields, ConsultationQuery } from '../consultationQueries';
import { consultationStrings } from '../consultationStrings';
import { getFragmentData } from '../gql';
import { requestFailure } from '../messages';
import { workspaceStrings } from '../strings';
import { useViewer } from '../viewer';

type ApiError = { code: string; field?: string | null; message: string };
const viewsId = (responseId: string) => `views-${responseId}`;
const dateOf = (iso: string | null | undefined) => (iso ? new Date(iso).toISOString().slice(0, 10) : '');

/**
 * `/arbetsyta/styrdokument/:id/remiss/:consultationId`: one consultation (remiss) of a steering
 * document. Everyone in the municipality's staff sees the answers side by side (a table that stacks
 * on a phone); the owner (ADMIN, EDITOR of the document's owner unit) may close it; an editor of an
 * asked unit answers with the unit's views while it is open (read-only once closed).
 */
export default function ConsultationView() {
  const { id = '', consultationId = '' } = useParams();
  return <Consultation key={consultationId} documentId={id} consultationId={consultationId} />;
}

function Consultation({ documentId, consultationId }: { documentId: string; consultationId: string }) {
  const c = useStrings(consultationStrings);
  const t = useStrings(workspaceStrings);
  const { language } = useLanguage();
  const viewer = useViewer();
  const stored = useQuery(ConsultationQuery, { variables: { id: consultationId }, fetchPolicy: 'network-only' });
  const [answer, { loading: answering }] = useMutation(AnswerConsultationMutation);
  const [close, { loading: closing }] = useMutation(CloseConsultationMutation);
  const node = stored.data?.node && 'steeringDocument' in stored.data.node ? stored.data.node : null;
  const consultation = node ? getFragmentData(ConsultationFields, node) : null;
  const document = node?.steeringDocument ?? null;
  /** What was typed per response (its id), until saved. */
  const [typed, setTyped] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState('');
  const [conflict, setConflict] = useState(false);
  const [notice, setNotice] = useState('');
  const [attempt, setAttempt] = useState(0);
  usePageTitle(c.pageTitle(document?.title ?? ''), viewer.municipality?.name);

  const responses = consultation?.responses ?? [];
  const dirty = responses.some((r) => typed[r.id] !== undefined && typed[r.id] !== (r.views ?? ''));
  const { blocker } = useLeaveGuard(dirty);

  if (stored.loading && !stored.data) return <LoadingState />;
  if (stored.error && !stored.data) return <ErrorState error={stored.error} onRetry={() => stored.refetch()} />;
  if (!consultation || !document || document.id !== documentId)
    return (
      <div className="ws-wide">
        <h1>{c.sectionTitle}</h1>
        <p>{c.notFound}</p>
        <p>
          <LocalLink to={paths.steeringDocumentEditor(documentId)}>{c.backToDocument}</LocalLink>
        </p>
      </div>
    );

  const open = consultation.status === 'OPEN';
  const owner = viewer.role === 'ADMIN' || (viewer.role === 'EDITOR' && viewer.units.some((u) => u.id === document.ownerUnit?.id));
  const own = responses.filter((r) => viewer.role === 'EDITOR' && viewer.units.some((u) => u.id === r.organisationUnit?.id));
  const translate = (e: ApiError) => (language === 'sv' ? (c.errorCode[e.code] ?? t.errorCode[e.code as keyof typeof t.errorCode] ?? e.message) : e.message);

  const submit = async (event: FormEvent, response: (typeof responses)[number]) => {
    event.preventDefault();
    setAttempt((n) => n + 1);
    setNotice('');
    setConflict(false);
    setFormError('');
    const views = typed[response.id] ?? response.views ?? '';
    if (!views.trim()) return setErrors({ [response.id]: c.viewsRequired });
    try {
      const result = await answer({ variables: { input: { id: response.id, version: response.version, views } } });
      const payload = result.data?.answerConsultation;
      if (!payload?.consultationResponse) {
        const list = payload?.errors ?? [];
        if (list.some((e) => e.code === 'CONFLICT')) setConflict(true);
        const rest = list.filter((e) => e.code !== 'CONFLICT');
        if (rest.length > 0) setErrors({ [response.id]: translate(rest[0]!) });
        else setErrors({});
        return;
      }
      setErrors({});
      await stored.refetch();
      setTyped((current) => {
        const next = { ...current };
        delete next[response.id];
        return next;
      });
      setNotice(c.answerSaved);
    } catch (failure) {
      setFormError(requestFailure(failure, t));
    }
  };

  const closeIt = async () => {
    setAttempt((n) => n + 1);
    setNotice('');
    setFormError('');
    try {
      const result = await close({ variables: { input: { id: consultation.id, version: consultation.version } } });
      const payload = result.data?.closeConsultation;
      if (!payload?.consultation) {
        const list = payload?.errors ?? [];
        if (list.some((e) => e.code === 'CONFLICT')) setConflict(true);
        else setFormError(list[0] ? translate(list[0]) : t.errorSummaryTitle);
        return;
      }
      await stored.refetch();
      setNotice(c.closed);
    } catch (failure) {
      setFormError(requestFailure(failure, t));
    }
  };

  const summary: SummaryItem[] = [
    ...(formError ? [{ fieldId: own[0] ? viewsId(own[0].id) : 'answers-title', message: formError }] : []),
    ...own.filter((r) => errors[r.id]).map((r) => ({ fieldId: viewsId(r.id), message: `${c.answerTitle(r.organisationUnit?.name ?? '')}: ${errors[r.id]!}` })),
  ];

  return (
    <div className="ws-wide">
      <p>
        <LocalLink to={paths.steeringDocumentEditor(document.id)}>{c.backToDocument}</LocalLink>
      </p>
      <h1>{c.pageTitle(document.title)}</h1>
      <p className="ws-lead">
        {c.status}: <strong>{c.statusWord[consultation.status]}</strong>, {c.deadline.toLowerCase()} {consultation.deadline},{' '}
        {c.answeredCount(responses.filter((r) => r.answered).length, responses.length)}
      </p>
      <p role="status" className="ws-status">
        {notice}
      </p>
      {conflict && (
        <div className="ws-notice ws-notice--error" role="alert">
          <p>{c.conflict}</p>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              void stored.refetch();
              setConflict(false);
            }}
          >
            {t.reloadLatest}
          </button>
        </div>
      )}
      {!open && (
        <div className="ws-notice" role="status">
          <p>{c.closedNotice}</p>
        </div>
      )}
      <ErrorSummary title={t.errorSummaryTitle} items={summary} focusKey={attempt} />
      {consultation.message && (
        <section className="ws-section" aria-labelledby="message-title">
          <h2 id="message-title">{c.messageHeading}</h2>
          <p className="cs-text">{consultation.message}</p>
        </section>
      )}

      {open &&
        own.map((response) => (
          <section className="ws-section" key={response.id} aria-labelledby={`answer-${response.id}-title`}>
            <h2 id={`answer-${response.id}-title`}>{c.answerTitle(response.organisationUnit?.name ?? '')}</h2>
            <form className="ws-form" noValidate onSubmit={(event) => void submit(event, response)}>
              <TextArea
                id={viewsId(response.id)}
                label={c.viewsLabel}
                hint={`${c.viewsHint} ${response.late ? c.answerLateHint(consultation.deadline) : c.answerHint(consultation.deadline)}`}
                value={typed[response.id] ?? response.views ?? ''}
                error={errors[response.id]}
                rows={10}
                onChange={(e) => setTyped((current) => ({ ...current, [response.id]: e.target.value }))}
              />
              <div className="ws-actions">
                <button type="submit" className="button" disabled={answering}>
                  {c.sendAnswer}
                </button>
              </div>
            </form>
          </section>
        ))}

      <section className="ws-section" aria-labelledby="answers-title">
        <h2 id="answers-title" tabIndex={-1}>
          {c.answersTitle}
        </h2>
        {responses.length === 0 ? (
          <p>{c.noViews}</p>
        ) : (
          <table className="ws-table cs-answers">
            <caption>{c.answersCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{c.unit}</th>
                <th scope="col">{c.answeredAt}</th>
                <th scope="col">{c.views}</th>
              </tr>
            </thead>
            <tbody>
              {responses.map((response) => (
                <tr key={response.id}>
                  <th scope="row" data-label={c.unit}>
                    {response.organisationUnit?.name ?? ''}
                  </th>
                  <td data-label={c.answeredAt}>{response.answered ? dateOf(response.answeredAt) : response.late ? `${c.notAnswered}, ${c.late}` : c.notAnswered}</td>
                  <td data-label={c.views} className="cs-text">
                    {response.views ?? <span className="ws-hint">{c.noViews}</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      {owner && open && (
        <section className="ws-section" aria-labelledby="close-title">
          <h2 id="close-title">{c.close}</h2>
          <p className="ws-hint">{c.closeHint}</p>
          <div className="ws-actions">
            <button type="button" className="button button--secondary" disabled={closing} onClick={() => void closeIt()}>
              {c.close}
            </button>
          </div>
        </section>
      )}
      <LeaveDialog blocker={blocker} />
    </div>
  );
}
