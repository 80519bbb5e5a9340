import 'reflect-metadata';
import os from 'node:os';
import type { DataSource } from 'typeorm';
import { OPERATOR_ROLE } from '../src/modules/account/user.entity';
import { StaffRole } from '../src/access/actor';
import { createDataSource } from '../src/database/data-source';
import { createServices } from '../src/services';
import { toGlobalId } from '../src/graphql/global-id';
import { openBenchDatabase } from './database';
import { coldExport, measureCopy, measureExport, publishAll, type ExportResult } from './export';
import { generate, YEARS, type GeneratedMunicipality } from './generate';
import { Client, RoundRobin, load, type Call, type LoadResult } from './load';
import { startServerProcess, type ServerProcess } from './server-process';
import { sideBySide } from './side-by-side';

/**
 * The benchmark: generates national-scale data into a fresh database, starts the built server in a
 * process of its own and measures from this process over HTTP on loopback:
 *  - the deepest nested read (municipality → documents → focus areas → goals → sub-goals →
 *    indicators → latest values, targets, and women's and men's series for a period range) and a
 *    single indicator read (node(id) with ten years of series): p50/p99 latency alone and under
 *    concurrent load, requests per second, SQL statements per request;
 *  - that the nested read's statement count does not depend on the amount of data;
 *  - one upsertMeasurements of 10,000 rows.
 * Every loop is bounded in count; nothing but 127.0.0.1 is contacted.
 */

const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);
const SCALE = Number(process.env.BENCH_SCALE ?? 1); // multiplies the request counts
/** BENCH_SECTIONS=side runs only the side-by-side section (docs/PERFORMANCE.md); the default runs all. */
const SECTIONS = process.env.BENCH_SECTIONS ?? 'all';
/** V8 old space of the server that measures the export's memory: below what holding the export's rows would take. */
const CAPPED_HEAP_MIB = 160;

const NESTED_QUERY = /* GraphQL */ `
  query Nested($code: String!) {
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
            id
            title
            indicators {
              ...Figures
            }
            children {
              id
              title
              indicators {
                ...Figures
              }
            }
          }
        }
      }
    }
  }
  fragment Figures on Indicator {
    id
    nameSv
    unit
    latestMeasurements {
      period
      sex
      value
    }
    targets(from: "2025", to: "2030") {
      period
      sex
      value
    }
    women: series(from: "2015", to: "2024", sex: WOMEN) {
      period
      value
      status
    }
    men: series(from: "2015", to: "2024", sex: MEN) {
      period
      value
      status
    }
  }
`;

