#!/usr/bin/env node
/**
 * `pnpm admin <command>`: what a platform operator does from the command line, on the database the
 * server uses (DATABASE_URL, or the embedded one; beside a running `pnpm start` it uses that
 * server's). Passwords are made here and printed once, or read from standard input with
 * --password-stdin.
 */
import 'reflect-metadata';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { StaffRole } from '../access/actor';
import { loadConfig } from '../config';
import { openDatabase } from '../database/open-database';
import { StartupError } from '../database/startup-error';
import { DomainError } from '../graphql/user-error';
import { OPERATOR_ROLE } from '../modules/account/user.entity';
import { fetchKolada, importKolada, KOLADA_API_DEFAULT_URL, KoladaFetchError, linkedKoladaKpis, parseKoladaResponse, parseYears } from '../open-data/kolada';
import { Municipality } from '../modules/municipality/municipality.entity';
import { createLogger } from '../server';
import { createServices } from '../services';

const USAGE = `Usage: pnpm admin <command> [options]

Commands:
  create-municipality --code 0160 --name "Täby kommun" [--organisation-number 212000-0142]
      Adds a municipality (the tenant).
  create-admin --municipality 0160 --email anna@taby.se --name "Anna Andersson" [--password-stdin]
      Adds the first ADMIN of a municipality; they add everyone else in the app or the API.
  create-operator --email ops@example.se --name "Drift" [--password-stdin]
      Adds a platform operator (may create municipalities through the API too).
  reset-password --email anna@taby.se [--password-stdin]
      Sets a new password and ends the user's sessions.
  list-municipalities
      Prints code, name and number of users of each municipality.
  kolada import <file.json>
      Imports a saved Kolada data response (v2/v3 format) beside the staff's values, marked with
      its source; staff values are never changed, and where Kolada differs it is listed.
  kolada fetch [--municipality 0138] [--years 2020-2025] [--timeout 30]
      The same import from Kolada's data API (KOLADA_API_URL, default ${KOLADA_API_DEFAULT_URL}),
      for the KPIs the published indicators are linked to, with the national value (0000);
      follows next_page. Default years: the last ten.

Without --password-stdin a password is made and printed once.
`;

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

class UsageError extends Error {}

function need(values: Record<string, unknown>, name: string): string {
  const value = values[name];
  if (typeof value !== 'string' || !value.trim()) throw new UsageError(`--${name} is required.`);
  return value.trim();
}

