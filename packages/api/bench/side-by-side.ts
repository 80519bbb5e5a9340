import path from 'node:path';
import type { DataSource } from 'typeorm';
import { publicIndicator } from '../src/access/public-sql';
import { toGlobalId } from '../src/graphql/global-id';
import type { BenchDatabase } from './database';
import { Client, percentile, type Call } from './load';
import { startPeerProcess, startServerProcess, type ServerProcess } from './server-process';

/**
 * The side-by-side section of `pnpm bench` (issue 15, docs/PERFORMANCE.md): two public reads on the
 * same database in one run, through
 *  - the built server, anonymous (public rules, small-count suppression) and logged in (the operator, who sees every row, and a VIEWER of one municipality, who sees the others' rows as the public does);
 *  - ONE hand-written SQL statement with the same public rules and suppression (peer-sql.ts);
 *  - PostGraphile 5, Amber preset, no public rules and no suppression (peer-postgraphile.ts).
 * The hand-written answer and the anonymous GraphQL answer must agree (same values, same
 * suppression) before anything is timed. Passes are interleaved (each round runs every variant in a
 * rotated order), at 1 and at 16 connections; then one sequential pass per variant with PostgreSQL
 * logging every statement's duration gives SQL statements and PostgreSQL time per request.
 */

const CONNECTIONS = Number(process.env.BENCH_SIDE_CONNECTIONS ?? 16);
const ROUNDS = Number(process.env.BENCH_SIDE_ROUNDS ?? 3);
const SCALE = Number(process.env.BENCH_SCALE ?? 1);
const PROFILE_REQUESTS = 20;

/** W1, the indicator page. */
export const W1_QUERY = /* GraphQL */ `
  query W1($id: ID!) {
    node(id: $id) {
      ... on Indicator {
        id
        nameSv
        nameEn
        definition
        unit
        decimals
        direction
        periodicity
        dividedBySex
        municipality {
          id
          code
          name
        }
        responsibleImplementationUnit {
          id
          name
        }
        responsibleFollowUpUnit {
          id
          name
        }
        targets {
          period
          sex
          value
        }
        series(from: "2015", to: "2024") {
          period
          sex
          value
          status
        }
      }
    }
  }
`;

/** W2, the strategy tree. */
export const W2_QUERY = /* GraphQL */ `
  query W2($code: String!) {
    municipality(code: $code) {
      id
      name
      steeringDocuments {
        id
        title
        focusAreas {
          key
          nameSv
          goals {
            ...GoalFigures
            children {
              ...GoalFigures
            }
          }
        }
      }
    }
  }
  fragment GoalFigures on Goal {
    id
    title
    ownerUnit {
      id
      name
    }
    indicators {
      id
      nameSv
      unit
      latestMeasurements {
        period
        sex
        value
        status
      }
    }
  }
`;

/** The same shapes in PostGraphile's schema, with the conditions it can express (active rows, municipality level, final values). */
const PG_W1 = /* GraphQL */ `
  query W1($id: UUID!) {
    indicatorByRowId(rowId: $id) {
      id
      nameSv
      nameEn
      definition
      unit
      decimals
      direction
      periodicity
      dividedBySex
      municipalityByMunicipalityId {
        id
        code
        name
      }
      organisationUnitByResponsibleImplementationUnitId {
        id
        name
      }
      organisationUnitByResponsibleFollowUpUnitId {
        id
        name
      }
      targetsByIndicatorId(condition: { archivedAt: null }, orderBy: [PERIOD_START_ASC, SEX_ASC]) {
        nodes {
          period
          sex
          value
        }
      }
      measurementsByIndicatorId(condition: { organisationUnitId: null, archivedAt: null, status: "FINAL" }, orderBy: [PERIOD_START_ASC, SEX_ASC]) {
        nodes {
          period
          sex
          value
          status
        }
      }
    }
  }
`;

