import type http from 'node:http';
import net from 'node:net';
import type { Socket } from 'node:net';

interface Connection {
  /** Requests on this connection without a finished response. */
  active: number;
  /** When the last response finished (or the connection opened). */
  idleSince: number;
}

export interface DrainOptions {
  /** How long the listener keeps accepting (with /readyz at 503) before it closes. */
  delayMs: number;
  /** After that, how long in-flight requests may take before their connections are destroyed. */
  graceMs: number;
}

export interface DrainResult {
  /** Connections still busy at the end of the grace period, destroyed. */
  forced: number;
  /** How long the drain took, in ms. */
  tookMs: number;
}

/** A connection idle this long is closed during a drain; a client that keeps using its keep-alive connection gets `Connection: close` on its next answer instead. */
const IDLE_CLOSE_MS = 500;
const SWEEP_MS = 50;

/**
 * Graceful drain of an HTTP server without resets.
 *
 * Apollo's drain plugin (like Node's `server.close()`) closes idle keep-alive connections at once,
 * which resets a request the client is sending on one at that moment. Instead, from the start of
 * a drain every response carries `Connection: close` (the client opens no further request on that
 * connection), a connection is closed by the server only after it has been idle for a while, the
 * listener keeps accepting for `delayMs` (with /readyz at 503, so a load balancer takes the
 * instance out first), and connections still busy after `graceMs` are destroyed.
 */
export class HttpDrain {
  private readonly connections = new Map<Socket, Connection>();
  private readonly inFlight = new Set<http.ServerResponse>();
  private drainingSince: number | undefined;

  constructor(private readonly server: http.Server) {
    server.on('connection', (socket: Socket) => {
      this.connections.set(socket, { active: 0, idleSince: Date.now() });
      socket.once('close', () => this.connections.delete(socket));
    });
    // First of the request listeners, so that the header is set before any route answers.
    server.prependListener('request', (req: http.IncomingMessage, res: http.ServerResponse) => {
      const connection = this.connections.get(req.socket);
      if (connection) connection.active += 1;
      this.inFlight.add(res);
      if (this.draining) res.setHeader('Connection', 'close');
      res.once('close', () => {
        this.inFlight.delete(res);
        if (connection) {
          connection.active -= 1;
          connection.idleSince = Date.now();
        }
      });
    });
  }

  get draining(): boolean {
    return this.drainingSince !== undefined;
  }

  /** Open connections now (for tests and the log). */
  get openConnections(): number {
    return this.connections.size;
  }

  async drain(options: DrainOptions): Promise<DrainResult> {
    const started = Date.now();
    this.drainingSince = started;
    for (const res of this.inFlight) if (!res.headersSent) res.setHeader('Connection', 'close');

    const sweep = () => {
      const now = Date.now();
      for (const [socket, connection] of this.connections) {
        if (connection.active === 0 && now - connection.idleSince >= IDLE_CLOSE_MS) socket.end();
      }
    };
    const sweeper = setInterval(sweep, SWEEP_MS);
    try {
      await new Promise((resolve) => setTimeout(resolve, options.delayMs));
      // Stop accepting without closing idle connections (http.Server#close would, see above).
      await new Promise<void>((resolve) => {
        if (!this.server.listening) return resolve();
        net.Server.prototype.close.call(this.server, () => resolve());
        // The callback fires only once every connection has ended; do not wait for that here.
        setImmediate(resolve);
      });
      const deadline = Date.now() + options.graceMs;
      while (this.connections.size > 0 && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, SWEEP_MS));
      }
      const forced = this.connections.size;
      for (const socket of this.connections.keys()) socket.destroy();
      return { forced, tookMs: Date.now() - started };
    } finally {
      clearInterval(sweeper);
    }
  }
}
