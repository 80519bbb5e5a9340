import { toGlobalId } from '../src/graphql/global-id';
import { StaffRole } from '../src/access/actor';
import { User } from '../src/modules/account/user.entity';
import { isRevisionDue, revisionDateOf, revisionDueDateOf } from '../src/modules/follow-up/reminders.rules';
import { startTestServer, type TestServer } from './helpers';

type Call = <T = Record<string, any>>(query: string, variables?: Record<string, unknown>) => Promise<{ data: T; errors?: any[] }>;

const GAN = 'Gymnasie- och arbetsmarknadsnämnden';
const BUN = 'Barn- och utbildningsnämnden';
const ERRORS = 'errors { field code message }';
const CONSULTATION = `id version status deadline message steeringDocument { title } responses { id version views answered late organisationUnit { name } }`;
const SEND = `mutation($input: SendConsultationInput!) { sendConsultation(input: $input) { consultation { ${CONSULTATION} } ${ERRORS} } }`;
const ANSWER = `mutation($input: AnswerConsultationInput!) { answerConsultation(input: $input) { consultationResponse { id version views answered } ${ERRORS} } }`;
const CLOSE = `mutation($input: CloseConsultationInput!) { closeConsultation(input: $input) { consultation { id version status } ${ERRORS} } }`;
const REMINDERS = `{ me { reminders { kind title dueDate overdue unitReport { id status organisationUnit { name } } steeringDocument { id title revisionDue } consultationResponse { id organisationUnit { name } } } } }`;

