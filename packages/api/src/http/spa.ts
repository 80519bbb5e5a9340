import fs from 'node:fs';
import path from 'node:path';
import express, { Router } from 'express';

/**
 * Serves the built SPA: hashed assets with long caching, and index.html for every other GET that
 * is not an API path, so that client-side routes survive a reload.
 */
export function spaRouter(webDist: string): Router {
  const router = Router();
  const index = path.join(webDist, 'index.html');
  router.use('/assets', express.static(path.join(webDist, 'assets'), { immutable: true, maxAge: '1y', fallthrough: false }));
  router.use(express.static(webDist, { index: false, maxAge: '1h' }));
  router.get(/^\/(?!graphql|healthz|readyz|open\/).*/, (_req, res) => {
    if (!fs.existsSync(index)) {
      res.status(503).type('text/plain').send('The web app is not built. Run `pnpm build` (or `pnpm start`, which builds it) from the repository root.');
      return;
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
  return router;
}
