import { In, IsNull, type DataSource } from 'typeorm';
import { queryOnPrimary } from '../../database/prepared';
import { ApiKeyScope, StaffRole, type KeyActor, type OperatorActor, type StaffActor } from '../../access/actor';
import { dummyHash, hashPassword, newPassword, newToken, passwordProblem, tokenHash, verifyPassword } from '../../access/secrets';
import { whereSearch } from '../../graphql/filters';
import { expectGlobalId } from '../../graphql/global-id';
import { paginate, type ConnectionArgs, type Page } from '../../graphql/pagination';
import { DomainError } from '../../graphql/user-error';
import { OrganisationUnit } from '../organisation-unit/organisation-unit.entity';
import { ApiKey, ApiKeyUnit } from './api-key.entity';
import { AuditEntry } from './audit-entry.entity';
import type { CreateApiKeyInput, CreateUserInput, UpdateUserInput } from './dto/account.input';
import { Session } from './session.entity';
import { OPERATOR_ROLE, User, UserUnit, isStaffRole } from './user.entity';
import { inTransaction, managerOf } from '../../services/unit-of-work';

export interface AccountSettings {
  /** Session lifetime. */
  sessionHours: number;
  /** Failed logins of one email address within the window before it is locked. */
  loginMaxFailures: number;
  /** The failure window and the lock, in seconds. */
  loginLockSeconds: number;
  /** The session and key lookups of every request as named prepared statements (PREPARED_STATEMENTS). */
  preparedStatements: boolean;
}

/** Failed logins from one client address before it is locked (many people may share an address). */
const IP_FAILURE_FACTOR = 4;
const LOGIN_FAILED = 'The email address or the password is wrong.';
/** Last-used times are written at most this often per key. */
const LAST_USED_RESOLUTION_MS = 60_000;

/** A throttle key (`email:…` or `ip:…`) and the attempts it may have per window. */
interface ThrottleLimit {
  key: string;
  limit: number;
}

/** Checks a password against its argon2id hash; replaceable in tests that count the checks. */
export type PasswordCheck = (passwordHash: string, password: string) => Promise<boolean>;

export interface LoginResult {
  token: string;
  expiresAt: Date;
  user: User;
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** The password given (refused as WEAK_PASSWORD when it is too weak), or a new one. */
function choosePassword(given: string | undefined, email: string): string {
  const password = given ?? newPassword();
  const problem = passwordProblem(password, email);
  if (problem) throw DomainError.of('WEAK_PASSWORD', problem, 'password');
  return password;
}

/**
 * The user of a live session, by the token's hash in the parameter `hash`, with their units: one row
 * or none. Also run inside compiled reads, to check a session hint (graphql/compiled/plugin.ts).
 */
export const sessionActorSql = (hash: string) => `
SELECT s.id AS session_id, u.id, u.email, u.role, u.municipality_id,
       ARRAY(SELECT uu.unit_id FROM app_user_unit uu WHERE uu.user_id = u.id ORDER BY uu.unit_id) AS unit_ids
FROM session s
JOIN app_user u ON u.id = s.user_id AND u.disabled_at IS NULL
LEFT JOIN municipality m ON m.id = u.municipality_id
WHERE s.token_hash = ${hash} AND s.expires_at > now() AND (u.municipality_id IS NULL OR m.archived_at IS NULL)`;

const SESSION_ACTOR = sessionActorSql('$1');

/** A row of sessionActorSql. */
export interface SessionActorRow {
  session_id: string;
  id: string;
  email: string;
  role: string;
  municipality_id: string | null;
  unit_ids: string[];
}

/** The caller a row of sessionActorSql names; null for none (or a role that is neither staff nor operator). */
export function actorOfSessionRow(row: SessionActorRow | null | undefined): OperatorActor | StaffActor | null {
  if (!row) return null;
  if (row.role === OPERATOR_ROLE) return { kind: 'operator', userId: row.id, label: row.email, sessionId: row.session_id };
  if (!isStaffRole(row.role) || !row.municipality_id) return null;
  return {
    kind: 'user',
    userId: row.id,
    label: row.email,
    sessionId: row.session_id,
    municipalityId: row.municipality_id,
    role: row.role,
    unitIds: row.unit_ids,
  };
}

/** A key that is not revoked (by the token's hash), of an active municipality, with its units. */
const KEY_ACTOR = `
SELECT k.id, k.name, k.municipality_id, k.scopes, array_agg(ku.unit_id) FILTER (WHERE ku.unit_id IS NOT NULL) AS unit_ids
FROM api_key k
JOIN municipality m ON m.id = k.municipality_id AND m.archived_at IS NULL
LEFT JOIN api_key_unit ku ON ku.api_key_id = k.id
WHERE k.token_hash = $1 AND k.revoked_at IS NULL
GROUP BY k.id`;

/**
 * Users, sessions, API keys and the audit log. Passwords are argon2id hashes; session and API key
 * tokens are random and stored as SHA-256 only.
 */
export class AccountService {
  private readonly keyUsedAt = new Map<string, number>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly settings: AccountSettings,
    private readonly checkPassword: PasswordCheck = verifyPassword,
  ) {}

