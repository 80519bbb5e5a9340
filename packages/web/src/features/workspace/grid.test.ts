import { buildRows, cellId, cellText, computedTotal, editableColumns, errorsByCell, findConflicts, nextCell, parseNumber, periodTypeOf, rowChanged, type GridIndicator } from './grid';

const count: GridIndicator = { id: 'c', name: 'Praktikplatser', unit: 'COUNT', decimals: 0, dividedBySex: true, stored: {} };
const percent: GridIndicator = {
  id: 'p',
  name: 'Egen försörjning',
  unit: 'PERCENT',
  decimals: 1,
  dividedBySex: true,
  stored: { WOMEN: { value: 55.2, version: 3, footnote: 'Preliminärt', reportedBy: 'Elias' } },
};
const whole: GridIndicator = { id: 'w', name: 'Antal deltagare', unit: 'COUNT', decimals: 0, dividedBySex: false, stored: {} };

describe('the reporting grid', () => {
  it('reads typed numbers with a decimal comma or point, and refuses words', () => {
    expect(parseNumber('3,5')).toBe(3.5);
    expect(parseNumber(' 1 234 ')).toBe(1234);
    expect(parseNumber('−2')).toBe(-2);
    expect(parseNumber('')).toBeNull();
    expect(parseNumber('tolv')).toBeNaN();
    expect(parseNumber('1,2,3')).toBeNaN();
  });

  it('knows the period type of each notation', () => {
    expect(['2026', '2026-S1', '2026-T3', '2026-Q4', '2026-M05', '2026-M13', '2026-T4'].map(periodTypeOf)).toEqual(['YEAR', 'HALF_YEAR', 'TERTIAL', 'QUARTER', 'MONTH', null, null]);
    // The deprecated notation is still read.
    expect(['2026H1', '2026T3', '2026Q4', '2026-05', '2026-13', '26'].map(periodTypeOf)).toEqual(['HALF_YEAR', 'TERTIAL', 'QUARTER', 'MONTH', null, null]);
  });

  it('computes the total of a count from women and men, and only of a count divided by sex', () => {
    expect(computedTotal(count, { WOMEN: '14', MEN: '17' }, 'sv')).toBe(31);
    expect(computedTotal(count, { WOMEN: '14' }, 'sv')).toBeNull();
    expect(computedTotal(percent, { WOMEN: '14', MEN: '17' }, 'sv')).toBeNull();
    expect(editableColumns(count)).toEqual(['WOMEN', 'MEN', 'footnote']);
    expect(editableColumns(percent)).toEqual(['WOMEN', 'MEN', 'TOTAL', 'footnote']);
    expect(editableColumns(whole)).toEqual(['TOTAL', 'footnote']);
  });

  it('shows the stored value in the language until something is typed', () => {
    expect(cellText(percent, undefined, 'WOMEN', 'sv')).toBe('55,2');
    expect(cellText(percent, undefined, 'WOMEN', 'en')).toBe('55.2');
    expect(cellText(percent, { WOMEN: '56' }, 'WOMEN', 'sv')).toBe('56');
    expect(cellText(percent, undefined, 'footnote', 'sv')).toBe('Preliminärt');
    expect(rowChanged(percent, { WOMEN: '55,2' })).toBe(false);
    expect(rowChanged(percent, { WOMEN: '55,3' })).toBe(true);
    expect(rowChanged(percent, { footnote: 'Preliminärt ' })).toBe(false);
  });

  it('sends the changed rows with the computed total, the footnote and the version read of each value, and refuses words before the API', () => {
    const built = buildRows([count, percent, whole], { c: { WOMEN: '14', MEN: '17', footnote: 'Ny källa' }, p: { MEN: 'x' } }, '2026', 'sv');
    expect(built.rows).toEqual([
      // Version 0: no value was read; the API refuses the row if someone has saved one since.
      { indicatorId: 'c', period: '2026', sex: 'WOMEN', value: 14, footnote: 'Ny källa', expectedVersion: 0 },
      { indicatorId: 'c', period: '2026', sex: 'MEN', value: 17, footnote: 'Ny källa', expectedVersion: 0 },
      { indicatorId: 'c', period: '2026', sex: 'TOTAL', value: 31, footnote: 'Ny källa', expectedVersion: 0 },
      // The stored women's value of the percent goes along (unchanged rows are left alone by the API), with the version read.
      { indicatorId: 'p', period: '2026', sex: 'WOMEN', value: 55.2, footnote: 'Preliminärt', expectedVersion: 3 },
    ]);
    expect(built.invalid).toEqual([{ indicatorId: 'p', column: 'MEN' }]);
    // An emptied stored value is sent as null (the API stores it as missing).
    const emptied = buildRows([percent], { p: { WOMEN: '' } }, '2026', 'sv');
    expect(emptied.rows).toEqual([{ indicatorId: 'p', period: '2026', sex: 'WOMEN', value: null, footnote: 'Preliminärt', expectedVersion: 3 }]);
  });

  it("puts the API's row errors at their cells", () => {
    const built = buildRows([percent], { p: { WOMEN: '120', MEN: '70' } }, '2026', 'sv');
    const errors = errorsByCell(
      [
        { index: 0, field: 'value', code: 'OUT_OF_RANGE', message: 'value: 120 is outside 0–100, the range of a percent.' },
        { index: 1, field: 'footnote', code: 'INVALID', message: 'footnote: too long' },
        { index: 9, field: 'value', code: 'OUT_OF_RANGE', message: 'no such row' },
      ],
      built.cells,
    );
    expect([...errors.keys()]).toEqual([cellId('p', 'WOMEN'), cellId('p', 'footnote')]);
    expect(errors.get(cellId('p', 'WOMEN'))?.code).toBe('OUT_OF_RANGE');
  });

  it('finds a value someone else saved since the grid was read, unless it is the same value', () => {
    const built = buildRows([percent, count], { p: { WOMEN: '60' }, c: { WOMEN: '3', MEN: '4' } }, '2026', 'sv');
    const fresh = new Map([
      ['p', { WOMEN: { value: 58, version: 4, footnote: null, reportedBy: 'Alva Admin' } }],
      ['c', { WOMEN: { value: 3, version: 1, footnote: null, reportedBy: 'Alva Admin' } }],
    ]);
    expect(findConflicts([percent, count], fresh, built)).toEqual([{ indicatorId: 'p', column: 'WOMEN', mine: 60, theirs: fresh.get('p')!.WOMEN }]);
    // Nothing changed since it was read: no conflict.
    expect(findConflicts([percent, count], new Map([['p', percent.stored]]), built)).toEqual([]);
  });

  it('moves like a spreadsheet: arrows, Enter down and Shift+Enter up, left and right only at the edge of the text', () => {
    expect(nextCell('ArrowDown', false, false, false)).toEqual({ rows: 1, columns: 0 });
    expect(nextCell('Enter', true, false, false)).toEqual({ rows: -1, columns: 0 });
    expect(nextCell('ArrowLeft', false, false, true)).toBeNull();
    expect(nextCell('ArrowLeft', false, true, false)).toEqual({ rows: 0, columns: -1 });
    expect(nextCell('ArrowRight', false, false, true)).toEqual({ rows: 0, columns: 1 });
    expect(nextCell('a', false, true, true)).toBeNull();
  });
});
