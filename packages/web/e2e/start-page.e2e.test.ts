/**
 * End to end, in a real Chromium: the built app served by the real API on a fresh, seeded
 * database. Needs `pnpm build` first and Debian's Chromium (`apt-get install -y chromium`).
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startServer, type TestServer } from './server';

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const RESULTS = path.resolve(__dirname, '..', 'test-results');

const FOCUS_AREAS_SV = [
  'Arbete och sysselsättning',
  'Skola',
  'Språk',
  'Fritid',
  'Bostad',
  'Delaktighet och påverkan',
];
const FOCUS_AREAS_EN = ['Work and employment', 'School', 'Language', 'Leisure', 'Housing', 'Participation and influence'];

let server: TestServer | undefined;
let browser: Browser | undefined;
let setupError: unknown;

/** The browser, or the reason it is missing (so that every test repeats the one clear message). */
function theBrowser(): Browser {
  if (!browser) throw setupError ?? new Error('The browser did not start.');
  return browser;
}

/** Errors the page wrote to the console or threw, per page. */
const consoleErrors = new WeakMap<Page, string[]>();

async function openPage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  const errors: string[] = [];
  consoleErrors.set(page, errors);
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console.error: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  return page;
}

function errorsOf(page: Page): string[] {
  return consoleErrors.get(page) ?? [];
}

async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(RESULTS, { recursive: true });
  await page.screenshot({ path: path.join(RESULTS, `${name}.png`), fullPage: true });
}

/** The levels of the page's headings, in document order. */
function headingLevels(page: Page): Promise<number[]> {
  return page.$$eval('h1, h2, h3, h4, h5, h6', (headings) => headings.map((h) => Number(h.tagName.slice(1))));
}

beforeAll(async () => {
  try {
    await setUp();
  } catch (error) {
    setupError = error;
    throw error;
  }
}, 120_000);

