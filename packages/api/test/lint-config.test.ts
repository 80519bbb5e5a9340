import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

/**
 * The lint configuration (eslint.config.mjs at the root) catches what it is there for: in an async
 * guard, a forgotten `await` (no-floating-promises), an async callback where nothing waits for it
 * (no-misused-promises), `await` of a non-promise (await-thenable) and a switch that misses a kind
 * of caller (switch-exhaustiveness-check); in the web app, the rules of hooks. ESLint runs in a
 * child process (it loads its config with import(), which jest's module system does not offer),
 * over source text that is never written to disk.
 */
const ROOT = path.resolve(__dirname, '..', '..', '..');

const LINT = `
const { ESLint } = require('eslint');
(async () => {
  const eslint = new ESLint({
    cwd: process.cwd(),
    // The probes are not files of a tsconfig: type information comes from TypeScript's default project.
    overrideConfig: { languageOptions: { parserOptions: { projectService: { allowDefaultProject: ['packages/*/lint-probe/*.ts', 'packages/*/lint-probe/*.tsx'] } } } },
  });
  const probes = JSON.parse(process.argv[1]);
  const out = {};
  for (const [file, text] of Object.entries(probes)) {
    const [result] = await eslint.lintText(text, { filePath: file });
    out[file] = result.messages.map((m) => ({ rule: m.ruleId, line: m.line, severity: m.severity }));
  }
  process.stdout.write(JSON.stringify(out));
})().catch((error) => { console.error(error); process.exit(1); });
`;

const GUARD = `type Actor = { kind: 'user' } | { kind: 'key' } | { kind: 'anonymous' };
export async function guard(check: () => Promise<void>, actor: Actor): Promise<string> {
  check();
  [actor].forEach(async () => {
    await check();
  });
  await 3;
  switch (actor.kind) {
    case 'user':
      return 'u';
    case 'key':
      return 'k';
  }
  return '';
}
`;

const SAFE_GUARD = `type Actor = { kind: 'user' } | { kind: 'key' } | { kind: 'anonymous' };
export async function guard(check: () => Promise<void>, actor: Actor): Promise<string> {
  await check();
  for (const _ of [actor]) await check();
  switch (actor.kind) {
    case 'user':
      return 'u';
    case 'key':
      return 'k';
    case 'anonymous':
      return 'a';
  }
}
`;

const HOOKS = `import { useState } from 'react';
export function Panel({ open }: { open: boolean }) {
  if (open) {
    const [count] = useState(0);
    return count;
  }
  return null;
}
`;

describe('the lint configuration', () => {
  it('refuses a forgotten await, a misused promise, an await of a non-promise, a non-exhaustive switch and a conditional hook', async () => {
    const probes = {
      [path.join(ROOT, 'packages/api/lint-probe/guard.ts')]: GUARD,
      [path.join(ROOT, 'packages/api/lint-probe/safe-guard.ts')]: SAFE_GUARD,
      [path.join(ROOT, 'packages/web/lint-probe/panel.tsx')]: HOOKS,
    };
    const { stdout } = await promisify(execFile)(process.execPath, ['-e', LINT, JSON.stringify(probes)], { cwd: ROOT, maxBuffer: 10 * 1024 * 1024 });
    const found = JSON.parse(stdout) as Record<string, Array<{ rule: string | null; line: number; severity: number }>>;
    const errors = (file: string) => found[path.join(ROOT, file)]?.map(({ rule, line, severity }) => [rule, line, severity === 2 ? 'error' : 'warning']);

    expect(errors('packages/api/lint-probe/guard.ts')).toEqual([
      ['@typescript-eslint/no-floating-promises', 3, 'error'],
      ['@typescript-eslint/no-misused-promises', 4, 'error'],
      ['@typescript-eslint/await-thenable', 7, 'error'],
      ['@typescript-eslint/switch-exhaustiveness-check', 8, 'error'],
    ]);
    expect(errors('packages/api/lint-probe/safe-guard.ts')).toEqual([]);
    expect(errors('packages/web/lint-probe/panel.tsx')).toEqual([['react-hooks/rules-of-hooks', 4, 'error']]);
  }, 120_000);
});
