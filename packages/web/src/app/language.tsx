import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Locale } from '@inkludera/shared';

/** The languages of the interface: Swedish first, English as a choice. */
export type Language = Locale;
export const LANGUAGES: readonly Language[] = ['sv', 'en'];
export const DEFAULT_LANGUAGE: Language = 'sv';
export const LANGUAGE_STORAGE_KEY = 'inkludera.language';

export function isLanguage(value: unknown): value is Language {
  return value === 'sv' || value === 'en';
}

/** The stored choice, or Swedish; never throws (storage may be blocked). */
export function readStoredLanguage(): Language {
  try {
    const stored = globalThis.localStorage?.getItem(LANGUAGE_STORAGE_KEY);
    return isLanguage(stored) ? stored : DEFAULT_LANGUAGE;
  } catch {
    return DEFAULT_LANGUAGE;
  }
}

export function storeLanguage(language: Language): void {
  try {
    globalThis.localStorage?.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // The choice then lasts for this page only.
  }
}

/** Sets `<html lang>` so that screen readers and hyphenation follow the chosen language. */
export function applyDocumentLanguage(language: Language): void {
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}

interface LanguageContextValue {
  language: Language;
  setLanguage: (language: Language) => void;
}

const LanguageContext = createContext<LanguageContextValue>({
  language: DEFAULT_LANGUAGE,
  setLanguage: () => undefined,
});

/**
 * The language of the page. In the app it is given by the URL (`language`, with `onChange` moving
 * to the same page in the other language); `initial` alone (unit tests) keeps it in state.
 */
export function LanguageProvider({
  children,
  initial,
  language: controlled,
  onChange,
}: {
  children: ReactNode;
  initial?: Language;
  language?: Language;
  onChange?: (language: Language) => void;
}) {
  const [own, setOwn] = useState<Language>(() => initial ?? readStoredLanguage());
  const language = controlled ?? own;

  useEffect(() => {
    applyDocumentLanguage(language);
  }, [language]);

  const setLanguage = useCallback(
    (next: Language) => {
      storeLanguage(next);
      if (onChange) onChange(next);
      else setOwn(next);
    },
    [onChange],
  );

  const value = useMemo(() => ({ language, setLanguage }), [language, setLanguage]);
  return <LanguageContext.Provider value={value}>{children}</LanguageContext.Provider>;
}

export function useLanguage(): LanguageContextValue {
  return useContext(LanguageContext);
}

/** The strings of a feature in the current language. */
export function useStrings<T>(strings: Record<Language, T>): T {
  return strings[useLanguage().language];
}

/**
 * Text with an English variant that may be missing: the English view falls back to Swedish, and
 * `lang` says which language the text is in (set it on the element, for screen readers).
 */
export function localized(language: Language, sv: string, en: string | null | undefined): { text: string; lang: Language } {
  if (language === 'en' && en && en.trim() !== '') return { text: en, lang: 'en' };
  return { text: sv, lang: 'sv' };
}
