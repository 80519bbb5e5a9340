import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useLanguage, useStrings } from '../../../app/language';
import { LocalLink } from '../../../app/LocalLink';
import { paths } from '../../../app/paths';
import { ErrorState, LoadingState } from '../../../components/StatusViews';
import { ConsultationFields, DocumentConsultationsQuery, SendConsultationMutation } from '../consultationQueries';
import { consultationStrings, SEND_FIELDS, type ConsultationStrings, type SendField } from '../consultationStrings';
import { getFragmentData } from '../gql';
import type { ConsultationFieldsFragment } from '../gql/graphql';
import { requestFailure } from '../messages';
import { workspaceStrings } from '../strings';
import { ErrorSummary, type SummaryItem } from './ErrorSummary';
import { Field, TextArea } from './Field';
import { UnitChecks } from './UnitChecks';

export interface SendDraft {
  unitIds: string[];
  deadline: string;
  message: string;
}
export const EMPTY_SEND: SendDraft = { unitIds: [], deadline: '', message: '' };
type SendErrors = Partial<Record<SendField | 'form', string>>;
type ApiError = { code: string; field?: string | null; message: string };
const sendFieldId = (field: SendField) => `consultation-${field}`;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** One consultation's asked units, each with whether it answered (or is late), in words. */
export function unitStates(c: ConsultationStrings, consultation: ConsultationFieldsFragment): string[] {
  return consultation.responses.map((response) =>
    c.unitState(response.organisationUnit?.name ?? '', response.answered ? c.answered : response.late ? `${c.notAnswered}, ${c.late}` : c.notAnswered),
  );
}

/**
 * The "Remiss" section of the steering document editor: the document's consultations (deadline,
 * status, the asked units and who has answered or is late), each linking to its page; for the owner
 * (ADMIN, EDITOR of the owner unit) a form to send the draft on consultation. The typed draft lives
 * in the editor (`draft`), so its leave guard covers it.
 */
