import { buildImport, guessMapping, parseSex } from './importRows';

const indicators = [
  { id: 'SW5k1', nameSv: 'Andel i arbete', sourceReference: 'N00945' },
  { id: 'SW5k2', nameSv: 'Antal praktikplatser', sourceReference: null },
];

describe('the import', () => {
  it('guesses the columns from a Swedish or English header', () => {
    expect(guessMapping(['Indikator', 'År', 'Kön', 'Värde', 'Fotnot'])).toEqual({ indicator: 0, period: 1, sex: 2, value: 3, footnote: 4 });
    expect(guessMapping(['value', 'indicator', 'period'])).toEqual({ indicator: 1, period: 2, sex: null, value: 0, footnote: null });
  });

  it('reads the sexes in both languages', () => {
    expect(['Kvinnor', 'män', 'T', 'women', 'x'].map(parseSex)).toEqual(['WOMEN', 'MEN', 'TOTAL', 'WOMEN', null]);
  });

  it('matches indicators by id, Kolada id or name, and marks each bad line without sending it', () => {
    const sheet = [
      ['indikator', 'period', 'kön', 'värde'],
      ['n00945', 2026, 'kvinnor', '41,5'],
      ['Antal praktikplatser', '2026', 'män', 12],
      ['SW5k2', '2026', 'okänt', 3],
      ['Finns inte', '2026', 'män', 3],
      ['SW5k1', '2026', 'män', 'tolv'],
      ['', '', '', ''],
    ];
    const built = buildImport(sheet, guessMapping(sheet[0]!), indicators);
    expect(built.rows).toEqual([
      { indicatorId: 'SW5k1', period: '2026', sex: 'WOMEN', value: 41.5, footnote: null },
      { indicatorId: 'SW5k2', period: '2026', sex: 'MEN', value: 12, footnote: null },
    ]);
    expect(built.lines.map((l) => [l.line, l.index, l.problem])).toEqual([
      [2, 0, null],
      [3, 1, null],
      [4, null, 'sex'],
      [5, null, 'indicator'],
      [6, null, 'value'],
    ]);
  });
});
