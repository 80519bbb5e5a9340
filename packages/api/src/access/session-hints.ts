import type { OperatorActor, StaffActor } from './actor';

/** The caller a session cookie names: a platform operator or staff of a municipality. */
export type SessionActor = OperatorActor | StaffActor;

/**
 * The caller each session was last found to name in this process, by the hash of its token: a
 * hint, never an answer. A logged-in request that finds its session here is not looked up before
 * GraphQL. A compiled read (graphql/compiled/) then checks the session inside its own statement, in
 * the read's own snapshot, and uses its answer only when the session still names exactly this caller;
 * everything else confirms the session with its own statement before any resolver runs
 * (Access.confirm, called by the root resolvers: access/enforce.ts). So a logged-out, expired,
 * disabled or changed session is never acted on, in whichever process it changed. Bounded: the
 * least recently used hint goes first.
 */
export class SessionHints {
  private readonly hints = new Map<string, SessionActor>();

  constructor(private readonly max = 10_000) {}

  get(tokenHash: string): SessionActor | undefined {
    const hint = this.hints.get(tokenHash);
    if (hint) {
      this.hints.delete(tokenHash);
      this.hints.set(tokenHash, hint);
    }
    return hint;
  }

  set(tokenHash: string, actor: SessionActor): void {
    this.hints.delete(tokenHash);
    this.hints.set(tokenHash, actor);
    if (this.hints.size > this.max) this.hints.delete(this.hints.keys().next().value as string);
  }

  delete(tokenHash: string): void {
    this.hints.delete(tokenHash);
  }
}

/** Whether two session callers are the same in everything access depends on. */
export function sameSessionActor(a: SessionActor | null, b: SessionActor | null): boolean {
  if (!a || !b) return a === b;
  if (a.kind !== b.kind || a.userId !== b.userId || a.sessionId !== b.sessionId) return false;
  if (a.kind === 'operator' || b.kind === 'operator') return true;
  return a.municipalityId === b.municipalityId && a.role === b.role && [...a.unitIds].sort().join() === [...b.unitIds].sort().join();
}
