/**
 * Consultations (remiss) in the staff workspace (issue 13): the admin sends a draft steering document
 * on consultation to Gymnasie- och arbetsmarknadsnämnden from the document's editor page (missing
 * units and deadline refused at their fields, an impossible date refused by the API at its field);
 * the editor of that unit sees the reminder on the overview, follows it to the consultation page,
 * answers (an empty answer refused at the field, the typed text kept when leaving is cancelled); the
 * admin sees the answer side by side on the consultation page and closes it; the editor then reads it
 * without a form. axe-core at 1280 and 375 px on the new page and section.
 */
import type { Page } from 'playwright-core';
import { axe, errorsOf, headingLevels, headingProblems, screenshot, useHarness } from './harness';

const h = useHarness();
const PASSWORD = 'inkludera-demo-2026';
const ADMIN = 'admin@tyreso.demo';
const EDITOR = 'redaktor@tyreso.demo';
const UNIT = 'Gymnasie- och arbetsmarknadsnämnden';
const TITLE = 'Handlingsplan för mottagande 2027';
const VIEWS = 'Nämnden tillstyrker utkastet.\nMålet om praktikplatser bör delas upp på kvinnor och män.';

async function logInThroughForm(page: Page, email: string) {
  await page.getByRole('heading', { level: 1, name: 'Logga in' }).waitFor();
  await page.getByLabel('E-postadress').fill(email);
  await page.getByLabel('Lösenord').fill(PASSWORD);
  await page.getByRole('button', { name: 'Logga in' }).click();
}

const settled = (page: Page) => page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));

/** A steering document of Tyresö, made through the API as the admin. */
async function createDocument(input: Record<string, unknown>): Promise<{ id: string; status: string }> {
  const login = await fetch(`${h.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation ($input: LoginInput!) { login(input: $input) { user { id } } }', variables: { input: { email: ADMIN, password: PASSWORD } } }),
  });
  const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
  const created = await fetch(`${h.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({
      query: 'mutation ($input: CreateSteeringDocumentInput!) { createSteeringDocument(input: $input) { errors { message } steeringDocument { id status } } }',
      variables: { input: { kind: 'PLAN', ...input } },
    }),
  });
  const body = (await created.json()) as { data: { createSteeringDocument: { errors: unknown[]; steeringDocument: { id: string; status: string } } } };
  expect(body.data.createSteeringDocument.errors).toEqual([]);
  return body.data.createSteeringDocument.steeringDocument;
}

