import { skipToken, useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useState, type FormEvent } from 'react';
import { useParams } from 'react-router';
import { useLanguage, useStrings } from '../../../app/language';
import { LocalLink } from '../../../app/LocalLink';
import { paths } from '../../../app/paths';
import { usePageTitle } from '../../../app/title';
import { ErrorState, LoadingState } from '../../../components/StatusViews';
import { ErrorSummary, type SummaryItem } from '../components/ErrorSummary';
import { Badge } from '../components/FollowUpBadges';
import { RoundFigures as IndicatorFigures } from '../../public/components/RoundFigures';
import { LeaveDialog, useLeaveGuard } from '../components/LeaveGuard';
import { TextArea } from '../components/Field';
import { isYearEnd, mergeTyped, readReportDraft, reportDraftKey, roundPeriodLabel, writeReportDraft } from '../followUp';
import {
  ApproveUnitReportMutation,
  AssessGoalMutation,
  ExplainMissingValueMutation,
  ReturnUnitReportMutation,
  SubmitUnitReportMutation,
  UnitReportFields,
  UnitReportGoalsQuery,
  UnitReportQuery,
  UpdateUnitReportMutation,
} from '../followUpQueries';
import { ASSESSMENT_VALUES, followUpStrings, REPORT_TEXTS, type ReportText } from '../followUpStrings';
import { getFragmentData } from '../gql';
import type { FollowUpUnitReportFieldsFragment, GoalAssessmentValue } from '../gql/graphql';
import { requestFailure } from '../messages';
import { workspaceStrings } from '../strings';
import { useViewer } from '../viewer';

interface GoalValues {
  assessment: GoalAssessmentValue | '';
  comment: string;
}
interface Values {
  texts: Record<ReportText, string>;
  goals: Record<string, GoalValues>;
  /** Explanations of missing values, by indicator id. */
  gaps: Record<string, string>;
}
type Errors = Record<string, string>;

const assessmentId = (goalId: string) => `goal-${goalId}-assessment`;
const commentId = (goalId: string) => `goal-${goalId}-comment`;
const textId = (key: ReportText) => `report-${key}`;
const gapId = (indicatorId: string) => `gap-${indicatorId}`;

function valuesOf(report: FollowUpUnitReportFieldsFragment): Values {
  const goals: Record<string, GoalValues> = {};
  for (const a of report.assessments) if (a.goal) goals[a.goal.id] = { assessment: a.assessment, comment: a.comment };
  const gaps: Record<string, string> = {};
  for (const gap of report.missingValues) if (gap.indicator) gaps[gap.indicator.id] = gap.explanation ?? '';
  return { texts: { analysis: report.analysis ?? '', genderAnalysis: report.genderAnalysis ?? '', activitiesWithPartners: report.activitiesWithPartners ?? '' }, goals, gaps };
}

const same = (a: GoalValues | undefined, b: GoalValues | undefined) => (a?.assessment ?? '') === (b?.assessment ?? '') && (a?.comment ?? '').trim() === (b?.comment ?? '').trim();

/** `/arbetsyta/uppfoljning/rapport/:id`: a unit's report in a round; the unit assesses its goals, writes its analyses and submits; an admin returns or approves it. */
export default function UnitReportView() {
  const { id = '' } = useParams();
  return <UnitReportEditor key={id} id={id} />;
}

