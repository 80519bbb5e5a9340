/**
 * Partners in the staff workspace: an admin registers "Föreningen Språkvänner" through the form
 * (a missing name and a bad website refused at their fields, the form kept), finds it by search and
 * kind, meets a CONFLICT when someone else saved first; an editor creates an activity with it under
 * a public goal through the form, and then the partner appears on the public partners page; an IOP
 * agreement with the partner and a goal; axe-core at 1280 and 375 px.
 */
import type { Page } from 'playwright-core';
import { axe, errorsOf, headingLevels, headingProblems, screenshot, useHarness } from './harness';

const h = useHarness();
const PASSWORD = 'inkludera-demo-2026';
const ADMIN = 'admin@tyreso.demo';
const EDITOR = 'redaktor@tyreso.demo';
const PARTNER = 'Föreningen Språkvänner';

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

const publicPage = async () => {
  const { page: visitor } = await h.newPage();
  await visitor.goto(`${h.url}/kommun/0138/samverkansparter`);
  await visitor.getByRole('heading', { level: 1 }).waitFor();
  await visitor.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
  return visitor;
};

async function logInThroughForm(page: Page, email: string) {
  await page.getByRole('heading', { level: 1, name: 'Logga in' }).waitFor();
  await page.getByLabel('E-postadress').fill(email);
  await page.getByLabel('Lösenord').fill(PASSWORD);
  await page.getByRole('button', { name: 'Logga in' }).click();
}

