import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useLanguage, useStrings } from '../../../app/language';
import { LocalLink, useLocalPath } from '../../../app/LocalLink';
import { paths } from '../../../app/paths';
import { usePageTitle } from '../../../app/title';
import { ErrorState, LoadingState } from '../../../components/StatusViews';
import { Select } from '../components/Choice';
import { ErrorSummary, type SummaryItem } from '../components/ErrorSummary';
import { Field } from '../components/Field';
import { LeaveDialog, useLeaveGuard } from '../components/LeaveGuard';
import { UnitChecks } from '../components/UnitChecks';
import { monthName, roundPeriod, type RoundPeriodKind } from '../followUp';
import { OpenRoundChoicesQuery, OpenRoundMutation } from '../followUpQueries';
import { followUpStrings, type RoundField } from '../followUpStrings';
import { requestFailure } from '../messages';
import { workspaceStrings } from '../strings';
import { useViewer } from '../viewer';

const KINDS: readonly RoundPeriodKind[] = ['TERTIAL', 'INTERIM', 'YEAR'];
const FIELDS: readonly RoundField[] = ['steeringDocumentId', 'period', 'deadline', 'unitIds'];
const fieldId = (field: RoundField) => (field === 'period' ? 'round-year' : field === 'unitIds' ? 'round-units' : `round-${field}`);

interface Values {
  steeringDocumentId: string;
  kind: RoundPeriodKind;
  year: string;
  part: string;
  deadline: string;
  unitIds: string[];
}

