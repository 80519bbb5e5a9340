import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { useParams } from 'react-router';
import { useLanguage, useStrings } from '../../../app/language';
import { LocalLink } from '../../../app/LocalLink';
import { paths } from '../../../app/paths';
import { usePageTitle } from '../../../app/title';
import { ErrorState, LoadingState } from '../../../components/StatusViews';
import { Select } from '../components/Choice';
import { ErrorSummary, type SummaryItem } from '../components/ErrorSummary';
import { Field } from '../components/Field';
import { LeaveDialog, useLeaveGuard } from '../components/LeaveGuard';
import type { GoalLevel, WorkspaceGoalTreeQuery } from '../gql/graphql';
import { childrenOf, loose, reorder, rootsOf } from '../goalTree';
import { requestFailure } from '../messages';
import { ArchiveGoalMutation, CreateGoalMutation, GoalTreeQuery, UnitChoicesQuery, UpdateGoalMutation } from '../steeringQueries';
import { GOAL_FIELDS, steeringStrings, type GoalField } from '../steeringStrings';
import { workspaceStrings, type WorkspaceStrings } from '../strings';
import { useViewer } from '../viewer';

type Doc = Extract<NonNullable<WorkspaceGoalTreeQuery['node']>, { goals: unknown }>;
type Goal = Doc['goals'][number];
type ApiError = { code: string; field?: string | null; message: string };
type Errors = Partial<Record<GoalField | 'form', string>>;

interface Values {
  title: string;
  description: string;
  level: GoalLevel;
  ownerUnitId: string;
  parentId: string;
  startPeriod: string;
  endPeriod: string;
}
/** What the form is for: a new goal in an area or under a goal, or an existing goal. */
type Editing = { mode: 'new'; focusAreaId: string; parentId: string | null } | { mode: 'edit'; goalId: string };

