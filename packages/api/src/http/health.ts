import { Router } from 'express';
import type { DatabaseAvailability } from '../database/availability';
import type { ReplicaStatus } from '../database/replicas';

export interface Readiness {
  /** True once migrations are applied and the API accepts requests. */
  started(): boolean;
  /** True from the moment a shutdown begins. */
  draining(): boolean;
  /** The database as the monitor sees it (database/availability.ts); undefined before it is open. */
  database(): DatabaseAvailability | undefined;
  /** The read replicas as their probe last saw them (database/replicas.ts); empty without replicas. */
  replicas?(): ReplicaStatus[];
}

/**
 * /healthz (liveness, for restarts): 200 unless the process cannot recover on its own, which is
 * when supervision of the embedded PostgreSQL gave up; a database that is away but coming back,
 * or an external DATABASE_URL that is unreachable, is not a reason to restart the process.
 *
 * /readyz (readiness, for load balancers): 200 when the migrations are applied, the database
 * answers and no shutdown has begun; 503 with a status and a reason otherwise. `databases` lists
 * which databases answer: the primary, and each read replica with its lag (a replica that is away
 * or behind does not make the process unready: its reads go to the primary).
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
    const database = readiness.database();
    const databases = [{ name: 'primary', available: database?.available ?? false, ...(database?.reason ? { reason: database.reason } : {}) }, ...(readiness.replicas?.() ?? [])];
    const answer = (status: number, body: { status: string; reason?: string }) => res.status(status).json({ ...body, databases });
    if (readiness.draining()) return void answer(503, { status: 'draining', reason: 'Shutting down; finishing the requests in flight.' });
    if (!readiness.started()) return void answer(503, { status: 'starting', reason: 'Migrations are not applied yet.' });
    if (database && !database.available) return void answer(503, { status: 'unavailable', reason: database.reason ?? 'Database unreachable.' });
    answer(200, { status: 'ready' });
  });
  return router;
}
