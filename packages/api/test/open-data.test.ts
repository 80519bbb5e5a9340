import http from 'node:http';
import zlib from 'node:zlib';
import { JsonLdParser } from 'jsonld-streaming-parser';
import { Store, type Quad } from 'n3';
import { RdfXmlParser } from 'rdfxml-streaming-parser';
import ExcelJS from 'exceljs';
import { runWithSqlScope } from '../src/database/sql-counter';
import { toGlobalId } from '../src/graphql/global-id';
import { loadProgressFacts } from '../src/open-data/progress-columns';
import { postGraphQL } from './helpers';
import { createIndicator, createMunicipality, putValues, startOpenDataServer, triple, type FixtureMunicipality, type OpenDataServer } from './open-data-fixture';

/**
 * Open data end to end over HTTP against real PostgreSQL: what is published, the formats agreeing
 * with each other and with anonymous GraphQL, the change feed, caching, licences, the DCAT-AP-SE
 * catalogue, and small-count protection through every endpoint.
 */

let server: OpenDataServer;
let a: FixtureMunicipality;
let b: FixtureMunicipality;
/** Published COUNT indicator with a small count in 2023. */
let counts: string;
/** Published PERCENT indicator with a licence of its own. */
let shares: string;
let unpublished: string;
let unlinked: string;
let inDraft: string;
const CC_BY = 'http://creativecommons.org/licenses/by/4.0/';
const CC0 = 'http://creativecommons.org/publicdomain/zero/1.0/';

type Row = Record<
  'municipality_code' | 'indicator_id' | 'indicator_key' | 'indicator_name' | 'unit' | 'period' | 'sex' | 'value' | 'status' | 'footnote' | 'progress_target' | 'progress_status',
  string
>;

/** RFC 4180 CSV into records by the header row. */
function parseCsv(text: string): Row[] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      record.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i += 1;
    } else field += c;
  }
  expect(field).toBe(''); // every record ends with CRLF
  const [header, ...rows] = records;
  expect(header).toEqual(['municipality_code', 'indicator_id', 'indicator_key', 'indicator_name', 'unit', 'period', 'sex', 'value', 'status', 'footnote', 'progress_target', 'progress_status']);
  return rows.map((cells) => Object.fromEntries((header as string[]).map((name, i) => [name, cells[i] as string])) as Row);
}

