import { useQuery } from '@apollo/client/react';
import { useId, useState } from 'react';
import { Navigate } from 'react-router';
import { useLanguage } from '../../../app/language';
import { LocalLink, useLocalPath } from '../../../app/LocalLink';
import { paths } from '../../../app/paths';
import { usePageTitle } from '../../../app/title';
import { ErrorState, LoadingState } from '../../../components/StatusViews';
import { MunicipalitiesQuery } from '../queries';
import { publicStrings } from '../strings';

/** Lower case without diacritics, so that "tyreso" finds Tyresö. */
export function searchKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim();
}

/** `/`: the municipalities, searchable; with only one, straight to it. */
export default function StartView() {
  const { language } = useLanguage();
  const t = publicStrings[language];
  const local = useLocalPath();
  const { data, error, loading, refetch } = useQuery(MunicipalitiesQuery);
  const [search, setSearch] = useState('');
  const inputId = useId();
  const hintId = useId();
  usePageTitle(t.startTitle);

  if (loading && !data) return <LoadingState />;
  if (error) return <ErrorState error={error} onRetry={() => refetch()} />;
  const all = data?.municipalities.nodes ?? [];
  if (all.length === 1) return <Navigate replace to={local(paths.municipality(all[0]!.code))} />;
  const key = searchKey(search);
  const shown = key === '' ? all : all.filter((m) => searchKey(m.name).includes(key) || m.code.startsWith(key));

  return (
    <div className="page">
      <div className="page-intro">
        <h1 className="page-intro__title">{t.startTitle}</h1>
        <p className="page-intro__lead">{t.startLead}</p>
      </div>
      {all.length === 0 ? (
        <p className="status status--empty">{t.noMunicipalities}</p>
      ) : (
        <>
          <div className="field">
            <label htmlFor={inputId} className="field__label">
              {t.searchLabel}
            </label>
            <span id={hintId} className="field__hint">
              {t.searchHint}
            </span>
            <input
              id={inputId}
              className="field__input"
              type="search"
              autoComplete="off"
              aria-describedby={hintId}
              value={search}
              onChange={(event) => setSearch(event.target.value)}
            />
          </div>
          <p className="search-count" role="status" aria-live="polite">
            {shown.length === 0 ? t.noMatches : t.matches(shown.length)}
          </p>
          <ul className="municipality-list">
            {shown.map((m) => (
              <li key={m.id}>
                <LocalLink className="municipality-link" to={paths.municipality(m.code)}>
                  <span className="municipality-link__name" lang="sv">
                    {m.name}
                  </span>
                  <span className="municipality-link__code">{m.code}</span>
                </LocalLink>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
