import { appStrings } from './strings';
import { LANGUAGES, useLanguage, useStrings, type Language } from './language';

const NAMES: Record<Language, string> = { sv: 'Svenska', en: 'English' };

/** Two toggle buttons; the pressed one is the current language. Each names itself in its own language. */
export function LanguageSwitch() {
  const { language, setLanguage } = useLanguage();
  const t = useStrings(appStrings);
  return (
    <div className="language-switch" role="group" aria-label={t.languageGroup}>
      {LANGUAGES.map((option) => (
        <button
          key={option}
          type="button"
          lang={option}
          className="language-switch__button"
          aria-pressed={option === language}
          onClick={() => setLanguage(option)}
        >
          {NAMES[option]}
        </button>
      ))}
    </div>
  );
}
