import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { toGlobalId } from '../src/graphql/global-id';
import { importKolada, KoladaFormatError, parseKoladaResponse } from '../src/open-data/kolada';
import { postGraphQL } from './helpers';
import { createIndicator, createMunicipality, putValues, startOpenDataServer, triple, type OpenDataServer } from './open-data-fixture';

/**
 * Kolada import (issue 14) from a saved response in Kolada's data API format
 * (test/fixtures/kolada/N00945-2023.json): values stored beside the staff's with their source,
 * Kolada's national value (0000) kept, staff values never changed and differences reported; the
 * admin CLI runs the same import.
 */

let server: OpenDataServer;
const fixture = path.join(__dirname, 'fixtures', 'kolada', 'N00945-2023.json');

beforeAll(async () => {
  server = await startOpenDataServer();
});

afterAll(async () => {
  await server?.stop();
});

it('reads the response format and refuses what is not one', () => {
  const rows = parseKoladaResponse(JSON.parse(fs.readFileSync(fixture, 'utf8')));
  expect(rows).toHaveLength(8);
  expect(rows[0]).toEqual({ kpi: 'N00945', municipalityCode: '0000', period: '2023', sex: 'WOMEN', value: 61.2, status: null });
  expect(rows.find((r) => r.municipalityCode === '0602' && r.sex === 'WOMEN')).toMatchObject({ value: null, status: 'Saknas' });
  for (const bad of [
    {},
    { values: [{ kpi: 'x', municipality: '0138', period: 2023, values: [] }] },
    { values: [{ kpi: 'N00945', municipality: '0138', period: 2023, values: [{ gender: 'X', value: 1 }] }] },
  ]) {
    expect(() => parseKoladaResponse(bad)).toThrow(KoladaFormatError);
  }
});

it('imports beside the staff values, never over them, and reports where Kolada differs', async () => {
  const ds = server.dataSource;
  const m = await createMunicipality(ds, '0601', { name: 'Kommun 0601' });
  const indicator = await createIndicator(ds, m, { name: 'Andel i arbete', unit: 'PERCENT' }); // linked to N00945
  await putValues(ds, m, indicator, triple('2023', 55, 60, 58)); // staff: women 55 (same), men 60, total 58 (differ)
  const rows = parseKoladaResponse(JSON.parse(fs.readFileSync(fixture, 'utf8')));
  const result = await importKolada(ds, rows, 'Kolada (test)');
  expect(result).toMatchObject({ imported: 8, national: 3, linked: 3 });
  expect(result.differing.map((d) => `${d.sex} ${d.staff} ${d.kolada}`).sort()).toEqual(['MEN 60 60.5', 'TOTAL 58 57.8']);
  const staff: Array<{ sex: string; value: string; source: string }> = await ds.query(`SELECT sex, value::text AS value, source FROM measurement WHERE indicator_id = $1 ORDER BY sex`, [indicator]);
  expect(staff.map((r) => `${r.sex} ${r.value} ${r.source}`)).toEqual(['MEN 60 Test', 'TOTAL 58 Test', 'WOMEN 55 Test']);
  const stored: Array<{ municipality_code: string; sex: string; value: string | null; source: string }> = await ds.query(
    `SELECT municipality_code, sex, value::text AS value, source FROM kolada_value WHERE municipality_code = '0000' ORDER BY sex`,
  );
  expect(stored.map((r) => `${r.sex} ${r.value} ${r.source}`)).toEqual(['MEN 67.9 Kolada (test)', 'TOTAL 64.6 Kolada (test)', 'WOMEN 61.2 Kolada (test)']);
  // The national catalogue shows Kolada's value for the whole country beside the indicator.
  const national = (await (await fetch(`${server.url}/open/v1/indicators`)).json()) as { indicators: Array<{ key: string; national: Array<{ sex: string; value: number }> }> };
  expect(national.indicators.find((n) => n.key === 'N00945')?.national.map((v) => `${v.sex} ${v.value}`)).toEqual(['MEN 67.9', 'TOTAL 64.6', 'WOMEN 61.2']);
  // And in GraphQL, beside the indicator: Kolada's national value for women and men.
  const compared = await postGraphQL(server.url, `query($id: ID!) { node(id: $id) { ... on Indicator { comparison { municipalityCode period sex value source } } } }`, {
    id: toGlobalId('Indicator', indicator),
  });
  expect(compared.errors).toBeUndefined();
  expect(compared.data.node.comparison).toEqual([
    { municipalityCode: '0000', period: '2023', sex: 'MEN', value: 67.9, source: 'KOLADA' },
    { municipalityCode: '0000', period: '2023', sex: 'TOTAL', value: 64.6, source: 'KOLADA' },
    { municipalityCode: '0000', period: '2023', sex: 'WOMEN', value: 61.2, source: 'KOLADA' },
  ]);
  // Again: idempotent.
  await importKolada(ds, rows, 'Kolada (test)');
  expect(((await ds.query(`SELECT count(*)::int AS n FROM kolada_value`)) as Array<{ n: number }>)[0]?.n).toBe(8);
});

it('pnpm admin kolada import <file> runs the import', async () => {
  const script = path.join(__dirname, '..', 'dist', 'scripts', 'admin.js');
  const { stdout } = await promisify(execFile)(process.execPath, [script, 'kolada', 'import', fixture], {
    env: { ...process.env, DATABASE_URL: server.database.url, NODE_ENV: 'test' },
  });
  expect(stdout).toContain('Imported 8 values');
  expect(stdout).toContain('kept the staff value 60 of 0601 N00945 2023 MEN; Kolada has 60.5');
  const sources: Array<{ source: string }> = await server.dataSource.query(`SELECT DISTINCT source FROM kolada_value`);
  expect(sources.map((r) => r.source)).toEqual(['Kolada (N00945-2023.json)']);
  await expect(
    promisify(execFile)(process.execPath, [script, 'kolada', 'import', path.join(__dirname, 'fixtures', 'dcat-ap-se-shapes', 'dcat-ap-se-overrides.json')], {
      env: { ...process.env, DATABASE_URL: server.database.url, NODE_ENV: 'test' },
    }),
  ).rejects.toMatchObject({ stderr: expect.stringContaining('Not a Kolada data response') });
});
