import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import 'reflect-metadata';
import { loadConfig, type Config } from '../src/config';
import type { DataSource } from 'typeorm';
import { createFreshDatabase, databaseName, dropDatabase } from '../src/database/admin';
import { createDataSource } from '../src/database/data-source';
import { freePort } from '../src/database/embedded';
import { createLogger, startServer, type RunningServer } from '../src/server';
import { createServices } from '../src/services';
import { OPERATOR_ROLE } from '../src/modules/account/user.entity';

export { freePort };

export function adminUrl(): string {
  const url = process.env.INKLUDERA_TEST_ADMIN_URL;
  if (!url) throw new Error('INKLUDERA_TEST_ADMIN_URL is unset: run the tests through jest (global-setup).');
  return url;
}

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

/** A new, empty database for one test file. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const url = await createFreshDatabase(adminUrl(), 'inkludera_test');
  return { url, drop: () => dropDatabase(adminUrl(), databaseName(url)) };
}

export interface MigratedDatabase {
  ds: DataSource;
  /** Closes the data source and drops the database. */
  close(): Promise<void>;
}

/** A new database for one test file with every migration run, and an open data source on it (no server). */
export async function createMigratedDatabase(): Promise<MigratedDatabase> {
  const database = await createTestDatabase();
  const ds = createDataSource({ url: database.url });
  await ds.initialize();
  await ds.runMigrations();
  return {
    ds,
    close: async () => {
      await ds.destroy();
      await database.drop();
    },
  };
}

export interface GraphQLResult<T = Record<string, unknown>> {
  status: number;
  data: T;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
  sqlStatements: number;
  headers: Headers;
}

export async function postGraphQL<T = Record<string, any>>(baseUrl: string, query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}): Promise<GraphQLResult<T>> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data: T; errors?: GraphQLResult['errors'] };
  return {
    status: response.status,
    data: body.data,
    errors: body.errors,
    sqlStatements: Number(response.headers.get('x-sql-statements') ?? NaN),
    headers: response.headers,
  };
}

export const LOGIN_MUTATION = /* GraphQL */ `
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      user {
        id
        email
      }
      expiresAt
      errors {
        code
        message
        field
      }
    }
  }
`;

/** Logs in over HTTP; returns the Cookie header that carries the session, or throws with the refusal. */
export async function login(baseUrl: string, email: string, password: string): Promise<string> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: LOGIN_MUTATION, variables: { input: { email, password } } }),
  });
  const body = (await response.json()) as { data?: { login?: { errors: Array<{ code: string; message: string }> } } };
  const errors = body.data?.login?.errors ?? [];
  const cookie = response.headers.getSetCookie().find((line) => line.startsWith('inkludera_session='));
  if (errors.length || !cookie) throw new Error(`login as ${email} failed: ${JSON.stringify(body)}`);
  return cookie.split(';')[0] as string;
}

/** The platform operator every test server has; `server.gql` sends its session. */
export const TEST_OPERATOR = { email: 'operator@inkludera.test', password: 'correct horse battery staple' };

export interface TestServer extends RunningServer {
  database: TestDatabase;
  /** GraphQL as the platform operator (may do everything, in every municipality). */
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphQLResult<T>>;
  /** GraphQL without credentials. */
  anonymous<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResult<T>>;
  /** GraphQL with the given headers only (a Cookie from `login`, or `authorization: Bearer …`). */
  as(headers: Record<string, string>): <T = Record<string, any>>(query: string, variables?: Record<string, unknown>) => Promise<GraphQLResult<T>>;
  /** The Cookie header of the platform operator's session. */
  operatorHeaders: { cookie: string };
  /** The services of this server's database, for setting up data. */
  services: ReturnType<typeof createServices>;
  stop(): Promise<void>;
}

