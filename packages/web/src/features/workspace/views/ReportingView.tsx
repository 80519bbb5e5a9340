import { normalisePeriod } from '@inkludera/shared';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { memo, useCallback, useEffect, useId, useMemo, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useBlocker, useSearchParams } from 'react-router';
import { localized, useLanguage, useStrings } from '../../../app/language';
import { splitLanguage } from '../../../app/paths';
import { usePageTitle } from '../../../app/title';
import { ErrorState, LoadingState } from '../../../components/StatusViews';
import type { Language } from '../../../app/language';
import type { PeriodType, ReportingIndicatorsQuery as ReportingIndicatorsQueryData } from '../gql/graphql';
import { ErrorSummary, type SummaryItem } from '../components/ErrorSummary';
import {
  buildRows,
  cellId,
  cellText,
  COLUMNS,
  computedTotal,
  draftKey,
  editableColumns,
  errorsByCell,
  findConflicts,
  formatInput,
  nextCell,
  periodTypeOf,
  readDraft,
  rowChanged,
  totalIsComputed,
  VALUE_COLUMNS,
  writeDraft,
  type CellError,
  type Column,
  type BuiltRows,
  type Conflict,
  type Draft,
  type DraftRow,
  type GridIndicator,
  type StoredValue,
  type ValueColumn,
} from '../grid';
import { requestFailure } from '../messages';
import { ReportingFreshQuery, ReportingIndicatorsQuery, UpsertMeasurementsMutation } from '../queries';
import { workspaceStrings, type WorkspaceStrings } from '../strings';
import { useViewer } from '../viewer';

type SeriesValue = { period: string; sex: ValueColumn; value?: number | null; version: number; footnote?: string | null; reportedBy?: string | null };

function storedOf(series: readonly SeriesValue[], period: string): Partial<Record<ValueColumn, StoredValue>> {
  const stored: Partial<Record<ValueColumn, StoredValue>> = {};
  for (const m of series) {
    if (m.period !== period) continue;
    stored[m.sex] = { value: m.value ?? null, version: m.version, footnote: m.footnote ?? null, reportedBy: m.reportedBy ?? null };
  }
  return stored;
}

/** Every indicator the person answers for (an admin: the whole municipality), all pages, with the period's values. */
function useReportingIndicators(period: string, periodType: PeriodType | null) {
  const client = useApolloClient();
  const viewer = useViewer();
  const { language } = useLanguage();
  const unitIds = viewer.units.map((u) => u.id);
  const where = viewer.role === 'EDITOR' ? { responsibleUnit: { oneOf: unitIds } } : viewer.municipality ? { municipality: { eq: viewer.municipality.id } } : {};
  const whereKey = JSON.stringify(where);
  // What is asked for; the state says which request its answer belongs to.
  const requestKey = `${whereKey}|${period}|${language}`;
  const [state, setState] = useState<{ key: string | null; indicators: GridIndicator[] | null; error: unknown }>({ key: null, indicators: null, error: null });

  const load = useCallback(async () => {
    try {
      const all: GridIndicator[] = [];
      let after: string | null = null;
      for (;;) {
        const result: { data?: ReportingIndicatorsQueryData } = await client.query({
          query: ReportingIndicatorsQuery,
          variables: { where: JSON.parse(whereKey) as object, after, period },
          fetchPolicy: 'network-only',
        });
        const connection: ReportingIndicatorsQueryData['indicators'] = result.data!.indicators;
        for (const node of connection.nodes) {
          if (node.periodicity !== periodType) continue;
          const name = localized(language, node.nameSv, node.nameEn);
          all.push({
            id: node.id,
            name: name.text,
            nameLang: name.lang === language ? undefined : name.lang,
            unit: node.unit,
            decimals: node.decimals,
            dividedBySex: node.dividedBySex,
            stored: storedOf(node.series as SeriesValue[], period),
          });
        }
        if (!connection.pageInfo.hasNextPage) break;
        after = connection.pageInfo.endCursor ?? null;
      }
      setState({ key: requestKey, indicators: all, error: null });
    } catch (error) {
      setState({ key: requestKey, indicators: null, error });
    }
  }, [client, whereKey, period, periodType, language, requestKey]);

  useEffect(() => {
    // load() sets state only after the network answered (an external system), never synchronously.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (periodType) void load();
  }, [load, periodType]);
  const current = state.key === requestKey;
  return {
    indicators: periodType === null ? [] : current ? state.indicators : null,
    error: current ? state.error : null,
    loading: periodType !== null && !current,
    reload: load,
    setIndicators: (indicators: GridIndicator[]) => setState((s) => ({ ...s, indicators })),
  };
}

