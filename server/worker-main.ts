import 'reflect-metadata';
import { createServices, createWorkerPool } from './app';
import { ConfigError, loadConfig } from './config';
import type { Config } from './config';

/** `npm run worker`: job loops only, no HTTP; run as many of these as the queue needs. */
async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(`steward worker: configuration error: ${err.message}`);
      process.exit(1);
    }
    throw err;
  }
  const services = await createServices(config);
  const pool = createWorkerPool(services, Math.max(1, config.workers));
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    const force = setTimeout(() => process.exit(1), 30_000);
    force.unref();
    await pool.stop(20_000);
    await services.db.close();
    process.exit(0);
  };
  // Registered before anything is announced: a supervisor may signal as soon as it reads the line.
  process.on('SIGTERM', () => void stop());
  process.on('SIGINT', () => void stop());
  pool.start();
  process.stdout.write(`Steward worker ${pool.workerId} running ${Math.max(1, config.workers)} loop(s)\n`);
}

main().catch((err) => {
  console.error(`steward worker: failed to start: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