describe('revision flags, reminders and consultations (issue 13)', () => {
  it('computes the revision date and flags a document within 60 days of it or of valid-until, or past', () => {
    expect(revisionDateOf({ decisionDate: '2018-01-15', revisionIntervalMonths: 48 })).toBe('2022-01-15');
    expect(revisionDateOf({ decisionDate: '2024-01-31', revisionIntervalMonths: 1 })).toBe('2024-02-29');
    expect(revisionDateOf({ decisionDate: null, revisionIntervalMonths: 48 })).toBeNull();
    expect(revisionDueDateOf({ decisionDate: '2020-01-01', revisionIntervalMonths: 60, validUntil: '2024-06-30' })).toBe('2024-06-30');
    const today = new Date('2026-03-01T12:00:00Z');
    const adopted = { status: 'ADOPTED' as never, decisionDate: null, revisionIntervalMonths: null };
    expect(isRevisionDue({ ...adopted, validUntil: '2026-04-30' }, today)).toBe(true); // 60 days ahead
    expect(isRevisionDue({ ...adopted, validUntil: '2026-05-01' }, today)).toBe(false); // 61 days ahead
    expect(isRevisionDue({ ...adopted, validUntil: '2020-01-01' }, today)).toBe(true); // past
    expect(isRevisionDue({ ...adopted, validUntil: null }, today)).toBe(false);
    expect(isRevisionDue({ ...adopted, status: 'DRAFT' as never, validUntil: '2020-01-01' }, today)).toBe(false);
  });

  describe('against PostgreSQL', () => {
    let server: TestServer;
    let admin: Call;
    let ganEditor: Call;
    let bunEditor: Call;
    let viewer: Call;
    let tranemo: Call;
    const units: Record<string, string> = {};

    const session = async (email: string): Promise<Call> => {
      const user = await server.dataSource.getRepository(User).findOneByOrFail({ email });
      return server.as({ cookie: `inkludera_session=${(await server.services.account.openSession(user)).token}` }) as Call;
    };
    const createDocument = async (input: Record<string, unknown>) => {
      const result = await admin(`mutation($input: CreateSteeringDocumentInput!) { createSteeringDocument(input: $input) { steeringDocument { id } ${ERRORS} } }`, {
        input: { kind: 'PLAN', ownerUnitId: toGlobalId('OrganisationUnit', units[GAN] as string), ...input },
      });
      expect(result.data.createSteeringDocument.errors).toEqual([]);
      return result.data.createSteeringDocument.steeringDocument.id as string;
    };

    beforeAll(async () => {
      server = await startTestServer();
      const municipalityId = (await server.dataSource.query(`SELECT id FROM municipality WHERE code = '0138'`))[0].id as string;
      for (const row of await server.dataSource.query(`SELECT id, name FROM organisation_unit WHERE municipality_id = $1`, [municipalityId])) units[row.name as string] = row.id as string;
      await server.services.account.createUser(municipalityId, {
        email: 'bun@tyreso.test',
        name: 'Bo Redaktör',
        role: StaffRole.EDITOR,
        password: 'correct horse battery staple',
        unitIds: [toGlobalId('OrganisationUnit', units[BUN] as string)],
      } as never);
      admin = await session('admin@tyreso.demo');
      ganEditor = await session('redaktor@tyreso.demo');
      bunEditor = await session('bun@tyreso.test');
      viewer = await session('lasare@tyreso.demo');
      tranemo = await session('admin@tranemo.demo');
    });
    afterAll(() => server?.stop());

    it('sends a draft on consultation to chosen units, each answers, the owner sees the answers side by side and closes it; permissions and tenant', async () => {
      const draft = await createDocument({ title: 'Handlingsplan för integration 2027 (remissversion)', status: 'DRAFT' });
      const adopted = await createDocument({ title: 'Antagen plan', status: 'ADOPTED', decisionDate: '2025-01-01' });
      const input = {
        steeringDocumentId: draft,
        unitIds: [toGlobalId('OrganisationUnit', units[GAN] as string), toGlobalId('OrganisationUnit', units[BUN] as string)],
        deadline: '2030-03-31',
        message: 'Synpunkter på målen för egen försörjning önskas särskilt.',
      };
      // Who may send: the owner (ADMIN, EDITOR of the owner unit); not another unit's editor, a viewer or another municipality.
      expect((await bunEditor(SEND, { input })).data.sendConsultation.errors[0].code).toBe('FORBIDDEN');
      expect((await viewer(SEND, { input })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect((await tranemo(SEND, { input })).data.sendConsultation.errors[0].code).toBe('NOT_FOUND');
      expect((await ganEditor(SEND, { input: { ...input, steeringDocumentId: adopted } })).data.sendConsultation.errors[0]).toMatchObject({
        code: 'INVALID',
        field: 'steeringDocumentId',
      });
      const sent = await ganEditor(SEND, { input });
      expect(sent.data.sendConsultation.errors).toEqual([]);
      const consultation = sent.data.sendConsultation.consultation;
      expect(consultation).toMatchObject({ status: 'OPEN', deadline: '2030-03-31', message: input.message });
      const byUnit = (name: string) => consultation.responses.find((r: any) => r.organisationUnit.name === name);
      expect(consultation.responses.map((r: any) => [r.organisationUnit.name, r.answered, r.views])).toEqual([
        [BUN, false, null],
        [GAN, false, null],
      ]);

      // Reminders: each unit's editor is asked to answer.
      const ganBefore = (await ganEditor(REMINDERS)).data.me.reminders.filter((r: any) => r.kind === 'CONSULTATION_TO_ANSWER');
      expect(ganBefore.map((r: any) => [r.title, r.dueDate, r.consultationResponse.organisationUnit.name])).toEqual([
        ['Remiss av Handlingsplan för integration 2027 (remissversion)', '2030-03-31', GAN],
      ]);

      // Each unit answers its own; not another unit's; not another municipality.
      const bunResponse = byUnit(BUN);
      const ganResponse = byUnit(GAN);
      expect((await bunEditor(ANSWER, { input: { id: ganResponse.id, version: ganResponse.version, views: 'Inte vår.' } })).data.answerConsultation.errors[0].code).toBe('FORBIDDEN');
      expect((await tranemo(ANSWER, { input: { id: ganResponse.id, version: ganResponse.version, views: 'x' } })).data.answerConsultation.errors[0].code).toBe('NOT_FOUND');
      expect((await bunEditor(ANSWER, { input: { id: bunResponse.id, version: bunResponse.version, views: '  ' } })).data.answerConsultation.errors[0].field).toBe('views');
      const bunAnswer = await bunEditor(ANSWER, { input: { id: bunResponse.id, version: bunResponse.version, views: 'Skolan behöver fler studiehandledare för att målen ska nås.' } });
      expect(bunAnswer.data.answerConsultation).toMatchObject({ errors: [], consultationResponse: { answered: true } });
      expect(
        (await ganEditor(ANSWER, { input: { id: ganResponse.id, version: ganResponse.version, views: 'Målen för kvinnors egen försörjning bör skärpas.' } })).data.answerConsultation.errors,
      ).toEqual([]);
      expect((await ganEditor(REMINDERS)).data.me.reminders.filter((r: any) => r.kind === 'CONSULTATION_TO_ANSWER')).toEqual([]);

      // The owner sees the answers side by side (and so does every staff member of the municipality).
      const read = await viewer(`query($id: ID!) { node(id: $id) { ... on SteeringDocument { consultations { ${CONSULTATION} } } } }`, { id: draft });
      expect(read.data.node.consultations[0].responses.map((r: any) => [r.organisationUnit.name, r.views])).toEqual([
        [BUN, 'Skolan behöver fler studiehandledare för att målen ska nås.'],
        [GAN, 'Målen för kvinnors egen försörjning bör skärpas.'],
      ]);
      // Internal: anonymous callers and another municipality see nothing of it.
      for (const call of [server.anonymous as Call, tranemo]) {
        const outside = await call(`query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids: [consultation.id, bunResponse.id, ganResponse.id] });
        expect(outside.data.nodes).toEqual([null, null, null]);
      }

      // Closing: only the owner; then answers are locked.
      expect((await bunEditor(CLOSE, { input: { id: consultation.id, version: consultation.version } })).data.closeConsultation.errors[0].code).toBe('FORBIDDEN');
      const closed = await ganEditor(CLOSE, { input: { id: consultation.id, version: consultation.version } });
      expect(closed.data.closeConsultation).toMatchObject({ errors: [], consultation: { status: 'CLOSED' } });
      const version = bunAnswer.data.answerConsultation.consultationResponse.version;
      expect((await bunEditor(ANSWER, { input: { id: bunResponse.id, version, views: 'Ändrad.' } })).data.answerConsultation.errors[0].code).toBe('LOCKED');
    });

    it('reminds staff of late reports, reports to submit or review, documents due for revision and consultations; nothing for viewers and anonymous callers', async () => {
      const due = await createDocument({ title: 'Plan att revidera', status: 'ADOPTED', decisionDate: '2018-01-15', revisionIntervalMonths: 48 });
      const notDue = await createDocument({ title: 'Plan som gäller länge', status: 'ADOPTED', decisionDate: '2025-01-15', validUntil: '2099-12-31' });
      const flags = await viewer(`query($a: ID!, $b: ID!) { a: node(id: $a) { ... on SteeringDocument { revisionDate revisionDue } } b: node(id: $b) { ... on SteeringDocument { revisionDue } } }`, {
        a: due,
        b: notDue,
      });
      expect(flags.data).toEqual({ a: { revisionDate: '2022-01-15', revisionDue: true }, b: { revisionDue: false } });

      const adminReminders = (await admin(REMINDERS)).data.me.reminders as any[];
      // The demo's tertial round 2025-T1 (deadline 2025-05-16) is open: its drafts are late, its submitted report is to review.
      const late = adminReminders.filter((r) => r.kind === 'UNIT_REPORT_LATE');
      expect(late.length).toBeGreaterThan(0);
      expect(late.every((r) => r.overdue && r.dueDate === '2025-05-16' && ['DRAFT', 'RETURNED'].includes(r.unitReport.status))).toBe(true);
      expect(adminReminders.filter((r) => r.kind === 'UNIT_REPORT_TO_REVIEW').map((r) => r.unitReport.status)).toEqual(['SUBMITTED']);
      expect(adminReminders.filter((r) => r.kind === 'DOCUMENT_REVISION_DUE').map((r) => r.steeringDocument.title)).toContain('Plan att revidera');
      expect(adminReminders.filter((r) => r.kind === 'DOCUMENT_REVISION_DUE').map((r) => r.steeringDocument.title)).not.toContain('Plan som gäller länge');
      // Earliest due first.
      const dates = adminReminders.map((r) => r.dueDate ?? '9999');
      expect(dates).toEqual([...dates].sort());

      // An editor: only their units' reports and the documents their units own; no reviews.
      const editorReminders = (await ganEditor(REMINDERS)).data.me.reminders as any[];
      expect(editorReminders.filter((r) => r.unitReport).every((r) => r.unitReport.organisationUnit.name === GAN)).toBe(true);
      expect(editorReminders.some((r) => r.kind === 'UNIT_REPORT_TO_REVIEW')).toBe(false);
      expect(editorReminders.filter((r) => r.kind === 'DOCUMENT_REVISION_DUE').map((r) => r.steeringDocument.title)).toContain('Plan att revidera');
      const bunReminders = (await bunEditor(REMINDERS)).data.me.reminders as any[];
      expect(bunReminders.filter((r) => r.kind === 'DOCUMENT_REVISION_DUE')).toEqual([]);
      expect(bunReminders.filter((r) => r.unitReport).every((r) => r.unitReport.organisationUnit.name === BUN)).toBe(true);

      expect((await viewer(REMINDERS)).data.me.reminders).toEqual([]);
      expect((await server.anonymous(REMINDERS)).data.me.reminders).toEqual([]);
    });
  });
});