async function setUp(): Promise<void> {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium is not installed at ${CHROMIUM}. The end-to-end test needs a real browser: ` +
        'install Debian\'s Chromium with `apt-get install -y chromium` (or set CHROMIUM_PATH). ' +
        'Do not run `playwright install`: its browser download does not work here.',
    );
  }
  server = await startServer({ readyTimeoutMs: 60_000 });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
    ],
  });
}

afterAll(async () => {
  await browser?.close().catch(() => undefined);
  await server?.stop();
}, 60_000);

describe('the start page', () => {
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    context = await theBrowser().newContext({ viewport: { width: 1280, height: 900 }, locale: 'sv-SE' });
    page = await openPage(context);
  });

  afterAll(async () => {
    await context?.close();
  });

  it('shows the strategy in Swedish: document, overall aim, six focus areas, indicators with values for women, men and total', async () => {
    await page.goto(`${server!.url}/`);
    await page.getByRole('heading', { level: 1, name: 'Tyresö kommun' }).waitFor();

    expect(await page.locator('html').getAttribute('lang')).toBe('sv');
    await page.getByRole('heading', { level: 2, name: 'Integrationsstrategi 2018' }).waitFor();
    const main = page.getByRole('main');
    await expect(main.getByText('Diarienummer', { exact: true }).isVisible()).resolves.toBe(true);
    await expect(main.getByText('2017/GAN 0060 003').isVisible()).resolves.toBe(true);
    await expect(main.getByText('Antagen', { exact: true }).isVisible()).resolves.toBe(true);
    await expect(main.getByRole('heading', { name: 'Övergripande mål' }).isVisible()).resolves.toBe(true);

    // The six focus areas, in their order, as section headings.
    const areaHeadings = await page.locator('section.focus-area > h2').allTextContents();
    expect(areaHeadings).toEqual(FOCUS_AREAS_SV);
    // … and in the table of contents.
    const toc = page.getByRole('navigation', { name: 'Fokusområden' });
    expect(await toc.getByRole('link').allTextContents()).toEqual(FOCUS_AREAS_SV);

    // Committee goals and sub-goals.
    await expect(main.getByText('Nämndmål').first().isVisible()).resolves.toBe(true);
    await expect(main.getByText('Delmål').first().isVisible()).resolves.toBe(true);

    // An indicator with its latest values for Kvinnor, Män and Totalt in a real table.
    const indicator = page.locator('article.indicator', {
      has: page.getByRole('heading', { name: /Andel nyanlända i arbete eller studier/ }),
    });
    const table = indicator.getByRole('table');
    await expect(table.locator('caption').textContent()).resolves.toMatch(/^Senaste utfall, \d{4}, och målvärde för 2027$/);
    expect(await table.getByRole('columnheader').allTextContents()).toEqual(['Period', 'Kvinnor', 'Män', 'Totalt']);
    expect(await table.getByRole('rowheader').allTextContents()).toEqual([expect.stringMatching(/^\d{4}$/), 'Målvärde 2027']);
    const cells = await table.getByRole('cell').allTextContents();
    expect(cells).toHaveLength(6);
    for (const cell of cells) expect(cell).toMatch(/^\d+,\d %/);
    expect(cells.slice(3)).toEqual(['50,0 %', '58,0 %', '54,4 %']);
    // Who answers for it: both responsibilities, and the committee that owns the goal.
    expect(await indicator.locator('.indicator__responsibility dt').allTextContents()).toEqual(['Ansvarig för genomförande', 'Ansvarig för uppföljning']);
    expect(await indicator.locator('.indicator__responsibility dd').allTextContents()).toEqual(['Utvecklingsförvaltningen', 'Utvecklingsförvaltningen (Utredare)']);
    const selfSupport = page.locator('article.goal', { has: page.getByRole('heading', { name: 'Fler nyanlända kvinnor och män når egen försörjning' }) });
    await expect(selfSupport.locator('.goal__owner').first().textContent()).resolves.toBe('Ansvarig: Gymnasie- och arbetsmarknadsnämnden');
    await expect(indicator.locator('.indicator__gap').textContent()).resolves.toMatch(
      /Skillnad kvinnor–män: [−+]\d+,\d procentenheter/,
    );
    await expect(indicator.locator('.notice--demo').textContent()).resolves.toMatch(/^Demodata: påhittade värden/);

    // A count: the gap is a number.
    const internships = page.locator('article.indicator', {
      has: page.getByRole('heading', { name: /Antal praktikplatser/ }),
    });
    await expect(internships.locator('.indicator__gap').textContent()).resolves.toMatch(/Skillnad kvinnor–män: [−+]?\d+$/);

    // Activities are not published: the public page has none (a logged-in viewer sees them, below).
    await expect(page.locator('li.activity').count()).resolves.toBe(0);

    // Areas and goals without indicators say so.
    expect(await main.getByText(/Inga (nämndmål|indikatorer) ännu/).count()).toBeGreaterThan(0);

    // Accessibility basics: landmarks, one h1, headings in order, a skip link first.
    await expect(page.getByRole('banner').count()).resolves.toBe(1);
    await expect(page.getByRole('main').count()).resolves.toBe(1);
    await expect(page.getByRole('contentinfo').count()).resolves.toBe(1);
    const levels = await headingLevels(page);
    expect(levels.filter((level) => level === 1)).toHaveLength(1);
    expect(levels[0]).toBe(1);
    levels.forEach((level, i) => {
      if (i > 0) expect(level).toBeLessThanOrEqual(levels[i - 1]! + 1);
    });
    expect(await page.title()).toBe('Integrationsstrategi 2018 – Tyresö kommun – Inkludera');

    await screenshot(page, '01-start-sv');
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.screenshot({ path: path.join(RESULTS, '01-start-sv-top.png') });
    expect(errorsOf(page)).toEqual([]);
  }, 60_000);

  it('shows a logged-in viewer what is not published too: the activities with their partners', async () => {
    const login = await page.evaluate(async (variables) => {
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: 'mutation($input: LoginInput!) { login(input: $input) { user { email } errors { code } } }', variables }),
      });
      return response.json();
    }, { input: { email: 'lasare@tyreso.demo', password: 'inkludera-demo-2026' } });
    expect(login.data.login).toEqual({ user: { email: 'lasare@tyreso.demo' }, errors: [] });
    // The session is an httpOnly cookie: the page's script cannot read it.
    await expect(page.evaluate(() => document.cookie)).resolves.not.toContain('inkludera_session');
    await page.reload();
    await page.getByRole('heading', { level: 1 }).waitFor();

    // The internships for newcomers, as an activity under its sub-goal: responsible unit and partners.
    const activity = page.locator('li.activity', { hasText: 'Praktikplatser för nyanlända i kommunens verksamheter' });
    await expect(activity.locator('.activity__status').textContent()).resolves.toBe('(Pågående, från 2018-03-01)');
    expect(await activity.locator('dt').allTextContents()).toEqual(['Ansvarig', 'Målgrupp', 'Samverkansparter']);
    expect(await activity.locator('dd').allTextContents()).toEqual([
      'Kommunstyrelseförvaltningen',
      'Nyanlända kvinnor och män',
      'Arbetsförmedlingen, Etableringscentrum i Tyresö',
    ]);


    await page.evaluate(() => fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: 'mutation { logout { loggedOut } }' }) }));
    await page.reload();
    await page.getByRole('heading', { level: 1 }).waitFor();
    await expect(page.locator('li.activity').count()).resolves.toBe(0);
    expect(errorsOf(page)).toEqual([]);
  }, 60_000);

  it('has a skip link to the main content, first in the tab order, with a visible focus', async () => {
    await page.keyboard.press('Tab');
    const focused = page.locator(':focus');
    await expect(focused.textContent()).resolves.toBe('Till huvudinnehållet');
    const outline = await focused.evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).not.toBe('none');
    await page.screenshot({ path: path.join(RESULTS, '02-skip-link.png') });
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main');
    expect(errorsOf(page)).toEqual([]);
  }, 30_000);

  it('switches to English with the language switch', async () => {
    const svenska = page.getByRole('button', { name: 'Svenska' });
    const english = page.getByRole('button', { name: 'English' });
    await expect(svenska.getAttribute('aria-pressed')).resolves.toBe('true');
    await expect(english.getAttribute('aria-pressed')).resolves.toBe('false');

    await english.click();
    await page.getByRole('heading', { level: 2, name: 'Work and employment' }).waitFor();
    await expect(english.getAttribute('aria-pressed')).resolves.toBe('true');
    await expect(svenska.getAttribute('aria-pressed')).resolves.toBe('false');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('section.focus-area > h2').allTextContents()).toEqual(FOCUS_AREAS_EN);

    const indicator = page.locator('article.indicator', {
      has: page.getByRole('heading', { name: /Share of newcomers in work or studies/ }),
    });
    expect(await indicator.getByRole('columnheader').allTextContents()).toEqual(['Period', 'Women', 'Men', 'Total']);
    for (const cell of await indicator.getByRole('cell').allTextContents()) expect(cell).toMatch(/^\d+\.\d %/);
    await expect(indicator.locator('.indicator__gap').textContent()).resolves.toMatch(/[−+]\d+\.\d percentage points/);
    // Goal titles exist in Swedish only: shown in Swedish, marked as such.
    await expect(
      page.getByRole('heading', { name: 'Fler nyanlända kvinnor och män når egen försörjning' }).getAttribute('lang'),
    ).resolves.toBe('sv');

    await screenshot(page, '03-start-en');
    expect(errorsOf(page)).toEqual([]);
  }, 30_000);

  it('keeps English after a reload', async () => {
    await page.reload();
    await page.getByRole('heading', { level: 2, name: 'Work and employment' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await expect(page.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).resolves.toBe('true');
    await expect(page.getByText('Latest values', { exact: false }).first().isVisible()).resolves.toBe(true);
    expect(errorsOf(page)).toEqual([]);
  }, 30_000);
});

describe('other routes and states', () => {
  let context: BrowserContext;

  beforeEach(async () => {
    context = await theBrowser().newContext({ viewport: { width: 1280, height: 900 } });
  });

  afterEach(async () => {
    await context?.close();
  });

  it('shows a municipality by its code at /kommun/:code, and says when there is none', async () => {
    const page = await openPage(context);
    await page.goto(`${server!.url}/kommun/0138`);
    await page.getByRole('heading', { level: 1, name: 'Tyresö kommun' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Integrationsstrategi 2018' }).waitFor();

    await page.goto(`${server!.url}/kommun/9999`);
    await page.getByRole('heading', { level: 1, name: 'Kommunen finns inte' }).waitFor();
    await expect(page.getByText('Det finns ingen kommun med kommunkoden 9999 i Inkludera.').isVisible()).resolves.toBe(true);
    await screenshot(page, '04-unknown-municipality');

    // Not a municipality code at all: no query, the same answer.
    await page.goto(`${server!.url}/kommun/abc`);
    await page.getByRole('heading', { level: 1, name: 'Kommunen finns inte' }).waitFor();

    // Any other address.
    await page.goto(`${server!.url}/no/such/page`);
    await page.getByRole('heading', { level: 1, name: 'Sidan finns inte' }).waitFor();
    expect(errorsOf(page)).toEqual([]);
  }, 30_000);

  it('shows "Laddar…" while loading, and an error with a retry button that works', async () => {
    const page = await openPage(context);
    let failNext = true;
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/graphql', async (route) => {
      if (failNext) {
        failNext = false;
        await held; // keep the first request open so that the loading state can be seen
        await route.fulfill({ status: 500, contentType: 'application/json', body: '{"errors":[{"message":"boom"}]}' });
        return;
      }
      await route.continue();
    });
    await page.goto(`${server!.url}/`);
    const loading = page.getByText('Laddar…');
    await loading.waitFor();
    await expect(page.locator('[aria-busy="true"]').count()).resolves.toBeGreaterThan(0);
    await screenshot(page, '05-loading');
    release();

    await page.getByRole('heading', { level: 1, name: 'Uppgifterna kunde inte hämtas' }).waitFor();
    await screenshot(page, '06-error');
    await page.getByRole('button', { name: 'Försök igen' }).click();
    await page.getByRole('heading', { level: 2, name: 'Integrationsstrategi 2018' }).waitFor();
    // The failed request itself is logged by the browser; nothing else may be.
    expect(errorsOf(page).filter((e) => !/500|Failed to load resource/.test(e))).toEqual([]);
  }, 30_000);
});
