import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router';
import { LeaveDialog, useLeaveGuard } from '../components/LeaveGuard';
import { useLanguage, useStrings } from '../../../app/language';
import { LocalLink, useLocalPath } from '../../../app/LocalLink';
import { paths } from '../../../app/paths';
import { usePageTitle } from '../../../app/title';
import { ErrorState, LoadingState } from '../../../components/StatusViews';
import { AGREEMENT_FIELDS, AGREEMENT_KINDS, agreementStrings, type AgreementField } from '../agreementStrings';
import { Select } from '../components/Choice';
import { ErrorSummary, type SummaryItem } from '../components/ErrorSummary';
import { Field } from '../components/Field';
import { UnitChecks } from '../components/UnitChecks';
import { getFragmentData } from '../gql';
import type { AgreementEditorFieldsFragment, AgreementKind } from '../gql/graphql';
import { requestFailure } from '../messages';
import { AgreementChoicesQuery, AgreementEditorFields, AgreementEditorQuery, CreateAgreementMutation, UpdateAgreementMutation } from '../queries';
import { workspaceStrings, type WorkspaceStrings } from '../strings';
import { useViewer } from '../viewer';

interface Values {
  title: string;
  kind: AgreementKind;
  description: string;
  startDate: string;
  endDate: string;
  partnerIds: string[];
  goalIds: string[];
  activityIds: string[];
}
type Errors = Partial<Record<AgreementField | 'form', string>>;

const EMPTY: Values = { title: '', kind: 'IOP', description: '', startDate: '', endDate: '', partnerIds: [], goalIds: [], activityIds: [] };
const fieldId = (field: string) => `agreement-${field}`;
/** The API names list fields `partnerIds[0]`; the form shows them at the list. */
const fieldOf = (field: string | null | undefined): AgreementField | 'form' => {
  const base = (field ?? '').replace(/\[\d+\]$/, '');
  return (AGREEMENT_FIELDS as readonly string[]).includes(base) ? (base as AgreementField) : 'form';
};

function valuesOf(agreement: AgreementEditorFieldsFragment): Values {
  return {
    title: agreement.title,
    kind: agreement.kind,
    description: agreement.description ?? '',
    startDate: agreement.startDate ?? '',
    endDate: agreement.endDate ?? '',
    partnerIds: agreement.partners.map((x) => x.id),
    goalIds: agreement.goals.map((x) => x.id),
    activityIds: agreement.activities.map((x) => x.id),
  };
}

/** `/arbetsyta/overenskommelser/:id` (`ny`: a new one): an agreement with its parties, dates, goals and activities. */
export default function AgreementEditView() {
  const { id = 'ny' } = useParams();
  return <AgreementEditor key={id} id={id} />;
}

