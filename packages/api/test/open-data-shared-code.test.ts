import { toGlobalId } from '../src/graphql/global-id';
import { startTestServer, type TestServer } from './helpers';
import { createIndicator, createMunicipality, putValues, triple } from './open-data-fixture';

/**
 * Indicators without a Kolada KPI id that several municipalities report (issue 14): staff give them
 * the same shared code of this installation (INK-…), and open data and the comparison treat them as
 * one indicator, exactly as a shared Kolada id does.
 */

let server: TestServer;
const ids: Record<string, string> = {};

const UPDATE = `mutation($input: UpdateIndicatorInput!) { updateIndicator(input: $input) { indicator { sharedCode } errors { field code message } } }`;

async function setSharedCode(code: string, sharedCode: string | null) {
  const id = toGlobalId('Indicator', ids[code] as string);
  const read = await server.gql(`query($id: ID!) { node(id: $id) { ... on Indicator { version } } }`, { id });
  return server.gql(UPDATE, { input: { id, version: read.data.node.version, sharedCode } });
}

beforeAll(async () => {
  server = await startTestServer({ seedDemo: false });
  const ds = server.dataSource;
  for (const [code, women, men] of [
    ['0601', 11, 13],
    ['0602', 21, 23],
  ] as const) {
    const m = await createMunicipality(ds, code, { name: `Kommun ${code}` });
    ids[code] = await createIndicator(ds, m, { name: `Elever i sfi (${code})` });
    // Entered by staff, with no Kolada id: each has only its own key until a shared code is given.
    await ds.query(`UPDATE indicator SET source_kind = 'MANUAL', source_reference = NULL WHERE id = $1`, [ids[code]]);
    await putValues(ds, m, ids[code] as string, triple('2024', women, men, women + men));
  }
});

afterAll(() => server?.stop());

async function national() {
  const response = await fetch(`${server.url}/open/v1/indicators`);
  expect(response.status).toBe(200);
  return ((await response.json()) as { indicators: Array<{ key: string; municipalities: Array<{ code: string }> }> }).indicators;
}

it('refuses a shared code that is not INK- with capitals, digits and hyphens, at the field', async () => {
  for (const bad of ['SFI', 'ink-sfi', 'INK-', 'INK-sfi kurser', `INK-${'A'.repeat(40)}`]) {
    const answer = await setSharedCode('0601', bad);
    expect({ bad, payload: answer.data.updateIndicator }).toEqual({
      bad,
      payload: { indicator: null, errors: [{ field: 'sharedCode', code: 'INVALID', message: expect.stringContaining('INK-') }] },
    });
  }
});

it('lists two municipalities under one key once both give the indicator the same shared code', async () => {
  const before = await national();
  expect(before).toHaveLength(2);
  expect(before.every((indicator) => indicator.key.startsWith('INK-') && indicator.municipalities.length === 1)).toBe(true);

  for (const code of ['0601', '0602']) {
    const answer = await setSharedCode(code, 'INK-SFI-KURSER');
    expect(answer.errors).toBeUndefined();
    expect(answer.data.updateIndicator).toEqual({ indicator: { sharedCode: 'INK-SFI-KURSER' }, errors: [] });
  }
  const after = await national();
  expect(after.map((indicator) => [indicator.key, indicator.municipalities.map((m) => m.code)])).toEqual([['INK-SFI-KURSER', ['0601', '0602']]]);

  const csv = await (await fetch(`${server.url}/open/v1/indicators/INK-SFI-KURSER/values.csv?sex=WOMEN`)).text();
  expect(csv.split('\n').filter((line) => line.includes('INK-SFI-KURSER'))).toHaveLength(2);

  const comparison = await server.anonymous(`query($id: ID!) { node(id: $id) { ... on Indicator { comparison(sex: WOMEN) { municipalityCode value } } } }`, {
    id: toGlobalId('Indicator', ids['0601'] as string),
  });
  expect(comparison.errors).toBeUndefined();
  expect(comparison.data.node.comparison).toEqual([{ municipalityCode: '0602', value: 21 }]);

  // Removed again: each indicator is on its own once more.
  expect((await setSharedCode('0602', null)).data.updateIndicator.errors).toEqual([]);
  expect((await national()).map((indicator) => indicator.municipalities.length)).toEqual([1, 1]);
});
