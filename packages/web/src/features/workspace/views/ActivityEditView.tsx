import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router';
import { LeaveDialog, useLeaveGuard } from '../components/LeaveGuard';
import { useLanguage, useStrings } from '../../../app/language';
import { LocalLink, useLocalPath } from '../../../app/LocalLink';
import { paths } from '../../../app/paths';
import { usePageTitle } from '../../../app/title';
import { ErrorState, LoadingState } from '../../../components/StatusViews';
import { ACTIVITY_FIELDS, ACTIVITY_STATUSES, activityStrings, type ActivityField } from '../activityStrings';
import { ActivityNotes } from '../components/ActivityNotes';
import { Select } from '../components/Choice';
import { ErrorSummary, type SummaryItem } from '../components/ErrorSummary';
import { Field } from '../components/Field';
import { UnitChecks } from '../components/UnitChecks';
import { getFragmentData } from '../gql';
import type { ActivityEditorFieldsFragment, ActivityStatus } from '../gql/graphql';
import { requestFailure } from '../messages';
import { ActivityChoicesQuery, ActivityEditorFields, ActivityEditorQuery, CreateActivityMutation, UpdateActivityMutation } from '../queries';
import { workspaceStrings, type WorkspaceStrings } from '../strings';
import { useViewer } from '../viewer';

interface Values {
  title: string;
  status: ActivityStatus;
  description: string;
  targetGroup: string;
  startDate: string;
  endDate: string;
  responsibleUnitId: string;
  partnerIds: string[];
  goalIds: string[];
}
type Errors = Partial<Record<ActivityField | 'form', string>>;

const EMPTY: Values = { title: '', status: 'PLANNED', description: '', targetGroup: '', startDate: '', endDate: '', responsibleUnitId: '', partnerIds: [], goalIds: [] };
const fieldId = (field: string) => `activity-${field}`;
/** The API names list fields `partnerIds[0]`; the form shows them at the list. */
const fieldOf = (field: string | null | undefined): ActivityField | 'form' => {
  const base = (field ?? '').replace(/\[\d+\]$/, '');
  return (ACTIVITY_FIELDS as readonly string[]).includes(base) ? (base as ActivityField) : 'form';
};

function valuesOf(activity: ActivityEditorFieldsFragment): Values {
  return {
    title: activity.title,
    status: activity.status,
    description: activity.description ?? '',
    targetGroup: activity.targetGroup ?? '',
    startDate: activity.startDate ?? '',
    endDate: activity.endDate ?? '',
    responsibleUnitId: activity.responsibleUnit?.id ?? '',
    partnerIds: activity.partners.map((x) => x.id),
    goalIds: activity.goals.map((x) => x.id),
  };
}

/** `/arbetsyta/aktiviteter/:id` (`ny`: a new one): an activity with status, dates, responsible unit, partners and goals. */
export default function ActivityEditView() {
  const { id = 'ny' } = useParams();
  return <ActivityEditor key={id} id={id} />;
}

