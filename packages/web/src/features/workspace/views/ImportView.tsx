import { useApolloClient, useMutation } from '@apollo/client/react';
import Papa from 'papaparse';
import { useId, useMemo, useState, type ChangeEvent } from 'react';
import { useLanguage, useStrings } from '../../../app/language';
import { usePageTitle } from '../../../app/title';
import type { WorkspaceImportIndicatorsQuery } from '../gql/graphql';
import { formatInput } from '../grid';
import {
  buildImport,
  guessMapping,
  IMPORT_FIELDS,
  rememberedMapping,
  rememberMapping,
  templateCsv,
  type BuiltImport,
  type Cell,
  type ImportIndicator,
  type Mapping,
} from '../importRows';
import { requestFailure } from '../messages';
import { ImportIndicatorsQuery, UpsertMeasurementsMutation } from '../queries';
import { workspaceStrings, type WorkspaceStrings } from '../strings';
import { useViewer } from '../viewer';

/** The first sheet of an xlsx, or the lines of a CSV (`;` or `,`, found by papaparse). */
async function readFile(file: File): Promise<Cell[][]> {
  if (/\.xlsx$/i.test(file.name)) {
    const { readSheet } = await import('read-excel-file/universal');
    return (await readSheet(file)) as Cell[][];
  }
  const text = await file.text();
  const result = Papa.parse<string[]>(text.replace(/^\ufeff/, ''), { skipEmptyLines: true });
  return result.data;
}

function apiMessage(error: { code: string; message: string }, t: WorkspaceStrings, language: string): string {
  return language === 'sv' ? (t.errorCode[error.code as keyof WorkspaceStrings['errorCode']] ?? error.message) : error.message;
}

