import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router';
import { LeaveDialog, useLeaveGuard } from '../components/LeaveGuard';
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
import { requestFailure } from '../messages';
import { PARTNER_FIELDS, partnerStrings, type PartnerField } from '../partnerStrings';
import { CreatePartnerMutation, PartnerEditorFields, PartnerEditorQuery, UpdatePartnerMutation } from '../queries';
import { ArchivePartnerMutation } from '../steeringQueries';
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
  const [values, setValues] = useState<Values>(EMPTY);
  const [initial, setInitial] = useState<Values>(EMPTY);
  const [loadedVersion, setLoadedVersion] = useState<number | null>(null);
  const [errors, setErrors] = useState<Errors>({});
  const [conflict, setConflict] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const location = useLocation();
  const [notice, setNotice] = useState(() => ((location.state as { created?: boolean } | null)?.created ? p.partnerCreated : ''));
  usePageTitle(isNew ? p.newPartnerTitle : p.editPartnerTitle(partner?.name ?? ''), viewer.municipality?.name);

  if (partner && loadedVersion === null) {
    const next = valuesOf(partner);
    setValues(next);
    setInitial(next);
    setLoadedVersion(partner.version);
  }

  const dirty = JSON.stringify(values) !== JSON.stringify(initial);
  const { blocker, allowLeave } = useLeaveGuard(dirty);

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

  const set = <K extends keyof Values>(key: K, value: Values[K]) => setValues((current) => ({ ...current, [key]: value }));
  const orNull = (text: string) => text.trim() || null;

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setAttempt((n) => n + 1);
    setNotice('');
    setConflict(false);
    if (!values.name.trim()) return setErrors({ name: p.nameRequired });
    const input = {
      name: values.name.trim(),
      kind: values.kind,
      organisationNumber: orNull(values.organisationNumber),
      description: orNull(values.description),
      contactName: orNull(values.contactName),
      contactEmail: orNull(values.contactEmail),
      contactPhone: orNull(values.contactPhone),
      website: orNull(values.website),
    };
    try {
      if (isNew) {
        const result = await createPartner({ variables: { input } });
        const payload = result.data?.createPartner;
        const created = payload?.partner ? getFragmentData(PartnerEditorFields, payload.partner) : null;
        if (!created) return setErrors(errorsOf(payload?.errors ?? []));
        setErrors({});
        allowLeave();
        void navigate(local(paths.partnerEditor(created.id)), { replace: true, state: { created: true } });
        return;
      }
      if (!partner || loadedVersion === null) return;
      const result = await updatePartner({ variables: { input: { ...input, id: partner.id, version: loadedVersion } } });
      const payload = result.data?.updatePartner;
      const saved = payload?.partner ? getFragmentData(PartnerEditorFields, payload.partner) : null;
      if (!saved) {
        if (payload?.errors.some((e) => e.code === 'CONFLICT')) setConflict(true);
        return setErrors(errorsOf((payload?.errors ?? []).filter((e) => e.code !== 'CONFLICT')));
      }
      const next = valuesOf(saved);
      setErrors({});
      setValues(next);
      setInitial(next);
      setLoadedVersion(saved.version);
      setNotice(p.partnerSaved);
    } catch (failure) {
      setErrors({ form: requestFailure(failure, t) });
    }
  };

  /** Archives the partner (after the question), with the version that was read; then back to the list. */
  const archive = async () => {
    setConfirmArchive(false);
    if (!partner || loadedVersion === null) return;
    setAttempt((n) => n + 1);
    setNotice('');
    setConflict(false);
    try {
      const result = await archivePartner({ variables: { input: { id: partner.id, version: loadedVersion } } });
      const payload = result.data?.archivePartner;
      if (!payload?.partner) {
        if (payload?.errors.some((e) => e.code === 'CONFLICT')) setConflict(true);
        return setErrors(errorsOf((payload?.errors ?? []).filter((e) => e.code !== 'CONFLICT')));
      }
      allowLeave();
      void navigate(local(paths.workspacePartners()), { state: { archived: partner.name } });
    } catch (failure) {
      setErrors({ form: requestFailure(failure, t) });
    }
  };

  const reloadLatest = async () => {
    const result = await stored.refetch();
    const node = result.data?.node && 'id' in result.data.node ? getFragmentData(PartnerEditorFields, result.data.node) : null;
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
