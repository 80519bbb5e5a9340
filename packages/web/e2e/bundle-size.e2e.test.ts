/** Page weight of the built app (needs `pnpm build`): the start page's JavaScript under 250 kB gzip. */
import fs from 'node:fs';
import path from 'node:path';
import { DIST, pageJs, VIEWS } from '../scripts/bundle-sizes';

describe('page weight', () => {
  afterAll(() => {
    const rows = Object.entries(VIEWS).map(([name, view]) => {
      const { raw, gzip } = pageJs(view);
      return `${name.padEnd(13)} ${(raw / 1024).toFixed(1).padStart(7)} kB  ${(gzip / 1024).toFixed(1).padStart(6)} kB gzip`;
    });
    process.stdout.write(`\nJavaScript per page (entry + the view's chunks):\n${rows.join('\n')}\n`);
  });

  it('keeps the start page’s JavaScript under 250 kB gzip', () => {
    const start = pageJs(VIEWS.start!);
    expect(start.files.length).toBeGreaterThan(1);
    expect(start.gzip).toBeLessThan(250 * 1024);
  });

  it('keeps the API explorer (GraphiQL, Monaco) out of every public page', () => {
    for (const view of Object.values(VIEWS)) {
      for (const file of pageJs(view).files) {
        const source = fs.readFileSync(path.join(DIST, file), 'utf8');
        expect({ file, graphiql: /graphiql|monaco/i.test(source) }).toEqual({ file, graphiql: false });
      }
    }
  });

  it('keeps the staff workspace out of every public page: no workspace module, string or stylesheet', () => {
    for (const view of Object.values(VIEWS)) {
      for (const file of pageJs(view).files) {
        expect({ file, workspace: /features\/workspace|ReportingView|WorkspaceLayout|ApiKeysView/.test(file) }).toEqual({ file, workspace: false });
        const source = fs.readFileSync(path.join(DIST, file), 'utf8');
        // Texts only the workspace has (its views, its strings, its mutations).
        expect({ file, staff: /Spara alla ändringar|upsertMeasurements|createApiKey|ws-grid/.test(source) }).toEqual({ file, staff: false });
      }
    }
  });

  it('loads the chart only on the pages that draw one', () => {
    expect(pageJs(VIEWS.start!).files.some((file) => /TrendChart/.test(file))).toBe(false);
    expect(pageJs(VIEWS.indicator!).files.some((file) => /TrendChart/.test(file))).toBe(true);
  });
});