export function Consultations({
  documentId,
  canSend,
  isDraft,
  units,
  draft,
  onDraft,
  onSent,
}: {
  documentId: string;
  canSend: boolean;
  isDraft: boolean;
  units: ReadonlyArray<{ id: string; name: string }>;
  draft: SendDraft;
  onDraft: (next: SendDraft) => void;
  onSent: () => void;
}) {
  const c = useStrings(consultationStrings);
  const t = useStrings(workspaceStrings);
  const { language } = useLanguage();
  const { data, loading, error, refetch } = useQuery(DocumentConsultationsQuery, { variables: { id: documentId }, fetchPolicy: 'cache-and-network' });
  const [send, { loading: sending }] = useMutation(SendConsultationMutation);
  const [errors, setErrors] = useState<SendErrors>({});
  const [attempt, setAttempt] = useState(0);
  const [notice, setNotice] = useState('');
  const node = data?.node && 'consultations' in data.node ? data.node : null;
  const consultations = node ? getFragmentData(ConsultationFields, node.consultations) : [];

  const translate = (e: ApiError) =>
    e.field === 'deadline' && (e.code === 'BAD_USER_INPUT' || e.code === 'INVALID') ? c.deadlineInvalid : language === 'sv' ? (c.errorCode[e.code] ?? e.message) : e.message;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setAttempt((n) => n + 1);
    setNotice('');
    const local: SendErrors = {};
    if (draft.unitIds.length === 0) local.unitIds = c.unitsRequired;
    if (!ISO_DATE.test(draft.deadline.trim())) local.deadline = c.deadlineRequired;
    if (Object.keys(local).length > 0) return setErrors(local);
    try {
      const result = await send({
        variables: { input: { steeringDocumentId: documentId, unitIds: draft.unitIds, deadline: draft.deadline.trim(), message: draft.message.trim() || null } },
      });
      const payload = result.data?.sendConsultation;
      if (!payload?.consultation) {
        const next: SendErrors = {};
        for (const e of payload?.errors ?? []) {
          const key = (SEND_FIELDS as readonly string[]).includes(e.field ?? '') ? (e.field as SendField) : 'form';
          next[key] ??= translate(e);
        }
        return setErrors(next);
      }
      setErrors({});
      onSent();
      setNotice(c.sent);
      await refetch();
    } catch (failure) {
      setErrors({ form: requestFailure(failure, t) });
    }
  };

  // The units are a group of checkboxes: the summary's link focuses the first one.
  const firstControl = (field: SendField) => (field === 'unitIds' && units[0] ? `${sendFieldId(field)}-${units[0].id}` : sendFieldId(field));
  const summary: SummaryItem[] = [
    ...(errors.form ? [{ fieldId: firstControl('unitIds'), message: errors.form }] : []),
    ...SEND_FIELDS.filter((field) => errors[field]).map((field) => ({ fieldId: firstControl(field), message: `${c.field[field]}: ${errors[field]!}` })),
  ];

  return (
    <section className="ws-section" aria-labelledby="consultations-title">
      <h2 id="consultations-title">{c.sectionTitle}</h2>
      <p className="ws-hint">{c.sectionIntro}</p>
      <p role="status" className="ws-status">
        {notice}
      </p>
      {loading && !data ? (
        <LoadingState />
      ) : error && !data ? (
        <ErrorState error={error} onRetry={() => refetch()} />
      ) : consultations.length === 0 ? (
        <p>{c.noConsultations}</p>
      ) : (
        <div className="ws-grid-wrap" role="region" aria-labelledby="consultations-caption" tabIndex={0}>
          <table className="ws-table cs-table">
            <caption id="consultations-caption">{c.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{c.deadline}</th>
                <th scope="col">{c.status}</th>
                <th scope="col">{c.units}</th>
                <th scope="col">{c.sentAt}</th>
              </tr>
            </thead>
            <tbody>
              {consultations.map((consultation) => (
                <tr key={consultation.id}>
                  <th scope="row" data-label={c.deadline}>
                    <LocalLink to={paths.consultation(documentId, consultation.id)} aria-label={c.openConsultation(consultation.deadline)}>
                      {consultation.deadline}
                    </LocalLink>
                  </th>
                  <td data-label={c.status}>{c.statusWord[consultation.status]}</td>
                  <td data-label={c.units}>
                    <span>{c.answeredCount(consultation.responses.filter((r) => r.answered).length, consultation.responses.length)}</span>
                    <ul className="cs-units">
                      {unitStates(c, consultation).map((line) => (
                        <li key={line}>{line}</li>
                      ))}
                    </ul>
                  </td>
                  <td data-label={c.sentAt}>{new Date(consultation.createdAt).toISOString().slice(0, 10)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {canSend &&
        (isDraft ? (
          <form className="ws-form" noValidate onSubmit={(event) => void submit(event)}>
            <h3>{c.sendTitle}</h3>
            <p className="ws-hint">{c.sendHint}</p>
            <ErrorSummary title={t.errorSummaryTitle} items={summary} focusKey={attempt} />
            <UnitChecks
              idPrefix={sendFieldId('unitIds')}
              legend={c.field.unitIds}
              hint={c.hint.unitIds}
              error={errors.unitIds}
              units={units}
              value={draft.unitIds}
              onChange={(unitIds) => onDraft({ ...draft, unitIds })}
            />
            <Field
              id={sendFieldId('deadline')}
              label={c.field.deadline}
              hint={c.hint.deadline}
              value={draft.deadline}
              error={errors.deadline}
              onChange={(e) => onDraft({ ...draft, deadline: e.target.value })}
            />
            <TextArea
              id={sendFieldId('message')}
              label={c.field.message}
              hint={c.hint.message}
              value={draft.message}
              error={errors.message}
              onChange={(e) => onDraft({ ...draft, message: e.target.value })}
            />
            <div className="ws-actions">
              <button type="submit" className="button" disabled={sending}>
                {c.send}
              </button>
            </div>
          </form>
        ) : (
          <p className="ws-hint">{c.onlyDraft}</p>
        ))}
    </section>
  );
}
