import { execFile } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
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

/** Kolada's data API stand-in on 127.0.0.1: the fixture split over two pages joined by next_page. */
async function startKoladaStandIn(): Promise<{ url: string; requests: string[]; close: () => Promise<void> }> {
  const body = JSON.parse(fs.readFileSync(fixture, 'utf8')) as { values: unknown[] };
  const requests: string[] = [];
  const server = http.createServer((req, res) => {
    requests.push(req.url ?? '');
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    res.setHeader('content-type', 'application/json');
    if (url.searchParams.get('page') === '2') {
      res.end(JSON.stringify({ count: 3, values: body.values.slice(2), previous_page: url.pathname, next_page: null }));
    } else {
      res.end(JSON.stringify({ count: 3, values: body.values.slice(0, 2), next_page: `${url.pathname}?page=2` }));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v3`,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

it('pnpm admin kolada fetch imports the linked KPIs from the data API, following next_page', async () => {
  const ds = server.dataSource;
  const m = await createMunicipality(ds, '0604', { name: 'Kommun 0604' });
  const indicator = await createIndicator(ds, m, { name: 'Andel i arbete', unit: 'PERCENT' }); // linked to N00945
  await putValues(ds, m, indicator, triple('2023', 1, 2, 3));
  const kolada = await startKoladaStandIn();
  try {
    const script = path.join(__dirname, '..', 'dist', 'scripts', 'admin.js');
    const { stdout } = await promisify(execFile)(process.execPath, [script, 'kolada', 'fetch', '--municipality', '0604', '--years', '2022-2023'], {
      env: { ...process.env, DATABASE_URL: server.database.url, NODE_ENV: 'test', KOLADA_API_URL: kolada.url },
    });
    expect(kolada.requests).toEqual(['/v3/data/kpi/N00945/municipality/0000,0604/year/2022,2023', '/v3/data/kpi/N00945/municipality/0000,0604/year/2022,2023?page=2']);
    expect(stdout).toContain('Imported 8 values');
    expect(stdout).toContain('(2 pages)');
    expect(stdout).toContain('3 national');
    const stored: Array<{ municipality_code: string; n: number; source: string }> = await ds.query(
      `SELECT municipality_code, count(*)::int AS n, min(source) AS source FROM kolada_value GROUP BY 1 ORDER BY 1`,
    );
    expect(stored.map((r) => `${r.municipality_code} ${r.n} ${r.source}`)).toEqual([
      `0000 3 Kolada API (${new URL(kolada.url).host})`,
      `0601 3 Kolada API (${new URL(kolada.url).host})`,
      `0602 2 Kolada API (${new URL(kolada.url).host})`,
    ]);
    // The staff's values are untouched.
    const staff: Array<{ value: string }> = await ds.query(`SELECT value::text AS value FROM measurement WHERE indicator_id = $1 ORDER BY sex`, [indicator]);
    expect(staff.map((r) => r.value)).toEqual(['2', '3', '1']);
  } finally {
    await kolada.close();
  }
});

it('pnpm admin kolada fetch says plainly when Kolada cannot be reached, and exits 1', async () => {
  // A port that was just free: nothing listens there.
  const probe = http.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const port = (probe.address() as AddressInfo).port;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  const script = path.join(__dirname, '..', 'dist', 'scripts', 'admin.js');
  const failure = (await promisify(execFile)(process.execPath, [script, 'kolada', 'fetch', '--years', '2023'], {
    env: { ...process.env, DATABASE_URL: server.database.url, NODE_ENV: 'test', KOLADA_API_URL: `http://127.0.0.1:${port}/v3` },
  }).then(
    () => null,
    (error: unknown) => error,
  )) as { code: number; stderr: string } | null;
  expect(failure).not.toBeNull();
  expect(failure?.code).toBe(1);
  expect(failure?.stderr).toContain(`Could not fetch from Kolada at http://127.0.0.1:${port}/v3/data/kpi/N00945/municipality/`);
  expect(failure?.stderr).toContain('ECONNREFUSED');
  expect(failure?.stderr).not.toMatch(/\n\s+at /); // no stack trace

  // An answer that never comes: the timeout.
  const silent = http.createServer(() => undefined);
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
  try {
    const hung = (await promisify(execFile)(process.execPath, [script, 'kolada', 'fetch', '--years', '2023', '--timeout', '0.5'], {
      env: { ...process.env, DATABASE_URL: server.database.url, NODE_ENV: 'test', KOLADA_API_URL: `http://127.0.0.1:${(silent.address() as AddressInfo).port}/v3` },
    }).then(
      () => null,
      (error: unknown) => error,
    )) as { code: number; stderr: string } | null;
    expect(hung?.code).toBe(1);
    expect(hung?.stderr).toContain('no answer within 0.5 s');
  } finally {
    silent.closeAllConnections();
    await new Promise<void>((resolve) => silent.close(() => resolve()));
  }
});
