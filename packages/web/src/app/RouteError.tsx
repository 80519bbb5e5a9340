import { useLocation } from 'react-router';
import { LanguageProvider } from './language';
import { splitLanguage } from './paths';
import { appStrings } from './strings';

/**
 * What the router shows when a view throws or its code cannot be loaded (e.g. the network went away
 * after a new release): a plain message in the page's language and a reload, never a stack trace.
 */
export function RouteError() {
  const { language } = splitLanguage(useLocation().pathname);
  const t = appStrings[language];
  return (
    <LanguageProvider language={language}>
      <main id="main" className="site-main" tabIndex={-1}>
        <div className="status status--error" role="alert">
          <h1>{t.errorTitle}</h1>
          <p>{t.pageFailed}</p>
          <button type="button" className="button" onClick={() => window.location.reload()}>
            {t.reload}
          </button>
        </div>
      </main>
    </LanguageProvider>
  );
}
