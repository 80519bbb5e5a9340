import type { ReactNode } from 'react';

/** A labelled select with its error message (GOV.UK order), for the workspace's forms. */
export function Select({
  id,
  label,
  error,
  value,
  onChange,
  children,
}: {
  id: string;
  label: string;
  error?: string | null;
  value: string;
  onChange: (value: string) => void;
  children: ReactNode;
}) {
  return (
    <div className={`field ws-field${error ? ' ws-field--error' : ''}`}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {error && (
        <span className="ws-error-message" id={`${id}-error`}>
          {error}
        </span>
      )}
      <select
        id={id}
        className="field__input"
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => onChange(event.target.value)}
      >
        {children}
      </select>
    </div>
  );
}

/** A checkbox with its label, hint and error. */
export function Checkbox({
  id,
  label,
  hint,
  error,
  checked,
  onChange,
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string | null;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`ws-check-field${error ? ' ws-field--error' : ''}`}>
      {error && (
        <span className="ws-error-message" id={`${id}-error`}>
          {error}
        </span>
      )}
      <div className="ws-check">
        <input type="checkbox" id={id} checked={checked} aria-describedby={describedBy} onChange={(event) => onChange(event.target.checked)} />
        <label htmlFor={id}>{label}</label>
      </div>
      {hint && (
        <span className="field__hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
    </div>
  );
}