function UnitReportEditor({ id }: { id: string }) {
  const f = useStrings(followUpStrings);
  const t = useStrings(workspaceStrings);
  const { language } = useLanguage();
  const viewer = useViewer();
  const stored = useQuery(UnitReportQuery, { variables: { id }, fetchPolicy: 'network-only' });
  const node = stored.data?.node?.__typename === 'UnitReport' ? stored.data.node : null;
  const report = node ? getFragmentData(UnitReportFields, node) : null;
  const round = node?.round ?? null;
  const goalsQuery = useQuery(UnitReportGoalsQuery, round ? { variables: { id: round.steeringDocument.id, period: round.period }, fetchPolicy: 'network-only' } : skipToken);
  const [updateReport] = useMutation(UpdateUnitReportMutation);
  const [assessGoal] = useMutation(AssessGoalMutation);
  const [explainMissingValue] = useMutation(ExplainMissingValueMutation);
  const [submitReport] = useMutation(SubmitUnitReportMutation);
  const [returnReport] = useMutation(ReturnUnitReportMutation);
  const [approveReport] = useMutation(ApproveUnitReportMutation);
  const [values, setValues] = useState<Values | null>(null);
  const [initial, setInitial] = useState<Values | null>(null);
  const [version, setVersion] = useState<number | null>(null);
  const [errors, setErrors] = useState<Errors>({});
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState('');
  const [conflict, setConflict] = useState(false);
  const [returnComment, setReturnComment] = useState('');
  const unitName = report?.organisationUnit.name ?? '';
  usePageTitle(f.reportTitle(unitName), viewer.municipality?.name);

  const draftKey = reportDraftKey(viewer.id, id);
  if (report && version === null) {
    const next = valuesOf(report);
    // What was typed and not saved in this tab (a session that ended, a reload) comes back, over what is stored.
    const draft = report.status === 'DRAFT' || report.status === 'RETURNED' ? readReportDraft<Values>(draftKey) : null;
    setValues(draft ? { texts: { ...next.texts, ...draft.texts }, goals: { ...next.goals, ...draft.goals }, gaps: { ...next.gaps, ...draft.gaps } } : next);
    setInitial(next);
    setVersion(report.version);
    if (draft) setNotice(f.draftRestored);
  }
  const dirty =
    !!values &&
    !!initial &&
    (REPORT_TEXTS.some((key) => values.texts[key] !== initial.texts[key]) ||
      Object.keys(values.goals).some((g) => !same(values.goals[g], initial.goals[g])) ||
      returnComment.trim() !== '');
  const { blocker } = useLeaveGuard(dirty);
  useEffect(() => {
    if (values === null) return;
    writeReportDraft(draftKey, dirty ? { texts: values.texts, goals: values.goals, gaps: values.gaps } : null);
  }, [draftKey, dirty, values]);

  if (stored.loading && !stored.data) return <LoadingState />;
  if (stored.error && !stored.data) return <ErrorState error={stored.error} onRetry={() => stored.refetch()} />;
  if (!report || !round || !values || !initial || version === null)
    return (
      <div className="ws-wide">
        <h1>{f.roundsTitle}</h1>
        <p>{f.notAvailable}</p>
      </div>
    );

  const doc = goalsQuery.data?.node?.__typename === 'SteeringDocument' ? goalsQuery.data.node : null;
  const goals = (doc?.goals ?? []).filter((g) => g.ownerUnit?.id === report.organisationUnit.id);
  const yearEnd = isYearEnd(round.periodType);
  const choices = ASSESSMENT_VALUES.filter((v) => !(yearEnd && v === 'PARTLY'));
  const ownUnit = viewer.role === 'ADMIN' || (viewer.role === 'EDITOR' && viewer.units.some((u) => u.id === report.organisationUnit.id));
  const roundLocked = round.status === 'APPROVED';
  const editable = !roundLocked && ownUnit && (report.status === 'DRAFT' || report.status === 'RETURNED');
  const reviewable = !roundLocked && viewer.role === 'ADMIN' && report.status === 'SUBMITTED';
  const period = roundPeriodLabel(round.period, language);
  const translate = (error: { code: string; message: string }) => (language === 'sv' ? (f.errorCode[error.code] ?? error.message) : error.message);

  const gaps = report.missingValues.filter((gap) => gap.indicator);
  const setGap = (indicatorId: string, text: string) => setValues((current) => current && { ...current, gaps: { ...current.gaps, [indicatorId]: text } });
  const sexesOf = (sexes: readonly string[]) => sexes.map((sex) => f.sexWord[sex as keyof typeof f.sexWord] ?? sex).join(', ');
  const setText = (key: ReportText, text: string) => setValues((current) => current && { ...current, texts: { ...current.texts, [key]: text } });
  const setGoal = (goalId: string, patch: Partial<GoalValues>) =>
    setValues((current) => current && { ...current, goals: { ...current.goals, [goalId]: { ...{ assessment: '', comment: '' }, ...current.goals[goalId], ...patch } } });

  /** Adopts a report the API returned: its version and what is now stored as the baseline; `keepTyped` keeps the person's changes on top. */
  const adopt = (saved: FollowUpUnitReportFieldsFragment, keepTyped: boolean) => {
    const next = valuesOf(saved);
    const read = initial;
    setInitial(next);
    // Keeping what was typed: the fields the person changed stay theirs, the others take the latest.
    setValues((current) => (keepTyped && current ? mergeTyped(current, read, next) : next));
    setVersion(saved.version);
  };

  /** Saves what changed; on submit also submits. Every error goes to its field; the form is never reset on failure. */
  const save = async (submit: boolean) => {
    setAttempt((n) => n + 1);
    setNotice('');
    setConflict(false);
    const next: Errors = {};
    for (const goal of goals) {
      const v = values.goals[goal.id];
      const touched = !!v && (v.assessment !== '' || v.comment.trim() !== '');
      if (!touched && !submit) continue;
      if (!v?.assessment) next[assessmentId(goal.id)] = f.assessmentRequired;
      if (!v?.comment.trim()) next[commentId(goal.id)] = f.commentRequired;
    }
    if (submit) for (const gap of gaps) if (!values.gaps[gap.indicator!.id]?.trim()) next[gapId(gap.indicator!.id)] = f.gapRequired;
    if (Object.keys(next).length) return setErrors(next);
    setBusy(true);
    try {
      let currentVersion = version;
      const textsChanged = REPORT_TEXTS.some((key) => values.texts[key] !== initial.texts[key]);
      if (textsChanged) {
        const input = { id: report.id, version: currentVersion, ...Object.fromEntries(REPORT_TEXTS.map((key) => [key, values.texts[key].trim() || null])) };
        const payload = (await updateReport({ variables: { input } })).data?.updateUnitReport;
        const saved = payload?.unitReport ? getFragmentData(UnitReportFields, payload.unitReport) : null;
        if (!saved) {
          if (payload?.errors.some((e) => e.code === 'CONFLICT')) setConflict(true);
          for (const error of payload?.errors ?? [])
            if (error.code !== 'CONFLICT') next[REPORT_TEXTS.includes(error.field as ReportText) ? textId(error.field as ReportText) : 'form'] ??= translate(error);
          return setErrors(next);
        }
        currentVersion = saved.version;
        setVersion(saved.version);
        setInitial((current) => current && { ...current, texts: valuesOf(saved).texts });
      }
      for (const goal of goals) {
        const v = values.goals[goal.id];
        if (!v?.assessment || same(v, initial.goals[goal.id])) continue;
        const payload = (await assessGoal({ variables: { input: { unitReportId: report.id, goalId: goal.id, assessment: v.assessment, comment: v.comment.trim() } } })).data
          ?.assessGoal;
        if (payload?.goalAssessment) {
          const stored = { assessment: payload.goalAssessment.assessment, comment: payload.goalAssessment.comment };
          setInitial((current) => current && { ...current, goals: { ...current.goals, [goal.id]: stored } });
        } else for (const error of payload?.errors ?? []) next[error.field === 'comment' ? commentId(goal.id) : assessmentId(goal.id)] ??= translate(error);
      }
      for (const gap of gaps) {
        const indicatorId = gap.indicator!.id;
        const text = values.gaps[indicatorId]?.trim() ?? '';
        if (!text || text === (initial.gaps[indicatorId] ?? '').trim()) continue;
        const payload = (await explainMissingValue({ variables: { input: { unitReportId: report.id, indicatorId, explanation: text } } })).data?.explainMissingValue;
        if (payload?.unitReport) setInitial((current) => current && { ...current, gaps: { ...current.gaps, [indicatorId]: text } });
        else for (const error of payload?.errors ?? []) next[gapId(indicatorId)] ??= translate(error);
      }
      if (Object.keys(next).length) return setErrors(next);
      if (submit) {
        const payload = (await submitReport({ variables: { input: { id: report.id, version: currentVersion } } })).data?.submitUnitReport;
        const saved = payload?.unitReport ? getFragmentData(UnitReportFields, payload.unitReport) : null;
        if (!saved) {
          if (payload?.errors.some((e) => e.code === 'CONFLICT')) setConflict(true);
          for (const error of payload?.errors ?? [])
            if (error.code === 'MISSING_VALUES') next[gaps[0] ? gapId(gaps[0].indicator!.id) : 'form'] ??= f.gapsUnexplained;
            else if (error.code !== 'CONFLICT') next.form ??= translate(error);
          void stored.refetch();
          return setErrors(next);
        }
        adopt(saved, false);
        setErrors({});
        setNotice(f.submitted);
        void stored.refetch();
        return;
      }
      setErrors({});
      setNotice(f.saved);
    } catch (failure) {
      setErrors({ form: requestFailure(failure, t) });
    } finally {
      setBusy(false);
    }
  };

  const review = async (action: 'return' | 'approve') => {
    setAttempt((n) => n + 1);
    setNotice('');
    setConflict(false);
    if (action === 'return' && !returnComment.trim()) return setErrors({ 'return-comment': f.returnCommentRequired });
    setBusy(true);
    try {
      const payload =
        action === 'return'
          ? (await returnReport({ variables: { input: { id: report.id, version, comment: returnComment.trim() } } })).data?.returnUnitReport
          : (await approveReport({ variables: { input: { id: report.id, version } } })).data?.approveUnitReport;
      const saved = payload?.unitReport ? getFragmentData(UnitReportFields, payload.unitReport) : null;
      if (!saved) {
        if (payload?.errors.some((e) => e.code === 'CONFLICT')) setConflict(true);
        const next: Errors = {};
        for (const error of payload?.errors ?? []) if (error.code !== 'CONFLICT') next[error.field === 'comment' ? 'return-comment' : 'form'] ??= translate(error);
        return setErrors(next);
      }
      adopt(saved, false);
      setReturnComment('');
      setErrors({});
      setNotice(action === 'return' ? f.returned : f.approved);
      void stored.refetch();
    } catch (failure) {
      setErrors({ form: requestFailure(failure, t) });
    } finally {
      setBusy(false);
    }
  };

  const reloadLatest = async () => {
    const result = await stored.refetch();
    const latest = result.data?.node?.__typename === 'UnitReport' ? getFragmentData(UnitReportFields, result.data.node) : null;
    if (latest) adopt(latest, true);
    setConflict(false);
  };

  const goalTitle = (goalId: string) => goals.find((g) => g.id === goalId)?.title ?? '';
  const summary: SummaryItem[] = Object.entries(errors).map(([fieldId, message]) => {
    if (fieldId === 'form') return { fieldId: editable ? textId('analysis') : 'report-title', message };
    const goal = /^goal-(.+)-(assessment|comment)$/.exec(fieldId);
    if (goal) return { fieldId, message: `${goalTitle(goal[1]!)}: ${message}` };
    const text = REPORT_TEXTS.find((key) => textId(key) === fieldId);
    if (text) return { fieldId, message: `${f.text[text]}: ${message}` };
    const gap = gaps.find((g) => gapId(g.indicator!.id) === fieldId);
    if (gap) return { fieldId, message: `${language === 'en' && gap.indicator!.nameEn ? gap.indicator!.nameEn : gap.indicator!.nameSv}: ${message}` };
    return { fieldId, message: `${f.returnComment}: ${message}` };
  });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void save(true);
  };

  return (
    <div className="ws-wide">
      <p>
        <LocalLink to={paths.round(round.id)}>{f.backToRound}</LocalLink>
      </p>
      <h1 id="report-title" tabIndex={-1}>
        {f.reportTitle(unitName)}
      </h1>
      <p className="ws-lead">{f.roundLine(round.steeringDocument.title, period, round.deadline)}</p>
      <p>
        <Badge label={f.reportStatus[report.status]} kind={report.status} /> {report.late && <Badge label={f.late} kind="late" />}
      </p>
      <p role="status" className="ws-status">
        {notice}
      </p>
      {report.status === 'RETURNED' && (
        <div className="ws-notice ws-notice--error">
          <p className="ws-notice__title">{f.returnedNotice}</p>
          {report.returnComment && (
            <p>
              {f.returnedBy} <q>{report.returnComment}</q>
            </p>
          )}
        </div>
      )}
      {roundLocked || report.status === 'APPROVED' ? (
        <div className="ws-notice ws-notice--ok">
          <p>{roundLocked ? f.lockedNotice : f.readOnlyApproved}</p>
        </div>
      ) : report.status === 'SUBMITTED' ? (
        <div className="ws-notice">
          <p>{f.readOnlySubmitted}</p>
        </div>
      ) : !ownUnit ? (
        <div className="ws-notice">
          <p>{f.readOnlyNotYours}</p>
        </div>
      ) : null}
      {conflict && (
        <div className="ws-notice ws-notice--error" role="alert">
          <p>{f.conflict}</p>
          <button type="button" className="button button--secondary" onClick={() => void reloadLatest()}>
            {f.reload}
          </button>
        </div>
      )}
      <ErrorSummary title={t.errorSummaryTitle} items={summary} focusKey={attempt} />
      <form className="ws-form fu-report" noValidate onSubmit={onSubmit}>
        <h2>{f.goalsHeading}</h2>
        {yearEnd && editable && <p className="field__hint">{f.partlyNotAtYearEnd}</p>}
        {goalsQuery.loading && !goalsQuery.data ? (
          <LoadingState />
        ) : goalsQuery.error && !goalsQuery.data ? (
          <ErrorState error={goalsQuery.error} onRetry={() => goalsQuery.refetch()} />
        ) : goals.length === 0 ? (
          <p>{f.noGoals}</p>
        ) : (
          goals.map((goal) => {
            const v = values.goals[goal.id] ?? { assessment: '', comment: '' };
            const aError = errors[assessmentId(goal.id)];
            return (
              <section key={goal.id} className="fu-goal" aria-labelledby={`goal-${goal.id}-title`}>
                <h3 id={`goal-${goal.id}-title`}>{goal.title}</h3>
                {goal.indicators.length === 0 ? (
                  <p>{f.noIndicators}</p>
                ) : (
                  <IndicatorFigures caption={f.indicatorsOf(goal.title)} captionId={`goal-${goal.id}-figures`} indicators={goal.indicators} language={language} />
                )}
                {editable ? (
                  <>
                    <fieldset
                      className={`ws-fieldset${aError ? ' ws-field--error' : ''}`}
                      id={assessmentId(goal.id)}
                      tabIndex={-1}
                      aria-describedby={aError ? `${assessmentId(goal.id)}-error` : undefined}
                    >
                      <legend className="field__label">{`${f.assessment}: ${goal.title}`}</legend>
                      {aError && (
                        <span className="ws-error-message" id={`${assessmentId(goal.id)}-error`}>
                          {aError}
                        </span>
                      )}
                      <div className="fu-choices">
                        {choices.map((choice) => (
                          <div className="ws-check" key={choice}>
                            <input
                              type="radio"
                              name={assessmentId(goal.id)}
                              id={`${assessmentId(goal.id)}-${choice}`}
                              value={choice}
                              checked={v.assessment === choice}
                              onChange={() => setGoal(goal.id, { assessment: choice })}
                            />
                            <label htmlFor={`${assessmentId(goal.id)}-${choice}`}>{f.assessmentValue[choice]}</label>
                          </div>
                        ))}
                      </div>
                    </fieldset>
                    <TextArea
                      id={commentId(goal.id)}
                      label={`${f.comment}: ${goal.title}`}
                      hint={f.commentHint}
                      rows={3}
                      value={v.comment}
                      error={errors[commentId(goal.id)]}
                      onChange={(event) => setGoal(goal.id, { comment: event.target.value })}
                    />
                  </>
                ) : (
                  <dl className="ws-facts">
                    <div>
                      <dt>{f.assessment}</dt>
                      <dd>{v.assessment ? f.assessmentValue[v.assessment] : '–'}</dd>
                    </div>
                    <div>
                      <dt>{f.comment}</dt>
                      <dd>{v.comment || '–'}</dd>
                    </div>
                  </dl>
                )}
              </section>
            );
          })
        )}
        <h2>{f.gapsHeading}</h2>
        {gaps.length === 0 ? (
          <p>{f.noGaps}</p>
        ) : (
          <>
            <p>{f.gapsIntro}</p>
            {editable && (
              <p>
                <LocalLink to={paths.reporting(round.period.slice(0, 4))}>{f.gapsReport}</LocalLink>
              </p>
            )}
            {gaps.map((gap) => {
              const indicator = gap.indicator!;
              const name = language === 'en' && indicator.nameEn ? indicator.nameEn : indicator.nameSv;
              const label = f.gapLabel(name, gap.period, sexesOf(gap.sexes));
              return editable ? (
                <TextArea
                  key={indicator.id}
                  id={gapId(indicator.id)}
                  label={label}
                  hint={f.gapHint}
                  rows={2}
                  value={values.gaps[indicator.id] ?? ''}
                  error={errors[gapId(indicator.id)]}
                  onChange={(event) => setGap(indicator.id, event.target.value)}
                />
              ) : (
                <dl key={indicator.id} className="ws-facts">
                  <div>
                    <dt>{label}</dt>
                    <dd>{gap.explanation || '–'}</dd>
                  </div>
                </dl>
              );
            })}
          </>
        )}
        <h2>{f.textsHeading}</h2>
        {REPORT_TEXTS.map((key) =>
          editable ? (
            <TextArea
              key={key}
              id={textId(key)}
              label={f.text[key]}
              hint={f.textHint[key]}
              value={values.texts[key]}
              error={errors[textId(key)]}
              onChange={(event) => setText(key, event.target.value)}
            />
          ) : (
            <section key={key} className="fu-text" aria-labelledby={`${textId(key)}-heading`}>
              <h3 id={`${textId(key)}-heading`}>{f.text[key]}</h3>
              <p>{values.texts[key] || '–'}</p>
            </section>
          ),
        )}
        {editable && (
          <div className="ws-actions">
            <button type="button" className="button button--secondary" disabled={busy} onClick={() => void save(false)}>
              {busy ? f.saving : f.saveDraft}
            </button>
            <button type="submit" className="button" disabled={busy} aria-describedby="report-submit-hint">
              {f.submit}
            </button>
            <span className="field__hint" id="report-submit-hint">
              {f.submitHint}
            </span>
          </div>
        )}
      </form>
      {reviewable && (
        <section className="ws-section" aria-labelledby="review-heading">
          <h2 id="review-heading">{f.adminHeading}</h2>
          <TextArea
            id="return-comment"
            label={f.returnComment}
            hint={f.returnCommentHint}
            rows={3}
            value={returnComment}
            error={errors['return-comment']}
            onChange={(event) => setReturnComment(event.target.value)}
          />
          <div className="ws-actions">
            <button type="button" className="button button--secondary" disabled={busy} onClick={() => void review('return')}>
              {f.returnButton}
            </button>
            <button type="button" className="button" disabled={busy} onClick={() => void review('approve')}>
              {f.approveButton}
            </button>
          </div>
        </section>
      )}
      <LeaveDialog blocker={blocker} />
    </div>
  );
}
