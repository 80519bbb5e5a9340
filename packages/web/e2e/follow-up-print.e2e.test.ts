/**
 * The politician's overview and the follow-up report of an approved round print on A4 (issue 13):
 * with the print style sheet at the width of an A4 page's text (210 mm − 2 × 15 mm margins), no
 * table or text is wider than the page (print cannot scroll sideways); Chromium's print to PDF in
 * A4 holds the content and the links to the approved rounds' reports, without navigation or forms.
 * The page counts are printed, not asserted.
 */
import { execFile } from 'node:child_process';
import type { Page } from 'playwright-core';
import { errorsOf, useHarness } from './harness';

const h = useHarness();
/** 180 mm of text width at 96 CSS px per inch. */
const A4_TEXT_WIDTH = Math.floor((180 / 25.4) * 96);

function pdfText(bytes: Buffer): Promise<{ text: string; pages: number }> {
  const script = `
    const { PDFParse } = require('pdf-parse');
    const chunks = [];
    process.stdin.on('data', (c) => chunks.push(c));
    process.stdin.on('end', async () => {
      const parser = new PDFParse({ data: new Uint8Array(Buffer.concat(chunks)) });
      const result = await parser.getText();
      await parser.destroy();
      process.stdout.write(JSON.stringify({ text: result.text, pages: result.total }));
    });`;
  return new Promise((resolve, reject) => {
    const child = execFile(process.execPath, ['-e', script], { cwd: __dirname, maxBuffer: 32 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) return reject(new Error(`pdf-parse failed: ${stderr || error.message}`));
      const parsed = JSON.parse(stdout) as { text: string; pages: number };
      resolve({ text: parsed.text.replace(/\s+/g, ' '), pages: parsed.pages });
    });
    child.stdin?.end(bytes);
  });
}

/** What sticks out sideways at the A4 text width in print: the page itself and any element (by selector). */
async function overflowInPrint(page: Page): Promise<string[]> {
  await page.setViewportSize({ width: A4_TEXT_WIDTH, height: 1000 });
  await page.emulateMedia({ media: 'print' });
  return page.evaluate(() => {
    const problems: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth) problems.push(`page ${root.scrollWidth - root.clientWidth}px too wide`);
    for (const element of Array.from(document.querySelectorAll<HTMLElement>('main table, main .table-scroll, main .table-wrap, main h1, main h2, main h3, main p, main dd'))) {
      if (element.scrollWidth > element.clientWidth + 1 && getComputedStyle(element).display !== 'inline')
        problems.push(`${element.tagName.toLowerCase()}.${element.className}: ${element.scrollWidth - element.clientWidth}px cut off`);
    }
    return problems;
  });
}

describe('the follow-up prints on A4', () => {
  it('the overview and the approved round report fit the A4 text width and print their content without navigation', async () => {
    const { page } = await h.newPage({ width: 1280 });
    const figures: string[] = [];

    await page.goto(`${h.url}/kommun/0138/uppfoljning`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
    const reportLink = page.getByRole('link', { name: /Uppföljningsrapport Helår 2024/ });
    await reportLink.waitFor();
    const reportHref = (await reportLink.getAttribute('href'))!;
    expect(await overflowInPrint(page)).toEqual([]);
    const overview = await pdfText(await page.pdf({ format: 'A4', margin: { top: '15mm', bottom: '15mm', left: '15mm', right: '15mm' } }));
    figures.push(`overview: ${overview.pages} A4 pages`);
    expect(overview.text).toContain('Uppföljningsrapport Helår 2024');
    expect(overview.text).toContain('Arbete och sysselsättning');
    expect(overview.text).not.toContain('Samverkansparter Uppföljning'); // the municipality's sub-navigation
    expect(overview.text).not.toContain('Visa'); // the period form's button

    await page.emulateMedia({ media: 'screen' });
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${h.url}${reportHref}`);
    await page.getByRole('heading', { level: 1, name: 'Uppföljningsrapport Helår 2024' }).waitFor();
    await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
    expect(await overflowInPrint(page)).toEqual([]);
    const report = await pdfText(await page.pdf({ format: 'A4', margin: { top: '15mm', bottom: '15mm', left: '15mm', right: '15mm' } }));
    figures.push(`round report: ${report.pages} A4 pages`);
    expect(report.text).toContain('Uppföljningsrapport Helår 2024');
    expect(report.text).toContain('Enheternas analyser');
    expect(report.text).toContain('Analys av skillnader mellan kvinnor och män');
    for (const chrome of ['Rapporten som PDF', 'Tillbaka till uppföljningen', 'Svenska English']) expect(report.text).not.toContain(chrome);
    process.stdout.write(`\nPrinted on A4: ${figures.join('; ')}\n`);
    expect(errorsOf(page)).toEqual([]);
  }, 120_000);
});