const PG_W2 = /* GraphQL */ `
  query W2($code: String!) {
    allMunicipalities(condition: { code: $code, archivedAt: null }) {
      nodes {
        id
        name
        steeringDocumentsByMunicipalityId(condition: { archivedAt: null, status: "ADOPTED" }, orderBy: [DECISION_DATE_DESC, TITLE_ASC]) {
          nodes {
            id
            title
            focusAreasBySteeringDocumentId(condition: { archivedAt: null }, orderBy: [SORT_ORDER_ASC]) {
              nodes {
                key
                nameSv
                goalsByFocusAreaId(condition: { archivedAt: null, level: "COMMITTEE_GOAL" }, orderBy: [SORT_ORDER_ASC, TITLE_ASC]) {
                  nodes {
                    ...GoalFigures
                    goalsByParentId(condition: { archivedAt: null }, orderBy: [SORT_ORDER_ASC, TITLE_ASC]) {
                      nodes {
                        ...GoalFigures
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  }
  fragment GoalFigures on Goal {
    id
    title
    organisationUnitByOwnerUnitId {
      id
      name
    }
    goalIndicatorsByGoalId {
      nodes {
        indicatorByIndicatorId {
          id
          nameSv
          unit
          published
          measurementsByIndicatorId(condition: { organisationUnitId: null, archivedAt: null, status: "FINAL" }, orderBy: [PERIOD_START_DESC, SEX_ASC], first: 3) {
            nodes {
              period
              sex
              value
              status
            }
          }
        }
      }
    }
  }
`;

type Workload = 'W1' | 'W2';
interface Variant {
  name: string;
  send(workload: Workload, n: number): Promise<Call>;
  close(): void;
}

interface Sample {
  latencies: number[];
  seconds: number;
  requests: number;
}

function ms(value: number): string {
  return !Number.isFinite(value) ? '-' : value < 10 ? value.toFixed(2) : value < 100 ? value.toFixed(1) : value.toFixed(0);
}

function table(headers: string[], rows: string[][]): string {
  const widths = headers.map((header, i) => Math.max(header.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] as number) : cell.padStart(widths[i] as number))).join('  ');
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

function ok(call: Call, what: string): Call {
  if (call.status !== 200 || call.body.errors?.length) throw new Error(`${what} failed (${call.status}): ${JSON.stringify(call.body.errors ?? call.body).slice(0, 600)}`);
  return call;
}

/** Runs `requests` calls over `connections` workers; every call must succeed. */
async function pass(variant: Variant, workload: Workload, requests: number, connections: number, offset: number): Promise<Sample> {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    for (;;) {
      const n = next;
      next += 1;
      if (n >= requests) return;
      const call = ok(await variant.send(workload, offset + n), `${variant.name} ${workload}`);
      latencies.push(call.ms);
    }
  };
  await Promise.all(Array.from({ length: connections }, worker));
  return { latencies, seconds: (performance.now() - started) / 1000, requests };
}

/** Numbers as JSON gives them, keys in order: the two answers must be equal as text. */
const canonical = (value: unknown): string => JSON.stringify(value);

function countSuppressed(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((sum: number, item) => sum + countSuppressed(item), 0);
  if (value && typeof value === 'object') {
    const own = (value as { status?: string }).status === 'SUPPRESSED' ? 1 : 0;
    return own + Object.values(value).reduce((sum: number, item) => sum + countSuppressed(item), 0);
  }
  return 0;
}

/** Statement and duration lines of PostgreSQL's log (log_min_duration_statement = 0). */
class StatementLog {
  statements = 0;
  milliseconds = 0;
  /** Milliseconds by phase and the statement's first words (BENCH_SIDE_STATEMENTS=1 prints them). */
  readonly byStatement = new Map<string, number>();
  listen = (line: string) => {
    const match = /duration: ([\d.]+) ms\s+(statement|execute|parse|bind)[^:]*:\s*(.*)/.exec(line);
    if (!match) return;
    this.milliseconds += Number(match[1]);
    if (match[2] === 'statement' || match[2] === 'execute') this.statements += 1;
    const key = `${match[2]} ${(match[3] ?? '').replace(/\s+/g, ' ').slice(0, 110)}`;
    this.byStatement.set(key, (this.byStatement.get(key) ?? 0) + Number(match[1]));
  };
  reset() {
    this.statements = 0;
    this.milliseconds = 0;
    this.byStatement.clear();
  }
}

export interface SideBySideInput {
  database: BenchDatabase;
  dataSource: DataSource;
  server: ServerProcess;
  /** Headers of a logged-in caller (the operator's session). */
  loggedIn: Record<string, string>;
  /** Headers of a VIEWER of one municipality, who sees the others' rows as the public does. */
  staff: Record<string, string>;
  out: (line?: string) => void;
}

/** The staff variant: a VIEWER of one municipality, who reads the others' rows as the public does. */
const STAFF = 'Inkludera logged in, staff';

/** A difference with its sign. */
const signed = (value: number) => `${value >= 0 ? '+' : '−'}${Math.abs(value).toFixed(2)}`;

