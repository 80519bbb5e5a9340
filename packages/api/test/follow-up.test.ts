import { fromGlobalId, toGlobalId } from '../src/graphql/global-id';
import { User } from '../src/modules/account/user.entity';
import { startTestServer, type TestServer } from './helpers';

type Call = <T = Record<string, any>>(query: string, variables?: Record<string, unknown>) => Promise<{ data: T; errors?: any[] }>;

const OPEN = `mutation($input: OpenReportingRoundInput!) { openReportingRound(input: $input) {
  reportingRound { id version period periodType status deadline unitReports { id version status organisationUnit { name } } }
  errors { field code message } } }`;
const ASSESS = `mutation($input: AssessGoalInput!) { assessGoal(input: $input) { goalAssessment { id assessment comment goal { title } } errors { field code message } } }`;
const REPORT_FIELDS = `unitReport { id version status analysis genderAnalysis returnComment submittedAt approvedAt } errors { field code message }`;
const UPDATE = `mutation($input: UpdateUnitReportInput!) { updateUnitReport(input: $input) { ${REPORT_FIELDS} } }`;
const SUBMIT = `mutation($input: UnitReportActionInput!) { submitUnitReport(input: $input) { ${REPORT_FIELDS} } }`;
const RETURN = `mutation($input: ReturnUnitReportInput!) { returnUnitReport(input: $input) { ${REPORT_FIELDS} } }`;
const APPROVE = `mutation($input: UnitReportActionInput!) { approveUnitReport(input: $input) { ${REPORT_FIELDS} } }`;
const APPROVE_ROUND = `mutation($input: ReportingRoundActionInput!) { approveReportingRound(input: $input) { reportingRound { id version status approvedAt } errors { field code message } } }`;