describe('partners in the staff workspace', () => {
  it('an admin registers a partner with errors shown at the fields, finds it, meets a conflict, and is not on the public page yet', async () => {
    const { page } = await h.newPage();
    await page.goto(`${h.url}/arbetsyta`);
    await logInThroughForm(page, ADMIN);
    await page.waitForURL(/\/arbetsyta$/);
    // From the overview's card to the list, then to a new partner.
    await page.locator('.ws-cards').getByRole('link', { name: 'Samverkansparter' }).click();
    await page.getByRole('heading', { level: 1, name: 'Samverkansparter' }).waitFor();
    await page.getByRole('link', { name: 'Ny samverkanspart' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ny samverkanspart' }).waitFor();

    // No name: refused in the form, at the field.
    await page.getByRole('button', { name: 'Registrera samverkansparten' }).click();
    await page.getByRole('alert').getByRole('link', { name: 'Namn: Skriv partens namn' }).waitFor();

    // A website that is not a URL: the API's payload error at the field, the rest of the form kept.
    await page.getByLabel('Namn', { exact: true }).fill(PARTNER);
    await page.getByLabel('Typ av part').selectOption('ASSOCIATION');
    await page.getByLabel('Kontaktperson eller funktion').fill('Samordnaren');
    await page.getByRole('textbox', { name: 'Webbplats' }).fill('sprakvanner.example');
    await page.getByRole('button', { name: 'Registrera samverkansparten' }).click();
    const websiteError = page.locator('#partner-website-error');
    await websiteError.waitFor();
    expect(await websiteError.textContent()).toContain('Skriv en webbadress som börjar med https://');
    expect(await page.getByRole('textbox', { name: 'Webbplats' }).getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByLabel('Namn', { exact: true }).inputValue()).toBe(PARTNER);
    expect(await page.getByLabel('Kontaktperson eller funktion').inputValue()).toBe('Samordnaren');
    await screenshot(page, 'workspace-partner-error-1280');

    await page.getByRole('textbox', { name: 'Webbplats' }).fill('https://sprakvanner.example');
    await page.getByRole('button', { name: 'Registrera samverkansparten' }).click();
    await page.getByRole('heading', { level: 1, name: `Ändra samverkanspart: ${PARTNER}` }).waitFor();
    await page.getByText('Samverkansparten är registrerad.').waitFor();
    const partnerId = decodeURIComponent(new URL(page.url()).pathname.split('/').pop()!);

    // Someone else saves first: this save is refused with CONFLICT, the form keeps what was typed.
    const admin = await asUser(ADMIN);
    const stored = await admin(`query($id: ID!) { node(id: $id) { ... on Partner { version } } }`, { id: partnerId });
    const other = await admin(`mutation($input: UpdatePartnerInput!) { updatePartner(input: $input) { errors { code } } }`, {
      input: { id: partnerId, version: stored.node.version, contactPhone: '08-123 45 67' },
    });
    expect(other.updatePartner.errors).toEqual([]);
    await page.getByLabel('Beskrivning').fill('Språkcaféer varje vecka');
    await page.getByRole('button', { name: 'Spara ändringarna' }).click();
    await page.getByText('Någon annan har ändrat samverkansparten').waitFor();
    expect(await page.getByLabel('Beskrivning').inputValue()).toBe('Språkcaféer varje vecka');
    await page.getByRole('button', { name: 'Läs in den senaste versionen' }).click();
    await page.waitForFunction(() => (document.getElementById('partner-contactPhone') as HTMLInputElement | null)?.value === '08-123 45 67');
    await page.getByLabel('Beskrivning').fill('Språkcaféer varje vecka');
    await page.getByRole('button', { name: 'Spara ändringarna' }).click();
    await page.getByText('Ändringarna är sparade.').waitFor();
    const saved = await admin(`query($id: ID!) { node(id: $id) { ... on Partner { description contactPhone website kind } } }`, { id: partnerId });
    expect(saved.node).toEqual({ description: 'Språkcaféer varje vecka', contactPhone: '08-123 45 67', website: 'https://sprakvanner.example', kind: 'ASSOCIATION' });

    // The list: found by search and kind; another kind leaves it out.
    await page.getByRole('link', { name: 'Tillbaka till samverkansparterna' }).click();
    await page.getByRole('heading', { level: 1, name: 'Samverkansparter', exact: true }).waitFor();
    await page.getByLabel('Sök i namn och beskrivning').fill('Språkvänner');
    await page.getByLabel('Typ av part').selectOption('ASSOCIATION');
    await page.getByRole('button', { name: 'Sök', exact: true }).click();
    await page.getByRole('row', { name: new RegExp(PARTNER) }).waitFor();
    await page.getByLabel('Typ av part').selectOption('BUSINESS');
    await page.getByRole('button', { name: 'Sök', exact: true }).click();
    await page.getByText('Inga samverkansparter matchar.').waitFor();

    // Not public yet (no activity or agreement under a public goal names it).
    expect(await (await publicPage()).getByText(PARTNER).count()).toBe(0);
    expect(errorsOf(page)).toEqual([]);
  }, 120_000);

  it('an editor creates an activity with the partner and a public goal through the form (an end before the start refused at the field), filters the list, and the partner appears on the public partners page', async () => {
    const admin = await asUser(ADMIN);
    const found = await admin(`{ partners(first: 5, where: { search: "Språkvänner" }) { nodes { id } } }`);
    if (found.partners.nodes.length === 0) {
      await admin(`mutation($input: CreatePartnerInput!) { createPartner(input: $input) { partner { id } } }`, { input: { name: PARTNER, kind: 'ASSOCIATION' } });
    }
    const editor = await asUser(EDITOR);
    const me = await editor(`{ me { user { units { id name } } } }`);
    const unitName = me.me.user.units[0].name as string;
    const goals = await graphql(`
      {
        goals(first: 1) {
          nodes {
            title
          }
        }
      }
    `);
    const publicGoal = goals.body.data!.goals.nodes[0].title as string;

    const { page } = await h.newPage();
    await page.goto(`${h.url}/arbetsyta`);
    await logInThroughForm(page, EDITOR);
    await page.waitForURL(/\/arbetsyta$/);
    await page.locator('.ws-cards').getByRole('link', { name: 'Aktiviteter' }).click();
    await page.getByRole('heading', { level: 1, name: 'Aktiviteter' }).waitFor();
    await page.getByRole('link', { name: 'Ny aktivitet' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ny aktivitet' }).waitFor();

    await page.getByLabel('Titel').fill('Språkcafé i Tyresö centrum');
    await page.getByLabel('Status').selectOption('ONGOING');
    await page.getByLabel('Målgrupp').fill('Nyanlända vuxna');
    await page.getByLabel('Ansvarig enhet').selectOption({ label: unitName });
    await page.getByLabel('Startdatum').fill('2026-09-01');
    await page.getByLabel('Slutdatum').fill('2026-03-01');
    await page.getByRole('group', { name: 'Samverkansparter' }).getByRole('checkbox', { name: PARTNER }).check();
    await page.getByRole('group', { name: 'Mål som aktiviteten bidrar till' }).getByRole('checkbox', { name: publicGoal }).check();
    await page.getByRole('button', { name: 'Spara aktiviteten' }).click();
    await page.getByRole('alert').getByRole('link', { name: 'Slutdatum: Slutdatumet kan inte vara före startdatumet' }).waitFor();
    expect(await page.getByLabel('Målgrupp').inputValue()).toBe('Nyanlända vuxna');
    await screenshot(page, 'workspace-activity-error-1280');
    expect(await (await publicPage()).getByText(PARTNER).count()).toBe(0);

    await page.getByLabel('Slutdatum').fill('2026-12-15');
    await page.getByRole('button', { name: 'Spara aktiviteten' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ändra aktivitet: Språkcafé i Tyresö centrum' }).waitFor();
    await page.getByText('Aktiviteten är sparad.').waitFor();
    const activityId = decodeURIComponent(new URL(page.url()).pathname.split('/').pop()!);
    const saved = await editor(`query($id: ID!) { node(id: $id) { ... on Activity { status targetGroup startDate endDate responsibleUnit { name } partners { name } goals { title } } } }`, {
      id: activityId,
    });
    expect(saved.node).toEqual({
      status: 'ONGOING',
      targetGroup: 'Nyanlända vuxna',
      startDate: '2026-09-01',
      endDate: '2026-12-15',
      responsibleUnit: { name: unitName },
      partners: [{ name: PARTNER }],
      goals: [{ title: publicGoal }],
    });

    // Edited: status done, saved.
    await page.getByLabel('Status').selectOption('DONE');
    await page.getByRole('button', { name: 'Spara ändringarna' }).click();
    await page.getByText('Ändringarna är sparade.').waitFor();

    // The list filtered by status and partner.
    await page.getByRole('link', { name: 'Tillbaka till aktiviteterna' }).click();
    await page.getByRole('heading', { level: 1, name: 'Aktiviteter', exact: true }).waitFor();
    await page.getByLabel('Status').selectOption('DONE');
    await page.getByLabel('Samverkanspart').selectOption({ label: PARTNER });
    await page.getByRole('button', { name: 'Sök', exact: true }).click();
    await page.waitForURL(/status=DONE/);
    await page.getByRole('row', { name: /Språkcafé i Tyresö centrum/ }).waitFor();
    await page.getByLabel('Status').selectOption('PLANNED');
    await page.getByRole('button', { name: 'Sök', exact: true }).click();
    await page.getByText('Inga aktiviteter matchar.').waitFor();

    // Public now: the activity names a goal of an adopted document.
    const visitor = await publicPage();
    await visitor.getByText(PARTNER).first().waitFor();
    expect(errorsOf(page)).toEqual([]);
  }, 120_000);

  it('an admin records an IOP agreement with the partner as a party and a goal: an end before the start refused at the field, the form kept, then saved and listed', async () => {
    const admin = await asUser(ADMIN);
    const found = await admin(`{ partners(first: 5, where: { search: "Språkvänner" }) { nodes { id name } } }`);
    if (found.partners.nodes.length === 0) {
      const created = await admin(`mutation($input: CreatePartnerInput!) { createPartner(input: $input) { errors { message } partner { id } } }`, {
        input: { name: PARTNER, kind: 'ASSOCIATION' },
      });
      expect(created.createPartner.errors).toEqual([]);
    }
    const { page } = await h.newPage();
    await page.goto(`${h.url}/arbetsyta`);
    await logInThroughForm(page, ADMIN);
    await page.waitForURL(/\/arbetsyta$/);
    await page.getByRole('navigation', { name: 'Arbetsytan' }).getByRole('link', { name: 'Överenskommelser' }).click();
    await page.getByRole('heading', { level: 1, name: 'Överenskommelser' }).waitFor();
    await page.getByRole('link', { name: 'Ny överenskommelse' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ny överenskommelse' }).waitFor();

    await page.getByLabel('Titel').fill('IOP om språkcaféer');
    await page.getByLabel('Typ av överenskommelse').selectOption('IOP');
    await page.getByLabel('Gäller från').fill('2026-12-31');
    await page.getByLabel('Gäller till').fill('2026-01-01');
    await page.getByRole('group', { name: 'Parter' }).getByRole('checkbox', { name: PARTNER }).check();
    const goals = page.getByRole('group', { name: 'Mål som överenskommelsen bidrar till' }).getByRole('checkbox');
    await goals.first().check();
    await page.getByRole('button', { name: 'Spara överenskommelsen' }).click();
    await page.getByRole('alert').getByRole('link', { name: 'Gäller till: Slutdatumet kan inte vara före startdatumet' }).waitFor();
    expect(await page.getByLabel('Titel').inputValue()).toBe('IOP om språkcaféer');
    expect(await page.getByRole('group', { name: 'Parter' }).getByRole('checkbox', { name: PARTNER }).isChecked()).toBe(true);
    await screenshot(page, 'workspace-agreement-error-1280');

    await page.getByLabel('Gäller från').fill('2026-01-01');
    await page.getByLabel('Gäller till').fill('2026-12-31');
    await page.getByRole('button', { name: 'Spara överenskommelsen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ändra överenskommelse: IOP om språkcaféer' }).waitFor();
    await page.getByText('Överenskommelsen är sparad.').waitFor();
    const agreementId = decodeURIComponent(new URL(page.url()).pathname.split('/').pop()!);
    const saved = await admin(`query($id: ID!) { node(id: $id) { ... on Agreement { kind startDate endDate partners { name } goals { id } } } }`, { id: agreementId });
    expect(saved.node).toMatchObject({ kind: 'IOP', startDate: '2026-01-01', endDate: '2026-12-31', partners: [{ name: PARTNER }] });
    expect(saved.node.goals).toHaveLength(1);

    // Edited: a party removed is saved as removed.
    await page.getByRole('group', { name: 'Parter' }).getByRole('checkbox', { name: PARTNER }).uncheck();
    await page.getByRole('button', { name: 'Spara ändringarna' }).click();
    await page.getByText('Ändringarna är sparade.').waitFor();
    const edited = await admin(`query($id: ID!) { node(id: $id) { ... on Agreement { partners { name } } } }`, { id: agreementId });
    expect(edited.node.partners).toEqual([]);
    await page.getByRole('group', { name: 'Parter' }).getByRole('checkbox', { name: PARTNER }).check();
    await page.getByRole('button', { name: 'Spara ändringarna' }).click();
    await page.getByText('Ändringarna är sparade.').waitFor();

    await page.getByRole('link', { name: 'Tillbaka till överenskommelserna' }).click();
    await page.getByRole('heading', { level: 1, name: 'Överenskommelser', exact: true }).waitFor();
    await page.getByLabel('Typ av överenskommelse').selectOption('IOP');
    await page.getByRole('button', { name: 'Sök', exact: true }).click();
    await page.getByRole('row', { name: new RegExp(`IOP om språkcaféer.*${PARTNER}`) }).waitFor();
    expect(errorsOf(page)).toEqual([]);
  }, 120_000);

  for (const width of [1280, 375]) {
    it(`axe-core finds no serious or critical violation on the partner views at ${width} px`, async () => {
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
      await page.goto(`${h.url}/arbetsyta/samverkansparter/ny`);
      await logInThroughForm(page, ADMIN);
      await page.getByRole('heading', { level: 1, name: 'Ny samverkanspart' }).waitFor();
      await page.getByRole('button', { name: 'Registrera samverkansparten' }).click();
      await page.getByRole('alert').waitFor();
      await check('partner-new-errors');
      await page.goto(`${h.url}/arbetsyta/samverkansparter`);
      await page.getByRole('table').waitFor();
      await check('partners');
      const first = page.getByRole('table').getByRole('rowheader').first().getByRole('link');
      await first.click();
      await page.getByRole('button', { name: 'Spara ändringarna' }).waitFor();
      await check('partner-editor');
      await page.goto(`${h.url}/en/arbetsyta/samverkansparter`);
      await page.getByRole('table').waitFor();
      await check('partners-en');
      await page.goto(`${h.url}/arbetsyta/overenskommelser/ny`);
      await page.getByRole('button', { name: 'Spara överenskommelsen' }).waitFor();
      await check('agreement-new');
      await page.goto(`${h.url}/arbetsyta/overenskommelser`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
      await check('agreements');
      await page.goto(`${h.url}/arbetsyta/aktiviteter`);
      await page.getByRole('table').waitFor();
      await check('activities');
      await page.getByRole('table').getByRole('rowheader').first().getByRole('link').click();
      await page.getByRole('button', { name: 'Spara ändringarna' }).waitFor();
      await check('activity-editor');
      expect(failures).toEqual({});
      expect(errorsOf(page)).toEqual([]);
    }, 180_000);
  }
});