function columnLabel(column: Column, t: WorkspaceStrings): string {
  return column === 'footnote' ? t.footnote : t.sex[column];
}

function errorText(error: CellError, t: WorkspaceStrings, language: Language): string {
  if (language === 'en') return error.message;
  return t.errorCode[error.code as keyof WorkspaceStrings['errorCode']] ?? error.message;
}

interface RowProps {
  indicator: GridIndicator;
  index: number;
  draft: DraftRow | undefined;
  errors: ReadonlyMap<string, CellError>;
  language: Language;
  t: WorkspaceStrings;
  onChange: (indicatorId: string, column: Column, text: string) => void;
}

/** One indicator's row: women, men, total (computed for a count), footnote, status. */
const GridRow = memo(function GridRow({ indicator, index, draft, errors, language, t, onChange }: RowProps) {
  const editable = editableColumns(indicator);
  const changed = rowChanged(indicator, draft);
  const rowErrors = COLUMNS.some((column) => errors.has(cellId(indicator.id, column)));
  const complete = indicator.dividedBySex ? !!indicator.stored.WOMEN && !!indicator.stored.MEN : !!indicator.stored.TOTAL;
  const status = rowErrors ? t.statusError : changed ? t.statusChanged : complete ? t.statusSaved : t.statusMissing;
  const total = computedTotal(indicator, draft, language);
  return (
    <tr className={rowErrors ? 'ws-grid__row--error' : changed ? 'ws-grid__row--changed' : undefined}>
      <th scope="row" className="ws-grid__name" lang={indicator.nameLang}>
        {indicator.name}
      </th>
      {COLUMNS.map((column, columnIndex) => {
        const id = cellId(indicator.id, column);
        const error = errors.get(id);
        const label = t.cellLabel(indicator.name, columnLabel(column, t));
        if (column === 'TOTAL' && totalIsComputed(indicator)) {
          return (
            <td key={column} className="ws-grid__computed">
              <output id={id} aria-label={label} title={t.computedTotal}>
                {total === null ? '' : formatInput(total, language)}
              </output>
              {error && (
                <span className="ws-cell-error" id={`${id}-error`}>
                  {errorText(error, t, language)}
                </span>
              )}
            </td>
          );
        }
        if (!editable.includes(column)) {
          return (
            <td key={column} className="ws-grid__na">
              <span aria-hidden="true">–</span>
              <span className="visually-hidden">{t.notDividedBySex}</span>
            </td>
          );
        }
        return (
          <td key={column} className={error ? 'ws-grid__cell--error' : undefined}>
            <input
              id={id}
              className={column === 'footnote' ? 'ws-cell ws-cell--text' : 'ws-cell'}
              type="text"
              inputMode={column === 'footnote' ? 'text' : 'decimal'}
              autoComplete="off"
              data-row={index}
              data-col={columnIndex}
              aria-label={label}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${id}-error` : undefined}
              value={cellText(indicator, draft, column, language)}
              onChange={(event) => onChange(indicator.id, column, event.target.value)}
            />
            {error && (
              <span className="ws-cell-error" id={`${id}-error`}>
                {errorText(error, t, language)}
              </span>
            )}
          </td>
        );
      })}
      <td className="ws-grid__status">{status}</td>
    </tr>
  );
});

/** Moves focus like a spreadsheet: arrows, Enter (Shift+Enter up); skips cells that take no input. */
function onGridKeyDown(event: KeyboardEvent<HTMLTableElement>) {
  const input = event.target as HTMLInputElement;
  if (input.tagName !== 'INPUT' || input.dataset['row'] === undefined) return;
  const atStart = input.selectionStart === 0 && input.selectionEnd === 0;
  const atEnd = input.selectionStart === input.value.length;
  const move = nextCell(event.key, event.shiftKey, atStart, atEnd);
  if (!move) return;
  let row = Number(input.dataset['row']);
  let column = Number(input.dataset['col']);
  const table = event.currentTarget;
  for (let step = 0; step < 1000; step++) {
    row += move.rows;
    column += move.columns;
    if (column < 0 || column >= COLUMNS.length || row < 0) return;
    const target = table.querySelector<HTMLInputElement>(`input[data-row="${row}"][data-col="${column}"]`);
    if (target) {
      event.preventDefault();
      target.focus();
      target.select();
      return;
    }
    if (!table.querySelector(`input[data-row="${row}"]`) && move.rows !== 0) return;
  }
}

/** `/arbetsyta/rapportering?period=2026`: the reporting grid. */
export default function ReportingView() {
  const t = useStrings(workspaceStrings);
  const { language } = useLanguage();
  const viewer = useViewer();
  usePageTitle(t.reportingTitle, viewer.municipality?.name);
  const [params, setParams] = useSearchParams();
  // In SDMX notation, as the API answers (2026-T1); the deprecated 2026T1 in an old link still works.
  const period = normalisePeriod(params.get('period') ?? String(new Date().getFullYear()));
  const periodType = periodTypeOf(period);
  const [periodText, setPeriodText] = useState(period);
  const periodId = useId();
  const client = useApolloClient();
  const { indicators, error, loading, reload, setIndicators } = useReportingIndicators(period, periodType);
  const [upsert] = useMutation(UpsertMeasurementsMutation);

  const key = draftKey(viewer.id, period);
  const [draft, setDraft] = useState<Draft>(() => readDraft(key));
  const [draftFor, setDraftFor] = useState(key);
  if (draftFor !== key) {
    setDraftFor(key);
    setDraft(readDraft(key));
  }
  const [cellErrors, setCellErrors] = useState<ReadonlyMap<string, CellError>>(new Map());
  const [conflicts, setConflicts] = useState<Conflict[]>([]);
  const [busy, setBusy] = useState<null | 'checking' | 'saving'>(null);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [attempt, setAttempt] = useState(0);

  // Another period in the address (back, forward, a link): the field follows it.
  const [periodShown, setPeriodShown] = useState(period);
  if (periodShown !== period) {
    setPeriodShown(period);
    setPeriodText(period);
  }

  const onChange = useCallback(
    (indicatorId: string, column: Column, text: string) => {
      setDraft((current) => {
        const next = { ...current, [indicatorId]: { ...current[indicatorId], [column]: text } };
        writeDraft(key, next);
        return next;
      });
      setMessage(null);
    },
    [key],
  );

  const changedCount = useMemo(() => (indicators ?? []).filter((indicator) => rowChanged(indicator, draft[indicator.id])).length, [indicators, draft]);
  const dirty = changedCount > 0;

  // Leaving with unsaved values: the router asks first (the login page, after a session ended,
  // does not: the values are kept in this tab and come back after the login); the browser asks
  // on reload or close.
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      dirty && currentLocation.pathname !== nextLocation.pathname && !splitLanguage(nextLocation.pathname).path.startsWith('/arbetsyta/logga-in'),
  );
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);
  const stayRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (blocker.state === 'blocked') stayRef.current?.focus();
  }, [blocker.state]);

  const byId = useMemo(() => new Map((indicators ?? []).map((i) => [i.id, i])), [indicators]);
  const summary: SummaryItem[] = [];
  for (const [id, cellError] of cellErrors) {
    const indicator = (indicators ?? []).find((i) => COLUMNS.some((c) => cellId(i.id, c) === id));
    const column = COLUMNS.find((c) => indicator && cellId(indicator.id, c) === id);
    if (indicator && column) summary.push({ fieldId: id, message: t.rowError(indicator.name, columnLabel(column, t), errorText(cellError, t, language)) });
  }

  /**
   * Reads the values again and shows each one someone else saved since the grid was read. Values
   * they saved that equal what this person typed need no choice: the grid takes their version.
   */
  const showConflicts = async (built: BuiltRows) => {
    if (!indicators) return;
    const ids = [...new Set(built.cells.map((cell) => cell.indicatorId))];
    const fresh = await client.query({ query: ReportingFreshQuery, variables: { ids, period }, fetchPolicy: 'network-only' });
    const freshById = new Map<string, Partial<Record<ValueColumn, StoredValue>>>();
    for (const node of fresh.data?.nodes ?? []) {
      if (node && 'series' in node) freshById.set(node.id, storedOf(node.series as SeriesValue[], period));
    }
    const found = findConflicts(indicators, freshById, built);
    const chosen = new Set(found.map((c) => `${c.indicatorId}:${c.column}`));
    setIndicators(
      indicators.map((indicator) => {
        const now = freshById.get(indicator.id);
        if (!now) return indicator;
        const stored = { ...indicator.stored };
        for (const column of VALUE_COLUMNS) {
          if (chosen.has(`${indicator.id}:${column}`)) continue;
          if (now[column]) stored[column] = now[column];
          else delete stored[column];
        }
        return { ...indicator, stored };
      }),
    );
    if (found.length > 0) setConflicts(found);
    else setMessage({ kind: 'error', text: t.savedMeanwhile });
  };

  const save = async () => {
    if (!indicators) return;
    setAttempt((n) => n + 1);
    setMessage(null);
    setConflicts([]);
    const built = buildRows(indicators, draft, period, language);
    if (built.invalid.length > 0) {
      setCellErrors(new Map(built.invalid.map((cell) => [cellId(cell.indicatorId, cell.column), { code: 'INVALID_VALUE', message: t.notANumber }])));
      return;
    }
    if (built.rows.length === 0) {
      setCellErrors(new Map());
      setMessage({ kind: 'ok', text: t.nothingChanged });
      return;
    }
    try {
      setBusy('checking');
      const dry = await upsert({ variables: { input: { rows: built.rows, dryRun: true } } });
      const dryErrors = dry.data?.upsertMeasurements.errors ?? [];
      const ruleErrors = dryErrors.filter((e) => e.code !== 'CONFLICT');
      setCellErrors(errorsByCell(ruleErrors, built.cells));
      if (ruleErrors.length > 0) return;
      // Someone else has saved some of these values since the grid was read (the API compares the
      // versions read): show theirs and let the person choose before anything is written.
      if (dryErrors.length > 0) {
        await showConflicts(built);
        return;
      }

      setBusy('saving');
      const result = await upsert({ variables: { input: { rows: built.rows, dryRun: false } } });
      const payload = result.data?.upsertMeasurements;
      if (payload && payload.errors.length > 0 && payload.errors.every((e) => e.code === 'CONFLICT')) {
        // A save that came between the check and the write: refused, nothing written.
        await showConflicts(built);
        return;
      }
      if (!payload || payload.errors.length > 0) {
        setCellErrors(errorsByCell(payload?.errors ?? [], built.cells));
        return;
      }
      setDraft({});
      writeDraft(key, {});
      setCellErrors(new Map());
      setMessage({ kind: 'ok', text: t.saved(payload.inserted ?? 0, payload.updated ?? 0) });
      await reload();
    } catch (failure) {
      setMessage({ kind: 'error', text: requestFailure(failure, t) });
    } finally {
      setBusy(null);
    }
  };

  /** The person's choice for one conflict: the grid now holds the other value as read. */
  const resolve = (conflict: Conflict, choice: 'mine' | 'theirs') => {
    if (!indicators) return;
    const next = indicators.map((indicator) => {
      if (indicator.id !== conflict.indicatorId) return indicator;
      const stored = { ...indicator.stored };
      if (conflict.theirs) stored[conflict.column] = conflict.theirs;
      else delete stored[conflict.column];
      return { ...indicator, stored };
    });
    setIndicators(next);
    if (choice === 'theirs') {
      setDraft((current) => {
        const row = { ...current[conflict.indicatorId] };
        delete row[conflict.column];
        const updated: Record<string, DraftRow> = { ...current, [conflict.indicatorId]: row };
        writeDraft(key, updated);
        return updated;
      });
    } else {
      // Keep what was typed: make sure the cell holds it even if it equalled the stored text.
      setDraft((current) => {
        const row = { ...current[conflict.indicatorId] };
        if (row[conflict.column] === undefined) row[conflict.column] = formatInput(conflict.mine, language);
        const updated: Record<string, DraftRow> = { ...current, [conflict.indicatorId]: row };
        writeDraft(key, updated);
        return updated;
      });
    }
    setConflicts((current) => current.filter((c) => c !== conflict));
  };

  const discard = () => {
    setDraft({});
    writeDraft(key, {});
    setCellErrors(new Map());
    setConflicts([]);
  };

  const choosePeriod = (event: FormEvent) => {
    event.preventDefault();
    setParams({ period: normalisePeriod(periodText) });
  };

  return (
    <div className="ws-wide">
      <h1>{t.reportingTitle}</h1>
      <p className="ws-lead">{t.reportingIntro}</p>
      <form className="ws-period" onSubmit={choosePeriod}>
        <div className="field">
          <label className="field__label" htmlFor={periodId}>
            {t.period}
          </label>
          <span className="field__hint" id={`${periodId}-hint`}>
            {t.periodHint}
          </span>
          {!periodType && (
            <span className="ws-error-message" id={`${periodId}-error`}>
              {t.errorCode.INVALID_PERIOD}
            </span>
          )}
          <input
            id={periodId}
            className="field__input ws-period__input"
            value={periodText}
            aria-invalid={!periodType || undefined}
            aria-describedby={`${periodId}-hint${periodType ? '' : ` ${periodId}-error`}`}
            onChange={(event) => setPeriodText(event.target.value)}
          />
        </div>
        <button type="submit" className="button button--secondary">
          {t.showPeriod}
        </button>
      </form>

      <ErrorSummary title={t.errorSummaryTitle} items={summary} focusKey={attempt} />

      {conflicts.length > 0 && (
        <section className="ws-notice ws-notice--error" aria-labelledby="conflict-title" role="alert">
          <h2 id="conflict-title">{t.conflictTitle}</h2>
          <p>{t.conflictIntro}</p>
          <ul className="ws-conflicts">
            {conflicts.map((conflict) => {
              const name = byId.get(conflict.indicatorId)?.name ?? '';
              const theirs = conflict.theirs?.value;
              return (
                <li key={`${conflict.indicatorId}:${conflict.column}`}>
                  <p>
                    <strong>{t.conflictCell(name, t.sex[conflict.column])}</strong>
                  </p>
                  <p>{t.theirValue(theirs === null || theirs === undefined ? t.empty : formatInput(theirs, language), conflict.theirs?.reportedBy ?? null)}</p>
                  <p>{t.yourValue(conflict.mine === null ? t.empty : formatInput(conflict.mine, language))}</p>
                  <div className="ws-actions">
                    <button type="button" className="button" onClick={() => resolve(conflict, 'mine')}>
                      {t.keepMine}
                    </button>
                    <button type="button" className="button button--secondary" onClick={() => resolve(conflict, 'theirs')}>
                      {t.useTheirs}
                    </button>
                  </div>
                </li>
              );
            })}
          </ul>
        </section>
      )}

      {loading && !indicators ? (
        <LoadingState />
      ) : error ? (
        <ErrorState error={error} onRetry={reload} />
      ) : indicators && indicators.length === 0 ? (
        <p>{t.noIndicators}</p>
      ) : indicators ? (
        <>
          <p className="ws-hint">
            {t.indicatorsShown(indicators.length)}. {t.keyboardHint}
          </p>
          <div className="ws-grid-wrap" role="region" aria-labelledby="grid-caption" tabIndex={0}>
            <table className="ws-grid" onKeyDown={onGridKeyDown}>
              <caption id="grid-caption">{t.gridCaption(period)}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.indicator}</th>
                  {VALUE_COLUMNS.map((column) => (
                    <th scope="col" key={column}>
                      {t.sex[column]}
                    </th>
                  ))}
                  <th scope="col">{t.footnote}</th>
                  <th scope="col">{t.status}</th>
                </tr>
              </thead>
              <tbody>
                {indicators.map((indicator, index) => (
                  <GridRow key={indicator.id} indicator={indicator} index={index} draft={draft[indicator.id]} errors={cellErrors} language={language} t={t} onChange={onChange} />
                ))}
              </tbody>
            </table>
          </div>
          <div className="ws-savebar">
            <button type="button" className="button" onClick={() => void save()} disabled={busy !== null} aria-busy={busy !== null}>
              {busy === 'checking' ? t.checking : busy === 'saving' ? t.saving : t.save}
            </button>
            {dirty && (
              <button type="button" className="button button--secondary" onClick={discard} disabled={busy !== null}>
                {t.discard}
              </button>
            )}
            <p className="ws-savebar__status" role="status">
              {message ? message.text : dirty ? t.unsavedCount(changedCount) : ''}
            </p>
          </div>
        </>
      ) : null}

      {blocker.state === 'blocked' && (
        <div className="ws-dialog-backdrop">
          <div className="ws-dialog" role="alertdialog" aria-modal="true" aria-labelledby="leave-title" aria-describedby="leave-body">
            <h2 id="leave-title">{t.leaveTitle}</h2>
            <p id="leave-body">{t.leaveBody}</p>
            <div className="ws-actions">
              <button type="button" className="button" ref={stayRef} onClick={() => blocker.reset()}>
                {t.stay}
              </button>
              <button type="button" className="button button--secondary" onClick={() => blocker.proceed()}>
                {t.leave}
              </button>
            </div>
          </div>
        </div>
      )}
    </div>
  );
}