const INDICATOR_QUERY = /* GraphQL */ `
  query Indicator($id: ID!) {
    node(id: $id) {
      id
      ... on Indicator {
        nameSv
        unit
        decimals
        dividedBySex
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

const UPSERT_FIELDS = 'dryRun upserted inserted updated restored unchanged errors { index field code message }';

interface UpsertRow {
  indicatorId: string;
  organisationUnitId?: string;
  period: string;
  sex: string;
  value: number;
  reportedBy: string;
}

function ms(value: number): string {
  return value < 10 ? value.toFixed(2) : value < 100 ? value.toFixed(1) : value.toFixed(0);
}

function table(headers: string[], rows: string[][]): string {
  const widths = headers.map((header, i) => Math.max(header.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] as number) : cell.padStart(widths[i] as number))).join('  ');
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** A user and a session for the load (a cookie header): a platform operator, or staff of `municipalityId`. */
async function session(dataSource: DataSource, role: StaffRole | typeof OPERATOR_ROLE, municipalityId: string | null): Promise<Record<string, string>> {
  const { account } = createServices(dataSource);
  const { user } = await account.createUserFromCli({ email: `bench-${role.toLowerCase()}@inkludera.test`, name: 'Benchmark', role, municipalityId });
  return { cookie: `inkludera_session=${(await account.openSession(user)).token}` };
}

/** 10,000 rows of one municipality: every stored municipality-level value changed, then new values of five units. */
async function upsertRows(dataSource: DataSource, m: GeneratedMunicipality): Promise<{ rows: UpsertRow[]; changed: number; added: number }> {
  const storedRows: Array<{ indicator_id: string; period: string; sex: string; value: string }> = await dataSource.query(
    `SELECT indicator_id, period, sex, value FROM measurement WHERE municipality_id = $1 AND organisation_unit_id IS NULL ORDER BY indicator_id, period, sex DESC`,
    [m.id],
  );
  const kind = new Map(m.indicators.map((i) => [i.id, i.unit]));
  const rows: UpsertRow[] = storedRows.map((row) => {
    const value = Number(row.value);
    const step = kind.get(row.indicator_id) === 'COUNT' ? (row.sex === 'TOTAL' ? 2 : 1) : 0.1;
    return { indicatorId: toGlobalId('Indicator', row.indicator_id), period: row.period, sex: row.sex, value: Math.round((value + step) * 10) / 10, reportedBy: 'bench' };
  });
  const changed = rows.length;
  outer: for (const unitId of m.units.slice(1, 6)) {
    for (const indicator of m.indicators) {
      for (const year of YEARS) {
        const women = 10 + (year % 7);
        const men = 12 + (year % 5);
        const values = indicator.unit === 'COUNT' ? { TOTAL: women + men, WOMEN: women, MEN: men } : { TOTAL: 50.5, WOMEN: 48.5, MEN: 52.5 };
        for (const sex of ['TOTAL', 'WOMEN', 'MEN'] as const) {
          if (rows.length >= 10_000) break outer;
          rows.push({
            indicatorId: toGlobalId('Indicator', indicator.id),
            organisationUnitId: toGlobalId('OrganisationUnit', unitId),
            period: String(year),
            sex,
            value: values[sex],
            reportedBy: 'bench',
          });
        }
      }
    }
  }
  return { rows, changed, added: rows.length - changed };
}

async function upsert(client: Client, rows: UpsertRow[], dryRun: boolean): Promise<Call> {
  const call = await client.post(`mutation($input: UpsertMeasurementsInput!) { upsertMeasurements(input: $input) { ${UPSERT_FIELDS} } }`, { input: { rows, dryRun } });
  const result = call.body.data?.upsertMeasurements as { errors: unknown[] } | undefined;
  if (call.status !== 200 || call.body.errors?.length || !result || result.errors.length) {
    throw new Error(`upsertMeasurements failed (${call.status}): ${JSON.stringify(call.body).slice(0, 800)}`);
  }
  return call;
}

export async function run(): Promise<void> {
  const out = (line = '') => process.stdout.write(`${line}\n`);
  const database = await openBenchDatabase();
  const dataSource = createDataSource({ url: database.url, poolSize: 2 });
  let server: ServerProcess | undefined;
  let client: Client | undefined;
  try {
    await dataSource.initialize();
    await dataSource.runMigrations();
    const [{ version }] = await dataSource.query('SELECT version()');

    const started = performance.now();
    const data = await generate(dataSource);
    const generationSeconds = (performance.now() - started) / 1000;
    server = await startServerProcess(database.url);

    out('Inkludera API benchmark');
    out(`machine: ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB; node ${process.version}; ${String(version).split(',')[0]}`);
    out(`database: ${database.where}`);
    out(`server: dist/main.js in its own process (pid ${server.pid}), NODE_ENV=production, SQL statement header on; load from this process over HTTP on loopback`);
    out(
      `data: ${Object.entries(data.counts)
        .map(([what, n]) => `${n.toLocaleString('en')} ${what}`)
        .join(', ')}; generated in ${generationSeconds.toFixed(1)} s`,
    );
    out();

    // The load runs as a platform operator: every municipality, both reads and writes.
    const operatorHeaders = await session(dataSource, OPERATOR_ROLE, null);
    // The side by side also as a VIEWER of the last municipality: other municipalities' rows as the public sees them.
    const staffHeaders = await session(dataSource, StaffRole.VIEWER, (data.municipalities[data.municipalities.length - 1] as GeneratedMunicipality).id);
    // First, before the export below publishes every indicator: half of them are published here.
    await sideBySide({ database, dataSource, server, loggedIn: operatorHeaders, staff: staffHeaders, out });
    if (SECTIONS === 'side') return;
    client = new Client(server.url, CONCURRENCY, operatorHeaders);
    const codes = data.municipalities.map((m) => m.code);
    const indicatorIds = data.municipalities.flatMap((m) => m.indicators.map((i) => toGlobalId('Indicator', i.id)));
    const pick = <T>(list: T[], n: number) => list[(n * 7919) % list.length] as T;
    const nested = (n: number) => ({ query: NESTED_QUERY, variables: { code: pick(codes, n) } });
    const single = (n: number) => ({ query: INDICATOR_QUERY, variables: { id: pick(indicatorIds, n) } });

    // Statement count against the amount of data: a municipality with 3 indicators vs one with 60.
    const smallCall = await client.post(NESTED_QUERY, { code: data.small.code });
    const largeCall = await client.post(NESTED_QUERY, { code: codes[0] });
    const goalsOf = (call: Call) => (call.body.data?.municipality?.steeringDocuments ?? []).flatMap((d: any) => d.focusAreas.flatMap((a: any) => a.goals.flatMap((g: any) => [g, ...g.children])));
    const indicatorsOf = (call: Call) => goalsOf(call).flatMap((g: any) => g.indicators);
    const seriesOf = (call: Call) => indicatorsOf(call).reduce((sum: number, i: any) => sum + i.women.length + i.men.length, 0);

    const results: Array<[string, LoadResult]> = [];
    const scenarios: Array<[string, (n: number) => { query: string; variables?: Record<string, unknown> }, number]> = [
      ['nested read', nested, 200],
      ['indicator read', single, 1000],
    ];
    for (const [name, make, requests] of scenarios) {
      results.push([`${name}, 1 client`, await load(client, { requests: Math.round((requests / 2) * SCALE), concurrency: 1, warmUp: 20 }, make)]);
      results.push([`${name}, ${CONCURRENCY} clients`, await load(client, { requests: Math.round(requests * SCALE), concurrency: CONCURRENCY, warmUp: 20 }, make)]);
    }

    // One upsert of 10,000 rows, then the same rows again (all unchanged), then a dry run.
    const { rows, changed, added } = await upsertRows(dataSource, data.municipalities[1] as GeneratedMunicipality);
    const historyBefore = Number((await dataSource.query('SELECT count(*) FROM measurement_history'))[0].count);
    const first = await upsert(client, rows, false);
    const historyAfter = Number((await dataSource.query('SELECT count(*) FROM measurement_history'))[0].count);
    const again = await upsert(client, rows, false);
    const dry = await upsert(client, rows, true);

    out(
      table(
        ['read', 'requests', 'clients', 'p50 ms', 'p99 ms', 'req/s', 'SQL/request'],
        results.map(([name, r]) => [
          name,
          String(r.requests),
          String(r.concurrency),
          ms(r.p50),
          ms(r.p99),
          r.perSecond.toFixed(0),
          r.statements.min === r.statements.max ? String(r.statements.min) : `${r.statements.min}–${r.statements.max}`,
        ]),
      ),
    );
    out();
    out(
      table(
        ['nested read of', 'goals', 'indicators', 'series values', 'SQL statements'],
        [
          [`municipality ${data.small.code} (small)`, String(goalsOf(smallCall).length), String(indicatorsOf(smallCall).length), String(seriesOf(smallCall)), String(smallCall.sqlStatements)],
          [`municipality ${codes[0]} (full)`, String(goalsOf(largeCall).length), String(indicatorsOf(largeCall).length), String(seriesOf(largeCall)), String(largeCall.sqlStatements)],
        ],
      ),
    );
    out();
    const upsertResult = (call: Call) => call.body.data?.upsertMeasurements as Record<string, number>;
    out(
      table(
        ['upsertMeasurements of 10,000 rows', 'ms', 'upserted', 'unchanged', 'SQL'],
        [
          [
            `${changed.toLocaleString('en')} changed + ${added.toLocaleString('en')} new`,
            ms(first.ms),
            String(upsertResult(first).upserted),
            String(upsertResult(first).unchanged),
            String(first.sqlStatements),
          ],
          ['the same rows again (all unchanged)', ms(again.ms), String(upsertResult(again).upserted), String(upsertResult(again).unchanged), String(again.sqlStatements)],
          ['the same rows, dryRun', ms(dry.ms), String(upsertResult(dry).upserted), String(upsertResult(dry).unchanged), String(dry.sqlStatements)],
        ],
      ),
    );
    out(`sent as JSON variables, ${(first.bytesSent / 1e6).toFixed(2)} MB; history entries written: ${(historyAfter - historyBefore).toLocaleString('en')}`);
    out();

    // The national open-data export: every indicator published, then one CSV over HTTP beside COPY.
    const publishedValues = await publishAll(dataSource);
    const cold = await coldExport(server.url);
    const exported = await measureExport(server.url, server.pid);
    // The export's own memory: three exports from a second server whose V8 old space is capped below
    // what the export's rows would take if they were held (522,090 rows, 110 MB of CSV). It can only
    // finish by streaming, and its RSS growth is then the export's, not the room V8 gives itself on
    // a large machine: uncapped, the server's RSS rises to the same peak (about 370 MiB here) from
    // wherever it starts, so its "growth" only says how much the process held before.
    const capped = await startServerProcess(database.url, undefined, [`--max-old-space-size=${CAPPED_HEAP_MIB}`]);
    const cappedExports: ExportResult[] = [];
    try {
      for (let k = 0; k < 3; k += 1) cappedExports.push(await measureExport(capped.url, capped.pid));
    } finally {
      await capped.stop();
    }
    const cappedExport = [...cappedExports].sort((a, b) => a.peakRssGrowthMiB - b.peakRssGrowthMiB)[1] as ExportResult;
    const copied = await measureCopy(database.url, dataSource);
    out(
      table(
        ['national CSV export', 'rows', 'MB', 's', 'rows/s', 'server RSS growth MiB'],
        [
          [
            'GET /open/v1/values.csv (streamed, snapshot fresh)',
            exported.rows.toLocaleString('en'),
            (exported.bytes / 1e6).toFixed(1),
            exported.seconds.toFixed(2),
            exported.rowsPerSecond.toFixed(0),
            exported.peakRssGrowthMiB.toFixed(1),
          ],
          [
            `the same, server heap capped at ${CAPPED_HEAP_MIB} MiB (median of 3)`,
            cappedExport.rows.toLocaleString('en'),
            (cappedExport.bytes / 1e6).toFixed(1),
            cappedExport.seconds.toFixed(2),
            cappedExport.rowsPerSecond.toFixed(0),
            `${cappedExport.peakRssGrowthMiB.toFixed(1)} (${cappedExports.map((e) => e.peakRssGrowthMiB.toFixed(1)).join(', ')})`,
          ],
          ['PostgreSQL COPY (same select) TO STDOUT', copied.rows.toLocaleString('en'), (copied.bytes / 1e6).toFixed(1), copied.seconds.toFixed(2), copied.rowsPerSecond.toFixed(0), '-'],
        ],
      ),
    );
    out(
      `the first export after publishing every indicator (${publishedValues.toLocaleString('en')} values) brings the snapshot up to date first: ${cold.seconds.toFixed(1)} s for ${cold.rows.toLocaleString('en')} rows`,
    );
    out();

    // One against two API processes on the same database, for anonymous reads (every indicator is
    // published by now): the second process is started beside the first, the load alternates.
    const second = await startServerProcess(database.url);
    try {
      const anonymousOne = new Client(server.url, CONCURRENCY);
      const anonymousTwo = [new Client(server.url, CONCURRENCY), new Client(second.url, CONCURRENCY)];
      const both = new RoundRobin(anonymousTwo);
      const rows: string[][] = [];
      for (const [name, make, requests] of scenarios) {
        const count = Math.round(requests * SCALE);
        const one = await load(anonymousOne, { requests: count, concurrency: CONCURRENCY, warmUp: 20 }, make);
        const two = await load(both, { requests: count, concurrency: CONCURRENCY * 2, warmUp: 20 }, make);
        rows.push([
          `anonymous ${name}`,
          one.perSecond.toFixed(0),
          `${ms(one.p50)} / ${ms(one.p99)}`,
          two.perSecond.toFixed(0),
          `${ms(two.p50)} / ${ms(two.p99)}`,
          `${(two.perSecond / one.perSecond).toFixed(2)}×`,
        ]);
      }
      anonymousOne.close();
      for (const c of anonymousTwo) c.close();
      out(table([`one vs two API processes (same database; ${CONCURRENCY} clients per process)`, '1 process req/s', 'p50 / p99 ms', '2 processes req/s', 'p50 / p99 ms', 'speed-up'], rows));
      out(`(${os.cpus().length} cores shared by both processes, PostgreSQL and this load generator: on one machine the speed-up is bounded by its cores)`);
      out();
    } finally {
      await second.stop().catch(() => undefined);
    }

    const indicatorLoaded = results.find(([name]) => name === `indicator read, ${CONCURRENCY} clients`)?.[1] as LoadResult;
    const indicatorAlone = results.find(([name]) => name === 'indicator read, 1 client')?.[1] as LoadResult;
    const nestedStatements = results.filter(([name]) => name.startsWith('nested')).flatMap(([, r]) => [r.statements.min, r.statements.max]);
    const verdict = (ok: boolean) => (ok ? 'met' : 'NOT met');
    out(
      table(
        ['target', 'measured', ''],
        [
          [
            'nested read: SQL statements independent of data',
            `${smallCall.sqlStatements} (small) / ${largeCall.sqlStatements} (full) / ${Math.min(...nestedStatements)}–${Math.max(...nestedStatements)} (all runs)`,
            verdict(smallCall.sqlStatements === largeCall.sqlStatements && new Set(nestedStatements).size === 1),
          ],
          ['upsert of 10,000 rows under 2 s', `${ms(first.ms)} ms`, verdict(first.ms < 2000)],
          [
            'national CSV export: server memory grows under 50 MB',
            `${cappedExport.peakRssGrowthMiB.toFixed(1)} MiB over ${cappedExport.rows.toLocaleString('en')} rows (heap capped at ${CAPPED_HEAP_MIB} MiB, median of 3)`,
            verdict(cappedExport.peakRssGrowthMiB < 50 && exported.rows === publishedValues && cappedExports.every((e) => e.rows === publishedValues)),
          ],
          [
            'indicator read p50 under 20 ms',
            `${ms(indicatorAlone.p50)} ms (1 client), ${ms(indicatorLoaded.p50)} ms (${CONCURRENCY} clients)`,
            verdict(indicatorLoaded.p50 < 20 && indicatorAlone.p50 < 20),
          ],
        ],
      ),
    );
    out();
    out(`server peak resident memory: ${server.peakRssMiB().toFixed(0)} MiB`);
  } finally {
    client?.close();
    await server?.stop().catch(() => undefined);
    await dataSource.destroy().catch(() => undefined);
    await database.dispose().catch(() => undefined);
  }
}
