/**
 * The follow-up cycle in the staff workspace (issue 13): an admin opens a year-end round for Tyresö's
 * strategy through the form (errors at the fields, a duplicate period refused at its field); the
 * editor of Gymnasie- och arbetsmarknadsnämnden assesses each of the unit's goals ("partly" is not
 * offered at year end), writes the analyses and submits; the admin returns it once with a comment;
 * the editor changes it and submits again; the admin approves the report and the round, which then
 * reads as locked. The follow-up report page shows the assessments, the analyses and the figures
 * entered for 2026; the values missing for 2026 explained; a correction opened as revision 2. axe-core at 1280 and 375 px on every new view.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import type { Page } from 'playwright-core';
import readXlsxFile from 'read-excel-file/node';
import { axe, errorsOf, headingLevels, headingProblems, screenshot, useHarness } from './harness';

const h = useHarness();
const PASSWORD = 'inkludera-demo-2026';
const ADMIN = 'admin@tyreso.demo';
const EDITOR = 'redaktor@tyreso.demo';
const DOCUMENT = 'Integrationsstrategi 2018';
const UNIT = 'Gymnasie- och arbetsmarknadsnämnden';

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
  const run = async (query: string, variables: Record<string, unknown> = {}) => {
    const { body } = await graphql(query, variables, cookie);
    if (!body.data || body.errors) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
    return body.data;
  };
  return Object.assign(run, { cookie });
}

async function logInThroughForm(page: Page, email: string) {
  await page.getByRole('heading', { level: 1, name: 'Logga in' }).waitFor();
  await page.getByLabel('E-postadress').fill(email);
  await page.getByLabel('Lösenord').fill(PASSWORD);
  await page.getByRole('button', { name: 'Logga in' }).click();
}

/**
 * The text of a PDF, extracted with pdf-parse (PDF.js) in a child Node process (PDF.js loads its
 * worker with a dynamic import, which jest's module sandbox refuses); whitespace made single spaces.
 */
function pdfText(bytes: Buffer): Promise<string> {
  const script = `
    const { PDFParse } = require('pdf-parse');
    const chunks = [];
    process.stdin.on('data', (c) => chunks.push(c));
    process.stdin.on('end', async () => {
      const parser = new PDFParse({ data: new Uint8Array(Buffer.concat(chunks)) });
      const result = await parser.getText();
      await parser.destroy();
      process.stdout.write(result.text);
    });`;
  return new Promise((resolve, reject) => {
    const child = execFile(process.execPath, ['-e', script], { cwd: __dirname, maxBuffer: 32 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`pdf-parse failed: ${stderr || error.message}`));
      else resolve(stdout.replace(/\s+/g, ' '));
    });
    child.stdin?.end(bytes);
  });
}

/** Clicks a download link and returns the file's bytes. */
async function download(page: Page, name: string): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name }).click()]);
  return fs.readFileSync((await file.path())!);
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const settled = (page: Page) => page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));

interface UnitGoal {
  id: string;
  title: string;
  indicators: Array<{ id: string; nameSv: string; unit: string; decimals: number; dividedBySex: boolean; periodicity: string }>;
}

/** The editor's unit's goals in the strategy, with their indicators. */
async function unitGoals(): Promise<UnitGoal[]> {
  const data = await h.graphql<{ municipality: { steeringDocuments: Array<{ title: string; goals: Array<UnitGoal & { ownerUnit: { name: string } | null }> }> } }>(
    `query { municipality(code: "0138") { steeringDocuments { title goals { id title ownerUnit { name } indicators { id nameSv unit decimals dividedBySex periodicity } } } } }`,
  );
  const document = data.municipality.steeringDocuments.find((d) => d.title === DOCUMENT)!;
  return document.goals.filter((g) => g.ownerUnit?.name === UNIT);
}

/** "12,5 %" as the report writes it, from a number. */
const sv = (value: number, decimals: number) => value.toLocaleString('sv-SE', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });

