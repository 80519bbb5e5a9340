import http from 'node:http';

/** A GraphQL call over HTTP on loopback, with keep-alive connections. */
export interface Call {
  status: number;
  ms: number;
  sqlStatements: number;
  body: { data?: Record<string, any>; errors?: Array<{ message: string }> };
  bytesSent: number;
  /** The size of the answer's body. */
  bytesReceived: number;
}

export class Client {
  private readonly agent: http.Agent;
  private readonly url: URL;

  /** `headers`: the credentials every call sends (a session cookie or an API key). */
  constructor(
    baseUrl: string,
    connections: number,
    private readonly headers: Record<string, string> = {},
  ) {
    this.url = new URL('/graphql', baseUrl);
    if (!['127.0.0.1', 'localhost', '[::1]'].includes(this.url.hostname)) throw new Error(`The benchmark only talks to loopback, not ${this.url.hostname}.`);
    this.agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  }

  post(query: string, variables?: Record<string, unknown>): Promise<Call> {
    return this.postJson(this.url, { query, variables });
  }

  /** POSTs `body` as JSON to `pathname` of the same server (a peer of the side-by-side benchmark answers on /w1, /w2). */
  postJson(pathname: string | URL, body: unknown): Promise<Call> {
    const url = typeof pathname === 'string' ? new URL(pathname, this.url) : pathname;
    const payload = Buffer.from(JSON.stringify(body));
    const started = performance.now();
    return new Promise((resolve, reject) => {
      const request = http.request(url, { method: 'POST', agent: this.agent, headers: { ...this.headers, 'content-type': 'application/json', 'content-length': payload.length } }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const received = Buffer.concat(chunks);
          const text = received.toString('utf8');
          let body: Call['body'];
          try {
            body = JSON.parse(text) as Call['body'];
          } catch {
            body = { errors: [{ message: text.slice(0, 200) }] };
          }
          resolve({
            status: response.statusCode ?? 0,
            ms: performance.now() - started,
            sqlStatements: Number(response.headers['x-sql-statements'] ?? NaN),
            body,
            bytesSent: payload.length,
            bytesReceived: received.length,
          });
        });
        response.on('error', reject);
      });
      request.setTimeout(60_000, () => request.destroy(new Error('no answer within 60 s')));
      request.on('error', reject);
      request.end(payload);
    });
  }

  close(): void {
    this.agent.destroy();
  }
}

export interface LoadResult {
  requests: number;
  concurrency: number;
  p50: number;
  p99: number;
  perSecond: number;
  statements: { min: number; max: number };
}

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

/**
 * Runs `requests` calls with `concurrency` clients, each taking the next request number until all
 * are done (bounded in count; every call must succeed). A short warm-up runs first, unmeasured.
 */
/** Sends each call to the next of several servers in turn, as a round-robin load balancer does. */
export class RoundRobin {
  private next = 0;
  constructor(private readonly clients: Client[]) {}

  post(query: string, variables?: Record<string, unknown>): Promise<Call> {
    const client = this.clients[this.next % this.clients.length] as Client;
    this.next += 1;
    return client.post(query, variables);
  }
}

export async function load(
  client: Pick<Client, 'post'>,
  options: { requests: number; concurrency: number; warmUp: number },
  make: (n: number) => { query: string; variables?: Record<string, unknown> },
): Promise<LoadResult> {
  const check = (call: Call, n: number) => {
    if (call.status !== 200 || call.body.errors?.length) throw new Error(`request ${n} failed (${call.status}): ${JSON.stringify(call.body.errors ?? call.body).slice(0, 500)}`);
  };
  for (let n = 0; n < options.warmUp; n += 1) {
    const { query, variables } = make(n);
    check(await client.post(query, variables), n);
  }
  const latencies: number[] = [];
  const statements: number[] = [];
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    for (;;) {
      const n = next;
      next += 1;
      if (n >= options.requests) return;
      const { query, variables } = make(options.warmUp + n);
      const call = await client.post(query, variables);
      check(call, n);
      latencies.push(call.ms);
      statements.push(call.sqlStatements);
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    requests: options.requests,
    concurrency: options.concurrency,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    perSecond: options.requests / seconds,
    statements: { min: Math.min(...statements), max: Math.max(...statements) },
  };
}
