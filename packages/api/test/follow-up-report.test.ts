import ExcelJS from 'exceljs';
import { ApiKeyScope } from '../src/access/actor';
import { toGlobalId } from '../src/graphql/global-id';
import { User } from '../src/modules/account/user.entity';
import { startTestServer, type TestServer } from './helpers';
import { pdfText } from './pdf-text';

type Call = <T = Record<string, any>>(query: string, variables?: Record<string, unknown>) => Promise<{ data: T; errors?: any[] }>;

const GAN = 'Gymnasie- och arbetsmarknadsnämnden';

describe('follow-up report of a round as PDF, xlsx and CSV (issue 13)', () => {
  let server: TestServer;
  let admin: Call;
  let editor: Call;
  const cookies: Record<string, string> = {};
  let documentId: string;
  let roundId: string;
  let approvedRoundId: string;
  let indicatorName: string;
  let goalTitle: string;

  const session = async (email: string): Promise<Call> => {
    const user = await server.dataSource.getRepository(User).findOneByOrFail({ email });
    cookies[email] = `inkludera_session=${(await server.services.account.openSession(user)).token}`;
    return server.as({ cookie: cookies[email] }) as Call;
  };
  const download = (path: string, headers: Record<string, string> = {}) => fetch(`${server.url}${path}`, { headers });

  beforeAll(async () => {
    server = await startTestServer();
    admin = await session('admin@tyreso.demo');
    editor = await session('redaktor@tyreso.demo');
    await session('admin@tranemo.demo');
    await session('lasare@tyreso.demo');
    const ds = server.dataSource;
    const municipalityId = (await ds.query(`SELECT id FROM municipality WHERE code = '0138'`))[0].id as string;
    documentId = (await ds.query(`SELECT id FROM steering_document WHERE municipality_id = $1 AND title = 'Integrationsstrategi 2018'`, [municipalityId]))[0].id as string;
    const unitId = (await ds.query(`SELECT id FROM organisation_unit WHERE municipality_id = $1 AND name = $2`, [municipalityId, GAN]))[0].id as string;
    approvedRoundId = toGlobalId('ReportingRound', (await ds.query(`SELECT id FROM reporting_round WHERE steering_document_id = $1 AND period = '2024'`, [documentId]))[0].id);

    // A round for the third tertial of 2025 with the editor's unit; the unit's goal with an indicator divided by sex.
    const opened = await admin(`mutation($input: OpenReportingRoundInput!) { openReportingRound(input: $input) { reportingRound { id unitReports { id version } } errors { code message } } }`, {
      input: { steeringDocumentId: toGlobalId('SteeringDocument', documentId), period: '2025-T3', deadline: '2026-01-15', unitIds: [toGlobalId('OrganisationUnit', unitId)] },
    });
    expect(opened.data.openReportingRound.errors).toEqual([]);
    roundId = opened.data.openReportingRound.reportingRound.id;
    const report = opened.data.openReportingRound.reportingRound.unitReports[0];
    const goals = await ds.query(
      `SELECT g.id, g.title, i.id AS indicator_id, i.name_sv, i.periodicity FROM goal g JOIN goal_indicator gi ON gi.goal_id = g.id JOIN indicator i ON i.id = gi.indicator_id
       WHERE g.steering_document_id = $1 AND g.owner_unit_id = $2 AND g.archived_at IS NULL AND i.divided_by_sex AND i.archived_at IS NULL ORDER BY g.sort_order, i.name_sv LIMIT 1`,
      [documentId, unitId],
    );
    const goal = goals[0];
    goalTitle = goal.title;
    indicatorName = goal.name_sv;
    const period = goal.periodicity === 'YEAR' ? '2025' : goal.periodicity === 'TERTIAL' ? '2025-T3' : goal.periodicity === 'HALF_YEAR' ? '2025-S2' : '2025-Q4';
    const values = await admin(`mutation($input: UpsertMeasurementsInput!) { upsertMeasurements(input: $input) { errors { index code message } } }`, {
      input: {
        rows: [
          { indicatorId: toGlobalId('Indicator', goal.indicator_id), period, sex: 'WOMEN', value: 43.7 },
          { indicatorId: toGlobalId('Indicator', goal.indicator_id), period, sex: 'MEN', value: 51.2 },
          { indicatorId: toGlobalId('Indicator', goal.indicator_id), period, sex: 'TOTAL', value: 47.9 },
        ],
      },
    });
    expect(values.data.upsertMeasurements.errors).toEqual([]);
    const assessed = await editor(`mutation($input: AssessGoalInput!) { assessGoal(input: $input) { errors { code message } } }`, {
      input: { unitReportId: report.id, goalId: toGlobalId('Goal', goal.id), assessment: 'PARTLY', comment: '=HYPERLINK("x") Kvinnorna når målet senare än männen; språkstödet förstärks.' },
    });
    expect(assessed.data.assessGoal.errors).toEqual([]);
    const written = await editor(`mutation($input: UpdateUnitReportInput!) { updateUnitReport(input: $input) { errors { code message } } }`, {
      input: {
        id: report.id,
        version: report.version,
        analysis: 'Åtgärderna i Älvsjöskolan gav fler godkända kurser.',
        genderAnalysis: 'Kvinnor 43,7 %, män 51,2 %: gapet är större än i början av året.',
        activitiesWithPartners: 'Språkcafé med Röda Korset och Öppet hus med Arbetsförmedlingen.',
      },
    });
    expect(written.data.updateUnitReport.errors).toEqual([]);
  });
  afterAll(() => server?.stop());

  it('gives the PDF with the figures entered, the texts and Swedish characters, tagged, with a Swedish file name', async () => {
    const response = await download(`/reports/rounds/${roundId}.pdf`, { cookie: cookies['redaktor@tyreso.demo'] as string });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toContain(`filename*=UTF-8''Uppf%C3%B6ljning%20Integrationsstrategi%202018%202025-T3.pdf`);
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // Tagged: a structure tree, marked content, the document's language.
    const raw = bytes.toString('latin1');
    expect(raw).toContain('/StructTreeRoot');
    expect(raw).toMatch(/\/Marked true/);
    expect(raw).toContain('/Lang (sv-SE)');
    const text = await pdfText(bytes);
    for (const expected of [
      'Uppföljning av Integrationsstrategi 2018',
      goalTitle,
      indicatorName,
      '43,7',
      '51,2',
      '47,9',
      'Kvinnor',
      'Män',
      'Totalt',
      'Delvis uppfyllt',
      'Kvinnorna når målet senare än männen; språkstödet förstärks.',
      'Åtgärderna i Älvsjöskolan gav fler godkända kurser.',
      'Jämställdhetsanalys',
      'Språkcafé med Röda Korset och Öppet hus med Arbetsförmedlingen.',
    ]) {
      expect([expected, text.includes(expected)]).toEqual([expected, true]);
    }
  });

  it('gives the xlsx with the figures as numbers and the units’ texts', async () => {
    const response = await download(`/reports/rounds/${roundId}.xlsx`, { cookie: cookies['lasare@tyreso.demo'] as string });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toContain('.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await response.arrayBuffer()) as ArrayBuffer);
    const sheet = workbook.getWorksheet('Indikatorer') as ExcelJS.Worksheet;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    const rows: Array<Record<string, unknown>> = [];
    sheet.eachRow((row, n) => {
      if (n > 1) rows.push(Object.fromEntries(header.map((name, i) => [name as string, (row.values as unknown[])[i + 1] ?? null])));
    });
    const ours = rows.filter((row) => row.Indikator === indicatorName && row.Mål === goalTitle);
    expect(ours.map((row) => [row.Kön, row.Värde])).toEqual([
      ['Kvinnor', 43.7],
      ['Män', 51.2],
      ['Totalt', 47.9],
    ]);
    expect(ours[0]).toMatchObject({ Bedömning: 'Delvis uppfyllt', Bedömningskod: 'PARTLY', Fokusområde: expect.any(String) });
    const units = workbook.getWorksheet('Enheternas redovisning') as ExcelJS.Worksheet;
    expect((units.getRow(2).values as unknown[]).slice(1)).toEqual([
      GAN,
      'Utkast',
      'Åtgärderna i Älvsjöskolan gav fler godkända kurser.',
      'Kvinnor 43,7 %, män 51,2 %: gapet är större än i början av året.',
      'Språkcafé med Röda Korset och Öppet hus med Arbetsförmedlingen.',
    ]);
  });

  it('gives the CSV in UTF-8 with a byte order mark, the same columns, figures as numbers, formulas defused', async () => {
    const response = await download(`/reports/rounds/${roundId}.csv`, { cookie: cookies['admin@tyreso.demo'] as string });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8; header=present');
    const bytes = Buffer.from(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).split('\r\n');
    expect(lines[0]).toBe(
      'Fokusområde,Mål,Ansvarig enhet,Bedömning,Bedömningskod,Kommentar,Målstatus,Indikator,Kön,Värde,Värdets period,Målvärde,Målvärdets period,Status,Statuskod,Preliminärt,Jämställd måluppfyllelse',
    );
    const ours = lines.filter((line) => line.includes(indicatorName) && line.includes('PARTLY'));
    expect(ours).toHaveLength(3);
    expect(ours[0]).toContain(',Kvinnor,43.7,');
    expect(ours[1]).toContain(',Män,51.2,');
    expect(ours[2]).toContain(',Totalt,47.9,');
    // CSV injection: the comment that begins with = is quoted with a leading apostrophe.
    expect(ours[0]).toContain(`"'=HYPERLINK(""x"") Kvinnorna når målet senare än männen; språkstödet förstärks."`);
  });

  it('answers 404 to an outsider, to anonymous callers for an open round, and for ids that are not rounds', async () => {
    const notFound = async (path: string, headers: Record<string, string> = {}) => {
      const response = await download(path, headers);
      return [path, response.status, response.headers.get('content-disposition')];
    };
    for (const format of ['pdf', 'xlsx', 'csv']) {
      const path = `/reports/rounds/${roundId}.${format}`;
      expect(await notFound(path, { cookie: cookies['admin@tranemo.demo'] as string })).toEqual([path, 404, null]);
      expect(await notFound(path)).toEqual([path, 404, null]);
    }
    for (const path of [
      `/reports/rounds/${toGlobalId('ReportingRound', '00000000-0000-4000-8000-000000000000')}.pdf`,
      `/reports/rounds/${toGlobalId('SteeringDocument', documentId)}.pdf`,
      `/reports/rounds/${roundId}.docx`,
      `/reports/rounds/not-an-id.csv`,
    ]) {
      expect(await notFound(path, { cookie: cookies['admin@tyreso.demo'] as string })).toEqual([path, 404, null]);
    }
    // An API key of the municipality with READ reads it; one without READ reads nothing (404, as through GraphQL).
    const tyreso = (await server.dataSource.query(`SELECT id FROM municipality WHERE code = '0138'`))[0].id as string;
    const reader = await server.services.account.createApiKey(tyreso, null, { name: 'Rapportläsare', scopes: [ApiKeyScope.READ] });
    const writer = await server.services.account.createApiKey(tyreso, null, { name: 'Värdeskrivare', scopes: [ApiKeyScope.WRITE_MEASUREMENTS] });
    expect((await download(`/reports/rounds/${roundId}.csv`, { authorization: `Bearer ${reader.key}` })).status).toBe(200);
    expect(await notFound(`/reports/rounds/${roundId}.csv`, { authorization: `Bearer ${writer.key}` })).toEqual([`/reports/rounds/${roundId}.csv`, 404, null]);
    // A revoked or unknown API key: 401 as for GraphQL.
    expect((await download(`/reports/rounds/${roundId}.pdf`, { authorization: 'Bearer nope' })).status).toBe(401);
  });

  it('gives the approved year-end round 2024 to everyone: staff, other municipalities and anonymous callers (published follow-up)', async () => {
    const texts: string[] = [];
    for (const headers of <Array<Record<string, string>>>[{ cookie: cookies['lasare@tyreso.demo'] as string }, { cookie: cookies['admin@tranemo.demo'] as string }, {}]) {
      const started = process.hrtime.bigint();
      const response = await download(`/reports/rounds/${approvedRoundId}.pdf`, headers);
      expect(response.status).toBe(200);
      const bytes = Buffer.from(await response.arrayBuffer());
      // A measurement on a shared machine, printed, not asserted.
      console.log(`report 2024 PDF (${Object.keys(headers).length ? 'signed in' : 'anonymous'}): ${bytes.length} bytes in ${Number(process.hrtime.bigint() - started) / 1e6} ms`);
      texts.push(await pdfText(bytes));
    }
    for (const text of texts) {
      expect(text).toContain('Godkänd 2025-03-10');
      expect(text).toContain('Enheternas redovisning');
      expect(text).toContain('Jämställdhetsanalys');
      // The demo's year-end texts and assessments (written per unit and goal).
      expect(text).toContain('kvinnorna ligger 13 procentenheter efter männen: målet är inte uppfyllt.');
      expect(text).toContain('Många kvinnor börjar senare i etableringen på grund av föräldraledighet.');
    }
    const csv = await download(`/reports/rounds/${approvedRoundId}.csv`);
    expect(csv.status).toBe(200);
    const body = await csv.text();
    expect(body).toMatch(/,(Uppfyllt|Ej uppfyllt),(ACHIEVED|NOT_ACHIEVED),/);
  });
});
