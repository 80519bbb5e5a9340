import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import { LeaveDialog } from '../components/LeaveGuard';
import { useLanguage, useStrings } from '../../../app/language';
import { LocalLink, useLocalPath } from '../../../app/LocalLink';
import { paths } from '../../../app/paths';
import { usePageTitle } from '../../../app/title';
import { ErrorState, LoadingState } from '../../../components/StatusViews';
import { Select } from '../components/Choice';
import { ErrorSummary, type SummaryItem } from '../components/ErrorSummary';
import { Field } from '../components/Field';
import { getFragmentData } from '../gql';
import type { PartnerEditorFieldsFragment, PartnerKind } from '../gql/graphql';
import { PARTNER_FIELDS, partnerStrings, type PartnerField } from '../partnerStrings';
import { CreatePartnerMutation, PartnerEditorFields, PartnerEditorQuery, UpdatePartnerMutation } from '../queries';
import { ArchivePartnerMutation } from '../steeringQueries';
import { useVersionedForm } from '../useVersionedForm';
import { workspaceStrings, type WorkspaceStrings } from '../strings';
import { useViewer } from '../viewer';
import { PARTNER_KINDS } from './PartnerListView';

type Values = Record<Exclude<PartnerField, 'kind'>, string> & { kind: PartnerKind };
type Errors = Partial<Record<PartnerField | 'form', string>>;

const EMPTY: Values = { name: '', kind: 'ASSOCIATION', organisationNumber: '', description: '', contactName: '', contactEmail: '', contactPhone: '', website: '' };
const fieldId = (field: string) => `partner-${field}`;

function valuesOf(partner: PartnerEditorFieldsFragment): Values {
  return {
    name: partner.name,
    kind: partner.kind,
    organisationNumber: partner.organisationNumber ?? '',
    description: partner.description ?? '',
    contactName: partner.contactName ?? '',
    contactEmail: partner.contactEmail ?? '',
    contactPhone: partner.contactPhone ?? '',
    website: partner.website ?? '',
  };
}

/** `/arbetsyta/samverkansparter/:id` (`ny`: a new one): register or change a partner. */
export default function PartnerEditView() {
  const { id = 'ny' } = useParams();
  return <PartnerEditor key={id} id={id} />;
}

