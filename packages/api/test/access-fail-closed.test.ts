import { randomUUID } from 'node:crypto';
import { Column, DataSource, Entity } from 'typeorm';
import { Access, runWithAccess } from '../src/access/access';
import { ANONYMOUS, ApiKeyScope, StaffRole, type Actor } from '../src/access/actor';
import { assertVisibilityRules } from '../src/access/visibility';
import { ENTITIES } from '../src/database/entities';
import { toGlobalId } from '../src/graphql/global-id';
import { Node } from '../src/graphql/node';
import { paginate } from '../src/graphql/pagination';
import { manyByKeyLoader, oneByIdLoader } from '../src/loaders/loader-factory';
import { BaseService } from '../src/services/base.service';
import { createServices } from '../src/services';
import { login, startTestServer, type TestServer } from './helpers';

/**
 * The access layer fails closed:
 * - a new entity type that nobody gave a visibility rule (access/visibility.ts) stops the server from
 *   starting, and were one of its rows to reach the access layer anyway, every read path (lists,
 *   node's loader, nested fields' loaders) throws for every caller instead of handing it out;
 * - the audit entry is written in the mutation's own transaction: when its insert fails, the change
 *   is rolled back with it (docs/adr/0008-audit-in-the-transaction.md).
 */

/** A type added later (reporting rounds, say), with a municipality, but without a visibility rule. */
@Entity('survey_round')
class SurveyRound extends Node {
  @Column({ name: 'municipality_id', type: 'uuid' })
  municipalityId: string;

  @Column({ type: 'text' })
  name: string;
}

class SurveyRoundService extends BaseService<SurveyRound> {
  constructor(dataSource: DataSource) {
    super(dataSource, SurveyRound);
  }
  byMunicipality(ids: readonly string[]): Promise<SurveyRound[]> {
    return this.repository
      .createQueryBuilder('r')
      .where('r.municipality_id = ANY(:ids)', { ids: [...ids] })
      .getMany();
  }
}

