/**
 * The staff workspace in a browser: log in through the form, report values in the grid (a count's
 * total computed, a percent of 120 refused at its cell, saved, shown on the public page), an API
 * key created, used and revoked, a conflict between two people, a session that ends without
 * losing what was typed, and axe-core on every workspace view at 1280 and 375 px.
 */
import type { Page } from 'playwright-core';
import writeExcelFile from 'write-excel-file/node';
import { axe, errorsOf, headingLevels, headingProblems, screenshot, useHarness } from './harness';

const h = useHarness();
const PASSWORD = 'inkludera-demo-2026';
const EDITOR = 'redaktor@tyreso.demo';
const ADMIN = 'admin@tyreso.demo';
const PERIOD = String(new Date().getFullYear());

const INTERNSHIPS = 'Antal praktikplatser för nyanlända i kommunens verksamheter';
const SELF_SUFFICIENCY = 'Andel utrikes födda 20–64 år med egen försörjning';
const WORK_OR_STUDY = 'Andel nyanlända i arbete eller studier 90 dagar efter avslutat etableringsprogram';
const SFI = 'Andel elever i sfi som klarat minst två kurser';

/** GraphQL over HTTP with a session of its own (login through the API, not the form). */
async function asUser(email: string) {
  const call = async (cookie: string | null, query: string, variables: Record<string, unknown> = {}) => {
    const response = await fetch(`${h.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return { response, body: (await response.json()) as { data?: Record<string, any>; errors?: unknown } };
  };
  const login = await call(null, `mutation($input: LoginInput!) { login(input: $input) { errors { code } user { id } } }`, { input: { email, password: PASSWORD } });
  const cookie = login.response.headers.get('set-cookie')!.split(';')[0]!;
  return async (query: string, variables: Record<string, unknown> = {}) => {
    const { body } = await call(cookie, query, variables);
    if (!body.data || body.errors) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
    return body.data;
  };
}

async function logInThroughForm(page: Page, email: string) {
  await page.getByRole('heading', { level: 1, name: 'Logga in' }).waitFor();
  await page.getByLabel('E-postadress').fill(email);
  await page.getByLabel('Lösenord').fill(PASSWORD);
  await page.getByRole('button', { name: 'Logga in' }).click();
}

const cell = (page: Page, indicator: string, column: 'Kvinnor' | 'Män' | 'Totalt' | 'Fotnot') => page.getByLabel(`${indicator}: ${column}`, { exact: true });

async function openGrid(page: Page, email: string) {
  await page.goto(`${h.url}/arbetsyta/rapportering?period=${PERIOD}`);
  await logInThroughForm(page, email);
  await page.getByRole('heading', { level: 1, name: 'Rapportera utfall' }).waitFor();
  await page.getByRole('table').waitFor();
}

let ids: Record<string, string> = {};

beforeAll(async () => {
  // The demo editor answers for one committee; give them its administration too, so that the grid
  // holds a count and three percentages (as an admin would in the workspace).
  const admin = await asUser(ADMIN);
  const all = await admin(`query($code: String!) { municipality(code: $code) { id } }`, { code: '0138' });
  const list = await admin(`query($m: ID!) { organisationUnits(first: 100, where: { municipality: { eq: $m } }) { nodes { id name } } }`, { m: all.municipality.id });
  const unitId = (name: string) => list.organisationUnits.nodes.find((u: { name: string }) => u.name === name).id as string;
  const users = await admin(`{ users(first: 50) { nodes { id email version } } }`);
  const editor = users.users.nodes.find((u: { email: string }) => u.email === EDITOR);
  const updated = await admin(`mutation($input: UpdateUserInput!) { updateUser(input: $input) { errors { message } user { id } } }`, {
    input: { id: editor.id, version: editor.version, unitIds: [unitId('Gymnasie- och arbetsmarknadsnämnden'), unitId('Utvecklingsförvaltningen')] },
  });
  expect(updated.updateUser.errors).toEqual([]);
  const indicators = await admin(`query($m: ID!) { indicators(first: 100, where: { municipality: { eq: $m } }) { nodes { id nameSv } } }`, { m: all.municipality.id });
  ids = Object.fromEntries(indicators.indicators.nodes.map((i: { id: string; nameSv: string }) => [i.nameSv, i.id]));
}, 60_000);

describe('the staff workspace', () => {
  it('an editor logs in through the form, reports women and men, is refused 120 % at the cell, saves, and the public page shows the values', async () => {
    const { page } = await h.newPage();
    await page.goto(`${h.url}/arbetsyta/rapportering?period=${PERIOD}`);
    // Not logged in: the login form, which will come back here.
    await page.waitForURL(/\/arbetsyta\/logga-in\?tillbaka=/);
    // An empty form: the error summary links to the fields.
    await page.getByRole('button', { name: 'Logga in' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Det finns ett problem' });
    await expect(summary.getByRole('link', { name: 'Ange din e-postadress' }).isVisible()).resolves.toBe(true);
    await summary.getByRole('link', { name: 'Ange ditt lösenord' }).click();
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('login-password');
    // A wrong password is refused in words.
    await page.getByLabel('E-postadress').fill(EDITOR);
    await page.getByLabel('Lösenord').fill('fel-lösenord');
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page.getByText('E-postadressen eller lösenordet stämmer inte').first().waitFor();

    await logInThroughForm(page, EDITOR);
    await page.waitForURL(new RegExp(`/arbetsyta/rapportering\\?period=${PERIOD}$`));
    const bar = page.locator('.ws-bar');
    await expect(bar.textContent()).resolves.toMatch(/Elias Redaktör.*redaktör, Tyresö kommun/);
    await expect(page.getByLabel('Period', { exact: true }).inputValue()).resolves.toBe(PERIOD);

    // The count's total is computed from women and men.
    await cell(page, INTERNSHIPS, 'Kvinnor').fill('14');
    await cell(page, INTERNSHIPS, 'Män').fill('17');
    await expect(cell(page, INTERNSHIPS, 'Totalt').textContent()).resolves.toBe('31');
    // Arrow keys and Enter move like a spreadsheet: right from the end of women to men, Enter down.
    await cell(page, INTERNSHIPS, 'Kvinnor').focus();
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowRight');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).resolves.toBe(`${INTERNSHIPS}: Män`);

    await cell(page, SELF_SUFFICIENCY, 'Kvinnor').fill('120');
    await cell(page, SELF_SUFFICIENCY, 'Män').fill('70,5');
    await cell(page, SELF_SUFFICIENCY, 'Totalt').fill('71,2');
    await page.getByRole('button', { name: 'Spara alla ändringar' }).click();
    const women = cell(page, SELF_SUFFICIENCY, 'Kvinnor');
    await page.waitForFunction((label) => document.querySelector(`[aria-label="${label}"]`)?.getAttribute('aria-invalid') === 'true', `${SELF_SUFFICIENCY}: Kvinnor`);
    const describedBy = (await women.getAttribute('aria-describedby'))!;
    await expect(page.locator(`[id="${describedBy}"]`).textContent()).resolves.toBe('Värdet ligger utanför det tillåtna intervallet');
    await expect(page.getByRole('alert').filter({ hasText: 'Det finns ett problem' }).textContent()).resolves.toContain(`${SELF_SUFFICIENCY}, Kvinnor`);
    // Nothing was written: the dry run refused the whole batch.
    await screenshot(page, 'workspace-reporting-error-1280');

    await women.fill('69,5');
    await page.getByRole('button', { name: 'Spara alla ändringar' }).click();
    await page.getByText(/^Sparat: \d+ nya och \d+ ändrade värden\.$/).waitFor();
    await expect(women.getAttribute('aria-invalid')).resolves.toBeNull();

    // My overview lists what this year still lacks: no longer the two just reported.
    await page.getByRole('link', { name: 'Arbetsyta', exact: true }).click();
    const missing = page.getByRole('region', { name: `Indikatorer som saknar värden för ${PERIOD}` });
    await missing.waitFor();
    await expect(missing.textContent()).resolves.toContain(SFI);
    await expect(missing.textContent()).resolves.not.toContain(INTERNSHIPS);
    await expect(missing.textContent()).resolves.not.toContain(SELF_SUFFICIENCY);

    // The public indicator page shows the saved values for the period.
    await page.goto(`${h.url}/kommun/0138/indikator/${encodeURIComponent(ids[INTERNSHIPS]!)}`);
    const row = page.locator('tr', { has: page.locator('th, td', { hasText: new RegExp(`^${PERIOD}$`) }) }).first();
    await row.waitFor();
    const text = (await row.textContent())!;
    expect(text).toContain('14');
    expect(text).toContain('17');
    expect(text).toContain('31');
    expect(errorsOf(page)).toEqual([]);
  }, 120_000);

  it('an admin creates an API key in the app, the key reads data over HTTP, and after the admin revokes it the next call is refused', async () => {
    const { page, context } = await h.newPage();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: h.url });
    await page.goto(`${h.url}/arbetsyta/api-nycklar`);
    await logInThroughForm(page, ADMIN);
    await page.getByRole('heading', { level: 1, name: 'API-nycklar' }).waitFor();
    await expect(page.locator('.ws-bar').textContent()).resolves.toMatch(/Alva Admin.*administratör, Tyresö kommun/);

    await page.getByLabel('Vad nyckeln är till för').fill('E2e-statistik');
    await page.getByRole('button', { name: 'Skapa nyckeln' }).click();
    const key = (await page.getByTestId('new-api-key').textContent())!.trim();
    expect(key).toMatch(/^ink_/);
    await page.getByRole('button', { name: 'Kopiera nyckeln' }).click();
    await page.getByText('Nyckeln är kopierad').waitFor();
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(key);

    const read = () =>
      fetch(`${h.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
        body: JSON.stringify({ query: '{ me { callerKind municipality { code } } indicators(first: 1) { totalCount } }' }),
      });
    const ok = await read();
    expect(ok.status).toBe(200);
    const body = (await ok.json()) as { data: { me: { callerKind: string; municipality: { code: string } }; indicators: { totalCount: number } } };
    expect(body.data.me).toEqual({ callerKind: 'API_KEY', municipality: { code: '0138' } });
    expect(body.data.indicators.totalCount).toBeGreaterThan(0);

    await page.reload();
    const row = page.locator('tr', { hasText: 'E2e-statistik' });
    await expect(row.textContent()).resolves.not.toContain('Aldrig'); // last used is shown
    await page.getByRole('button', { name: 'Återkalla E2e-statistik' }).click();
    await page.getByText('Nyckeln E2e-statistik är återkallad.').waitFor();
    await expect(row.textContent()).resolves.toContain('Återkallad');

    const refused = await read();
    expect(refused.status).toBe(401);
    expect(errorsOf(page)).toEqual([]);
  }, 120_000);

  it('two people saving the same value: the second sees the other value and chooses', async () => {
    const first = await h.newPage();
    const second = await h.newPage();
    await openGrid(first.page, EDITOR);
    await openGrid(second.page, ADMIN);

    await cell(first.page, WORK_OR_STUDY, 'Kvinnor').fill('40,1');
    await cell(second.page, WORK_OR_STUDY, 'Kvinnor').fill('42,3');
    await first.page.getByRole('button', { name: 'Spara alla ändringar' }).click();
    await first.page.getByText(/^Sparat:/).waitFor();

    await second.page.getByRole('button', { name: 'Spara alla ändringar' }).click();
    const conflict = second.page.getByRole('alert').filter({ hasText: 'Någon annan har ändrat samma värden' });
    await conflict.waitFor();
    await expect(conflict.textContent()).resolves.toContain('40,1');
    await expect(conflict.textContent()).resolves.toContain('Ditt värde: 42,3');
    // Nothing of the second person's was written yet.
    const admin = await asUser(ADMIN);
    const stored = async () =>
      (
        await admin(`query($id: ID!, $p: String!) { node(id: $id) { ... on Indicator { series(from: $p, to: $p, sex: WOMEN) { value } } } }`, {
          id: ids[WORK_OR_STUDY],
          p: PERIOD,
        })
      ).node.series[0]?.value;
    await expect(stored()).resolves.toBe(40.1);

    await conflict.getByRole('button', { name: 'Behåll mitt värde' }).click();
    await second.page.getByRole('button', { name: 'Spara alla ändringar' }).click();
    await second.page.getByText(/^Sparat:/).waitFor();
    await expect(stored()).resolves.toBe(42.3);
    expect(errorsOf(first.page)).toEqual([]);
    expect(errorsOf(second.page)).toEqual([]);
  }, 120_000);

  it('a session that ends keeps what was typed across the new login, and comes back to the same place', async () => {
    const { page, context } = await h.newPage();
    await openGrid(page, EDITOR);
    await cell(page, SFI, 'Kvinnor').fill('61,5');
    await cell(page, SFI, 'Fotnot').fill('Preliminär uppgift från Skolverket');
    await context.clearCookies();
    await page.getByRole('button', { name: 'Spara alla ändringar' }).click();
    const prompt = page.getByRole('alertdialog', { name: 'Du har blivit utloggad' });
    await prompt.waitFor();
    await screenshot(page, 'workspace-session-ended-1280');
    await prompt.getByRole('link', { name: 'Logga in igen' }).click();
    await logInThroughForm(page, EDITOR);
    await page.waitForURL(new RegExp(`/arbetsyta/rapportering\\?period=${PERIOD}$`));
    await expect(cell(page, SFI, 'Kvinnor').inputValue()).resolves.toBe('61,5');
    await expect(cell(page, SFI, 'Fotnot').inputValue()).resolves.toBe('Preliminär uppgift från Skolverket');
    await expect(page.getByRole('alertdialog', { name: 'Du har blivit utloggad' }).count()).resolves.toBe(0);
    // Leaving with unsaved values asks first.
    await page.getByRole('link', { name: 'Arbetsyta', exact: true }).click();
    const leave = page.getByRole('alertdialog', { name: 'Du har ändringar som inte är sparade' });
    await leave.waitFor();
    await leave.getByRole('button', { name: 'Stanna kvar' }).click();
    await page.getByRole('button', { name: 'Spara alla ändringar' }).click();
    await page.getByText(/^Sparat:/).waitFor();
    // Logging out ends the session: the workspace sends to the login form again.
    await page.getByRole('button', { name: 'Logga ut' }).click();
    await page.getByRole('heading', { level: 1, name: 'Logga in' }).waitFor();
    await page.goto(`${h.url}/arbetsyta`);
    await page.waitForURL(/\/arbetsyta\/logga-in\?tillbaka=%2Farbetsyta/);
    expect(errorsOf(page).filter((e) => !e.includes('401'))).toEqual([]);
  }, 120_000);

  it('an admin adds an editor with a unit, changes the role, and finds the changes in the audit log by its filter', async () => {
    const { page } = await h.newPage();
    await page.goto(`${h.url}/arbetsyta/anvandare`);
    await logInThroughForm(page, ADMIN);
    await page.getByRole('heading', { level: 1, name: 'Användare' }).waitFor();
    // An empty form: the summary links to the fields.
    await page.getByRole('button', { name: 'Lägg till användaren' }).click();
    await page.getByRole('link', { name: 'Skriv personens namn' }).waitFor();
    await page.getByLabel('Namn', { exact: true }).fill('Nora Ny');
    await page.getByLabel('E-postadress', { exact: true }).fill('nora@tyreso.demo');
    await page.getByLabel('Roll').last().selectOption('EDITOR');
    await page.getByRole('group', { name: 'Enheter (för redaktörer)' }).getByLabel('Socialnämnden').check();
    await page.getByRole('button', { name: 'Lägg till användaren' }).click();
    const password = (await page.getByTestId('initial-password').textContent())!.trim();
    expect(password.length).toBeGreaterThanOrEqual(12);
    const row = page.locator('tr', { hasText: 'nora@tyreso.demo' });
    await expect(row.textContent()).resolves.toContain('Socialnämnden');
    // The same email again is refused at the field, and the form keeps what was typed.
    await page.getByLabel('Namn', { exact: true }).fill('Nora Igen');
    await page.getByLabel('E-postadress', { exact: true }).fill('nora@tyreso.demo');
    await page.getByRole('button', { name: 'Lägg till användaren' }).click();
    await page.waitForFunction(() => document.getElementById('new-user-email')?.getAttribute('aria-invalid') === 'true');
    await expect(page.getByLabel('Namn', { exact: true }).inputValue()).resolves.toBe('Nora Igen');

    await page.getByRole('button', { name: 'Ändra Nora Ny' }).click();
    await page.locator('#edit-role').selectOption('VIEWER');
    await page.getByRole('button', { name: 'Spara ändringarna' }).click();
    await page.getByText('Ändringarna för Nora Ny är sparade.').waitFor();
    await expect(row.textContent()).resolves.toContain('läsare');

    await page.getByRole('link', { name: 'Logg' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ändringslogg' }).waitFor();
    await page.getByLabel('Ändring', { exact: true }).fill('createUser');
    await page.getByRole('button', { name: 'Filtrera' }).click();
    await page.waitForURL(/andring=createUser/);
    await page.getByText(/^Visar 1 av 1 ändringar$/).waitFor();
    await expect(page.locator('tbody tr').first().textContent()).resolves.toContain('admin@tyreso.demo');
    // By who and when, too.
    const today = await page.evaluate(() => new Date().toLocaleDateString('sv-SE'));
    await page.getByLabel('Vem', { exact: true }).selectOption({ label: 'Alva Admin (admin@tyreso.demo)' });
    await page.getByLabel('Från och med datum').fill(today);
    await page.getByLabel('Till och med datum').fill(today);
    await page.getByRole('button', { name: 'Filtrera' }).click();
    await page.waitForURL(/vem=.*fran=.*till=/);
    await page.getByText(/^Visar 1 av 1 ändringar$/).waitFor();
    await page.getByLabel('Vem', { exact: true }).selectOption({ label: 'Elias Redaktör (redaktor@tyreso.demo)' });
    await page.getByRole('button', { name: 'Filtrera' }).click();
    await page.getByText(/^Visar 0 av 0 ändringar$/).waitFor();
    expect(errorsOf(page)).toEqual([]);
  }, 120_000);

  it('the indicator editor: a missing responsibility refused at the field with the form kept, created, a target for women, published, and shown on the public site', async () => {
    const { page } = await h.newPage();
    await page.goto(`${h.url}/arbetsyta/indikatorer/ny`);
    await logInThroughForm(page, ADMIN);
    await page.getByRole('heading', { level: 1, name: 'Ny indikator' }).waitFor();
    await page.getByLabel('Namn på svenska').fill('E2e: deltagare i språkcafé');
    await page.getByLabel('Enhet', { exact: true }).selectOption('COUNT');
    await page.getByLabel('Antal decimaler').fill('0');
    await page.getByLabel('Ansvarig enhet för genomförande').selectOption({ label: 'Socialnämnden' });
    await page.getByLabel('Känsliga värden').check();
    await page.getByRole('button', { name: 'Skapa indikatorn' }).click();
    await page.waitForFunction(() => document.getElementById('indicator-responsibleFollowUpUnitId')?.getAttribute('aria-invalid') === 'true');
    await expect(page.getByRole('alert').filter({ hasText: 'Det finns ett problem' }).textContent()).resolves.toContain('Ansvarig enhet för uppföljning');
    await expect(page.getByLabel('Namn på svenska').inputValue()).resolves.toBe('E2e: deltagare i språkcafé');
    await expect(page.getByLabel('Känsliga värden').isChecked()).resolves.toBe(true);
    await screenshot(page, 'workspace-indicator-error-1280');

    await page.getByLabel('Ansvarig enhet för uppföljning').selectOption({ label: 'Utvecklingsförvaltningen' });
    await page.getByRole('button', { name: 'Skapa indikatorn' }).click();
    await page.getByText('Indikatorn är skapad.').waitFor();
    await page.waitForURL(/\/arbetsyta\/indikatorer\/(?!ny)/);
    await expect(page.getByText('Inte publicerad', { exact: true }).count()).resolves.toBe(1);

    await page.getByLabel('Period', { exact: true }).fill('2027');
    await page.getByLabel('Gäller').selectOption('WOMEN');
    await page.getByLabel('Målvärde', { exact: true }).fill('30');
    await page.getByRole('button', { name: 'Lägg till målvärdet' }).click();
    await page.getByRole('button', { name: 'Ta bort målvärdet för 2027, Kvinnor' }).waitFor();

    await page.getByRole('button', { name: 'Publicera' }).click();
    await page.getByText('Indikatorn är publicerad.').waitFor();
    await page.getByRole('link', { name: 'Visa på den öppna webbplatsen' }).click();
    await page.getByRole('heading', { level: 1, name: 'E2e: deltagare i språkcafé' }).waitFor();
    expect(errorsOf(page)).toEqual([]);
  }, 120_000);

  it('an editor imports an xlsx with one bad row: nothing is imported until the file is fixed, then all of it', async () => {
    const { page } = await h.newPage();
    await page.goto(`${h.url}/arbetsyta/import`);
    await logInThroughForm(page, EDITOR);
    await page.getByRole('heading', { level: 1, name: 'Importera utfall' }).waitFor();
    const xlsx = async (menValue: number) =>
      (await writeExcelFile([
        ['Indikator', 'År', 'Kön', 'Värde'],
        [SFI, 2024, 'kvinnor', 47.5],
        [SFI, 2024, 'män', menValue],
        [WORK_OR_STUDY, 2024, 'Kvinnor', 33.3],
      ]).toBuffer()) as Buffer;
    const mime = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    const admin = await asUser(ADMIN);
    const stored = async (name: string) =>
      (
        await admin(`query($id: ID!) { node(id: $id) { ... on Indicator { series(from: "2024", to: "2024", sex: WOMEN) { value } } } }`, {
          id: ids[name],
        })
      ).node.series[0]?.value as number | undefined;
    const before = await stored(SFI);

    await page.getByLabel('Fil', { exact: true }).setInputFiles({ name: 'utfall.xlsx', mimeType: mime, buffer: await xlsx(130) });
    // The columns are recognised by their headings.
    await expect(page.getByLabel('Period', { exact: true }).inputValue()).resolves.toBe('1');
    await page.getByRole('button', { name: 'Förhandsgranska' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'Ingenting är importerat' });
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toContain('1 rad har fel');
    const badLine = page.locator('tr', { has: page.locator('th', { hasText: /^3$/ }) });
    await expect(badLine.textContent()).resolves.toContain('Värdet ligger utanför det tillåtna intervallet');
    await expect(page.getByRole('button', { name: /^Importera \d+ värden$/ }).count()).resolves.toBe(0);
    await screenshot(page, 'workspace-import-error-1280');
    await expect(stored(SFI)).resolves.toBe(before);

    await page.getByLabel('Fil', { exact: true }).setInputFiles({ name: 'utfall.xlsx', mimeType: mime, buffer: await xlsx(44.1) });
    await page.getByRole('button', { name: 'Förhandsgranska' }).click();
    await page.getByRole('button', { name: 'Importera 3 värden' }).click();
    await page.getByText(/^Importerat: /).waitFor();
    await expect(stored(SFI)).resolves.toBe(47.5);
    await expect(stored(WORK_OR_STUDY)).resolves.toBe(33.3);
    expect(errorsOf(page)).toEqual([]);
  }, 120_000);

  for (const width of [1280, 375]) {
    it(`axe-core finds no serious or critical violation on the workspace views at ${width} px`, async () => {
      const { page } = await h.newPage({ width, height: 900 });
      const failures: Record<string, unknown> = {};
      const check = async (name: string) => {
        await page.getByRole('heading', { level: 1 }).waitFor();
        await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
        const violations = (await axe(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
        if (violations.length > 0) failures[name] = violations;
        const headings = headingProblems(await headingLevels(page));
        if (headings.length > 0) failures[`${name} headings`] = headings;
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        if (overflow > 0) failures[`${name} overflow`] = `${overflow}px wider than the screen`;
        await screenshot(page, `workspace-${name}-${width}`);
      };
      await page.goto(`${h.url}/arbetsyta/logga-in`);
      await page.getByRole('button', { name: 'Logga in' }).click();
      await check('login-errors');
      await logInThroughForm(page, ADMIN);
      await page.waitForURL(/\/arbetsyta$/);
      await check('home');
      await page.goto(`${h.url}/arbetsyta/rapportering?period=${PERIOD}`);
      await page.getByRole('table').waitFor();
      await check('reporting');
      await page.goto(`${h.url}/arbetsyta/api-nycklar`);
      await page.getByRole('table').waitFor();
      await check('api-keys');
      await page.goto(`${h.url}/arbetsyta/anvandare`);
      await page.getByRole('table').waitFor();
      await check('users');
      await page.goto(`${h.url}/arbetsyta/logg`);
      await page.getByRole('table').waitFor();
      await check('audit');
      await page.goto(`${h.url}/arbetsyta/import`);
      await check('import');
      await page.goto(`${h.url}/arbetsyta/indikatorer`);
      await page.getByRole('table').waitFor();
      await check('indicators');
      await page.goto(`${h.url}/arbetsyta/indikatorer/${encodeURIComponent(ids[INTERNSHIPS]!)}`);
      await page.getByRole('table').waitFor();
      await check('indicator-editor');
      await page.goto(`${h.url}/en/arbetsyta/rapportering?period=${PERIOD}`);
      await page.getByRole('table').waitFor();
      await check('reporting-en');
      expect(failures).toEqual({});
      expect(errorsOf(page)).toEqual([]);
    }, 180_000);
  }
});
