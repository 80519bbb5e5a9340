import { Router } from 'express';
import type { DatabaseAvailability } from '../database/availability';

export interface Readiness {
  /** True once migrations are applied and the API accepts requests. */
  started(): boolean;
  /** True from the moment a shutdown begins. */
  draining(): boolean;
  /** The database as the monitor sees it (database/availability.ts); undefined before it is open. */
  database(): DatabaseAvailability | undefined;
}

/**
 * /healthz (liveness, for restarts): 200 unless the process cannot recover on its own, which is
 * when supervision of the embedded PostgreSQL gave up; a database that is away but coming back,
 * or an external DATABASE_URL that is unreachable, is not a reason to restart the process.
 *
 * /readyz (readiness, for load balancers): 200 when the migrations are applied, the database
 * answers and no shutdown has begun; 503 with a status and a reason otherwise.
 */
export function healthRouter(readiness: Readiness): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    const database = readiness.database();
    if (database && !database.recoverable) {
      res.status(503).json({ status: 'failed', reason: database.reason ?? 'The database cannot be recovered without a restart.' });
      return;
    }
    res.json({ status: 'ok' });
  });
  router.get('/readyz', (_req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    if (readiness.draining()) {
      res.status(503).json({ status: 'draining', reason: 'Shutting down; finishing the requests in flight.' });
      return;
    }
    if (!readiness.started()) {
      res.status(503).json({ status: 'starting', reason: 'Migrations are not applied yet.' });
      return;
    }
    const database = readiness.database();
    if (database && !database.available) {
      res.status(503).json({ status: 'unavailable', reason: database.reason ?? 'Database unreachable.' });
      return;
    }
    res.json({ status: 'ready' });
  });
  return router;
}
