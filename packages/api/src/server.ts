import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { OperationTypeNode } from 'graphql';
import { pino, type Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import type { DataSource } from 'typeorm';
import type { Config } from './config';
import { openDatabase, type Database } from './database/open-database';
import { StartupError } from './database/startup-error';
import { runWithReader, useWriter } from './database/read-routing';
import { currentSqlScope, runWithSqlScope, type SqlScope } from './database/sql-counter';
import type { Context } from './graphql/context';
import { publicReadModel } from './graphql/compiled/model';
import { compiledReadsPlugin } from './graphql/compiled/plugin';
import { createErrorFormatter, errorReportingPlugin, finalErrorHandler } from './graphql/errors';
import { inputGuardPlugin } from './graphql/input-guard';
import { queryLimitsPlugin, withLimitErrors, type QueryLimits } from './graphql/limits';
import { getSchema } from './graphql/schema';
import { actorOf, authenticate, sessionCookie } from './access/authenticate';
import type { Access } from './access/access';
import { bodyErrorHandler, graphqlBody, mayWriteMeasurements } from './http/graphql-body';
import { databaseGate, databaseUnavailablePlugin, withDatabaseUnavailable } from './http/database-unavailable';
import { HttpDrain } from './http/drain';
import { explorerRouter } from './http/explorer';
import { healthRouter } from './http/health';
import { clientIp, PostgresRateLimitStore, rateLimit, type RateLimitStore } from './http/rate-limit';
import { requestId } from './http/request-context';
import { spaRouter } from './http/spa';
import { reportsRouter } from './modules/follow-up/report/report.router';
import { openDataRouter } from './open-data/open-data.router';
import { createLoaders, lazily } from './loaders';
import { createServices, type Services } from './services';
import { SessionHints } from './access/session-hints';

export interface RunningServer {
  url: string;
  port: number;
  dataSource: DataSource;
  logger: Logger;
  /** True from the moment a shutdown begins (/readyz answers 503). */
  draining(): boolean;
  /**
   * Drains (http/drain.ts): /readyz 503 and `Connection: close` at once, the listener open for
   * `delayMs` (default 0), in-flight requests up to `config.shutdownGraceMs`; then closes the pool
   * and stops an embedded database cleanly.
   */
  close(options?: { delayMs?: number }): Promise<void>;
}

export function createLogger(config: Config): Logger {
  return pino({ level: config.logLevel, base: { service: 'inkludera-api' } });
}

function listen(server: http.Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      server.off('listening', onListening);
      if (error.code === 'EADDRINUSE') {
        reject(
          new StartupError(
            `Port ${port} is already in use, so Inkludera cannot listen on it.`,
            `Stop the program that uses port ${port}, or start on another port: PORT=4001 pnpm start`,
          ),
        );
      } else if (error.code === 'EACCES') {
        reject(new StartupError(`Not allowed to listen on port ${port}.`, 'Choose a port above 1023: PORT=4000 pnpm start'));
      } else {
        reject(error);
      }
    };
    const onListening = () => {
      server.off('error', onError);
      resolve((server.address() as AddressInfo).port);
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, host);
  });
}

/**
 * Starts Inkludera: listens first (so that a taken port fails at once and /healthz answers while
 * the database starts), then opens the database, applies migrations, loads demo data into an
 * empty database, and only then serves GraphQL.
 */
