import { useLanguage } from '../../../app/language';
import { LocalLink } from '../../../app/LocalLink';
import { paths } from '../../../app/paths';
import { appStrings } from '../../../app/strings';
import { usePageTitle } from '../../../app/title';
import { EmptyState } from '../../../components/StatusViews';

/** Any address the site does not know. */
export default function NotFoundView() {
  const t = appStrings[useLanguage().language];
  usePageTitle(t.notFoundTitle);
  return (
    <EmptyState title={t.notFoundTitle}>
      <p>{t.notFoundBody}</p>
      <p>
        <LocalLink to={paths.start()}>{t.notFoundLink}</LocalLink>
      </p>
    </EmptyState>
  );
}
