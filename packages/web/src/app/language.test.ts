import { isLanguage, LANGUAGE_STORAGE_KEY, localized, readStoredLanguage } from './language';

describe('localized', () => {
  it('uses English in the English view, and says so', () => {
    expect(localized('en', 'Skola', 'School')).toEqual({ text: 'School', lang: 'en' });
  });

  it('falls back to Swedish, marked as Swedish, when there is no English', () => {
    expect(localized('en', 'Skola', null)).toEqual({ text: 'Skola', lang: 'sv' });
    expect(localized('en', 'Skola', '  ')).toEqual({ text: 'Skola', lang: 'sv' });
  });

  it('always uses Swedish in the Swedish view', () => {
    expect(localized('sv', 'Skola', 'School')).toEqual({ text: 'Skola', lang: 'sv' });
  });
});

describe('readStoredLanguage', () => {
  const original = Object.getOwnPropertyDescriptor(globalThis, 'localStorage');
  afterEach(() => {
    if (original) Object.defineProperty(globalThis, 'localStorage', original);
    else delete (globalThis as { localStorage?: unknown }).localStorage;
  });

  function storage(getItem: (key: string) => string | null) {
    Object.defineProperty(globalThis, 'localStorage', { value: { getItem }, configurable: true });
  }

  it('is Swedish by default', () => {
    storage(() => null);
    expect(readStoredLanguage()).toBe('sv');
  });

  it('reads a stored choice and ignores anything else', () => {
    storage((key) => (key === LANGUAGE_STORAGE_KEY ? 'en' : null));
    expect(readStoredLanguage()).toBe('en');
    storage(() => 'de');
    expect(readStoredLanguage()).toBe('sv');
  });

  it('survives blocked storage', () => {
    storage(() => {
      throw new Error('SecurityError');
    });
    expect(readStoredLanguage()).toBe('sv');
  });

  it('knows its languages', () => {
    expect(['sv', 'en', 'de', null].map(isLanguage)).toEqual([true, true, false, false]);
  });
});