/** The real server, in this process, on a free port and a fresh database (demo data unless seedDemo: false). */
export async function startTestServer(overrides: Partial<Config> = {}): Promise<TestServer> {
  const database = await createTestDatabase();
  // Defaults that follow the environment (for example the SQL statement header) follow `env`.
  const config: Config = {
    ...loadConfig({ NODE_ENV: overrides.env ?? 'test' }),
    port: 0,
    host: '127.0.0.1',
    databaseUrl: database.url,
    // Tests play clients at many addresses with X-Forwarded-For from 127.0.0.1, as behind a proxy on
    // the same host; the product's default (TRUST_PROXY unset) believes no X-Forwarded-For.
    trustProxy: 'loopback',
    ...overrides,
  };
  const server = await startServer(config, createLogger(config));
  const services = createServices(server.dataSource);
  const { user } = await services.account.createUserFromCli({ ...TEST_OPERATOR, name: 'Test operator', role: OPERATOR_ROLE, municipalityId: null });
  // A session made directly, not by an HTTP login: tests of the per-address limits count every request.
  const operator = `inkludera_session=${(await services.account.openSession(user)).token}`;
  return {
    ...server,
    database,
    services,
    operatorHeaders: { cookie: operator },
    gql: (query, variables, headers = {}) => postGraphQL(server.url, query, variables, headers.cookie || headers.authorization ? headers : { cookie: operator, ...headers }),
    anonymous: (query, variables) => postGraphQL(server.url, query, variables),
    as: (headers) => (query, variables) => postGraphQL(server.url, query, variables, headers),
    stop: async () => {
      await server.close();
      await database.drop();
    },
  };
}

export const API_ROOT = path.resolve(__dirname, '..');
export const MAIN_JS = path.join(API_ROOT, 'dist', 'main.js');

export function tempDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  fs.chmodSync(dir, 0o755); // PostgreSQL runs as its own user and must enter it
  return dir;
}

export interface Cli {
  child: ChildProcess;
  output(): string;
  /** Resolves with the URL once the server says it is running; rejects if it exits first. */
  running(timeoutMs?: number): Promise<string>;
  /** Resolves with the exit code. */
  exited(timeoutMs?: number): Promise<number | null>;
}

/** Runs the built CLI (`node dist/main.js`), as `pnpm start` does, with exactly `env` plus PATH. */
export function runCli(env: Record<string, string>): Cli {
  if (!fs.existsSync(MAIN_JS)) throw new Error(`${MAIN_JS} is missing: run pnpm build first (pnpm test does).`);
  const child = spawn(process.execPath, [MAIN_JS], {
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/root', NODE_ENV: 'test', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exitPromise = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const withTimeout = <T>(promise: Promise<T>, ms: number, what: string) =>
    Promise.race([promise, new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`${what} within ${ms} ms. Output:\n${output}`)), ms).unref())]);
  return {
    child,
    output: () => output,
    running: (timeoutMs = 60000) =>
      withTimeout(
        new Promise<string>((resolve, reject) => {
          const check = () => {
            const match = /Inkludera is running at (\S+)/.exec(output);
            if (match) resolve(match[1] as string);
          };
          child.stdout?.on('data', check);
          check();
          void exitPromise.then((code) => reject(new Error(`exited with ${code} before running. Output:\n${output}`)));
        }),
        timeoutMs,
        'did not start',
      ),
    exited: (timeoutMs = 30000) => withTimeout(exitPromise, timeoutMs, 'did not exit'),
  };
}

/** The deepest query of the slice: municipality → document → areas → goals → sub-goals → indicators → latest values. */
export const STRATEGY_TREE_QUERY = /* GraphQL */ `
  query StrategyTree($code: String!) {
    municipality(code: $code) {
      id
      name
      steeringDocuments {
        id
        title
        overallAim {
          title
        }
        focusAreas {
          key
          nameSv
          goals {
            title
            children {
              title
              indicators {
                nameSv
                latestMeasurements {
                  period
                  sex
                  value
                }
              }
            }
            indicators {
              nameSv
              unit
              latestMeasurements {
                period
                sex
                value
                source
              }
            }
          }
        }
      }
    }
  }
`;
