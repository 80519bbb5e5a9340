import type { Labelled } from '../followUpStrings';

/** A follow-up status as a symbol and a word (never colour alone); `kind` only adds the colour. */
export function Badge({ label, kind }: { label: Labelled; kind: string }) {
  return (
    <span className={`ws-badge ws-badge--${kind.toLowerCase()}`} data-status={kind}>
      <span className="ws-badge__symbol" aria-hidden="true">
        {label.symbol}
      </span>{' '}
      {label.word}
    </span>
  );
}