export async function sideBySide({ database, dataSource, server, loggedIn, staff, out }: SideBySideInput): Promise<void> {
  // Some small counts, so that suppression has work to do in both reads (2020 in the series, 2024 the
  // latest values); each total changed with its women's value, so that counts still add up (the
  // bench's later upsert of these values is checked for that).
  await dataSource.query(`
    WITH small AS (
      UPDATE measurement m SET value = 3
      FROM indicator i
      WHERE i.id = m.indicator_id AND i.unit = 'COUNT' AND m.sex = 'WOMEN' AND m.period IN ('2020', '2024') AND m.organisation_unit_id IS NULL
        AND get_byte(uuid_send(i.id), 15) % 4 = 0
      RETURNING m.indicator_id, m.period
    )
    UPDATE measurement t SET value = 3 + men.value
    FROM small s
    JOIN measurement men ON men.indicator_id = s.indicator_id AND men.period = s.period AND men.sex = 'MEN' AND men.organisation_unit_id IS NULL
    WHERE t.indicator_id = s.indicator_id AND t.period = s.period AND t.sex = 'TOTAL' AND t.organisation_unit_id IS NULL`);
  await dataSource.query('ANALYZE measurement');
  const publicIds = ((await dataSource.query(`SELECT i.id FROM indicator i WHERE ${publicIndicator('i')} ORDER BY i.id`)) as Array<{ id: string }>).map((row) => row.id);
  const codes = ((await dataSource.query(`SELECT code FROM municipality ORDER BY code`)) as Array<{ code: string }>).map((row) => row.code);
  const pick = <T>(list: T[], n: number) => list[(n * 7919) % list.length] as T;

  const peers: ServerProcess[] = [];
  const variants: Variant[] = [];
  const clients: Client[] = [];
  const client = (url: string, headers: Record<string, string> = {}) => {
    const c = new Client(url, CONNECTIONS, headers);
    clients.push(c);
    return c;
  };
  try {
    const anonymous = client(server.url);
    const operator = client(server.url, loggedIn);
    const graphql = (c: Client) => (workload: Workload, n: number) =>
      workload === 'W1' ? c.post(W1_QUERY, { id: toGlobalId('Indicator', pick(publicIds, n)) }) : c.post(W2_QUERY, { code: pick(codes, n) });
    variants.push({ name: 'Inkludera anonymous', send: graphql(anonymous), close: () => undefined });
    variants.push({ name: 'Inkludera logged in', send: graphql(operator), close: () => undefined });
    variants.push({ name: STAFF, send: graphql(client(server.url, staff)), close: () => undefined });
    // BENCH_BEFORE_MAIN=<an older build's main.js>: that build too, anonymous and as staff, in the same rounds (before/after on one loaded machine).
    if (process.env.BENCH_BEFORE_MAIN) {
      const before = await startServerProcess(database.url, path.resolve(process.env.BENCH_BEFORE_MAIN));
      peers.push(before);
      variants.push({ name: 'Inkludera anonymous, before', send: graphql(client(before.url)), close: () => undefined });
      variants.push({ name: `${STAFF}, before`, send: graphql(client(before.url, staff)), close: () => undefined });
    }

    const sqlPeer = await startPeerProcess('peer-sql.js', database.url);
    peers.push(sqlPeer);
    const sql = client(sqlPeer.url);
    variants.push({
      name: 'one SQL statement',
      send: (workload, n) => (workload === 'W1' ? sql.postJson('/w1', { id: pick(publicIds, n) }) : sql.postJson('/w2', { code: pick(codes, n) })),
      close: () => undefined,
    });

    let postgraphileNote = '';
    try {
      const pgPeer = await startPeerProcess('peer-postgraphile.js', database.url, process.env.BENCH_PG_SCHEMA_OUT ? { PEER_SCHEMA_OUT: process.env.BENCH_PG_SCHEMA_OUT } : {});
      peers.push(pgPeer);
      const pg = client(pgPeer.url);
      const postgraphile: Variant = {
        name: 'PostGraphile 5',
        send: (workload, n) => (workload === 'W1' ? pg.post(PG_W1, { id: pick(publicIds, n) }) : pg.post(PG_W2, { code: pick(codes, n) })),
        close: () => undefined,
      };
      ok(await postgraphile.send('W1', 0), 'PostGraphile W1');
      ok(await postgraphile.send('W2', 0), 'PostGraphile W2');
      variants.push(postgraphile);
    } catch (error) {
      postgraphileNote = `PostGraphile 5 left out: ${(error as Error).message.split('\n')[0]}`;
    }

    // The answers agree before anything is timed: the hand-written statement against anonymous GraphQL.
    const anon = variants[0] as Variant;
    const hand = variants.find((v) => v.name === 'one SQL statement') as Variant;
    let compared = 0;
    let suppressed = 0;
    const checks: Array<[Workload, number]> = [
      ...Array.from({ length: Math.min(publicIds.length, 40) }, (_, k) => ['W1', k] as [Workload, number]),
      ...Array.from({ length: Math.min(codes.length, 8) }, (_, k) => ['W2', k] as [Workload, number]),
    ];
    // Staff read other municipalities' rows as the public does: the same answers, but for their own municipality's.
    const staffVariant = variants.find((v) => v.name === STAFF) as Variant;
    let staffSame = 0;
    for (const [workload, n] of checks) {
      const a = ok(await anon.send(workload, n), `anonymous ${workload}`).body.data;
      if (canonical(ok(await staffVariant.send(workload, n), `staff ${workload}`).body.data) === canonical(a)) staffSame += 1;
      const b = ok(await hand.send(workload, n), `hand-written ${workload}`).body.data;
      if (canonical(a) !== canonical(b)) {
        throw new Error(`${workload} #${n}: the hand-written statement and anonymous GraphQL disagree:\n  graphql: ${canonical(a).slice(0, 1500)}\n  sql:     ${canonical(b).slice(0, 1500)}`);
      }
      const before = variants.find((v) => v.name === 'Inkludera anonymous, before');
      if (before && canonical(ok(await before.send(workload, n), `before ${workload}`).body.data) !== canonical(a)) {
        throw new Error(`${workload} #${n}: the older build (BENCH_BEFORE_MAIN) answers anonymous callers differently`);
      }
      compared += 1;
      suppressed += countSuppressed(a);
    }
    if (suppressed === 0) throw new Error('no suppressed value among the compared answers: the check would not show that suppression agrees');

    // Interleaved passes: every round runs every variant, in an order rotated by one each round.
    const requests = { W1: { 1: Math.round(100 * SCALE), n: Math.round(240 * SCALE) }, W2: { 1: Math.round(30 * SCALE), n: Math.round(80 * SCALE) } };
    const samples = new Map<string, Sample[]>();
    const add = (key: string, sample: Sample) => samples.set(key, [...(samples.get(key) ?? []), sample]);
    for (const variant of variants) for (const workload of ['W1', 'W2'] as const) await pass(variant, workload, 10, 4, 900_000); // warm-up
    for (let round = 0; round < ROUNDS; round += 1) {
      const order = variants.map((_, i) => variants[(i + round) % variants.length] as Variant);
      for (const workload of ['W1', 'W2'] as const) {
        for (const variant of order) {
          add(`${variant.name}|${workload}|1`, await pass(variant, workload, requests[workload][1], 1, round * 1000));
          add(`${variant.name}|${workload}|n`, await pass(variant, workload, requests[workload].n, CONNECTIONS, round * 1000 + 500));
        }
      }
    }
    const summary = (key: string) => {
      const list = samples.get(key) ?? [];
      const latencies = list.flatMap((s) => s.latencies).sort((a, b) => a - b);
      const seconds = list.reduce((sum, s) => sum + s.seconds, 0);
      return { p50: percentile(latencies, 50), p99: percentile(latencies, 99), perSecond: list.reduce((sum, s) => sum + s.requests, 0) / seconds };
    };

    // SQL statements and PostgreSQL time per request, from PostgreSQL's own log (embedded server only).
    const profile = new Map<string, { statements: number; ms: number; header: number; kilobytes: number }>();
    if (database.onLog) {
      const log = new StatementLog();
      try {
        await dataSource.query('ALTER SYSTEM SET log_min_duration_statement = 0');
        await dataSource.query('SELECT pg_reload_conf()');
        await new Promise((resolve) => setTimeout(resolve, 300));
        database.onLog(log.listen);
        for (const variant of variants) {
          for (const workload of ['W1', 'W2'] as const) {
            await new Promise((resolve) => setTimeout(resolve, 200));
            log.reset();
            let header = 0;
            let bytes = 0;
            for (let n = 0; n < PROFILE_REQUESTS; n += 1) {
              const call = ok(await variant.send(workload, 2000 + n), variant.name);
              header += call.sqlStatements;
              bytes += call.bytesReceived;
            }
            await new Promise((resolve) => setTimeout(resolve, 300));
            profile.set(`${variant.name}|${workload}`, {
              statements: log.statements / PROFILE_REQUESTS,
              ms: log.milliseconds / PROFILE_REQUESTS,
              header: header / PROFILE_REQUESTS,
              kilobytes: bytes / PROFILE_REQUESTS / 1000,
            });
            if (process.env.BENCH_SIDE_STATEMENTS === '1') {
              out(`PostgreSQL time per request by statement, ${variant.name} ${workload}:`);
              for (const [key, total] of [...log.byStatement].sort((a, b) => b[1] - a[1]).slice(0, 12)) out(`  ${ms(total / PROFILE_REQUESTS).padStart(6)} ms  ${key}`);
            }
          }
        }
      } finally {
        database.onLog(null);
        await dataSource.query('ALTER SYSTEM RESET log_min_duration_statement');
        await dataSource.query('SELECT pg_reload_conf()');
      }
    }

    out(
      `side by side (issue 15): W1 indicator page (node(id), metadata, municipality, both units, all targets, series 2015–2024) over ${publicIds.length.toLocaleString('en')} public indicators; ` +
        `W2 strategy tree (municipality(code) → documents → areas → goals → indicators' latest values → sub-goals) over ${codes.length} municipalities`,
    );
    out(
      `answers agree: ${compared} answers of the hand-written statement equal anonymous GraphQL's${process.env.BENCH_BEFORE_MAIN ? ' (and the older build’s)' : ''}, ${suppressed} suppressed values among them`,
    );
    out(
      `staff (a VIEWER of one municipality) got the anonymous answer in ${staffSame} of ${compared} of them (the others read its own municipality); the operator reads every row, drafts and unpublished indicators too, so its answers are larger (kB/answer)`,
    );
    if (postgraphileNote) out(postgraphileNote);
    out(`${ROUNDS} interleaved rounds; 1 and ${CONNECTIONS} connections; load generator in the bench process; PostgreSQL time = sum of its logged parse/bind/execute durations`);
    const reference = (workload: Workload) => summary(`one SQL statement|${workload}|1`).p50;
    const graphileRate = (workload: Workload) => (variants.some((v) => v.name === 'PostGraphile 5') ? summary(`PostGraphile 5|${workload}|n`).perSecond : NaN);
    const rows: string[][] = [];
    for (const workload of ['W1', 'W2'] as const) {
      for (const variant of variants) {
        const one = summary(`${variant.name}|${workload}|1`);
        const many = summary(`${variant.name}|${workload}|n`);
        const p = profile.get(`${variant.name}|${workload}`);
        rows.push([
          `${workload} ${variant.name}`,
          ms(one.p50),
          ms(one.p99),
          one.perSecond.toFixed(0),
          ms(many.p50),
          ms(many.p99),
          many.perSecond.toFixed(0),
          `${(one.p50 / reference(workload)).toFixed(1)}×`,
          Number.isFinite(graphileRate(workload)) ? `${(many.perSecond / graphileRate(workload)).toFixed(2)}×` : '-',
          p ? p.statements.toFixed(1) : '-',
          p ? ms(p.ms) : '-',
          p ? p.kilobytes.toFixed(1) : '-',
        ]);
      }
    }
    out(
      table(
        [
          'read, served by',
          'p50 ms (1)',
          'p99 ms (1)',
          'req/s (1)',
          `p50 ms (${CONNECTIONS})`,
          `p99 ms (${CONNECTIONS})`,
          `req/s (${CONNECTIONS})`,
          'p50 / SQL',
          `req/s / PostGraphile`,
          'SQL/req',
          'PG ms/req',
          'kB/answer',
        ],
        rows,
      ),
    );
    // The "logged in no slower than anonymous", for the same answers: staff against the public.
    for (const workload of ['W1', 'W2'] as const) {
      const [a1, s1] = [summary(`Inkludera anonymous|${workload}|1`), summary(`${STAFF}|${workload}|1`)];
      const [an, sn] = [summary(`Inkludera anonymous|${workload}|n`), summary(`${STAFF}|${workload}|n`)];
      out(
        `${workload} logged in (staff) / anonymous: p50 at 1 connection ${ms(s1.p50)} / ${ms(a1.p50)} ms (${signed(s1.p50 - a1.p50)} ms), ` +
          `req/s at ${CONNECTIONS} connections ${sn.perSecond.toFixed(0)} / ${an.perSecond.toFixed(0)} (${(sn.perSecond / an.perSecond).toFixed(2)}×)`,
      );
    }
    out();
  } finally {
    for (const c of clients) c.close();
    for (const variant of variants) variant.close();
    for (const peer of peers) await peer.stop().catch(() => undefined);
  }
}