const fieldId = (field: string) => `goal-${field}`;
const rowErrorId = (goalId: string) => `goal-row-${goalId}-error`;
const domId = (goalId: string) => goalId.replace(/[^A-Za-z0-9_-]/g, '_');
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** `/arbetsyta/styrdokument/:id/mal`: the goal tree under a document's focus areas — add, edit, move, archive. */
export default function GoalTreeView() {
  const { id = '' } = useParams();
  const t = useStrings(workspaceStrings);
  const s = useStrings(steeringStrings);
  const { language } = useLanguage();
  const viewer = useViewer();
  const { data, loading, error, refetch } = useQuery(GoalTreeQuery, { variables: { id }, fetchPolicy: 'network-only' });
  const units = useQuery(UnitChoicesQuery, { variables: { municipalityId: viewer.municipality?.id ?? '' }, skip: !viewer.municipality });
  const [createGoal, { loading: creating }] = useMutation(CreateGoalMutation);
  const [updateGoal, { loading: updating }] = useMutation(UpdateGoalMutation);
  const [archiveGoal, { loading: archiving }] = useMutation(ArchiveGoalMutation);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [values, setValues] = useState<Values | null>(null);
  const [initial, setInitial] = useState<Values | null>(null);
  const [errors, setErrors] = useState<Errors>({});
  const [rowError, setRowError] = useState<{ goalId: string; message: string } | null>(null);
  const [confirming, setConfirming] = useState<Goal | null>(null);
  const [notice, setNotice] = useState('');
  const [attempt, setAttempt] = useState(0);
  const [focusNext, setFocusNext] = useState<string | null>(null);
  const document = data?.node && 'goals' in data.node ? data.node : null;
  usePageTitle(s.goalTreeTitle(document?.title ?? ''), viewer.municipality?.name);
  const dirty = values !== null && initial !== null && !same(values, initial);
  const { blocker } = useLeaveGuard(dirty);

  // After a move the tree is drawn again: the keyboard stays on the button that was used (or the goal).
  // A move button that is now disabled (the goal reached the end) hands the focus to its opposite.
  useEffect(() => {
    if (!focusNext) return;
    const usable = (id: string) => {
      const element = window.document.getElementById(id);
      return element && !(element as HTMLButtonElement).disabled ? element : null;
    };
    const opposite = focusNext.replace(/^goal-(up|down)-/, (_, way: string) => `goal-${way === 'up' ? 'down' : 'up'}-`);
    const element = usable(focusNext) ?? usable(opposite);
    if (element) {
      element.focus();
      setFocusNext(null);
    }
    // The element may appear only later: after the tree is read again, a form opens or a dialog closes.
  }, [focusNext, data, editing, confirming, creating, updating, archiving]);

  if (loading && !data) return <LoadingState />;
  if (error && !data) return <ErrorState error={error} onRetry={() => refetch()} />;
  if (!document) return <ErrorState error={new Error('not found')} onRetry={() => refetch()} />;
  const goals = document.goals;
  const unitOptions = units.data?.organisationUnits.nodes ?? [];
  const busy = creating || updating || archiving;
  const aim = goals.find((goal) => goal.level === 'OVERALL_AIM');
  const areaName = (area: { nameSv: string; nameEn: string }) => (language === 'sv' ? area.nameSv : area.nameEn);

  const translate = (error: ApiError) => {
    if (error.code === 'REQUIRED' && error.field === 'ownerUnitId') return s.ownerRequired;
    // archiveGoal's refusal while active goals hang under it.
    if (error.code === 'INVALID' && error.field === 'id') return s.hasActiveChildren;
    return language === 'sv' ? (s.errorCode[error.code] ?? t.errorCode[error.code as keyof WorkspaceStrings['errorCode']] ?? error.message) : error.message;
  };
  const errorsOf = (list: readonly ApiError[]): Errors => {
    const next: Errors = {};
    for (const error of list) {
      const key = (GOAL_FIELDS as readonly string[]).includes(error.field ?? '') && error.field !== 'id' ? (error.field as GoalField) : 'form';
      next[key] ??= translate(error);
    }
    return next;
  };

  const open = (next: Editing, start: Values) => {
    setEditing(next);
    setValues(start);
    setInitial(start);
    setErrors({});
    setRowError(null);
    setNotice('');
    setFocusNext(fieldId('title'));
  };
  const close = () => {
    const back = editing?.mode === 'edit' ? `goal-edit-${domId(editing.goalId)}` : null;
    setEditing(null);
    setValues(null);
    setInitial(null);
    setErrors({});
    if (back) setFocusNext(back);
  };
  const openNew = (focusAreaId: string, parent: Goal | null) =>
    open(
      { mode: 'new', focusAreaId, parentId: parent?.id ?? null },
      {
        title: '',
        description: '',
        level: parent && parent.level !== 'OVERALL_AIM' ? 'SUB_GOAL' : 'COMMITTEE_GOAL',
        ownerUnitId: parent?.ownerUnit?.id ?? '',
        parentId: parent?.id ?? aim?.id ?? '',
        startPeriod: '',
        endPeriod: '',
      },
    );
  const openEdit = (goal: Goal) =>
    open(
      { mode: 'edit', goalId: goal.id },
      {
        title: goal.title,
        description: goal.description ?? '',
        level: goal.level,
        ownerUnitId: goal.ownerUnit?.id ?? '',
        parentId: goal.parent?.id ?? '',
        startPeriod: goal.startPeriod ?? '',
        endPeriod: goal.endPeriod ?? '',
      },
    );

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (!editing || !values) return;
    setAttempt((n) => n + 1);
    setNotice('');
    if (!values.title.trim()) return setErrors({ title: s.goalTitleRequired });
    const common = {
      title: values.title.trim(),
      description: values.description.trim() || null,
      level: values.level,
      ownerUnitId: values.ownerUnitId || null,
      parentId: values.parentId || null,
      startPeriod: values.startPeriod.trim() || null,
      endPeriod: values.endPeriod.trim() || null,
    };
    try {
      if (editing.mode === 'new') {
        const result = await createGoal({ variables: { input: { ...common, steeringDocumentId: document.id, focusAreaId: editing.focusAreaId } } });
        const payload = result.data?.createGoal;
        if (!payload?.goal) return setErrors(errorsOf(payload?.errors ?? []));
        await refetch();
        setNotice(s.goalCreated(common.title));
        setEditing(null);
        setValues(null);
        setInitial(null);
        setErrors({});
        setFocusNext(`goal-edit-${domId(payload.goal.id)}`);
        return;
      }
      const goal = goals.find((g) => g.id === editing.goalId);
      if (!goal) return;
      const result = await updateGoal({ variables: { input: { ...common, id: goal.id, version: goal.version } } });
      const payload = result.data?.updateGoal;
      if (!payload?.goal) {
        if (payload?.errors.some((e) => e.code === 'CONFLICT')) {
          await refetch();
          return setErrors({ form: s.conflictGoal });
        }
        return setErrors(errorsOf(payload?.errors ?? []));
      }
      await refetch();
      setNotice(s.goalSaved(common.title));
      close();
    } catch (failure) {
      setErrors({ form: requestFailure(failure, t) });
    }
  };

  /** A change made from a goal's row (move, archive): its refusal is shown at that goal. */
  const fromRow = async (goal: Goal, change: () => Promise<readonly ApiError[]>, done: string, focusId: string) => {
    setRowError(null);
    setNotice('');
    try {
      const refused = await change();
      if (refused.length > 0) {
        if (refused.some((e) => e.code === 'CONFLICT')) await refetch();
        setRowError({ goalId: goal.id, message: refused.some((e) => e.code === 'CONFLICT') ? s.conflictGoal : refused.map(translate).join(' ') });
        setFocusNext(rowErrorId(domId(goal.id)));
        return;
      }
      await refetch();
      setNotice(done);
      setFocusNext(focusId);
    } catch (failure) {
      setRowError({ goalId: goal.id, message: requestFailure(failure, t) });
    }
  };

  const move = (goal: Goal, siblings: Goal[], step: -1 | 1) =>
    fromRow(
      goal,
      async () => {
        for (const { goal: sibling, sortOrder } of reorder(siblings, goal.id, step)) {
          const result = await updateGoal({ variables: { input: { id: sibling.id, version: sibling.version, sortOrder } } });
          const refused = result.data?.updateGoal.errors ?? [];
          if (refused.length > 0) return refused;
        }
        return [];
      },
      s.goalMoved(goal.title),
      `goal-${step < 0 ? 'up' : 'down'}-${domId(goal.id)}`,
    );

  const reparent = (goal: Goal, parent: Goal | null) =>
    fromRow(
      goal,
      async () => {
        const level: GoalLevel = parent && parent.level !== 'OVERALL_AIM' ? 'SUB_GOAL' : 'COMMITTEE_GOAL';
        const result = await updateGoal({ variables: { input: { id: goal.id, version: goal.version, parentId: parent?.id ?? null, level } } });
        return result.data?.updateGoal.errors ?? [];
      },
      s.goalMoved(goal.title),
      `goal-edit-${domId(goal.id)}`,
    );

  const archive = (goal: Goal) =>
    fromRow(
      goal,
      async () => {
        const result = await archiveGoal({ variables: { input: { id: goal.id, version: goal.version } } });
        return result.data?.archiveGoal.errors ?? [];
      },
      s.goalArchived(goal.title),
      'goal-tree-status',
    );

  const summary: SummaryItem[] = [
    ...(errors.form ? [{ fieldId: fieldId('title'), message: errors.form }] : []),
    ...GOAL_FIELDS.filter((field) => field !== 'id' && errors[field]).map((field) => ({ fieldId: fieldId(field), message: `${s.goalField[field]}: ${errors[field]!}` })),
  ];

  const form = () => {
    if (!editing || !values) return null;
    const self = editing.mode === 'edit' ? editing.goalId : null;
    // Every goal of the document may be chosen as the parent; the API refuses a cycle at the field.
    const parentChoices = goals.filter((goal) => goal.id !== self);
    const set = <K extends keyof Values>(key: K, value: Values[K]) => setValues((current) => (current ? { ...current, [key]: value } : current));
    const editingGoal = self ? goals.find((goal) => goal.id === self) : null;
    return (
      <form className="ws-form ws-goal" noValidate onSubmit={(event) => void save(event)} aria-labelledby="goal-form-title">
        <h3 id="goal-form-title">{editingGoal ? s.editGoal(editingGoal.title) : s.addGoalTitle}</h3>
        <ErrorSummary title={t.errorSummaryTitle} items={summary} focusKey={attempt} />
        <Field id={fieldId('title')} label={s.goalField.title} value={values.title} error={errors.title} onChange={(e) => set('title', e.target.value)} />
        <Select id={fieldId('level')} label={s.goalField.level} value={values.level} error={errors.level} onChange={(v) => set('level', v as GoalLevel)}>
          {(['COMMITTEE_GOAL', 'SUB_GOAL', 'OVERALL_AIM'] as const).map((level) => (
            <option key={level} value={level}>
              {s.level[level]}
            </option>
          ))}
        </Select>
        <Select id={fieldId('ownerUnitId')} label={s.goalField.ownerUnitId} value={values.ownerUnitId} error={errors.ownerUnitId} onChange={(v) => set('ownerUnitId', v)}>
          <option value="">{s.noUnit}</option>
          {unitOptions.map((unit) => (
            <option key={unit.id} value={unit.id}>
              {unit.name}
            </option>
          ))}
        </Select>
        <Select id={fieldId('parentId')} label={s.goalField.parentId} value={values.parentId} error={errors.parentId} onChange={(v) => set('parentId', v)}>
          <option value="">{s.noParent}</option>
          {parentChoices.map((goal) => (
            <option key={goal.id} value={goal.id}>
              {`${goal.title} (${s.level[goal.level].toLowerCase()})`}
            </option>
          ))}
        </Select>
        <Field
          id={fieldId('description')}
          label={s.goalField.description}
          value={values.description}
          error={errors.description}
          onChange={(e) => set('description', e.target.value)}
        />
        <Field
          id={fieldId('startPeriod')}
          label={s.goalField.startPeriod}
          hint={s.goalHint.startPeriod}
          value={values.startPeriod}
          error={errors.startPeriod}
          onChange={(e) => set('startPeriod', e.target.value)}
        />
        <Field
          id={fieldId('endPeriod')}
          label={s.goalField.endPeriod}
          hint={s.goalHint.endPeriod}
          value={values.endPeriod}
          error={errors.endPeriod}
          onChange={(e) => set('endPeriod', e.target.value)}
        />
        <div className="ws-actions">
          <button type="submit" className="button" disabled={busy}>
            {editing.mode === 'new' ? s.createGoal : s.saveGoal}
          </button>
          <button type="button" className="button button--secondary" onClick={close}>
            {s.cancel}
          </button>
        </div>
      </form>
    );
  };

  const branch = (siblings: Goal[], focusAreaId: string): ReactNode =>
    siblings.map((goal, index) => {
      const key = domId(goal.id);
      const previous = index > 0 ? siblings[index - 1]! : null;
      const parent = goal.parent ? goals.find((g) => g.id === goal.parent!.id) : undefined;
      const grandParent = parent?.parent ? (goals.find((g) => g.id === parent.parent!.id) ?? null) : null;
      const mayMoveOut = parent !== undefined && parent.level !== 'OVERALL_AIM';
      const children = childrenOf(goals, goal.id);
      const error = rowError?.goalId === goal.id ? rowError.message : null;
      return (
        <li key={goal.id}>
          <div className={`ws-goal${error ? ' ws-field--error' : ''}`} aria-labelledby={`goal-title-${key}`} role="group">
            <p className="ws-goal__title" id={`goal-title-${key}`}>
              {goal.title}
            </p>
            <p className="ws-hint">
              {s.level[goal.level]}
              {goal.ownerUnit ? ` – ${s.ownedBy(goal.ownerUnit.name)}` : ''}
              {goal.startPeriod || goal.endPeriod ? ` – ${goal.startPeriod ?? ''}–${goal.endPeriod ?? ''}` : ''}
            </p>
            {error && (
              <p className="ws-error-message" id={rowErrorId(key)} tabIndex={-1} role="alert">
                {error}
              </p>
            )}
            <div className="ws-goal__tools" role="toolbar" aria-label={s.goalActions(goal.title)}>
              <button type="button" id={`goal-edit-${key}`} className="button button--secondary" onClick={() => openEdit(goal)} aria-label={s.editGoal(goal.title)}>
                {s.edit}
              </button>
              <button
                type="button"
                id={`goal-up-${key}`}
                className="button button--secondary"
                disabled={busy || index === 0}
                onClick={() => void move(goal, siblings, -1)}
                aria-label={s.moveUp(goal.title)}
                aria-describedby={error ? rowErrorId(key) : undefined}
              >
                ↑
              </button>
              <button
                type="button"
                id={`goal-down-${key}`}
                className="button button--secondary"
                disabled={busy || index === siblings.length - 1}
                onClick={() => void move(goal, siblings, 1)}
                aria-label={s.moveDown(goal.title)}
                aria-describedby={error ? rowErrorId(key) : undefined}
              >
                ↓
              </button>
              {previous && (
                <button
                  type="button"
                  className="button button--secondary"
                  disabled={busy}
                  onClick={() => void reparent(goal, previous)}
                  aria-label={s.moveInto(goal.title, previous.title)}
                  aria-describedby={error ? rowErrorId(key) : undefined}
                >
                  →
                </button>
              )}
              {mayMoveOut && (
                <button
                  type="button"
                  className="button button--secondary"
                  disabled={busy}
                  onClick={() => void reparent(goal, grandParent)}
                  aria-label={s.moveOut(goal.title)}
                  aria-describedby={error ? rowErrorId(key) : undefined}
                >
                  ←
                </button>
              )}
              <button type="button" className="button button--secondary" onClick={() => openNew(focusAreaId, goal)} aria-label={s.addSubGoal(goal.title)}>
                +
              </button>
              <button
                type="button"
                className="button button--secondary"
                disabled={busy}
                onClick={() => setConfirming(goal)}
                aria-label={s.archiveGoal(goal.title)}
                aria-describedby={error ? rowErrorId(key) : undefined}
              >
                {s.archive}
              </button>
            </div>
          </div>
          {editing?.mode === 'edit' && editing.goalId === goal.id && form()}
          {editing?.mode === 'new' && editing.parentId === goal.id && form()}
          {children.length > 0 && <ul>{branch(children, focusAreaId)}</ul>}
        </li>
      );
    });

  const stray = loose(goals);
  return (
    <div className="ws-wide">
      <p>
        <LocalLink to={paths.steeringDocumentEditor(document.id)}>{s.backToDocument}</LocalLink>
      </p>
      <h1>{s.goalTreeTitle(document.title)}</h1>
      <p className="ws-lead">{s.goalTreeIntro}</p>
      <p role="status" className="ws-status" id="goal-tree-status" tabIndex={-1}>
        {notice}
      </p>
      {aim && (
        <p>
          {s.level.OVERALL_AIM}: <strong>{aim.title}</strong>
        </p>
      )}
      {document.focusAreas.length === 0 && <p>{s.noFocusAreas}</p>}
      {document.focusAreas.map((area) => {
        const roots = rootsOf(goals, area.id);
        const areaKey = domId(area.id);
        return (
          <section key={area.id} className="ws-section" aria-labelledby={`area-${areaKey}`}>
            <h2 id={`area-${areaKey}`}>{areaName(area)}</h2>
            {roots.length === 0 ? <p>{s.noGoalsInArea}</p> : <ul className="ws-tree">{branch(roots, area.id)}</ul>}
            {editing?.mode === 'new' && editing.parentId === null && editing.focusAreaId === area.id && form()}
            <p>
              <button type="button" className="button button--secondary" onClick={() => openNew(area.id, null)}>
                {s.addCommitteeGoal(areaName(area))}
              </button>
            </p>
          </section>
        );
      })}
      {stray.length > 0 && (
        <section className="ws-section" aria-labelledby="area-none">
          <h2 id="area-none">{s.goalField.focusAreaId}: –</h2>
          <ul className="ws-tree">{branch(stray, '')}</ul>
        </section>
      )}
      {confirming && (
        <div className="ws-dialog-backdrop">
          <div className="ws-dialog" role="alertdialog" aria-modal="true" aria-labelledby="archive-goal-title">
            <h2 id="archive-goal-title">{s.confirmArchiveGoal(confirming.title)}</h2>
            <div className="ws-actions">
              <button
                type="button"
                className="button"
                autoFocus
                onClick={() => {
                  const goal = confirming;
                  setConfirming(null);
                  void archive(goal);
                }}
              >
                {s.archiveGoal(confirming.title)}
              </button>
              <button
                type="button"
                className="button button--secondary"
                onClick={() => {
                  setFocusNext(`goal-edit-${domId(confirming.id)}`);
                  setConfirming(null);
                }}
              >
                {s.cancel}
              </button>
            </div>
          </div>
        </div>
      )}
      <LeaveDialog blocker={blocker} />
    </div>
  );
}
