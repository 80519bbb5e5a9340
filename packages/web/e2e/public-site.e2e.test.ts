/**
 * End to end, in a real Chromium: the built public site served by the real API on a fresh, seeded
 * database (Tyresö 0138 and Tranemo 1498). Needs `pnpm build` first and Debian's Chromium.
 * Every test has its own browser context and starts from an address, so none depends on another.
 */
import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { errorsOf, headingLevels, headingProblems, useHarness } from './harness';

const h = useHarness();

const TRANEMO_INDICATOR = 'Andel nyanlända i arbete eller studier 90 dagar efter avslutat etableringsprogram';
const TRANEMO_INDICATOR_EN = 'Share of newcomers in work or studies 90 days after the establishment programme';

/** The Tranemo indicator's published series, straight from the API, to compare the page with. */
async function tranemoSeries() {
  type Indicator = { id: string; nameSv: string; series: Array<{ period: string; sex: string; value: number | null; status: string }> };
  const data = await h.graphql<{ municipality: { steeringDocuments: Array<{ goals: Array<{ indicators: Indicator[] }> }> } }>(
    'query { municipality(code: "1498") { steeringDocuments { goals { indicators { id nameSv series { period sex value status } } } } } }',
  );
  const indicator = data.municipality.steeringDocuments
    .flatMap((d) => d.goals)
    .flatMap((g) => g.indicators)
    .find((i) => i.nameSv === TRANEMO_INDICATOR);
  if (!indicator) throw new Error('The Tranemo indicator is not in the demo data.');
  return indicator;
}

/** The body rows of the page's series table: period header and the cells' text. */
async function tableRows(page: Page): Promise<Array<{ period: string; cells: string[] }>> {
  return page.locator('table.values--series tbody tr').evaluateAll((rows) =>
    rows.map((row) => ({
      period: row.querySelector('th')!.textContent!.trim(),
      cells: [...row.querySelectorAll('td')].map((td) => td.textContent!.trim()),
    })),
  );
}

