/**
 * The reporting grid with 500 more indicators (over 500 × 3 cells): how long it takes to show, and
 * how long one keystroke takes to show in its cell. Prints the figures for the README.
 */
import { errorsOf, useHarness } from './harness';

const h = useHarness();
const PASSWORD = 'inkludera-demo-2026';
const EXTRA = 500;

async function adminCall(): Promise<(query: string, variables?: Record<string, unknown>) => Promise<Record<string, unknown>>> {
  const login = await fetch(`${h.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation($i: LoginInput!) { login(input: $i) { user { id } } }', variables: { i: { email: 'admin@tyreso.demo', password: PASSWORD } } }),
  });
  const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
  return async (query, variables = {}) => {
    const response = await fetch(`${h.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ query, variables }) });
    const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown };
    if (!body.data || body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };
}

describe('the reporting grid at scale', () => {
  beforeAll(async () => {
    const call = await adminCall();
    const units = (await call(`{ me { municipality { id } } }`)) as { me: { municipality: { id: string } } };
    const list = (await call(`query($m: ID!) { organisationUnits(first: 1, where: { municipality: { eq: $m } }) { nodes { id } } }`, { m: units.me.municipality.id })) as {
      organisationUnits: { nodes: Array<{ id: string }> };
    };
    const unit = list.organisationUnits.nodes[0]!.id;
    // 10 creations per request (aliases run one after another; inputs as variables, as the query's size is limited).
    const PER = 10;
    for (let batch = 0; batch < EXTRA / PER; batch++) {
      const numbers = Array.from({ length: PER }, (_, i) => batch * PER + i);
      const query = `mutation(${numbers.map((n) => `$i${n}: CreateIndicatorInput!`).join(', ')}) { ${numbers.map((n) => `c${n}: createIndicator(input: $i${n}) { errors { message } }`).join(' ')} }`;
      const variables = Object.fromEntries(
        numbers.map((n) => [
          `i${n}`,
          {
            nameSv: `Skalprov ${String(n).padStart(3, '0')}`,
            unit: n % 2 ? 'COUNT' : 'PERCENT',
            decimals: 1,
            direction: 'INCREASE',
            periodicity: 'YEAR',
            responsibleImplementationUnitId: unit,
            responsibleFollowUpUnitId: unit,
          },
        ]),
      );
      const data = await call(query, variables);
      for (const value of Object.values(data)) expect((value as { errors: unknown[] }).errors).toEqual([]);
    }
  }, 180_000);

  it(`shows ${EXTRA}+ indicators × 3 sexes and keeps typing fast`, async () => {
    const { page } = await h.newPage();
    await page.goto(`${h.url}/arbetsyta/logga-in`);
    await page.getByLabel('E-postadress').fill('admin@tyreso.demo');
    await page.getByLabel('Lösenord').fill(PASSWORD);
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Arbetsyta' }).waitFor();

    const started = Date.now();
    await page.getByRole('link', { name: 'Rapportera utfall' }).first().click();
    await page.getByLabel('Skalprov 499: Kvinnor', { exact: true }).waitFor();
    const loadMs = Date.now() - started;
    const rows = await page.locator('.ws-grid tbody tr').count();
    const cells = await page.locator('.ws-grid tbody input').count();
    expect(rows).toBeGreaterThanOrEqual(EXTRA);

    // One keystroke: from the input event to the next frame, with the value in the cell.
    const keystrokes = await page.evaluate(async () => {
      const inputs = [...document.querySelectorAll<HTMLInputElement>('.ws-grid tbody input[inputmode="decimal"]')];
      const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
      const times: number[] = [];
      for (let i = 0; i < 20; i++) {
        const input = inputs[(i * 37) % inputs.length]!;
        const t0 = performance.now();
        setter.call(input, String(i + 1));
        input.dispatchEvent(new Event('input', { bubbles: true }));
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
        if (input.value !== String(i + 1)) throw new Error('the cell did not keep the value');
        times.push(performance.now() - t0);
      }
      return times.sort((a, b) => a - b);
    });
    const median = keystrokes[Math.floor(keystrokes.length / 2)]!;
    const worst = keystrokes[keystrokes.length - 1]!;
    process.stdout.write(
      `\nReporting grid: ${rows} indicators, ${cells} input cells; shown in ${loadMs} ms; a keystroke to the next frame: median ${median.toFixed(1)} ms, worst ${worst.toFixed(1)} ms (of 20)\n`,
    );
    // The figures are printed, not asserted: timings on a shared machine are a measurement, not a check.
    expect(cells).toBeGreaterThanOrEqual(rows);
    expect(errorsOf(page)).toEqual([]);
  }, 180_000);
});
