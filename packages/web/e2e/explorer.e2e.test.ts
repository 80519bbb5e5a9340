/**
 * The API explorer at GET /graphql, served by the product itself: it loads and runs a query with
 * every request to a host other than this server aborted (an intranet with no internet).
 */
import { errorsOf, screenshot, useHarness } from './harness';

const h = useHarness();

describe('the API explorer', () => {
  it('loads at /graphql and runs a query with the network to the outside blocked', async () => {
    const { page } = await h.newPage({ width: 1280, height: 900 });
    const outside: string[] = [];
    const local = new URL(h.url).host;
    await page.route('**/*', async (route) => {
      const url = new URL(route.request().url());
      if (url.protocol === 'data:' || url.protocol === 'blob:' || url.host === local) return route.continue();
      outside.push(url.toString());
      return route.abort('internetdisconnected');
    });
    const response = await page.goto(`${h.url}/graphql`);
    expect(response?.headers()['content-type']).toMatch(/^text\/html/);
    await page.waitForSelector('.graphiql-container');
    expect(await page.title()).toBe('GraphQL API explorer – Inkludera');
    // The default query lists the municipalities; once the editor shows it, run it with the
    // toolbar's button (again if the editor was still starting: Monaco loads in workers).
    await page.waitForFunction(() => (document.querySelector('.graphiql-query-editor')?.textContent ?? '').includes('municipalities'), null, { timeout: 60_000 });
    // Monaco writes spaces as no-break spaces.
    const answered = () =>
      page
        .waitForFunction(() => (document.querySelector('.result-window')?.textContent ?? '').replace(/\u00a0/g, ' ').includes('"name": "Tyresö kommun"'), null, { timeout: 10_000 })
        .then(
          () => true,
          () => false,
        );
    let ok = false;
    for (let attempt = 0; attempt < 5 && !ok; attempt += 1) {
      await page.locator('.graphiql-execute-button').click();
      ok = await answered();
    }
    expect(ok).toBe(true);
    expect((await page.locator('.result-window').textContent())!.replace(/\u00a0/g, ' ')).toContain('"totalCount": 2');
    await screenshot(page, 'explorer-1280');
    // Nothing was wanted from the internet, and nothing failed for want of it.
    expect(outside).toEqual([]);
    expect(errorsOf(page)).toEqual([]);
  }, 90_000);

  it('does not answer API clients with the page: a POST still gets JSON', async () => {
    const response = await fetch(`${h.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/html, application/json' },
      body: JSON.stringify({ query: '{ municipalities(first: 1) { totalCount } }' }),
    });
    expect(response.headers.get('content-type')).toMatch(/application\/(graphql-response\+)?json/);
    expect(((await response.json()) as { data: { municipalities: { totalCount: number } } }).data.municipalities.totalCount).toBe(2);
  });
});
