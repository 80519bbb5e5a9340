/**
 * The politician's overview ("hur går det för strategin?") of Tyresö in a real Chromium: the
 * statuses the page shows are the ones the API computes for an anonymous caller, in words and
 * symbols, in Swedish and in English. Needs `pnpm build` first and Debian's Chromium.
 */
import { errorsOf, useHarness } from './harness';

const h = useHarness();

const SV_STATUS: Record<string, string> = {
  TARGET_MET: 'Målet nått',
  ON_TRACK: 'I fas',
  TOO_SLOW: 'För långsamt',
  MOVING_AWAY: 'Rör sig bort från målet',
  NO_DATA: 'Underlag saknas',
};
const EN_STATUS: Record<string, string> = {
  TARGET_MET: 'Target met',
  ON_TRACK: 'On track',
  TOO_SLOW: 'Too slow',
  MOVING_AWAY: 'Moving away from the target',
  NO_DATA: 'No data',
};
const SV_GENDER_EQUAL: Record<string, string> = {
  MET: 'Uppfylld för både kvinnor och män',
  NOT_MET: 'Inte uppfylld för både kvinnor och män',
  UNKNOWN: 'Kan inte bedömas',
};
const EN_GENDER_EQUAL: Record<string, string> = { MET: 'Met for both women and men', NOT_MET: 'Not met for both women and men', UNKNOWN: 'Cannot be judged' };

interface Area {
  id: string;
  nameSv: string;
  nameEn: string;
  progress: { status: string };
  goals: Array<{ id: string; title: string; progress: { status: string; genderEqual: string } }>;
}

async function tyresoProgress(period: string): Promise<Area[]> {
  const data = await h.graphql<{ municipality: { steeringDocuments: Array<{ status: string; focusAreas: Area[] }> } }>(
    `query($period: String!) { municipality(code: "0138") { steeringDocuments { status focusAreas { id nameSv nameEn progress(period: $period) { status }
       goals { id title progress(period: $period) { status genderEqual } } } } } }`,
    { period },
  );
  return data.municipality.steeringDocuments.find((d) => d.status === 'ADOPTED')!.focusAreas;
}

describe('the follow-up overview', () => {
  it('shows Tyresö’s focus areas and goals with status words and gender-equal fulfilment, in Swedish and English', async () => {
    const { page } = await h.newPage({ width: 1280 });
    await page.goto(`${h.url}/kommun/0138`);
    await page.getByRole('navigation', { name: 'Kommunens sidor' }).getByRole('link', { name: 'Uppföljning' }).click();
    await page.getByRole('heading', { level: 1, name: 'Hur går det för strategin?' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/kommun/0138/uppfoljning');

    // The period: the latest year with values, chosen by default.
    const period = await page.getByLabel('Period').inputValue();
    expect(period).toMatch(/^\d{4}$/);
    const areas = await tyresoProgress(period);
    const area = areas.find((a) => a.goals.some((g) => g.progress.genderEqual in SV_GENDER_EQUAL))!;
    expect(area).toBeDefined();
    const goal = area.goals.find((g) => g.progress.genderEqual in SV_GENDER_EQUAL)!;

    // The rule of the roll-up in plain words, once for the document (shown once the overview has loaded: waited for, not checked at once).
    await page.getByText('Så räknas statusen').first().waitFor();
    await page
      .getByText(/^Sämsta status bland delarna/)
      .first()
      .waitFor();

    // The focus area: its rolled-up status as a word (and a symbol beside it).
    const areaSection = page.getByRole('region', { name: area.nameSv, exact: true });
    await areaSection.waitFor();
    const areaStatus = areaSection.locator('dl.rollup').first().locator('[data-status]');
    await expect(areaStatus.getAttribute('data-status')).resolves.toBe(area.progress.status);
    await expect(areaStatus.innerText()).resolves.toContain(SV_STATUS[area.progress.status]);
    await expect(areaStatus.locator('[aria-hidden="true"]').innerText()).resolves.not.toBe('');

    // The goal: status and gender-equal fulfilment in words, and a labelled, focusable table of its indicators.
    const goalArticle = page.getByRole('article', { name: goal.title });
    await expect(goalArticle.locator('[data-status]').first().innerText()).resolves.toContain(SV_STATUS[goal.progress.status]);
    await expect(goalArticle.locator('[data-gender-equal]').innerText()).resolves.toContain(SV_GENDER_EQUAL[goal.progress.genderEqual]);
    const table = goalArticle.getByRole('region', { name: `Indikatorer för målet ${goal.title}: värde och målvärde` });
    await expect(table.getAttribute('tabindex')).resolves.toBe('0');
    await table.getByRole('columnheader', { name: 'Kvinnor: värde / mål' }).waitFor();

    // The legend explains every status.
    const legend = page.getByRole('region', { name: 'Förklaring av statusarna' });
    for (const word of Object.values(SV_STATUS)) await expect(legend.locator('dt', { hasText: word }).count()).resolves.toBe(1);

    // English: the same statuses in English words, the period kept.
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'How is the strategy going?' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/en/kommun/0138/uppfoljning');
    const areaEn = page.getByRole('region', { name: area.nameEn, exact: true });
    await expect(areaEn.locator('dl.rollup').first().locator('[data-status]').innerText()).resolves.toContain(EN_STATUS[area.progress.status]);
    const goalEn = page.getByRole('article', { name: goal.title });
    await expect(goalEn.locator('[data-gender-equal]').innerText()).resolves.toContain(EN_GENDER_EQUAL[goal.progress.genderEqual]);
    await page.getByText('Gender-equal fulfilment').first().waitFor();
    expect(errorsOf(page)).toEqual([]);
  }, 90_000);

  it('shows another period when asked, and prints without navigation or the period form', async () => {
    const { page } = await h.newPage({ width: 1280 });
    await page.goto(`${h.url}/kommun/0138/uppfoljning`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    const select = page.getByLabel('Period');
    const years = await select.locator('option').allInnerTexts();
    expect(years.length).toBeGreaterThan(1);
    const earlier = years[years.length - 1]!;
    await select.selectOption(earlier);
    await page.getByRole('button', { name: 'Visa' }).click();
    await page.waitForURL((url) => url.searchParams.get('period') === earlier);
    await page.getByRole('heading', { level: 2, name: new RegExp(`uppföljning ${earlier}$`) }).waitFor();

    await page.emulateMedia({ media: 'print' });
    const shown = (selector: string) => page.locator(selector).first().isVisible();
    await expect(shown('.subnav')).resolves.toBe(false);
    await expect(shown('.overview__period')).resolves.toBe(false);
    await expect(shown('.overview-legend')).resolves.toBe(true);
    expect(errorsOf(page)).toEqual([]);
  }, 90_000);
});
