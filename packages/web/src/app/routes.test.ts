import { matchRoute, municipalityPath } from './routes';

describe('matchRoute', () => {
  it('matches the start page', () => {
    expect(matchRoute('/')).toEqual({ name: 'start' });
  });

  it('matches a municipality by code, with or without a trailing slash', () => {
    expect(matchRoute('/kommun/0138')).toEqual({ name: 'municipality', code: '0138' });
    expect(matchRoute('/kommun/0138/')).toEqual({ name: 'municipality', code: '0138' });
  });

  it('decodes the code and survives a broken escape', () => {
    expect(matchRoute('/kommun/01%2038')).toEqual({ name: 'municipality', code: '01 38' });
    expect(matchRoute('/kommun/%E0%A4%A')).toEqual({ name: 'notFound' });
  });

  it('knows no other page', () => {
    expect(matchRoute('/kommun')).toEqual({ name: 'notFound' });
    expect(matchRoute('/kommun/0138/extra')).toEqual({ name: 'notFound' });
    expect(matchRoute('/nope')).toEqual({ name: 'notFound' });
  });

  it('builds the path back', () => {
    expect(municipalityPath('0138')).toBe('/kommun/0138');
  });
});