function AgreementEditor({ id }: { id: string }) {
  const t = useStrings(workspaceStrings);
  const a = useStrings(agreementStrings);
  const { language } = useLanguage();
  const viewer = useViewer();
  const isNew = id === 'ny';
  const navigate = useNavigate();
  const local = useLocalPath();
  const choices = useQuery(AgreementChoicesQuery, { variables: { municipalityId: viewer.municipality?.id ?? '' }, skip: !viewer.municipality });
  const stored = useQuery(AgreementEditorQuery, { variables: { id }, skip: isNew, fetchPolicy: 'network-only' });
  const agreement = stored.data?.node && 'id' in stored.data.node ? getFragmentData(AgreementEditorFields, stored.data.node) : null;
  const [createAgreement, { loading: creating }] = useMutation(CreateAgreementMutation);
  const [updateAgreement, { loading: updating }] = useMutation(UpdateAgreementMutation);
  const [values, setValues] = useState<Values>(EMPTY);
  const [initial, setInitial] = useState<Values>(EMPTY);
  const [loadedVersion, setLoadedVersion] = useState<number | null>(null);
  const [errors, setErrors] = useState<Errors>({});
  const [conflict, setConflict] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const location = useLocation();
  const [notice, setNotice] = useState(() => ((location.state as { created?: boolean } | null)?.created ? a.agreementCreated : ''));
  usePageTitle(isNew ? a.newAgreementTitle : a.editAgreementTitle(agreement?.title ?? ''), viewer.municipality?.name);

  if (agreement && loadedVersion === null) {
    const next = valuesOf(agreement);
    setValues(next);
    setInitial(next);
    setLoadedVersion(agreement.version);
  }

  const dirty = JSON.stringify(values) !== JSON.stringify(initial);
  const { blocker, allowLeave } = useLeaveGuard(dirty);

  const translate = (error: { code: string; message: string }) =>
    language === 'sv' ? (t.errorCode[error.code as keyof WorkspaceStrings['errorCode']] ?? error.message) : error.message;
  const errorsOf = (list: readonly { code: string; field?: string | null; message: string }[]): Errors => {
    const next: Errors = {};
    for (const error of list) {
      const key = fieldOf(error.field);
      next[key] ??= key === 'endDate' && /before|after/i.test(error.message) ? a.endBeforeStart : translate(error);
    }
    return next;
  };
  const set = <K extends keyof Values>(key: K, value: Values[K]) => setValues((current) => ({ ...current, [key]: value }));

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setAttempt((n) => n + 1);
    setNotice('');
    setConflict(false);
    const local_: Errors = {};
    if (!values.title.trim()) local_.title = a.titleRequired;
    if (values.startDate && values.endDate && values.endDate < values.startDate) local_.endDate = a.endBeforeStart;
    if (Object.keys(local_).length > 0) return setErrors(local_);
    const input = {
      title: values.title.trim(),
      kind: values.kind,
      description: values.description.trim() || null,
      startDate: values.startDate || null,
      endDate: values.endDate || null,
      partnerIds: values.partnerIds,
      goalIds: values.goalIds,
      activityIds: values.activityIds,
    };
    try {
      if (isNew) {
        const result = await createAgreement({ variables: { input } });
        const payload = result.data?.createAgreement;
        const created = payload?.agreement ? getFragmentData(AgreementEditorFields, payload.agreement) : null;
        if (!created) return setErrors(errorsOf(payload?.errors ?? []));
        setErrors({});
        allowLeave();
        void navigate(local(paths.agreementEditor(created.id)), { replace: true, state: { created: true } });
        return;
      }
      if (!agreement || loadedVersion === null) return;
      const result = await updateAgreement({ variables: { input: { ...input, id: agreement.id, version: loadedVersion } } });
      const payload = result.data?.updateAgreement;
      const saved = payload?.agreement ? getFragmentData(AgreementEditorFields, payload.agreement) : null;
      if (!saved) {
        if (payload?.errors.some((e) => e.code === 'CONFLICT')) setConflict(true);
        return setErrors(errorsOf((payload?.errors ?? []).filter((e) => e.code !== 'CONFLICT')));
      }
      const next = valuesOf(saved);
      setErrors({});
      setValues(next);
      setInitial(next);
      setLoadedVersion(saved.version);
      setNotice(a.agreementSaved);
    } catch (failure) {
      setErrors({ form: requestFailure(failure, t) });
    }
  };

  const reloadLatest = async () => {
    const result = await stored.refetch();
    const node = result.data?.node && 'id' in result.data.node ? getFragmentData(AgreementEditorFields, result.data.node) : null;
    if (!node) return;
    const latest = valuesOf(node);
    setInitial(latest);
    setValues(latest);
    setLoadedVersion(node.version);
    setConflict(false);
  };

  if (!isNew && stored.loading && !stored.data) return <LoadingState />;
  if (!isNew && stored.error && !stored.data) return <ErrorState error={stored.error} onRetry={() => stored.refetch()} />;
  const summary: SummaryItem[] = [
    ...(errors.form ? [{ fieldId: fieldId('title'), message: errors.form }] : []),
    ...AGREEMENT_FIELDS.filter((field) => errors[field]).map((field) => ({ fieldId: fieldId(field), message: `${a.field[field]}: ${errors[field]!}` })),
  ];
  const partners = choices.data?.partners.nodes ?? [];
  const goals = (choices.data?.goals.nodes ?? []).map((goal) => ({ id: goal.id, name: goal.title }));
  const activities = (choices.data?.activities.nodes ?? []).map((activity) => ({ id: activity.id, name: activity.title }));

  return (
    <div className="ws-wide">
      <p>
        <LocalLink to={paths.agreements()}>{a.backToAgreements}</LocalLink>
      </p>
      <h1>{isNew ? a.newAgreementTitle : a.editAgreementTitle(agreement?.title ?? '')}</h1>
      <p role="status" className="ws-status">
        {notice}
      </p>
      {conflict && (
        <div className="ws-notice ws-notice--error" role="alert">
          <p>{a.conflictAgreement}</p>
          <button type="button" className="button button--secondary" onClick={() => void reloadLatest()}>
            {t.reloadLatest}
          </button>
        </div>
      )}
      <ErrorSummary title={t.errorSummaryTitle} items={summary} focusKey={attempt} />
      <form className="ws-form" noValidate onSubmit={(event) => void save(event)}>
        <fieldset className="ws-fieldset ws-group">
          <legend>{a.about}</legend>
          <Field id={fieldId('title')} label={a.field.title} value={values.title} error={errors.title} onChange={(e) => set('title', e.target.value)} />
          <Select id={fieldId('kind')} label={a.field.kind} value={values.kind} error={errors.kind} onChange={(v) => set('kind', v as AgreementKind)}>
            {AGREEMENT_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {a.kind[kind]}
              </option>
            ))}
          </Select>
          <Field
            id={fieldId('description')}
            label={a.field.description}
            value={values.description}
            error={errors.description}
            onChange={(e) => set('description', e.target.value)}
          />
          <Field
            id={fieldId('startDate')}
            label={a.field.startDate}
            hint={a.dateHint}
            value={values.startDate}
            error={errors.startDate}
            onChange={(e) => set('startDate', e.target.value)}
          />
          <Field id={fieldId('endDate')} label={a.field.endDate} hint={a.dateHint} value={values.endDate} error={errors.endDate} onChange={(e) => set('endDate', e.target.value)} />
        </fieldset>
        <UnitChecks
          idPrefix={fieldId('partnerIds')}
          legend={a.field.partnerIds}
          units={partners}
          value={values.partnerIds}
          error={errors.partnerIds}
          onChange={(v) => set('partnerIds', v)}
        />
        <UnitChecks idPrefix={fieldId('goalIds')} legend={a.field.goalIds} units={goals} value={values.goalIds} error={errors.goalIds} onChange={(v) => set('goalIds', v)} />
        <UnitChecks
          idPrefix={fieldId('activityIds')}
          legend={a.field.activityIds}
          units={activities}
          value={values.activityIds}
          error={errors.activityIds}
          onChange={(v) => set('activityIds', v)}
        />
        <div className="ws-actions">
          <button type="submit" className="button" disabled={creating || updating}>
            {isNew ? a.createAgreement : a.saveAgreement}
          </button>
        </div>
      </form>
      <LeaveDialog blocker={blocker} />
    </div>
  );
}
