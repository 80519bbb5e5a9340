#!/usr/bin/env node
/**
 * `pnpm start`: starts Inkludera on one port — GraphQL at /graphql, the SPA at /, /healthz and
 * /readyz — on the embedded PostgreSQL unless DATABASE_URL is set. Ctrl-C stops it cleanly.
 */
import 'reflect-metadata';
import { ConfigError, loadConfig } from './config';
import { StartupError } from './database/startup-error';
import { createLogger, startServer } from './server';

function fail(message: string, hint?: string): never {
  process.stderr.write(`\nInkludera could not start: ${message}\n${hint ? `${hint}\n` : ''}\n`);
  process.exit(1);
}

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) fail(error.message);
    throw error;
  }
  const logger = createLogger(config);
  let server;
  try {
    server = await startServer(config, logger);
  } catch (error) {
    if (error instanceof StartupError) fail(error.message, error.hint);
    logger.error({ err: error }, 'start failed');
    fail((error as Error).message ?? String(error));
  }
  const running = server;
  process.stdout.write(
    `\nInkludera is running at ${running.url}\n  GraphQL API: ${running.url}/graphql\n  Database: ${
      config.databaseUrl ? 'DATABASE_URL' : `embedded PostgreSQL in ${config.dataDir}`
    }\nPress Ctrl-C to stop.\n\n`,
  );

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping');
    const force = setTimeout(() => {
      process.stderr.write('Inkludera did not stop within 15 s; exiting.\n');
      process.exit(1);
    }, 15_000);
    force.unref();
    running
      .close()
      .then(() => {
        process.stdout.write('Inkludera stopped.\n');
        process.exit(0);
      })
      .catch((error: unknown) => {
        logger.error({ err: error }, 'stop failed');
        process.exit(1);
      });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void main();