function ActivityEditor({ id }: { id: string }) {
  const t = useStrings(workspaceStrings);
  const a = useStrings(activityStrings);
  const { language } = useLanguage();
  const viewer = useViewer();
  const isNew = id === 'ny';
  const navigate = useNavigate();
  const local = useLocalPath();
  const choices = useQuery(ActivityChoicesQuery, { variables: { municipalityId: viewer.municipality?.id ?? '' }, skip: !viewer.municipality });
  const stored = useQuery(ActivityEditorQuery, { variables: { id }, skip: isNew, fetchPolicy: 'network-only' });
  const activity = stored.data?.node && 'id' in stored.data.node ? getFragmentData(ActivityEditorFields, stored.data.node) : null;
  const [createActivity, { loading: creating }] = useMutation(CreateActivityMutation);
  const [updateActivity, { loading: updating }] = useMutation(UpdateActivityMutation);
  const [values, setValues] = useState<Values>(EMPTY);
  const [initial, setInitial] = useState<Values>(EMPTY);
  const [loadedVersion, setLoadedVersion] = useState<number | null>(null);
  const [errors, setErrors] = useState<Errors>({});
  const [conflict, setConflict] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const location = useLocation();
  const [notice, setNotice] = useState(() => ((location.state as { created?: boolean } | null)?.created ? a.activityCreated : ''));
  usePageTitle(isNew ? a.newActivityTitle : a.editActivityTitle(activity?.title ?? ''), viewer.municipality?.name);

  if (activity && loadedVersion === null) {
    const next = valuesOf(activity);
    setValues(next);
    setInitial(next);
    setLoadedVersion(activity.version);
  }

  const [noteDirty, setNoteDirty] = useState(false);
  const dirty = JSON.stringify(values) !== JSON.stringify(initial) || noteDirty;
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
      status: values.status,
      description: values.description.trim() || null,
      targetGroup: values.targetGroup.trim() || null,
      startDate: values.startDate.trim() || null,
      endDate: values.endDate.trim() || null,
      responsibleUnitId: values.responsibleUnitId || null,
      partnerIds: values.partnerIds,
      goalIds: values.goalIds,
    };
    try {
      if (isNew) {
        const result = await createActivity({ variables: { input } });
        const payload = result.data?.createActivity;
        const created = payload?.activity ? getFragmentData(ActivityEditorFields, payload.activity) : null;
        if (!created) return setErrors(errorsOf(payload?.errors ?? []));
        setErrors({});
        allowLeave();
        void navigate(local(paths.activityEditor(created.id)), { replace: true, state: { created: true } });
        return;
      }
      if (!activity || loadedVersion === null) return;
      const result = await updateActivity({ variables: { input: { ...input, id: activity.id, version: loadedVersion } } });
      const payload = result.data?.updateActivity;
      const saved = payload?.activity ? getFragmentData(ActivityEditorFields, payload.activity) : null;
      if (!saved) {
        if (payload?.errors.some((e) => e.code === 'CONFLICT')) setConflict(true);
        return setErrors(errorsOf((payload?.errors ?? []).filter((e) => e.code !== 'CONFLICT')));
      }
      const next = valuesOf(saved);
      setErrors({});
      setValues(next);
      setInitial(next);
      setLoadedVersion(saved.version);
      setNotice(a.activitySaved);
    } catch (failure) {
      setErrors({ form: requestFailure(failure, t) });
    }
  };

  const reloadLatest = async () => {
    const result = await stored.refetch();
    const node = result.data?.node && 'id' in result.data.node ? getFragmentData(ActivityEditorFields, result.data.node) : null;
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
    ...ACTIVITY_FIELDS.filter((field) => errors[field]).map((field) => ({ fieldId: fieldId(field), message: `${a.field[field]}: ${errors[field]!}` })),
  ];
  const partners = choices.data?.partners.nodes ?? [];
  const goals = (choices.data?.goals.nodes ?? []).map((goal) => ({ id: goal.id, name: goal.title }));
  const units = choices.data?.organisationUnits.nodes ?? [];

  return (
    <div className="ws-wide">
      <p>
        <LocalLink to={paths.activities()}>{a.backToActivities}</LocalLink>
      </p>
      <h1>{isNew ? a.newActivityTitle : a.editActivityTitle(activity?.title ?? '')}</h1>
      <p role="status" className="ws-status">
        {notice}
      </p>
      {conflict && (
        <div className="ws-notice ws-notice--error" role="alert">
          <p>{a.conflictActivity}</p>
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
          <Select id={fieldId('status')} label={a.field.status} value={values.status} error={errors.status} onChange={(v) => set('status', v as ActivityStatus)}>
            {ACTIVITY_STATUSES.map((status) => (
              <option key={status} value={status}>
                {a.status[status]}
              </option>
            ))}
          </Select>
          <Field
            id={fieldId('targetGroup')}
            label={a.field.targetGroup}
            value={values.targetGroup}
            error={errors.targetGroup}
            onChange={(e) => set('targetGroup', e.target.value)}
          />
          <Select
            id={fieldId('responsibleUnitId')}
            label={a.field.responsibleUnitId}
            value={values.responsibleUnitId}
            error={errors.responsibleUnitId}
            onChange={(v) => set('responsibleUnitId', v)}
          >
            <option value="">{a.noUnit}</option>
            {units.map((unit) => (
              <option key={unit.id} value={unit.id}>
                {unit.name}
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
        <div className="ws-actions">
          <button type="submit" className="button" disabled={creating || updating}>
            {isNew ? a.createActivity : a.saveActivity}
          </button>
        </div>
      </form>
      {activity && <ActivityNotes activityId={activity.id} mayWrite={viewer.role === 'ADMIN' || viewer.role === 'EDITOR'} onDirty={setNoteDirty} />}
      <LeaveDialog blocker={blocker} />
    </div>
  );
}
