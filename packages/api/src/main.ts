#!/usr/bin/env node
/**
 * `pnpm start`: starts Inkludera on one port — GraphQL at /graphql, the SPA at /, /healthz and
 * /readyz — on the embedded PostgreSQL unless DATABASE_URL is set. Ctrl-C stops it cleanly.
 */
import 'reflect-metadata';
import { ConfigError, loadConfig } from './config';
import { StartupError } from './database/startup-error';
import { createLogger, startServer, type RunningServer } from './server';

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

  // Signal handlers come first: a Ctrl-C during start-up (or right after the banner) must still
  // stop the database cleanly instead of killing the process.
  let running: RunningServer | undefined;
  let stopRequested = false;
  let stopSignal: NodeJS.Signals | undefined;
  const stop = (signal?: NodeJS.Signals) => {
    stopSignal ??= signal;
    if (signal) logger.info({ signal }, 'stopping');
    if (stopRequested && signal) return;
    stopRequested = true;
    if (!running) return; // start-up finishes first, then stops
    // SIGTERM (an orchestrator): keep accepting for SHUTDOWN_DELAY_MS while /readyz says 503, so a
    // load balancer takes this instance out first. Ctrl-C: no delay. Then in-flight requests get
    // up to SHUTDOWN_GRACE_MS, and the database stops.
    const delayMs = stopSignal === 'SIGINT' ? 0 : config.shutdownDelayMs;
    const limitMs = delayMs + config.shutdownGraceMs + 15_000;
    const force = setTimeout(() => {
      process.stderr.write(`Inkludera did not stop within ${Math.round(limitMs / 1000)} s; exiting.\n`);
      process.exit(1);
    }, limitMs);
    force.unref();
    running
      .close({ delayMs })
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

  try {
    running = await startServer(config, logger);
  } catch (error) {
    if (error instanceof StartupError) fail(error.message, error.hint);
    logger.error({ err: error }, 'start failed');
    fail((error as Error).message ?? String(error));
  }
  if (stopRequested) {
    stop();
    return;
  }
  process.stdout.write(
    `\nInkludera is running at ${running.url}\n  GraphQL API: ${running.url}/graphql\n  Database: ${
      config.databaseUrl ? 'DATABASE_URL' : `embedded PostgreSQL in ${config.dataDir}`
    }\nPress Ctrl-C to stop.\n\n`,
  );
}

void main();
