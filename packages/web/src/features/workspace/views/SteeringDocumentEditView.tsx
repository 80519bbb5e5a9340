import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router';
import { useLanguage, useStrings } from '../../../app/language';
import { LocalLink, useLocalPath } from '../../../app/LocalLink';
import { paths } from '../../../app/paths';
import { usePageTitle } from '../../../app/title';
import { ErrorState, LoadingState } from '../../../components/StatusViews';
import { Select } from '../components/Choice';
import { Consultations, EMPTY_SEND, type SendDraft } from '../components/Consultations';
import { ErrorSummary, type SummaryItem } from '../components/ErrorSummary';
import { Field, TextArea } from '../components/Field';
import { LeaveDialog, useLeaveGuard } from '../components/LeaveGuard';
import { getFragmentData } from '../gql';
import type { SteeringDocumentEditorFieldsFragment, SteeringDocumentKind } from '../gql/graphql';
import { requestFailure } from '../messages';
import {
  CreateFocusAreaMutation,
  CreateSteeringDocumentMutation,
  CreateSteeringDocumentVersionMutation,
  SteeringDocumentEditorFields,
  SteeringDocumentEditorQuery,
  UnitChoicesQuery,
  UpdateSteeringDocumentMutation,
} from '../steeringQueries';
import { DOCUMENT_FIELDS, DOCUMENT_KINDS, FOCUS_AREA_FIELDS, steeringStrings, type DocumentField, type FocusAreaField, type SteeringStrings } from '../steeringStrings';
import { workspaceStrings, type WorkspaceStrings } from '../strings';
import { useViewer } from '../viewer';

interface Metadata {
  kind: SteeringDocumentKind;
  description: string;
  followedUpBy: string;
  revisionIntervalMonths: string;
  ownerUnitId: string;
}
interface Content {
  title: string;
  text: string;
  changeNote: string;
}
interface Decision {
  decisionDate: string;
  decidedBy: string;
  registrationNumber: string;
  validUntil: string;
}
interface Area {
  key: string;
  nameSv: string;
  nameEn: string;
  description: string;
}
type ErrorKey = DocumentField | 'form' | 'newVersionNote';
type Errors = Partial<Record<ErrorKey, string>>;
type AreaErrors = Partial<Record<FocusAreaField | 'form', string>>;
type ApiError = { code: string; field?: string | null; message: string };

const EMPTY_METADATA: Metadata = { kind: 'STRATEGY', description: '', followedUpBy: '', revisionIntervalMonths: '', ownerUnitId: '' };
const EMPTY_CONTENT: Content = { title: '', text: '', changeNote: '' };
const EMPTY_DECISION: Decision = { decisionDate: '', decidedBy: '', registrationNumber: '', validUntil: '' };
const EMPTY_AREA: Area = { key: '', nameSv: '', nameEn: '', description: '' };
const fieldId = (field: string) => `document-${field}`;
const areaFieldId = (field: string) => `area-${field}`;
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function metadataOf(document: SteeringDocumentEditorFieldsFragment): Metadata {
  return {
    kind: document.kind,
    description: document.description ?? '',
    followedUpBy: document.followedUpBy ?? '',
    revisionIntervalMonths: document.revisionIntervalMonths === null || document.revisionIntervalMonths === undefined ? '' : String(document.revisionIntervalMonths),
    ownerUnitId: document.ownerUnit?.id ?? '',
  };
}
const contentOf = (document: SteeringDocumentEditorFieldsFragment): Content => ({ title: document.title, text: document.text ?? '', changeNote: '' });

/** `/arbetsyta/styrdokument/:id` (`ny`: a new draft): a steering document, its versions and focus areas. */
export default function SteeringDocumentEditView() {
  const { id = 'ny' } = useParams();
  return <SteeringDocumentEditor key={id} id={id} />;
}