describe('reporting rounds: open, assess, submit, return, approve, lock (issue 13)', () => {
  let server: TestServer;
  let admin: Call;
  let editor: Call;
  let viewer: Call;
  let documentId: string;
  const goals: Record<string, string> = {};
  const units: Record<string, string> = {};

  const session = async (email: string): Promise<Call> => {
    const user = await server.dataSource.getRepository(User).findOneByOrFail({ email });
    const cookie = `inkludera_session=${(await server.services.account.openSession(user)).token}`;
    return server.as({ cookie }) as Call;
  };

  beforeAll(async () => {
    server = await startTestServer();
    admin = await session('admin@tyreso.demo');
    editor = await session('redaktor@tyreso.demo'); // EDITOR of Gymnasie- och arbetsmarknadsnämnden
    viewer = await session('lasare@tyreso.demo');
    const ds = server.dataSource;
    const municipalityId = (await ds.query(`SELECT id FROM municipality WHERE code = '0138'`))[0].id as string;
    documentId = (await ds.query(`SELECT id FROM steering_document WHERE municipality_id = $1 AND title = 'Integrationsstrategi 2018'`, [municipalityId]))[0].id as string;
    for (const row of await ds.query(`SELECT id, name FROM organisation_unit WHERE municipality_id = $1`, [municipalityId])) units[row.name as string] = row.id as string;
    for (const row of await ds.query(`SELECT id, title FROM goal WHERE steering_document_id = $1`, [documentId])) goals[row.title as string] = row.id as string;
  });
  afterAll(() => server?.stop());

  const gid = (type: string, id: string | undefined) => toGlobalId(type, id as string);
  const goal = (prefix: string) => gid('Goal', Object.entries(goals).find(([title]) => title.startsWith(prefix))?.[1]);
  const unit = (name: string) => gid('OrganisationUnit', units[name]);
  const GAN = 'Gymnasie- och arbetsmarknadsnämnden';
  const BUN = 'Barn- och utbildningsnämnden';

  async function openRound(period: string, unitNames: string[]) {
    const { data, errors } = await admin(OPEN, { input: { steeringDocumentId: gid('SteeringDocument', documentId), period, deadline: '2025-05-15', unitIds: unitNames.map(unit) } });
    expect(errors).toBeUndefined();
    expect(data.openReportingRound.errors).toEqual([]);
    const round = data.openReportingRound.reportingRound;
    const report = (name: string) => round.unitReports.find((r: any) => r.organisationUnit.name === name);
    return { round, report };
  }

  it('runs the life cycle with its permissions: only ADMIN opens, returns and approves; a unit assesses only its own goals; an approved round is locked', async () => {
    // Only an ADMIN opens a round.
    for (const [who, call] of [
      ['editor', editor],
      ['viewer', viewer],
    ] as const) {
      const refused = await call(OPEN, { input: { steeringDocumentId: gid('SteeringDocument', documentId), period: '2025T2', deadline: '2025-05-15', unitIds: [unit(GAN)] } });
      expect([who, refused.errors?.[0]?.extensions?.code]).toEqual([who, 'FORBIDDEN']);
    }
    const { round, report } = await openRound('2025T2', [GAN, BUN]);
    expect(round).toMatchObject({ period: '2025-T2', periodType: 'TERTIAL', status: 'OPEN', deadline: '2025-05-15' });
    const gan = report(GAN);
    const bun = report(BUN);
    expect([gan.status, bun.status]).toEqual(['DRAFT', 'DRAFT']);
    // The same period twice: DUPLICATE.
    const again = await admin(OPEN, { input: { steeringDocumentId: gid('SteeringDocument', documentId), period: '2025T2', deadline: '2025-05-15', unitIds: [unit(GAN)] } });
    expect(again.data.openReportingRound.errors[0]).toMatchObject({ code: 'DUPLICATE', field: 'period' });

    // A unit cannot assess another unit's goal, nor write in another unit's report.
    const otherGoal = await editor(ASSESS, { input: { unitReportId: gan.id, goalId: goal('Nyanlända elever'), assessment: 'ACHIEVED', comment: 'Inte vårt mål.' } });
    expect(otherGoal.data.assessGoal.errors[0].code).toBe('FORBIDDEN');
    const otherReport = await editor(ASSESS, { input: { unitReportId: bun.id, goalId: goal('Nyanlända elever'), assessment: 'ACHIEVED', comment: 'Inte vår rapport.' } });
    expect(otherReport.data.assessGoal.errors[0].code).toBe('FORBIDDEN');
    const otherText = await editor(UPDATE, { input: { id: bun.id, version: bun.version, analysis: 'x' } });
    expect(otherText.data.updateUnitReport.errors[0].code).toBe('FORBIDDEN');
    // A viewer writes nothing.
    expect((await viewer(ASSESS, { input: { unitReportId: gan.id, goalId: goal('Fler nyanlända får'), assessment: 'ACHIEVED', comment: 'x' } })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    // The assessment needs a comment.
    const noComment = await editor(ASSESS, { input: { unitReportId: gan.id, goalId: goal('Fler nyanlända får'), assessment: 'ACHIEVED', comment: '  ' } });
    expect(noComment.data.assessGoal.errors[0].field).toBe('comment');

    const language = await editor(ASSESS, { input: { unitReportId: gan.id, goalId: goal('Fler nyanlända får'), assessment: 'ACHIEVED', comment: 'Fler klarar sfi-kurserna.' } });
    expect(language.data.assessGoal).toMatchObject({ errors: [], goalAssessment: { assessment: 'ACHIEVED', comment: 'Fler klarar sfi-kurserna.' } });

    // Submitting before every goal of the unit is assessed: REQUIRED.
    const early = await editor(SUBMIT, { input: { id: gan.id, version: gan.version } });
    expect(early.data.submitUnitReport.errors[0]).toMatchObject({ code: 'REQUIRED', field: 'assessments' });
    expect(early.data.submitUnitReport.errors[0].message).toContain('egen försörjning');

    // PARTLY is allowed in a tertial.
    const partly = await editor(ASSESS, { input: { unitReportId: gan.id, goalId: goal('Fler nyanlända kvinnor och män'), assessment: 'PARTLY', comment: 'Kvinnorna ligger efter.' } });
    expect(partly.data.assessGoal.errors).toEqual([]);
    const written = await editor(UPDATE, { input: { id: gan.id, version: gan.version, analysis: 'Analys T1.', genderAnalysis: 'Kvinnor når egen försörjning senare än män.' } });
    expect(written.data.updateUnitReport).toMatchObject({ errors: [], unitReport: { analysis: 'Analys T1.', status: 'DRAFT' } });
    const submitted = await editor(SUBMIT, { input: { id: gan.id, version: written.data.updateUnitReport.unitReport.version } });
    expect(submitted.data.submitUnitReport).toMatchObject({ errors: [], unitReport: { status: 'SUBMITTED' } });
    let version = submitted.data.submitUnitReport.unitReport.version as number;

    // A viewer cannot approve, nor can the editor; ADMIN returns it with a comment.
    expect((await viewer(APPROVE, { input: { id: gan.id, version } })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await editor(APPROVE, { input: { id: gan.id, version } })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await editor(RETURN, { input: { id: gan.id, version, comment: 'x' } })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const returned = await admin(RETURN, { input: { id: gan.id, version, comment: 'Komplettera jämställdhetsanalysen med siffror.' } });
    expect(returned.data.returnUnitReport).toMatchObject({ errors: [], unitReport: { status: 'RETURNED', returnComment: 'Komplettera jämställdhetsanalysen med siffror.' } });
    version = returned.data.returnUnitReport.unitReport.version;

    // The unit completes it and submits again; ADMIN approves.
    const completed = await editor(UPDATE, { input: { id: gan.id, version, genderAnalysis: 'Kvinnor 41 %, män 52 %: gapet minskar.' } });
    version = completed.data.updateUnitReport.unitReport.version;
    version = (await editor(SUBMIT, { input: { id: gan.id, version } })).data.submitUnitReport.unitReport.version;
    const approved = await admin(APPROVE, { input: { id: gan.id, version } });
    expect(approved.data.approveUnitReport).toMatchObject({ errors: [], unitReport: { status: 'APPROVED' } });
    expect(approved.data.approveUnitReport.unitReport.approvedAt).not.toBeNull();
    version = approved.data.approveUnitReport.unitReport.version;

    // Approved: locked, with a typed error.
    const locked = await editor(UPDATE, { input: { id: gan.id, version, analysis: 'Ändrad i efterhand.' } });
    expect(locked.data.updateUnitReport.errors[0]).toMatchObject({ code: 'LOCKED' });
    const lockedAssessment = await editor(ASSESS, { input: { unitReportId: gan.id, goalId: goal('Fler nyanlända får'), assessment: 'NOT_ACHIEVED', comment: 'Ändrad.' } });
    expect(lockedAssessment.data.assessGoal.errors[0].code).toBe('LOCKED');

    // The round is approved only when every report is.
    const pending = await admin(APPROVE_ROUND, { input: { id: round.id, version: round.version } });
    expect(pending.data.approveReportingRound.errors[0]).toMatchObject({ code: 'INVALID' });
    // ADMIN may assess for any unit (its own goal), submit and approve the other report.
    expect(
      (await admin(ASSESS, { input: { unitReportId: bun.id, goalId: goal('Nyanlända elever'), assessment: 'NOT_ASSESSABLE', comment: 'Indikatorer saknas ännu.' } })).data.assessGoal.errors,
    ).toEqual([]);
    const bunSubmitted = await admin(SUBMIT, { input: { id: bun.id, version: bun.version } });
    expect(bunSubmitted.data.submitUnitReport.errors).toEqual([]);
    expect((await admin(APPROVE, { input: { id: bun.id, version: bunSubmitted.data.submitUnitReport.unitReport.version } })).data.approveUnitReport.errors).toEqual([]);
    expect((await viewer(APPROVE_ROUND, { input: { id: round.id, version: round.version } })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const roundApproved = await admin(APPROVE_ROUND, { input: { id: round.id, version: round.version } });
    expect(roundApproved.data.approveReportingRound).toMatchObject({ errors: [], reportingRound: { status: 'APPROVED' } });

    // Readable afterwards: staff see the round, its reports and assessments; the goal's assessment for the period.
    const read = await viewer(
      `query($id: ID!, $goal: ID!) {
      node(id: $id) { ... on SteeringDocument { reportingRounds { period status unitReports { status late organisationUnit { name } assessments { assessment comment goal { title } } } } } }
      goal: node(id: $goal) { ... on Goal { assessment(period: "2025T2") { assessment comment } progress(period: "2025") { status } } }
    }`,
      { id: gid('SteeringDocument', documentId), goal: goal('Fler nyanlända kvinnor och män') },
    );
    expect(read.errors).toBeUndefined();
    const rounds = read.data.node.reportingRounds;
    expect(rounds.map((r: any) => [r.period, r.status])).toEqual([
      ['2025-T2', 'APPROVED'],
      ['2025-T1', 'OPEN'],
      ['2024', 'APPROVED'],
    ]);
    expect(rounds[0].unitReports.map((r: any) => [r.organisationUnit.name, r.status, r.late]).sort()).toEqual([
      [BUN, 'APPROVED', false],
      [GAN, 'APPROVED', false],
    ]);
    expect(read.data.goal.assessment).toEqual({ assessment: 'PARTLY', comment: 'Kvinnorna ligger efter.' });

    // The assessment overrides the goal's computed status for its period; the round is approved, so it is public and anonymous callers get it too.
    const PROGRESS = `query($goal: ID!) { node(id: $goal) { ... on Goal { progress(period: "2025T2") { status computedStatus source assessment assessmentComment } } } }`;
    const assessed = await viewer(PROGRESS, { goal: goal('Fler nyanlända får') });
    expect(assessed.data.node.progress).toMatchObject({ status: 'TARGET_MET', source: 'ASSESSED', assessment: 'ACHIEVED', assessmentComment: 'Fler klarar sfi-kurserna.' });
    const published = await server.anonymous(PROGRESS, { goal: goal('Fler nyanlända får') });
    expect(published.data.node.progress).toMatchObject({ status: 'TARGET_MET', source: 'ASSESSED', assessment: 'ACHIEVED', assessmentComment: 'Fler klarar sfi-kurserna.' });
    const notAssessable = await viewer(PROGRESS, { goal: goal('Nyanlända elever') });
    expect(notAssessable.data.node.progress).toMatchObject({ status: 'NO_DATA', source: 'ASSESSED', assessment: 'NOT_ASSESSABLE' });

    // Approved rounds are public (published follow-up, archive law): anonymous callers and other municipalities read them,
    // their reports' texts and assessments, but not the return comment; the open round 2025-T1 stays internal.
    const ROUNDS = `query($id: ID!) { node(id: $id) { ... on SteeringDocument { title reportingRounds { period status unitReports { status analysis genderAnalysis returnComment organisationUnit { name } assessments { assessment comment } } } } } }`;
    const tranemo = await session('admin@tranemo.demo');
    for (const [who, call] of [
      ['anonymous', server.anonymous as Call],
      ['Tranemo', tranemo],
    ] as const) {
      const outside = await call(ROUNDS, { id: gid('SteeringDocument', documentId) });
      expect([who, outside.errors]).toEqual([who, undefined]);
      expect([who, outside.data.node.reportingRounds.map((r: any) => [r.period, r.status])]).toEqual([
        who,
        [
          ['2025-T2', 'APPROVED'],
          ['2024', 'APPROVED'],
        ],
      ]);
      const gan2025 = outside.data.node.reportingRounds[0].unitReports.find((r: any) => r.organisationUnit.name === GAN);
      expect([who, gan2025]).toMatchObject([
        who,
        {
          status: 'APPROVED',
          genderAnalysis: 'Kvinnor 41 %, män 52 %: gapet minskar.',
          returnComment: null,
          assessments: expect.arrayContaining([{ assessment: 'PARTLY', comment: 'Kvinnorna ligger efter.' }]),
        },
      ]);
    }
    const assessmentIds = (await server.dataSource.query('SELECT a.id FROM goal_assessment a JOIN unit_report r ON r.id = a.unit_report_id WHERE r.round_id = $1', [
      fromGlobalId(round.id)?.id,
    ])) as Array<{ id: string }>;
    expect(assessmentIds.length).toBe(3);
    const shown = await server.anonymous(`query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids: assessmentIds.map((a) => gid('GoalAssessment', a.id)) });
    expect(shown.data.nodes).toEqual(assessmentIds.map((a) => ({ id: gid('GoalAssessment', a.id) })));

    // A submitted assessment of the open round 2025-T1 overrides the status for staff only; anonymous callers get the computed one.
    const [t1] = (await server.dataSource.query(
      `SELECT a.id, a.goal_id FROM goal_assessment a JOIN unit_report r ON r.id = a.unit_report_id JOIN reporting_round rr ON rr.id = r.round_id
       WHERE rr.steering_document_id = $1 AND rr.period = '2025-T1' AND r.status = 'SUBMITTED' LIMIT 1`,
      [documentId],
    )) as Array<{ id: string; goal_id: string }>;
    const T1 = `query($goal: ID!) { node(id: $goal) { ... on Goal { assessment(period: "2025-T1") { id } progress(period: "2025-T1") { status computedStatus source assessment } } } }`;
    expect((await viewer(T1, { goal: gid('Goal', t1?.goal_id) })).data.node).toMatchObject({ assessment: { id: gid('GoalAssessment', t1?.id) }, progress: { source: 'ASSESSED' } });
    const internal = await server.anonymous(T1, { goal: gid('Goal', t1?.goal_id) });
    expect(internal.data.node).toMatchObject({ assessment: null, progress: { source: 'COMPUTED', assessment: null } });
    expect(internal.data.node.progress.status).toBe(internal.data.node.progress.computedStatus);
    expect((await server.anonymous(`query($id: ID!) { node(id: $id) { id } }`, { id: gid('GoalAssessment', t1?.id) })).data.node).toBeNull();
  });

  it('has demo rounds for Tyresö: an approved year-end round 2024 (no PARTLY) and an open tertial round 2025 with a submitted report and drafts', async () => {
    const { data, errors } = await admin(
      `query($id: ID!) { node(id: $id) { ... on SteeringDocument { reportingRounds { period status deadline unitReports { status assessments { assessment comment } } } } } }`,
      {
        id: gid('SteeringDocument', documentId),
      },
    );
    expect(errors).toBeUndefined();
    const byPeriod = Object.fromEntries(data.node.reportingRounds.map((r: any) => [r.period, r]));
    expect(byPeriod['2024'].status).toBe('APPROVED');
    expect(byPeriod['2024'].unitReports.every((r: any) => r.status === 'APPROVED' && r.assessments.length > 0)).toBe(true);
    expect(byPeriod['2024'].unitReports.flatMap((r: any) => r.assessments).some((a: any) => a.assessment === 'PARTLY')).toBe(false);
    // Real texts: each goal's comment is its own, not a template.
    const comments = byPeriod['2024'].unitReports.flatMap((r: any) => r.assessments.map((a: any) => a.comment));
    expect(new Set(comments).size).toBe(comments.length);
    expect(comments.some((c: string) => c.startsWith('Andelen i arbete eller studier ökar för både kvinnor och män'))).toBe(true);
    expect(byPeriod['2025-T1'].status).toBe('OPEN');
    expect(byPeriod['2025-T1'].unitReports.map((r: any) => r.status).sort()).toEqual(expect.arrayContaining(['DRAFT', 'SUBMITTED']));
  });

  it('refuses PARTLY at year end, and shows a report that is not submitted by its deadline as late', async () => {
    const { report } = await openRound('2023', [GAN]);
    const gan = report(GAN);
    const partly = await editor(ASSESS, { input: { unitReportId: gan.id, goalId: goal('Fler nyanlända får'), assessment: 'PARTLY', comment: 'Delvis.' } });
    expect(partly.data.assessGoal.errors[0]).toMatchObject({ code: 'INVALID_VALUE', field: 'assessment' });
    const achieved = await editor(ASSESS, { input: { unitReportId: gan.id, goalId: goal('Fler nyanlända får'), assessment: 'NOT_ACHIEVED', comment: 'Målet nåddes inte.' } });
    expect(achieved.data.assessGoal.errors).toEqual([]);
    // Assessing again replaces the assessment.
    const replaced = await editor(ASSESS, { input: { unitReportId: gan.id, goalId: goal('Fler nyanlända får'), assessment: 'ACHIEVED', comment: 'Rättat.' } });
    expect(replaced.data.assessGoal.goalAssessment.id).toBe(achieved.data.assessGoal.goalAssessment.id);
    // A draft's assessment does not override the computed status yet.
    const draft = await editor(`query($goal: ID!) { node(id: $goal) { ... on Goal { assessment(period: "2023") { assessment } progress(period: "2023") { source } } } }`, {
      goal: goal('Fler nyanlända får'),
    });
    expect(draft.data.node).toEqual({ assessment: null, progress: { source: 'COMPUTED' } });
    const late = await editor(`query($id: ID!) { node(id: $id) { ... on UnitReport { late status } } }`, { id: gan.id });
    expect(late.data.node).toEqual({ late: true, status: 'DRAFT' });
  });
});