describe('consultations (remiss) in the staff workspace', () => {
  let documentPath = '';
  let consultationPath = '';

  it('sends a draft on consultation, the unit answers from its reminder, the owner sees the answer and closes it', async () => {
    const draft = await createDocument({ title: TITLE, status: 'DRAFT' });
    expect(draft.status).toBe('DRAFT');
    const documentId = draft.id;
    documentPath = `/arbetsyta/styrdokument/${encodeURIComponent(documentId)}`;

    // ---- The admin sends the draft from the document's editor page.
    const { page } = await h.newPage();
    await page.goto(`${h.url}${documentPath}`);
    await logInThroughForm(page, ADMIN);
    await page.getByRole('heading', { level: 1, name: new RegExp(TITLE) }).waitFor();
    const section = page.locator('section[aria-labelledby="consultations-title"]');
    await section.getByRole('heading', { level: 2, name: 'Remiss' }).waitFor();
    await section.getByText('Dokumentet har inte skickats på remiss.').waitFor();

    // Nothing chosen: each error at its field, the summary first.
    await section.getByRole('button', { name: 'Skicka på remiss' }).click();
    const summary = section.getByRole('alert');
    await summary.getByRole('link', { name: 'Enheter som ska svara: Välj minst en enhet' }).waitFor();
    await summary.getByRole('link', { name: 'Sista svarsdag: Skriv ett datum som åååå-mm-dd' }).waitFor();
    expect(await section.getByLabel('Sista svarsdag').getAttribute('aria-invalid')).toBe('true');
    // The summary's link moves focus to the field (keyboard path).
    await summary.getByRole('link', { name: /Sista svarsdag/ }).press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('consultation-deadline');

    // An impossible date: the API refuses it at the field; what was typed stays.
    const units = section.getByRole('group', { name: 'Enheter som ska svara' });
    await units.getByRole('checkbox', { name: UNIT }).check();
    await section.getByLabel('Sista svarsdag').fill('2030-02-30');
    await section.getByLabel('Missiv (frågan till enheterna)').fill('Vi vill särskilt ha synpunkter på målen om arbete.');
    await section.getByRole('button', { name: 'Skicka på remiss' }).click();
    await section.locator('#consultation-deadline-error').getByText('Datumet finns inte i kalendern').waitFor();
    expect(await units.getByRole('checkbox', { name: UNIT }).isChecked()).toBe(true);
    expect(await section.getByLabel('Missiv (frågan till enheterna)').inputValue()).toBe('Vi vill särskilt ha synpunkter på målen om arbete.');

    await section.getByLabel('Sista svarsdag').fill('2030-03-31');
    await section.getByRole('button', { name: 'Skicka på remiss' }).click();
    await section.getByText('Utkastet är skickat på remiss.').waitFor();
    const row = section.getByRole('row', { name: /2030-03-31/ });
    await row.getByText('0 av 1 har svarat').waitFor();
    expect(await row.textContent()).toContain(`${UNIT}: inte svarat`);
    expect(await row.textContent()).toContain('Öppen');
    await screenshot(page, 'workspace-consultation-sent-1280');

    // ---- The editor of the unit: the reminder leads to the consultation page.
    const { page: editor } = await h.newPage();
    await editor.goto(`${h.url}/arbetsyta`);
    await logInThroughForm(editor, EDITOR);
    const reminders = editor.locator('section[aria-labelledby="reminders-title"]');
    await reminders.getByRole('heading', { level: 2, name: 'Påminnelser' }).waitFor();
    const reminder = reminders.getByRole('listitem').filter({ has: editor.getByRole('link', { name: `Remiss av ${TITLE}` }) });
    await reminder.waitFor();
    expect(await reminder.textContent()).toContain('Remiss att besvara');
    expect(await reminder.textContent()).toContain('senast 2030-03-31');
    await reminder.getByRole('link').click();
    await editor.getByRole('heading', { level: 1, name: `Remiss: ${TITLE}` }).waitFor();
    consultationPath = new URL(editor.url()).pathname;
    expect(consultationPath).toMatch(new RegExp(`^${documentPath.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/remiss/[^/]+$`));
    await editor.getByText('Vi vill särskilt ha synpunkter på målen om arbete.').waitFor();

    // An empty answer is refused at the field.
    await editor.getByRole('button', { name: 'Skicka svaret' }).click();
    await editor
      .getByRole('alert')
      .getByRole('link', { name: `Svara för ${UNIT}: Skriv era synpunkter` })
      .waitFor();
    const views = editor.getByLabel('Era synpunkter');
    expect(await views.getAttribute('aria-invalid')).toBe('true');

    // Typed and not saved: leaving asks first; staying keeps the text.
    await views.fill(VIEWS);
    await editor.getByRole('link', { name: 'Tillbaka till styrdokumentet' }).click();
    const dialog = editor.getByRole('alertdialog');
    await dialog.waitFor();
    await dialog.getByRole('button').first().click();
    await dialog.waitFor({ state: 'detached' });
    expect(await views.inputValue()).toBe(VIEWS);

    await editor.getByRole('button', { name: 'Skicka svaret' }).click();
    await editor.getByText('Svaret är sparat.').waitFor();
    const answered = editor.getByRole('row', { name: new RegExp(UNIT) });
    await answered.getByText('Målet om praktikplatser bör delas upp på kvinnor och män.').waitFor();
    // Answered: the reminder is gone.
    await editor.goto(`${h.url}/arbetsyta`);
    await reminders.getByRole('heading', { level: 2, name: 'Påminnelser' }).waitFor();
    await settled(editor);
    expect(await reminders.getByRole('link', { name: `Remiss av ${TITLE}` }).count()).toBe(0);

    // ---- The admin: the document's section counts the answer; the consultation page shows it side by side.
    await page.reload();
    await section
      .getByRole('row', { name: /2030-03-31/ })
      .getByText('1 av 1 har svarat')
      .waitFor();
    expect(await section.getByRole('row', { name: /2030-03-31/ }).textContent()).toContain(`${UNIT}: har svarat`);
    await section.getByRole('link', { name: 'Remissen med svar senast 2030-03-31' }).click();
    await page.getByRole('heading', { level: 1, name: `Remiss: ${TITLE}` }).waitFor();
    expect(new URL(page.url()).pathname).toBe(consultationPath);
    const answer = page.getByRole('table', { name: 'Remissvaren sida vid sida, en rad per enhet' }).getByRole('row', { name: new RegExp(UNIT) });
    await answer.waitFor();
    const today = new Date().toISOString().slice(0, 10);
    expect(await answer.locator('td').nth(0).textContent()).toBe(today);
    expect(await answer.locator('td').nth(1).textContent()).toBe(VIEWS);
    // The admin is not in the unit: no answer form.
    expect(await page.getByLabel('Era synpunkter').count()).toBe(0);

    // Closing locks the answers; the editor then reads them without a form.
    await page.getByRole('button', { name: 'Avsluta remissen' }).click();
    await page.getByText('Remissen är avslutad: svaren är låsta och kan bara läsas.').waitFor();
    expect(await page.getByRole('button', { name: 'Avsluta remissen' }).count()).toBe(0);
    await editor.goto(`${h.url}${consultationPath}`);
    await editor.getByRole('heading', { level: 1, name: `Remiss: ${TITLE}` }).waitFor();
    await editor.getByText('Remissen är avslutad: svaren är låsta och kan bara läsas.').waitFor();
    expect(await editor.getByLabel('Era synpunkter').count()).toBe(0);
    await editor
      .getByRole('row', { name: new RegExp(UNIT) })
      .getByText('Nämnden tillstyrker utkastet.')
      .waitFor();
    expect(errorsOf(page)).toEqual([]);
    expect(errorsOf(editor)).toEqual([]);
  }, 180_000);

  it('links a document due for revision from the reminders to its editor', async () => {
    // Adopted in 2018 with a revision every 48 months: the revision date has passed.
    const due = await createDocument({ title: 'Plan att revidera 2018', status: 'ADOPTED', decisionDate: '2018-01-15', revisionIntervalMonths: 48 });
    const { page } = await h.newPage();
    await page.goto(`${h.url}/arbetsyta`);
    await logInThroughForm(page, ADMIN);
    const reminders = page.locator('section[aria-labelledby="reminders-title"]');
    await reminders.getByRole('heading', { level: 2, name: 'Påminnelser' }).waitFor();
    const reminder = reminders.getByRole('listitem').filter({ hasText: 'Plan att revidera 2018' });
    await reminder.waitFor();
    expect(await reminder.textContent()).toContain('Styrdokument att revidera');
    await reminder.getByRole('link').focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: /Plan att revidera 2018/ }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/arbetsyta/styrdokument/${encodeURIComponent(due.id)}`);
    expect(errorsOf(page)).toEqual([]);
  }, 60_000);

  for (const width of [1280, 375]) {
    it(`axe-core finds no serious or critical violation on the consultation views at ${width} px`, async () => {
      expect(consultationPath).not.toBe('');
      const { page } = await h.newPage({ width, height: 900 });
      const failures: Record<string, unknown> = {};
      const check = async (name: string) => {
        await page.getByRole('heading', { level: 1 }).waitFor();
        await settled(page);
        const violations = (await axe(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
        if (violations.length > 0) failures[name] = violations;
        const headings = headingProblems(await headingLevels(page));
        if (headings.length > 0) failures[`${name} headings`] = headings;
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        if (overflow > 0) failures[`${name} overflow`] = `${overflow}px wider than the screen`;
        await screenshot(page, `workspace-${name}-${width}`);
      };
      await page.goto(`${h.url}${consultationPath}`);
      await logInThroughForm(page, ADMIN);
      await page.getByRole('table').waitFor();
      await check('consultation');
      if (width === 375) {
        // Stacked on a phone: each cell a block of its own under the unit's name.
        const display = await page
          .locator('.cs-answers td')
          .first()
          .evaluate((cell) => getComputedStyle(cell).display);
        expect(display).toBe('block');
      }
      await page.goto(`${h.url}/en${consultationPath}`);
      await page.getByRole('heading', { level: 1, name: `Consultation: ${TITLE}` }).waitFor();
      await check('consultation-en');
      await page.goto(`${h.url}${documentPath}`);
      await page.locator('section[aria-labelledby="consultations-title"]').getByRole('table').waitFor();
      await page.getByRole('button', { name: 'Skicka på remiss' }).click();
      await page.getByRole('alert').first().waitFor();
      await check('document-consultations');
      expect(failures).toEqual({});
      expect(errorsOf(page)).toEqual([]);
    }, 120_000);
  }
});
