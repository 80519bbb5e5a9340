import { LocalLink } from '../app/LocalLink';
import { useStrings } from '../app/language';
import { appStrings } from '../app/strings';

export interface Crumb {
  label: string;
  to?: string;
  lang?: string;
}

/** Where the page sits: links up the strategy, the current page last (not a link). */
export function Breadcrumbs({ items }: { items: readonly Crumb[] }) {
  const t = useStrings(appStrings);
  return (
    <nav className="breadcrumbs" aria-label={t.breadcrumbs}>
      <ol>
        {items.map((item, i) => (
          <li key={`${i}-${item.label}`} lang={item.lang}>
            {item.to && i < items.length - 1 ? <LocalLink to={item.to}>{item.label}</LocalLink> : <span aria-current="page">{item.label}</span>}
          </li>
        ))}
      </ol>
    </nav>
  );
}
