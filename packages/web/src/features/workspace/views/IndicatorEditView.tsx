import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useParams } from 'react-router';
import { LeaveDialog } from '../components/LeaveGuard';
import { useLanguage, useStrings } from '../../../app/language';
import { LocalLink } from '../../../app/LocalLink';
import { paths } from '../../../app/paths';
import { usePageTitle } from '../../../app/title';
import { ErrorState, LoadingState } from '../../../components/StatusViews';
import { ErrorSummary, type SummaryItem } from '../components/ErrorSummary';
import { Checkbox, Select } from '../components/Choice';
import { Field } from '../components/Field';
import { UnitChecks } from '../components/UnitChecks';
import { getFragmentData } from '../gql';
import type { IndicatorDirection, IndicatorEditorFieldsFragment, IndicatorSourceKind, IndicatorUnit, PeriodType, Sex } from '../gql/graphql';
import { formatInput, parseNumber } from '../grid';
import { EMPTY_INDICATOR, FIELD_ORDER, indicatorErrors, inputOf, valuesOf, type IndicatorErrors, type IndicatorFormValues } from '../indicatorForm';
import { requestFailure } from '../messages';
import {
  ArchiveTargetMutation,
  CreateIndicatorMutation,
  CreateTargetMutation,
  IndicatorChoicesQuery,
  IndicatorEditorFields,
  IndicatorEditorQuery,
  UpdateIndicatorMutation,
} from '../queries';
import { workspaceStrings, type WorkspaceStrings } from '../strings';
import { useVersionedForm } from '../useVersionedForm';
import { useViewer } from '../viewer';

const UNITS: readonly IndicatorUnit[] = ['PERCENT', 'COUNT', 'RATIO', 'INDEX', 'CURRENCY', 'OTHER'];
const DIRECTIONS: readonly IndicatorDirection[] = ['INCREASE', 'DECREASE', 'KEEP'];
const PERIODICITIES: readonly PeriodType[] = ['YEAR', 'HALF_YEAR', 'TERTIAL', 'QUARTER', 'MONTH'];
const SOURCE_KINDS: readonly IndicatorSourceKind[] = ['MANUAL', 'KOLADA', 'SCB', 'OTHER_SYSTEM'];
const SEXES: readonly Sex[] = ['TOTAL', 'WOMEN', 'MEN'];

const fieldId = (field: string) => `indicator-${field}`;

