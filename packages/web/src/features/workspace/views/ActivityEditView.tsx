import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useParams } from 'react-router';
import { LeaveDialog } from '../components/LeaveGuard';
import { useLanguage, useStrings } from '../../../app/language';
import { LocalLink } from '../../../app/LocalLink';
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
import { ActivityChoicesQuery, ActivityEditorFields, ActivityEditorQuery, CreateActivityMutation, UpdateActivityMutation } from '../queries';
import { workspaceStrings, type WorkspaceStrings } from '../strings';
import { useVersionedForm } from '../useVersionedForm';
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
  const choices = useQuery(ActivityChoicesQuery, { variables: { municipalityId: viewer.municipality?.id ?? '' }, skip: !viewer.municipality });
  const stored = useQuery(ActivityEditorQuery, { variables: { id }, skip: isNew, fetchPolicy: 'network-only' });
  const activity = stored.data?.node && 'id' in stored.data.node ? getFragmentData(ActivityEditorFields, stored.data.node) : null;
  const [createActivity, { loading: creating }] = useMutation(CreateActivityMutation);
  const [updateActivity, { loading: updating }] = useMutation(UpdateActivityMutation);
  const [noteDirty, setNoteDirty] = useState(false);
  const form = useVersionedForm<Values, ActivityEditorFieldsFragment, Errors>({
    isNew,
    stored: activity,
    valuesOf,
    empty: EMPTY,
    createdNotice: a.activityCreated,
    alsoDirty: noteDirty,
    t,
  });
  const { values, set, errors, conflict, attempt, notice, blocker } = form;
  usePageTitle(isNew ? a.newActivityTitle : a.editActivityTitle(activity?.title ?? ''), viewer.municipality?.name);

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
    status: values.status,
    description: values.description.trim() || null,
    targetGroup: values.targetGroup.trim() || null,
    startDate: values.startDate.trim() || null,
    endDate: values.endDate.trim() || null,
    responsibleUnitId: values.responsibleUnitId || null,
    partnerIds: values.partnerIds,
    goalIds: values.goalIds,
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
        const payload = (await createActivity({ variables: { input: input() } })).data?.createActivity;
        return payload && { errors: payload.errors, object: payload.activity ? getFragmentData(ActivityEditorFields, payload.activity) : null };
      },
      update: async (version) => {
        const payload = (await updateActivity({ variables: { input: { ...input(), id, version } } })).data?.updateActivity;
        return payload && { errors: payload.errors, object: payload.activity ? getFragmentData(ActivityEditorFields, payload.activity) : null };
      },
      path: paths.activityEditor,
      errorsOf,
      savedNotice: a.activitySaved,
    });

  const reloadLatest = () =>
    form.reloadLatest(async () => {
      const node = (await stored.refetch()).data?.node;
      return node && 'id' in node ? getFragmentData(ActivityEditorFields, node) : null;
    });

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
