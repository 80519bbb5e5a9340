import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { createTestDatabase, freePort, postGraphQL, runCli, tempDir, type TestDatabase } from './helpers';

/**
 * The one-command start, as a user runs it: the built CLI in its own process. Where a test needs the
 * embedded default it leaves DATABASE_URL unset and points INKLUDERA_DATA_DIR at a temp folder.
 */
describe('starting and stopping Inkludera', () => {
  const folders: string[] = [];
  afterAll(() => folders.forEach((folder) => fs.rmSync(folder, { recursive: true, force: true })));

  it('starts the embedded PostgreSQL, seeds once, stops cleanly on SIGTERM and keeps the data for the next start', async () => {
    const folder = tempDir('inkludera-start-');
    folders.push(folder);
    const dataDir = path.join(folder, 'postgres');
    const port = await freePort();
    const env = { PORT: String(port), INKLUDERA_DATA_DIR: dataDir, INKLUDERA_WEB_DIST: folder };

    const first = runCli(env);
    const url = await first.running();
    expect(url).toBe(`http://localhost:${port}`);
    expect(first.output()).toContain(`embedded PostgreSQL in ${dataDir}`);
    expect((await fetch(`${url}/readyz`)).status).toBe(200);
    const before = await postGraphQL(url, '{ municipalities(first: 10) { totalCount nodes { id code name } } }');
    expect(before.data.municipalities.nodes.map((m: { code: string }) => m.code)).toEqual(['0138', '1498']);
    const seeded = before.data.municipalities;

    first.child.kill('SIGTERM');
    expect(await first.exited()).toBe(0);
    expect(first.output()).toContain('Inkludera stopped.');
    // PostgreSQL stopped cleanly: no lock file left behind.
    expect(fs.existsSync(path.join(dataDir, 'postmaster.pid'))).toBe(false);

    const second = runCli(env);
    const url2 = await second.running();
    expect(second.output()).not.toContain('loaded the demo data');
    const after = await postGraphQL(url2, '{ municipalities(first: 10) { totalCount nodes { id code name } } }');
    expect(after.data.municipalities).toEqual(seeded);
    second.child.kill('SIGINT');
    expect(await second.exited()).toBe(0);
  });

  it('stops cleanly when Ctrl-C reaches the whole process group, PostgreSQL included', async () => {
    const folder = tempDir('inkludera-ctrlc-');
    folders.push(folder);
    const dataDir = path.join(folder, 'postgres');
    const env = { PORT: String(await freePort()), INKLUDERA_DATA_DIR: dataDir, INKLUDERA_WEB_DIST: folder };
    const cli = runCli(env);
    await cli.running();
    const postmaster = Number(fs.readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    // What a terminal does on Ctrl-C: SIGINT to every process in the foreground group.
    process.kill(postmaster, 'SIGINT');
    cli.child.kill('SIGINT');
    expect(await cli.exited()).toBe(0);
    expect(fs.existsSync(path.join(dataDir, 'postmaster.pid'))).toBe(false);
  });

  it('honours a SIGTERM that arrives during start-up: it finishes starting, then stops cleanly', async () => {
    const folder = tempDir('inkludera-early-');
    folders.push(folder);
    const dataDir = path.join(folder, 'postgres');
    const cli = runCli({ PORT: String(await freePort()), INKLUDERA_DATA_DIR: dataDir, INKLUDERA_WEB_DIST: folder });
    await new Promise<void>((resolve) => {
      const check = () => cli.output().includes('starting the embedded PostgreSQL') && resolve();
      cli.child.stdout?.on('data', check);
      check();
    });
    cli.child.kill('SIGTERM');
    expect(await cli.exited()).toBe(0);
    expect(cli.output()).toContain('Inkludera stopped.');
    expect(cli.output()).not.toContain('Inkludera is running');
    expect(fs.existsSync(path.join(dataDir, 'postmaster.pid'))).toBe(false);
  });

  describe('with a database of its own', () => {
    let database: TestDatabase;
    beforeAll(async () => {
      database = await createTestDatabase();
    });
    afterAll(() => database.drop());

    it('refuses a port that is taken, with a clear message and before touching the database', async () => {
      const blocker = net.createServer();
      const port = await new Promise<number>((resolve) => blocker.listen(0, '0.0.0.0', () => resolve((blocker.address() as net.AddressInfo).port)));
      try {
        const cli = runCli({ PORT: String(port), DATABASE_URL: database.url });
        expect(await cli.exited()).toBe(1);
        expect(cli.output()).toContain(`Port ${port} is already in use`);
        expect(cli.output()).toContain('PORT=4001 pnpm start');
        expect(cli.output()).not.toMatch(/\n\s+at /); // no stack trace
        expect(cli.output()).not.toContain('applied migrations');
      } finally {
        blocker.close();
      }
    });

    it('serves /healthz, a request id on every response and one JSON log line per request', async () => {
      const cli = runCli({ PORT: String(await freePort()), DATABASE_URL: database.url });
      const url = await cli.running();
      try {
        expect(cli.output()).toContain('Database: DATABASE_URL');
        const health = await fetch(`${url}/healthz`);
        expect(await health.json()).toEqual({ status: 'ok' });
        const given = await fetch(`${url}/readyz`, { headers: { 'X-Request-Id': 'trace-42' } });
        expect(given.headers.get('x-request-id')).toBe('trace-42');
        const made = await fetch(`${url}/readyz`);
        const id = made.headers.get('x-request-id');
        expect(id).toMatch(/^[0-9a-f-]{36}$/);
        const completed = () =>
          cli
            .output()
            .split('\n')
            .filter((line) => line.startsWith('{') && line.includes('"request completed"'))
            .map((line) => JSON.parse(line) as { req: { id: string; url: string }; res: { statusCode: number } });
        // The log is written beside the answer: wait (up to 10 s) for both lines.
        for (let tries = 0; tries < 100 && completed().filter((line) => line.req.id === 'trace-42' || line.req.id === id).length < 2; tries++) {
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
        const lines = completed();
        expect(lines.map((line) => line.req.id)).toEqual(expect.arrayContaining(['trace-42', id]));
        expect(lines.find((line) => line.req.id === id)).toMatchObject({ req: { url: '/readyz' }, res: { statusCode: 200 } });
      } finally {
        cli.child.kill('SIGTERM');
        await cli.exited();
      }
    });
  });

  it('says clearly when DATABASE_URL points nowhere', async () => {
    const deadPort = await freePort();
    const cli = runCli({ PORT: String(await freePort()), DATABASE_URL: `postgres://someone:secret@127.0.0.1:${deadPort}/inkludera` });
    expect(await cli.exited()).toBe(1);
    expect(cli.output()).toContain(`Cannot connect to PostgreSQL: nothing accepts connections at 127.0.0.1:${deadPort}/inkludera`);
    expect(cli.output()).toContain('Check DATABASE_URL');
    expect(cli.output()).not.toContain('secret');
    expect(cli.output()).not.toMatch(/\n\s+at /);
  });

  it('refuses a data folder made by another PostgreSQL version', async () => {
    const folder = tempDir('inkludera-oldpg-');
    folders.push(folder);
    fs.writeFileSync(path.join(folder, 'PG_VERSION'), '12\n');
    const cli = runCli({ PORT: String(await freePort()), INKLUDERA_DATA_DIR: folder });
    expect(await cli.exited()).toBe(1);
    expect(cli.output()).toMatch(/was created by PostgreSQL 12, but this build runs PostgreSQL \d+/);
    expect(cli.output()).toContain('INKLUDERA_DATA_DIR');
    expect(cli.output()).not.toMatch(/\n\s+at /);
  });

  it('refuses a bad TRUST_PROXY setting', async () => {
    const cli = runCli({ TRUST_PROXY: 'my-proxy' });
    expect(await cli.exited()).toBe(1);
    expect(cli.output()).toContain('TRUST_PROXY must be false, true, a number of proxies, or a comma-separated list');
    expect(cli.output()).not.toMatch(/\n\s+at /);
  });

  it('refuses a bad PORT setting', async () => {
    const cli = runCli({ PORT: 'forty' });
    expect(await cli.exited()).toBe(1);
    expect(cli.output()).toContain('PORT must be a whole number from 0 to 65535; it is "forty".');
  });
});
