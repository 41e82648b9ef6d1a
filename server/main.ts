import 'reflect-metadata';
import { createServices, createWorkerPool, listen, RunningServer } from './app';
import { ConfigError, loadConfig } from './config';
import type { Config } from './config';

/** `npm start`: migrations, the API, and WORKERS job loops in one process. */
async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(`steward: configuration error: ${err.message}`);
      process.exit(1);
    }
    throw err;
  }
  const services = await createServices(config);
  const created = await services.users.ensureOperator(config.operatorEmail, config.operatorPassword);
  if (created?.password) {
    // Printed once, to the terminal only: it is stored as a hash and cannot be shown again.
    process.stdout.write(
      `\n  First operator created: ${created.email}\n  One-time password:      ${created.password}\n` +
        `  (shown once: sign in with the login mutation, then replace it with changePassword)\n\n`,
    );
  }
  const workers = createWorkerPool(services, config.workers);
  let http: RunningServer | null = null;

  // Registered before anything is announced: a supervisor may signal as soon as it reads the URL.
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    services.log.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 30_000);
    force.unref();
    await http?.close();
    await workers.stop(20_000);
    await services.db.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));

  workers.start();
  http = await listen(services);
  const db =
    config.database.type === 'sqlite'
      ? `SQLite at ${config.database.path}`
      : `MySQL database ${config.database.database}`;
  process.stdout.write(
    `Steward is serving ${http.url} (${db}, ${config.workers} worker loop${config.workers === 1 ? '' : 's'})\n` +
      `The portal: ${config.publicUrl}/\n`,
  );
}

main().catch((err) => {
  console.error(`steward: failed to start: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
