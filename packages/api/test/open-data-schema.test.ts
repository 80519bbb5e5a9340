import ExcelJS from 'exceljs';
import { toGlobalId } from '../src/graphql/global-id';
import type { TableSchema } from '../src/open-data/schema';
import { createIndicator, createMunicipality, parseCsvRecords, putValues, startOpenDataServer, triple, type OpenDataServer } from './open-data-fixture';

/**
 * File schemas (issue 14): every CSV is listed in a Frictionless Data Package with its Table Schema
 * and names that package in `Link: <…>; rel="describedby"`; and every CSV of the demo data and of
 * tricky fixtures (suppressed cells, negative numbers, formula-like footnotes, tombstones) is valid
 * against its Table Schema, checked by the validator below (Table Schema v1: header, required,
 * type, pattern, enum, missingValues, primaryKey).
 */

interface DataPackage {
  profile: string;
  name: string;
  licenses: Array<{ path: string }>;
  resources: Array<{ name: string; path: string; profile: string; format: string; encoding: string; schema: TableSchema }>;
}

/** Validates a CSV text against a Table Schema; returns the errors (none when valid). */
export function validateTable(text: string, schema: TableSchema): string[] {
  const errors: string[] = [];
  const [header, ...rows] = parseCsvRecords(text);
  const names = schema.fields.map((field) => field.name);
  if (JSON.stringify(header) !== JSON.stringify(names)) errors.push(`header ${JSON.stringify(header)} is not ${JSON.stringify(names)}`);
  const keys = new Set<string>();
  rows.forEach((row, r) => {
    if (row.length !== names.length) errors.push(`row ${r + 2}: ${row.length} cells, not ${names.length}`);
    schema.fields.forEach((field, f) => {
      const cell = row[f] ?? '';
      const at = `row ${r + 2}, ${field.name} ${JSON.stringify(cell)}`;
      if (schema.missingValues.includes(cell)) {
        if (field.constraints?.required) errors.push(`${at}: required`);
        return;
      }
      // Table Schema number: optional sign, digits, optional fraction and exponent (or NaN/INF).
      if (field.type === 'number' && !/^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$|^(NaN|INF|-INF)$/.test(cell)) errors.push(`${at}: not a number`);
      // XML Schema patterns match the whole value.
      if (field.constraints?.pattern && !new RegExp(`^(?:${field.constraints.pattern})$`).test(cell)) errors.push(`${at}: does not match ${field.constraints.pattern}`);
      if (field.constraints?.enum && !field.constraints.enum.includes(cell)) errors.push(`${at}: not one of ${field.constraints.enum.join(', ')}`);
    });
    const key = schema.primaryKey.map((name) => row[names.indexOf(name)]).join('\u0000');
    if (keys.has(key)) errors.push(`row ${r + 2}: primary key repeated`);
    keys.add(key);
  });
  return errors;
}

let server: OpenDataServer;
const get = (path: string) => fetch(path.startsWith('http') ? path : `${server.url}${path}`);

beforeAll(async () => {
  server = await startOpenDataServer({ seedDemo: true });
  const ds = server.dataSource;
  const m = await createMunicipality(ds, '0301', { name: 'Delta kommun' });
  const counts = await createIndicator(ds, m, { name: 'Antal i praktik' });
  await putValues(ds, m, counts, [...triple('2023', 3, 20, 23), ...triple('2024', 14, 18, 32)]);
  const change = await createIndicator(ds, m, { name: 'Förändring', unit: 'PERCENT' });
  await putValues(ds, m, change, [...triple('2024', -3.5, 2, -0.75), { period: '2025', sex: 'TOTAL', value: 1, footnote: '=1+1, "citat"\nny rad' }]);
});

afterAll(async () => {
  await server?.stop();
});

it('the validator refuses what breaks the schema (so a pass means something)', async () => {
  const pkg = (await (await get('/open/v1/0301/datapackage.json')).json()) as DataPackage;
  const schema = pkg.resources[0]!.schema;
  const header = 'municipality_code,indicator_id,indicator_key,indicator_name,unit,period,sex,value,status,footnote,progress_target,progress_status\r\n';
  expect(validateTable(`${header}0301,abc,N00945,Namn,COUNT,2024,TOTAL,12,FINAL,,,\r\n`, schema)).toEqual([]);
  expect(validateTable(`${header}301,abc,N00945,Namn,COUNT,2024,TOTAL,12,FINAL,,,\r\n`, schema)).toEqual([expect.stringContaining('municipality_code "301": does not match')]);
  expect(validateTable(`${header}0301,abc,N00945,Namn,COUNT,2024H3,TOTAL,12,FINAL,,,\r\n`, schema)).toEqual([expect.stringContaining('period')]);
  expect(validateTable(`${header}0301,abc,N00945,Namn,COUNT,2024,ALL,1 2,PRELIMINARY,,,\r\n`, schema)).toHaveLength(3);
  // The status columns: a target is a number, a status one of the rule's.
  expect(validateTable(`${header}0301,abc,N00945,Namn,COUNT,2024,TOTAL,12,FINAL,,20,ON_TRACK\r\n`, schema)).toEqual([]);
  expect(validateTable(`${header}0301,abc,N00945,Namn,COUNT,2024,TOTAL,12,FINAL,,x,GOOD\r\n`, schema)).toHaveLength(2);
  expect(validateTable(`${header}0301,abc,N00945,Namn,COUNT,2024,TOTAL,,FINAL,,,\r\n0301,abc,N00945,Namn,COUNT,2024,TOTAL,,FINAL,,,\r\n`, schema)).toEqual(['row 3: primary key repeated']);
});

