import fs from 'node:fs';
import path from 'node:path';
import { createDataSource } from '../../src/database/data-source';
import { loadConfig } from '../../src/config';
import { createTestDatabase, login, startTestServer, type TestServer } from '../helpers';

/**
 * Connection-pooler friendliness (issue 16): through PgBouncer in transaction mode a connection of
 * the pool serves other clients between transactions, so nothing may leave state on a session.
 */
const SRC = path.resolve(__dirname, '..', '..', 'src');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === '__tests__' ? [] : sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

describe('no session state outside transactions', () => {
  it('the source sets nothing on a session: SET only as SET LOCAL, advisory locks only per transaction, no LISTEN, PREPARE or temporary tables', () => {
    const offences: string[] = [];
    const rules: Array<[RegExp, string]> = [
      [/[`'"]\s*SET\s+(?!LOCAL\b|TRANSACTION\b)[a-z_]+\s*(=|TO\b)/i, 'SET outside SET LOCAL'],
      [/set_config\([^)]*,\s*false\s*\)/i, 'set_config(…, false)'],
      [/pg_(try_)?advisory_lock(_shared)?\s*\(/i, 'a session-level advisory lock'],
      [/[`'"]\s*(LISTEN|PREPARE|DISCARD)\b/i, 'LISTEN/PREPARE/DISCARD'],
      [/CREATE\s+(TEMP|TEMPORARY)\s+TABLE/i, 'a temporary table'],
    ];
    for (const file of sourceFiles(SRC)) {
      const text = fs.readFileSync(file, 'utf8');
      for (const [pattern, what] of rules) if (pattern.test(text)) offences.push(`${path.relative(SRC, file)}: ${what}`);
    }
    expect(offences).toEqual([]);
  });

  describe('over HTTP', () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startTestServer({ rateLimitPerMinute: 1000 });
    });
    afterAll(() => server?.stop());

    it('after reads, a mutation, a login and an open-data refresh, no pooled connection has a session setting or holds an advisory lock', async () => {
      expect((await server.anonymous('{ municipalities(first: 3) { nodes { name } } }')).status).toBe(200);
      const cookie = await login(server.url, 'admin@tyreso.demo', 'inkludera-demo-2026');
      const created = await server.as({ cookie })(`mutation { createPartner(input: { name: "Poolvän", kind: ASSOCIATION }) { errors { code } } }`);
      expect(created.data.createPartner.errors).toEqual([]);
      expect((await fetch(`${server.url}/open/v1/values.csv`)).status).toBe(200);
      // Every connection of the pool, at once: settings a session changed show source 'session'
      // (transaction_isolation & co. too once a transaction set them, but they belong to each transaction).
      const size = 10;
      const rows = (await Promise.all(
        Array.from({ length: size }, () =>
          server.dataSource.query(
            `SELECT pg_backend_pid() AS pid, (SELECT count(*) FROM pg_settings WHERE source = 'session' AND name NOT LIKE 'transaction\\_%')::int AS settings,
                    (SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND pid = pg_backend_pid())::int AS locks, pg_sleep(0.1)`,
          ),
        ),
      )) as Array<Array<{ pid: number; settings: number; locks: number }>>;
      const flat = rows.map((r) => r[0] as { pid: number; settings: number; locks: number });
      expect(new Set(flat.map((r) => r.pid)).size).toBe(size);
      expect(flat.filter((r) => r.settings > 0 || r.locks > 0)).toEqual([]);
    });
  });

  it('STATEMENT_TIMEOUT_MS=0 sends no statement_timeout, for a pooler that refuses startup parameters; otherwise it is a connection parameter', async () => {
    expect(loadConfig({ STATEMENT_TIMEOUT_MS: '0' }).statementTimeoutMs).toBe(0);
    const database = await createTestDatabase();
    try {
      for (const [timeout, expected] of [
        [0, '0'],
        [1234, '1234ms'],
      ] as const) {
        const ds = createDataSource({ url: database.url, statementTimeoutMs: timeout });
        await ds.initialize();
        try {
          const [row] = (await ds.query(`SELECT current_setting('statement_timeout') AS value, (SELECT source FROM pg_settings WHERE name = 'statement_timeout') AS source`)) as Array<{
            value: string;
            source: string;
          }>;
          expect(row?.value).toBe(expected);
          if (timeout) expect(row?.source).toBe('client');
        } finally {
          await ds.destroy();
        }
      }
    } finally {
      await database.drop();
    }
  });
});
