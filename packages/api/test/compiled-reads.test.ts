import type { DataSource } from 'typeorm';
import { periodStart, toPeriod } from '@inkludera/shared';
import { publicIndicator } from '../src/access/public-sql';
import { loadConfig } from '../src/config';
import { PeriodType, Sex } from '../src/graphql/enums';
import { STAFF_ONLY_FIELDS } from '../src/access/policy';
import { assertStandIns, publicReadModel } from '../src/graphql/compiled/model';
import { MAX_PREPARED } from '../src/graphql/compiled/plugin';
import { toGlobalId } from '../src/graphql/global-id';
import { Measurement } from '../src/modules/measurement/measurement.entity';
import { createLogger, startServer, type RunningServer } from '../src/server';
import { postGraphQL, startTestServer, type GraphQLResult, type TestServer } from './helpers';
import { ApiKeyScope, StaffRole } from '../src/access/actor';
import { DEMO_API_KEYS } from '../src/database/seed/demo-users';
import { User } from '../src/modules/account/user.entity';

/**
 * The compiled public reads (src/graphql/compiled/, ADR 0017) answer anonymous queries with ONE SQL
 * statement. Here every field they compile is asked of both paths on the same database, by one server
 * with them (the default) and one without (COMPILED_READS=false), anonymously, as the platform operator,
 * as a VIEWER of Tyresö and with Tyresö's read-only API key (their own rows, other municipalities' public ones): the answers must be equal as JSON
 * text, field order included, and the compiled ones must have run one statement. Small counts are
 * made to be suppressed first, so that suppression is compared too.
 */

const UNIT = 'id __typename name kind version externalId';
const MEASUREMENT = 'period periodType sex value numerator denominator status footnote source version reportedBy';
const INDICATOR = `
  id __typename nameSv nameEn definition unit decimals direction periodicity dividedBySex published sensitive source sourceKind
  sourceReference sharedCode licence baselinePeriod baselineValue responsibleImplementationRole responsibleFollowUpRole version
  municipality { id code name organisationNumber smallCountThreshold version }
  responsibleImplementationUnit { ${UNIT} }
  responsibleFollowUpUnit { ${UNIT} municipality { code } }
  targets { period sex value version comment }
  womenTargets: targets(sex: WOMEN, from: "2020") { period value }
  series(from: "2000", to: "2030") { ${MEASUREMENT} }
  menSeries: series(sex: MEN) { period value status }
  latestMeasurements { ${MEASUREMENT} }
`;
const GOAL = `id __typename title description level sortOrder startPeriod endPeriod version ownerUnit { ${UNIT} } municipality { code } indicators { ${INDICATOR} }`;

const W1 = /* GraphQL */ `
  query W1($id: ID!) {
    node(id: $id) {
      ... on Indicator {
        ${INDICATOR}
      }
    }
  }
`;

const TREE = /* GraphQL */ `
  query Tree($code: String!, $withGoals: Boolean!) {
    kind: __typename
    municipality(code: $code) {
      id
      code
      name
      steeringDocuments {
        id title kind status description decidedBy registrationNumber currentVersionNumber version
        municipality { name }
        focusAreas {
          id key nameSv nameEn description sortOrder version
          goals @include(if: $withGoals) {
            ...Figures
            children { ...Figures children { id title } }
          }
        }
      }
    }
  }
  fragment Figures on Goal {
    ${GOAL}
  }
`;

const NODE = /* GraphQL */ `
  query Node($id: ID!) {
    node(id: $id) {
      id
      __typename
      ... on Goal {
        title
        children {
          title
        }
        indicators {
          nameSv
          latestMeasurements {
            value
            status
          }
        }
      }
      ... on FocusArea {
        key
        goals {
          title
        }
      }
      ... on SteeringDocument {
        title
        focusAreas {
          key
        }
      }
      ... on OrganisationUnit {
        name
        municipality {
          code
        }
      }
      ... on Municipality {
        name
        steeringDocuments {
          title
        }
      }
      ... on Target {
        period
        value
        comment
      }
    }
  }
`;

