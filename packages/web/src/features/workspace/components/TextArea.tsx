import type { TextareaHTMLAttributes } from 'react';

/** A labelled textarea with an optional hint and its error message (GOV.UK order: label, hint, error, input). */
export function TextArea({ id, label, hint, error, ...input }: { id: string; label: string; hint?: string; error?: string | null } & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field ws-field ws-textarea${error ? ' ws-field--error' : ''}`}>
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
      <textarea className="field__input" id={id} rows={5} aria-invalid={error ? true : undefined} aria-describedby={describedBy} {...input} />
    </div>
  );
}