describe('a visitor follows Tranemo’s strategy down to one indicator', () => {
  it('goes start → Tranemo → a focus area → the indicator, reads the women’s 2020 value, switches to English and downloads the CSV', async () => {
    const series = await tranemoSeries();
    const women2020 = series.series.find((m) => m.period === '2020' && m.sex === 'WOMEN');
    expect(women2020?.value).toEqual(expect.any(Number));
    const value = women2020!.value!;
    const sv = `${value.toFixed(1).replace('.', ',')}\u00a0%`;
    const en = `${value.toFixed(1)}%`;

    const { page } = await h.newPage();
    await page.goto(`${h.url}/`);
    await page.getByRole('heading', { level: 1, name: 'Kommuner' }).waitFor();
    expect(await page.title()).toBe('Kommuner – Inkludera');
    // Search narrows the list; the count is announced.
    await page.getByLabel('Sök kommun').fill('trane');
    await expect(page.locator('.search-count').textContent()).resolves.toBe('1 kommun');
    await page.getByRole('link', { name: /Tranemo kommun/ }).click();

    await page.getByRole('heading', { level: 1, name: 'Tranemo kommun' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/kommun/1498');
    await page.getByRole('heading', { level: 2, name: 'Integrationspolicy' }).waitFor();
    await expect(page.getByText('Integrationsarbetet i kommunen ska verka för').isVisible()).resolves.toBe(true);
    const cards = page.locator('.focus-card');
    await expect(cards.count()).resolves.toBe(4);
    const work = cards.filter({ has: page.getByRole('heading', { name: 'Arbete', exact: true }) });
    await expect(work.locator('.card__counts').textContent()).resolves.toBe('2 mål · 1 indikator');
    await expect(work.locator('.trend__text').textContent()).resolves.toMatch(/^Totalt: 2017: \d+,\d\u00a0%, 2025: \d+,\d\u00a0%$/);

    await work.getByRole('link', { name: 'Arbete', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Arbete' }).waitFor();
    expect(await page.title()).toBe('Arbete – Tranemo kommun – Inkludera');
    await page.getByRole('link', { name: TRANEMO_INDICATOR }).click();

    await page.getByRole('heading', { level: 1, name: TRANEMO_INDICATOR }).waitFor();
    expect(await page.title()).toBe(`${TRANEMO_INDICATOR} – Tranemo kommun – Inkludera`);
    // The chart is there, as one labelled image with a line per sex.
    const chart = page.getByRole('img', { name: /^Diagram: / });
    await expect(chart.isVisible()).resolves.toBe(true);
    await expect(page.locator('.chart__svg g[data-sex]').count()).resolves.toBe(3);
    // The table: the women's value for 2020.
    const table = page.getByRole('table', { name: /per år och kön/ });
    expect(await table.getByRole('columnheader').allTextContents()).toEqual(['Period', 'Kvinnor', 'Män', 'Totalt']);
    const row2020 = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: '2020' }) });
    await expect(row2020.locator('td[data-sex="WOMEN"]').textContent()).resolves.toBe(sv);
    // The summary sentence names the latest period and women and men.
    await expect(page.locator('.indicator-page__summary').textContent()).resolves.toMatch(
      /^2025: kvinnor \d+,\d\u00a0%, män \d+,\d\u00a0%, totalt \d+,\d\u00a0%; skillnaden har (minskat|ökat) sedan 2017\.$/,
    );
    // Metadata: both responsibilities, unit, direction, source.
    const about = page.locator('.indicator-page__about');
    expect(await about.locator('dt').allTextContents()).toEqual(
      expect.arrayContaining(['Definition', 'Enhet', 'Önskad utveckling', 'Källa', 'Ansvarig för genomförande', 'Ansvarig för uppföljning', 'Senast uppdaterad']),
    );
    await expect(page.getByRole('link', { name: 'Metadata (JSON)' }).getAttribute('href')).resolves.toBe(`/open/v1/1498/indicators/${encodeURIComponent(series.id)}`);

    // English: the same page, the same number written the English way.
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: TRANEMO_INDICATOR_EN }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/en/kommun/1498/indikator/${encodeURIComponent(series.id)}`);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    const tableEn = page.getByRole('table', { name: /by year and sex/ });
    expect(await tableEn.getByRole('columnheader').allTextContents()).toEqual(['Period', 'Women', 'Men', 'Total']);
    const row2020En = tableEn.getByRole('row').filter({ has: page.getByRole('rowheader', { name: '2020' }) });
    await expect(row2020En.locator('td[data-sex="WOMEN"]').textContent()).resolves.toBe(en);

    // The CSV holds exactly the table's rows, with the indicator's name and unit.
    const rows = await tableRows(page);
    expect(rows.length).toBeGreaterThanOrEqual(9);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /Download the table as CSV/ }).click()]);
    expect(download.suggestedFilename()).toBe('share-of-newcomers-in-work-or-studies-90-days-after-the-esta.csv');
    const csv = fs.readFileSync((await download.path())!, 'utf8').replace(/^\ufeff/, '');
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toBe('Indicator,Unit,Period,Sex,Value,Status');
    const expected = rows.flatMap((row) => ['Women', 'Men', 'Total'].map((sex, i) => `${TRANEMO_INDICATOR_EN},per cent,${row.period},${sex},${row.cells[i]!.replace(/%$/, '')},`));
    expect(lines.slice(1)).toEqual(expected);

    // Choosing only women: the table, chart and file follow.
    await page.getByRole('checkbox', { name: 'Men', exact: true }).uncheck();
    await page.getByRole('checkbox', { name: 'Total' }).uncheck();
    expect(await tableEn.getByRole('columnheader').allTextContents()).toEqual(['Period', 'Women']);
    await expect(page.locator('.chart__svg g[data-sex]').count()).resolves.toBe(1);
    const [womenOnly] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download the table as CSV (women)' }).click()]);
    const womenLines = fs
      .readFileSync((await womenOnly.path())!, 'utf8')
      .trim()
      .split('\r\n');
    expect(womenLines).toHaveLength(rows.length + 1);
    expect(womenLines.slice(1).every((line) => line.includes(',Women,'))).toBe(true);

    // Back goes to the Swedish page; back again to the focus area, scrolled where it was.
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: TRANEMO_INDICATOR }).waitFor();
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'Arbete' }).waitFor();
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'Tranemo kommun' }).waitFor();
    await page.goForward();
    await page.getByRole('heading', { level: 1, name: 'Arbete' }).waitFor();
    expect(errorsOf(page)).toEqual([]);
  }, 90_000);

  it('reaches the download link with the keyboard alone, past a skip link that comes first', async () => {
    const { id } = await tranemoSeries();
    const { page } = await h.newPage();
    await page.goto(`${h.url}/kommun/1498/indikator/${encodeURIComponent(id)}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.keyboard.press('Tab');
    const focused = page.locator(':focus');
    await expect(focused.textContent()).resolves.toBe('Till huvudinnehållet');
    expect(await focused.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main');
    let reached = false;
    const visited: string[] = [];
    for (let i = 0; i < 40 && !reached; i += 1) {
      await page.keyboard.press('Tab');
      const [role, text] = await page.evaluate(() => [document.activeElement?.getAttribute('role') ?? '', (document.activeElement?.textContent ?? '').trim()]);
      visited.push(`${role}:${text.slice(0, 30)}`);
      reached = /^Ladda ner tabellen som CSV/.test(text);
    }
    expect({ reached, visited }).toEqual({ reached: true, visited: expect.any(Array) });
    // Focus is visible on it.
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
    // The table's scrolling region is itself reachable (it came before the link).
    expect(visited.some((v) => v.startsWith('region:'))).toBe(true);
    expect(errorsOf(page)).toEqual([]);
  }, 60_000);

  it('links the accessibility statement from every page’s footer', async () => {
    const { page } = await h.newPage();
    await page.goto(`${h.url}/kommun/0138`);
    await page.getByRole('heading', { level: 1, name: 'Tyresö kommun' }).waitFor();
    const footer = page.getByRole('contentinfo');
    await footer.getByRole('link', { name: 'Tillgänglighetsredogörelse' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tillgänglighet för Inkludera' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/tillganglighet');
    for (const heading of ['Hur tillgänglig är webbplatsen?', 'Innehåll som inte är tillgängligt', 'Rapportera brister i webbplatsens tillgänglighet', 'Tillsyn']) {
      await expect(page.getByRole('heading', { level: 2, name: heading }).isVisible()).resolves.toBe(true);
    }
    await expect(page.getByRole('link', { name: /Anmäl brist på tillgänglighet till Digg/ }).getAttribute('href')).resolves.toBe('https://www.digg.se/tdosanmalan');
    expect(errorsOf(page)).toEqual([]);
  }, 30_000);
});

describe('language, addresses and states', () => {
  it('remembers English: reload, and a Swedish address, open in English until Swedish is chosen', async () => {
    const { page } = await h.newPage();
    await page.goto(`${h.url}/kommun/0138`);
    await page.getByRole('heading', { level: 1, name: 'Tyresö kommun' }).waitFor();
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 2, name: 'Focus areas' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/en/kommun/0138');
    // The keyboard stays on the switch.
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('English');
    await expect(page.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).resolves.toBe('true');
    await page.reload();
    await page.getByRole('heading', { level: 2, name: 'Focus areas' }).waitFor();
    await page.goto(`${h.url}/oppna-data`);
    await page.getByRole('heading', { level: 1, name: 'Open data' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/en/oppna-data');
    await page.getByRole('button', { name: 'Svenska' }).click();
    await page.getByRole('heading', { level: 1, name: 'Öppna data' }).waitFor();
    await page.goto(`${h.url}/oppna-data`);
    await page.getByRole('heading', { level: 1, name: 'Öppna data' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('sv');
    expect(errorsOf(page)).toEqual([]);
  }, 60_000);

  it('keeps the place: a new page starts at the top, back returns to where the reader was, reload stays', async () => {
    const { page } = await h.newPage({ width: 375, height: 700 });
    await page.goto(`${h.url}/kommun/0138`);
    const card = page.locator('.focus-card').last();
    await card.waitFor();
    await card.scrollIntoViewIfNeeded();
    const y = await page.evaluate(() => window.scrollY);
    expect(y).toBeGreaterThan(300);
    const name = (await card.locator('.card__title').textContent())!;
    await card.getByRole('link', { name }).click();
    await page.getByRole('heading', { level: 1, name }).waitFor();
    await expect(page.evaluate(() => window.scrollY)).resolves.toBe(0);
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'Tyresö kommun' }).waitFor();
    await page.waitForFunction((expected) => Math.abs(window.scrollY - expected) < 5, y, { timeout: 5_000 });
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Tyresö kommun' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/kommun/0138');
    expect(errorsOf(page)).toEqual([]);
  }, 60_000);

  it('says plainly when a municipality, an indicator or a page does not exist', async () => {
    const { page } = await h.newPage();
    await page.goto(`${h.url}/kommun/9999`);
    await page.getByRole('heading', { level: 1, name: 'Kommunen finns inte' }).waitFor();
    await expect(page.getByText('Det finns ingen kommun med kommunkoden 9999 i Inkludera.').isVisible()).resolves.toBe(true);
    expect(await page.title()).toBe('Kommunen finns inte – Inkludera');
    await page.goto(`${h.url}/kommun/abc`);
    await page.getByRole('heading', { level: 1, name: 'Kommunen finns inte' }).waitFor();
    await page.goto(`${h.url}/kommun/1498/indikator/nope`);
    await page.getByRole('heading', { level: 1, name: 'Indikatorn finns inte' }).waitFor();
    expect(await page.title()).toBe('Indikatorn finns inte – Tranemo kommun – Inkludera');
    await page.getByRole('link', { name: 'Till Tranemo kommun' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tranemo kommun' }).waitFor();
    await page.goto(`${h.url}/en/no/such/page`);
    await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
    expect(await page.title()).toBe('Page not found – Inkludera');
    await page.getByRole('link', { name: 'To the start page' }).click();
    await page.getByRole('heading', { level: 1, name: 'Municipalities' }).waitFor();
    expect(errorsOf(page)).toEqual([]);
  }, 60_000);

  it('shows "Laddar…" while loading, an error in words (never "Failed to fetch"), and a retry that works', async () => {
    const { page } = await h.newPage();
    let failNext = true;
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/graphql', async (route) => {
      if (failNext) {
        failNext = false;
        await held;
        await route.abort('connectionrefused');
        return;
      }
      await route.continue();
    });
    await page.goto(`${h.url}/`);
    await page.getByText('Laddar…').waitFor();
    await expect(page.locator('[aria-busy="true"]').count()).resolves.toBeGreaterThan(0);
    release();
    await page.getByRole('heading', { level: 1, name: 'Uppgifterna kunde inte hämtas' }).waitFor();
    await expect(page.getByText('Det gick inte att nå servern. Kontrollera anslutningen och försök igen.').isVisible()).resolves.toBe(true);
    expect(await page.locator('body').textContent()).not.toMatch(/Failed to fetch/i);
    await page.getByRole('button', { name: 'Försök igen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kommuner' }).waitFor();
    expect(errorsOf(page).filter((e) => !/Failed to load resource|ERR_CONNECTION_REFUSED/.test(e))).toEqual([]);
  }, 60_000);

  it('shows a logged-in reader their municipality’s activities and partners’ agreements too', async () => {
    const { page } = await h.newPage();
    await page.goto(`${h.url}/kommun/0138/samverkansparter`);
    await page.getByRole('heading', { level: 1, name: 'Samverkansparter' }).waitFor();
    const anonymousText = await page.getByRole('main').textContent();
    const login = await page.evaluate(
      async (variables) => {
        const response = await fetch('/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: 'mutation($input: LoginInput!) { login(input: $input) { user { email } errors { code } } }', variables }),
        });
        return response.json();
      },
      { input: { email: 'lasare@tyreso.demo', password: 'inkludera-demo-2026' } },
    );
    expect(login.data.login).toEqual({ user: { email: 'lasare@tyreso.demo' }, errors: [] });
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Samverkansparter' }).waitFor();
    const arbetsformedlingen = page.locator('.card', { has: page.getByRole('heading', { name: 'Arbetsförmedlingen' }) });
    await expect(arbetsformedlingen.getByText('Praktikplatser för nyanlända i kommunens verksamheter').isVisible()).resolves.toBe(true);
    expect(anonymousText).not.toContain('Praktikplatser för nyanlända i kommunens verksamheter');
    expect(errorsOf(page)).toEqual([]);
  }, 60_000);
});

describe('comparison', () => {
  it('shows the same shared indicator in the other municipality on the indicator page, as a table in a scroll region', async () => {
    const { id } = await tranemoSeries();
    // Tyresö's published series of the indicator with the same Kolada key, from the API.
    const data = await h.graphql<{ node: { comparison: Array<{ municipalityCode: string; municipalityName: string; period: string; sex: string; value: number | null }> } }>(
      'query($id: ID!) { node(id: $id) { ... on Indicator { comparison { municipalityCode municipalityName period sex value } } } }',
      { id },
    );
    const tyreso = data.node.comparison.filter((c) => c.municipalityCode === '0138');
    expect(tyreso.length).toBeGreaterThan(0);
    const latest = tyreso
      .map((c) => c.period)
      .sort()
      .at(-1)!;
    const women = tyreso.find((c) => c.period === latest && c.sex === 'WOMEN')!.value!;
    const { page } = await h.newPage({ width: 375, height: 800 });
    await page.goto(`${h.url}/kommun/1498/indikator/${encodeURIComponent(id)}`);
    await page.getByRole('heading', { level: 2, name: 'Jämförelse' }).waitFor();
    const region = page.getByRole('region', { name: /i andra kommuner och i riket/ });
    await expect(region.count()).resolves.toBe(1);
    const row = page.locator(`table.values--comparison tbody tr[data-municipality="0138"]`).first();
    await expect(row.locator('th').textContent()).resolves.toBe(tyreso[0]!.municipalityName);
    await expect(row.locator('td').first().textContent()).resolves.toBe(latest);
    const shown = new Intl.NumberFormat('sv-SE', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(women);
    await expect(row.locator('td[data-sex="WOMEN"]').textContent()).resolves.toContain(shown);
    // The page does not scroll sideways at 375 px: the table scrolls inside its region.
    await expect(page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).resolves.toBe(true);
  });
});

describe('structure', () => {
  it('has landmarks, one h1 and headings in order on the indicator page; the document page shows earlier versions', async () => {
    const { id } = await tranemoSeries();
    const { page } = await h.newPage();
    await page.goto(`${h.url}/kommun/1498/indikator/${encodeURIComponent(id)}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await expect(page.getByRole('banner').count()).resolves.toBe(1);
    await expect(page.getByRole('main').count()).resolves.toBe(1);
    await expect(page.getByRole('contentinfo').count()).resolves.toBe(1);
    expect(headingProblems(await headingLevels(page))).toEqual([]);

    // Printed: the content, without navigation, switches and buttons.
    await page.emulateMedia({ media: 'print' });
    const shown = (selector: string) => page.locator(selector).first().isVisible();
    await expect(shown('.subnav')).resolves.toBe(false);
    await expect(shown('.language-switch')).resolves.toBe(false);
    await expect(shown('.sex-choice')).resolves.toBe(false);
    await expect(shown('.download')).resolves.toBe(false);
    await expect(shown('table.values--series')).resolves.toBe(true);
    await expect(shown('.chart__svg')).resolves.toBe(true);
    await page.emulateMedia({ media: 'screen' });

    await page.goto(`${h.url}/kommun/1498`);
    await page.getByRole('link', { name: 'Läs styrdokumentet' }).click();
    await page.getByRole('heading', { level: 1, name: 'Integrationspolicy' }).waitFor();
    const facts = page.locator('.document .facts').first();
    await expect(facts.textContent()).resolves.toContain('KS/2017:749');
    await expect(facts.textContent()).resolves.toContain('Kommunfullmäktige');
    // The earlier, replaced version is a public record: a visitor reads it on the same page.
    expect(headingProblems(await headingLevels(page))).toEqual([]);
    const earlier = page.getByRole('region', { name: 'Versioner' }).locator('details');
    await expect(earlier.locator('summary').textContent()).resolves.toBe('Version 1: Policy för integrationsarbetet (KS/2013:1207) – Ersatt av en nyare version');
    await earlier.locator('summary').click();
    await expect(earlier.getByText('Tidigare version, ersatt av KS/2017:749.').isVisible()).resolves.toBe(true);
    expect(errorsOf(page)).toEqual([]);
  }, 60_000);
});