/** The JSON file's values in the CSV's shape. */
function jsonAsRows(body: { values: Array<Record<string, unknown>> }): Row[] {
  return body.values.map((v) => ({
    municipality_code: String(v.municipalityCode),
    indicator_id: String(v.indicatorId),
    indicator_key: String(v.indicatorKey),
    indicator_name: v.indicatorName === null ? '' : String(v.indicatorName as string),
    unit: v.unit === null ? '' : String(v.unit as string),
    period: String(v.period),
    sex: String(v.sex),
    value: v.value === null ? '' : String(v.value as number),
    status: String(v.status),
    footnote: v.footnote === null ? '' : String(v.footnote as string),
    progress_target: v.progressTarget === null ? '' : String(v.progressTarget as number),
    progress_status: v.progressStatus === null ? '' : String(v.progressStatus as string),
  }));
}

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${server.url}${path}`, { headers });

async function csv(path: string): Promise<{ rows: Row[]; response: Response }> {
  const response = await get(path);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8; header=present');
  return { rows: parseCsv(await response.text()), response };
}

/** Raw bytes, no automatic decompression. */
function raw(path: string, headers: Record<string, string>): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get(`${server.url}${path}`, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      })
      .on('error', reject);
  });
}

const key = (row: Row) => `${row.indicator_id}/${row.period}/${row.sex}`;

beforeAll(async () => {
  server = await startOpenDataServer({ defaultMunicipality: '0102' });
  const ds = server.dataSource;
  a = await createMunicipality(ds, '0101', { name: 'Alfa kommun' });
  b = await createMunicipality(ds, '0102', { name: 'Beta kommun' });
  await ds.query(
    `UPDATE municipality SET organisation_number = '212000-0000', open_data_contact_email = 'oppnadata@alfa.example', open_data_attribution = 'Källa: Alfa kommun, integrationsenheten' WHERE id = $1`,
    [a.id],
  );

  counts = await createIndicator(ds, a, { name: 'Antal nyanlända i praktik' });
  await putValues(ds, a, counts, [
    ...triple('2022', 12, 15, 27),
    ...triple('2023', 3, 20, 23), // women small: women and men suppressed, total shown
    ...triple('2024', 14, 18, 32),
    { period: '2025', sex: 'TOTAL', value: 40, status: 'PRELIMINARY' },
    { period: '2021', sex: 'TOTAL', value: 25, footnote: 'Ny definition, "jämförbar" med 2022' },
  ]);
  await ds.query(`UPDATE measurement SET archived_at = now() WHERE indicator_id = $1 AND period = '2021' AND sex = 'TOTAL'`, [counts]);
  await putValues(ds, a, counts, [{ period: '2020', sex: 'TOTAL', value: 24, footnote: 'Ny definition, "jämförbar" med 2022' }]);
  // A unit-level value is never public.
  await ds.query(
    `INSERT INTO measurement (municipality_id, indicator_id, organisation_unit_id, period, period_type, period_start, sex, value, status) VALUES ($1, $2, $3, '2024', 'YEAR', '2024-01-01', 'TOTAL', 99, 'FINAL')`,
    [a.id, counts, a.unitId],
  );

  shares = await createIndicator(ds, a, { name: 'Andel i arbete', unit: 'PERCENT', licence: CC_BY });
  await putValues(ds, a, shares, [...triple('2023', 41.5, 55, 48.7), ...triple('2024', 43.25, 56, 50.2)]);

  unpublished = await createIndicator(ds, a, { name: 'Opublicerad', published: false });
  await putValues(ds, a, unpublished, triple('2024', 10, 10, 20));
  unlinked = await createIndicator(ds, a, { name: 'Utan mål', linked: false });
  await putValues(ds, a, unlinked, triple('2024', 10, 10, 20));
  // Linked only to a goal of a draft document.
  const draft = await createMunicipality(ds, '0103', { documentStatus: 'DRAFT' });
  inDraft = await createIndicator(ds, draft, { name: 'I utkast' });
  await putValues(ds, draft, inDraft, triple('2024', 10, 10, 20));

  const betaIndicator = await createIndicator(ds, b, { name: 'Beta-indikator' });
  await putValues(ds, b, betaIndicator, triple('2024', 7, 8, 15));
});

afterAll(async () => {
  await server?.stop();
});

describe('what is published', () => {
  it('only published indicators linked to adopted documents, only their final municipality-level values', async () => {
    const { rows } = await csv('/open/v1/0101/values.csv');
    const ids = new Set(rows.map((row) => row.indicator_id));
    expect(ids).toEqual(new Set([toGlobalId('Indicator', counts), toGlobalId('Indicator', shares)]));
    expect(rows.every((row) => row.municipality_code === '0101')).toBe(true);
    expect(new Set(rows.map((row) => row.status))).toEqual(new Set(['FINAL', 'SUPPRESSED']));
    const ofCounts = rows.filter((row) => row.indicator_id === toGlobalId('Indicator', counts));
    expect(ofCounts.map((row) => `${row.period} ${row.sex}`)).toEqual([
      '2020 TOTAL',
      '2022 TOTAL',
      '2022 WOMEN',
      '2022 MEN',
      '2023 TOTAL',
      '2023 WOMEN',
      '2023 MEN',
      '2024 TOTAL',
      '2024 WOMEN',
      '2024 MEN',
    ]); // no preliminary 2025, no archived 2021, no unit value
    expect(ofCounts.find((row) => row.period === '2024' && row.sex === 'TOTAL')?.value).toBe('32');
    expect(ofCounts[0]?.footnote).toBe('Ny definition, "jämförbar" med 2022');

    const list = (await (await get('/open/v1/0101/indicators')).json()) as { indicators: Array<{ id: string; nameSv: string; koladaId: string }> };
    expect(list.indicators.map((indicator) => indicator.nameSv)).toEqual(['Andel i arbete', 'Antal nyanlända i praktik']);
    expect(list.indicators[0]?.koladaId).toBe('N00945');

    for (const hidden of [unpublished, unlinked]) {
      expect((await get(`/open/v1/0101/indicators/${toGlobalId('Indicator', hidden)}/values.csv`)).status).toBe(404);
    }
    const draftRows = (await csv('/open/v1/0103/values.csv')).rows;
    expect(draftRows).toEqual([]);
    expect((await get(`/open/v1/0103/indicators/${toGlobalId('Indicator', inDraft)}`)).status).toBe(404);
  });

  it('every indicator carries its metadata', async () => {
    const response = await get(`/open/v1/0101/indicators/${toGlobalId('Indicator', counts)}`);
    expect(response.status).toBe(200);
    const indicator = (await response.json()) as Record<string, any>;
    expect(indicator).toMatchObject({
      id: toGlobalId('Indicator', counts),
      nameSv: 'Antal nyanlända i praktik',
      definition: 'Antal personer, räknat vid årets slut.',
      unit: 'COUNT',
      periodicity: 'YEAR',
      dividedBySex: true,
      koladaId: 'N00945',
      responsibleForImplementation: { unit: 'Kommunstyrelsen' },
      responsibleForFollowUp: { unit: 'Kommunstyrelsen' },
      licence: CC0,
      attribution: 'Källa: Alfa kommun, integrationsenheten',
      firstPeriod: '2020',
      lastPeriod: '2024',
    });
    expect(Date.parse(indicator.lastChanged)).toBeGreaterThan(0);
    expect(indicator.links.valuesCsv).toBe(`${server.url}/open/v1/0101/indicators/${toGlobalId('Indicator', counts)}/values.csv`);
  });

  it('the national file holds every municipality', async () => {
    const { rows } = await csv('/open/v1/values.csv');
    expect(new Set(rows.map((row) => row.municipality_code))).toEqual(new Set(['0101', '0102']));
    const json = (await (await get('/open/v1/values.json')).json()) as { values: unknown[]; municipalities: Array<{ code: string; licence: string; attribution: string }> };
    expect(jsonAsRows(json as never)).toEqual(rows);
    expect(json.municipalities.find((m) => m.code === '0101')?.attribution).toBe('Källa: Alfa kommun, integrationsenheten');
  });
});

describe('formats agree', () => {
  it('CSV and JSON hold the same rows, per municipality and per indicator, with the same filters', async () => {
    for (const path of ['/open/v1/0101/values', `/open/v1/0101/indicators/${toGlobalId('Indicator', shares)}/values`, '/open/v1/0101/values', '/open/v1/0102/values']) {
      for (const query of ['', '?from=2023&to=2023', '?sex=women', '?from=2024&sex=TOTAL']) {
        const { rows } = await csv(`${path}.csv${query}`);
        const json = (await (await get(`${path}.json${query}`)).json()) as { values: Array<Record<string, unknown>> };
        expect(jsonAsRows(json)).toEqual(rows);
      }
    }
    const { rows } = await csv(`/open/v1/0101/indicators/${toGlobalId('Indicator', shares)}/values.csv?from=2024&sex=WOMEN`);
    expect(rows).toEqual([
      {
        municipality_code: '0101',
        indicator_id: toGlobalId('Indicator', shares),
        indicator_key: 'N00945',
        indicator_name: 'Andel i arbete',
        unit: 'PERCENT',
        period: '2024',
        sex: 'WOMEN',
        value: '43.25',
        status: 'FINAL',
        footnote: '',
        // No target in this fixture: no status to judge.
        progress_target: '',
        progress_status: 'NO_DATA',
      },
    ]);
  });

  it('refuses bad filters and unknown things with a plain 400 or 404', async () => {
    for (const [path, status] of [
      ['/open/v1/0101/values.csv?from=2024X', 400],
      ['/open/v1/0101/values.csv?sex=OTHER', 400],
      ['/open/v1/0101/values.csv?changedSince=yesterday', 400],
      ['/open/v1/9999/values.csv', 404],
      ['/open/v1/0101/indicators/nope/values.csv', 404],
      ['/open/v1/0101/nothing', 404],
      ['/9999/datasets/dcat', 404],
    ] as const) {
      const response = await get(path);
      expect({ path, status: response.status }).toEqual({ path, status });
      expect(((await response.json()) as { error: string }).error).toEqual(expect.any(String));
    }
  });

  // Needs anonymous GraphQL reads filtered by access/public-sql.ts with suppressForPublic (issue 4).
  it('anonymous GraphQL serves the same values as the files', async () => {
    const { rows } = await csv('/open/v1/0101/values.csv');
    const result = await postGraphQL(
      server.url,
      `query($id: ID!) { indicators(where: { municipality: { eq: $id } }, first: 100) { nodes { id nameSv unit series { period sex value status footnote } } } }`,
      {
        id: toGlobalId('Municipality', a.id),
      },
    );
    expect(result.errors).toBeUndefined();
    const viaGraphQL: Row[] = result.data.indicators.nodes.flatMap((node: { id: string; nameSv: string; unit: string; series: Array<Record<string, any>> }) =>
      node.series.map((cell) => ({
        municipality_code: '0101',
        indicator_id: node.id,
        indicator_key: 'N00945', // the fixture links every indicator to Kolada's N00945
        indicator_name: node.nameSv,
        unit: node.unit,
        period: cell.period,
        sex: cell.sex,
        value: cell.value === null ? '' : String(cell.value),
        status: cell.status,
        footnote: cell.footnote ?? '',
      })),
    );
    const sort = (list: Row[]) => [...list].sort((x, y) => key(x).localeCompare(key(y)));
    const withoutStatus = rows.map(({ progress_target: _target, progress_status: _status, ...row }) => row);
    expect(sort(viaGraphQL)).toEqual(sort(withoutStatus as Row[]));
  });
});

describe('status columns', () => {
  it('judge each row as anonymous GraphQL judges the indicator at that period (same rule, same public values and targets), also with from/to/sex', async () => {
    const id = toGlobalId('Indicator', shares);
    // Targets for everyone and for women: the rows are judged against them.
    const etagBefore = (await get(`/open/v1/0101/indicators/${id}/values.csv`)).headers.get('etag');
    for (const [sex, value] of [
      ['TOTAL', 60],
      ['WOMEN', 55],
    ] as const) {
      await server.dataSource.query(`INSERT INTO target (municipality_id, indicator_id, period, period_start, sex, value) VALUES ($1, $2, '2026', '2026-01-01', $3, $4)`, [a.id, shares, sex, value]);
    }
    const { rows, response } = await csv(`/open/v1/0101/indicators/${id}/values.csv`);
    expect(rows.length).toBeGreaterThan(3);
    // A target change is a change of the file (migration OpenDataTargetTrigger): a new ETag.
    expect(response.headers.get('etag')).not.toBe(etagBefore);
    const PROGRESS = `query($id: ID!, $period: String!) { node(id: $id) { ... on Indicator { progress(period: $period) {
      total { status target } women { status target } men { status target } } } } }`;
    const judged: string[] = [];
    for (const row of rows) {
      const result = await postGraphQL(server.url, PROGRESS, { id, period: row.period });
      const sex = ({ TOTAL: 'total', WOMEN: 'women', MEN: 'men' } as const)[row.sex as 'TOTAL'];
      const expected = result.data.node.progress[sex];
      expect([row.period, row.sex, row.progress_status, row.progress_target]).toEqual([row.period, row.sex, expected.status, expected.target === null ? '' : String(expected.target)]);
      judged.push(row.progress_status);
    }
    // Not all NO_DATA: the targets make the statuses real.
    expect(judged.some((status) => status !== 'NO_DATA')).toBe(true);
    expect(rows.filter((row) => row.sex === 'WOMEN').every((row) => row.progress_target === '55')).toBe(true);
    // A from filter leaves the earlier rows out of the file but not out of the judgement.
    const later = (await csv(`/open/v1/0101/indicators/${id}/values.csv?from=2024`)).rows;
    expect(later.map((row) => [row.period, row.sex, row.progress_status])).toEqual(rows.filter((row) => row.period >= '2024').map((row) => [row.period, row.sex, row.progress_status]));
    // The xlsx carries them too (as in the CSV).
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await (await get(`/open/v1/0101/indicators/${id}/values.xlsx`)).arrayBuffer()) as ArrayBuffer);
    const sheet = workbook.getWorksheet('Värden') as ExcelJS.Worksheet;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    const statusColumn = header.indexOf('progress_status') + 1;
    const fromXlsx: string[] = [];
    sheet.eachRow((row, n) => {
      if (n > 1) fromXlsx.push(row.getCell(statusColumn).text);
    });
    expect(fromXlsx).toEqual(rows.map((row) => row.progress_status));
  });

  it('costs one statement for the facts and targets, however many indicators the scope holds', async () => {
    const count = async (scope: string[]) => {
      const sqlScope = { statements: 0 };
      const facts = await runWithSqlScope(sqlScope, () => loadProgressFacts(server.dataSource.manager, scope));
      return { statements: sqlScope.statements, indicators: facts.size };
    };
    const one = await count([b.id]);
    const all = await count([a.id, b.id]);
    console.log(`open-data status facts: ${one.indicators} indicators -> ${one.statements} statement(s); ${all.indicators} -> ${all.statements}`);
    expect(all.indicators).toBeGreaterThan(one.indicators);
    expect(all.statements).toBe(1);
    expect(one.statements).toBe(1);
  });
});

describe('small-count protection through every endpoint', () => {
  it('hides the small count and what would reveal it, in CSV, JSON, the feed and anonymous GraphQL', async () => {
    const id = toGlobalId('Indicator', counts);
    const expected = { '2023/TOTAL': ['23', 'FINAL'], '2023/WOMEN': ['', 'SUPPRESSED'], '2023/MEN': ['', 'SUPPRESSED'] };
    const pick = (rows: Row[]) => Object.fromEntries(rows.filter((row) => row.indicator_id === id && row.period === '2023').map((row) => [`${row.period}/${row.sex}`, [row.value, row.status]]));
    expect(pick((await csv('/open/v1/0101/values.csv')).rows)).toEqual(expected);
    expect(pick((await csv(`/open/v1/0101/indicators/${id}/values.csv`)).rows)).toEqual(expected);
    expect(pick((await csv('/open/v1/values.csv')).rows)).toEqual(expected);
    expect(pick((await csv('/open/v1/0101/values.csv?changedSince=2000-01-01T00:00:00Z')).rows)).toEqual(expected);
    expect(pick(jsonAsRows((await (await get('/open/v1/0101/values.json')).json()) as never))).toEqual(expected);
    for (const path of ['/open/v1/0101/values.csv', '/open/v1/0101/values.json', '/open/v1/values.csv', `/open/v1/0101/indicators/${id}/values.json`]) {
      const text = await (await get(path)).text();
      expect(text).not.toMatch(/2023,WOMEN,3,|"period":"2023","sex":"WOMEN","value":3\b|2023,MEN,20,/);
    }
    // Anonymous GraphQL (issue 4): the same cells.
    const result = await postGraphQL(server.url, `query($id: ID!) { node(id: $id) { ... on Indicator { series(from: "2023", to: "2023") { sex value status } } } }`, { id });
    expect(result.errors).toBeUndefined();
    expect(Object.fromEntries(result.data.node.series.map((cell: any) => [`2023/${cell.sex}`, [cell.value === null ? '' : String(cell.value), cell.status]]))).toEqual(expected);
  });

  it('a staff change of the threshold or of a value is published at once', async () => {
    const id = toGlobalId('Indicator', counts);
    const cell = async (period: string, sex: string) => (await csv(`/open/v1/0101/indicators/${id}/values.csv?from=${period}&to=${period}&sex=${sex}`)).rows[0];
    expect(await cell('2022', 'WOMEN')).toMatchObject({ value: '12', status: 'FINAL' });
    await server.dataSource.query('UPDATE municipality SET small_count_threshold = 13 WHERE id = $1', [a.id]);
    expect(await cell('2022', 'WOMEN')).toMatchObject({ value: '', status: 'SUPPRESSED' });
    // Women 12 was released before the threshold rose: hiding men now would protect nothing, since
    // the earlier files already hold 12 (docs/DISCLOSURE.md, limits).
    expect(await cell('2022', 'MEN')).toMatchObject({ value: '15', status: 'FINAL' });
    await server.dataSource.query('UPDATE municipality SET small_count_threshold = 5 WHERE id = $1', [a.id]);
    expect(await cell('2022', 'WOMEN')).toMatchObject({ value: '12', status: 'FINAL' });
  });
});

describe('licence and attribution', () => {
  it('every response names its licence and attribution', async () => {
    const response = await get(`/open/v1/0101/indicators/${toGlobalId('Indicator', shares)}/values.csv`);
    expect(response.headers.get('link')).toBe(
      `<${CC_BY}>; rel="license"; title*=UTF-8''K%C3%A4lla%3A%20Alfa%20kommun%2C%20integrationsenheten, <${server.url}/open/v1/0101/datapackage.json>; rel="describedby"; type="application/json"`,
    );
    const all = await get('/open/v1/0101/values.csv');
    expect(all.headers.get('link')).toContain(`<${CC_BY}>; rel="license"`);
    expect(all.headers.get('link')).toContain(`<${CC0}>; rel="license"`);
    const json = (await (await get(`/open/v1/0101/indicators/${toGlobalId('Indicator', shares)}/values.json`)).json()) as Record<string, any>;
    expect(json).toMatchObject({ licence: CC_BY, attribution: 'Källa: Alfa kommun, integrationsenheten', indicator: { licence: CC_BY } });
    const beta = (await (await get('/open/v1/0102/values.json')).json()) as Record<string, any>;
    expect(beta).toMatchObject({ licence: CC0, attribution: 'Källa: Beta kommun' });
    expect((await get('/open/v1/0102/indicators')).headers.get('link')).toContain(`<${CC0}>; rel="license"`);
  });
});

describe('HTTP caching', () => {
  it('ETag and Last-Modified, 304 on a match, public Cache-Control, and a new ETag after a change', async () => {
    const path = '/open/v1/0102/values.csv';
    const first = await get(path);
    const etag = first.headers.get('etag') as string;
    const lastModified = first.headers.get('last-modified') as string;
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(first.headers.get('cache-control')).toBe('public, max-age=60');
    expect(first.headers.get('access-control-allow-origin')).toBe('*');
    expect((await get(path, { 'if-none-match': etag })).status).toBe(304);
    expect((await get(path, { 'if-modified-since': lastModified })).status).toBe(304);
    expect((await get(path, { 'if-none-match': '"something-else"' })).status).toBe(200);
    for (const other of ['/open/v1/0102/indicators', '/open/v1/0102', '/0102/datasets/dcat', '/open/v1']) {
      const response = await get(other);
      expect((await get(other, { 'if-none-match': response.headers.get('etag') as string })).status).toBe(304);
    }

    await server.dataSource.query(`UPDATE measurement SET value = 9 WHERE municipality_id = $1 AND period = '2024' AND sex = 'MEN'`, [b.id]);
    const after = await get(path, { 'if-none-match': etag });
    expect(after.status).toBe(200);
    expect(after.headers.get('etag')).not.toBe(etag);
    expect(parseCsv(await after.text()).find((row) => row.sex === 'MEN')?.value).toBe('9');
  });

  it('gzip when the client accepts it, the same content, and an ETag of its own', async () => {
    const path = '/open/v1/0101/values.csv';
    const plain = await raw(path, {});
    const zipped = await raw(path, { 'accept-encoding': 'gzip, deflate' });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.vary).toContain('Accept-Encoding');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(zlib.gunzipSync(zipped.body).toString('utf8')).toBe(plain.body.toString('utf8'));
    expect(zipped.headers.etag).not.toBe(plain.headers.etag);
    expect((await raw(path, { 'accept-encoding': 'gzip', 'if-none-match': zipped.headers.etag as string })).status).toBe(304);
  });
});

describe('change feed', () => {
  it('reports an edit, an unpublish and a deletion, and a consumer applying it stays equal to a fresh copy', async () => {
    const ds = server.dataSource;
    const full = await csv('/open/v1/0101/values.csv');
    const copy = new Map(full.rows.map((row) => [key(row), row]));
    const since = full.response.headers.get('x-changed-until') as string;
    expect(Date.parse(since)).toBeGreaterThan(0);
    expect((await csv(`/open/v1/0101/values.csv?changedSince=${encodeURIComponent(since)}`)).rows).toEqual([]);

    const countsId = toGlobalId('Indicator', counts);
    const sharesId = toGlobalId('Indicator', shares);
    await ds.query(`UPDATE measurement SET value = 33, updated_at = now() WHERE indicator_id = $1 AND period = '2024' AND sex = 'TOTAL' AND organisation_unit_id IS NULL`, [counts]); // edit
    await ds.query(`UPDATE measurement SET value = 15 WHERE indicator_id = $1 AND period = '2024' AND sex = 'WOMEN'`, [counts]); // edit, keeps 15 + 18 = 33
    await ds.query(`UPDATE indicator SET published = false WHERE id = $1`, [shares]); // unpublish
    await ds.query(`DELETE FROM measurement WHERE indicator_id = $1 AND period = '2020'`, [counts]); // deletion

    const feed = await csv(`/open/v1/0101/values.csv?changedSince=${encodeURIComponent(since)}`);
    const byKey = Object.fromEntries(feed.rows.map((row) => [key(row), [row.value, row.status]]));
    expect(byKey).toEqual({
      [`${countsId}/2024/TOTAL`]: ['33', 'FINAL'],
      [`${countsId}/2024/WOMEN`]: ['15', 'FINAL'],
      [`${countsId}/2020/TOTAL`]: ['', 'REMOVED'],
      [`${sharesId}/2023/TOTAL`]: ['', 'REMOVED'],
      [`${sharesId}/2023/WOMEN`]: ['', 'REMOVED'],
      [`${sharesId}/2023/MEN`]: ['', 'REMOVED'],
      [`${sharesId}/2024/TOTAL`]: ['', 'REMOVED'],
      [`${sharesId}/2024/WOMEN`]: ['', 'REMOVED'],
      [`${sharesId}/2024/MEN`]: ['', 'REMOVED'],
    });
    const json = (await (await get(`/open/v1/0101/values.json?changedSince=${encodeURIComponent(since)}`)).json()) as { values: Array<Record<string, unknown>>; changedSince: string };
    expect(jsonAsRows(json)).toEqual(feed.rows);
    expect(json.changedSince).toBe(since);

    // Final → preliminary, archiving, and the document leaving ADOPTED all produce tombstones too.
    const since2 = feed.response.headers.get('x-changed-until') as string;
    await ds.query(`UPDATE measurement SET status = 'PRELIMINARY' WHERE indicator_id = $1 AND period = '2022' AND sex = 'TOTAL'`, [counts]);
    await ds.query(`UPDATE measurement SET archived_at = now() WHERE indicator_id = $1 AND period = '2022' AND sex = 'MEN'`, [counts]);
    const feed2 = await csv(`/open/v1/0101/values.csv?changedSince=${encodeURIComponent(since2)}`);
    expect(Object.fromEntries(feed2.rows.map((row) => [key(row), row.status]))).toEqual({ [`${countsId}/2022/TOTAL`]: 'REMOVED', [`${countsId}/2022/MEN`]: 'REMOVED' });

    for (const change of [...feed.rows, ...feed2.rows]) {
      if (change.status === 'REMOVED') copy.delete(key(change));
      else copy.set(key(change), change);
    }
    // The feed carries values; the status columns (which targets change too) are in the full files only.
    expect([...feed.rows, ...feed2.rows].every((row) => row.progress_status === '' && row.progress_target === '')).toBe(true);
    const values = (rows: Row[]) => rows.map(({ progress_target: _target, progress_status: _status, ...row }) => row).sort((x, y) => key(x as Row).localeCompare(key(y as Row)));
    expect(values([...copy.values()])).toEqual(values((await csv('/open/v1/0101/values.csv')).rows));

    const since3 = feed2.response.headers.get('x-changed-until') as string;
    await ds.query(`UPDATE steering_document SET status = 'DRAFT' WHERE id = $1`, [a.documentId]);
    const feed3 = await csv(`/open/v1/0101/values.csv?changedSince=${encodeURIComponent(since3)}`);
    expect(feed3.rows.length).toBe(copy.size);
    expect(feed3.rows.every((row) => row.status === 'REMOVED' && row.value === '')).toBe(true);
    expect((await csv('/open/v1/0101/values.csv')).rows).toEqual([]);
    const list = (await (await get('/open/v1/0101/indicators')).json()) as { indicators: unknown[] };
    expect(list.indicators).toEqual([]);

    // Back to adopted: the rows come back as changes.
    const since4 = feed3.response.headers.get('x-changed-until') as string;
    await ds.query(`UPDATE steering_document SET status = 'ADOPTED' WHERE id = $1`, [a.documentId]);
    const feed4 = await csv(`/open/v1/0101/values.csv?changedSince=${encodeURIComponent(since4)}`);
    expect(feed4.rows.length).toBe(copy.size);
    expect(feed4.rows.every((row) => row.status !== 'REMOVED')).toBe(true);
  });
});

const DCAT = 'http://www.w3.org/ns/dcat#';
const DCT = 'http://purl.org/dc/terms/';
const FOAF = 'http://xmlns.com/foaf/0.1/';
const VCARD = 'http://www.w3.org/2006/vcard/ns#';
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';

function parse(parser: RdfXmlParser | JsonLdParser, text: string): Promise<Quad[]> {
  return new Promise((resolve, reject) => {
    const quads: Quad[] = [];
    parser.on('data', (quad: Quad) => quads.push(quad));
    parser.on('error', reject);
    parser.on('end', () => resolve(quads));
    parser.write(text);
    parser.end();
  });
}

describe('DCAT-AP-SE catalogue', () => {
  beforeAll(async () => {
    // The change feed test unpublished it.
    await server.dataSource.query('UPDATE indicator SET published = true WHERE id = $1', [shares]);
  });

  it('parses as RDF/XML and has every mandatory property, with absolute IRIs and no blank nodes', async () => {
    const response = await get('/0101/datasets/dcat');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/rdf+xml; charset=utf-8');
    const quads = await parse(new RdfXmlParser(), await response.text());
    const store = new Store(quads);

    for (const quad of quads) {
      for (const term of [quad.subject, quad.object]) {
        expect(term.termType).not.toBe('BlankNode');
        if (term.termType === 'NamedNode') expect(term.value).toMatch(/^(https?:\/\/[^\s/]+\/?|mailto:)\S*$/);
      }
    }
    const ofType = (type: string) => store.getSubjects(RDF_TYPE, type, null).map((term) => term.value);
    const values = (subject: string, predicate: string) => store.getObjects(subject, predicate, null);
    const expectLangs = (subject: string, predicate: string) => {
      const langs = values(subject, predicate).map((term) => (term.termType === 'Literal' ? term.language : ''));
      expect({ subject, predicate, langs: langs.sort() }).toEqual({ subject, predicate, langs: ['en', 'sv'] });
    };

    const [catalogue, ...others] = ofType(`${DCAT}Catalog`);
    expect(others).toEqual([]);
    expect(catalogue).toBe(`${server.url}/0101/datasets/dcat`);
    expectLangs(catalogue as string, `${DCT}title`);
    expectLangs(catalogue as string, `${DCT}description`);
    const publisher = 'http://dataportal.se/organisation/SE2120000000';
    expect(values(catalogue as string, `${DCT}publisher`).map((t) => t.value)).toEqual([publisher]);
    expect(values(catalogue as string, `${DCT}license`).map((t) => t.value)).toEqual([CC0]);

    const allValues = `${server.url}/open/v1/0101#values`;
    const datasets = ofType(`${DCAT}Dataset`).filter((dataset) => dataset !== allValues);
    expect(new Set(datasets)).toEqual(new Set([counts, shares].map((id) => `${server.url}/open/v1/0101/indicators/${toGlobalId('Indicator', id)}`)));
    expect(new Set(values(catalogue as string, `${DCAT}dataset`).map((t) => t.value))).toEqual(new Set([...datasets, allValues]));
    for (const dataset of datasets) {
      expectLangs(dataset, `${DCT}title`);
      expectLangs(dataset, `${DCT}description`);
      expect(values(dataset, `${DCT}publisher`).map((t) => t.value)).toEqual([publisher]);
      const distributions = values(dataset, `${DCAT}distribution`).map((t) => t.value);
      expect(distributions).toHaveLength(2);
      for (const distribution of distributions) {
        expect(ofType(`${DCAT}Distribution`)).toContain(distribution);
        const [accessUrl] = values(distribution, `${DCAT}accessURL`).map((t) => t.value);
        expect(accessUrl).toMatch(/\/values\.(csv|json)$/);
        expect(values(distribution, `${DCT}license`)).toHaveLength(1);
        expect((await get((accessUrl as string).slice(server.url.length))).status).toBe(200);
      }
      const contact = values(dataset, `${DCAT}contactPoint`).map((t) => t.value);
      expect(contact).toHaveLength(1);
      expect(values(contact[0] as string, `${VCARD}fn`)).toHaveLength(1);
      expect(values(contact[0] as string, `${VCARD}hasEmail`).map((t) => t.value)).toEqual(['mailto:oppnadata@alfa.example']);
    }
    const sharesDistribution = `${server.url}/open/v1/0101/indicators/${toGlobalId('Indicator', shares)}#csv`;
    expect(values(sharesDistribution, `${DCT}license`).map((t) => t.value)).toEqual([CC_BY]);

    // Spatial, temporal from the data and issued (issue 14).
    const counted = `${server.url}/open/v1/0101/indicators/${toGlobalId('Indicator', counts)}`;
    expect(values(counted, `${DCT}spatial`).map((t) => t.value)).toEqual([`${server.url}/open/v1/0101#area`]);
    const [temporal] = values(counted, `${DCT}temporal`).map((t) => t.value);
    const meta = (await (await get(`/open/v1/0101/indicators/${toGlobalId('Indicator', counts)}`)).json()) as { firstPeriod: string; lastPeriod: string };
    expect(values(temporal as string, `${DCAT}startDate`).map((t) => t.value)).toEqual([`${meta.firstPeriod}-01-01`]);
    expect(values(temporal as string, `${DCAT}endDate`).map((t) => t.value)).toEqual([`${meta.lastPeriod}-12-31`]);
    expect(values(counted, `${DCT}issued`)).toHaveLength(1);
    // Media types typed dcterms:MediaType, as DCAT-AP 3 requires.
    for (const mediaType of store.getObjects(null, `${DCAT}mediaType`, null)) {
      expect(store.getObjects(mediaType, RDF_TYPE, null).map((t) => t.value)).toEqual([`${DCT}MediaType`]);
    }
    // The bulk files as distributions of a dataset of their own.
    const bulk = values(allValues, `${DCAT}distribution`).map((t) => values(t.value, `${DCAT}downloadURL`)[0]?.value);
    expect(bulk.sort()).toEqual([`${server.url}/open/v1/0101/values.csv`, `${server.url}/open/v1/0101/values.json`, `${server.url}/open/v1/values.csv`, `${server.url}/open/v1/values.json`]);

    const [service] = ofType(`${DCAT}DataService`);
    expectLangs(service as string, `${DCT}title`);
    expect(
      values(service as string, `${DCT}format`)
        .map((t) => t.value)
        .sort(),
    ).toEqual(['http://publications.europa.eu/resource/authority/file-type/CSV', 'http://publications.europa.eu/resource/authority/file-type/JSON']);
    expect(values(service as string, `${DCAT}endpointDescription`)).toHaveLength(1);
    expect(values(service as string, `${DCAT}endpointURL`).map((t) => t.value)).toEqual([`${server.url}/open/v1/0101`]);
    expect(values(service as string, `${DCT}publisher`).map((t) => t.value)).toEqual([publisher]);

    expect(ofType(`${FOAF}Agent`)).toEqual([publisher]);
    expect(values(publisher, `${FOAF}name`).map((t) => t.value)).toEqual(['Alfa kommun']);
    expect(values(publisher, `${DCT}type`)).toHaveLength(1);
  });

  it('gives the same graph as JSON-LD, and /datasets/dcat serves the default municipality', async () => {
    const ntriples = (quads: Quad[]) =>
      quads
        .map((q) => `${q.subject.value} ${q.predicate.value} ${q.object.termType}:${q.object.value}@${q.object.termType === 'Literal' ? `${q.object.language}^${q.object.datatype.value}` : ''}`)
        .sort();
    const xml = await parse(new RdfXmlParser(), await (await get('/0101/datasets/dcat')).text());
    const negotiated = await get('/0101/datasets/dcat', { accept: 'application/ld+json' });
    expect(negotiated.headers.get('content-type')).toBe('application/ld+json; charset=utf-8');
    const jsonLd = await parse(new JsonLdParser(), await negotiated.text());
    expect(ntriples(jsonLd)).toEqual(ntriples(xml));
    expect(ntriples(await parse(new JsonLdParser(), await (await get('/0101/datasets/dcat?format=jsonld')).text()))).toEqual(ntriples(xml));

    const fallback = await parse(new RdfXmlParser(), await (await get('/datasets/dcat')).text());
    const store = new Store(fallback);
    expect(store.getSubjects(RDF_TYPE, `${DCAT}Catalog`, null).map((t) => t.value)).toEqual([`${server.url}/0102/datasets/dcat`]);
    // No organisation number and no contact e-mail: a publisher IRI of this installation, and the
    // contact point falls back to the municipality's general contact, its public page.
    expect(store.getSubjects(RDF_TYPE, `${FOAF}Agent`, null).map((t) => t.value)).toEqual([`${server.url}/open/v1/0102#publisher`]);
    const contacts = [...new Set(store.getObjects(null, `${DCAT}contactPoint`, null).map((t) => t.value))];
    expect(contacts).toEqual([`${server.url}/open/v1/0102#contact`]);
    expect(store.getObjects(contacts[0] as string, `${VCARD}hasEmail`, null)).toEqual([]);
    expect(store.getObjects(contacts[0] as string, `${VCARD}hasURL`, null).map((t) => t.value)).toEqual([`${server.url}/kommun/0102`]);
    expect(store.getObjects(contacts[0] as string, `${VCARD}fn`, null).map((t) => t.value)).toEqual(['Beta kommun']);
  });
});
