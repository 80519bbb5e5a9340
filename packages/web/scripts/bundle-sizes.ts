/**
 * The JavaScript each page of the built app loads, gzipped, from Vite's manifest
 * (dist/.vite/manifest.json): the entry, its static imports, and the page's lazy view with its own
 * static imports. Used by e2e/bundle-size.e2e.test.ts, which prints the
 * figures for the README.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

interface Chunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}

export const DIST = path.resolve(__dirname, '..', 'dist');

function manifest(): Record<string, Chunk> {
  return JSON.parse(fs.readFileSync(path.join(DIST, '.vite', 'manifest.json'), 'utf8')) as Record<string, Chunk>;
}

function closure(m: Record<string, Chunk>, keys: string[]): Set<string> {
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key) || !m[key]) return;
    seen.add(key);
    for (const next of m[key]!.imports ?? []) visit(next);
  };
  keys.forEach(visit);
  return seen;
}

function gzipSize(file: string): number {
  return zlib.gzipSync(fs.readFileSync(path.join(DIST, file)), { level: 9 }).length;
}

/** gzip bytes of the JS a page loads: `views` are the source paths of its lazy route modules. */
export function pageJs(views: readonly string[]): { files: string[]; gzip: number; raw: number } {
  const m = manifest();
  // The public site's entry (explorer.html is the other one).
  const entry = 'index.html';
  if (!m[entry]?.isEntry) throw new Error('The manifest has no entry for index.html.');
  const keys = closure(m, [entry, ...views]);
  const files = [...keys].map((key) => m[key]!.file).filter((file) => file.endsWith('.js'));
  return {
    files,
    gzip: files.reduce((sum, file) => sum + gzipSize(file), 0),
    raw: files.reduce((sum, file) => sum + fs.statSync(path.join(DIST, file)).size, 0),
  };
}

const LAYOUT = 'src/features/public/views/MunicipalityLayout.tsx';

/** The route modules each page loads (a municipality's pages also load their layout). */
export const VIEWS: Record<string, readonly string[]> = {
  start: ['src/features/public/views/StartView.tsx'],
  municipality: [LAYOUT, 'src/features/public/views/MunicipalityView.tsx'],
  indicator: [LAYOUT, 'src/features/public/views/IndicatorView.tsx'],
  document: [LAYOUT, 'src/features/public/views/DocumentView.tsx'],
};