function SteeringDocumentEditor({ id }: { id: string }) {
  const t = useStrings(workspaceStrings);
  const s = useStrings(steeringStrings);
  const { language } = useLanguage();
  const viewer = useViewer();
  const isNew = id === 'ny';
  const navigate = useNavigate();
  const local = useLocalPath();
  const location = useLocation();
  const units = useQuery(UnitChoicesQuery, { variables: { municipalityId: viewer.municipality?.id ?? '' }, skip: !viewer.municipality });
  const stored = useQuery(SteeringDocumentEditorQuery, { variables: { id }, skip: isNew, fetchPolicy: 'network-only' });
  const fetched = stored.data?.node && 'id' in stored.data.node ? getFragmentData(SteeringDocumentEditorFields, stored.data.node) : null;
  const [createDocument, { loading: creating }] = useMutation(CreateSteeringDocumentMutation);
  const [updateDocument, { loading: updating }] = useMutation(UpdateSteeringDocumentMutation);
  const [createVersion, { loading: versioning }] = useMutation(CreateSteeringDocumentVersionMutation);
  const [createFocusArea, { loading: addingArea }] = useMutation(CreateFocusAreaMutation);
  const [document, setDocument] = useState<SteeringDocumentEditorFieldsFragment | null>(null);
  const [metadata, setMetadata] = useState<Metadata>(EMPTY_METADATA);
  const [savedMetadata, setSavedMetadata] = useState<Metadata>(EMPTY_METADATA);
  const [content, setContent] = useState<Content>(EMPTY_CONTENT);
  const [savedContent, setSavedContent] = useState<Content>(EMPTY_CONTENT);
  const [decision, setDecision] = useState<Decision>(EMPTY_DECISION);
  const [newVersionNote, setNewVersionNote] = useState('');
  const [area, setArea] = useState<Area>(EMPTY_AREA);
  const [consultationDraft, setConsultationDraft] = useState<SendDraft>(EMPTY_SEND);
  const [errors, setErrors] = useState<Errors>({});
  const [areaErrors, setAreaErrors] = useState<AreaErrors>({});
  const [conflict, setConflict] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const [notice, setNotice] = useState(() => ((location.state as { created?: boolean } | null)?.created ? s.documentCreated : ''));
  usePageTitle(isNew ? s.newDocumentTitle : s.editDocumentTitle(document?.title ?? ''), viewer.municipality?.name);

  /** Takes a document as stored: every form starts again from it (the typed decision stays). */
  const adoptStored = (next: SteeringDocumentEditorFieldsFragment) => {
    setDocument(next);
    setMetadata(metadataOf(next));
    setSavedMetadata(metadataOf(next));
    setContent(contentOf(next));
    setSavedContent(contentOf(next));
  };
  if (fetched && document === null) adoptStored(fetched);

  const decisionTyped = !same(decision, EMPTY_DECISION);
  const dirty =
    !same(metadata, savedMetadata) ||
    !same(content, savedContent) ||
    decisionTyped ||
    newVersionNote.trim() !== '' ||
    !same(area, EMPTY_AREA) ||
    !same(consultationDraft, EMPTY_SEND);
  const { blocker, allowLeave } = useLeaveGuard(dirty);

  const translate = (error: ApiError) =>
    language === 'sv' ? (s.errorCode[error.code] ?? t.errorCode[error.code as keyof WorkspaceStrings['errorCode']] ?? error.message) : error.message;
  const errorsOf = (list: readonly ApiError[], fallback: ErrorKey = 'form'): Errors => {
    const next: Errors = {};
    for (const error of list) {
      const key: ErrorKey = (DOCUMENT_FIELDS as readonly string[]).includes(error.field ?? '') ? (error.field as DocumentField) : fallback;
      next[key] ??= translate(error);
    }
    return next;
  };
  const orNull = (text: string) => text.trim() || null;
  const monthsOf = (text: string): number | null | 'bad' => {
    if (!text.trim()) return null;
    const n = Number(text.trim());
    return Number.isInteger(n) ? n : 'bad';
  };

  /** Runs one mutation of the document; a CONFLICT shows the notice, other errors go to their fields. */
  const run = async (
    mutate: () => Promise<{ errors: readonly ApiError[]; document: SteeringDocumentEditorFieldsFragment | null } | null>,
    done: (saved: SteeringDocumentEditorFieldsFragment) => void,
    fallback: ErrorKey = 'form',
  ) => {
    setAttempt((n) => n + 1);
    setNotice('');
    setConflict(false);
    try {
      const result = await mutate();
      if (!result?.document) {
        if (result?.errors.some((e) => e.code === 'CONFLICT')) setConflict(true);
        setErrors(
          errorsOf(
            (result?.errors ?? []).filter((e) => e.code !== 'CONFLICT'),
            fallback,
          ),
        );
        return;
      }
      setErrors({});
      done(result.document);
    } catch (failure) {
      setErrors({ form: requestFailure(failure, t) });
    }
  };

  const create = async (event: FormEvent) => {
    event.preventDefault();
    const months = monthsOf(metadata.revisionIntervalMonths);
    const local_: Errors = {};
    if (!content.title.trim()) local_.title = s.titleRequired;
    if (months === 'bad') local_.revisionIntervalMonths = s.hint.revisionIntervalMonths;
    if (Object.keys(local_).length > 0) {
      setAttempt((n) => n + 1);
      return setErrors(local_);
    }
    await run(
      async () => {
        const result = await createDocument({
          variables: {
            input: {
              title: content.title.trim(),
              text: orNull(content.text),
              changeNote: orNull(content.changeNote),
              kind: metadata.kind,
              description: orNull(metadata.description),
              followedUpBy: orNull(metadata.followedUpBy),
              revisionIntervalMonths: months === 'bad' ? null : months,
              ownerUnitId: metadata.ownerUnitId || null,
              status: 'DRAFT',
            },
          },
        });
        const payload = result.data?.createSteeringDocument;
        return payload ? { errors: payload.errors, document: payload.steeringDocument ? getFragmentData(SteeringDocumentEditorFields, payload.steeringDocument) : null } : null;
      },
      (created) => {
        allowLeave();
        void navigate(local(paths.steeringDocumentEditor(created.id)), { replace: true, state: { created: true } });
      },
    );
  };

  const saveMetadata = async (event: FormEvent) => {
    event.preventDefault();
    if (!document) return;
    const months = monthsOf(metadata.revisionIntervalMonths);
    if (months === 'bad') {
      setAttempt((n) => n + 1);
      return setErrors({ revisionIntervalMonths: s.hint.revisionIntervalMonths });
    }
    await run(
      async () => {
        const result = await updateDocument({
          variables: {
            input: {
              id: document.id,
              version: document.version,
              kind: metadata.kind,
              description: orNull(metadata.description),
              followedUpBy: orNull(metadata.followedUpBy),
              revisionIntervalMonths: months,
              ownerUnitId: metadata.ownerUnitId || null,
            },
          },
        });
        const payload = result.data?.updateSteeringDocument;
        return payload ? { errors: payload.errors, document: payload.steeringDocument ? getFragmentData(SteeringDocumentEditorFields, payload.steeringDocument) : null } : null;
      },
      (saved) => {
        setDocument(saved);
        setMetadata(metadataOf(saved));
        setSavedMetadata(metadataOf(saved));
        setNotice(s.metadataSaved);
      },
    );
  };

  /** A new version of the document from the given versioned fields. */
  const newVersion = (input: Record<string, unknown> & { changeNote: string }, fallback: ErrorKey) =>
    run(
      async () => {
        if (!document) return null;
        const result = await createVersion({ variables: { input: { id: document.id, version: document.version, ...input } } });
        const payload = result.data?.createSteeringDocumentVersion;
        return payload ? { errors: payload.errors, document: payload.steeringDocument ? getFragmentData(SteeringDocumentEditorFields, payload.steeringDocument) : null } : null;
      },
      (saved) => {
        setDocument(saved);
        setContent(contentOf(saved));
        setSavedContent(contentOf(saved));
        setNotice(
          input.status === 'ADOPTED'
            ? s.adopted(saved.currentVersionNumber)
            : input.status === 'DRAFT'
              ? s.newVersionStarted(saved.currentVersionNumber)
              : s.textSaved(saved.currentVersionNumber),
        );
        if (input.status === 'ADOPTED') setDecision(EMPTY_DECISION);
        if (input.status === 'DRAFT') setNewVersionNote('');
      },
      fallback,
    );

  const saveContent = async (event: FormEvent) => {
    event.preventDefault();
    if (!document) return;
    const local_: Errors = {};
    if (!content.title.trim()) local_.title = s.titleRequired;
    if (content.title.trim() === savedContent.title && content.text === savedContent.text) local_.text = s.nothingChanged;
    if (!content.changeNote.trim()) local_.changeNote = s.changeNoteRequired;
    if (Object.keys(local_).length > 0) {
      setAttempt((n) => n + 1);
      return setErrors(local_);
    }
    await newVersion({ title: content.title.trim(), text: content.text.trim() ? content.text : null, changeNote: content.changeNote.trim() }, 'text');
  };

  const adopt = async (event: FormEvent) => {
    event.preventDefault();
    const local_: Errors = {};
    if (!decision.decisionDate.trim()) local_.decisionDate = s.decisionRequired;
    if (!decision.decidedBy.trim()) local_.decidedBy = s.decisionRequired;
    if (!decision.registrationNumber.trim()) local_.registrationNumber = s.decisionRequired;
    if (Object.keys(local_).length > 0) {
      setAttempt((n) => n + 1);
      return setErrors(local_);
    }
    await newVersion(
      {
        status: 'ADOPTED',
        decisionDate: decision.decisionDate.trim(),
        decidedBy: decision.decidedBy.trim(),
        registrationNumber: decision.registrationNumber.trim(),
        validUntil: orNull(decision.validUntil),
        changeNote: s.adoptedChangeNote,
      },
      'decisionDate',
    );
  };

  const startNewVersion = async (event: FormEvent) => {
    event.preventDefault();
    if (!newVersionNote.trim()) {
      setAttempt((n) => n + 1);
      return setErrors({ newVersionNote: s.changeNoteRequired });
    }
    // The new draft is not decided yet: the decision of the adopted version stays in that version only.
    await newVersion({ status: 'DRAFT', decisionDate: null, decidedBy: null, registrationNumber: null, validUntil: null, changeNote: newVersionNote.trim() }, 'newVersionNote');
  };

  const addArea = async (event: FormEvent) => {
    event.preventDefault();
    if (!document) return;
    setAttempt((n) => n + 1);
    setNotice('');
    const local_: AreaErrors = {};
    if (!area.key.trim()) local_.key = s.focusAreaRequired.key;
    if (!area.nameSv.trim()) local_.nameSv = s.focusAreaRequired.nameSv;
    if (!area.nameEn.trim()) local_.nameEn = s.focusAreaRequired.nameEn;
    if (Object.keys(local_).length > 0) return setAreaErrors(local_);
    try {
      const result = await createFocusArea({
        variables: {
          input: { steeringDocumentId: document.id, key: area.key.trim(), nameSv: area.nameSv.trim(), nameEn: area.nameEn.trim(), description: orNull(area.description) },
        },
      });
      const payload = result.data?.createFocusArea;
      if (!payload?.focusArea) {
        const next: AreaErrors = {};
        for (const error of payload?.errors ?? []) {
          const key = (FOCUS_AREA_FIELDS as readonly string[]).includes(error.field ?? '') ? (error.field as FocusAreaField) : 'form';
          next[key] ??= translate(error);
        }
        return setAreaErrors(next);
      }
      const added = payload.focusArea;
      setAreaErrors({});
      setArea(EMPTY_AREA);
      setDocument((current) => (current ? { ...current, focusAreas: [...current.focusAreas, added] } : current));
      setNotice(s.focusAreaAdded(added.nameSv));
    } catch (failure) {
      setAreaErrors({ form: requestFailure(failure, t) });
    }
  };

  const reloadLatest = async () => {
    const result = await stored.refetch();
    const node = result.data?.node && 'id' in result.data.node ? getFragmentData(SteeringDocumentEditorFields, result.data.node) : null;
    if (!node) return;
    adoptStored(node);
    setConflict(false);
  };

  if (!isNew && stored.loading && !document) return <LoadingState />;
  if (!isNew && stored.error && !document) return <ErrorState error={stored.error} onRetry={() => stored.refetch()} />;

  const fieldLabel = (key: ErrorKey) => (key === 'form' ? '' : key === 'newVersionNote' ? s.field.changeNote : s.field[key]);
  const summary: SummaryItem[] = [
    ...(errors.form ? [{ fieldId: fieldId('title'), message: errors.form }] : []),
    ...[...DOCUMENT_FIELDS, 'newVersionNote' as const]
      .filter((field) => errors[field])
      .map((field) => ({ fieldId: fieldId(field), message: `${fieldLabel(field)}: ${errors[field]!}` })),
    ...(areaErrors.form ? [{ fieldId: areaFieldId('key'), message: areaErrors.form }] : []),
    ...FOCUS_AREA_FIELDS.filter((field) => areaErrors[field]).map((field) => ({ fieldId: areaFieldId(field), message: `${s.focusAreaField[field]}: ${areaErrors[field]!}` })),
  ];
  const unitOptions = units.data?.organisationUnits.nodes ?? [];
  const archived = Boolean(document?.archivedAt);
  const busy = creating || updating || versioning;
  const metaFields = (
    <MetadataFields s={s} values={metadata} errors={errors} units={unitOptions} onChange={(key, value) => setMetadata((current) => ({ ...current, [key]: value }))} />
  );
  const contentFields = (
    <>
      <Field id={fieldId('title')} label={s.field.title} value={content.title} error={errors.title} onChange={(e) => setContent((c) => ({ ...c, title: e.target.value }))} />
      <TextArea
        id={fieldId('text')}
        label={s.field.text}
        hint={s.hint.text}
        value={content.text}
        error={errors.text}
        rows={12}
        onChange={(e) => setContent((c) => ({ ...c, text: e.target.value }))}
      />
      <Field
        id={fieldId('changeNote')}
        label={s.field.changeNote}
        hint={s.hint.changeNote}
        value={content.changeNote}
        error={errors.changeNote}
        onChange={(e) => setContent((c) => ({ ...c, changeNote: e.target.value }))}
      />
    </>
  );

  return (
    <div className="ws-wide">
      <p>
        <LocalLink to={paths.steeringDocuments()}>{s.backToDocuments}</LocalLink>
      </p>
      <h1>{isNew ? s.newDocumentTitle : s.editDocumentTitle(document?.title ?? '')}</h1>
      {document && (
        <p className="ws-lead">
          {s.field.status}: <strong>{s.status[document.status]}</strong>, {s.versionNumber.toLowerCase()} {document.currentVersionNumber}
          {document.decisionDate ? `, ${s.field.decisionDate.toLowerCase()} ${document.decisionDate}` : ''}
          {document.registrationNumber ? `, ${document.registrationNumber}` : ''}
        </p>
      )}
      <p role="status" className="ws-status">
        {notice}
      </p>
      {conflict && (
        <div className="ws-notice ws-notice--error" role="alert">
          <p>{s.conflictDocument}</p>
          <button type="button" className="button button--secondary" onClick={() => void reloadLatest()}>
            {t.reloadLatest}
          </button>
        </div>
      )}
      {archived && (
        <div className="ws-notice" role="status">
          <p>{s.archivedNotice}</p>
        </div>
      )}
      <ErrorSummary title={t.errorSummaryTitle} items={summary} focusKey={attempt} />

      {isNew ? (
        <form className="ws-form" noValidate onSubmit={(event) => void create(event)}>
          <fieldset className="ws-fieldset ws-group">
            <legend>{s.textTitle}</legend>
            {contentFields}
          </fieldset>
          <fieldset className="ws-fieldset ws-group">
            <legend>{s.about}</legend>
            {metaFields}
          </fieldset>
          <div className="ws-actions">
            <button type="submit" className="button" disabled={busy}>
              {s.createDocument}
            </button>
          </div>
        </form>
      ) : (
        document && (
          <>
            <p>
              <LocalLink to={paths.goalTree(document.id)}>{s.goalsLink}</LocalLink>
              {' · '}
              <LocalLink to={paths.steeringDocumentDiff(document.id)}>{s.compareVersions}</LocalLink>
            </p>
            {!archived && (
              <>
                <section className="ws-section" aria-labelledby="content-title">
                  <h2 id="content-title">{s.textTitle}</h2>
                  <p className="ws-hint">{s.textHint(document.currentVersionNumber)}</p>
                  <form className="ws-form" noValidate onSubmit={(event) => void saveContent(event)}>
                    {contentFields}
                    <div className="ws-actions">
                      <button type="submit" className="button" disabled={busy}>
                        {s.saveText}
                      </button>
                    </div>
                  </form>
                </section>
                {document.status === 'DRAFT' || document.status === 'IN_CONSULTATION' ? (
                  <section className="ws-section" aria-labelledby="adopt-title">
                    <h2 id="adopt-title">{s.adoptTitle}</h2>
                    <p className="ws-hint">{s.adoptHint}</p>
                    <form className="ws-form" noValidate onSubmit={(event) => void adopt(event)}>
                      {(['decisionDate', 'decidedBy', 'registrationNumber', 'validUntil'] as const).map((key) => (
                        <Field
                          key={key}
                          id={fieldId(key)}
                          label={s.field[key]}
                          hint={s.hint[key]}
                          value={decision[key]}
                          error={errors[key]}
                          onChange={(e) => setDecision((d) => ({ ...d, [key]: e.target.value }))}
                        />
                      ))}
                      <div className="ws-actions">
                        <button type="submit" className="button" disabled={busy}>
                          {s.adopt}
                        </button>
                      </div>
                    </form>
                  </section>
                ) : (
                  <section className="ws-section" aria-labelledby="new-version-title">
                    <h2 id="new-version-title">{s.newVersionTitle}</h2>
                    <p className="ws-hint">{s.newVersionHint}</p>
                    <form className="ws-form" noValidate onSubmit={(event) => void startNewVersion(event)}>
                      <Field
                        id={fieldId('newVersionNote')}
                        label={s.field.changeNote}
                        hint={s.hint.changeNote}
                        value={newVersionNote}
                        error={errors.newVersionNote}
                        onChange={(e) => setNewVersionNote(e.target.value)}
                      />
                      <div className="ws-actions">
                        <button type="submit" className="button" disabled={busy}>
                          {s.startNewVersion}
                        </button>
                      </div>
                    </form>
                  </section>
                )}
                <section className="ws-section" aria-labelledby="about-title">
                  <h2 id="about-title">{s.about}</h2>
                  <p className="ws-hint">{s.aboutHint}</p>
                  <form className="ws-form" noValidate onSubmit={(event) => void saveMetadata(event)}>
                    {metaFields}
                    <div className="ws-actions">
                      <button type="submit" className="button" disabled={busy}>
                        {s.saveMetadata}
                      </button>
                    </div>
                  </form>
                </section>
              </>
            )}
            <Consultations
              documentId={document.id}
              canSend={!archived && (viewer.role === 'ADMIN' || (viewer.role === 'EDITOR' && viewer.units.some((u) => u.id === document.ownerUnit?.id)))}
              isDraft={document.status === 'DRAFT' || document.status === 'IN_CONSULTATION'}
              units={unitOptions}
              draft={consultationDraft}
              onDraft={setConsultationDraft}
              onSent={() => setConsultationDraft(EMPTY_SEND)}
            />
            <section className="ws-section" aria-labelledby="areas-title">
              <h2 id="areas-title">{s.focusAreasTitle}</h2>
              {document.focusAreas.length === 0 ? (
                <p>{s.noFocusAreas}</p>
              ) : (
                <ol className="ws-list">
                  {document.focusAreas.map((focusArea) => (
                    <li key={focusArea.id}>
                      <span>{language === 'sv' ? focusArea.nameSv : focusArea.nameEn}</span>
                      <span className="ws-hint"> – {focusArea.key}</span>
                    </li>
                  ))}
                </ol>
              )}
              {!archived && (
                <form className="ws-form" noValidate onSubmit={(event) => void addArea(event)}>
                  <fieldset className="ws-fieldset ws-group">
                    <legend>{s.addFocusArea}</legend>
                    {FOCUS_AREA_FIELDS.map((key) => (
                      <Field
                        key={key}
                        id={areaFieldId(key)}
                        label={s.focusAreaField[key]}
                        hint={s.focusAreaHint[key]}
                        value={area[key]}
                        error={areaErrors[key]}
                        onChange={(e) => setArea((a) => ({ ...a, [key]: e.target.value }))}
                      />
                    ))}
                  </fieldset>
                  <div className="ws-actions">
                    <button type="submit" className="button button--secondary" disabled={addingArea}>
                      {s.addFocusArea}
                    </button>
                  </div>
                </form>
              )}
            </section>
            <section className="ws-section" aria-labelledby="versions-title">
              <h2 id="versions-title">{s.versionsTitle}</h2>
              <div className="ws-grid-wrap" role="region" aria-labelledby="versions-caption" tabIndex={0}>
                <table className="ws-table">
                  <caption id="versions-caption">{s.versionsCaption}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{s.versionNumber}</th>
                      <th scope="col">{s.field.status}</th>
                      <th scope="col">{s.changeNoteColumn}</th>
                      <th scope="col">{s.field.decisionDate}</th>
                      <th scope="col">{s.field.registrationNumber}</th>
                      <th scope="col">{s.madeAt}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {document.versions.map((version, index) => (
                      <tr key={version.id}>
                        <th scope="row">
                          {index > 0 ? (
                            <LocalLink to={paths.steeringDocumentDiff(document.id, document.versions[index - 1]!.versionNumber, version.versionNumber)}>
                              {version.versionNumber}
                            </LocalLink>
                          ) : (
                            version.versionNumber
                          )}
                        </th>
                        <td>{s.status[version.status]}</td>
                        <td>{version.changeNote ?? ''}</td>
                        <td>{version.decisionDate ?? ''}</td>
                        <td>{version.registrationNumber ?? ''}</td>
                        <td>{new Date(version.createdAt).toISOString().slice(0, 10)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </section>
          </>
        )
      )}
      <LeaveDialog blocker={blocker} />
    </div>
  );
}

function MetadataFields({
  s,
  values,
  errors,
  units,
  onChange,
}: {
  s: SteeringStrings;
  values: Metadata;
  errors: Errors;
  units: ReadonlyArray<{ id: string; name: string }>;
  onChange: (key: keyof Metadata, value: string) => void;
}) {
  return (
    <>
      <Select id={fieldId('kind')} label={s.field.kind} value={values.kind} error={errors.kind} onChange={(v) => onChange('kind', v)}>
        {DOCUMENT_KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {s.kind[kind]}
          </option>
        ))}
      </Select>
      <Field
        id={fieldId('description')}
        label={s.field.description}
        value={values.description}
        error={errors.description}
        onChange={(e) => onChange('description', e.target.value)}
      />
      <Select id={fieldId('ownerUnitId')} label={s.field.ownerUnitId} value={values.ownerUnitId} error={errors.ownerUnitId} onChange={(v) => onChange('ownerUnitId', v)}>
        <option value="">{s.noUnit}</option>
        {units.map((unit) => (
          <option key={unit.id} value={unit.id}>
            {unit.name}
          </option>
        ))}
      </Select>
      <Field
        id={fieldId('followedUpBy')}
        label={s.field.followedUpBy}
        hint={s.hint.followedUpBy}
        value={values.followedUpBy}
        error={errors.followedUpBy}
        onChange={(e) => onChange('followedUpBy', e.target.value)}
      />
      <Field
        id={fieldId('revisionIntervalMonths')}
        label={s.field.revisionIntervalMonths}
        hint={s.hint.revisionIntervalMonths}
        inputMode="numeric"
        value={values.revisionIntervalMonths}
        error={errors.revisionIntervalMonths}
        onChange={(e) => onChange('revisionIntervalMonths', e.target.value)}
      />
    </>
  );
}
