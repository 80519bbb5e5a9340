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
    expect(Object.keys(compose.volumes)).toEqual(['db-data']);
  });

  it('.dockerignore keeps local installs, builds and the embedded database out of the image', () => {
    const ignored = read('.dockerignore').split('\n');
    expect(ignored).toEqual(expect.arrayContaining(['**/node_modules', '**/dist', '.data']));
  });
});