/** The targets of a saved indicator: per period and sex, added and removed one at a time. */
function Targets({ indicator, t, onChanged }: { indicator: IndicatorEditorFieldsFragment; t: WorkspaceStrings; onChanged: () => Promise<unknown> }) {
  const { language } = useLanguage();
  const [createTarget, { loading }] = useMutation(CreateTargetMutation);
  const [archiveTarget] = useMutation(ArchiveTargetMutation);
  const [draft, setDraft] = useState({ period: '', sex: 'TOTAL' as Sex, value: '', comment: '' });
  const [errors, setErrors] = useState<Partial<Record<'period' | 'sex' | 'value' | 'comment' | 'form', string>>>({});
  const [notice, setNotice] = useState('');
  const add = async (event: FormEvent) => {
    event.preventDefault();
    const value = parseNumber(draft.value);
    if (value === null || Number.isNaN(value)) return setErrors({ value: t.numberRequired });
    try {
      const result = await createTarget({
        variables: { input: { indicatorId: indicator.id, period: draft.period.trim(), sex: draft.sex, value, comment: draft.comment.trim() || null } },
      });
      const payload = result.data?.createTarget;
      if (!payload?.target) {
        const next: typeof errors = {};
        for (const e of payload?.errors ?? []) {
          const key = e.field === 'period' || e.field === 'sex' || e.field === 'value' || e.field === 'comment' ? e.field : 'form';
          next[key] ??= e.message;
        }
        return setErrors(next);
      }
      setErrors({});
      setDraft({ period: '', sex: 'TOTAL', value: '', comment: '' });
      setNotice(t.targetAdded);
      await onChanged();
    } catch (failure) {
      setErrors({ form: requestFailure(failure, t) });
    }
  };
  return (
    <section className="ws-section" aria-labelledby="targets-title">
      <h2 id="targets-title">{t.targetsTitle}</h2>
      {indicator.targets.length === 0 ? (
        <p>{t.noTargets}</p>
      ) : (
        <div className="ws-grid-wrap" role="region" aria-labelledby="targets-caption" tabIndex={0}>
          <table className="ws-table">
            <caption id="targets-caption">{t.targetsCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.period}</th>
                <th scope="col">{t.targetSex}</th>
                <th scope="col">{t.targetValue}</th>
                <th scope="col">{t.targetComment}</th>
                <th scope="col">{t.actions}</th>
              </tr>
            </thead>
            <tbody>
              {indicator.targets.map((target) => (
                <tr key={target.id}>
                  <th scope="row">{target.period}</th>
                  <td>{t.sex[target.sex]}</td>
                  <td>{formatInput(target.value, language)}</td>
                  <td>{target.comment ?? ''}</td>
                  <td>
                    <button
                      type="button"
                      className="button button--secondary ws-small"
                      aria-label={t.removeTarget(target.period, t.sex[target.sex])}
                      onClick={() =>
                        void archiveTarget({ variables: { input: { id: target.id, version: target.version } } })
                          .then(() => onChanged())
                          .catch((failure: unknown) => setNotice(requestFailure(failure, t)))
                      }
                    >
                      {t.removeLabel}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p role="status">{notice}</p>
      <form className="ws-form ws-form--row" noValidate onSubmit={(event) => void add(event)}>
        {errors.form && <p className="ws-error-message">{errors.form}</p>}
        <Field
          id="target-period"
          label={t.period}
          hint={t.periodHint}
          value={draft.period}
          error={errors.period}
          onChange={(e) => setDraft({ ...draft, period: e.target.value })}
        />
        <Select id="target-sex" label={t.targetSex} value={draft.sex} error={errors.sex} onChange={(sex) => setDraft({ ...draft, sex: sex as Sex })}>
          {SEXES.filter((sex) => indicator.dividedBySex || sex === 'TOTAL').map((sex) => (
            <option key={sex} value={sex}>
              {t.sex[sex]}
            </option>
          ))}
        </Select>
        <Field
          id="target-value"
          label={t.targetValue}
          inputMode="decimal"
          value={draft.value}
          error={errors.value}
          onChange={(e) => setDraft({ ...draft, value: e.target.value })}
        />
        <Field id="target-comment" label={t.targetComment} value={draft.comment} error={errors.comment} onChange={(e) => setDraft({ ...draft, comment: e.target.value })} />
        <button type="submit" className="button" disabled={loading}>
          {t.addTarget}
        </button>
      </form>
    </section>
  );
}

/** `/arbetsyta/indikatorer/:id` (`ny` for a new one): every field, targets, publish and unpublish. */
export default function IndicatorEditView() {
  const { id = 'ny' } = useParams();
  // A new form for each indicator (also after a new one is created and gets its address).
  return <IndicatorEditor key={id} id={id} />;
}

function IndicatorEditor({ id }: { id: string }) {
  const t = useStrings(workspaceStrings);
  const { language } = useLanguage();
  const viewer = useViewer();
  const isNew = id === 'ny';
  const choices = useQuery(IndicatorChoicesQuery, { variables: { municipalityId: viewer.municipality?.id ?? '' }, skip: !viewer.municipality });
  const stored = useQuery(IndicatorEditorQuery, { variables: { id }, skip: isNew, fetchPolicy: 'network-only' });
  const indicator = stored.data?.node && 'id' in stored.data.node ? getFragmentData(IndicatorEditorFields, stored.data.node) : null;
  const [createIndicator, { loading: creating }] = useMutation(CreateIndicatorMutation);
  const [updateIndicator, { loading: updating }] = useMutation(UpdateIndicatorMutation);
  const form = useVersionedForm<IndicatorFormValues, IndicatorEditorFieldsFragment, IndicatorErrors>({
    isNew,
    stored: indicator,
    valuesOf: (object) => valuesOf(object, language),
    empty: EMPTY_INDICATOR,
    createdNotice: t.indicatorCreated,
    t,
  });
  const { values, set, errors, conflict, attempt, notice, blocker } = form;
  usePageTitle(isNew ? t.newIndicatorTitle : t.editIndicatorTitle(indicator?.nameSv ?? ''), viewer.municipality?.name);

  // The API's words in English; Swedish has its own for the codes it knows.
  const translate = (error: { code: string; message: string }) =>
    language === 'sv' ? (t.errorCode[error.code as keyof WorkspaceStrings['errorCode']] ?? error.message) : error.message;

  /** Saves the form; `overrides` (publish, unpublish) are saved with it. */
  const save = (event: FormEvent, overrides: Partial<IndicatorFormValues> = {}) => {
    const built = inputOf({ ...values, ...overrides }, t);
    return form.submit(event, {
      check: () => ('errors' in built ? built.errors : null),
      create: async () => {
        if ('errors' in built) return null;
        const payload = (await createIndicator({ variables: { input: built.input } })).data?.createIndicator;
        return payload && { errors: payload.errors, object: payload.indicator ? getFragmentData(IndicatorEditorFields, payload.indicator) : null };
      },
      update: async (version) => {
        if ('errors' in built) return null;
        const payload = (await updateIndicator({ variables: { input: { ...built.input, id, version } } })).data?.updateIndicator;
        return payload && { errors: payload.errors, object: payload.indicator ? getFragmentData(IndicatorEditorFields, payload.indicator) : null };
      },
      path: paths.indicatorEditor,
      errorsOf: (list) => indicatorErrors(list, translate),
      savedNotice: overrides.published === undefined ? t.indicatorSaved : overrides.published ? t.publishedNow : t.unpublishedNow,
    });
  };

  const reloadLatest = () =>
    form.reloadLatest(async () => {
      const node = (await stored.refetch()).data?.node;
      return node && 'id' in node ? getFragmentData(IndicatorEditorFields, node) : null;
    });

  if (!isNew && stored.loading && !stored.data) return <LoadingState />;
  if (!isNew && stored.error && !stored.data) return <ErrorState error={stored.error} onRetry={() => stored.refetch()} />;
  const units = choices.data?.organisationUnits.nodes ?? [];
  const goals = choices.data?.goals.nodes ?? [];
  const summary: SummaryItem[] = [
    ...(errors.form ? [{ fieldId: fieldId('nameSv'), message: errors.form }] : []),
    ...FIELD_ORDER.filter((field) => errors[field]).map((field) => ({
      fieldId: field === 'goalIds' ? fieldId('goals') : fieldId(field),
      message: `${t.field[field]}: ${errors[field]!}`,
    })),
  ];
  const text = (
    field:
      | 'nameSv'
      | 'nameEn'
      | 'definition'
      | 'decimals'
      | 'responsibleImplementationRole'
      | 'responsibleFollowUpRole'
      | 'source'
      | 'sourceReference'
      | 'baselinePeriod'
      | 'baselineValue'
      | 'licence',
    extra: { hint?: string; inputMode?: 'decimal' | 'numeric' } = {},
  ) => <Field id={fieldId(field)} label={t.field[field]} value={values[field]} error={errors[field]} onChange={(event) => set(field, event.target.value)} {...extra} />;
  const unitSelect = (field: 'responsibleImplementationUnitId' | 'responsibleFollowUpUnitId') => (
    <Select id={fieldId(field)} label={t.field[field]} value={values[field]} error={errors[field]} onChange={(value) => set(field, value)}>
      <option value="">{t.chooseUnit}</option>
      {units.map((unit) => (
        <option key={unit.id} value={unit.id}>
          {unit.name}
        </option>
      ))}
    </Select>
  );

  return (
    <div className="ws-wide">
      <p>
        <LocalLink to={paths.indicators()}>{t.backToIndicators}</LocalLink>
      </p>
      <h1>{isNew ? t.newIndicatorTitle : t.editIndicatorTitle(indicator?.nameSv ?? '')}</h1>
      {indicator && viewer.municipality && (
        <p>
          {indicator.published ? t.published : t.unpublished}
          {indicator.published && (
            <>
              {' – '}
              <LocalLink to={paths.indicator(viewer.municipality.code, indicator.id)}>{t.viewPublic}</LocalLink>
            </>
          )}
        </p>
      )}
      <p role="status" className="ws-status">
        {notice}
      </p>
      {conflict && (
        <div className="ws-notice ws-notice--error" role="alert">
          <p>{t.conflictIndicator}</p>
          <button type="button" className="button button--secondary" onClick={() => void reloadLatest()}>
            {t.reloadLatest}
          </button>
        </div>
      )}
      <ErrorSummary title={t.errorSummaryTitle} items={summary} focusKey={attempt} />
      <form className="ws-form" noValidate onSubmit={(event) => void save(event)}>
        <fieldset className="ws-fieldset ws-group">
          <legend>{t.sections.about}</legend>
          {text('nameSv')}
          {text('nameEn')}
          {text('definition')}
          <Select id={fieldId('unit')} label={t.field.unit} value={values.unit} error={errors.unit} onChange={(v) => set('unit', v as IndicatorUnit)}>
            {UNITS.map((unit) => (
              <option key={unit} value={unit}>
                {t.unitLabel[unit]}
              </option>
            ))}
          </Select>
          {text('decimals', { hint: t.hint.decimals, inputMode: 'numeric' })}
          <Select id={fieldId('direction')} label={t.field.direction} value={values.direction} error={errors.direction} onChange={(v) => set('direction', v as IndicatorDirection)}>
            {DIRECTIONS.map((direction) => (
              <option key={direction} value={direction}>
                {t.directionLabel[direction]}
              </option>
            ))}
          </Select>
          <Select
            id={fieldId('periodicity')}
            label={t.field.periodicity}
            value={values.periodicity}
            error={errors.periodicity}
            onChange={(v) => set('periodicity', v as PeriodType)}
          >
            {PERIODICITIES.map((periodicity) => (
              <option key={periodicity} value={periodicity}>
                {t.periodicityLabel[periodicity]}
              </option>
            ))}
          </Select>
          <Checkbox id={fieldId('dividedBySex')} label={t.field.dividedBySex} checked={values.dividedBySex} error={errors.dividedBySex} onChange={(v) => set('dividedBySex', v)} />
        </fieldset>
        <fieldset className="ws-fieldset ws-group">
          <legend>{t.sections.responsibility}</legend>
          {unitSelect('responsibleImplementationUnitId')}
          {text('responsibleImplementationRole')}
          {unitSelect('responsibleFollowUpUnitId')}
          {text('responsibleFollowUpRole')}
        </fieldset>
        <fieldset className="ws-fieldset ws-group">
          <legend>{t.sections.source}</legend>
          {text('source')}
          <Select
            id={fieldId('sourceKind')}
            label={t.field.sourceKind}
            value={values.sourceKind}
            error={errors.sourceKind}
            onChange={(v) => set('sourceKind', v as IndicatorSourceKind)}
          >
            {SOURCE_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t.sourceKindLabel[kind]}
              </option>
            ))}
          </Select>
          {text('sourceReference', { hint: t.hint.sourceReference })}
          {text('baselinePeriod', { hint: t.periodHint })}
          {text('baselineValue', { inputMode: 'decimal' })}
          {text('licence', { hint: t.hint.licence })}
        </fieldset>
        <UnitChecks
          idPrefix={fieldId('goals')}
          legend={t.field.goalIds}
          units={goals.map((goal) => ({ id: goal.id, name: goal.title }))}
          value={values.goalIds}
          error={errors.goalIds}
          onChange={(goalIds) => set('goalIds', goalIds)}
        />
        <fieldset className="ws-fieldset ws-group">
          <legend>{t.sections.publishing}</legend>
          {isNew && (
            <Checkbox
              id={fieldId('published')}
              label={t.field.published}
              hint={t.hint.published}
              checked={values.published}
              error={errors.published}
              onChange={(v) => set('published', v)}
            />
          )}
          <Checkbox
            id={fieldId('sensitive')}
            label={t.field.sensitive}
            hint={t.hint.sensitive}
            checked={values.sensitive}
            error={errors.sensitive}
            onChange={(v) => set('sensitive', v)}
          />
        </fieldset>
        <div className="ws-actions">
          <button type="submit" className="button" disabled={creating || updating}>
            {isNew ? t.createIndicator : t.saveIndicator}
          </button>
          {!isNew && indicator && (
            <button type="button" className="button button--secondary" disabled={updating} onClick={(event) => void save(event, { published: !values.published })}>
              {values.published ? t.unpublish : t.publish}
            </button>
          )}
        </div>
      </form>
      {indicator && <Targets indicator={indicator} t={t} onChanged={() => stored.refetch()} />}
      <LeaveDialog blocker={blocker} />
    </div>
  );
}
