import { toGlobalId } from '../src/graphql/global-id';
import { csvField, csvLine } from '../src/open-data/http';
import { createIndicator, createMunicipality, parseCsvRecords, putValues, startOpenDataServer, triple, type OpenDataServer } from './open-data-fixture';

/**
 * Strict inputs (issue 14): every open-data resource refuses an unknown query parameter, a bad
 * value and `from` after `to` with a 400 that names the parameter; and CSV cells that a spreadsheet
 * would run as formulas are neutralised as OWASP advises, while negative numbers stay numbers.
 */

let server: OpenDataServer;
let indicatorId: string;
const get = (path: string) => fetch(`${server.url}${path}`);

beforeAll(async () => {
  server = await startOpenDataServer();
  const ds = server.dataSource;
  const m = await createMunicipality(ds, '0201', { name: 'Gamma kommun' });
  const id = await createIndicator(ds, m, { name: 'Förändring i andel', unit: 'PERCENT' });
  indicatorId = toGlobalId('Indicator', id);
  await putValues(ds, m, id, [
    ...triple('2022', -3.5, 2, -0.75),
    { period: '2023', sex: 'TOTAL', value: 1, footnote: '=1+1' },
    { period: '2023', sex: 'WOMEN', value: 1, footnote: '+SUM(A1:A2)' },
    { period: '2023', sex: 'MEN', value: 1, footnote: '-2+3' },
    { period: '2024', sex: 'TOTAL', value: 1, footnote: '@cmd' },
    { period: '2024', sex: 'WOMEN', value: 1, footnote: '\t=1' },
    { period: '2024', sex: 'MEN', value: 1, footnote: '  =HYPERLINK("http://x","y")' },
    { period: '2025', sex: 'TOTAL', value: 1, footnote: 'Vanlig fotnot, med komma; och = i mitten' },
  ]);
});

afterAll(async () => {
  await server?.stop();
});

describe('strict query parameters', () => {
  it('refuses unknown, repeated, empty and bad parameters and from after to with a 400 naming the parameter', async () => {
    const values = `/open/v1/0201/indicators/${indicatorId}/values`;
    const cases: Array<[string, string]> = [
      ['/open/v1/0201/values.csv?form=2024', 'form'],
      ['/open/v1/0201/values.json?sexx=WOMEN', 'sexx'],
      ['/open/v1/values.csv?changedsince=2024-01-01T00:00:00Z', 'changedsince'],
      [`${values}.csv?from=2024&from=2025`, 'from'],
      [`${values}.csv?from=`, 'from'],
      [`${values}.csv?from=2025&to=2024`, 'from'],
      [`${values}.json?from=2024-07&to=2024-03`, 'from'],
      ['/open/v1/0201/values.csv?to=2024Q5', 'to'],
      ['/open/v1/0201/values.csv?sex=both', 'sex'],
      ['/open/v1/0201/values.csv?changedSince=2024-02-30T00:00:00Z', 'changedSince'],
      ['/open/v1?x=1', 'x'],
      ['/open/v1/0201?from=2024', 'from'],
      ['/open/v1/0201/indicators?page=2', 'page'],
      [`/open/v1/0201/indicators/${indicatorId}?verbose=1`, 'verbose'],
      ['/0201/datasets/dcat?format=turtle', 'format'],
      ['/0201/datasets/dcat?fromat=jsonld', 'fromat'],
      ['/datasets/dcat?lang=sv', 'lang'],
    ];
    for (const [path, parameter] of cases) {
      const response = await get(path);
      const body = (await response.json()) as { error: string; parameter: string };
      expect({ path, status: response.status, parameter: body.parameter }).toEqual({ path, status: 400, parameter });
      expect(body.error).toContain(parameter);
      expect(response.headers.get('cache-control')).toBe('no-store');
    }
  });

  it('still answers every known parameter, and from equal to to or overlapping periods', async () => {
    for (const path of [
      '/open/v1/0201/values.csv?from=2022&to=2022&sex=WOMEN&changedSince=2000-01-01T00:00:00Z',
      `/open/v1/0201/indicators/${indicatorId}/values.json?from=2024&to=2024-03`,
      '/0201/datasets/dcat?format=jsonld',
      '/open/v1/0201',
    ]) {
      expect({ path, status: (await get(path)).status }).toEqual({ path, status: 200 });
    }
    const records = parseCsvRecords(await (await get(`/open/v1/0201/values.csv?from=2024&to=2024-03`)).text());
    expect(records.slice(1).map((r) => `${r[5]} ${r[6]}`)).toEqual(['2024 TOTAL', '2024 WOMEN', '2024 MEN']);
  });
});

describe('CSV injection (OWASP)', () => {
  it('prefixes text cells that would run as formulas with a quote, and keeps negative numbers numeric', async () => {
    const text = await (await get('/open/v1/0201/values.csv')).text();
    const records = parseCsvRecords(text);
    const footnotes = Object.fromEntries(records.slice(1).map((r) => [`${r[5]} ${r[6]}`, r[9]]));
    expect(footnotes).toEqual({
      '2022 TOTAL': '',
      '2022 WOMEN': '',
      '2022 MEN': '',
      '2023 TOTAL': "'=1+1",
      '2023 WOMEN': "'+SUM(A1:A2)",
      '2023 MEN': "'-2+3",
      '2024 TOTAL': "'@cmd",
      '2024 WOMEN': "'\t=1",
      '2024 MEN': '\'  =HYPERLINK("http://x","y")',
      '2025 TOTAL': 'Vanlig fotnot, med komma; och = i mitten',
    });
    // No field of the raw file begins with a formula character outside quotes.
    for (const line of text.split('\r\n')) {
      for (const cell of line.split(',')) expect(cell).not.toMatch(/^(\s*[=+@]|\t)/);
    }
    const values = Object.fromEntries(records.slice(1).map((r) => [`${r[5]} ${r[6]}`, r[7]]));
    expect([values['2022 TOTAL'], values['2022 WOMEN'], values['2022 MEN']]).toEqual(['-0.75', '-3.5', '2']);
    expect(text).toContain(',2022,WOMEN,-3.5,FINAL,');
    // The JSON file carries the footnote as it is: JSON is not run by spreadsheets.
    const json = (await (await get('/open/v1/0201/values.json')).json()) as { values: Array<{ period: string; sex: string; footnote: string | null; value: number }> };
    expect(json.values.find((v) => v.period === '2023' && v.sex === 'TOTAL')?.footnote).toBe('=1+1');
    expect(json.values.find((v) => v.period === '2022' && v.sex === 'WOMEN')?.value).toBe(-3.5);
  });

  it('csvField: the rule by itself', () => {
    expect(csvField('-12.5', true)).toBe('-12.5');
    expect(csvField('-12.5')).toBe(`"'-12.5"`);
    expect(csvField('-1+1', true)).toBe(`"'-1+1"`);
    expect(csvField('\r\n')).toBe(`"'\r\n"`);
    expect(csvField('a "b"')).toBe('"a ""b"""');
    expect(csvField(null, true)).toBe('');
    expect(csvLine(['=x', '-1', '-1'], new Set([1]))).toBe(`"'=x",-1,"'-1"\r\n`);
  });
});