it('every CSV of every package is valid against its Table Schema and names its package', async () => {
  const national = (await (await get('/open/v1/datapackage.json')).json()) as DataPackage;
  const index = (await (await get('/open/v1')).json()) as { municipalities: Array<{ code: string; links: { dataPackage: string } }> };
  expect(index.municipalities.map((m) => m.code)).toEqual(expect.arrayContaining(['0138', '1498', '0301']));
  const packages: Array<[string, DataPackage]> = [[`${server.url}/open/v1/datapackage.json`, national]];
  for (const municipality of index.municipalities) {
    packages.push([municipality.links.dataPackage, (await (await get(municipality.links.dataPackage)).json()) as DataPackage]);
  }
  let files = 0;
  let rows = 0;
  for (const [, pkg] of packages) {
    expect(pkg.profile).toBe('tabular-data-package');
    expect(pkg.name).toMatch(/^[a-z0-9._-]+$/);
    expect(pkg.licenses.length).toBeGreaterThan(0);
    expect(new Set(pkg.resources.map((r) => r.name)).size).toBe(pkg.resources.length);
    for (const resource of pkg.resources) {
      expect(resource).toMatchObject({ profile: 'tabular-data-resource', format: 'csv', encoding: 'utf-8' });
      expect(resource.name).toMatch(/^[a-z0-9._-]+$/);
      for (const path of [resource.path, `${resource.path}?changedSince=2000-01-01T00:00:00Z`]) {
        const response = await get(path);
        expect(response.status).toBe(200);
        // The national file names the national package; a municipality's files name theirs.
        const code = /\/open\/v1\/(\d{4})\//.exec(resource.path)?.[1];
        expect(response.headers.get('link')).toContain(`<${server.url}/open/v1/${code ? `${code}/` : ''}datapackage.json>; rel="describedby"`);
        const text = await response.text();
        expect({ path, errors: validateTable(text, resource.schema) }).toEqual({ path, errors: [] });
        files += 1;
        rows += parseCsvRecords(text).length - 1;
      }
    }
  }
  expect(files).toBeGreaterThan(10);
  expect(rows).toBeGreaterThan(50);
});

it('a tombstone and the tricky cells are valid too, and value files carry the name and unit', async () => {
  const ds = server.dataSource;
  const pkg = (await (await get('/open/v1/0301/datapackage.json')).json()) as DataPackage;
  const first = await get('/open/v1/0301/values.csv');
  const since = first.headers.get('x-changed-until') as string;
  const before = parseCsvRecords(await first.text());
  expect(before.some((r) => r[8] === 'SUPPRESSED' && r[7] === '')).toBe(true);
  expect(before.some((r) => r[3] === 'Förändring' && r[4] === 'PERCENT' && r[7] === '-3.5')).toBe(true);
  await ds.query(`UPDATE measurement SET status = 'PRELIMINARY' WHERE period = '2024' AND sex = 'TOTAL' AND value = 32`);
  const feed = await (await get(`/open/v1/0301/values.csv?changedSince=${encodeURIComponent(since)}`)).text();
  expect(
    parseCsvRecords(feed)
      .slice(1)
      .map((r) => r[8]),
  ).toContain('REMOVED');
  expect(validateTable(feed, pkg.resources[0]!.schema)).toEqual([]);
  const json = (await (await get('/open/v1/0301/values.json')).json()) as { dataPackage: string; values: Array<{ indicatorName: string; unit: string }> };
  expect(json.dataPackage).toBe(`${server.url}/open/v1/0301/datapackage.json`);
  expect(new Set(json.values.map((v) => `${v.indicatorName}/${v.unit}`))).toEqual(new Set(['Antal i praktik/COUNT', 'Förändring/PERCENT']));
  expect(pkg.resources.map((r) => r.path)).toContain(
    `${server.url}/open/v1/0301/indicators/${toGlobalId('Indicator', (await ds.query(`SELECT id FROM indicator WHERE name_sv = 'Förändring'`))[0].id)}/values.csv`,
  );
});

it('the xlsx download holds the same rows as the CSV, codes as text and values as numbers', async () => {
  for (const path of ['/open/v1/0301/values', '/open/v1/0138/values']) {
    const csvRows = parseCsvRecords(await (await get(`${path}.csv`)).text());
    const response = await get(`${path}.xlsx`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(response.headers.get('content-encoding')).toBeNull();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as never);
    const sheet = workbook.getWorksheet('Värden');
    const rows: unknown[][] = [];
    sheet?.eachRow({ includeEmpty: false }, (row) => rows.push((row.values as unknown[]).slice(1)));
    expect(rows.length).toBe(csvRows.length);
    rows.slice(1).forEach((cells, i) => {
      const csv = csvRows[i + 1] as string[];
      expect(typeof cells[0]).toBe('string'); // 0138 stays 0138
      expect(cells[0]).toBe(csv[0]);
      expect(cells[5]).toBe(csv[5]); // period as text
      if (csv[7] === '') expect(cells[7] ?? null).toBeNull();
      else expect(cells[7]).toBe(Number(csv[7]));
      // The CSV's quote in front of a formula-like footnote is not needed in xlsx: text is text.
      expect((cells[9] as string | undefined) ?? '').toBe((csv[9] ?? '').replace(/^'(?=\s*[=+\-@]|[\t\r])/, ''));
    });
    expect(workbook.getWorksheet('Om data')?.rowCount).toBeGreaterThan(5);
  }
  expect((await get('/open/v1/values.xlsx')).status).toBe(404);
});