  // ------------------------------------------------------------- who is calling

  /** The user of a live session token, in one statement; null when the token is unknown, expired or the user disabled. */
  async actorForSession(token: string): Promise<OperatorActor | StaffActor | null> {
    const [row] = await queryOnPrimary<SessionActorRow>(
      this.dataSource,
      SESSION_ACTOR,
      [tokenHash(token)],
      this.settings.preparedStatements ? 'inkludera_session_actor' : undefined,
    );
    return actorOfSessionRow(row);
  }

  /** The API key a Bearer token names, in one statement; null when unknown or revoked. Notes the last use (to the minute). */
  async actorForKey(token: string): Promise<KeyActor | null> {
    const [row] = await queryOnPrimary<{ id: string; name: string; municipality_id: string; scopes: ApiKeyScope[]; unit_ids: string[] | null }>(
      this.dataSource,
      KEY_ACTOR,
      [tokenHash(token)],
      this.settings.preparedStatements ? 'inkludera_key_actor' : undefined,
    );
    if (!row) return null;
    const now = Date.now();
    if (now - (this.keyUsedAt.get(row.id) ?? 0) >= LAST_USED_RESOLUTION_MS) {
      this.keyUsedAt.set(row.id, now);
      await this.dataSource.query(`UPDATE api_key SET last_used_at = now() WHERE id = $1`, [row.id]);
    }
    return { kind: 'key', keyId: row.id, label: row.name, municipalityId: row.municipality_id, scopes: row.scopes, unitIds: row.unit_ids };
  }

  // ------------------------------------------------------------- login

  /**
   * Checks the password and opens a session. An unknown email and a wrong password get the same
   * answer and take as long; after `loginMaxFailures` failures for one email (or four times as many
   * from one client address) within the window, every attempt is refused until the lock ends.
   *
   * Every attempt first reserves a slot in PostgreSQL (`reserveAttempt`, one transaction with row
   * locks), and only an attempt that got a slot has its password checked: however many attempts
   * arrive at once, and at whichever API process, at most `loginMaxFailures` passwords are checked
   * per email and window. A failed check keeps its slot (it is the failure); a successful login
   * clears the email's count and gives the address its slot back.
   */
  async login(emailGiven: string, password: string, clientAddress: string): Promise<LoginResult> {
    const email = normaliseEmail(emailGiven);
    const limits = this.loginLimits(email, clientAddress);
    const reservation = await this.reserveAttempt(limits);
    if ('waitSeconds' in reservation) throw this.throttled(reservation.waitSeconds);

    const user = await this.dataSource.getRepository(User).findOneBy({ email });
    let ok = false;
    if (user && !user.disabledAt) ok = await this.checkPassword(user.passwordHash, password);
    else await this.checkPassword(await dummyHash(), password); // as slow as a real check
    if (!ok || !user) {
      if (await this.lockIfLast(limits, reservation.slots)) throw this.throttled(this.settings.loginLockSeconds);
      throw DomainError.of('LOGIN_FAILED', LOGIN_FAILED, null);
    }
    // The email's count (and any lock a concurrent failure set) ends; the address gets its slot back.
    await this.dataSource.query(
      `WITH cleared AS (DELETE FROM login_throttle WHERE key = $1)
       UPDATE login_throttle SET failures = greatest(failures - 1, 0) WHERE key = $2 AND locked_until IS NULL`,
      [limits[0].key, limits[1].key],
    );
    return this.openSession(user);
  }