export async function startServer(config: Config, logger: Logger = createLogger(config)): Promise<RunningServer> {
  const development = config.env === 'development';
  const app = express();
  app.disable('x-powered-by');
  // X-Forwarded-For is believed only from the proxies TRUST_PROXY names (none by default).
  app.set('trust proxy', config.trustProxy);
  const httpServer = http.createServer(app);
  const drain = new HttpDrain(httpServer);

  let database: Database | undefined;
  let services: Services | undefined;
  // What the compiled reads know (graphql/compiled/model.ts), checked against the staff-only fields at start.
  let compiledModel: ReturnType<typeof publicReadModel> | undefined;
  // Rate-limit counts in PostgreSQL, shared by every API process on the database (http/rate-limit.ts).
  let rateLimits: RateLimitStore | undefined;
  const rateLimitStore = () => rateLimits;

  // One scope per request: a request id, one JSON log line at the end, and the SQL statement count.
  app.use((req, res, next) => {
    const scope: SqlScope = { statements: 0 };
    res.locals.sqlScope = scope;
    res.locals.requestId = requestId(req, res);
    runWithSqlScope(scope, next);
  });
  app.use(
    pinoHttp({
      logger,
      genReqId: (_req, res) => res.getHeader('X-Request-Id') as string,
      customSuccessObject: (_req, res, line: object) => ({ ...line, sqlStatements: (res as express.Response).locals?.sqlScope?.statements ?? 0 }),
      serializers: { req: (req) => ({ id: req.id, method: req.method, url: req.url }), res: (res) => ({ statusCode: res.statusCode }) },
      autoLogging: { ignore: (req) => req.url === '/healthz' },
      // pino-http's levels (error for a failure, info otherwise), but 'silent' when info lines are not
      // written anyway (LOG_LEVEL=warn): then the line is not even built.
      customLogLevel: (_req, res, error) => (error || res.statusCode >= 500 ? 'error' : logger.isLevelEnabled('info') ? 'info' : 'silent'),
    }),
  );

  app.use(
    healthRouter({
      started: () => services !== undefined,
      draining: () => drain.draining,
      database: () => database?.availability(),
      replicas: () => database?.replicas?.statuses() ?? [],
    }),
  );

  const port = await listen(httpServer, config.port, config.host);
  const url = `http://${config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host}:${port}`;

  const limits: QueryLimits = {
    maxDepth: config.graphqlMaxDepth,
    maxCost: config.graphqlMaxCost,
    maxAliases: config.graphqlMaxAliases,
    maxTokens: config.graphqlMaxTokens,
    maxDirectives: config.graphqlMaxDirectives,
  };
  const apollo = new ApolloServer<Context>({
    schema: await getSchema(),
    introspection: true,
    csrfPrevention: true,
    // One operation per request: a JSON array body is refused with 400 BAD_REQUEST.
    allowBatchedHttpRequests: false,
    // The parser stops at this many tokens (TOO_MANY_TOKENS, graphql/limits/format.ts).
    parseOptions: { maxTokens: limits.maxTokens },
    // No "Did you mean …?" field suggestions in validation errors (the formatter removes the rest).
    hideSchemaDetailsFromClientErrors: true,
    // main.ts owns SIGINT/SIGTERM and stops everything in order.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: config.exposeErrorDetails,
    // The database being away is DATABASE_UNAVAILABLE (503, Retry-After), not an internal error.
    formatError: withDatabaseUnavailable(
      withLimitErrors(createErrorFormatter({ exposeDetails: config.exposeErrorDetails, log: (error) => logger.error({ err: error }, 'GraphQL resolver failed') }), {
        development,
        maxTokens: limits.maxTokens,
      }),
      () => database?.suspect(),
    ),
    plugins: [
      // Internal errors logged with the request id, which the client gets (graphql/errors.ts).
      errorReportingPlugin(logger),
      // NUL, unpaired surrogates, over-deep variables and subscriptions refused before execution (graphql/input-guard.ts).
      inputGuardPlugin(),
      // Depth, cost, aliases and directives, before execution (graphql/limits/).
      queryLimitsPlugin(limits),
      // 503 with Retry-After for an answer whose error is DATABASE_UNAVAILABLE.
      databaseUnavailablePlugin<Context>(),
      // No @cacheControl hints are used; without the plugin no resolver is wrapped for it.
      ApolloServerPluginCacheControlDisabled(),
      development ? ApolloServerPluginLandingPageLocalDefault({ embed: true }) : ApolloServerPluginLandingPageDisabled(),
      // Anonymous queries the model knows: one compiled SQL statement instead of the resolvers (graphql/compiled/).
      compiledReadsPlugin({ model: () => compiledModel, preparedStatements: config.preparedStatements, logger }),
      {
        // A mutation writes: it and everything after it in the request use the primary (read-your-writes).
        async requestDidStart() {
          return {
            async didResolveOperation({ operation }) {
              if (operation?.operation !== OperationTypeNode.QUERY) useWriter();
            },
          };
        },
      },
      {
        // Tells tests and the benchmark how many SQL statements a request ran (off in production).
        async requestDidStart() {
          return {
            async willSendResponse({ response }) {
              const scope = currentSqlScope();
              if (scope && config.sqlStatementsHeader) response.http.headers.set('x-sql-statements', String(scope.statements));
            },
          };
        },
      },
    ],
  });
  await apollo.start();

  // GET /graphql in a browser: the bundled API explorer (http/explorer.ts), before the API.
  app.use(explorerRouter({ webDist: config.webDist, enabled: config.graphqlExplorer }));
  // The callers of GraphQL and of the report downloads, recognised and limited alike.
  const callers = [
    // Per client IP for requests without an API key (429 with Retry-After); /healthz, /readyz and the web app are not limited.
    rateLimit({ name: 'graphql', store: rateLimitStore, limit: config.rateLimitPerMinute, key: (req) => (req.headers.authorization ? undefined : clientIp(req)) }),
    (_req: express.Request, res: express.Response, next: express.NextFunction) => {
      if (services) return next();
      res.status(503).json({ errors: [{ message: 'Inkludera is starting; try again shortly.', extensions: { code: 'SERVICE_UNAVAILABLE' } }] });
    },
    // While the database is away: 503 DATABASE_UNAVAILABLE with Retry-After, before anything queries it.
    databaseGate(() => database?.availability()),
    // Who is calling: API key, session cookie or nobody (access/authenticate.ts).
    authenticate({
      services: () => services as Services,
      dataSource: () => (database as Database).dataSource,
      secureCookies: config.secureCookies,
      failedKeysPerMinute: config.rateLimitPerMinute,
      rateLimits: rateLimitStore,
      // Useful only where a compiled read can check the session in its own statement.
      sessionHints: config.compiledReads ? new SessionHints() : undefined,
    }),
    // Which database the request reads from: anonymous callers read from a replica (when there is one
    // that answers and keeps up), everyone else from the primary, so that staff read their own
    // writes (docs/adr/0012-read-replicas.md). A mutation switches to the primary (plugin below).
    (_req: express.Request, res: express.Response, next: express.NextFunction) => {
      const db = database as Database;
      runWithReader(db.dataSource, actorOf(res).kind === 'anonymous' ? db.reader() : db.dataSource, next);
    },
    // Per API key.
    rateLimit({
      name: 'key',
      store: rateLimitStore,
      limit: config.rateLimitPerKeyPerMinute,
      key: (req) => {
        const actor = req.res ? actorOf(req.res) : undefined;
        return actor?.kind === 'key' ? `key:${actor.keyId}` : undefined;
      },
    }),
  ];
  app.use(
    '/graphql',
    ...callers,
    // After authentication: only callers who may write measurements get the bulk limit.
    ...graphqlBody({ maxBytes: config.maxBodyBytes, maxBulkBytes: config.maxBulkBodyBytes, mayUseBulkLimit: (_req, res) => mayWriteMeasurements(actorOf(res)) }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const ready = services as Services;
        const access = res.locals.access as Access;
        return {
          requestId: res.locals.requestId as string,
          services: ready,
          access,
          // Made on first use: a compiled read (graphql/compiled/) needs none.
          loaders: lazily(() => createLoaders(ready, access)),
          clientAddress: req.ip ?? req.socket.remoteAddress ?? 'unknown',
          sessionCookie: sessionCookie(res, config.secureCookies),
        };
      },
    }),
  );
  app.use('/graphql', bodyErrorHandler);
  // Follow-up reports (PDF, xlsx, CSV) of a reporting round: the same callers as GraphQL, and what
  // they may read through it (modules/follow-up/report/report.router.ts).
  app.use('/reports', ...callers, reportsRouter({ services: () => services as Services }));
  // Open data: no login, read-only; 503 until the database is ready (open-data/open-data.router.ts),
  // and 503 DATABASE_UNAVAILABLE with Retry-After while it is away, as for GraphQL.
  app.use(
    ['/open', '/datasets', '/:code/datasets'],
    databaseGate(() => database?.availability()),
  );
  app.use(
    openDataRouter({
      dataSource: () => (services ? database?.dataSource : undefined),
      // Open data is public: it is read from a replica when there is one that keeps up; refreshes of the snapshot write to the primary.
      readDataSource: () => (services ? database?.reader() : undefined),
      publicUrl: config.publicUrl,
      defaultMunicipality: config.defaultMunicipality,
      maxAgeSeconds: config.openDataMaxAgeSeconds,
      logger,
    }),
  );
  app.use(spaRouter(config.webDist));
  // No Express error page (it shows stack traces outside NODE_ENV=production): JSON with the request id.
  app.use(finalErrorHandler({ exposeDetails: config.exposeErrorDetails, logger }));

  let closing: Promise<void> | undefined;
  const close = (options: { delayMs?: number } = {}) => {
    closing ??= (async () => {
      // No restarts of the embedded PostgreSQL from here on; it stops cleanly at the end.
      database?.beginShutdown();
      const drained = await drain.drain({ delayMs: options.delayMs ?? 0, graceMs: config.shutdownGraceMs });
      logger.info(drained, 'drained the HTTP server');
      await apollo.stop();
      await database?.close();
    })();
    return closing;
  };

  try {
    database = await openDatabase(config, logger);
    rateLimits = new PostgresRateLimitStore(database.dataSource);
    if (config.compiledReads) compiledModel = publicReadModel(database.dataSource);
    services = createServices(database.dataSource, {
      sessionHours: config.sessionHours,
      loginMaxFailures: config.loginMaxFailures,
      loginLockSeconds: config.loginLockSeconds,
      preparedStatements: config.preparedStatements,
    });
  } catch (error) {
    await close().catch(() => undefined);
    throw error;
  }
  return { url, port, dataSource: database.dataSource, logger, draining: () => drain.draining, close };
}