/** `/arbetsyta/uppfoljning/ny`: an administrator opens a reporting round. */
export default function RoundOpenView() {
  const f = useStrings(followUpStrings);
  const t = useStrings(workspaceStrings);
  const { language } = useLanguage();
  const viewer = useViewer();
  usePageTitle(f.openTitle, viewer.municipality?.name);
  const navigate = useNavigate();
  const local = useLocalPath();
  const municipalityId = viewer.municipality?.id ?? '';
  const choices = useQuery(OpenRoundChoicesQuery, { variables: { municipalityId }, skip: !municipalityId });
  const [openRound, { loading: opening }] = useMutation(OpenRoundMutation);
  const initial: Values = { steeringDocumentId: '', kind: 'TERTIAL', year: String(new Date().getFullYear()), part: '1', deadline: '', unitIds: [] };
  const [values, setValues] = useState<Values>(initial);
  const [errors, setErrors] = useState<Partial<Record<RoundField | 'form', string>>>({});
  const [attempt, setAttempt] = useState(0);
  const dirty = values.steeringDocumentId !== '' || values.deadline !== '' || values.unitIds.length > 0;
  const { blocker, allowLeave } = useLeaveGuard(dirty);

  if (viewer.role !== 'ADMIN') return <p className="ws-wide">{t.errorCode.FORBIDDEN}</p>;
  if (choices.loading && !choices.data) return <LoadingState />;
  if (choices.error && !choices.data) return <ErrorState error={choices.error} onRetry={() => choices.refetch()} />;
  const documents = choices.data?.steeringDocuments.nodes ?? [];
  const units = choices.data?.organisationUnits.nodes ?? [];

  const set = <K extends keyof Values>(key: K, value: Values[K]) => setValues((current) => ({ ...current, [key]: value }));
  const chooseDocument = (id: string) => {
    const owners = new Set((documents.find((d) => d.id === id)?.goals ?? []).map((g) => g.ownerUnit?.id).filter((x): x is string => !!x));
    // The units that own goals of the document report; preselected while none is chosen by hand.
    setValues((current) => ({
      ...current,
      steeringDocumentId: id,
      unitIds: current.unitIds.length === 0 ? units.filter((u) => owners.has(u.id)).map((u) => u.id) : current.unitIds,
    }));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setAttempt((n) => n + 1);
    const period = roundPeriod(values.kind, values.year, values.part);
    const local_: Partial<Record<RoundField, string>> = {};
    if (!values.steeringDocumentId) local_.steeringDocumentId = f.documentRequired;
    if (!period) local_.period = f.periodRequired;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(values.deadline)) local_.deadline = f.deadlineRequired;
    if (values.unitIds.length === 0) local_.unitIds = f.unitsRequired;
    if (Object.keys(local_).length > 0) return setErrors(local_);
    try {
      const result = await openRound({
        variables: { input: { steeringDocumentId: values.steeringDocumentId, period: period!, deadline: values.deadline, unitIds: values.unitIds } },
      });
      const payload = result.data?.openReportingRound;
      if (payload?.reportingRound) {
        setErrors({});
        allowLeave();
        void navigate(local(paths.round(payload.reportingRound.id)), { state: { opened: true } });
        return;
      }
      const next: Partial<Record<RoundField | 'form', string>> = {};
      for (const error of payload?.errors ?? []) {
        const key = (FIELDS as readonly string[]).includes(error.field ?? '') ? (error.field as RoundField) : 'form';
        const words = error.code === 'DUPLICATE' && key === 'period' ? f.duplicateRound : language === 'sv' ? (f.errorCode[error.code] ?? error.message) : error.message;
        next[key] ??= words;
      }
      setErrors(next);
    } catch (failure) {
      setErrors({ form: requestFailure(failure, t) });
    }
  };

  const summary: SummaryItem[] = [
    ...(errors.form ? [{ fieldId: fieldId('steeringDocumentId'), message: errors.form }] : []),
    ...FIELDS.filter((field) => errors[field]).map((field) => ({ fieldId: fieldId(field), message: `${f.field[field]}: ${errors[field]!}` })),
  ];

  return (
    <div className="ws-wide">
      <p>
        <LocalLink to={paths.followUp()}>{f.backToRounds}</LocalLink>
      </p>
      <h1>{f.openTitle}</h1>
      <p className="ws-lead">{f.openIntro}</p>
      <ErrorSummary title={t.errorSummaryTitle} items={summary} focusKey={attempt} />
      <form className="ws-form" noValidate onSubmit={(event) => void submit(event)}>
        <Select id={fieldId('steeringDocumentId')} label={f.field.steeringDocumentId} value={values.steeringDocumentId} error={errors.steeringDocumentId} onChange={chooseDocument}>
          <option value="">{f.chooseDocument}</option>
          {documents.map((document) => (
            <option key={document.id} value={document.id}>
              {document.title}
            </option>
          ))}
        </Select>
        <fieldset className={`ws-fieldset ws-group${errors.period ? ' ws-field--error' : ''}`} aria-describedby={errors.period ? 'round-period-error' : undefined}>
          <legend>{f.field.period}</legend>
          {errors.period && (
            <span className="ws-error-message" id="round-period-error">
              {errors.period}
            </span>
          )}
          <fieldset className="ws-fieldset">
            <legend className="field__label">{f.periodKind}</legend>
            {KINDS.map((kind) => (
              <div className="ws-check ws-check--hinted" key={kind}>
                <input
                  type="radio"
                  name="round-kind"
                  id={`round-kind-${kind}`}
                  value={kind}
                  checked={values.kind === kind}
                  aria-describedby={`round-kind-${kind}-hint`}
                  onChange={() => setValues((c) => ({ ...c, kind, part: kind === 'INTERIM' ? '8' : '1' }))}
                />
                <label htmlFor={`round-kind-${kind}`}>{f.periodKindLabel[kind]}</label>
                <span className="field__hint ws-check__hint" id={`round-kind-${kind}-hint`}>
                  {f.periodKindHint[kind]}
                </span>
              </div>
            ))}
          </fieldset>
          <Field id="round-year" label={f.year} inputMode="numeric" autoComplete="off" value={values.year} onChange={(event) => set('year', event.target.value)} />
          {values.kind === 'TERTIAL' && (
            <Select id="round-part" label={f.tertial} value={values.part} onChange={(v) => set('part', v)}>
              {[1, 2, 3].map((n) => (
                <option key={n} value={String(n)}>
                  {`${f.tertial} ${n} (${monthName(n * 4 - 3, language)}–${monthName(n * 4, language)})`}
                </option>
              ))}
            </Select>
          )}
          {values.kind === 'INTERIM' && (
            <Select id="round-part" label={f.lastMonth} value={values.part} onChange={(v) => set('part', v)}>
              {Array.from({ length: 11 }, (_, i) => i + 1).map((n) => (
                <option key={n} value={String(n)}>
                  {monthName(n, language)}
                </option>
              ))}
            </Select>
          )}
        </fieldset>
        <Field
          id={fieldId('deadline')}
          label={f.field.deadline}
          hint={f.deadlineHint}
          type="date"
          value={values.deadline}
          error={errors.deadline}
          onChange={(event) => set('deadline', event.target.value)}
        />
        <UnitChecks
          idPrefix="round-units"
          legend={f.field.unitIds}
          hint={f.unitsHint}
          error={errors.unitIds}
          units={units}
          value={values.unitIds}
          onChange={(next) => set('unitIds', next)}
        />
        <div className="ws-actions">
          <button type="submit" className="button" disabled={opening}>
            {opening ? f.opening : f.openButton}
          </button>
        </div>
      </form>
      <LeaveDialog blocker={blocker} />
    </div>
  );
}