  /** The throttle keys of an attempt and how many attempts each may have per window. */
  private loginLimits(email: string, clientAddress: string): [ThrottleLimit, ThrottleLimit] {
    const max = this.settings.loginMaxFailures;
    return [
      { key: `email:${email}`, limit: max },
      { key: `ip:${clientAddress}`.slice(0, 300), limit: max * IP_FAILURE_FACTOR },
    ];
  }

  /**
   * Reserves one attempt for every key, or none. Gives the attempt's slot number per key (1 for
   * the first attempt of a window), or the seconds to wait when a key is locked or every slot of
   * its window is taken by attempts that failed or are still being checked. The rows are locked,
   * in key order (so that two attempts cannot deadlock), for the statements of this transaction
   * only, never while a password is checked.
   */
  private async reserveAttempt(limits: ThrottleLimit[]): Promise<{ slots: Map<string, number> } | { waitSeconds: number }> {
    const window = this.settings.loginLockSeconds;
    const keys = limits.map((l) => l.key).sort();
    return this.dataSource.transaction(async (manager) => {
      // An upsert that changes nothing but locks each row, new or not, until the end of the transaction.
      const rows = (await manager.query(
        `INSERT INTO login_throttle AS t (key, failures, window_started_at)
         SELECT k, 0, now() FROM unnest($1::varchar[]) WITH ORDINALITY AS u(k, n) ORDER BY n
         ON CONFLICT (key) DO UPDATE SET key = t.key
         RETURNING t.key,
                   coalesce(t.locked_until > now(), false) AS locked,
                   ceil(extract(epoch FROM t.locked_until - now()))::int AS seconds_left,
                   CASE WHEN t.locked_until IS NOT NULL OR t.window_started_at <= now() - make_interval(secs => $2) THEN 0 ELSE t.failures END AS used`,
        [keys, window],
      )) as Array<{ key: string; locked: boolean; seconds_left: number | null; used: number }>;
      const locked = rows.filter((row) => row.locked).map((row) => row.seconds_left ?? window);
      if (locked.length) return { waitSeconds: Math.max(...locked) };
      const limitOf = (key: string) => limits.find((l) => l.key === key)?.limit ?? 0;
      if (rows.some((row) => row.used >= limitOf(row.key))) return { waitSeconds: window };
      const taken = (await manager.query(
        `UPDATE login_throttle SET
           failures = CASE WHEN locked_until IS NOT NULL OR window_started_at <= now() - make_interval(secs => $2) THEN 1 ELSE failures + 1 END,
           window_started_at = CASE WHEN locked_until IS NOT NULL OR window_started_at <= now() - make_interval(secs => $2) THEN now() ELSE window_started_at END,
           locked_until = NULL
         WHERE key = ANY($1::varchar[])
         RETURNING key, failures`,
        [keys, window],
      )) as unknown;
      // TypeORM answers an UPDATE … RETURNING on PostgreSQL with [rows, affected count].
      const updated = (Array.isArray(taken) && Array.isArray(taken[0]) ? taken[0] : taken) as Array<{ key: string; failures: number }>;
      return { slots: new Map(updated.map((row) => [row.key, row.failures])) };
    });
  }

  /**
   * After a failed check: locks every key for which this attempt had the window's last slot, as
   * the last of the allowed failures does when attempts come one by one. True when it locked one.
   */
  private async lockIfLast(limits: ThrottleLimit[], slots: Map<string, number>): Promise<boolean> {
    const last = limits.filter((l) => (slots.get(l.key) ?? 0) >= l.limit).map((l) => l.key);
    if (!last.length) return false;
    await this.dataSource.query(`UPDATE login_throttle SET locked_until = coalesce(locked_until, now() + make_interval(secs => $2)) WHERE key = ANY($1::varchar[])`, [
      last,
      this.settings.loginLockSeconds,
    ]);
    return true;
  }

