import { Router } from 'express';

export interface Readiness {
  /** True once migrations are applied and the API accepts requests. */
  started(): boolean;
  /** Resolves when the database answers within the time limit. */
  pingDatabase(timeoutMs: number): Promise<void>;
}

/**
 * /healthz: the process is alive (for restarts). /readyz: the database answers and the migrations
 * are applied (for load balancers); 503 with a reason otherwise.
 */
export function healthRouter(readiness: Readiness): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    if (!readiness.started()) {
      res.status(503).json({ status: 'starting', reason: 'Migrations are not applied yet.' });
      return;
    }
    try {
      await readiness.pingDatabase(2000);
      res.json({ status: 'ready' });
    } catch (error) {
      res.status(503).json({ status: 'unavailable', reason: `Database unreachable: ${(error as Error).message}` });
    }
  });
  return router;
}
