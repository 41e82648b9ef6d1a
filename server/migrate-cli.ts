import 'reflect-metadata';
import { ConfigError, loadConfig } from './config';
import { openDatabase } from './database';

/**
 * `npm run migrate`: runs the pending schema migrations and exits. For setups where the application
 * account may not change the schema (see README, "Database accounts"): run this with the
 * migration account's DATABASE_URL, then start Steward with the application account.
 */
async function main(): Promise<number> {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(`steward migrate: configuration error: ${err.message}`);
      return 1;
    }
    throw err;
  }
  const db = await openDatabase(config.database, { hashKey: config.hashKey });
  try {
    const applied: Array<{ name: string }> = await db.query('SELECT name FROM migrations ORDER BY id');
    console.log(
      `schema up to date: ${applied.length} migration(s), the last ${applied[applied.length - 1]?.name ?? 'none'}`,
    );
    return 0;
  } finally {
    await db.close();
  }
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(`steward migrate: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  },
);