  private throttled(seconds: number): DomainError {
    const minutes = Math.max(1, Math.ceil(seconds / 60));
    return DomainError.of('TOO_MANY_ATTEMPTS', `Too many failed logins. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`, null);
  }

  /** Opens a session for a user whose password was checked (or for tests and tools). */
  async openSession(user: User): Promise<LoginResult> {
    const token = newToken('ses');
    const expiresAt = new Date(Date.now() + this.settings.sessionHours * 3_600_000);
    await this.dataSource.getRepository(Session).insert({ tokenHash: tokenHash(token), userId: user.id, expiresAt });
    await this.dataSource.query(`UPDATE app_user SET last_login_at = now() WHERE id = $1`, [user.id]);
    await this.dataSource.query(`DELETE FROM session WHERE user_id = $1 AND expires_at < now()`, [user.id]);
    return { token, expiresAt, user };
  }

  async logout(sessionId: string): Promise<void> {
    await managerOf(this.dataSource).getRepository(Session).delete({ id: sessionId });
  }

  /** Changes the caller's own password; every other session of the user ends. */
  async changePassword(userId: string, sessionId: string, current: string, next: string): Promise<User> {
    const user = await managerOf(this.dataSource).getRepository(User).findOneByOrFail({ id: userId });
    if (!(await verifyPassword(user.passwordHash, current))) throw DomainError.of('LOGIN_FAILED', 'The current password is wrong.', 'currentPassword');
    const problem = passwordProblem(next, user.email);
    if (problem) throw DomainError.of('WEAK_PASSWORD', problem, 'newPassword');
    await inTransaction(this.dataSource, async (manager) => {
      await manager.update(User, { id: userId }, { passwordHash: await hashPassword(next) });
      await manager.query(`DELETE FROM session WHERE user_id = $1 AND id <> $2`, [userId, sessionId]);
    });
    return managerOf(this.dataSource).getRepository(User).findOneByOrFail({ id: userId });
  }

  // ------------------------------------------------------------- users

  findUsers(ids: readonly string[]): Promise<User[]> {
    return managerOf(this.dataSource)
      .getRepository(User)
      .findBy({ id: In([...ids]) });
  }

  async unitIdsOfUsers(userIds: readonly string[]): Promise<UserUnit[]> {
    return managerOf(this.dataSource)
      .getRepository(UserUnit)
      .findBy({ userId: In([...userIds]) });
  }

  async unitIdsOfKeys(keyIds: readonly string[]): Promise<ApiKeyUnit[]> {
    return managerOf(this.dataSource)
      .getRepository(ApiKeyUnit)
      .findBy({ apiKeyId: In([...keyIds]) });
  }

  listUsers(municipalityId: string, args: ConnectionArgs, search?: string | null): Promise<Page<User>> {
    const qb = managerOf(this.dataSource).getRepository(User).createQueryBuilder('u').where('u.municipality_id = :municipalityId', { municipalityId });
    whereSearch(qb, ['u.email', 'u.name'], search ?? undefined);
    return paginate(qb, args, { column: 'email', property: 'email' });
  }

  /** Creates a staff user; without a password given, one is made and returned once. */
  async createUser(municipalityId: string, input: CreateUserInput): Promise<{ user: User; initialPassword: string | null }> {
    const { user, password } = await this.insertUser({ ...input, municipalityId, password: input.password ?? undefined }, (manager) =>
      this.resolveUnits(manager, municipalityId, input.role, input.unitIds ?? []),
    );
    return { user, initialPassword: input.password ? null : password };
  }

  /**
   * One new user in one transaction: the given password (or a new one) checked, the email free,
   * the units (for an EDITOR) resolved by `units` inside the transaction.
   */
  private async insertUser(
    input: { email: string; name: string; role: StaffRole | typeof OPERATOR_ROLE; municipalityId: string | null; password?: string },
    units: (manager: DataSource['manager']) => Promise<string[]> = async () => [],
  ): Promise<{ user: User; password: string }> {
    const email = normaliseEmail(input.email);
    const password = choosePassword(input.password, email);
    return inTransaction(this.dataSource, async (manager) => {
      if (await manager.getRepository(User).existsBy({ email })) {
        throw DomainError.of('DUPLICATE', `There is already a user with the email ${email}.`, 'email');
      }
      const unitIds = await units(manager);
      const repository = manager.getRepository(User);
      const user = await repository.save(
        repository.create({ email, name: input.name.trim(), role: input.role, municipalityId: input.municipalityId, passwordHash: await hashPassword(password), disabledAt: null }),
      );
      if (unitIds.length) await manager.getRepository(UserUnit).insert(unitIds.map((unitId) => ({ userId: user.id, unitId })));
      return { user, password };
    });
  }

