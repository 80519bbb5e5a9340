import { periodAskedFor } from '../src/modules/follow-up/follow-up.service';
import { toGlobalId } from '../src/graphql/global-id';
import { User } from '../src/modules/account/user.entity';
import { startTestServer, type TestServer } from './helpers';
import { pdfText } from './pdf-text';

type Call = <T = Record<string, any>>(query: string, variables?: Record<string, unknown>) => Promise<{ data: T; errors?: any[] }>;

const GAN = 'Gymnasie- och arbetsmarknadsnämnden';
const BUN = 'Barn- och utbildningsnämnden';
const ERRORS = 'errors { field code message }';
const REPORT = `id version status analysis missingValues { indicator { id nameSv } period sexes explanation explained } assessments { assessment comment goal { id title } } organisationUnit { name }`;
const OPEN = `mutation($input: OpenReportingRoundInput!) { openReportingRound(input: $input) { reportingRound { id version unitReports { ${REPORT} } } ${ERRORS} } }`;
const ASSESS = `mutation($input: AssessGoalInput!) { assessGoal(input: $input) { ${ERRORS} } }`;
const SUBMIT = `mutation($input: UnitReportActionInput!) { submitUnitReport(input: $input) { unitReport { id version status } ${ERRORS} } }`;
const APPROVE = `mutation($input: UnitReportActionInput!) { approveUnitReport(input: $input) { unitReport { id version status } ${ERRORS} } }`;
const EXPLAIN = `mutation($input: ExplainMissingValueInput!) { explainMissingValue(input: $input) { unitReport { ${REPORT} } ${ERRORS} } }`;
const REVISE = `mutation($input: ReviseReportingRoundInput!) { reviseReportingRound(input: $input) {
  reportingRound { id version revision status revisionReason deadline period previousRevision { id revision status } revisions { revision status } unitReports { ${REPORT} } } ${ERRORS} } }`;
const APPROVE_ROUND = `mutation($input: ReportingRoundActionInput!) { approveReportingRound(input: $input) { reportingRound { id version status } ${ERRORS} } }`;
const NODE_REPORT = `query($id: ID!) { node(id: $id) { ... on UnitReport { ${REPORT} } } }`;

