/**
 * axe-core on every public page, at 1280 and 375 px wide: a violation of impact serious or critical
 * fails the test. Screenshots of the start, municipality, indicator, follow-up overview and follow-up report pages at both widths go to
 * e2e/screenshots/ (git-ignored), for a person to look at.
 */
import { axe, errorsOf, headingLevels, headingProblems, screenshot, useHarness } from './harness';

const h = useHarness();

interface Ids {
  tyreso: { id: string; document: string; focusArea: string; goal: string; indicator: string; approvedRound: string };
  tranemo: { document: string; focusArea: string; goal: string; indicator: string };
}

async function ids(): Promise<Ids> {
  const query = `query($code: String!) { municipality(code: $code) { id steeringDocuments { id status focusAreas { id goals { id indicators { id } } } } } }`;
  type Data = {
    municipality: { id: string; steeringDocuments: Array<{ id: string; status: string; focusAreas: Array<{ id: string; goals: Array<{ id: string; indicators: Array<{ id: string }> }> }> }> };
  };
  const pick = async (code: string) => {
    const data = await h.graphql<Data>(query, { code });
    const document = data.municipality.steeringDocuments.find((d) => d.status === 'ADOPTED')!;
    const area = document.focusAreas.find((a) => a.goals.some((g) => g.indicators.length > 0))!;
    const goal = area.goals.find((g) => g.indicators.length > 0)!;
    return { id: data.municipality.id, document: document.id, focusArea: area.id, goal: goal.id, indicator: goal.indicators[0]!.id };
  };
  // The demo's approved year-end round 2024 of Tyresö, public with its follow-up report.
  const rounds = await h.graphql<{ municipality: { steeringDocuments: Array<{ reportingRounds: Array<{ id: string; status: string }> }> } }>(
    `query { municipality(code: "0138") { steeringDocuments { reportingRounds { id status } } } }`,
  );
  const approvedRound = rounds.municipality.steeringDocuments.flatMap((d) => d.reportingRounds).find((r) => r.status === 'APPROVED')!.id;
  return { tyreso: { ...(await pick('0138')), approvedRound }, tranemo: await pick('1498') };
}

const WIDTHS = [1280, 375] as const;

describe('axe-core on every page, at 1280 and 375 px', () => {
  let pages: Array<{ name: string; path: string; shot?: boolean }>;

  beforeAll(async () => {
    const { tranemo, tyreso } = await ids();
    const enc = encodeURIComponent;
    pages = [
      { name: 'start', path: '/', shot: true },
      { name: 'municipality', path: '/kommun/1498', shot: true },
      { name: 'municipality-tyreso', path: '/kommun/0138' },
      { name: 'document', path: `/kommun/1498/styrdokument/${enc(tranemo.document)}`, shot: true },
      { name: 'focus-area', path: `/kommun/0138/fokusomrade/${enc(tyreso.focusArea)}` },
      { name: 'goal', path: `/kommun/0138/mal/${enc(tyreso.goal)}`, shot: true },
      { name: 'indicator', path: `/kommun/1498/indikator/${enc(tranemo.indicator)}`, shot: true },
      { name: 'indicator-tyreso', path: `/kommun/0138/indikator/${enc(tyreso.indicator)}`, shot: true },
      { name: 'partners', path: '/kommun/0138/samverkansparter', shot: true },
      { name: 'overview', path: '/kommun/0138/uppfoljning', shot: true },
      { name: 'overview-en', path: '/en/kommun/0138/uppfoljning', shot: true },
      { name: 'round-report', path: `/kommun/0138/uppfoljning/${enc(tyreso.approvedRound)}`, shot: true },
      { name: 'round-report-en', path: `/en/kommun/0138/uppfoljning/${enc(tyreso.approvedRound)}` },
      { name: 'open-data', path: '/oppna-data', shot: true },
      { name: 'accessibility', path: '/tillganglighet' },
      { name: 'not-found', path: '/finns/inte' },
      { name: 'unknown-indicator', path: '/kommun/1498/indikator/nope' },
      { name: 'indicator-en', path: `/en/kommun/1498/indikator/${enc(tranemo.indicator)}` },
    ];
  });

  for (const width of WIDTHS) {
    it(`finds no serious or critical violation at ${width} px, and headings are in order`, async () => {
      const { page } = await h.newPage({ width, height: 900, locale: 'sv-SE' });
      const failures: Record<string, unknown> = {};
      for (const { name, path, shot } of pages) {
        await page.goto(`${h.url}${path}`);
        await page.getByRole('heading', { level: 1 }).waitFor();
        await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
        const violations = (await axe(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
        if (violations.length > 0) failures[name] = violations;
        const headings = headingProblems(await headingLevels(page));
        if (headings.length > 0) failures[`${name} headings`] = headings;
        // Nothing sticks out sideways: the page itself never scrolls horizontally.
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        if (overflow > 0) failures[`${name} overflow`] = `${overflow}px wider than the screen`;
        if (shot) await screenshot(page, `${name}-${width}`);
      }
      expect(failures).toEqual({});
      expect(errorsOf(page)).toEqual([]);
    }, 180_000);
  }
});