  async updateUser(municipalityId: string, input: UpdateUserInput): Promise<{ user: User }> {
    return inTransaction(this.dataSource, async (manager) => {
      const id = expectGlobalId(input.id, 'User', 'id');
      const current = await manager.getRepository(User).findOneBy({ id, municipalityId });
      if (!current) throw DomainError.of('NOT_FOUND', `No User has the id ${input.id}.`, 'id');
      const role = input.role ?? (current.role as StaffRole);
      const patch: Partial<User> = {};
      if (input.name !== undefined && input.name !== null) patch.name = input.name.trim();
      if (input.role) patch.role = input.role;
      if (input.disabled !== undefined && input.disabled !== null) patch.disabledAt = input.disabled ? (current.disabledAt ?? new Date()) : null;
      if (input.unitIds || input.role) {
        const existing = input.unitIds ? null : (await manager.getRepository(UserUnit).findBy({ userId: id })).map((link) => link.unitId);
        const unitIds = await this.resolveUnits(manager, municipalityId, role, input.unitIds ?? existing ?? [], Boolean(input.unitIds));
        await manager.getRepository(UserUnit).delete({ userId: id });
        if (unitIds.length) await manager.getRepository(UserUnit).insert(unitIds.map((unitId) => ({ userId: id, unitId })));
      }
      const result = await manager
        .createQueryBuilder()
        .update(User)
        .set({ ...patch, version: () => 'version + 1' } as never)
        .where('id = :id AND version = :version', { id, version: input.version })
        .execute();
      if (!result.affected) throw DomainError.of('CONFLICT', `The User was changed by someone else; reload it and try again.`, 'version');
      if (patch.disabledAt) await manager.query(`DELETE FROM session WHERE user_id = $1`, [id]);
      return { user: await manager.getRepository(User).findOneByOrFail({ id }) };
    });
  }

  /** An EDITOR names at least one unit of the municipality; other roles name none. */
  private async resolveUnits(manager: DataSource['manager'], municipalityId: string, role: StaffRole, globalIds: readonly string[], given = true): Promise<string[]> {
    if (role !== StaffRole.EDITOR) {
      if (given && globalIds.length) throw DomainError.of('INVALID', 'unitIds: only an EDITOR is limited to units.', 'unitIds');
      return [];
    }
    if (!globalIds.length) throw DomainError.of('REQUIRED', 'unitIds: an EDITOR names the units they may change.', 'unitIds');
    const ids = globalIds.map((globalId, index) => expectGlobalId(globalId, 'OrganisationUnit', `unitIds[${index}]`));
    return this.requireUnits(manager, municipalityId, ids, globalIds);
  }

  private async requireUnits(manager: DataSource['manager'], municipalityId: string, ids: string[], globalIds: readonly string[]): Promise<string[]> {
    const found = await manager.getRepository(OrganisationUnit).findBy({ id: In(ids), municipalityId, archivedAt: IsNull() });
    const known = new Set(found.map((unit) => unit.id));
    const missing = ids.findIndex((id) => !known.has(id));
    if (missing >= 0) throw DomainError.of('NOT_FOUND', `No OrganisationUnit has the id ${globalIds[missing]}.`, `unitIds[${missing}]`);
    return [...known];
  }

  // ------------------------------------------------------------- API keys

  listApiKeys(municipalityId: string, args: ConnectionArgs): Promise<Page<ApiKey>> {
    const qb = managerOf(this.dataSource).getRepository(ApiKey).createQueryBuilder('k').where('k.municipality_id = :municipalityId', { municipalityId });
    return paginate(qb, args, { column: 'created_at', property: 'createdAt' });
  }

