import type { ReactNode } from 'react';
import { LanguageSwitch } from './LanguageSwitch';
import { appStrings } from './strings';
import { useStrings } from './language';

/** The page frame: skip link, header with the language switch, main, footer. */
export function Layout({ children }: { children: ReactNode }) {
  const t = useStrings(appStrings);
  return (
    <>
      <a className="skip-link" href="#main">
        {t.skipToContent}
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <a className="brand" href="/">
            <span className="brand__mark" aria-hidden="true" />
            <span className="brand__text">
              <span className="brand__name">{t.appName}</span>
              <span className="brand__tagline">{t.appTagline}</span>
            </span>
          </a>
          <LanguageSwitch />
        </div>
      </header>
      <main id="main" className="site-main" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <div className="site-footer__inner">
          <p>{t.footer}</p>
        </div>
      </footer>
    </>
  );
}
