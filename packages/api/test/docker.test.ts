import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

/** No Docker engine runs here, so these checks read the files the way Docker would and test what they refer to. */
const ROOT = path.resolve(__dirname, '..', '..', '..');
const read = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');

interface Instruction {
  keyword: string;
  args: string;
}

function parseDockerfile(text: string): Instruction[] {
  return text
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const [keyword, ...rest] = line.split(/\s+/);
      return { keyword: (keyword as string).toUpperCase(), args: rest.join(' ') };
    });
}

describe('docker/', () => {
  const instructions = parseDockerfile(read('docker/Dockerfile'));
  const rootPackage = JSON.parse(read('package.json')) as { packageManager: string };

  it('Dockerfile: known instructions, Node 20 stages, the pinned pnpm, and a CMD that runs what pnpm build produces', () => {
    const known = new Set(['FROM', 'RUN', 'CMD', 'LABEL', 'EXPOSE', 'ENV', 'ADD', 'COPY', 'ENTRYPOINT', 'VOLUME', 'USER', 'WORKDIR', 'ARG', 'ONBUILD', 'STOPSIGNAL', 'HEALTHCHECK', 'SHELL']);
    for (const { keyword } of instructions) expect(known).toContain(keyword);
    const stages = instructions.filter((i) => i.keyword === 'FROM').map((i) => i.args);
    expect(stages).toEqual(['node:20-bookworm-slim AS build', 'node:20-bookworm-slim AS runtime']);
    const pnpmVersion = rootPackage.packageManager.replace('pnpm@', '');
    expect(instructions).toContainEqual({ keyword: 'ENV', args: `PNPM_VERSION=${pnpmVersion}` });
    expect(instructions.some((i) => i.keyword === 'RUN' && i.args.includes('pnpm install --frozen-lockfile'))).toBe(true);
    expect(instructions.some((i) => i.keyword === 'RUN' && i.args.startsWith('pnpm build'))).toBe(true);
    const cmd = JSON.parse(instructions.filter((i) => i.keyword === 'CMD').at(-1)?.args ?? '[]') as string[];
    expect(cmd).toEqual(['node', 'packages/api/dist/main.js']);
    expect(fs.existsSync(path.join(ROOT, 'packages/api/src/main.ts'))).toBe(true);
    expect(instructions.find((i) => i.keyword === 'USER')?.args).toBe('node');
  });

  it('Dockerfile: every file it copies from the build context exists', () => {
    for (const copy of instructions.filter((i) => i.keyword === 'COPY' && !i.args.startsWith('--from'))) {
      const parts = copy.args.split(/\s+/).filter((part) => !part.startsWith('--'));
      for (const source of parts.slice(0, -1)) expect(fs.existsSync(path.join(ROOT, source))).toBe(true);
    }
  });

  it('compose.yaml: PostgreSQL with a health check, and the app built from the Dockerfile, waiting for it', () => {
    const compose = parse(read('docker/compose.yaml')) as {
      services: Record<
        string,
        {
          image?: string;
          build?: { context: string; dockerfile: string };
          environment?: Record<string, string>;
          ports?: string[];
          depends_on?: Record<string, { condition: string }>;
          healthcheck?: { test: string[] };
        }
      >;
      volumes: Record<string, unknown>;
    };
    const { db, app } = compose.services;
    expect(db?.image).toMatch(/^postgres:\d+/);
    expect(db?.healthcheck?.test.join(' ')).toContain('pg_isready');
    expect(app?.build).toEqual({ context: '..', dockerfile: 'docker/Dockerfile' });
    expect(fs.existsSync(path.join(ROOT, 'docker', app?.build?.context ?? '', app?.build?.dockerfile ?? ''))).toBe(true);
    const url = new URL((app?.environment?.DATABASE_URL ?? '').replace(/\$\{[^}]+\}/g, 'x'));
    expect(url.hostname).toBe('db');
    expect(url.pathname).toBe(`/${(db as { environment: Record<string, string> }).environment.POSTGRES_DB}`);
    expect(app?.depends_on).toEqual({ db: { condition: 'service_healthy' } });
    expect(app?.ports).toEqual([`${app?.environment?.PORT}:${app?.environment?.PORT}`]);
    expect(Object.keys(compose.volumes)).toEqual(expect.arrayContaining(['db-data']));
    // Without --profile scale, only these two start.
    expect(
      Object.entries(compose.services)
        .filter(([, service]) => !(service as { profiles?: string[] }).profiles)
        .map(([name]) => name),
    ).toEqual(['db', 'app']);
  });

  it('compose.yaml, profile scale: a primary and a streaming replica, two API processes on them with /readyz health checks, and HAProxy checking /readyz', () => {
    interface Service {
      profiles?: string[];
      image?: string;
      build?: { context: string; dockerfile: string };
      command?: string[];
      entrypoint?: string[];
      environment?: Record<string, string>;
      volumes?: string[];
      ports?: string[];
      depends_on?: Record<string, { condition: string }>;
      healthcheck?: { test: string[] };
    }
    const compose = parse(read('docker/compose.yaml')) as { services: Record<string, Service>; volumes: Record<string, unknown> };
    const scale = Object.entries(compose.services).filter(([, service]) => service.profiles?.includes('scale'));
    expect(scale.map(([name]) => name).sort()).toEqual(['api-1', 'api-2', 'db-primary', 'db-replica', 'lb']);
    const { 'db-primary': primary, 'db-replica': replica, 'api-1': api1, 'api-2': api2, lb } = compose.services as Record<string, Service>;

    // Every service has a health check; the API's asks /readyz.
    for (const [name, service] of scale) expect([name, Boolean(service.healthcheck?.test.length)]).toEqual([name, true]);
    expect(primary?.healthcheck?.test.join(' ')).toContain('pg_isready');
    expect(replica?.healthcheck?.test.join(' ')).toContain('pg_isready');

    // The primary streams WAL; its init script lets the replication role in.
    expect(primary?.image).toMatch(/^postgres:\d+/);
    expect(primary?.command?.join(' ')).toMatch(/wal_level=replica/);
    const mountsOf = (service: Service | undefined) => (service?.volumes ?? []).filter((volume) => volume.startsWith('./')).map((volume) => volume.split(':') as [string, string]);
    const initScript = mountsOf(primary).find(([, target]) => target.startsWith('/docker-entrypoint-initdb.d/'));
    expect(initScript).toBeDefined();
    expect(read(path.join('docker', (initScript as [string, string])[0]))).toMatch(/REPLICATION LOGIN[\s\S]*host replication replicator/);
    // The replica is a base backup of the primary, as a standby (-R), started after the primary is healthy.
    expect(replica?.image).toBe(primary?.image);
    expect(replica?.depends_on).toEqual({ 'db-primary': { condition: 'service_healthy' } });
    const entrypoint = mountsOf(replica).find(([, target]) => replica?.entrypoint?.includes(target));
    expect(entrypoint).toBeDefined();
    const replicaScript = read(path.join('docker', (entrypoint as [string, string])[0]));
    expect(replicaScript).toMatch(/pg_basebackup -h "\$PRIMARY_HOST"[^\n]* -R /);
    expect(replicaScript).toContain('exec docker-entrypoint.sh postgres');
    expect(replica?.environment?.PRIMARY_HOST).toBe('db-primary');

    // Two identical API processes: the primary as DATABASE_URL, the replica in DATABASE_REPLICA_URLS.
    for (const api of [api1, api2]) {
      expect(api?.build).toEqual({ context: '..', dockerfile: 'docker/Dockerfile' });
      expect(new URL((api?.environment?.DATABASE_URL ?? '').replace(/\$\{[^}]+\}/g, 'x')).hostname).toBe('db-primary');
      expect((api?.environment?.DATABASE_REPLICA_URLS ?? '').split(',').map((url) => new URL(url.replace(/\$\{[^}]+\}/g, 'x')).hostname)).toEqual(['db-replica']);
      expect(api?.healthcheck?.test.join(' ')).toContain('/readyz');
      expect(api?.depends_on?.['db-primary']).toEqual({ condition: 'service_healthy' });
      expect(Object.keys(api?.depends_on ?? {})).toContain('db-replica');
      expect(api?.ports).toBeUndefined(); // reached through the load balancer only
    }
    expect(api2?.environment).toEqual(api1?.environment);

    // HAProxy: its config is mounted, it checks /readyz on both processes, and waits for them to be healthy.
    expect(lb?.depends_on).toEqual({ 'api-1': { condition: 'service_healthy' }, 'api-2': { condition: 'service_healthy' } });
    const config = mountsOf(lb).find(([, target]) => target.endsWith('haproxy.cfg'));
    expect(config).toBeDefined();
    const haproxy = read(path.join('docker', (config as [string, string])[0]));
    expect(haproxy).toMatch(/option httpchk GET \/readyz/);
    expect(haproxy).toMatch(/http-check expect status 200/);
    const port = api1?.environment?.PORT;
    expect(haproxy).toContain(`server api-1 api-1:${port} check`);
    expect(haproxy).toContain(`server api-2 api-2:${port} check`);
    const bind = /bind :(\d+)/.exec(haproxy)?.[1];
    expect(lb?.ports).toEqual([`${bind}:${bind}`]);
    // Named volumes used by the profile are declared.
    for (const [, service] of scale) for (const volume of service.volumes ?? []) if (!volume.startsWith('./')) expect(Object.keys(compose.volumes)).toContain(volume.split(':')[0]);
  });

  it('.dockerignore keeps local installs, builds and the embedded database out of the image', () => {
    const ignored = read('.dockerignore').split('\n');
    expect(ignored).toEqual(expect.arrayContaining(['**/node_modules', '**/dist', '.data']));
  });
});
