import { StaffRole } from '../src/access/actor';
import { SessionHints, sameSessionActor, type SessionActor } from '../src/access/session-hints';
import { toGlobalId } from '../src/graphql/global-id';
import { postGraphQL, startTestServer, type TestServer } from './helpers';

/**
 * Session hints (access/session-hints.ts): a logged-in compiled read checks its session inside its
 * own statement; a session that ended or changed since the hint — in this process or any other — is
 * never acted on, whether the operation is compiled, left to the resolvers, or a mutation.
 */

const INDICATOR = /* GraphQL */ `
  query ($id: ID!) {
    node(id: $id) {
      ... on Indicator {
        nameSv
        published
      }
    }
  }
`;
const ME = /* GraphQL */ `
  {
    me {
      callerKind
    }
  }
`;

describe('session hints', () => {
  let server: TestServer;
  let tyreso: string;
  let other: string;
  /** A Tyresö indicator that is not published: Tyresö's staff see it, nobody else does. */
  let hidden: string;
  let viewers = 0;

  beforeAll(async () => {
    server = await startTestServer();
    const [row] = (await server.dataSource.query(`SELECT id FROM municipality WHERE code = '0138'`)) as Array<{ id: string }>;
    const [next] = (await server.dataSource.query(`SELECT id FROM municipality WHERE code <> '0138' ORDER BY code LIMIT 1`)) as Array<{ id: string }>;
    tyreso = (row as { id: string }).id;
    other = (next as { id: string }).id;
    const [indicator] = (await server.dataSource.query(`UPDATE indicator SET published = false WHERE id = (SELECT id FROM indicator WHERE municipality_id = $1 ORDER BY id LIMIT 1) RETURNING id`, [
      tyreso,
    ])) as [Array<{ id: string }>, number];
    hidden = toGlobalId('Indicator', (indicator[0] as { id: string }).id);
  });
  afterAll(() => server.stop());

  /** A new VIEWER of Tyresö with a session whose hint is in place (one request made with it). */
  async function viewer(): Promise<{ cookie: string; userId: string; sessionId: string }> {
    viewers += 1;
    const { user } = await server.services.account.createUserFromCli({ email: `lasare${viewers}@tyreso.test`, name: 'Läsare', role: StaffRole.VIEWER, municipalityId: tyreso });
    const { token } = await server.services.account.openSession(user);
    const cookie = `inkludera_session=${token}`;
    const [session] = (await server.dataSource.query(`SELECT id FROM session WHERE user_id = $1`, [user.id])) as Array<{ id: string }>;
    const first = await postGraphQL(server.url, INDICATOR, { id: hidden }, { cookie });
    // The first request looks the session up on its own: the lookup, then the read.
    expect(first.sqlStatements).toBe(2);
    expect(first.data?.node?.published).toBe(false);
    return { cookie, userId: user.id, sessionId: (session as { id: string }).id };
  }

  async function ask(cookie: string, query = INDICATOR) {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ query, variables: { id: hidden } }),
    });
    const body = (await response.json()) as { data?: Record<string, any>; errors?: Array<{ extensions?: { code?: string } }> };
    return { body, statements: Number(response.headers.get('x-sql-statements')), clears: response.headers.getSetCookie().some((line) => /^inkludera_session=;/.test(line)) };
  }

  it('reads as the hinted caller in one statement, the session checked inside it', async () => {
    const { cookie } = await viewer();
    const again = await ask(cookie);
    expect(again.body.data?.node).toEqual({ nameSv: expect.any(String), published: false });
    expect(again.statements).toBe(1);
    expect(again.clears).toBe(false);
  });

  it('answers as the public when the session ended elsewhere, and clears the cookie', async () => {
    const { cookie, sessionId } = await viewer();
    // Another process logs out: this one still has the hint.
    await server.dataSource.query(`DELETE FROM session WHERE id = $1`, [sessionId]);
    const after = await ask(cookie);
    expect(after.body.data?.node).toBeNull();
    expect(after.clears).toBe(true);
    expect((await ask(cookie, ME)).body.data?.me).toEqual({ callerKind: 'ANONYMOUS' });
  });

  it('answers as the caller the session names now when the user changed, or nobody when disabled', async () => {
    const moved = await viewer();
    await server.dataSource.query(`UPDATE app_user SET municipality_id = $2 WHERE id = $1`, [moved.userId, other]);
    const asNeighbour = await ask(moved.cookie);
    // Staff of another municipality see Tyresö as the public does: the unpublished indicator is not there.
    expect(asNeighbour.body.data?.node).toBeNull();
    expect(asNeighbour.clears).toBe(false);
    expect((await ask(moved.cookie, ME)).body.data?.me).toEqual({ callerKind: 'USER' });

    const disabled = await viewer();
    await server.dataSource.query(`UPDATE app_user SET disabled_at = now() WHERE id = $1`, [disabled.userId]);
    const gone = await ask(disabled.cookie);
    expect(gone.body.data?.node).toBeNull();
    expect(gone.clears).toBe(true);
  });

  it('confirms the session before an operation that is not compiled, or a mutation, runs', async () => {
    const kept = await viewer();
    // Not compiled (me is not in the model): confirmed by the root resolver, with its own lookup.
    const me = await ask(kept.cookie, ME);
    expect(me.body.data?.me).toEqual({ callerKind: 'USER' });
    expect(me.statements).toBeGreaterThanOrEqual(1);

    const ended = await viewer();
    await server.dataSource.query(`DELETE FROM session WHERE id = $1`, [ended.sessionId]);
    const nobody = await ask(ended.cookie, ME);
    expect(nobody.body.data?.me).toEqual({ callerKind: 'ANONYMOUS' });
    expect(nobody.clears).toBe(true);

    const refused = await viewer();
    await server.dataSource.query(`DELETE FROM session WHERE id = $1`, [refused.sessionId]);
    // A mutation for logged-in people only: the session ended elsewhere, so it is refused as for nobody.
    const change = await ask(refused.cookie, `mutation { changePassword(input: { currentPassword: "x", newPassword: "ett nytt långt lösenord" }) { errors { code } } }`);
    expect(change.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(change.clears).toBe(true);
  });

  it('keeps a bounded number of hints, the least recently used going first', () => {
    const hints = new SessionHints(2);
    const actor = (n: number): SessionActor => ({ kind: 'operator', userId: `u${n}`, label: 'x', sessionId: `s${n}` });
    hints.set('a', actor(1));
    hints.set('b', actor(2));
    expect(hints.get('a')).toEqual(actor(1));
    hints.set('c', actor(3));
    expect(hints.get('b')).toBeUndefined();
    expect(hints.get('a')).toEqual(actor(1));
    expect(hints.get('c')).toEqual(actor(3));
  });

  it('counts two callers the same only when everything access depends on is', () => {
    const staff = (unitIds: string[], role = StaffRole.EDITOR): SessionActor => ({ kind: 'user', userId: 'u', label: 'x', sessionId: 's', municipalityId: 'm', role, unitIds });
    expect(sameSessionActor(staff(['a', 'b']), staff(['b', 'a']))).toBe(true);
    expect(sameSessionActor(staff(['a']), staff(['a', 'b']))).toBe(false);
    expect(sameSessionActor(staff(['a']), staff(['a'], StaffRole.VIEWER))).toBe(false);
    expect(sameSessionActor(staff([]), null)).toBe(false);
    expect(sameSessionActor({ kind: 'operator', userId: 'u', label: 'x', sessionId: 's' }, staff([]))).toBe(false);
  });
});
