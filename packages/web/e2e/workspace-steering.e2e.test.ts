/**
 * Steering documents and the goal tree in the staff workspace: an admin creates a draft through the
 * form (a missing title refused at the field), adds focus areas, saves the text as a new version,
 * adopts it (decision date, decided by, registration number; missing ones refused at their fields),
 * starts a new version, changes the text, and compares the versions (fields, text lines, focus
 * areas); version 1 stays readable. Then the goal tree: committee goals added (a missing owner
 * refused at the field), moved by keyboard, a sub-goal, a cycle and an archive with an active
 * sub-goal refused where they are named. An editor records progress notes on an activity; an admin
 * archives a partner after a question; my overview shows targets at risk and activities due. axe-core at 1280 and 375 px on every new view.
 */
import type { Page } from 'playwright-core';
import { axe, errorsOf, headingLevels, headingProblems, screenshot, useHarness } from './harness';

const h = useHarness();
const PASSWORD = 'inkludera-demo-2026';
const ADMIN = 'admin@tyreso.demo';
const TITLE = 'Integrationsprogram 2027–2030';

async function graphql(query: string, variables: Record<string, unknown> = {}, cookie: string | null = null) {
  const response = await fetch(`${h.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { response, body: (await response.json()) as { data?: Record<string, any>; errors?: unknown } };
}

/** GraphQL with a session of its own (login through the API, not the form). */
async function asUser(email: string) {
  const login = await graphql(
    `
      mutation ($input: LoginInput!) {
        login(input: $input) {
          user {
            id
          }
        }
      }
    `,
    { input: { email, password: PASSWORD } },
  );
  const cookie = login.response.headers.get('set-cookie')!.split(';')[0]!;
  return async (query: string, variables: Record<string, unknown> = {}) => {
    const { body } = await graphql(query, variables, cookie);
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

const idFromUrl = (page: Page, back = 0) =>
  decodeURIComponent(
    new URL(page.url()).pathname
      .split('/')
      .slice(0, back ? -back : undefined)
      .pop()!,
  );

let documentId = '';
let activityId = '';
const EDITOR = 'redaktor@tyreso.demo';

describe('steering documents and the goal tree in the staff workspace', () => {
  it('an admin drafts a document, adds focus areas, adopts it, starts a new version and sees what changed', async () => {
    const { page } = await h.newPage();
    await page.goto(`${h.url}/arbetsyta`);
    await logInThroughForm(page, ADMIN);
    await page.waitForURL(/\/arbetsyta$/);
    await page.getByRole('navigation', { name: 'Arbetsytan' }).getByRole('link', { name: 'Styrdokument' }).click();
    await page.getByRole('heading', { level: 1, name: 'Styrdokument' }).waitFor();
    await page.getByRole('table').waitFor();
    await page.getByRole('link', { name: 'Nytt styrdokument' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nytt styrdokument' }).waitFor();

    // No title: refused at the field, the rest kept.
    await page.getByLabel('Dokumentets text').fill('Inledning\nVi ska öka sysselsättningen.\nUppföljning varje år.');
    await page.getByLabel('Typ av dokument').selectOption('PROGRAMME');
    await page.getByRole('button', { name: 'Skapa utkastet' }).click();
    await page.getByRole('alert').getByRole('link', { name: 'Titel: Skriv dokumentets titel' }).waitFor();
    expect(await page.locator('#document-title').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByLabel('Dokumentets text').inputValue()).toContain('sysselsättningen');

    await page.getByLabel('Titel', { exact: true }).fill(TITLE);
    await page.getByLabel('Vad som ändrats').fill('Första utkastet');
    await page.getByRole('button', { name: 'Skapa utkastet' }).click();
    await page.getByRole('heading', { level: 1, name: `Styrdokument: ${TITLE}` }).waitFor();
    await page.getByText('Utkastet är skapat som version 1.').waitFor();
    documentId = idFromUrl(page);

    // Two focus areas; a duplicate key is refused at the key field.
    const addArea = async (key: string, nameSv: string, nameEn: string) => {
      await page.getByLabel('Nyckel').fill(key);
      await page.getByLabel('Namn på svenska').fill(nameSv);
      await page.getByLabel('Namn på engelska').fill(nameEn);
      await page.getByRole('button', { name: 'Lägg till fokusområdet' }).click();
    };
    await addArea('ARBETE', 'Arbete och försörjning', 'Work and livelihood');
    await page.getByText('Fokusområdet Arbete och försörjning är tillagt.').waitFor();
    await addArea('ARBETE', 'Arbete igen', 'Work again');
    await page.locator('#area-key-error').waitFor();
    expect(await page.getByLabel('Namn på svenska').inputValue()).toBe('Arbete igen');
    await addArea('SPRAK', 'Språk och utbildning', 'Language and education');
    await page.getByText('Fokusområdet Språk och utbildning är tillagt.').waitFor();

    // The text, changed: a new version (the change note is required).
    await page.getByLabel('Dokumentets text').fill('Inledning\nVi ska öka sysselsättningen bland kvinnor och män.\nUppföljning varje år.');
    await page.getByRole('button', { name: 'Spara som ny version' }).click();
    await page.locator('#document-changeNote-error').waitFor();
    await page.getByLabel('Vad som ändrats').fill('Remissynpunkter inarbetade');
    await page.getByRole('button', { name: 'Spara som ny version' }).click();
    await page.getByText('Titel och text är sparade som version 2.').waitFor();

    // Adopt: the three parts of the decision are required, each at its field.
    await page.getByLabel('Beslutsdatum').fill('2026-11-20');
    await page.getByRole('button', { name: 'Anta dokumentet' }).click();
    await page.locator('#document-decidedBy-error').waitFor();
    await page.locator('#document-registrationNumber-error').waitFor();
    await page.getByLabel('Beslutat av').fill('Kommunfullmäktige');
    await page.getByLabel('Diarienummer').fill('KS/2026:112');
    await page.getByRole('button', { name: 'Anta dokumentet' }).click();
    await page.getByText('Dokumentet är antaget (version 3).').waitFor();
    await page.getByRole('heading', { level: 2, name: 'Starta en ny version' }).waitFor();

    // A new version, as a draft: the adopted one stays readable.
    await page.getByLabel('Vad som ändrats').last().fill('Revidering 2027');
    await page.getByRole('button', { name: 'Starta en ny version' }).click();
    await page.getByText('Version 4 är påbörjad som utkast.').waitFor();
    await page.getByLabel('Dokumentets text').fill('Inledning\nVi ska öka sysselsättningen bland kvinnor och män.\nSpråket är nyckeln.\nUppföljning varje år.');
    await page.getByLabel('Vad som ändrats').first().fill('Nytt avsnitt om språk');
    await page.getByRole('button', { name: 'Spara som ny version' }).click();
    await page.getByText('Titel och text är sparade som version 5.').waitFor();
    const admin = await asUser(ADMIN);
    const stored = await admin(`query($id: ID!) { node(id: $id) { ... on SteeringDocument { status currentVersionNumber versions { versionNumber status registrationNumber text } } } }`, {
      id: documentId,
    });
    expect(stored.node.status).toBe('DRAFT');
    expect(stored.node.versions.map((v: { status: string }) => v.status)).toEqual(['DRAFT', 'DRAFT', 'ADOPTED', 'DRAFT', 'DRAFT']);
    expect(stored.node.versions[2]).toMatchObject({ registrationNumber: 'KS/2026:112', text: expect.stringContaining('kvinnor och män') });
    expect(stored.node.versions[0].text).not.toContain('kvinnor');

    // The versions table links each version to its comparison with the one before.
    const versions = page.getByRole('table', { name: 'Dokumentets versioner, den äldsta först' });
    await versions.getByRole('row').nth(3).getByRole('cell', { name: 'Antagen', exact: true }).first().waitFor();
    await page.getByRole('link', { name: 'Jämför versioner' }).click();
    await page.getByRole('heading', { level: 1, name: `Jämför versioner: ${TITLE}` }).waitFor();
    // By default the last two: only the text changed.
    await page.locator('.ws-diff ins').filter({ hasText: 'Språket är nyckeln.' }).waitFor();
    expect(await page.locator('.ws-diff del').count()).toBe(0);
    // Version 1 against the adopted version 3: the decision, the text and the focus areas.
    await page.getByLabel('Från version', { exact: true }).selectOption('1');
    await page.getByLabel('Till version', { exact: true }).selectOption('3');
    await page.getByRole('button', { name: 'Jämför' }).click();
    await page.waitForURL(/jamfor\?fran=1&till=3$/);
    const fields = page.getByRole('table', { name: 'Från version 1, till version 3' });
    await fields.getByRole('row', { name: /Diarienummer \(tomt\) KS\/2026:112/ }).waitFor();
    await fields.getByRole('row', { name: /Status Utkast Antagen/ }).waitFor();
    await fields.getByRole('row', { name: /Beslutat av \(tomt\) Kommunfullmäktige/ }).waitFor();
    expect(await page.locator('.ws-diff del').textContent()).toContain('Vi ska öka sysselsättningen.');
    expect(await page.locator('.ws-diff ins').textContent()).toContain('bland kvinnor och män');
    const areas = page.getByRole('region', { name: 'Fokusområden' });
    expect(await areas.getByRole('listitem').allTextContents()).toEqual(['Arbete och försörjning (ARBETE)', 'Språk och utbildning (SPRAK)']);
    await screenshot(page, 'workspace-steering-diff-1280');
    expect(errorsOf(page)).toEqual([]);
  }, 150_000);

  it('the goal tree: add with an owner, move by keyboard, refusals shown where they are named', async () => {
    expect(documentId).not.toBe('');
    const { page } = await h.newPage();
    await page.goto(`${h.url}/arbetsyta/styrdokument/${encodeURIComponent(documentId)}/mal`);
    await logInThroughForm(page, ADMIN);
    await page.getByRole('heading', { level: 1, name: `Målträd: ${TITLE}` }).waitFor();
    const work = page.getByRole('region', { name: 'Arbete och försörjning' });
    await work.getByText('Inga mål i fokusområdet ännu.').waitFor();

    // A committee goal without an owner: the API's refusal at the owner field.
    await page.getByRole('button', { name: 'Lägg till nämndmål i Arbete och försörjning' }).click();
    await page.getByLabel('Målets titel').fill('Fler i arbete');
    await page.getByRole('button', { name: 'Lägg till målet' }).click();
    const ownerError = page.locator('#goal-ownerUnitId-error');
    await ownerError.waitFor();
    expect(await ownerError.textContent()).toContain('Välj den enhet som äger målet');
    expect(await page.getByLabel('Målets titel').inputValue()).toBe('Fler i arbete');
    await page.getByLabel('Ägande enhet').selectOption({ label: 'Gymnasie- och arbetsmarknadsnämnden' });
    await page.getByRole('button', { name: 'Lägg till målet' }).click();
    await page.getByText('Målet Fler i arbete är tillagt.').waitFor();

    await page.getByRole('button', { name: 'Lägg till nämndmål i Arbete och försörjning' }).click();
    await page.getByLabel('Målets titel').fill('Fler startar företag');
    await page.getByLabel('Ägande enhet').selectOption({ label: 'Gymnasie- och arbetsmarknadsnämnden' });
    await page.getByRole('button', { name: 'Lägg till målet' }).click();
    await page.getByText('Målet Fler startar företag är tillagt.').waitFor();
    const titles = () => work.locator('.ws-goal__title').allTextContents();
    expect(await titles()).toEqual(['Fler i arbete', 'Fler startar företag']);

    // By keyboard: Enter on "move down"; the focus stays with the goal (on "move up", now that it is last).
    await page.getByRole('button', { name: 'Flytta ned Fler i arbete' }).focus();
    await page.keyboard.press('Enter');
    await page.getByText('Målet Fler i arbete är flyttat.').waitFor();
    await page.waitForFunction(() => document.activeElement?.getAttribute('aria-label') === 'Flytta upp Fler i arbete');
    expect(await titles()).toEqual(['Fler startar företag', 'Fler i arbete']);
    // Tab to the next tool (move into the goal above) and press Space: it becomes a sub-goal.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Flytta Fler i arbete till delmål under Fler startar företag');
    await page.keyboard.press('Space');
    await page.waitForFunction(() => document.activeElement?.getAttribute('aria-label') === 'Ändra Fler i arbete');
    const admin = await asUser(ADMIN);
    const tree = async () =>
      (await admin(`query($id: ID!) { node(id: $id) { ... on SteeringDocument { goals { title level sortOrder parent { title } } } } }`, { id: documentId })).node.goals as Array<{
        title: string;
        level: string;
        parent: { title: string } | null;
      }>;
    expect((await tree()).find((g) => g.title === 'Fler i arbete')).toMatchObject({ level: 'SUB_GOAL', parent: { title: 'Fler startar företag' } });

    // A cycle: the parent made a child of its own sub-goal — refused at the parent field.
    await page.getByRole('button', { name: 'Ändra Fler startar företag' }).click();
    await page.getByLabel('Överordnat mål').selectOption({ label: 'Fler i arbete (delmål)' });
    await page.getByRole('button', { name: 'Spara målet' }).click();
    const parentError = page.locator('#goal-parentId-error');
    await parentError.waitFor();
    expect(await parentError.textContent()).toContain('Målet kan inte flyttas under sig självt');
    await page.getByRole('button', { name: 'Avbryt' }).click();

    // Archiving a goal with an active sub-goal: refused, said at that goal.
    await page.getByRole('button', { name: 'Arkivera Fler startar företag' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Arkivera Fler startar företag' }).click();
    const rowError = work.getByRole('alert');
    await rowError.waitFor();
    expect(await rowError.textContent()).toContain('Målet har delmål under sig. Arkivera eller flytta dem först.');
    // Archiving the sub-goal works.
    await page.getByRole('button', { name: 'Arkivera Fler i arbete' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Arkivera Fler i arbete' }).click();
    await page.getByText('Målet Fler i arbete är arkiverat.').waitFor();
    expect((await tree()).map((g) => g.title)).toEqual(['Fler startar företag']);
    await screenshot(page, 'workspace-goal-tree-1280');
    expect(errorsOf(page)).toEqual([]);
  }, 150_000);

  it('an editor records progress notes on an activity: errors at the fields, kept as history with who wrote them', async () => {
    const admin = await asUser(ADMIN);
    const units = await admin(`{ organisationUnits(first: 100) { nodes { id name } } }`);
    const unit = units.organisationUnits.nodes.find((u: { name: string }) => u.name === 'Gymnasie- och arbetsmarknadsnämnden').id;
    const created = await admin(`mutation($input: CreateActivityInput!) { createActivity(input: $input) { activity { id } } }`, {
      input: { title: 'Jobbspår inom vården', status: 'ONGOING', responsibleUnitId: unit },
    });
    activityId = created.createActivity.activity.id;

    const { page } = await h.newPage();
    await page.goto(`${h.url}/arbetsyta/aktiviteter/${encodeURIComponent(activityId)}`);
    await logInThroughForm(page, EDITOR);
    await page.getByRole('heading', { level: 1, name: 'Ändra aktivitet: Jobbspår inom vården' }).waitFor();
    await page.getByText('Inga anteckningar ännu.').waitFor();

    // Nothing written: refused at the field.
    await page.getByRole('button', { name: 'Spara anteckningen' }).click();
    await page.getByRole('alert').getByRole('link', { name: 'Vad som gjordes: Skriv vad som gjordes' }).waitFor();
    // A day after today: the API's refusal at the date field, the text kept.
    await page.getByLabel('Vad som gjordes').fill('Åtta deltagare började på vårdboendet.');
    await page.getByLabel('När arbetet gjordes').fill('2999-01-01');
    await page.getByRole('button', { name: 'Spara anteckningen' }).click();
    const dateError = page.locator('#note-doneOn-error');
    await dateError.waitFor();
    expect(await dateError.textContent()).toContain('Datumet kan inte vara senare än i dag');
    expect(await page.getByLabel('Vad som gjordes').inputValue()).toBe('Åtta deltagare började på vårdboendet.');

    // Leaving with the note unsaved asks first.
    await page.getByRole('link', { name: 'Tillbaka till aktiviteterna' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Stanna kvar' }).click();

    await page.getByLabel('När arbetet gjordes').fill('2026-11-02');
    await page.getByRole('button', { name: 'Spara anteckningen' }).click();
    await page.getByText('Anteckningen är sparad.').waitFor();
    const history = page.getByRole('list', { name: 'Anteckningar om arbetet' });
    await history.getByText('Åtta deltagare började på vårdboendet.').waitFor();
    expect(await history.getByRole('listitem').first().textContent()).toContain('skrivet av Elias Redaktör');
    expect(await page.getByLabel('Vad som gjordes').inputValue()).toBe('');

    // A second note; the history is newest first and the first note is unchanged.
    await page.getByLabel('När arbetet gjordes').fill('2026-11-20');
    await page.getByLabel('Vad som gjordes').fill('Två fick anställning.');
    await page.getByRole('button', { name: 'Spara anteckningen' }).click();
    await history.getByText('Två fick anställning.').waitFor();
    const stored = await admin(`query($id: ID!) { node(id: $id) { ... on Activity { notes { doneOn text author } } } }`, { id: activityId });
    expect(stored.node.notes).toEqual([
      { doneOn: '2026-11-20', text: 'Två fick anställning.', author: 'Elias Redaktör' },
      { doneOn: '2026-11-02', text: 'Åtta deltagare började på vårdboendet.', author: 'Elias Redaktör' },
    ]);
    expect(await history.getByRole('listitem').allTextContents()).toEqual([expect.stringContaining('Två fick anställning.'), expect.stringContaining('Åtta deltagare')]);
    // Now nothing is unsaved: leaving does not ask.
    await page.getByRole('link', { name: 'Tillbaka till aktiviteterna' }).click();
    await page.getByRole('heading', { level: 1, name: 'Aktiviteter' }).waitFor();
    expect(errorsOf(page)).toEqual([]);
  }, 120_000);

  it('an admin archives a partner from its editor, after a question that defaults to no', async () => {
    const admin = await asUser(ADMIN);
    const created = await admin(`mutation($input: CreatePartnerInput!) { createPartner(input: $input) { partner { id } } }`, {
      input: { name: 'Gamla språkcaféet', kind: 'ASSOCIATION' },
    });
    const partnerId = created.createPartner.partner.id;
    const { page } = await h.newPage();
    await page.goto(`${h.url}/arbetsyta/samverkansparter/${encodeURIComponent(partnerId)}`);
    await logInThroughForm(page, ADMIN);
    await page.getByRole('heading', { level: 1, name: 'Ändra samverkanspart: Gamla språkcaféet' }).waitFor();
    // Asked first, with the focus on "Avbryt": Enter there keeps the partner.
    await page.getByRole('button', { name: 'Arkivera samverkansparten' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Arkivera Gamla språkcaféet?' });
    await dialog.waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Avbryt');
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    const read = async () => (await admin(`query($id: ID!) { node(id: $id) { ... on Partner { archivedAt } } }`, { id: partnerId })).node;
    expect((await read()).archivedAt).toBeNull();
    await page.getByRole('button', { name: 'Arkivera samverkansparten' }).click();
    await dialog.getByRole('button', { name: 'Ja, arkivera' }).click();
    await page.getByRole('heading', { level: 1, name: 'Samverkansparter' }).waitFor();
    await page.getByText('Samverkansparten Gamla språkcaféet är arkiverad.').waitFor();
    expect((await read()).archivedAt).not.toBeNull();
    await page.getByRole('table').waitFor();
    expect(await page.getByRole('table').getByText('Gamla språkcaféet').count()).toBe(0);
    expect(errorsOf(page)).toEqual([]);
  }, 120_000);

  it('my overview lists the targets at risk (as the API judges them) and the activities due within 30 days or overdue', async () => {
    const admin = await asUser(ADMIN);
    const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(new Date());
    const plus = (days: number) => {
      const date = new Date(`${today}T12:00:00Z`);
      date.setUTCDate(date.getUTCDate() + days);
      return date.toISOString().slice(0, 10);
    };
    const make = (title: string, status: string, endDate: string) =>
      admin(`mutation($input: CreateActivityInput!) { createActivity(input: $input) { errors { message } } }`, { input: { title, status, startDate: '2026-01-01', endDate } });
    await make('Snart klar: mentorsprogram', 'ONGOING', plus(10));
    await make('Försenad: läxhjälp', 'PLANNED', plus(-5));
    await make('Långt kvar: studiebesök', 'ONGOING', plus(60));
    await make('Redan genomförd: mässa', 'DONE', plus(-3));
    const period = String(new Date().getFullYear());
    const judged = await admin(`query($period: String!) { indicators(first: 100) { nodes { nameSv progress(period: $period) { status total { status } women { status } men { status } } } } }`, {
      period,
    });
    const risky = (s?: { status: string } | null) => s?.status === 'TOO_SLOW' || s?.status === 'MOVING_AWAY';
    const expected = judged.indicators.nodes
      .filter((i: any) => risky(i.progress) || risky(i.progress.total) || risky(i.progress.women) || risky(i.progress.men))
      .map((i: any) => i.nameSv)
      .sort();
    expect(expected.length).toBeGreaterThan(0); // the demo data has targets at risk

    const { page } = await h.newPage();
    await page.goto(`${h.url}/arbetsyta`);
    await logInThroughForm(page, ADMIN);
    const risk = page.getByRole('region', { name: `Mål i fara ${period}` });
    await risk.waitFor();
    const shown = (await risk.getByRole('listitem').getByRole('link').allTextContents()).sort();
    expect(shown).toEqual(expected);
    const due = page.getByRole('region', { name: 'Aktiviteter som ska vara klara inom 30 dagar eller är försenade' });
    const titles = await due.getByRole('listitem').getByRole('link').allTextContents();
    expect(titles).toEqual(expect.arrayContaining(['Snart klar: mentorsprogram', 'Försenad: läxhjälp']));
    expect(titles).not.toContain('Långt kvar: studiebesök');
    expect(titles).not.toContain('Redan genomförd: mässa');
    // The most overdue first.
    expect(titles.indexOf('Försenad: läxhjälp')).toBeLessThan(titles.indexOf('Snart klar: mentorsprogram'));
    await screenshot(page, 'workspace-overview-1280');
    expect(errorsOf(page)).toEqual([]);
  }, 120_000);

  for (const width of [1280, 375]) {
    it(`axe-core finds no serious or critical violation on the steering-document views at ${width} px`, async () => {
      expect(documentId).not.toBe('');
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
        if (overflow > 0) {
          // Name the widest elements that stick out, for whoever fixes it.
          const culprits = await page.evaluate(() =>
            [...document.querySelectorAll('body *')]
              .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
              .filter((el) => ![...el.children].some((child) => child.getBoundingClientRect().right > document.documentElement.clientWidth + 1))
              .slice(0, 5)
              .map((el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${[...el.classList].join('.')}`),
          );
          failures[`${name} overflow`] = `${overflow}px wider than the screen: ${culprits.join(', ')}`;
        }
        await screenshot(page, `workspace-${name}-${width}`);
      };
      const enc = encodeURIComponent(documentId);
      await page.goto(`${h.url}/arbetsyta`);
      await logInThroughForm(page, ADMIN);
      await page.getByRole('region', { name: /^Mål i fara/ }).waitFor();
      await check('overview');
      await page.goto(`${h.url}/arbetsyta/styrdokument`);
      await page.getByRole('table').waitFor();
      await check('steering-documents');
      await page.goto(`${h.url}/arbetsyta/styrdokument/ny`);
      await page.getByRole('button', { name: 'Skapa utkastet' }).click();
      await page.getByRole('alert').waitFor();
      await check('steering-document-new-errors');
      await page.goto(`${h.url}/arbetsyta/styrdokument/${enc}`);
      await page.getByRole('button', { name: 'Spara uppgifterna' }).waitFor();
      await check('steering-document-editor');
      await page.goto(`${h.url}/arbetsyta/styrdokument/${enc}/jamfor?fran=1&till=3`);
      await page.locator('.ws-diff').waitFor();
      await check('steering-document-diff');
      await page.goto(`${h.url}/arbetsyta/styrdokument/${enc}/mal`);
      await page.getByRole('button', { name: 'Ändra Fler startar företag' }).click();
      await page.getByLabel('Målets titel').waitFor();
      await check('goal-tree-editing');
      // The demo's adopted strategy: its whole goal tree (overall aim, arenas, committee goals, sub-goals).
      const seeded = await h.graphql<{ municipality: { steeringDocuments: Array<{ id: string; status: string }> } }>(`{ municipality(code: "0138") { steeringDocuments { id status } } }`);
      const adopted = seeded.municipality.steeringDocuments.find((d) => d.status === 'ADOPTED')!;
      await page.goto(`${h.url}/arbetsyta/styrdokument/${encodeURIComponent(adopted.id)}/mal`);
      await page.locator('.ws-goal').first().waitFor();
      await check('goal-tree-seed');
      await page.goto(`${h.url}/arbetsyta/aktiviteter/${encodeURIComponent(activityId)}`);
      await page.getByRole('list', { name: 'Anteckningar om arbetet' }).waitFor();
      await check('activity-notes');
      await page.goto(`${h.url}/en/arbetsyta/styrdokument/${enc}/jamfor`);
      await page.locator('.ws-diff').waitFor();
      await check('steering-document-diff-en');
      expect(failures).toEqual({});
      expect(errorsOf(page)).toEqual([]);
    }, 180_000);
  }
});
