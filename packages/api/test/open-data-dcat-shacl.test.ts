import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { createIndicator, createMunicipality, putValues, startOpenDataServer, triple, type OpenDataServer } from './open-data-fixture';

/**
 * The DCAT-AP-SE catalogue of every municipality of the demo installation passes DIGG's SHACL
 * shapes (test/fixtures/dcat-ap-se-shapes, see its SOURCE.md) as DIGG's validator applies them:
 * the EU DCAT-AP 3 shapes and the Swedish additions, over the catalogue with the EU vocabularies,
 * then the Swedish overrides. Zero results of any severity remain.
 */

interface ShaclResult {
  severity: string;
  focusNode: string;
  path?: string;
  component: string;
  message: string;
  value?: string;
}

let server: OpenDataServer;
let dir: string;

beforeAll(async () => {
  server = await startOpenDataServer({ seedDemo: true });
  // Besides the demo municipalities (no organisation number, no e-mail): one with both.
  const m = await createMunicipality(server.dataSource, '0199', { name: 'Provkommun' });
  await server.dataSource.query(`UPDATE municipality SET organisation_number = '212000-0001', open_data_contact_email = 'data@prov.example' WHERE id = $1`, [m.id]);
  const indicator = await createIndicator(server.dataSource, m, { name: 'Antal i praktik' });
  await putValues(server.dataSource, m, indicator, [...triple('2023', 10, 12, 22), ...triple('2024', 11, 13, 24)]);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dcat-'));
});

afterAll(async () => {
  await server?.stop();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

type Report = { file: string; results: ShaclResult[]; ignored: number; baseline: number };

async function validate(files: string[]): Promise<Report[]> {
  const script = path.join(__dirname, 'shacl', 'validate-dcat.mjs');
  const { stdout } = await promisify(execFile)(process.execPath, [script, ...files], { maxBuffer: 64 * 1024 * 1024 });
  return JSON.parse(stdout) as Report[];
}

it('every municipality’s catalogue has zero SHACL results after DIGG’s overrides', async () => {
  const index = (await (await fetch(`${server.url}/open/v1`)).json()) as { municipalities: Array<{ code: string; links: { catalogue: string } }> };
  expect(index.municipalities.map((m) => m.code)).toEqual(expect.arrayContaining(['0138', '1498', '0199']));
  const files: string[] = [];
  for (const municipality of index.municipalities) {
    const response = await fetch(municipality.links.catalogue);
    expect(response.status).toBe(200);
    const file = path.join(dir, `${municipality.code}.rdf`);
    fs.writeFileSync(file, await response.text());
    files.push(file);
  }
  // A broken copy of the first: media types untyped and the publisher without its type. The
  // validator must find exactly what was broken, so the zero above is not vacuous.
  const broken = path.join(dir, 'broken.rdf');
  fs.writeFileSync(
    broken,
    fs
      .readFileSync(files[0] as string, 'utf8')
      .replace(/\s*<rdf:type rdf:resource="http:\/\/purl\.org\/dc\/terms\/MediaType"\/>/g, '')
      .replace(/\s*<dcterms:type rdf:resource="http:\/\/purl\.org\/adms\/publishertype\/LocalAuthority"\/>/g, ''),
  );
  const reports = await validate([...files, broken]);
  const brokenReport = reports.pop() as Report;
  for (const report of reports) {
    expect({ file: path.basename(report.file), results: report.results }).toEqual({ file: path.basename(report.file), results: [] });
    // DIGG's overrides were needed (bare IRIs for access and download URLs), and applied.
    expect(report.ignored).toBeGreaterThan(0);
  }
  const found = new Set(brokenReport.results.map((r) => `${r.path} ${r.component}`));
  expect(found).toEqual(new Set(['http://www.w3.org/ns/dcat#mediaType ClassConstraintComponent', 'http://purl.org/dc/terms/type MinCountConstraintComponent']));
}, 300_000);
