import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import express from 'express';
import { loadConfig } from '../../config';
import { explorerRouter } from '../explorer';

/** The explorer router in front of a stand-in for the API, on a real port. */
async function serve(enabled: boolean, webDist: string) {
  const app = express();
  app.use(explorerRouter({ webDist, enabled }));
  app.all('/graphql', (_req, res) => res.json({ api: true }));
  app.get('/explorer.html', (_req, res) => res.type('text/html').send('static'));
  const server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

describe('explorerRouter', () => {
  let dist: string;
  beforeAll(() => {
    dist = fs.mkdtempSync(path.join(os.tmpdir(), 'inkludera-explorer-'));
    fs.writeFileSync(path.join(dist, 'explorer.html'), '<!doctype html><title>GraphiQL</title>');
  });
  afterAll(() => fs.rmSync(dist, { recursive: true, force: true }));

  it('serves the explorer to a browser at GET /graphql, and leaves API requests alone', async () => {
    const { url, close } = await serve(true, dist);
    try {
      const page = await fetch(`${url}/graphql`, { headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' } });
      expect(page.headers.get('content-type')).toMatch(/^text\/html/);
      await expect(page.text()).resolves.toContain('GraphiQL');
      // A GET query, a client asking for JSON, and any POST reach the API.
      await expect((await fetch(`${url}/graphql?query=%7B__typename%7D`, { headers: { accept: 'text/html' } })).json()).resolves.toEqual({ api: true });
      await expect((await fetch(`${url}/graphql`, { headers: { accept: 'application/json' } })).json()).resolves.toEqual({ api: true });
      await expect((await fetch(`${url}/graphql`, { method: 'POST', headers: { accept: 'text/html' } })).json()).resolves.toEqual({ api: true });
    } finally {
      await close();
    }
  });

  it('serves nothing when it is off, not even the static page', async () => {
    const { url, close } = await serve(false, dist);
    try {
      await expect((await fetch(`${url}/graphql`, { headers: { accept: 'text/html' } })).json()).resolves.toEqual({ api: true });
      expect((await fetch(`${url}/explorer.html`)).status).toBe(404);
    } finally {
      await close();
    }
  });

  it('says so when the web app is not built', async () => {
    const { url, close } = await serve(true, path.join(dist, 'missing'));
    try {
      const response = await fetch(`${url}/graphql`, { headers: { accept: 'text/html' } });
      expect(response.status).toBe(503);
    } finally {
      await close();
    }
  });

  it('is on by default except in production, where GRAPHQL_EXPLORER=true turns it on', () => {
    expect(loadConfig({ NODE_ENV: 'development' }).graphqlExplorer).toBe(true);
    expect(loadConfig({ NODE_ENV: 'test' }).graphqlExplorer).toBe(true);
    expect(loadConfig({ NODE_ENV: 'production' }).graphqlExplorer).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', GRAPHQL_EXPLORER: 'true' }).graphqlExplorer).toBe(true);
    expect(loadConfig({ NODE_ENV: 'development', GRAPHQL_EXPLORER: 'false' }).graphqlExplorer).toBe(false);
  });
});
