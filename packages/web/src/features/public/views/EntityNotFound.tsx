import { useLanguage } from '../../../app/language';
import { LocalLink } from '../../../app/LocalLink';
import { paths } from '../../../app/paths';
import { usePageTitle } from '../../../app/title';
import { EmptyState } from '../../../components/StatusViews';
import { publicStrings } from '../strings';
import { useMunicipality } from './MunicipalityLayout';

/** An id in the address that names nothing published in this municipality: said plainly, with a way back. */
export function EntityNotFound({ kind }: { kind: 'document' | 'focusArea' | 'goal' | 'indicator' }) {
  const { code, name } = useMunicipality();
  const t = publicStrings[useLanguage().language];
  usePageTitle(t.notFoundTitle(kind), name);
  return (
    <EmptyState title={t.notFoundTitle(kind)}>
      <p>{t.notFoundBody(kind, code)}</p>
      <p>
        <LocalLink to={paths.municipality(code)}>{t.toMunicipality(name)}</LocalLink>
      </p>
    </EmptyState>
  );
}
