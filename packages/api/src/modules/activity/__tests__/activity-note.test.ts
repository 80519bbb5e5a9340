import { toGlobalId } from '../../../graphql/global-id';
import { DEMO_PASSWORD } from '../../../database/seed/demo-users';
import { login, startTestServer, type TestServer } from '../../../../test/helpers';

/**
 * Progress notes on activities, against the real server and PostgreSQL: who may add them (the
 * activity's rules: ADMIN, EDITOR of its unit; not a viewer, not an editor of another unit, not
 * another municipality), who may read them (never anonymous callers: activities are not public),
 * the rules of a note (not in the future, not blank, not on an archived activity), the audit entry,
 * and that a stored note cannot be changed or removed, not even in SQL.
 */
const NOTE = 'activityNote { id doneOn text author createdAt activity { title } }';
const ADD = `mutation($input: AddActivityNoteInput!) { addActivityNote(input: $input) { ${NOTE} errors { code field message } } }`;
const NOTES = `query($id: ID!) { node(id: $id) { ... on Activity { title notes { id doneOn text author } } } }`;

describe('activity notes', () => {
  let server: TestServer;
  let mine: string; // an activity of the editor's unit
  let other: string; // an activity of another unit
  let editor: ReturnType<TestServer['as']>;
  let viewer: ReturnType<TestServer['as']>;
  let admin: ReturnType<TestServer['as']>;
  let tranemo: ReturnType<TestServer['as']>;
  const count = async (table: string, where = 'true', params: unknown[] = []) => Number((await server.dataSource.query(`SELECT count(*) FROM ${table} WHERE ${where}`, params))[0].count);

  beforeAll(async () => {
    server = await startTestServer();
    const ds = server.dataSource;
    const [m] = await ds.query(`SELECT id FROM municipality WHERE code = '0138'`);
    const unit = async (name: string) => toGlobalId('OrganisationUnit', (await ds.query(`SELECT id FROM organisation_unit WHERE name = $1 AND municipality_id = $2`, [name, m.id]))[0].id);
    const create = async (title: string, responsibleUnitId: string) => {
      const result = await server.gql(`mutation($input: CreateActivityInput!) { createActivity(input: $input) { activity { id } errors { message } } }`, {
        input: { municipalityId: toGlobalId('Municipality', m.id), title, responsibleUnitId, status: 'ONGOING' },
      });
      return result.data!.createActivity.activity.id as string;
    };
    mine = await create('Språkpraktik på arbetsplatser', await unit('Gymnasie- och arbetsmarknadsnämnden'));
    other = await create('Hälsoskola för nyanlända', await unit('Kommunstyrelseförvaltningen'));
    const as = async (email: string) => server.as({ cookie: await login(server.url, email, DEMO_PASSWORD) });
    editor = await as('redaktor@tyreso.demo');
    viewer = await as('lasare@tyreso.demo');
    admin = await as('admin@tyreso.demo');
    tranemo = await as('admin@tranemo.demo');
  });
  afterAll(() => server.stop());

  it('an editor of the activity’s unit adds notes; they are kept newest first with who wrote them, and audited', async () => {
    const first = await editor(ADD, { input: { activityId: mine, doneOn: '2026-09-01', text: '  Tolv deltagare började praktik.  ' } });
    expect(first.errors).toBeUndefined();
    expect(first.data!.addActivityNote.errors).toEqual([]);
    expect(first.data!.addActivityNote.activityNote).toMatchObject({
      doneOn: '2026-09-01',
      text: 'Tolv deltagare började praktik.',
      author: 'Elias Redaktör',
      activity: { title: 'Språkpraktik på arbetsplatser' },
    });
    const second = await admin(ADD, { input: { activityId: mine, doneOn: '2026-10-15', text: 'Uppföljningssamtal med arbetsgivarna.' } });
    expect(second.data!.addActivityNote.activityNote.author).toBe('Alva Admin');

    const read = await viewer(NOTES, { id: mine });
    expect(read.data!.node.notes.map((n: { text: string; author: string }) => [n.text, n.author])).toEqual([
      ['Uppföljningssamtal med arbetsgivarna.', 'Alva Admin'],
      ['Tolv deltagare började praktik.', 'Elias Redaktör'],
    ]);
    // node(id) of a note, for a caller of the municipality.
    const noteId = first.data!.addActivityNote.activityNote.id as string;
    const node = await viewer(`query($id: ID!) { node(id: $id) { ... on ActivityNote { text } } }`, { id: noteId });
    expect(node.data!.node).toEqual({ text: 'Tolv deltagare började praktik.' });

    const audit = await server.dataSource.query(`SELECT actor_label, object_id, before, after FROM audit_entry WHERE operation = 'addActivityNote'`);
    expect(audit.map((entry: { actor_label: string }) => entry.actor_label).sort()).toEqual(['admin@tyreso.demo', 'redaktor@tyreso.demo']);
    const byEditor = audit.find((entry: { actor_label: string }) => entry.actor_label === 'redaktor@tyreso.demo');
    expect(byEditor).toMatchObject({ actor_label: 'redaktor@tyreso.demo', object_id: noteId, before: null });
    expect(byEditor.after).toMatchObject({ text: 'Tolv deltagare började praktik.', doneOn: '2026-09-01', authorName: 'Elias Redaktör' });
  });

  it('refuses an editor outside the activity’s unit, a viewer, another municipality and anonymous callers, changing nothing', async () => {
    const before = await count('activity_note');
    const audits = await count('audit_entry', `operation = 'addActivityNote'`);
    const input = { activityId: other, doneOn: '2026-09-01', text: 'Inte min insats.' };

    const outside = await editor(ADD, { input });
    expect(outside.data!.addActivityNote.activityNote).toBeNull();
    expect(outside.data!.addActivityNote.errors.map((e: { code: string }) => e.code)).toEqual(['FORBIDDEN']);

    const reader = await viewer(ADD, { input: { ...input, activityId: mine } });
    expect(reader.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const foreign = await tranemo(ADD, { input: { ...input, activityId: mine } });
    expect(foreign.data!.addActivityNote.errors.map((e: { code: string; field: string }) => [e.code, e.field])).toEqual([['NOT_FOUND', 'activityId']]);

    const anonymous = await server.anonymous(ADD, { input: { ...input, activityId: mine } });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    expect(await count('activity_note')).toBe(before);
    expect(await count('audit_entry', `operation = 'addActivityNote'`)).toBe(audits);
  });

  it('shows no note to anonymous callers or to another municipality (activities are not public), however asked', async () => {
    const [note] = await server.dataSource.query(`SELECT id FROM activity_note LIMIT 1`);
    const noteId = toGlobalId('ActivityNote', note.id);
    for (const call of [server.anonymous, tranemo]) {
      expect((await call(NOTES, { id: mine })).data!.node).toBeNull();
      expect((await call(`query($id: ID!) { node(id: $id) { id } }`, { id: noteId })).data!.node).toBeNull();
      const listed = await call(`{ activities(first: 100) { nodes { title notes { text } } } }`);
      expect(JSON.stringify(listed.data ?? {})).not.toContain('Tolv deltagare');
    }
  });

  it('refuses a note dated after today, a blank note, and a note on an archived activity, at their fields', async () => {
    const future = await editor(ADD, { input: { activityId: mine, doneOn: '2999-01-01', text: 'Senare' } });
    expect(future.data!.addActivityNote.errors.map((e: { code: string; field: string }) => [e.code, e.field])).toEqual([['INVALID', 'doneOn']]);
    const blank = await editor(ADD, { input: { activityId: mine, doneOn: '2026-09-02', text: '   ' } });
    expect(blank.data!.addActivityNote.errors.map((e: { field: string }) => e.field)).toEqual(['text']);
    const badDate = await editor(ADD, { input: { activityId: mine, doneOn: '2026-13-01', text: 'Fel datum' } });
    expect(badDate.data!.addActivityNote.errors.map((e: { field: string }) => e.field)).toEqual(['doneOn']);

    const version = (await admin(`query($id: ID!) { node(id: $id) { ... on Activity { version } } }`, { id: other })).data!.node.version;
    const archived = await admin(`mutation($input: ArchiveInput!) { archiveActivity(input: $input) { errors { code } } }`, { input: { id: other, version } });
    expect(archived.data!.archiveActivity.errors).toEqual([]);
    const late = await admin(ADD, { input: { activityId: other, doneOn: '2026-09-02', text: 'Efter arkiveringen' } });
    expect(late.data!.addActivityNote.errors.map((e: { code: string; field: string }) => [e.code, e.field])).toEqual([['ARCHIVED', 'activityId']]);
  });

  it('keeps a stored note as it is: UPDATE and DELETE are refused by the database itself', async () => {
    const [note] = await server.dataSource.query(`SELECT id, text FROM activity_note LIMIT 1`);
    await expect(server.dataSource.query(`UPDATE activity_note SET text = 'Ändrad' WHERE id = $1`, [note.id])).rejects.toThrow(/append-only/);
    await expect(server.dataSource.query(`DELETE FROM activity_note WHERE id = $1`, [note.id])).rejects.toThrow(/append-only/);
    const [after] = await server.dataSource.query(`SELECT text FROM activity_note WHERE id = $1`, [note.id]);
    expect(after.text).toBe(note.text);
  });
});