describe('compiled public reads: the same answers as the resolvers, in one statement', () => {
  let server: TestServer;
  let plain: RunningServer;
  // The server without compiled reads really used the resolvers: more than two statements per answer overall.
  let resolverStatements = 0;
  let asked = 0;

  beforeAll(async () => {
    server = await startTestServer();
    const config = { ...loadConfig({ NODE_ENV: 'test' }), port: 0, host: '127.0.0.1', databaseUrl: server.database.url, compiledReads: false, preparedStatements: false, seedDemo: false };
    plain = await startServer(config, createLogger(config));
  });
  afterAll(async () => {
    expect(resolverStatements).toBeGreaterThan(2 * asked);
    await plain?.close();
    await server?.stop();
  });

  /** The callers whose paths differ: the public, the platform operator, Tyresö's VIEWER and Tyresö's read-only API key. */
  let callers: Array<{ name: string; headers: Record<string, string> }> = [];
  beforeAll(async () => {
    const viewer = await server.dataSource.getRepository(User).findOneByOrFail({ email: 'lasare@tyreso.demo' });
    const readKey = DEMO_API_KEYS.find((key) => key.scopes.length === 1);
    if (!readKey) throw new Error('the demo data has no read-only API key');
    callers = [
      { name: 'anonymous', headers: {} },
      { name: 'operator', headers: server.operatorHeaders },
      { name: 'viewer', headers: { cookie: `inkludera_session=${(await server.services.account.openSession(viewer)).token}` } },
      { name: 'api key', headers: { authorization: `Bearer ${readKey.key}` } },
    ];
    // A VIEWER of another municipality: the same compiled statements, with another municipality in them (cache.ts).
    const [other] = (await server.dataSource.query(`SELECT id FROM municipality WHERE code <> '0138' ORDER BY code LIMIT 1`)) as Array<{ id: string }>;
    if (!other) throw new Error('the demo data has one municipality only');
    const { user } = await server.services.account.createUserFromCli({
      email: 'granne@annan.test',
      name: 'Grannkommunens läsare',
      role: StaffRole.VIEWER,
      municipalityId: other.id,
      password: 'ett långt lösenord för läsaren i kommunen bredvid',
    });
    callers.push({ name: 'viewer of another municipality', headers: { cookie: `inkludera_session=${(await server.services.account.openSession(user)).token}` } });
    // An API key notes its last use once a minute: done here, outside the requests that are counted.
    for (const { headers } of callers) await postGraphQL(server.url, '{ __typename }', {}, headers);
  });

  /**
   * Asks both servers as every caller; the answers must be equal, and the compiled ones a single
   * statement besides the caller's authentication. Returns the anonymous answer.
   */
  async function same(query: string, variables: Record<string, unknown>): Promise<GraphQLResult> {
    const answers: GraphQLResult[] = [];
    for (const { name, headers } of callers) {
      // What authentication costs this caller (a session or key lookup), with nothing else to read.
      const authentication = (await postGraphQL(server.url, '{ __typename }', {}, headers)).sqlStatements;
      const compiled = await postGraphQL(server.url, query, variables, headers);
      const resolved = await postGraphQL(plain.url, query, variables, headers);
      expect(resolved.errors).toBeUndefined();
      expect({ caller: name, data: JSON.stringify(compiled.data) }).toEqual({ caller: name, data: JSON.stringify(resolved.data) });
      expect(compiled.errors).toBeUndefined();
      expect({ caller: name, statements: compiled.sqlStatements }).toEqual({ caller: name, statements: authentication + 1 });
      resolverStatements += resolved.sqlStatements;
      asked += 1;
      answers.push(compiled);
    }
    return answers[0] as GraphQLResult;
  }

  it('answers the indicator page of every public indicator as the resolvers do, small counts suppressed alike', async () => {
    const ds = server.dataSource;
    const rows = (await ds.query(`SELECT i.id, i.municipality_id FROM indicator i WHERE ${publicIndicator('i')} ORDER BY i.name_sv, i.id`)) as Array<{ id: string; municipality_id: string }>;
    expect(rows.length).toBeGreaterThan(3);
    // Small counts (protected, and a sex below the threshold) for the first public indicator.
    const [first] = rows as [{ id: string; municipality_id: string }];
    await ds.query('UPDATE indicator SET sensitive = true WHERE id = $1', [first.id]);
    await ds.query(`DELETE FROM measurement WHERE indicator_id = $1 AND period IN ('2001', '2002')`, [first.id]);
    await ds.getRepository(Measurement).insert(
      ['2001', '2002'].flatMap((period) =>
        [Sex.TOTAL, Sex.WOMEN, Sex.MEN].map((sex) => ({
          municipalityId: first.municipality_id,
          indicatorId: first.id,
          period,
          periodType: PeriodType.YEAR,
          periodStart: periodStart(toPeriod(period)),
          sex,
          value: sex === Sex.TOTAL ? 21 : sex === Sex.WOMEN ? 2 : 19,
        })),
      ),
    );
    let suppressed = 0;
    for (const row of rows) {
      const answer = await same(W1, { id: toGlobalId('Indicator', row.id) });
      const node = (answer.data as { node: { series: Array<{ status: string }> } }).node;
      suppressed += node.series.filter((m) => m.status === 'SUPPRESSED').length;
    }
    expect(suppressed).toBeGreaterThan(0);
  });

  it('answers the strategy tree of every municipality (and none for an unknown code) as the resolvers do', async () => {
    const codes = ((await server.dataSource.query('SELECT code FROM municipality ORDER BY code')) as Array<{ code: string }>).map((row) => row.code);
    expect(codes.length).toBeGreaterThan(1);
    let goals = 0;
    let values = 0;
    for (const code of [...codes, '9999']) {
      for (const withGoals of [true, false]) {
        const answer = (await same(TREE, { code, withGoals })).data as { municipality: any };
        const found = (answer.municipality?.steeringDocuments ?? []).flatMap((d: any) => d.focusAreas.flatMap((a: any) => a.goals ?? []));
        goals += found.length;
        values += found.flatMap((g: any) => g.indicators.flatMap((i: any) => i.latestMeasurements)).length;
      }
    }
    expect(goals).toBeGreaterThan(3);
    expect(values).toBeGreaterThan(3);
  });

  it('answers node() of every public type as the resolvers do, and null for what is not public', async () => {
    const ds = server.dataSource;
    const ids: Array<[string, string]> = [];
    for (const [type, table] of [
      ['Goal', 'goal'],
      ['FocusArea', 'focus_area'],
      ['SteeringDocument', 'steering_document'],
      ['OrganisationUnit', 'organisation_unit'],
      ['Municipality', 'municipality'],
      ['Target', 'target'],
      ['Indicator', 'indicator'],
    ] as const) {
      // Public rows and others alike: the latter must come back null from both paths.
      for (const { id } of (await ds.query(`SELECT id FROM ${table} ORDER BY id LIMIT 6`)) as Array<{ id: string }>) ids.push([type, id]);
    }
    const found = new Set<string>();
    for (const [type, id] of ids) if ((await same(NODE, { id: toGlobalId(type, id) })).data?.node) found.add(type);
    expect([...found].sort()).toEqual(['FocusArea', 'Goal', 'Indicator', 'Municipality', 'OrganisationUnit', 'SteeringDocument', 'Target']);
  });

  it('runs a compiled read and the session lookup as named prepared statements, never more than MAX_PREPARED reads on a connection, and none when turned off', async () => {
    const [{ id }] = (await server.dataSource.query(`SELECT i.id FROM indicator i WHERE ${publicIndicator('i')} LIMIT 1`)) as Array<{ id: string }>;
    for (let k = 0; k < 20; k += 1) expect((await server.anonymous(W1, { id: toGlobalId('Indicator', id) })).errors).toBeUndefined();
    // Every connection of the pool at once (each holds its own prepared statements).
    // The operator's session is looked up by a named statement too (every logged-in request runs it).
    for (let k = 0; k < 3; k += 1) expect((await server.gql(W1, { id: toGlobalId('Indicator', id) })).errors).toBeUndefined();
    // Every connection of the pool at once (each holds its own prepared statements).
    const prepared = async (ds: DataSource) =>
      (await Promise.all(
        Array.from({ length: 10 }, () =>
          ds.query(
            `SELECT (SELECT count(*) FROM pg_prepared_statements WHERE name LIKE 'inkludera_read_%')::int AS reads,
                    (SELECT count(*) FROM pg_prepared_statements WHERE name = 'inkludera_session_actor')::int AS sessions,
                    (SELECT count(*) FROM pg_prepared_statements WHERE name LIKE 'inkludera%')::int AS named, pg_sleep(0.1)`,
          ),
        ),
      )) as Array<Array<{ reads: number; sessions: number; named: number }>>;
    const counts = (await prepared(server.dataSource)).map(([row]) => row as { reads: number; sessions: number });
    expect(Math.max(...counts.map((row) => row.reads))).toBeGreaterThan(0);
    expect(Math.max(...counts.map((row) => row.reads))).toBeLessThanOrEqual(MAX_PREPARED);
    expect(Math.max(...counts.map((row) => row.sessions))).toBe(1);
    // PREPARED_STATEMENTS=false (the server without compiled reads, asked by every kind of caller above): none at all.
    expect(Math.max(...(await prepared(plain.dataSource)).map(([row]) => (row as { named: number }).named))).toBe(0);
  });

  it('stops the start when a staff-only field would be compiled as a column, or a stand-in is not staff-only', () => {
    const model = publicReadModel(server.dataSource);
    expect(() => assertStandIns(model)).not.toThrow();
    expect(() => assertStandIns(model, { ...STAFF_ONLY_FIELDS, 'Indicator.definition': null })).toThrow(/Indicator.definition is staff-only but has no stand-in/);
    const { 'Target.comment': _comment, ...withoutComment } = STAFF_ONLY_FIELDS;
    expect(() => assertStandIns(model, withoutComment)).toThrow(/Target.comment has a stand-in but is not staff-only/);
  });

  it('leaves to the resolvers what it does not compile, and refuses a key without READ as before', async () => {
    const [{ id }] = (await server.dataSource.query(`SELECT i.id FROM indicator i WHERE ${publicIndicator('i')} LIMIT 1`)) as Array<{ id: string }>;
    const variables = { id: toGlobalId('Indicator', id) };
    // A field the model does not know (progress) → the resolvers, more than one statement, no error.
    const uncompiled = await server.anonymous(`query($id: ID!) { node(id: $id) { ... on Indicator { nameSv goals { title } } } }`, variables);
    expect(uncompiled.errors).toBeUndefined();
    expect(uncompiled.sqlStatements).toBeGreaterThan(1);
    // A malformed period: the resolvers' own error.
    const bad = await server.anonymous(`query($id: ID!) { node(id: $id) { ... on Indicator { series(from: "tjugo") { value } } } }`, variables);
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    // An API key without READ reads nothing, as before (the resolvers refuse it).
    const [{ municipality_id: tyreso }] = (await server.dataSource.query(`SELECT id AS municipality_id FROM municipality WHERE code = '0138'`)) as Array<{ municipality_id: string }>;
    const writeOnly = await server.services.account.createApiKey(tyreso as string, null, { name: 'Bara utfall', scopes: [ApiKeyScope.WRITE_MEASUREMENTS] });
    const refused = await postGraphQL(server.url, W1, variables, { authorization: `Bearer ${writeOnly.key}` });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(refused.data?.node ?? null).toBeNull();
    // The operator's history of a value is not compiled (the public's stand-in is).
    const history = await server.gql(`query($id: ID!) { node(id: $id) { ... on Indicator { series { history { changedAt } } } } }`, variables);
    expect(history.errors).toBeUndefined();
    expect(history.sqlStatements).toBeGreaterThan(1);
  });
});
