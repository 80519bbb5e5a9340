import { runWithSqlScope } from '../src/database/sql-counter';
import { postGraphQL } from './helpers';
import { toGlobalId } from '../src/graphql/global-id';
import { OpenDataService } from '../src/open-data/open-data.service';
import { createIndicator, createMunicipality, parseCsvRecords, putValues, startOpenDataServer, triple, type OpenDataServer } from './open-data-fixture';

/**
 * The national indicator catalogue (issue 14): indicators of several municipalities share a key
 * (the Kolada KPI id, else INK-<id>); value files carry it; /open/v1/indicators lists each key
 * with the municipalities that report it; /open/v1/indicators/<key>/values.csv compares them;
 * the comparison's SQL statement count does not grow with the number of municipalities.
 */

let server: OpenDataServer;
let own: string;
const get = (path: string) => fetch(`${server.url}${path}`);

beforeAll(async () => {
  server = await startOpenDataServer();
  const ds = server.dataSource;
  for (const [code, women, men] of [
    ['0501', 10, 12],
    ['0502', 20, 22],
  ] as const) {
    const m = await createMunicipality(ds, code, { name: `Kommun ${code}` });
    const linked = await createIndicator(ds, m, { name: `Antal i arbete (${code})` }); // Kolada N00945
    await putValues(ds, m, linked, triple('2024', women, men, women + men));
    if (code === '0502') {
      own = await createIndicator(ds, m, { name: 'Egen indikator' });
      await ds.query(`UPDATE indicator SET source_kind = 'OWN', source_reference = NULL WHERE id = $1`, [own]);
      await putValues(ds, m, own, triple('2024', 7, 8, 15));
    }
  }
});

afterAll(async () => {
  await server?.stop();
});

it('lists national definitions by shared key with the municipalities that report them', async () => {
  const body = (await (await get('/open/v1/indicators')).json()) as {
    indicators: Array<{ key: string; koladaId: string | null; municipalities: Array<{ code: string; indicatorId: string }>; links: { valuesCsv: string } }>;
  };
  const kolada = body.indicators.find((indicator) => indicator.key === 'N00945');
  expect(kolada).toMatchObject({ koladaId: 'N00945' });
  expect(kolada?.municipalities.map((m) => m.code)).toEqual(['0501', '0502']);
  const ownKey = `INK-${toGlobalId('Indicator', own)}`;
  expect(body.indicators.find((indicator) => indicator.key === ownKey)).toMatchObject({ koladaId: null, municipalities: [{ code: '0502' }] });
  expect(body.indicators).toHaveLength(2);
});

it('compares one shared indicator across municipalities, and value files carry the key', async () => {
  const response = await get('/open/v1/indicators/N00945/values.csv?sex=WOMEN');
  expect(response.status).toBe(200);
  const records = parseCsvRecords(await response.text());
  expect(records[0]?.[2]).toBe('indicator_key');
  expect(records.slice(1).map((r) => `${r[0]} ${r[2]} ${r[7]}`)).toEqual(['0501 N00945 10', '0502 N00945 20']);
  const json = (await (await get('/open/v1/indicators/N00945/values.json?from=2024&to=2024')).json()) as { values: Array<{ indicatorKey: string }> };
  expect(json.values).toHaveLength(6);
  expect(new Set(json.values.map((v) => v.indicatorKey))).toEqual(new Set(['N00945']));
  for (const [path, status] of [
    ['/open/v1/indicators/nonsense!/values.csv', 404],
    ['/open/v1/indicators/N00945/values.csv?municipality=0501', 400],
  ] as const) {
    expect({ path, status: (await get(path)).status }).toEqual({ path, status });
  }
});

it('the comparison runs the same number of SQL statements for 2 and for 6 municipalities', async () => {
  const ds = server.dataSource;
  const service = new OpenDataService(ds, undefined);
  const count = async () => {
    await service.refresh(await service.allMunicipalityIds());
    const scope = { statements: 0 };
    const rows = await runWithSqlScope(scope, async () => {
      const national = await service.nationalIndicators();
      const values = await service.compare(ds.manager, 'N00945');
      return { national, values };
    });
    return { statements: scope.statements, municipalities: rows.national.find((n) => n.key === 'N00945')?.municipalities.length, values: rows.values.length };
  };
  const COMPARE = `query($id: ID!) { node(id: $id) { ... on Indicator { comparison(sex: WOMEN) { municipalityCode value source } } } }`;
  const first = (await ds.query(`SELECT i.id FROM indicator i JOIN municipality mu ON mu.id = i.municipality_id WHERE mu.code = '0501'`)) as Array<{ id: string }>;
  const id = toGlobalId('Indicator', first[0]!.id);
  const graphql = async () => {
    const result = await postGraphQL(server.url, COMPARE, { id });
    expect(result.errors).toBeUndefined();
    return result;
  };
  const smallGraphQL = await graphql();
  expect(smallGraphQL.data.node.comparison).toEqual([{ municipalityCode: '0502', value: 20, source: 'INKLUDERA' }]);
  const small = await count();
  for (const code of ['0503', '0504', '0505', '0506']) {
    const m = await createMunicipality(ds, code);
    await putValues(ds, m, await createIndicator(ds, m), triple('2024', 30, 31, 61));
  }
  const large = await count();
  expect(small.municipalities).toBe(2);
  expect(large.municipalities).toBe(6);
  expect(small.values).toBe(2 * 3);
  expect(large.values).toBe(6 * 3);
  expect(small.statements).toBeGreaterThan(0);
  expect(large.statements).toBe(small.statements);
  // GraphQL: the indicator's comparison grows with the municipalities, its statement count does not.
  const largeGraphQL = await graphql();
  expect(largeGraphQL.data.node.comparison.map((c: { municipalityCode: string }) => c.municipalityCode)).toEqual(['0502', '0503', '0504', '0505', '0506']);
  expect(largeGraphQL.sqlStatements).toBeGreaterThan(0);
  expect(largeGraphQL.sqlStatements).toBe(smallGraphQL.sqlStatements);
});