describe('reporting rounds: missing values explained before submitting, corrections as revisions (issue 13)', () => {
  let server: TestServer;
  let admin: Call;
  let editor: Call;
  let viewer: Call;
  let tranemo: Call;
  let documentId: string;
  const units: Record<string, string> = {};

  const session = async (email: string): Promise<Call> => {
    const user = await server.dataSource.getRepository(User).findOneByOrFail({ email });
    return server.as({ cookie: `inkludera_session=${(await server.services.account.openSession(user)).token}` }) as Call;
  };
  const gid = (type: string, id: string | undefined) => toGlobalId(type, id as string);

  beforeAll(async () => {
    server = await startTestServer();
    admin = await session('admin@tyreso.demo');
    editor = await session('redaktor@tyreso.demo');
    viewer = await session('lasare@tyreso.demo');
    tranemo = await session('admin@tranemo.demo');
    const ds = server.dataSource;
    const municipalityId = (await ds.query(`SELECT id FROM municipality WHERE code = '0138'`))[0].id as string;
    documentId = (await ds.query(`SELECT id FROM steering_document WHERE municipality_id = $1 AND title = 'Integrationsstrategi 2018'`, [municipalityId]))[0].id as string;
    for (const row of await ds.query(`SELECT id, name FROM organisation_unit WHERE municipality_id = $1`, [municipalityId])) units[row.name as string] = row.id as string;
  });
  afterAll(() => server?.stop());

  it('asks each indicator for the latest period of its periodicity that ends by the end of the round’s period', () => {
    expect(periodAskedFor('2025-T1', 'YEAR')).toBe('2024');
    expect(periodAskedFor('2025', 'YEAR')).toBe('2025');
    expect(periodAskedFor('2025-T1', 'TERTIAL')).toBe('2025-T1');
    expect(periodAskedFor('2025-T1', 'MONTH')).toBe('2025-M04');
    expect(periodAskedFor('2025-T1', 'QUARTER')).toBe('2025-Q1');
    expect(periodAskedFor('2025-T1', 'HALF_YEAR')).toBe('2024-S2');
    expect(periodAskedFor('2025-S2', 'TERTIAL')).toBe('2025-T3');
  });

  it('lists the values missing for the round’s period and refuses to submit until each gap is explained or filled', async () => {
    const opened = await admin(OPEN, {
      input: { steeringDocumentId: gid('SteeringDocument', documentId), period: '2027', deadline: '2028-02-15', unitIds: [gid('OrganisationUnit', units[GAN]), gid('OrganisationUnit', units[BUN])] },
    });
    expect(opened.data.openReportingRound.errors).toEqual([]);
    const reports = opened.data.openReportingRound.reportingRound.unitReports;
    const gan = reports.find((r: any) => r.organisationUnit.name === GAN);
    const bun = reports.find((r: any) => r.organisationUnit.name === BUN);
    // Nothing is reported for 2027 yet: every indicator of GAN's goals misses its values.
    const expected = (await server.dataSource.query(
      `SELECT DISTINCT i.id, i.divided_by_sex FROM goal g JOIN goal_indicator gi ON gi.goal_id = g.id JOIN indicator i ON i.id = gi.indicator_id AND i.archived_at IS NULL
        WHERE g.steering_document_id = $1 AND g.owner_unit_id = $2 AND g.archived_at IS NULL AND i.periodicity = 'YEAR'`,
      [documentId, units[GAN]],
    )) as Array<{ id: string; divided_by_sex: boolean }>;
    expect(expected.length).toBeGreaterThan(0);
    expect(gan.missingValues.map((m: any) => m.indicator.id).sort()).toEqual(expected.map((row) => gid('Indicator', row.id)).sort());
    const first = gan.missingValues[0];
    const dividedBySex = expected.find((row) => gid('Indicator', row.id) === first.indicator.id)?.divided_by_sex;
    expect(first).toMatchObject({ period: '2027', sexes: dividedBySex ? ['WOMEN', 'MEN', 'TOTAL'] : ['TOTAL'], explanation: null, explained: false });

    // Entering a value shrinks the gap; a MISSING value is no value.
    await admin(`mutation($input: UpsertMeasurementsInput!) { upsertMeasurements(input: $input) { errors { code message } } }`, {
      input: { rows: [{ indicatorId: first.indicator.id, period: '2027', sex: 'TOTAL', value: 12 }] },
    });
    const after = (await editor(NODE_REPORT, { id: gan.id })).data.node;
    const shrunk = after.missingValues.find((m: any) => m.indicator.id === first.indicator.id);
    if (dividedBySex) expect(shrunk.sexes).toEqual(['WOMEN', 'MEN']);
    else expect(shrunk).toBeUndefined();

    // Every goal assessed, but gaps unexplained: MISSING_VALUES at the field missingValues, naming the indicators.
    const goals = (await server.dataSource.query(`SELECT id FROM goal WHERE steering_document_id = $1 AND owner_unit_id = $2 AND archived_at IS NULL`, [documentId, units[GAN]])) as Array<{
      id: string;
    }>;
    for (const goal of goals) {
      const assessed = await editor(ASSESS, { input: { unitReportId: gan.id, goalId: gid('Goal', goal.id), assessment: 'NOT_ASSESSABLE', comment: 'Värden för 2027 saknas ännu.' } });
      expect(assessed.data.assessGoal.errors).toEqual([]);
    }
    const refused = await editor(SUBMIT, { input: { id: gan.id, version: gan.version } });
    expect(refused.data.submitUnitReport.errors).toHaveLength(1);
    expect(refused.data.submitUnitReport.errors[0]).toMatchObject({ code: 'MISSING_VALUES', field: 'missingValues' });
    expect(refused.data.submitUnitReport.errors[0].message).toContain(after.missingValues[0].indicator.nameSv);

    // Who may explain: the editor of the unit (not of another unit's report), not a viewer, not another municipality.
    const remaining = after.missingValues as Array<{ indicator: { id: string } }>;
    const explain = (call: Call, report: string, indicator: string, explanation = 'SCB publicerar siffran i mars året efter.') =>
      call(EXPLAIN, { input: { unitReportId: report, indicatorId: indicator, explanation } });
    expect((await explain(viewer, gan.id, remaining[0]!.indicator.id)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await explain(editor, bun.id, remaining[0]!.indicator.id)).data.explainMissingValue.errors[0].code).toBe('FORBIDDEN');
    expect((await explain(tranemo, gan.id, remaining[0]!.indicator.id)).data.explainMissingValue.errors[0].code).toBe('NOT_FOUND');
    // An indicator that is not among the gaps, and an empty explanation, are refused at their fields.
    const otherIndicator = (await server.dataSource.query(`SELECT id FROM indicator WHERE municipality_id = (SELECT municipality_id FROM goal WHERE id = $1) AND NOT (id = ANY($2::uuid[])) LIMIT 1`, [
      goals[0]!.id,
      expected.map((row) => row.id),
    ])) as Array<{ id: string }>;
    expect((await explain(editor, gan.id, gid('Indicator', otherIndicator[0]?.id))).data.explainMissingValue.errors[0]).toMatchObject({ code: 'INVALID', field: 'indicatorId' });
    expect((await explain(editor, gan.id, remaining[0]!.indicator.id, '  ')).data.explainMissingValue.errors[0].field).toBe('explanation');

    // Explain all but one: still refused; then the last: submitted.
    for (const gap of remaining.slice(0, -1)) expect((await explain(editor, gan.id, gap.indicator.id)).data.explainMissingValue.errors).toEqual([]);
    const stillRefused = await editor(SUBMIT, { input: { id: gan.id, version: gan.version } });
    expect(stillRefused.data.submitUnitReport.errors[0].code).toBe('MISSING_VALUES');
    const last = await explain(editor, gan.id, remaining[remaining.length - 1]!.indicator.id, 'Mätningen görs vartannat år.');
    expect(last.data.explainMissingValue.errors).toEqual([]);
    expect(last.data.explainMissingValue.unitReport.missingValues.every((m: any) => m.explained)).toBe(true);
    expect(last.data.explainMissingValue.unitReport.missingValues.map((m: any) => m.explanation)).toContain('Mätningen görs vartannat år.');
    const submitted = await editor(SUBMIT, { input: { id: gan.id, version: gan.version } });
    expect(submitted.data.submitUnitReport).toMatchObject({ errors: [], unitReport: { status: 'SUBMITTED' } });
    // Submitted: explanations are locked with the report's texts.
    expect((await explain(editor, gan.id, remaining[0]!.indicator.id)).data.explainMissingValue.errors[0].code).toBe('INVALID');
  });

  it('corrects an approved round as a new revision: ADMIN only, the approved revision stays readable and locked, the correction is public once approved', async () => {
    const round2024 = gid('ReportingRound', (await server.dataSource.query(`SELECT id FROM reporting_round WHERE steering_document_id = $1 AND period = '2024'`, [documentId]))[0].id);
    const version = (await server.dataSource.query(`SELECT version FROM reporting_round WHERE id = $1`, [Buffer.from(round2024, 'base64url').toString().split(':')[1]]))[0].version as number;
    const input = { id: round2024, version, deadline: '2025-06-30', reason: 'Fel värde för kvinnor i arbetsmarknadsindikatorn.' };
    for (const [who, call] of [
      ['viewer', viewer],
      ['editor', editor],
    ] as const) {
      expect([who, (await call(REVISE, { input })).errors?.[0]?.extensions?.code]).toEqual([who, 'FORBIDDEN']);
    }
    expect((await tranemo(REVISE, { input })).data.reviseReportingRound.errors[0].code).toBe('NOT_FOUND');

    const revised = await admin(REVISE, { input });
    expect(revised.data.reviseReportingRound.errors).toEqual([]);
    const r2 = revised.data.reviseReportingRound.reportingRound;
    expect(r2).toMatchObject({
      revision: 2,
      status: 'OPEN',
      period: '2024',
      deadline: '2025-06-30',
      revisionReason: 'Fel värde för kvinnor i arbetsmarknadsindikatorn.',
      previousRevision: { id: round2024, revision: 1, status: 'APPROVED' },
      revisions: [
        { revision: 1, status: 'APPROVED' },
        { revision: 2, status: 'OPEN' },
      ],
    });
    // The reports are copied as drafts with their texts and assessments.
    const old = (await viewer(`query($id: ID!) { node(id: $id) { ... on ReportingRound { nextRevision { id } unitReports { ${REPORT} } } } }`, { id: round2024 })).data.node;
    expect(old.nextRevision).toEqual({ id: r2.id });
    expect(r2.unitReports.map((r: any) => [r.organisationUnit.name, r.status, r.analysis, r.assessments.length])).toEqual(
      old.unitReports.map((r: any) => [r.organisationUnit.name, 'DRAFT', r.analysis, r.assessments.length]),
    );
    // The approved revision stays locked; it cannot be revised twice; an open revision is not revised.
    const oldGan = old.unitReports.find((r: any) => r.organisationUnit.name === GAN);
    const locked = await editor(`mutation($input: UpdateUnitReportInput!) { updateUnitReport(input: $input) { ${ERRORS} } }`, { input: { id: oldGan.id, version: oldGan.version, analysis: 'x' } });
    expect(locked.data.updateUnitReport.errors[0].code).toBe('LOCKED');
    expect((await admin(REVISE, { input })).data.reviseReportingRound.errors[0].code).toBe('DUPLICATE');
    expect((await admin(REVISE, { input: { ...input, id: r2.id, version: r2.version } })).data.reviseReportingRound.errors[0].code).toBe('INVALID');

    // While the correction is open, anonymous callers see revision 1 only, with its assessment.
    const ganGoal = oldGan.assessments[0].goal.id as string;
    const PUBLIC = `query($doc: ID!, $goal: ID!) { doc: node(id: $doc) { ... on SteeringDocument { reportingRounds { period revision status } } }
      goal: node(id: $goal) { ... on Goal { assessment(period: "2024") { assessment comment } } } }`;
    const before = await server.anonymous(PUBLIC, { doc: gid('SteeringDocument', documentId), goal: ganGoal });
    expect(before.data.doc.reportingRounds.filter((r: any) => r.period === '2024')).toEqual([{ period: '2024', revision: 1, status: 'APPROVED' }]);
    const oldAssessment = before.data.goal.assessment;
    expect(oldAssessment).toEqual({ assessment: oldGan.assessments[0].assessment, comment: oldGan.assessments[0].comment });

    // The unit corrects its assessment; every report is submitted and approved, then the revision.
    const newGan = r2.unitReports.find((r: any) => r.organisationUnit.name === GAN);
    const corrected = await editor(ASSESS, {
      input: { unitReportId: newGan.id, goalId: ganGoal, assessment: 'NOT_ACHIEVED', comment: 'Rättad: andelen kvinnor i arbete var lägre än först rapporterat.' },
    });
    expect(corrected.data.assessGoal.errors).toEqual([]);
    for (const report of r2.unitReports) {
      const current = (await admin(NODE_REPORT, { id: report.id })).data.node;
      for (const gap of current.missingValues.filter((m: any) => !m.explained)) await admin(EXPLAIN, { input: { unitReportId: report.id, indicatorId: gap.indicator.id, explanation: 'Saknas.' } });
      const submitted = await admin(SUBMIT, { input: { id: report.id, version: current.version } });
      expect(submitted.data.submitUnitReport.errors).toEqual([]);
      const approved = await admin(APPROVE, { input: { id: report.id, version: submitted.data.submitUnitReport.unitReport.version } });
      expect(approved.data.approveUnitReport.errors).toEqual([]);
    }
    expect((await viewer(APPROVE_ROUND, { input: { id: r2.id, version: r2.version } })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await admin(APPROVE_ROUND, { input: { id: r2.id, version: r2.version } })).data.approveReportingRound.errors).toEqual([]);

    // Both revisions are public and readable; the goal's assessment for 2024 is the correction's.
    const published = await server.anonymous(PUBLIC, { doc: gid('SteeringDocument', documentId), goal: ganGoal });
    expect(published.data.doc.reportingRounds.filter((r: any) => r.period === '2024')).toEqual([
      { period: '2024', revision: 2, status: 'APPROVED' },
      { period: '2024', revision: 1, status: 'APPROVED' },
    ]);
    expect(published.data.goal.assessment).toEqual({ assessment: 'NOT_ACHIEVED', comment: 'Rättad: andelen kvinnor i arbete var lägre än först rapporterat.' });
    const firstStill = await server.anonymous(`query($id: ID!) { node(id: $id) { ... on ReportingRound { status revision nextRevision { revision } } } }`, { id: round2024 });
    expect(firstStill.data.node).toEqual({ status: 'APPROVED', revision: 1, nextRevision: { revision: 2 } });
    // The report of the correction says so, in its file name and its text.
    const pdf = await fetch(`${server.url}/reports/rounds/${r2.id}.pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-disposition')).toContain(`filename*=UTF-8''Uppf%C3%B6ljning%20Integrationsstrategi%202018%202024%20revision%202.pdf`);
    const text = await pdfText(Buffer.from(await pdf.arrayBuffer()));
    expect(text).toContain('Revision 2: rättelse av en tidigare godkänd uppföljning. Skäl: Fel värde för kvinnor i arbetsmarknadsindikatorn.');
    expect(text).toContain('Rättad: andelen kvinnor i arbete var lägre än först rapporterat.');
    // Missing values are internal, also of a public report.
    const publicReport = await server.anonymous(`query($id: ID!) { node(id: $id) { ... on UnitReport { status missingValues { period } } } }`, { id: newGan.id });
    expect(publicReport.data.node).toEqual({ status: 'APPROVED', missingValues: [] });
  });
});
