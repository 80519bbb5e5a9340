import { useEffect, useRef } from 'react';
import { appStrings } from './strings';
import { LANGUAGES, useLanguage, useStrings, type Language } from './language';

const NAMES: Record<Language, string> = { sv: 'Svenska', en: 'English' };

/**
 * Switching language renders the page anew under the other language's route; this keeps the
 * keyboard where it was, on the switch, instead of dropping focus to the top of the page.
 */
let focusAfterSwitch: Language | null = null;

/** Two toggle buttons; the pressed one is the current language. Each names itself in its own language. */
export function LanguageSwitch() {
  const { language, setLanguage } = useLanguage();
  const t = useStrings(appStrings);
  const buttons = useRef<Partial<Record<Language, HTMLButtonElement | null>>>({});
  useEffect(() => {
    if (focusAfterSwitch === language) {
      focusAfterSwitch = null;
      buttons.current[language]?.focus();
    }
  }, [language]);
  return (
    <div className="language-switch" role="group" aria-label={t.languageGroup}>
      {LANGUAGES.map((option) => (
        <button
          key={option}
          ref={(element) => {
            buttons.current[option] = element;
          }}
          type="button"
          lang={option}
          className="language-switch__button"
          aria-pressed={option === language}
          onClick={() => {
            if (option === language) return;
            focusAfterSwitch = option;
            setLanguage(option);
          }}
        >
          {NAMES[option]}
        </button>
      ))}
    </div>
  );
}
