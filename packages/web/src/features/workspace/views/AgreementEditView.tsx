import { useMutation, useQuery } from '@apollo/client/react';
import type { FormEvent } from 'react';
import { useParams } from 'react-router';
import { LeaveDialog } from '../components/LeaveGuard';
import { useLanguage, useStrings } from '../../../app/language';
import { LocalLink } from '../../../app/LocalLink';
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
import { AgreementChoicesQuery, AgreementEditorFields, AgreementEditorQuery, CreateAgreementMutation, UpdateAgreementMutation } from '../queries';
import { workspaceStrings, type WorkspaceStrings } from '../strings';
import { useVersionedForm } from '../useVersionedForm';
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
  const choices = useQuery(AgreementChoicesQuery, { variables: { municipalityId: viewer.municipality?.id ?? '' }, skip: !viewer.municipality });
  const stored = useQuery(AgreementEditorQuery, { variables: { id }, skip: isNew, fetchPolicy: 'network-only' });
  const agreement = stored.data?.node && 'id' in stored.data.node ? getFragmentData(AgreementEditorFields, stored.data.node) : null;
  const [createAgreement, { loading: creating }] = useMutation(CreateAgreementMutation);
  const [updateAgreement, { loading: updating }] = useMutation(UpdateAgreementMutation);
  const form = useVersionedForm<Values, AgreementEditorFieldsFragment, Errors>({ isNew, stored: agreement, valuesOf, empty: EMPTY, createdNotice: a.agreementCreated, t });
  const { values, set, errors, conflict, attempt, notice, blocker } = form;
  usePageTitle(isNew ? a.newAgreementTitle : a.editAgreementTitle(agreement?.title ?? ''), viewer.municipality?.name);

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

  const input = () => ({
    title: values.title.trim(),
    kind: values.kind,
    description: values.description.trim() || null,
    startDate: values.startDate || null,
    endDate: values.endDate || null,
    partnerIds: values.partnerIds,
    goalIds: values.goalIds,
    activityIds: values.activityIds,
  });

  const save = (event: FormEvent) =>
    form.submit(event, {
      check: () => {
        const found: Errors = {};
        if (!values.title.trim()) found.title = a.titleRequired;
        if (values.startDate && values.endDate && values.endDate < values.startDate) found.endDate = a.endBeforeStart;
        return Object.keys(found).length > 0 ? found : null;
      },
      create: async () => {
        const payload = (await createAgreement({ variables: { input: input() } })).data?.createAgreement;
        return payload && { errors: payload.errors, object: payload.agreement ? getFragmentData(AgreementEditorFields, payload.agreement) : null };
      },
      update: async (version) => {
        const payload = (await updateAgreement({ variables: { input: { ...input(), id, version } } })).data?.updateAgreement;
        return payload && { errors: payload.errors, object: payload.agreement ? getFragmentData(AgreementEditorFields, payload.agreement) : null };
      },
      path: paths.agreementEditor,
      errorsOf,
      savedNotice: a.agreementSaved,
    });

  const reloadLatest = () =>
    form.reloadLatest(async () => {
      const node = (await stored.refetch()).data?.node;
      return node && 'id' in node ? getFragmentData(AgreementEditorFields, node) : null;
    });

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
