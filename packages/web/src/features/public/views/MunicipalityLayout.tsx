import { skipToken, useQuery } from '@apollo/client/react';
import { NavLink, Outlet, useOutletContext, useParams } from 'react-router';
import { useLanguage } from '../../../app/language';
import { LocalLink } from '../../../app/LocalLink';
import { inLanguage, paths } from '../../../app/paths';
import { usePageTitle } from '../../../app/title';
import { EmptyState, ErrorState, LoadingState } from '../../../components/StatusViews';
import { MunicipalityShellQuery } from '../queries';
import { publicStrings } from '../strings';

/** A municipality code (kommunkod) has four digits. */
export const MUNICIPALITY_CODE = /^\d{4}$/;

export interface MunicipalityContext {
  id: string;
  code: string;
  name: string;
}

/** The municipality whose pages these are, for the views under the layout. */
export function useMunicipality(): MunicipalityContext {
  return useOutletContext<MunicipalityContext>();
}

/** Said plainly when the address names a municipality that is not in Inkludera. */
export function UnknownMunicipality({ code }: { code: string }) {
  const t = publicStrings[useLanguage().language];
  usePageTitle(t.unknownMunicipalityTitle);
  return (
    <EmptyState title={t.unknownMunicipalityTitle}>
      <p>{t.unknownMunicipalityBody(code)}</p>
      <p>
        <LocalLink to={paths.start()}>{t.toStartPage}</LocalLink>
      </p>
    </EmptyState>
  );
}

/** `/kommun/:code/…`: the municipality's name and its pages' navigation around each page. */
export default function MunicipalityLayout() {
  const code = useParams().code ?? '';
  const valid = MUNICIPALITY_CODE.test(code);
  const { language } = useLanguage();
  const t = publicStrings[language];
  const { data, error, loading, refetch } = useQuery(MunicipalityShellQuery, valid ? { variables: { code } } : skipToken);
  if (!valid) return <UnknownMunicipality code={code} />;
  if (loading && !data) return <LoadingState />;
  if (error) return <ErrorState error={error} onRetry={() => refetch()} />;
  const municipality = data?.municipality;
  if (!municipality) return <UnknownMunicipality code={code} />;
  const context: MunicipalityContext = { id: municipality.id, code: municipality.code, name: municipality.name };
  return (
    <>
      <nav className="subnav" aria-label={t.municipalityNav}>
        <span className="subnav__name" lang="sv">
          {municipality.name}
        </span>
        <ul>
          <li>
            <NavLink end to={inLanguage(language, paths.municipality(code))}>
              {t.strategyLink}
            </NavLink>
          </li>
          <li>
            <NavLink to={inLanguage(language, paths.overview(code))}>{t.overviewLink}</NavLink>
          </li>
          <li>
            <NavLink to={inLanguage(language, paths.partners(code))}>{t.partnersLink}</NavLink>
          </li>
        </ul>
      </nav>
      <Outlet context={context} />
    </>
  );
}