function PartnerEditor({ id }: { id: string }) {
  const t = useStrings(workspaceStrings);
  const p = useStrings(partnerStrings);
  const { language } = useLanguage();
  const viewer = useViewer();
  const isNew = id === 'ny';
  const navigate = useNavigate();
  const local = useLocalPath();
  const stored = useQuery(PartnerEditorQuery, { variables: { id }, skip: isNew, fetchPolicy: 'network-only' });
  const partner = stored.data?.node && 'id' in stored.data.node ? getFragmentData(PartnerEditorFields, stored.data.node) : null;
  const [createPartner, { loading: creating }] = useMutation(CreatePartnerMutation);
  const [updatePartner, { loading: updating }] = useMutation(UpdatePartnerMutation);
  const [archivePartner, { loading: archiving }] = useMutation(ArchivePartnerMutation);
  const [confirmArchive, setConfirmArchive] = useState(false);
  const form = useVersionedForm<Values, PartnerEditorFieldsFragment, Errors>({ isNew, stored: partner, valuesOf, empty: EMPTY, createdNotice: p.partnerCreated, t });
  const { values, set, errors, conflict, attempt, notice, blocker, allowLeave, loadedVersion } = form;
  usePageTitle(isNew ? p.newPartnerTitle : p.editPartnerTitle(partner?.name ?? ''), viewer.municipality?.name);

  const translate = (error: { code: string; message: string }) =>
    language === 'sv' ? (t.errorCode[error.code as keyof WorkspaceStrings['errorCode']] ?? error.message) : error.message;
  /** The payload's errors, each at the field it names (the rest for the whole form). */
  const errorsOf = (list: readonly { code: string; field?: string | null; message: string }[]): Errors => {
    const next: Errors = {};
    for (const error of list) {
      const key = (PARTNER_FIELDS as readonly string[]).includes(error.field ?? '') ? (error.field as PartnerField) : 'form';
      next[key] ??= (error.code === 'INVALID' && key !== 'form' ? p.invalid[key] : undefined) ?? translate(error);
    }
    return next;
  };

  const orNull = (text: string) => text.trim() || null;
  const input = () => ({
    name: values.name.trim(),
    kind: values.kind,
    organisationNumber: orNull(values.organisationNumber),
    description: orNull(values.description),
    contactName: orNull(values.contactName),
    contactEmail: orNull(values.contactEmail),
    contactPhone: orNull(values.contactPhone),
    website: orNull(values.website),
  });

  const save = (event: FormEvent) =>
    form.submit(event, {
      check: () => (values.name.trim() ? null : { name: p.nameRequired }),
      create: async () => {
        const payload = (await createPartner({ variables: { input: input() } })).data?.createPartner;
        return payload && { errors: payload.errors, object: payload.partner ? getFragmentData(PartnerEditorFields, payload.partner) : null };
      },
      update: async (version) => {
        const payload = (await updatePartner({ variables: { input: { ...input(), id, version } } })).data?.updatePartner;
        return payload && { errors: payload.errors, object: payload.partner ? getFragmentData(PartnerEditorFields, payload.partner) : null };
      },
      path: paths.partnerEditor,
      errorsOf,
      savedNotice: p.partnerSaved,
    });

  /** Archives the partner (after the question), with the version that was read; then back to the list. */
  const archive = async () => {
    setConfirmArchive(false);
    if (!partner || loadedVersion === null) return;
    form.begin();
    try {
      const payload = (await archivePartner({ variables: { input: { id: partner.id, version: loadedVersion } } })).data?.archivePartner;
      if (!payload?.partner) return form.refuse(payload?.errors ?? [], errorsOf);
      allowLeave();
      void navigate(local(paths.workspacePartners()), { state: { archived: partner.name } });
    } catch (failure) {
      form.fail(failure);
    }
  };

  const reloadLatest = () =>
    form.reloadLatest(async () => {
      const node = (await stored.refetch()).data?.node;
      return node && 'id' in node ? getFragmentData(PartnerEditorFields, node) : null;
    });

  if (!isNew && stored.loading && !stored.data) return <LoadingState />;
  if (!isNew && stored.error && !stored.data) return <ErrorState error={stored.error} onRetry={() => stored.refetch()} />;
  const summary: SummaryItem[] = [
    ...(errors.form ? [{ fieldId: fieldId('name'), message: errors.form }] : []),
    ...PARTNER_FIELDS.filter((field) => errors[field]).map((field) => ({ fieldId: fieldId(field), message: `${p.field[field]}: ${errors[field]!}` })),
  ];
  const text = (field: Exclude<PartnerField, 'kind'>, extra: { type?: string; autoComplete?: string } = {}) => (
    <Field
      id={fieldId(field)}
      label={p.field[field]}
      hint={p.hint[field]}
      value={values[field]}
      error={errors[field]}
      onChange={(event) => set(field, event.target.value)}
      {...extra}
    />
  );

  return (
    <div className="ws-wide">
      <p>
        <LocalLink to={paths.workspacePartners()}>{p.backToPartners}</LocalLink>
      </p>
      <h1>{isNew ? p.newPartnerTitle : p.editPartnerTitle(partner?.name ?? '')}</h1>
      <p role="status" className="ws-status">
        {notice}
      </p>
      {conflict && (
        <div className="ws-notice ws-notice--error" role="alert">
          <p>{p.conflictPartner}</p>
          <button type="button" className="button button--secondary" onClick={() => void reloadLatest()}>
            {t.reloadLatest}
          </button>
        </div>
      )}
      <ErrorSummary title={t.errorSummaryTitle} items={summary} focusKey={attempt} />
      <form className="ws-form" noValidate onSubmit={(event) => void save(event)}>
        <fieldset className="ws-fieldset ws-group">
          <legend>{p.aboutPartner}</legend>
          {text('name')}
          <Select id={fieldId('kind')} label={p.field.kind} value={values.kind} error={errors.kind} onChange={(v) => set('kind', v as PartnerKind)}>
            {PARTNER_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {p.kind[kind]}
              </option>
            ))}
          </Select>
          {text('organisationNumber')}
          {text('description')}
          {text('contactName')}
          {text('contactEmail', { type: 'email' })}
          {text('contactPhone', { type: 'tel' })}
          {text('website', { type: 'url' })}
        </fieldset>
        <div className="ws-actions">
          <button type="submit" className="button" disabled={creating || updating}>
            {isNew ? p.createPartner : p.savePartner}
          </button>
          {!isNew && viewer.role === 'ADMIN' && (
            <button type="button" className="button button--secondary" disabled={archiving} onClick={() => setConfirmArchive(true)}>
              {p.archivePartner}
            </button>
          )}
        </div>
      </form>
      {confirmArchive && partner && (
        <div className="ws-dialog-backdrop">
          <div className="ws-dialog" role="alertdialog" aria-modal="true" aria-labelledby="archive-partner-title" aria-describedby="archive-partner-body">
            <h2 id="archive-partner-title">{p.archiveTitle(partner.name)}</h2>
            <p id="archive-partner-body">{p.archiveBody}</p>
            <div className="ws-actions">
              <button type="button" className="button button--secondary" autoFocus onClick={() => setConfirmArchive(false)}>
                {p.cancel}
              </button>
              <button type="button" className="button" onClick={() => void archive()}>
                {p.confirmArchive}
              </button>
            </div>
          </div>
        </div>
      )}
      <LeaveDialog blocker={blocker} />
    </div>
  );
}