describe('fail closed', () => {
  let server: TestServer;
  const sql = async <T = Record<string, any>>(text: string, params: unknown[] = []) => (await server.dataSource.query(text, params)) as T[];

  beforeAll(async () => {
    server = await startTestServer({ logLevel: 'error' });
  });
  afterAll(() => server?.stop());

  describe('a type without a visibility rule', () => {
    let dataSource: DataSource;
    let tyreso: string;
    let roundId: string;
    const callers: Array<[string, () => Actor]> = [];

    beforeAll(async () => {
      // The new type's table, in this test's own database only.
      await sql(`CREATE TABLE survey_round (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), municipality_id uuid NOT NULL, name text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(), updated_at timestamptz NOT NULL DEFAULT now(), version int NOT NULL DEFAULT 1)`);
      tyreso = (await sql(`SELECT id FROM municipality WHERE code = '0138'`))[0]?.id;
      roundId = (await sql(`INSERT INTO survey_round (municipality_id, name) VALUES ($1, 'Uppföljning 2025') RETURNING id`, [tyreso]))[0]?.id;
      dataSource = new DataSource({ type: 'postgres', url: server.database.url, entities: [...ENTITIES, SurveyRound], synchronize: false });
      await dataSource.initialize();
      callers.push(
        ['anonymous', () => ANONYMOUS],
        ['a VIEWER of its municipality', () => ({ kind: 'user', userId: randomUUID(), label: 'viewer', sessionId: randomUUID(), municipalityId: tyreso, role: StaffRole.VIEWER, unitIds: [] })],
        ['an ADMIN of its municipality', () => ({ kind: 'user', userId: randomUUID(), label: 'admin', sessionId: randomUUID(), municipalityId: tyreso, role: StaffRole.ADMIN, unitIds: [] })],
        ['a READ key of its municipality', () => ({ kind: 'key', keyId: randomUUID(), label: 'key', municipalityId: tyreso, scopes: [ApiKeyScope.READ], unitIds: null })],
        ['a platform operator', () => ({ kind: 'operator', userId: randomUUID(), label: 'operator', sessionId: randomUUID() })],
      );
    });
    afterAll(() => dataSource?.destroy());

    it('stops the server from starting: the services refuse such a data source', () => {
      expect(() => assertVisibilityRules(dataSource)).toThrow(/No visibility rule for SurveyRound \(table survey_round\)/);
      expect(() => createServices(dataSource)).toThrow(/No visibility rule for SurveyRound/);
      // The data source of the running server passes the same check.
      expect(() => assertVisibilityRules(server.dataSource)).not.toThrow();
    });

    it('lists, node and nested fields throw for every caller instead of handing its rows out', async () => {
      // The row is real: read without the access layer, it is there.
      expect(await dataSource.getRepository(SurveyRound).findOneBy({ id: roundId })).toMatchObject({ name: 'Uppföljning 2025' });
      const service = new SurveyRoundService(dataSource);
      const outcomes: string[] = [];
      for (const [name, actor] of callers) {
        const access = new Access(actor(), dataSource);
        const attempt = async (path: string, read: () => Promise<unknown>) => {
          try {
            outcomes.push(`${name} ${path}: handed out ${JSON.stringify(await read())}`);
          } catch (error) {
            outcomes.push(`${name} ${path}: ${/No visibility rule for SurveyRound/.test((error as Error).message) ? 'refused' : (error as Error).message}`);
          }
        };
        // A list: paginate adds the caller's condition, which needs a rule.
        await attempt('list', () =>
          runWithAccess(access, () => paginate(dataSource.getRepository(SurveyRound).createQueryBuilder('r'), { first: 10 }, { column: 'id', property: 'id', direction: 'ASC' } as never)),
        );
        // node(): the loader of the type.
        await attempt('node', () => oneByIdLoader(service, access).load(roundId));
        // A nested field: rows by a key (its municipality).
        await attempt('nested', () =>
          manyByKeyLoader(
            access,
            (keys) => service.byMunicipality(keys),
            (row) => row.municipalityId,
          ).load(tyreso),
        );
        // A resolver's own result (guardQuery) goes through the same check.
        await attempt('result', () => access.visible([Object.assign(new SurveyRound(), { id: roundId, municipalityId: tyreso })]));
      }
      expect(outcomes.filter((outcome) => !outcome.endsWith('refused'))).toEqual([]);
      expect(outcomes).toHaveLength(callers.length * 4);
    });
  });

  describe('the audit entry commits with the change or not at all', () => {
    let goal: string;
    let indicator: string;

    beforeAll(async () => {
      const m = toGlobalId('Municipality', (await sql(`SELECT id FROM municipality WHERE code = '0138'`))[0]?.id);
      const created = await server.gql(`mutation($d: CreateSteeringDocumentInput!) { createSteeringDocument(input: $d) { errors { code } steeringDocument { id } } }`, {
        d: { municipalityId: m, kind: 'PLAN', title: 'Granskningsplan' },
      });
      const document = created.data.createSteeringDocument.steeringDocument.id as string;
      const g = await server.gql(`mutation($g: CreateGoalInput!) { createGoal(input: $g) { errors { code } goal { id } } }`, {
        g: { steeringDocumentId: document, level: 'OVERALL_AIM', title: 'Granskat mål', description: 'Före' },
      });
      goal = g.data.createGoal.goal.id;
      const i = await server.gql(`mutation($i: CreateIndicatorInput!) { createIndicator(input: $i) { errors { code } indicator { id } } }`, {
        i: {
          municipalityId: m,
          nameSv: 'Granskad indikator',
          unit: 'COUNT',
          direction: 'INCREASE',
          periodicity: 'YEAR',
          goalIds: [goal],
          responsibleImplementationUnitId: toGlobalId(
            'OrganisationUnit',
            (await sql(`SELECT id FROM organisation_unit WHERE municipality_id = (SELECT id FROM municipality WHERE code = '0138') LIMIT 1`))[0]?.id,
          ),
          responsibleFollowUpUnitId: toGlobalId(
            'OrganisationUnit',
            (await sql(`SELECT id FROM organisation_unit WHERE municipality_id = (SELECT id FROM municipality WHERE code = '0138') LIMIT 1`))[0]?.id,
          ),
        },
      });
      indicator = i.data.createIndicator.indicator.id;
      // The audit insert fails for the calls marked below (a real PostgreSQL error, raised by a trigger).
      await sql(`CREATE FUNCTION fail_marked_audit() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF NEW.after::text LIKE '%audit-fails%' OR (NEW.operation = 'upsertMeasurements' AND (NEW.after->>'rows')::int = 3) THEN
            RAISE EXCEPTION 'the audit log refuses this entry';
          END IF;
          RETURN NEW;
        END $$`);
      await sql(`CREATE TRIGGER fail_marked_audit BEFORE INSERT ON audit_entry FOR EACH ROW EXECUTE FUNCTION fail_marked_audit()`);
    });

    const goalRow = async () => (await sql(`SELECT description, version FROM goal WHERE id = $1`, [Buffer.from(goal, 'base64url').toString().split(':')[1]]))[0];
    const audits = async (operation: string) => Number((await sql(`SELECT count(*) FROM audit_entry WHERE operation = $1`, [operation]))[0]?.count);

    it('an update whose audit insert fails changes nothing', async () => {
      const before = await goalRow();
      const entries = await audits('updateGoal');
      const answer = await server.gql(`mutation($g: UpdateGoalInput!) { updateGoal(input: $g) { errors { code } goal { id description } } }`, {
        g: { id: goal, version: before?.version, description: 'audit-fails' },
      });
      expect(answer.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      expect(await goalRow()).toEqual(before);
      expect(await audits('updateGoal')).toBe(entries);

      // The same update with an entry the log accepts: changed, and audited once.
      const ok = await server.gql(`mutation($g: UpdateGoalInput!) { updateGoal(input: $g) { errors { code } goal { description } } }`, {
        g: { id: goal, version: before?.version, description: 'Efter' },
      });
      expect(ok.data.updateGoal).toEqual({ errors: [], goal: { description: 'Efter' } });
      expect(await goalRow()).toEqual({ description: 'Efter', version: (before?.version as number) + 1 });
      expect(await audits('updateGoal')).toBe(entries + 1);
    });

    it('a create whose audit insert fails leaves no row', async () => {
      const m = toGlobalId('Municipality', (await sql(`SELECT id FROM municipality WHERE code = '0138'`))[0]?.id);
      const answer = await server.gql(`mutation($p: CreatePartnerInput!) { createPartner(input: $p) { errors { code } partner { id } } }`, {
        p: { municipalityId: m, name: 'audit-fails AB', kind: 'BUSINESS' },
      });
      expect(answer.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      expect(await sql(`SELECT id FROM partner WHERE name = 'audit-fails AB'`)).toEqual([]);
    });

    it('a bulk write whose audit insert fails writes no value and no history', async () => {
      const rows = ['2021', '2022', '2023'].map((period) => ({ indicatorId: indicator, period, sex: 'TOTAL', value: 7 }));
      const count = async () => (await sql(`SELECT (SELECT count(*) FROM measurement) + (SELECT count(*) FROM measurement_history) AS n`))[0]?.n;
      const before = await count();
      const answer = await server.gql(`mutation($input: UpsertMeasurementsInput!) { upsertMeasurements(input: $input) { upserted errors { code } } }`, { input: { rows } });
      expect(answer.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      expect(await count()).toBe(before);
      // Two rows are audited: written.
      const ok = await server.gql(`mutation($input: UpsertMeasurementsInput!) { upsertMeasurements(input: $input) { upserted errors { code } } }`, { input: { rows: rows.slice(0, 2) } });
      expect(ok.data.upsertMeasurements).toEqual({ upserted: 2, errors: [] });
      expect(Number(await count())).toBe(Number(before) + 2);
    });

    it('more concurrent mutations than the pool has connections all commit, each with its entry (one connection per mutation)', async () => {
      const m = toGlobalId('Municipality', (await sql(`SELECT id FROM municipality WHERE code = '0138'`))[0]?.id);
      const entries = await audits('createPartner');
      const answers = await Promise.all(
        Array.from({ length: 30 }, (_, n) =>
          server.gql(`mutation($p: CreatePartnerInput!) { createPartner(input: $p) { errors { code } partner { name } } }`, { p: { municipalityId: m, name: `Samtidig ${n}`, kind: 'OTHER' } }),
        ),
      );
      expect(answers.filter((answer) => answer.errors || answer.data.createPartner.errors.length)).toEqual([]);
      expect(Number((await sql(`SELECT count(*) FROM partner WHERE name LIKE 'Samtidig %'`))[0]?.count)).toBe(30);
      expect(await audits('createPartner')).toBe(entries + 30);
    });

    it('every kind of mutation runs on its one connection: with a pool of a single connection, none waits for a second', async () => {
      // Test-only: shrink the running server's pool (pg-pool reads `max` on every checkout). A service
      // that read or wrote beside the mutation's transaction would now wait for the connection its own
      // request holds, and fail after the pool's timeout.
      const pool = (server.dataSource.driver as unknown as { master: { options: { max: number } } }).master;
      const max = pool.options.max;
      pool.options.max = 1;
      try {
        const m = toGlobalId('Municipality', (await sql(`SELECT id FROM municipality WHERE code = '0138'`))[0]?.id);
        const run = async (operation: string, inputType: string, input: Record<string, unknown>, field: string): Promise<Record<string, any>> => {
          const started = Date.now();
          const answer = await server.gql(`mutation($input: ${inputType}!) { ${operation}(input: $input) { errors { code field message } ${field} { id version } } }`, { input });
          expect({ operation, errors: answer.errors ?? answer.data[operation].errors, slow: Date.now() - started > 2000 }).toEqual({ operation, errors: [], slow: false });
          return answer.data[operation][field];
        };
        const unit = await run('createOrganisationUnit', 'CreateOrganisationUnitInput', { municipalityId: m, kind: 'UNIT', name: 'En anslutning' }, 'organisationUnit');
        await run('updateOrganisationUnit', 'UpdateOrganisationUnitInput', { id: unit.id, version: unit.version, name: 'En anslutning, ändrad' }, 'organisationUnit');
        const document = await run('createSteeringDocument', 'CreateSteeringDocumentInput', { municipalityId: m, kind: 'PLAN', title: 'En anslutning', ownerUnitId: unit.id }, 'steeringDocument');
        const area = await run('createFocusArea', 'CreateFocusAreaInput', { municipalityId: m, steeringDocumentId: document.id, key: 'ONE', nameSv: 'En', nameEn: 'One' }, 'focusArea');
        const newGoal = await run(
          'createGoal',
          'CreateGoalInput',
          { steeringDocumentId: document.id, focusAreaId: area.id, level: 'COMMITTEE_GOAL', ownerUnitId: unit.id, title: 'En anslutning' },
          'goal',
        );
        await run('updateGoal', 'UpdateGoalInput', { id: newGoal.id, version: newGoal.version, description: 'Ändrad' }, 'goal');
        const newIndicator = await run(
          'createIndicator',
          'CreateIndicatorInput',
          {
            municipalityId: m,
            nameSv: 'En anslutning',
            unit: 'COUNT',
            direction: 'INCREASE',
            periodicity: 'YEAR',
            responsibleImplementationUnitId: unit.id,
            responsibleFollowUpUnitId: unit.id,
            goalIds: [newGoal.id],
          },
          'indicator',
        );
        await run('updateIndicator', 'UpdateIndicatorInput', { id: newIndicator.id, version: newIndicator.version, definition: 'Ändrad' }, 'indicator');
        await run('createTarget', 'CreateTargetInput', { indicatorId: newIndicator.id, period: '2030', value: 5 }, 'target');
        const upsert = await server.gql(`mutation($input: UpsertMeasurementsInput!) { upsertMeasurements(input: $input) { upserted errors { code } } }`, {
          input: { rows: [{ indicatorId: newIndicator.id, period: '2024', sex: 'TOTAL', value: 3 }] },
        });
        expect(upsert.data?.upsertMeasurements).toEqual({ upserted: 1, errors: [] });
        const value = toGlobalId('Measurement', (await sql(`SELECT id FROM measurement WHERE indicator_id = $1`, [Buffer.from(newIndicator.id, 'base64url').toString().split(':')[1]]))[0]?.id);
        await run('updateMeasurement', 'UpdateMeasurementInput', { id: value, version: 1, value: 4 }, 'measurement');
        const partner = await run('createPartner', 'CreatePartnerInput', { municipalityId: m, name: 'En anslutning', kind: 'OTHER' }, 'partner');
        const activity = await run(
          'createActivity',
          'CreateActivityInput',
          { municipalityId: m, title: 'En anslutning', goalIds: [newGoal.id], partnerIds: [partner.id], responsibleUnitId: unit.id },
          'activity',
        );
        await run(
          'createAgreement',
          'CreateAgreementInput',
          { municipalityId: m, kind: 'IOP', title: 'En anslutning', goalIds: [newGoal.id], partnerIds: [partner.id], activityIds: [activity.id] },
          'agreement',
        );
        const municipality = await server.gql(`{ municipality(code: "0138") { id version } }`);
        await run('updateMunicipality', 'UpdateMunicipalityInput', { id: m, version: municipality.data.municipality.version, smallCountThreshold: 5 }, 'municipality');
        await run('archiveGoal', 'ArchiveInput', { id: newGoal.id, version: newGoal.version + 1 }, 'goal');

        // Accounts: an ADMIN's mutations, and a session's.
        const password = 'en-anslutning-2026';
        await server.services.account.createUser(Buffer.from(m, 'base64url').toString().split(':')[1] as string, { email: 'admin@en.test', name: 'Admin', role: StaffRole.ADMIN, password });
        const admin = server.as({ cookie: await login(server.url, 'admin@en.test', password) });
        const asAdmin = async (query: string, variables: Record<string, unknown>) => {
          const started = Date.now();
          const answer = await admin(query, variables);
          const payload = Object.values(answer.data ?? {})[0] as { errors?: unknown[] } | undefined;
          expect({ query, errors: answer.errors ?? payload?.errors, slow: Date.now() - started > 2000 }).toEqual({ query, errors: [], slow: false });
          return payload as Record<string, any>;
        };
        const user = (await asAdmin(`mutation($i: CreateUserInput!) { createUser(input: $i) { errors { code } user { id version } } }`, { i: { email: 'ny@en.test', name: 'Ny', role: 'VIEWER' } }))
          .user;
        await asAdmin(`mutation($i: UpdateUserInput!) { updateUser(input: $i) { errors { code } } }`, { i: { id: user.id, version: user.version, name: 'Ny, ändrad' } });
        const key = (await asAdmin(`mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { errors { code } apiKey { id } } }`, { i: { name: 'En nyckel', scopes: ['READ'] } })).apiKey;
        await asAdmin(`mutation($id: ID!) { revokeApiKey(id: $id) { errors { code } } }`, { id: key.id });
        await asAdmin(`mutation($i: ChangePasswordInput!) { changePassword(input: $i) { errors { code } } }`, { i: { currentPassword: password, newPassword: 'ett-nytt-langt-losen-2026' } });
        expect(await asAdmin(`mutation { logout { loggedOut errors { code } } }`, {})).toEqual({ loggedOut: true, errors: [] });
      } finally {
        pool.options.max = max;
      }
    });

    it('a refused mutation (payload errors) and a dry run write no entry and change nothing', async () => {
      const before = await goalRow();
      const entries = await audits('updateGoal');
      const stale = await server.gql(`mutation($g: UpdateGoalInput!) { updateGoal(input: $g) { errors { code } } }`, { g: { id: goal, version: 1, description: 'Inaktuell' } });
      expect(stale.data.updateGoal.errors).toEqual([{ code: 'CONFLICT' }]);
      const dry = await server.gql(`mutation($input: UpsertMeasurementsInput!) { upsertMeasurements(input: $input) { dryRun upserted errors { code } } }`, {
        input: { dryRun: true, rows: [{ indicatorId: indicator, period: '2020', sex: 'TOTAL', value: 1 }] },
      });
      expect(dry.data.upsertMeasurements).toEqual({ dryRun: true, upserted: 1, errors: [] });
      expect(await sql(`SELECT id FROM measurement WHERE period = '2020' AND indicator_id = $1`, [Buffer.from(indicator, 'base64url').toString().split(':')[1]])).toEqual([]);
      expect(await goalRow()).toEqual(before);
      expect(await audits('updateGoal')).toBe(entries);
    });
  });
});
