import fs from 'node:fs';
import path from 'node:path';
import { Router } from 'express';

/**
 * The GraphQL API explorer for browsers: GET /graphql asking for HTML gets the web app's
 * explorer.html (GraphiQL bundled into packages/web/dist, so it needs no internet). GET requests
 * carrying a query, and everything that is not a browser asking for a page, go on to the API.
 * When the explorer is off (the default in production, GRAPHQL_EXPLORER=true turns it on), the
 * page is not served at /graphql nor at /explorer.html.
 */
export function explorerRouter({ webDist, enabled }: { webDist: string; enabled: boolean }): Router {
  const router = Router();
  const page = path.join(webDist, 'explorer.html');
  router.get('/explorer.html', (_req, res, next) => {
    if (enabled) return next();
    res.status(404).type('text/plain').send('Not found.');
  });
  router.get('/graphql', (req, res, next) => {
    if (!enabled || req.query.query !== undefined || req.accepts(['application/json', 'text/html']) !== 'text/html') return next();
    if (!fs.existsSync(page)) {
      res.status(503).type('text/plain').send('The API explorer is not built. Run `pnpm build` from the repository root.');
      return;
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(page);
  });
  return router;
}