async function main(): Promise<number> {
  const [command, ...rest] = process.argv.slice(2);
  if (!command || command === 'help' || command === '--help') {
    process.stdout.write(USAGE);
    return command ? 0 : 2;
  }
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: command === 'kolada',
    options: {
      code: { type: 'string' },
      name: { type: 'string' },
      'organisation-number': { type: 'string' },
      municipality: { type: 'string' },
      email: { type: 'string' },
      'password-stdin': { type: 'boolean' },
      years: { type: 'string' },
      timeout: { type: 'string' },
    },
    strict: true,
  });
  const password = values['password-stdin'] ? await readStdin() : undefined;

  const config = { ...loadConfig(), seedDemo: false };
  const logger = createLogger({ ...config, logLevel: process.env.LOG_LEVEL ?? 'warn' });
  const database = await openDatabase(config, logger, { attachToRunning: true });
  try {
    const services = createServices(database.dataSource);
    const municipalityByCode = async (code: string) => {
      const found = await services.municipality.findByCode(code);
      if (!found) throw new UsageError(`No municipality has the code ${code}; see pnpm admin list-municipalities.`);
      return found;
    };
    switch (command) {
      case 'create-municipality': {
        const code = need(values, 'code');
        if (!/^\d{4}$/.test(code)) throw new UsageError('--code must be a four-digit municipality code (kommunkod), e.g. 0160.');
        const organisationNumber = values['organisation-number'] as string | undefined;
        if (organisationNumber !== undefined && !/^\d{6}-\d{4}$/.test(organisationNumber)) throw new UsageError('--organisation-number must look like 212000-0142.');
        const { municipality } = await services.municipality.create({
          code,
          name: need(values, 'name'),
          organisationNumber: organisationNumber ?? null,
        });
        process.stdout.write(`Created ${municipality.name} (${municipality.code}).\n`);
        return 0;
      }
      case 'create-admin':
      case 'create-operator': {
        const operator = command === 'create-operator';
        const municipality = operator ? null : await municipalityByCode(need(values, 'municipality'));
        const created = await services.account.createUserFromCli({
          email: need(values, 'email'),
          name: need(values, 'name'),
          role: operator ? OPERATOR_ROLE : StaffRole.ADMIN,
          municipalityId: municipality?.id ?? null,
          password,
        });
        process.stdout.write(`Created ${operator ? 'platform operator' : `ADMIN of ${municipality?.name}`} ${created.user.email}.\n`);
        if (!password) process.stdout.write(`Password (shown once): ${created.password}\n`);
        return 0;
      }
      case 'reset-password': {
        const next = await services.account.resetPassword(need(values, 'email'), password);
        process.stdout.write(`New password set; the user's sessions have ended.\n`);
        if (!password) process.stdout.write(`Password (shown once): ${next}\n`);
        return 0;
      }
      case 'list-municipalities': {
        const rows = (await database.dataSource.query(
          `SELECT m.code, m.name, count(u.id)::int AS users FROM municipality m LEFT JOIN app_user u ON u.municipality_id = m.id
           WHERE m.archived_at IS NULL GROUP BY m.id ORDER BY m.code`,
        )) as Array<Pick<Municipality, 'code' | 'name'> & { users: number }>;
        for (const row of rows) process.stdout.write(`${row.code}  ${row.name}  (${row.users} users)\n`);
        if (!rows.length) process.stdout.write('No municipalities yet: pnpm admin create-municipality --code 0160 --name "Täby kommun"\n');
        return 0;
      }
      case 'kolada': {
        const [action, file] = positionals;
        let rows;
        let source: string;
        let from: string;
        if (action === 'import' && file) {
          try {
            rows = parseKoladaResponse(JSON.parse(await readFile(file, 'utf8')));
          } catch (error) {
            throw new UsageError(`${file}: ${error instanceof Error ? error.message : String(error)}`);
          }
          source = `Kolada (${basename(file)})`;
          from = file;
        } else if (action === 'fetch' && !file) {
          const code = values.municipality as string | undefined;
          if (code !== undefined) await municipalityByCode(code);
          const thisYear = new Date().getUTCFullYear();
          const years = parseYears((values.years as string | undefined) ?? `${thisYear - 10}-${thisYear - 1}`);
          const timeout = Number((values.timeout as string | undefined) ?? '30');
          if (!Number.isFinite(timeout) || timeout <= 0) throw new UsageError('--timeout is a number of seconds, e.g. 30.');
          const { kpis, municipalityCodes } = await linkedKoladaKpis(database.dataSource, code);
          if (!kpis.length) {
            process.stdout.write(`No published indicator${code ? ` of ${code}` : ''} is linked to a Kolada KPI (source Kolada, KPI id such as N00945); nothing to fetch.\n`);
            return 0;
          }
          const baseUrl = process.env.KOLADA_API_URL?.trim() || KOLADA_API_DEFAULT_URL;
          const fetched = await fetchKolada({ baseUrl, kpis, municipalityCodes, years, timeoutMs: timeout * 1000 });
          rows = fetched.rows;
          source = `Kolada API (${new URL(baseUrl).host})`;
          from = `${fetched.url} (${fetched.pages} page${fetched.pages === 1 ? '' : 's'})`;
        } else {
          throw new UsageError('Use: pnpm admin kolada import <file.json>, or pnpm admin kolada fetch [--municipality 0138] [--years 2020-2025]');
        }
        const result = await importKolada(database.dataSource, rows, source);
        process.stdout.write(`Imported ${result.imported} values from ${from} (${result.national} national, ${result.linked} for linked indicators here).\n`);
        for (const d of result.differing) {
          process.stdout.write(`  kept the staff value ${d.staff} of ${d.municipalityCode} ${d.kpi} ${d.period} ${d.sex}; Kolada has ${d.kolada ?? 'no value'}\n`);
        }
        return 0;
      }
      default:
        throw new UsageError(`Unknown command "${command}".`);
    }
  } finally {
    await database.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof UsageError) process.stderr.write(`${error.message}\n\n${USAGE}`);
    else if (error instanceof KoladaFetchError) process.stderr.write(`${error.message}\n`);
    else if (error instanceof DomainError) process.stderr.write(`${error.errors.map((e) => e.message).join('\n')}\n`);
    else if (error instanceof StartupError) process.stderr.write(`${error.message}\n${error.hint ?? ''}\n`);
    else if (error instanceof Error && error.name === 'TypeError' && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'))
      process.stderr.write(`${error.message}\n\n${USAGE}`);
    else process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  },
);
