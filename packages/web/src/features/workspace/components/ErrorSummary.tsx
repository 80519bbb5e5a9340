import { useEffect, useRef } from 'react';

export interface SummaryItem {
  /** The id of the field the message is about; the link moves focus there. */
  fieldId: string;
  message: string;
}

/**
 * GOV.UK's error summary: at the top of the form, focused when it appears, one link per problem
 * that moves focus to the field whose message it repeats.
 */
export function ErrorSummary({ title, items, focusKey }: { title: string; items: readonly SummaryItem[]; focusKey?: unknown }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (items.length > 0) ref.current?.focus();
    // Focus again when a new attempt fails (focusKey changes), not on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focusKey, items.length > 0]);
  if (items.length === 0) return null;
  return (
    <div className="error-summary" ref={ref} tabIndex={-1} role="alert" aria-labelledby="error-summary-title">
      <h2 id="error-summary-title" className="error-summary__title">
        {title}
      </h2>
      <ul className="error-summary__list">
        {items.map((item) => (
          <li key={`${item.fieldId}:${item.message}`}>
            <a
              href={`#${item.fieldId}`}
              onClick={(event) => {
                event.preventDefault();
                const field = document.getElementById(item.fieldId);
                field?.focus();
                field?.scrollIntoView({ block: 'center' });
              }}
            >
              {item.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
