import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useState, type FormEvent } from 'react';
import { useLanguage, useStrings } from '../../../app/language';
import { ErrorState, LoadingState } from '../../../components/StatusViews';
import { activityStrings } from '../activityStrings';
import { ActivityNotesQuery, AddActivityNoteMutation } from '../activityNoteQueries';
import { requestFailure } from '../messages';
import { workspaceStrings, type WorkspaceStrings } from '../strings';
import { ErrorSummary, type SummaryItem } from './ErrorSummary';
import { Field, TextArea } from './Field';

type NoteField = 'doneOn' | 'text';
type Errors = Partial<Record<NoteField | 'form', string>>;
const fieldId = (field: string) => `note-${field}`;
/** Today in Sweden, yyyy-mm-dd: the day a note is about, unless the person says otherwise. */
const today = () => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(new Date());

/**
 * The progress notes of an activity (what was done, when, by whom), kept as history, and a form to
 * add one. `onDirty` tells the page when the form holds something not yet saved.
 */
export function ActivityNotes({ activityId, mayWrite, onDirty }: { activityId: string; mayWrite: boolean; onDirty: (dirty: boolean) => void }) {
  const t = useStrings(workspaceStrings);
  const a = useStrings(activityStrings);
  const { language } = useLanguage();
  const { data, loading, error, refetch } = useQuery(ActivityNotesQuery, { variables: { id: activityId }, fetchPolicy: 'cache-and-network' });
  const [addNote, { loading: adding }] = useMutation(AddActivityNoteMutation);
  const [doneOn, setDoneOn] = useState(today);
  const [text, setText] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [attempt, setAttempt] = useState(0);
  const [notice, setNotice] = useState('');
  const dirty = text.trim() !== '';
  useEffect(() => onDirty(dirty), [dirty, onDirty]);
  const notes = data?.node && 'notes' in data.node ? data.node.notes : [];
  const date = (iso: string) => new Intl.DateTimeFormat(language === 'sv' ? 'sv-SE' : 'en-GB', { dateStyle: 'long' }).format(new Date(`${iso}T12:00:00`));
  const translate = (e: { code: string; message: string }) => (language === 'sv' ? (t.errorCode[e.code as keyof WorkspaceStrings['errorCode']] ?? e.message) : e.message);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setAttempt((n) => n + 1);
    setNotice('');
    const local: Errors = {};
    if (!text.trim()) local.text = a.noteTextRequired;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(doneOn.trim())) local.doneOn = a.noteDateInvalid;
    if (Object.keys(local).length > 0) return setErrors(local);
    try {
      const result = await addNote({ variables: { input: { activityId, doneOn: doneOn.trim(), text: text.trim() } } });
      const payload = result.data?.addActivityNote;
      if (!payload?.activityNote) {
        const next: Errors = {};
        for (const e of payload?.errors ?? []) {
          const key: NoteField | 'form' = e.field === 'doneOn' || e.field === 'text' ? e.field : 'form';
          next[key] ??= key === 'doneOn' && e.code === 'INVALID' ? a.noteDateFuture : translate(e);
        }
        return setErrors(next);
      }
      setErrors({});
      setText('');
      setDoneOn(today());
      setNotice(a.noteAdded);
      await refetch();
    } catch (failure) {
      setErrors({ form: requestFailure(failure, t) });
    }
  };

  const summary: SummaryItem[] = [
    ...(errors.form ? [{ fieldId: fieldId('text'), message: errors.form }] : []),
    ...(['doneOn', 'text'] as const).filter((f) => errors[f]).map((f) => ({ fieldId: fieldId(f), message: `${a.noteField[f]}: ${errors[f]!}` })),
  ];

  return (
    <section className="ws-section" aria-labelledby="notes-title">
      <h2 id="notes-title">{a.notesTitle}</h2>
      <p className="ws-hint">{a.notesIntro}</p>
      <p role="status" className="ws-status">
        {notice}
      </p>
      {loading && !data ? (
        <LoadingState />
      ) : error && !data ? (
        <ErrorState error={error} onRetry={() => refetch()} />
      ) : notes.length === 0 ? (
        <p>{a.noNotes}</p>
      ) : (
        <ol className="ws-list ws-notes" aria-label={a.notesTitle}>
          {notes.map((note) => (
            <li key={note.id}>
              <p className="ws-hint">
                <strong>{date(note.doneOn)}</strong> – {a.noteBy(note.author)}
              </p>
              <p className="ws-note-text">{note.text}</p>
            </li>
          ))}
        </ol>
      )}
      {mayWrite && (
        <form className="ws-form" noValidate onSubmit={(event) => void submit(event)}>
          <ErrorSummary title={t.errorSummaryTitle} items={summary} focusKey={attempt} />
          <fieldset className="ws-fieldset ws-group">
            <legend>{a.addNoteTitle}</legend>
            <Field id={fieldId('doneOn')} label={a.noteField.doneOn} hint={a.dateHint} value={doneOn} error={errors.doneOn} onChange={(e) => setDoneOn(e.target.value)} />
            <TextArea id={fieldId('text')} label={a.noteField.text} rows={4} value={text} error={errors.text} onChange={(e) => setText(e.target.value)} />
          </fieldset>
          <div className="ws-actions">
            <button type="submit" className="button button--secondary" disabled={adding}>
              {a.addNote}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
