import { setTimeout as sleep } from 'node:timers/promises';
import { Logger } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { RunningDatabase } from './bootstrap.js';
import type { AppConfig } from './config/app-config.js';
import { ShutdownState } from './health/shutdown-state.js';

/**
 * SIGTERM (or SIGINT) stops the service without cutting anyone off. First the
 * health check answers 503 'draining' for `drainMs` while requests are still
 * served, so that a load balancer takes the instance out of rotation before it
 * refuses anything; then the server stops accepting connections and waits for
 * the requests in flight (Nest closes HTTP before the database pool); then the
 * embedded database is closed, which releases its data directory's lock. If
 * all that takes longer than `timeoutMs`, the process exits anyway and says so.
 */
export function stopGracefullyOnSignals(app: NestFastifyApplication, database: RunningDatabase, config: AppConfig): void {
  const logger = new Logger('Shutdown');
  const { drainMs, timeoutMs } = config.shutdown;
  let stopping = false;

  const stop = async (signal: string): Promise<void> => {
    if (stopping) {
      logger.log(`${signal}: already stopping`);
      return;
    }
    stopping = true;
    const started = performance.now();
    const seconds = (): string => ((performance.now() - started) / 1000).toFixed(1);
    // Unref'd: it must not keep alive a process that has finished stopping.
    setTimeout(() => {
      logger.error(`${signal}: not stopped after ${timeoutMs} ms (SHUTDOWN_TIMEOUT_MS): exiting with requests or the database unfinished`);
      process.exit(1);
    }, timeoutMs).unref();

    const state = app.get(ShutdownState);
    state.phase = 'draining';
    logger.log(`${signal}: draining for ${drainMs} ms (the health check answers 503 'draining'), then stopping`);
    if (drainMs > 0) await sleep(drainMs);
    state.phase = 'closing';
    try {
      await app.close();
      await database.embedded?.stop();
      logger.log(`Stopped in ${seconds()} s`);
      process.exit(0);
    } catch (error: unknown) {
      logger.error(`Stopping failed after ${seconds()} s: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    }
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}
