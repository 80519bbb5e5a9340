/** A group of checkboxes of organisation units: the units of a key, or of an editor. */
export function UnitChecks({
  idPrefix,
  legend,
  hint,
  error,
  units,
  value,
  onChange,
}: {
  idPrefix: string;
  legend: string;
  hint?: string;
  error?: string | null;
  units: ReadonlyArray<{ id: string; name: string }>;
  value: readonly string[];
  onChange: (next: string[]) => void;
}) {
  const describedBy = [hint ? `${idPrefix}-hint` : null, error ? `${idPrefix}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset className="ws-fieldset" id={idPrefix} aria-describedby={describedBy}>
      <legend className="field__label">{legend}</legend>
      {hint && (
        <span className="field__hint" id={`${idPrefix}-hint`}>
          {hint}
        </span>
      )}
      {error && (
        <span className="ws-error-message" id={`${idPrefix}-error`}>
          {error}
        </span>
      )}
      {units.map((unit) => (
        <div className="ws-check" key={unit.id}>
          <input
            type="checkbox"
            id={`${idPrefix}-${unit.id}`}
            checked={value.includes(unit.id)}
            onChange={(event) => onChange(event.target.checked ? [...value, unit.id] : value.filter((id) => id !== unit.id))}
          />
          <label htmlFor={`${idPrefix}-${unit.id}`}>{unit.name}</label>
        </div>
      ))}
    </fieldset>
  );
}
