import { useCallback, useEffect, useRef } from 'react';
import { Outlet, ScrollRestoration, useLocation, useNavigate, useNavigation } from 'react-router';
import { LanguageSwitch } from './LanguageSwitch';
import { appStrings } from './strings';
import { LanguageProvider, useStrings, type Language } from './language';
import { LocalLink } from './LocalLink';
import { paths, splitLanguage, switchLanguage } from './paths';

/** Header, main and footer; the page frame of every public page. */
function Frame() {
  const t = useStrings(appStrings);
  const location = useLocation();
  const navigation = useNavigation();
  const first = useRef(true);

  // After a client-side navigation, move focus to the main content so that a screen reader starts
  // reading the new page (a full load starts at the top anyway). A jump to an anchor keeps its
  // target; the scroll position is ScrollRestoration's (top for a new page, kept on back/forward).
  // Switching language keeps the page (and the keyboard on the switch): no move then.
  const page = splitLanguage(location.pathname).path;
  const previous = useRef(page);
  useEffect(() => {
    const samePage = previous.current === page;
    previous.current = page;
    if (first.current) {
      first.current = false;
      return;
    }
    if (location.hash || samePage) return;
    document.getElementById('main')?.focus({ preventScroll: true });
  }, [page, location.hash]);

  return (
    <>
      <ScrollRestoration />
      <a className="skip-link" href="#main">
        {t.skipToContent}
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <LocalLink className="brand" to={paths.start()}>
            <span className="brand__mark" aria-hidden="true" />
            <span className="brand__text">
              <span className="brand__name">{t.appName}</span>
              <span className="brand__tagline">{t.appTagline}</span>
            </span>
          </LocalLink>
          <LanguageSwitch />
        </div>
      </header>
      {/* While the next page's code loads, say so (the current page stays until it is there). */}
      <div className="route-progress" role="status" aria-live="polite">
        {navigation.state === 'loading' && (
          <>
            <span className="route-progress__bar" aria-hidden="true" />
            <span className="visually-hidden">{t.loading}</span>
          </>
        )}
      </div>
      <main id="main" className="site-main" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="site-footer">
        <div className="site-footer__inner">
          <p>{t.footer}</p>
          <nav aria-label={t.footerNav}>
            <ul className="site-footer__links">
              <li>
                <LocalLink to={paths.start()}>{t.municipalitiesLink}</LocalLink>
              </li>
              <li>
                <LocalLink to={paths.openData()}>{t.openDataLink}</LocalLink>
              </li>
              <li>
                <LocalLink to={paths.accessibility()}>{t.accessibilityLink}</LocalLink>
              </li>
            </ul>
          </nav>
        </div>
      </footer>
    </>
  );
}

/**
 * The root of one language's tree: the language comes from the URL; the switch moves to the same
 * page in the other language and remembers the choice (main.tsx sends someone who chose English
 * from a Swedish address to the English page on arrival).
 */
export function Layout({ language }: { language: Language }) {
  const navigate = useNavigate();
  const location = useLocation();
  const onChange = useCallback(
    (next: Language) => void navigate(switchLanguage(location.pathname, location.search, location.hash, next)),
    [navigate, location.pathname, location.search, location.hash],
  );
  return (
    <LanguageProvider language={language} onChange={onChange}>
      <Frame />
    </LanguageProvider>
  );
}
