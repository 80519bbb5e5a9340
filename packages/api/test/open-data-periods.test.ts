import { SdmxPeriods1795900000000 } from '../src/database/migrations/1795900000000-SdmxPeriods';
import { toGlobalId } from '../src/graphql/global-id';
import { postGraphQL } from './helpers';
import { createIndicator, createMunicipality, parseCsvRecords, putValues, startOpenDataServer, type FixtureMunicipality, type OpenDataServer } from './open-data-fixture';

/**
 * SDMX periods (issue 14): open data and the API accept 2024, 2024-S1, 2024-T2, 2024-Q3 and
 * 2024-M07 and emit them; the older notation (2024Q3, 2024-07, …) is still read. Stored periods
 * migrate to SDMX, and the change feed turns the old keys into tombstones, so that a consumer's
 * copy stays equal to a fresh download.
 */

let server: OpenDataServer;
let m: FixtureMunicipality;
let quarterly: string;
const get = (path: string) => fetch(`${server.url}${path}`);
const rowsOf = async (path: string) => {
  const response = await get(path);
  expect(response.status).toBe(200);
  return { records: parseCsvRecords(await response.text()).slice(1), response };
};

beforeAll(async () => {
  server = await startOpenDataServer();
  m = await createMunicipality(server.dataSource, '0401', { name: 'Epsilon kommun' });
  quarterly = await createIndicator(server.dataSource, m, { name: 'Andel per kvartal', unit: 'PERCENT' });
  await server.dataSource.query(`UPDATE indicator SET periodicity = 'QUARTER' WHERE id = $1`, [quarterly]);
});

afterAll(async () => {
  await server?.stop();
});

it('stored periods in the old notation migrate to SDMX; the change feed tombstones the old keys', async () => {
  const ds = server.dataSource;
  // Rows as an installation before the migration holds them.
  await putValues(ds, m, quarterly, [
    { period: '2024Q2', sex: 'TOTAL', value: 10 },
    { period: '2024Q3', sex: 'TOTAL', value: 11 },
    { period: '2024', sex: 'TOTAL', value: 12 },
  ]);
  const before = await rowsOf('/open/v1/0401/values.csv');
  expect(before.records.map((r) => r[5])).toEqual(['2024', '2024Q2', '2024Q3']);
  const since = before.response.headers.get('x-changed-until') as string;

  const runner = ds.createQueryRunner();
  try {
    await new SdmxPeriods1795900000000().up(runner);
  } finally {
    await runner.release();
  }
  const stored = (await ds.query(`SELECT period FROM measurement WHERE indicator_id = $1 ORDER BY period_start, period`, [quarterly])) as Array<{ period: string }>;
  expect(stored.map((row) => row.period)).toEqual(['2024', '2024-Q2', '2024-Q3']);

  const after = await rowsOf('/open/v1/0401/values.csv');
  expect(after.records.map((r) => r[5])).toEqual(['2024', '2024-Q2', '2024-Q3']);
  const feed = await rowsOf(`/open/v1/0401/values.csv?changedSince=${encodeURIComponent(since)}`);
  expect(feed.records.map((r) => `${r[5]} ${r[8]}`).sort()).toEqual(['2024-Q2 FINAL', '2024-Q3 FINAL', '2024Q2 REMOVED', '2024Q3 REMOVED']);
  // Applying the feed to the earlier copy gives the fresh download.
  const copy = new Map(before.records.map((r) => [`${r[1]} ${r[5]} ${r[6]}`, r]));
  for (const r of feed.records) {
    if (r[8] === 'REMOVED') copy.delete(`${r[1]} ${r[5]} ${r[6]}`);
    else copy.set(`${r[1]} ${r[5]} ${r[6]}`, r);
  }
  expect([...copy.values()].map((r) => r[5]).sort()).toEqual(after.records.map((r) => r[5]).sort());
});

it('open data filters take SDMX and the old notation alike', async () => {
  await putValues(server.dataSource, m, quarterly, [{ period: '2024-Q4', sex: 'TOTAL', value: 13 }]);
  const sdmx = await rowsOf('/open/v1/0401/values.csv?from=2024-Q3&to=2024-Q4');
  expect(sdmx.records.map((r) => r[5])).toEqual(['2024-Q3', '2024-Q4']);
  expect((await rowsOf('/open/v1/0401/values.csv?from=2024Q3&to=2024Q4')).records).toEqual(sdmx.records);
  expect((await rowsOf('/open/v1/0401/values.csv?from=2024-S2&to=2024-M12')).records).toEqual(sdmx.records);
  expect((await rowsOf('/open/v1/0401/values.csv?from=2024-T3')).records.map((r) => r[5])).toEqual(['2024-Q4']);
  for (const bad of ['2024-Q5', '2024-M7', '2024-S3', '2024-H1']) {
    const response = await get(`/open/v1/0401/values.csv?from=${bad}`);
    expect({ bad, status: response.status }).toEqual({ bad, status: 400 });
  }
});

it('GraphQL reads SDMX and the old notation, and emits SDMX', async () => {
  const query = `query($id: ID!, $from: String) { node(id: $id) { ... on Indicator { series(from: $from) { period value } } } }`;
  const id = toGlobalId('Indicator', quarterly);
  const sdmx = await postGraphQL(server.url, query, { id, from: '2024-Q3' });
  expect(sdmx.errors).toBeUndefined();
  expect(sdmx.data.node.series.map((cell: { period: string }) => cell.period)).toEqual(['2024-Q3', '2024-Q4']);
  const legacy = await postGraphQL(server.url, query, { id, from: '2024Q3' });
  expect(legacy.data.node.series).toEqual(sdmx.data.node.series);
});
