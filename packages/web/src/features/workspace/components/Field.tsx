import type { InputHTMLAttributes, ReactNode, TextareaHTMLAttributes } from 'react';

interface Framed {
  id: string;
  label: string;
  hint?: string;
  error?: string | null;
}

/** The ids a control is described by: its hint and its error, when there are any. */
function describedBy({ id, hint, error }: Omit<Framed, 'label'>): string | undefined {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
}

/** Label, hint and error message around a control, in GOV.UK order (label, hint, error, control). */
function FieldFrame({ id, label, hint, error, children }: Framed & { children: ReactNode }) {
  return (
    <div className={`field ws-field${error ? ' ws-field--error' : ''}`}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <span className="field__hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      {error && (
        <span className="ws-error-message" id={`${id}-error`}>
          <span className="visually-hidden">Fel: </span>
          {error}
        </span>
      )}
      {children}
    </div>
  );
}

/** A labelled input with an optional hint and its error message. */
export function Field({ id, label, hint, error, ...input }: Framed & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      <input className="field__input" id={id} aria-invalid={error ? true : undefined} aria-describedby={describedBy({ id, hint, error })} {...input} />
    </FieldFrame>
  );
}

/** A labelled multi-line text (five lines unless told) with an optional hint and its error message. */
export function TextArea({ id, label, hint, error, rows = 5, ...input }: Framed & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      <textarea className="field__input ws-textarea" id={id} rows={rows} aria-invalid={error ? true : undefined} aria-describedby={describedBy({ id, hint, error })} {...input} />
    </FieldFrame>
  );
}
