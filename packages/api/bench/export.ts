import fs from 'node:fs';
import http from 'node:http';
import { Client as PgClient } from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import type { DataSource } from 'typeorm';
import { valuesQuery } from '../src/open-data/open-data.service';

/**
 * The national open-data export over HTTP: every published value of every municipality as one CSV
 * (GET /open/v1/values.csv), streamed from the server process, beside PostgreSQL's own
 * COPY (the same select) TO STDOUT. The server's resident memory is read from /proc while the
 * export runs: its peak counter is reset first (clear_refs), so the growth is the export's own.
 */

export interface ExportResult {
  rows: number;
  bytes: number;
  seconds: number;
  rowsPerSecond: number;
  /** Peak resident memory of the server during the export, above what it held when it began, in MiB. */
  peakRssGrowthMiB: number;
}

function procStatus(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1]) / 1024;
  } catch {
    return NaN;
  }
}

/** Resets the kernel's peak-RSS counter of a process of ours to its current RSS; false where not possible. */
function resetPeak(pid: number): boolean {
  try {
    fs.writeFileSync(`/proc/${pid}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
}

/** Downloads a CSV over HTTP counting rows and bytes, keeping nothing. */
function download(url: string): Promise<{ rows: number; bytes: number; status: number }> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, (response) => {
      let bytes = 0;
      let lines = 0;
      response.on('data', (chunk: Buffer) => {
        bytes += chunk.length;
        for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines += 1;
      });
      response.on('end', () => resolve({ rows: lines - 1, bytes, status: response.statusCode ?? 0 }));
      response.on('error', reject);
    });
    request.setTimeout(600_000, () => request.destroy(new Error('no answer within 600 s')));
    request.on('error', reject);
  });
}

/** The national CSV over HTTP, with the server's memory watched while it streams. */
export async function measureExport(baseUrl: string, pid: number): Promise<ExportResult> {
  const url = `${baseUrl}/open/v1/values.csv`;
  const exact = resetPeak(pid);
  const before = procStatus(pid, 'VmRSS');
  let sampledPeak = before;
  const sampler = setInterval(() => {
    sampledPeak = Math.max(sampledPeak, procStatus(pid, 'VmRSS'));
  }, 10);
  const started = performance.now();
  try {
    const { rows, bytes, status } = await download(url);
    if (status !== 200) throw new Error(`GET ${url} answered ${status}`);
    const seconds = (performance.now() - started) / 1000;
    const peak = exact ? Math.max(procStatus(pid, 'VmHWM'), sampledPeak) : sampledPeak;
    return { rows, bytes, seconds, rowsPerSecond: rows / seconds, peakRssGrowthMiB: peak - before };
  } finally {
    clearInterval(sampler);
  }
}

/** COPY (the export's select, for every municipality) TO STDOUT in CSV, counted as it arrives. */
export async function measureCopy(databaseUrl: string, dataSource: DataSource): Promise<Omit<ExportResult, 'peakRssGrowthMiB'>> {
  const ids: Array<{ id: string }> = await dataSource.query('SELECT id FROM municipality ORDER BY id');
  const { sql } = valuesQuery({});
  // COPY takes no parameters: the one parameter, the municipality ids, goes in as a literal.
  const select = sql.replace('$1::uuid[]', `'{${ids.map((row) => row.id).join(',')}}'::uuid[]`);
  const client = new PgClient({ connectionString: databaseUrl });
  await client.connect();
  try {
    const started = performance.now();
    const stream = client.query(copyTo(`COPY (${select}) TO STDOUT WITH (FORMAT csv, HEADER)`));
    let bytes = 0;
    let lines = 0;
    await new Promise<void>((resolve, reject) => {
      stream.on('data', (chunk: Buffer) => {
        bytes += chunk.length;
        for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines += 1;
      });
      stream.on('end', resolve);
      stream.on('error', reject);
    });
    const seconds = (performance.now() - started) / 1000;
    return { rows: lines - 1, bytes, seconds, rowsPerSecond: (lines - 1) / seconds };
  } finally {
    await client.end();
  }
}

/** Publishes every benchmark indicator, so that the export holds the whole data set; returns the number of values. */
export async function publishAll(dataSource: DataSource): Promise<number> {
  await dataSource.query('UPDATE indicator SET published = true WHERE NOT published');
  const [row] = (await dataSource.query(`SELECT count(*)::int AS n FROM measurement WHERE organisation_unit_id IS NULL AND status = 'FINAL' AND archived_at IS NULL`)) as Array<{ n: number }>;
  return row?.n ?? 0;
}

/** The first export after the data changed: it brings the snapshot up to date, then streams. */
export async function coldExport(baseUrl: string): Promise<{ seconds: number; rows: number }> {
  const started = performance.now();
  const { rows, status } = await download(`${baseUrl}/open/v1/values.csv`);
  if (status !== 200) throw new Error(`GET /open/v1/values.csv answered ${status}`);
  return { seconds: (performance.now() - started) / 1000, rows };
}
