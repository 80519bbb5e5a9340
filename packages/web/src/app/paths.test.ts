import { inLanguage, paths, safeReturnPath, splitLanguage, switchLanguage } from './paths';

describe('paths', () => {
  it('puts English under /en and Swedish without prefix', () => {
    expect(inLanguage('sv', paths.municipality('1498'))).toBe('/kommun/1498');
    expect(inLanguage('en', paths.municipality('1498'))).toBe('/en/kommun/1498');
    expect(inLanguage('en', paths.start())).toBe('/en');
  });

  it('encodes opaque ids', () => {
    expect(paths.indicator('1498', 'SW5kaWNhdG9yOjE=')).toBe('/kommun/1498/indikator/SW5kaWNhdG9yOjE%3D');
  });

  it('splits a pathname into language and path', () => {
    expect(splitLanguage('/en')).toEqual({ language: 'en', path: '/' });
    expect(splitLanguage('/en/oppna-data')).toEqual({ language: 'en', path: '/oppna-data' });
    expect(splitLanguage('/english')).toEqual({ language: 'sv', path: '/english' });
    expect(splitLanguage('/')).toEqual({ language: 'sv', path: '/' });
  });

  it('switches language on the same page, keeping query and hash', () => {
    expect(switchLanguage('/kommun/1498/indikator/x', '?a=1', '#tabell', 'en')).toBe('/en/kommun/1498/indikator/x?a=1#tabell');
    expect(switchLanguage('/en/kommun/1498', '', '', 'sv')).toBe('/kommun/1498');
    expect(switchLanguage('/en', '', '', 'sv')).toBe('/');
  });
});

describe('safeReturnPath', () => {
  it('goes back only to a path of this site', () => {
    expect(safeReturnPath('/arbetsyta/rapportering?period=2026')).toBe('/arbetsyta/rapportering?period=2026');
    expect(safeReturnPath('/en/arbetsyta')).toBe('/en/arbetsyta');
    expect(safeReturnPath('//evil.example/x')).toBeNull();
    expect(safeReturnPath('/\\evil.example')).toBeNull();
    expect(safeReturnPath('https://evil.example')).toBeNull();
    expect(safeReturnPath(null)).toBeNull();
  });

  it('builds the workspace paths, with the way back encoded', () => {
    expect(paths.login('/arbetsyta/rapportering?period=2026')).toBe('/arbetsyta/logga-in?tillbaka=%2Farbetsyta%2Frapportering%3Fperiod%3D2026');
    expect(inLanguage('en', paths.reporting('2026H1'))).toBe('/en/arbetsyta/rapportering?period=2026H1');
  });
});
