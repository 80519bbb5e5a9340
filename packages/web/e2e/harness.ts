/**
 * What the browser tests share: one server and one Chromium per test file, a fresh context and page
 * per test, console errors per page, axe-core, screenshots and a small GraphQL client for ids.
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startServer, type TestServer } from './server';

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const SCREENSHOTS = path.resolve(__dirname, 'screenshots');
const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface Harness {
  url: string;
  browser(): Browser;
  /** A new context (own cookies and storage) with one page that records console errors. */
  newPage(options?: { width?: number; height?: number; locale?: string }): Promise<{ context: BrowserContext; page: Page }>;
  graphql<T>(query: string, variables?: Record<string, unknown>): Promise<T>;
}

export function useHarness(): Harness {
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  let setupError: Error | undefined;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    try {
      if (!fs.existsSync(CHROMIUM)) {
        throw new Error(
          `Chromium is not installed at ${CHROMIUM}. Install Debian's Chromium with \`apt-get install -y chromium\` ` +
            '(or set CHROMIUM_PATH). Do not run `playwright install`: its browser download does not work here.',
        );
      }
      server = await startServer({ readyTimeoutMs: 90_000 });
      browser = await chromium.launch({
        executablePath: CHROMIUM,
        args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'],
      });
    } catch (error) {
      setupError = error instanceof Error ? error : new Error(String(error));
      throw error;
    }
  }, 150_000);

  afterEach(async () => {
    while (contexts.length)
      await contexts
        .pop()!
        .close()
        .catch(() => undefined);
  });

  afterAll(async () => {
    await browser?.close().catch(() => undefined);
    await server?.stop();
  }, 60_000);

  const harness: Harness = {
    get url() {
      if (!server) throw setupError ?? new Error('The server did not start.');
      return server.url;
    },
    browser() {
      if (!browser) throw setupError ?? new Error('The browser did not start.');
      return browser;
    },
    async newPage({ width = 1280, height = 900, locale = 'sv-SE' } = {}) {
      const context = await harness.browser().newContext({ viewport: { width, height }, locale, acceptDownloads: true });
      contexts.push(context);
      const page = await context.newPage();
      const errors: string[] = [];
      consoleErrors.set(page, errors);
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(`console.error: ${message.text()}`);
      });
      page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
      return { context, page };
    },
    async graphql<T>(query: string, variables: Record<string, unknown> = {}) {
      const response = await fetch(`${harness.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { data?: T; errors?: unknown };
      if (!body.data || body.errors) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
      return body.data;
    },
  };
  return harness;
}

const consoleErrors = new WeakMap<Page, string[]>();

export function errorsOf(page: Page): string[] {
  return consoleErrors.get(page) ?? [];
}

export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: unknown; failureSummary?: string }>;
}

/** axe-core's WCAG 2.1 A/AA rules (and best practices) on the page as it is now. */
export async function axe(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE_SOURCE });
  return page.evaluate(async () => {
    const result = await (window as unknown as { axe: { run: (ctx: unknown, options: unknown) => Promise<{ violations: AxeViolation[] }> } }).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
    }));
  });
}

/** The levels of the page's headings, in document order. */
export function headingLevels(page: Page): Promise<number[]> {
  return page.$$eval('h1, h2, h3, h4, h5, h6', (headings) => headings.map((h) => Number(h.tagName.slice(1))));
}

/** One h1, first; no level skipped on the way down. */
export function headingProblems(levels: number[]): string[] {
  const problems: string[] = [];
  if (levels.filter((l) => l === 1).length !== 1) problems.push(`expected one h1, found ${levels.filter((l) => l === 1).length}`);
  if (levels[0] !== 1) problems.push(`first heading is h${levels[0]}`);
  levels.forEach((level, i) => {
    if (i > 0 && level > levels[i - 1]! + 1) problems.push(`h${levels[i - 1]} followed by h${level}`);
  });
  return problems;
}