describe('reporting rounds in the staff workspace', () => {
  let roundPath = '';
  let reportPath = '';

  it('runs the round cycle: open, complete and submit, return once, resubmit, approve; the report shows the figures entered', async () => {
    const goals = await unitGoals();
    expect(goals.length).toBeGreaterThanOrEqual(2);

    // Figures for 2026 (the demo has values up to 2025) of the unit's first yearly indicator divided by sex, entered before the round.
    const indicator = goals.flatMap((g) => g.indicators).find((i) => i.dividedBySex && i.periodicity === 'YEAR')!;
    expect(indicator).toBeDefined();
    const women = indicator.unit === 'COUNT' ? 137 : 47.3;
    const men = indicator.unit === 'COUNT' ? 121 : 52.9;
    const total = indicator.unit === 'COUNT' ? women + men : 50.1;
    const admin = await asUser(ADMIN);
    const upsert = await admin(`mutation ($input: UpsertMeasurementsInput!) { upsertMeasurements(input: $input) { errors { code message index } } }`, {
      input: {
        rows: [
          { indicatorId: indicator.id, period: '2026', sex: 'WOMEN', value: women },
          { indicatorId: indicator.id, period: '2026', sex: 'MEN', value: men },
          { indicatorId: indicator.id, period: '2026', sex: 'TOTAL', value: total },
        ],
      },
    });
    expect(upsert.upsertMeasurements.errors).toEqual([]);

    // ---- The admin opens a round through the form.
    const { page } = await h.newPage();
    await page.goto(`${h.url}/arbetsyta`);
    await logInThroughForm(page, ADMIN);
    await page.waitForURL(/\/arbetsyta$/);
    await page.getByRole('navigation', { name: 'Arbetsytan' }).getByRole('link', { name: 'Uppföljning' }).click();
    await page.getByRole('heading', { level: 1, name: 'Uppföljningsomgångar' }).waitFor();
    // The demo's rounds: the year 2024 approved and locked, tertial 1 2025 open.
    await page.getByRole('row', { name: /Helår 2024.*Godkänd och låst/ }).waitFor();
    await page.getByRole('row', { name: /Tertial 1 2025.*Öppen/ }).waitFor();
    await page.getByRole('link', { name: 'Öppna en ny omgång' }).click();
    await page.getByRole('heading', { level: 1, name: 'Öppna en uppföljningsomgång' }).waitFor();

    // Nothing chosen: each error at its field, the summary first.
    await page.getByLabel('År', { exact: true }).fill('');
    await page.getByRole('button', { name: 'Öppna omgången' }).click();
    const summary = page.getByRole('alert');
    await summary.getByRole('link', { name: 'Styrdokument: Välj ett styrdokument' }).waitFor();
    await summary.getByRole('link', { name: 'Period: Välj en fullständig period' }).waitFor();
    await summary.getByRole('link', { name: /Sista dag att skicka in: Skriv ett datum/ }).waitFor();
    expect(await page.getByLabel('Styrdokument').getAttribute('aria-invalid')).toBe('true');

    // A period the document already has (tertial 1 2025): the API's DUPLICATE at the period, the form kept.
    await page.getByLabel('Styrdokument').selectOption({ label: DOCUMENT });
    // The units that own goals of the document are preselected; only the editor's unit reports here.
    const units = page.getByRole('group', { name: 'Enheter som rapporterar' });
    expect(await units.getByRole('checkbox', { name: UNIT }).isChecked()).toBe(true);
    for (const box of await units.getByRole('checkbox').all()) if (await box.isChecked()) await box.uncheck();
    await units.getByRole('checkbox', { name: UNIT }).check();
    await page.getByRole('radio', { name: 'Tertial' }).check();
    await page.getByLabel('År', { exact: true }).fill('2025');
    await page.locator('#round-part').selectOption('1');
    await page.getByLabel('Sista dag att skicka in').fill('2026-02-13');
    await page.getByRole('button', { name: 'Öppna omgången' }).click();
    await page.locator('#round-period-error').getByText('Styrdokumentet har redan en omgång för den perioden').waitFor();
    expect(await page.getByLabel('Sista dag att skicka in').inputValue()).toBe('2026-02-13');
    await screenshot(page, 'workspace-round-open-error-1280');

    // The year end 2026 instead.
    await page.getByRole('radio', { name: 'Helår' }).check();
    await page.getByLabel('År', { exact: true }).fill('2026');
    await page.getByRole('button', { name: 'Öppna omgången' }).click();
    await page.getByRole('heading', { level: 1, name: `Helår 2026: ${DOCUMENT}` }).waitFor();
    await page.getByText('Omgången är öppnad.').waitFor();
    roundPath = new URL(page.url()).pathname;
    const row = page.getByRole('row', { name: new RegExp(UNIT) });
    await row.getByText('Utkast').waitFor();
    expect(await row.textContent()).toContain(`${goals.length} mål utan bedömning, analys, jämställdhetsanalys, aktiviteter med samverkansparter`);

    // ---- The editor completes the report.
    // Their overview reminds them (the deadline has passed: late), and the reminder leads to the report.
    const { page: editor } = await h.newPage();
    await editor.goto(`${h.url}/arbetsyta`);
    await logInThroughForm(editor, EDITOR);
    const reminders = editor.locator('section[aria-labelledby="reminders-title"]');
    await reminders.getByRole('heading', { level: 2, name: 'Påminnelser' }).waitFor();
    const reminder = reminders.getByRole('listitem').filter({ has: editor.getByRole('link', { name: new RegExp(`2026 av ${escape(DOCUMENT)}: ${escape(UNIT)}`) }) });
    await reminder.waitFor();
    expect(await reminder.textContent()).toMatch(/Försenad rapport|Rapport att skicka in/);
    await reminder.getByRole('link').click();
    await editor.getByRole('heading', { level: 1, name: `Uppföljning: ${UNIT}` }).waitFor();
    reportPath = new URL(editor.url()).pathname;
    // The round page names the unit's report too.
    await editor.getByRole('link', { name: 'Tillbaka till omgången' }).click();
    await editor.getByRole('link', { name: `Öppna rapporten för ${UNIT}` }).click();
    await editor.getByRole('heading', { level: 1, name: `Uppföljning: ${UNIT}` }).waitFor();
    await settled(editor);
    // The indicator's figures for the period: women, men and total.
    const figures = editor.getByRole('table', { name: `Indikatorer för ${goals.find((g) => g.indicators.some((i) => i.id === indicator.id))!.title}` });
    const figureRow = figures.getByRole('row', { name: new RegExp(escape(indicator.nameSv)) });
    const figureText = await figureRow.textContent();
    for (const value of [women, men, total]) expect(figureText).toContain(sv(value, indicator.decimals));
    // Year end: "partly" is not offered.
    expect(await editor.getByRole('radio', { name: 'Delvis uppfyllt' }).count()).toBe(0);

    // The first goal assessed without a reason: refused at the field; nothing typed is lost.
    const [first, ...rest] = goals;
    await editor
      .getByRole('group', { name: `Måluppfyllelse: ${first!.title}` })
      .getByRole('radio', { name: 'Ej uppfyllt' })
      .check();
    await editor.getByLabel('Analys', { exact: true }).fill('Fler kvinnor än tidigare har gått till arbete.');
    await editor.getByRole('button', { name: 'Spara utkast' }).click();
    await editor
      .getByRole('alert')
      .getByRole('link', { name: `${first!.title}: Skriv en motivering` })
      .waitFor();
    expect(await editor.getByLabel(`Motivering: ${first!.title}`).getAttribute('aria-invalid')).toBe('true');
    expect(await editor.getByLabel('Analys', { exact: true }).inputValue()).toBe('Fler kvinnor än tidigare har gått till arbete.');
    await editor.getByLabel(`Motivering: ${first!.title}`).fill('Andelen kvinnor i arbete når inte målvärdet.');
    await editor.getByRole('button', { name: 'Spara utkast' }).click();
    await editor.getByText('Utkastet är sparat.').waitFor();

    // Someone else of the unit saves the report meanwhile: this save is refused (CONFLICT), what was typed stays;
    // loading the latest version keeps the fields this person changed and takes the colleague's for the rest.
    const colleague = await asUser(EDITOR);
    const reportId = decodeURIComponent(reportPath.split('/').pop()!);
    const before = await colleague(`query($id: ID!) { node(id: $id) { ... on UnitReport { version } } }`, { id: reportId });
    const other = await colleague(`mutation($input: UpdateUnitReportInput!) { updateUnitReport(input: $input) { errors { code } } }`, {
      input: { id: reportId, version: before.node.version, activitiesWithPartners: 'Kollegans text' },
    });
    expect(other.updateUnitReport.errors).toEqual([]);
    await editor.getByLabel('Analys', { exact: true }).fill('Fler kvinnor än tidigare har gått till arbete, enligt SCB.');
    await editor.getByRole('button', { name: 'Spara utkast' }).click();
    await editor.getByText('Någon annan har ändrat rapporten sedan du läste den.').waitFor();
    expect(await editor.getByLabel('Analys', { exact: true }).inputValue()).toBe('Fler kvinnor än tidigare har gått till arbete, enligt SCB.');
    await editor.getByRole('button', { name: 'Läs in den senaste versionen' }).click();
    await editor.getByText('Någon annan har ändrat rapporten sedan du läste den.').waitFor({ state: 'detached' });
    await editor.getByRole('button', { name: 'Spara utkast' }).click();
    await editor.getByText('Utkastet är sparat.').waitFor();
    const merged = await colleague(`query($id: ID!) { node(id: $id) { ... on UnitReport { analysis activitiesWithPartners } } }`, { id: reportId });
    // Theirs where this person changed nothing, this person's where they did.
    expect(merged.node).toEqual({ analysis: 'Fler kvinnor än tidigare har gått till arbete, enligt SCB.', activitiesWithPartners: 'Kollegans text' });
    expect(await editor.getByLabel('Aktiviteter med samverkansparter').inputValue()).toBe('Kollegans text');
    // Submitting with goals left: each missing assessment at its goal; each value missing for 2026 without an explanation at its field.
    await editor.getByRole('button', { name: 'Skicka in rapporten' }).click();
    for (const goal of rest)
      await editor
        .getByRole('alert')
        .getByRole('link', { name: `${goal.title}: Välj en bedömning` })
        .waitFor();
    const gapFields = editor.getByRole('textbox', { name: /^Förklaring: / });
    const gapCount = await gapFields.count();
    // The unit's other indicators have no 2026 values; the one entered above is complete, so it is not asked for.
    expect(gapCount).toBeGreaterThan(0);
    expect(await editor.getByRole('textbox', { name: new RegExp(`^Förklaring: ${escape(indicator.nameSv)}`) }).count()).toBe(0);
    await editor
      .getByRole('alert')
      .getByRole('link', { name: /Förklara varför värdet saknas, eller rapportera det/ })
      .first()
      .waitFor();
    expect(await gapFields.first().getAttribute('aria-invalid')).toBe('true');
    for (let i = 0; i < gapCount; i++) await gapFields.nth(i).fill('SCB publicerar siffran för 2026 i mars.');
    for (const goal of rest) {
      await editor
        .getByRole('group', { name: `Måluppfyllelse: ${goal.title}` })
        .getByRole('radio', { name: 'Uppfyllt', exact: true })
        .check();
      await editor.getByLabel(`Motivering: ${goal.title}`).fill(`Målet är uppfyllt: ${goal.title}.`);
    }
    await editor.getByLabel('Analys av skillnader mellan kvinnor och män').fill('Kvinnorna ligger efter männen men gapet minskar.');
    await editor.getByLabel('Aktiviteter med samverkansparter').fill('Språkpraktik med Föreningslivet i Tyresö.');
    // Nothing typed is lost: a reload (the browser asks first; accepted here) brings back the unsaved form from the tab.
    editor.once('dialog', (dialog) => void dialog.accept());
    await editor.reload();
    await editor.getByText('Det du skrev men inte sparade är återställt.').waitFor();
    await settled(editor);
    expect(await editor.getByLabel('Aktiviteter med samverkansparter').inputValue()).toBe('Språkpraktik med Föreningslivet i Tyresö.');
    expect(await editor.getByLabel(`Motivering: ${rest[0]!.title}`).inputValue()).toBe(`Målet är uppfyllt: ${rest[0]!.title}.`);
    expect(await gapFields.first().inputValue()).toBe('SCB publicerar siffran för 2026 i mars.');
    await screenshot(editor, 'workspace-unit-report-1280');
    await editor.getByRole('button', { name: 'Skicka in rapporten' }).click();
    await editor.getByText('Rapporten är inskickad.').waitFor();
    await editor.getByText('Rapporten är inskickad och väntar på granskning').waitFor();
    expect(await editor.getByRole('button', { name: 'Spara utkast' }).count()).toBe(0);

    // ---- The admin is reminded to review it, and returns it once, with a comment (required).
    await page.goto(`${h.url}/arbetsyta`);
    const review = page
      .locator('section[aria-labelledby="reminders-title"]')
      .getByRole('listitem')
      .filter({ hasText: 'Rapport att granska' })
      .filter({ has: page.getByRole('link', { name: new RegExp(`2026 av ${escape(DOCUMENT)}: ${escape(UNIT)}`) }) });
    await review.getByRole('link').click();
    await page.waitForURL((url) => url.pathname === reportPath);
    await page.getByRole('heading', { level: 2, name: 'Granska rapporten' }).waitFor();
    await page.getByRole('button', { name: 'Återremittera' }).click();
    await page.getByRole('alert').getByRole('link', { name: 'Kommentar till enheten: Skriv vad enheten behöver ändra' }).waitFor();
    await page.getByLabel('Kommentar till enheten').fill('Beskriv vilka insatser som gav resultat för kvinnorna.');
    await page.getByRole('button', { name: 'Återremittera' }).click();
    await page.getByText('Rapporten är återremitterad till enheten.').waitFor();

    // ---- The editor sees the comment, changes the analysis and submits again.
    await editor.reload();
    await editor.getByText('Rapporten är återremitterad. Ändra och skicka in igen.').waitFor();
    await editor.getByText('Beskriv vilka insatser som gav resultat för kvinnorna.').waitFor();
    await settled(editor);
    await editor.getByLabel('Analys', { exact: true }).fill('Fler kvinnor än tidigare har gått till arbete efter språkpraktiken.');
    await editor.getByRole('button', { name: 'Skicka in rapporten' }).click();
    await editor.getByText('Rapporten är inskickad.').waitFor();

    // ---- The admin approves the report, then the round; the round is locked.
    await page.reload();
    await page.getByRole('button', { name: 'Godkänn rapporten' }).click();
    await page.getByText('Rapporten är godkänd.').waitFor();
    await page.getByRole('link', { name: 'Tillbaka till omgången' }).click();
    await page.getByRole('row', { name: new RegExp(`${UNIT}.*Godkänd.*Inget saknas`) }).waitFor();
    await page.getByRole('button', { name: 'Godkänn omgången' }).click();
    await page.getByText('Omgången är godkänd och låst.').first().waitFor();
    await page.getByText('Den kan läsas men inte ändras').waitFor();
    expect(await page.getByRole('button', { name: 'Godkänn omgången' }).count()).toBe(0);
    // The unit report reads as locked for the editor: no form.
    await editor.goto(`${h.url}${reportPath}`);
    await editor.getByText('Omgången är godkänd och låst.').first().waitFor();
    expect(await editor.getByRole('button', { name: 'Spara utkast' }).count()).toBe(0);
    expect(await editor.getByRole('radio').count()).toBe(0);

    // ---- The follow-up report page: the assessments, the analyses and the figures entered.
    await page.getByRole('link', { name: 'Uppföljningsrapporten' }).last().click();
    await page.getByRole('heading', { level: 1, name: 'Uppföljningsrapport Helår 2026' }).waitFor();
    await settled(page);
    const report = (await page.locator('main').textContent())!;
    expect(report).toContain('Andelen kvinnor i arbete når inte målvärdet.');
    expect(report).toContain('Ej uppfyllt');
    expect(report).toContain('Fler kvinnor än tidigare har gått till arbete efter språkpraktiken.');
    expect(report).toContain('Kvinnorna ligger efter männen men gapet minskar.');
    expect(report).toContain('Språkpraktik med Föreningslivet i Tyresö.');
    const reportRow = (await page
      .getByRole('row', { name: new RegExp(escape(indicator.nameSv)) })
      .first()
      .textContent())!;
    for (const value of [women, men, total]) expect(reportRow).toContain(sv(value, indicator.decimals));
    await screenshot(page, 'workspace-round-report-1280');

    // The server's PDF (its text extracted) and xlsx (read back) show the same.
    const pdf = await pdfText(await download(page, 'Rapporten som PDF'));
    for (const text of ['Andelen kvinnor i arbete når inte målvärdet.', 'Ej uppfyllt', 'Kvinnorna ligger efter männen men gapet minskar.', 'Språkpraktik med Föreningslivet i Tyresö.'])
      expect(pdf).toContain(text);
    for (const value of [women, men, total]) expect(pdf).toContain(sv(value, indicator.decimals));
    const sheets = await readXlsxFile(await download(page, 'Siffrorna som Excel (xlsx)'));
    const [header, ...rows] = sheets[0]!.data;
    const column = (name: string) => header!.indexOf(name);
    const valueOf = (sex: string) => rows.find((r) => r[column('Indikator')] === indicator.nameSv && r[column('Kön')] === sex)?.[column('Värde')];
    expect([valueOf('Kvinnor'), valueOf('Män'), valueOf('Totalt')]).toEqual([women, men, total]);
    expect(rows.some((r) => r[column('Kommentar')] === 'Andelen kvinnor i arbete når inte målvärdet.' && r[column('Bedömning')] === 'Ej uppfyllt')).toBe(true);

    // Printed on A4 (Chromium's print to PDF with the print style sheet): the report without the workspace's navigation.
    await page.emulateMedia({ media: 'print' });
    const printed = await pdfText(await page.pdf({ format: 'A4', printBackground: false }));
    await page.emulateMedia({ media: 'screen' });
    expect(printed).toContain('Uppföljningsrapport Helår 2026');
    expect(printed).toContain('Andelen kvinnor i arbete når inte målvärdet.');
    for (const value of [women, men, total]) expect(printed).toContain(sv(value, indicator.decimals));
    for (const chrome of ['Logga ut', 'Rapporten som PDF', 'Tillbaka till omgången']) expect(printed).not.toContain(chrome);

    // ---- The approved round is public: the overview links its report, which shows the same (the return comment stays internal).
    const { page: visitor } = await h.newPage({ width: 375, height: 900 });
    await visitor.goto(`${h.url}/kommun/0138/uppfoljning`);
    await visitor.getByRole('heading', { level: 1 }).waitFor();
    await visitor.getByRole('link', { name: new RegExp(`Uppföljningsrapport Helår 2026: ${escape(DOCUMENT)}`) }).click();
    await visitor.getByRole('heading', { level: 1, name: 'Uppföljningsrapport Helår 2026' }).waitFor();
    await settled(visitor);
    const publicText = (await visitor.locator('main').textContent())!;
    expect(publicText).toContain('Andelen kvinnor i arbete når inte målvärdet.');
    expect(publicText).toContain('Fler kvinnor än tidigare har gått till arbete efter språkpraktiken.');
    expect(publicText).not.toContain('Beskriv vilka insatser som gav resultat för kvinnorna.');
    const publicRow = (await visitor
      .getByRole('row', { name: new RegExp(escape(indicator.nameSv)) })
      .first()
      .textContent())!;
    for (const value of [women, men, total]) expect(publicRow).toContain(sv(value, indicator.decimals));
    expect(errorsOf(visitor)).toEqual([]);

    // The API agrees: the round is approved, the report approved with the analysis of the resubmission.
    const stored = await admin(`query($id: ID!) { node(id: $id) { ... on ReportingRound { status unitReports { status analysis returnComment } } } }`, {
      id: decodeURIComponent(roundPath.split('/').pop()!),
    });
    expect(stored.node).toEqual({
      status: 'APPROVED',
      unitReports: [{ status: 'APPROVED', analysis: 'Fler kvinnor än tidigare har gått till arbete efter språkpraktiken.', returnComment: 'Beskriv vilka insatser som gav resultat för kvinnorna.' }],
    });
    const gaps = await admin(`query($id: ID!) { node(id: $id) { ... on ReportingRound { unitReports { missingValues { explanation } } } } }`, {
      id: decodeURIComponent(roundPath.split('/').pop()!),
    });
    const explanations = gaps.node.unitReports[0].missingValues.map((gap: { explanation: string | null }) => gap.explanation);
    expect(explanations.length).toBeGreaterThan(0);
    expect(new Set(explanations)).toEqual(new Set(['SCB publicerar siffran för 2026 i mars.']));

    // ---- A correction of the approved round: revision 2, the approved revision 1 still listed, locked.
    await page.goto(`${h.url}${roundPath}`);
    await page.getByRole('heading', { level: 2, name: 'Rätta den godkända omgången' }).waitFor();
    await page.getByLabel('Varför omgången rättas').fill('Socialnämndens siffror för 2026 var fel.');
    await page.getByLabel('Sista dag för de rättade rapporterna').fill('2026-12-18');
    await page.getByRole('button', { name: 'Öppna en rättelse' }).click();
    await page.getByRole('heading', { level: 1, name: `Helår 2026, revision 2: ${DOCUMENT}` }).waitFor();
    await page.getByText('Socialnämndens siffror för 2026 var fel.').first().waitFor();
    const revisions = page.getByRole('region', { name: 'Revisioner' }).or(page.locator('section[aria-labelledby="round-revisions"]'));
    await revisions.getByRole('link', { name: 'revision 1' }).waitFor();
    expect(await revisions.textContent()).toContain('Godkänd och låst');
    await page.getByRole('row', { name: new RegExp(`${UNIT}.*Utkast`) }).waitFor();
    await page.getByRole('link', { name: 'Uppföljningsrapporten' }).last().click();
    await page.getByRole('heading', { level: 1, name: 'Uppföljningsrapport Helår 2026, revision 2' }).waitFor();
    await page.getByText('Socialnämndens siffror för 2026 var fel.').waitFor();
    expect(errorsOf(page)).toEqual([]);
    expect(errorsOf(editor)).toEqual([]);
  }, 240_000);

  for (const width of [1280, 375]) {
    it(`axe-core finds no serious or critical violation on the follow-up views at ${width} px`, async () => {
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
      await page.goto(`${h.url}/arbetsyta/uppfoljning/ny`);
      await logInThroughForm(page, ADMIN);
      await page.getByRole('heading', { level: 1, name: 'Öppna en uppföljningsomgång' }).waitFor();
      await page.getByRole('button', { name: 'Öppna omgången' }).click();
      await page.getByRole('alert').waitFor();
      await check('round-open-errors');
      await page.goto(`${h.url}/arbetsyta`);
      await page.getByRole('heading', { level: 2, name: 'Påminnelser' }).waitFor();
      await check('home-reminders');
      await page.goto(`${h.url}/arbetsyta/uppfoljning`);
      await page.getByRole('table').first().waitFor();
      await check('rounds');
      await page.goto(`${h.url}/en/arbetsyta/uppfoljning`);
      await page.getByRole('table').first().waitFor();
      await check('rounds-en');
      // The open demo round (tertial 1 2025): its page, a unit report in draft, one submitted (the admin's review), the report page.
      await page.goto(`${h.url}/arbetsyta/uppfoljning`);
      await page.getByRole('link', { name: 'Tertial 1 2025' }).click();
      await page.getByRole('table').waitFor();
      await check('round');
      const roundUrl = page.url();
      await page
        .getByRole('row', { name: /Utkast/ })
        .first()
        .getByRole('link')
        .click();
      await page.getByRole('button', { name: 'Spara utkast' }).waitFor();
      await check('unit-report-draft');
      await page.goto(roundUrl);
      await page
        .getByRole('row', { name: /Inskickad/ })
        .first()
        .getByRole('link')
        .click();
      await page.getByRole('button', { name: 'Återremittera' }).waitFor();
      await check('unit-report-review');
      await page.goto(roundUrl);
      await page.getByRole('link', { name: 'Uppföljningsrapporten' }).last().click();
      await page.getByRole('heading', { level: 1, name: /Uppföljningsrapport/ }).waitFor();
      await check('round-report');
      // The approved demo round (year 2024): locked, its revisions and the correction form; a report read-only.
      await page.goto(`${h.url}/arbetsyta/uppfoljning`);
      await page.getByRole('link', { name: 'Helår 2024' }).click();
      await page.getByRole('heading', { level: 2, name: 'Rätta den godkända omgången' }).waitFor();
      await check('round-approved');
      await page.getByRole('table').getByRole('rowheader').first().getByRole('link').click();
      await page.getByText('Omgången är godkänd och låst.').first().waitFor();
      await check('unit-report-approved');
      expect(failures).toEqual({});
      expect(errorsOf(page)).toEqual([]);
    }, 180_000);
  }
});