  /** Creates a key; the key itself is returned here once and never again. */
  async createApiKey(municipalityId: string, createdByUserId: string | null, input: CreateApiKeyInput): Promise<{ apiKey: ApiKey; key: string }> {
    const scopes = [...new Set(input.scopes)];
    if (!scopes.length) throw DomainError.of('REQUIRED', 'scopes: name at least one scope.', 'scopes');
    return inTransaction(this.dataSource, async (manager) => {
      const unitGlobalIds = input.unitIds ?? [];
      const unitIds = unitGlobalIds.length
        ? await this.requireUnits(
            manager,
            municipalityId,
            unitGlobalIds.map((globalId, index) => expectGlobalId(globalId, 'OrganisationUnit', `unitIds[${index}]`)),
            unitGlobalIds,
          )
        : [];
      const key = newToken('ink');
      const repository = manager.getRepository(ApiKey);
      const apiKey = await repository.save(
        repository.create({
          municipalityId,
          name: input.name.trim(),
          prefix: key.slice(0, 12),
          tokenHash: tokenHash(key),
          scopes,
          createdByUserId,
          lastUsedAt: null,
          revokedAt: null,
        }),
      );
      if (unitIds.length) await manager.getRepository(ApiKeyUnit).insert(unitIds.map((unitId) => ({ apiKeyId: apiKey.id, unitId })));
      return { apiKey, key };
    });
  }

  async revokeApiKey(municipalityId: string | null, globalId: string): Promise<{ apiKey: ApiKey }> {
    const id = expectGlobalId(globalId, 'ApiKey', 'id');
    const repository = managerOf(this.dataSource).getRepository(ApiKey);
    const current = await repository.findOneBy({ id });
    if (!current || (municipalityId !== null && current.municipalityId !== municipalityId)) throw DomainError.of('NOT_FOUND', `No ApiKey has the id ${globalId}.`, 'id');
    if (!current.revokedAt) await repository.update({ id }, { revokedAt: new Date() });
    return { apiKey: await repository.findOneByOrFail({ id }) };
  }

  // ------------------------------------------------------------- audit

  listAudit(
    municipalityId: string | null,
    args: ConnectionArgs,
    filter: { objectId?: string | null; operation?: string | null; actorId?: string | null; from?: Date | null; to?: Date | null },
  ): Promise<Page<AuditEntry>> {
    const qb = managerOf(this.dataSource).getRepository(AuditEntry).createQueryBuilder('a');
    if (municipalityId) qb.where('a.municipality_id = :municipalityId', { municipalityId });
    if (filter.objectId) qb.andWhere('a.object_id = :objectId', { objectId: filter.objectId });
    if (filter.operation) qb.andWhere('a.operation = :operation', { operation: filter.operation });
    if (filter.actorId) qb.andWhere('a.actor_id = :actorId', { actorId: filter.actorId });
    if (filter.from) qb.andWhere('a.at >= :from', { from: filter.from });
    if (filter.to) qb.andWhere('a.at <= :to', { to: filter.to });
    return paginate(qb, args, { column: 'at', property: 'at', direction: 'DESC' });
  }

  // ------------------------------------------------------------- command line

  /** For `pnpm admin`: a user of any role (OPERATOR included) with a given or generated password. */
  createUserFromCli(input: {
    email: string;
    name: string;
    role: StaffRole | typeof OPERATOR_ROLE;
    municipalityId: string | null;
    password?: string;
  }): Promise<{ user: User; password: string }> {
    return this.insertUser(input);
  }

  /** For `pnpm admin`: sets a new password (given or generated) and ends the user's sessions. */
  async resetPassword(emailGiven: string, password?: string): Promise<string> {
    const email = normaliseEmail(emailGiven);
    const user = await this.dataSource.getRepository(User).findOneBy({ email });
    if (!user) throw DomainError.of('NOT_FOUND', `No user has the email ${email}.`, 'email');
    const next = choosePassword(password, email);
    await this.dataSource.getRepository(User).update({ id: user.id }, { passwordHash: await hashPassword(next) });
    await this.dataSource.query(`DELETE FROM session WHERE user_id = $1`, [user.id]);
    await this.dataSource.query(`DELETE FROM login_throttle WHERE key = $1`, [`email:${email}`]);
    return next;
  }
}