/** `/arbetsyta/import`: a file, its columns mapped, a preview checked by the API's dry run, then all or nothing. */
export default function ImportView() {
  const t = useStrings(workspaceStrings);
  const { language } = useLanguage();
  const viewer = useViewer();
  usePageTitle(t.importTitle, viewer.municipality?.name);
  const client = useApolloClient();
  const [upsert] = useMutation(UpsertMeasurementsMutation);
  const fileId = useId();
  const [sheet, setSheet] = useState<Cell[][] | null>(null);
  const [mapping, setMapping] = useState<Mapping | null>(null);
  const [preview, setPreview] = useState<{ built: BuiltImport; apiErrors: Map<number, string> } | null>(null);
  const [busy, setBusy] = useState<null | 'checking' | 'importing'>(null);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const header = sheet?.[0] ?? [];
  const templateHref = useMemo(() => `data:text/csv;charset=utf-8,${encodeURIComponent(templateCsv(language))}`, [language]);

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    setPreview(null);
    setMessage(null);
    if (!file) return;
    try {
      const rows = await readFile(file);
      if (rows.length < 2) throw new Error('empty');
      setSheet(rows);
      setMapping(rememberedMapping(rows[0]!) ?? guessMapping(rows[0]!));
    } catch {
      setSheet(null);
      setMessage({ kind: 'error', text: t.fileUnreadable });
    }
  };

  const indicators = async (): Promise<ImportIndicator[]> => {
    const all: ImportIndicator[] = [];
    let after: string | null = null;
    for (;;) {
      const result: { data?: WorkspaceImportIndicatorsQuery } = await client.query({
        query: ImportIndicatorsQuery,
        variables: { municipalityId: viewer.municipality?.id ?? '', after },
        fetchPolicy: 'network-only',
      });
      const connection: WorkspaceImportIndicatorsQuery['indicators'] = result.data!.indicators;
      all.push(...connection.nodes);
      if (!connection.pageInfo.hasNextPage) return all;
      after = connection.pageInfo.endCursor ?? null;
    }
  };

  const check = async () => {
    if (!sheet || !mapping) return;
    rememberMapping(header, mapping);
    setBusy('checking');
    setMessage(null);
    try {
      const built = buildImport(sheet, mapping, await indicators());
      const apiErrors = new Map<number, string>();
      if (built.rows.length > 0) {
        const dry = await upsert({ variables: { input: { rows: built.rows, dryRun: true } } });
        for (const error of dry.data?.upsertMeasurements.errors ?? []) {
          if (!apiErrors.has(error.index)) apiErrors.set(error.index, apiMessage(error, t, language));
        }
      }
      setPreview({ built, apiErrors });
    } catch (failure) {
      setMessage({ kind: 'error', text: requestFailure(failure, t) });
    } finally {
      setBusy(null);
    }
  };

  const bad = preview ? preview.built.lines.filter((line) => line.problem || (line.index !== null && preview.apiErrors.has(line.index))).length : 0;

  const importAll = async () => {
    if (!preview || bad > 0) return;
    setBusy('importing');
    try {
      const result = await upsert({ variables: { input: { rows: preview.built.rows, dryRun: false } } });
      const payload = result.data?.upsertMeasurements;
      if (!payload || payload.errors.length > 0) {
        const apiErrors = new Map<number, string>();
        for (const error of payload?.errors ?? []) if (!apiErrors.has(error.index)) apiErrors.set(error.index, apiMessage(error, t, language));
        setPreview({ ...preview, apiErrors });
        return;
      }
      setMessage({ kind: 'ok', text: t.imported(payload.inserted ?? 0, payload.updated ?? 0, payload.unchanged ?? 0) });
      setPreview(null);
    } catch (failure) {
      setMessage({ kind: 'error', text: requestFailure(failure, t) });
    } finally {
      setBusy(null);
    }
  };

  return (
    <div className="ws-wide">
      <h1>{t.importTitle}</h1>
      <p className="ws-lead">{t.importIntro}</p>
      <p>
        <a href={templateHref} download={language === 'sv' ? 'inkludera-mall.csv' : 'inkludera-template.csv'}>
          {t.template}
        </a>
      </p>
      <div className="field">
        <label className="field__label" htmlFor={fileId}>
          {t.chooseFile}
        </label>
        <span className="field__hint" id={`${fileId}-hint`}>
          {t.chooseFileHint}
        </span>
        <input
          id={fileId}
          type="file"
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-describedby={`${fileId}-hint`}
          onChange={(event) => void onFile(event)}
        />
      </div>
      <p role="status" className={message?.kind === 'error' ? 'ws-error-message' : undefined}>
        {message?.text ?? ''}
      </p>

      {sheet && mapping && (
        <section className="ws-section" aria-labelledby="mapping-title">
          <fieldset className="ws-fieldset ws-group" aria-describedby="mapping-hint">
            <legend id="mapping-title">{t.mappingLegend}</legend>
            <span className="field__hint" id="mapping-hint">
              {t.mappingHint}
            </span>
            {IMPORT_FIELDS.map((field) => (
              <div className="field" key={field}>
                <label className="field__label" htmlFor={`map-${field}`}>
                  {t.importField[field]}
                </label>
                <select
                  id={`map-${field}`}
                  className="field__input"
                  value={mapping[field] ?? ''}
                  onChange={(event) => {
                    setMapping({ ...mapping, [field]: event.target.value === '' ? null : Number(event.target.value) });
                    setPreview(null);
                  }}
                >
                  <option value="">{t.notInFile}</option>
                  {header.map((cell, index) => (
                    <option key={index} value={index}>
                      {t.column(index + 1, String(cell ?? ''))}
                    </option>
                  ))}
                </select>
              </div>
            ))}
          </fieldset>
          <p>
            <button type="button" className="button" onClick={() => void check()} disabled={busy !== null} aria-busy={busy === 'checking'}>
              {busy === 'checking' ? t.previewing : t.preview}
            </button>
          </p>
        </section>
      )}

      {preview && (
        <section className="ws-section" aria-labelledby="preview-caption">
          {bad > 0 ? (
            <div className="ws-notice ws-notice--error" role="alert">
              <p>{t.nothingImported(bad)}</p>
            </div>
          ) : (
            <p>
              <button type="button" className="button" onClick={() => void importAll()} disabled={busy !== null || preview.built.rows.length === 0}>
                {busy === 'importing' ? t.importing : t.importAll(preview.built.rows.length)}
              </button>
            </p>
          )}
          <div className="ws-grid-wrap" role="region" aria-labelledby="preview-caption" tabIndex={0}>
            <table className="ws-table">
              <caption id="preview-caption">{t.previewCaption(preview.built.lines.length, bad)}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.line}</th>
                  <th scope="col">{t.indicator}</th>
                  <th scope="col">{t.period}</th>
                  <th scope="col">{t.importField.sex}</th>
                  <th scope="col">{t.importField.value}</th>
                  <th scope="col">{t.problem}</th>
                </tr>
              </thead>
              <tbody>
                {preview.built.lines.map((line) => {
                  const problem = line.problem ? t.importProblem[line.problem] : line.index !== null ? preview.apiErrors.get(line.index) : undefined;
                  return (
                    <tr key={line.line} className={problem ? 'ws-grid__row--error' : undefined}>
                      <th scope="row">{line.line}</th>
                      <td>{line.indicatorName ?? ''}</td>
                      <td>{line.period}</td>
                      <td>{line.sex ? t.sex[line.sex] : ''}</td>
                      <td>{formatInput(line.value, language)}</td>
                      <td className={problem ? 'ws-error-message' : undefined}>{problem ?? t.ok}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </section>
      )}
    </div>
  );
}
