/**
 * The speed peer of the side-by-side benchmark (docs/PERFORMANCE.md): PostGraphile 5 with its
 * default (Amber) preset pointed at the same tables, in a process of its own, on node's http server.
 * It cannot express the public rules or small-count suppression; its queries (side-by-side.ts) ask
 * for the same shape with the conditions PostGraphile can express. A dev dependency of the bench only.
 *
 * Node 20 lacks Promise.withResolvers, which PostGraphile 5 uses: polyfilled here, for this process.
 * PgIndexBehaviorsPlugin is disabled, so that `condition` works on unindexed columns (status, archived_at, published).
 */
import http from 'node:http';

type Resolvers<T> = { promise: Promise<T>; resolve: (value: T | PromiseLike<T>) => void; reject: (reason?: unknown) => void };
const promiseStatic = Promise as unknown as { withResolvers?: <T>() => Resolvers<T> };
if (typeof promiseStatic.withResolvers !== 'function') {
  promiseStatic.withResolvers = <T>(): Resolvers<T> => {
    let resolve!: Resolvers<T>['resolve'];
    let reject!: Resolvers<T>['reject'];
    const promise = new Promise<T>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    return { promise, resolve, reject };
  };
}

async function main(): Promise<void> {
  const { postgraphile } = await import('postgraphile');
  const { PostGraphileAmberPreset } = await import('postgraphile/presets/amber');
  const { makePgService } = await import('postgraphile/adaptors/pg');
  const { grafserv } = await import('postgraphile/grafserv/node');
  const preset = {
    extends: [PostGraphileAmberPreset],
    disablePlugins: ['PgIndexBehaviorsPlugin'],
    pgServices: [makePgService({ connectionString: process.env.DATABASE_URL as string, schemas: ['public'], poolConfig: { max: Number(process.env.POOL_SIZE ?? 10) } } as never)],
    grafserv: { graphqlPath: '/graphql', graphiql: false, watch: false },
    grafast: { explain: false },
  };
  const pgl = postgraphile(preset as never);
  if (process.env.PEER_SCHEMA_OUT) {
    const { printSchema } = await import('postgraphile/graphql');
    const fs = await import('node:fs');
    fs.writeFileSync(process.env.PEER_SCHEMA_OUT, printSchema(await pgl.getSchema()));
  }
  const serv = pgl.createServ(grafserv);
  const server = http.createServer();
  server.keepAliveTimeout = 60_000;
  serv.addTo(server).catch((error: unknown) => {
    process.stderr.write(`${String(error)}\n`);
    process.exit(1);
  });
  await serv.ready();
  server.listen(Number(process.env.PORT), '127.0.0.1', () => process.stdout.write(`peer listening at http://127.0.0.1:${process.env.PORT}\n`));
  const stop = () => server.close(() => void Promise.resolve(pgl.release()).then(() => process.exit(0)));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`postgraphile peer failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  });
}
