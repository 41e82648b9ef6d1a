import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { MailingList } from '../schema/lists/mailing-list.entity';
import { IMPORT_QUEUE } from '../schema/subscribers/import.service';
import { Tenant } from '../schema/tenants/tenant.entity';
import { RequestContext } from '../tenants/request-context';
import { WorkerPool } from '../workers/worker-pool';
import { createServices } from './app';
import { ConfigError, loadConfig } from './config';
import { createLogger } from '../schema/common/logger';

const USAGE =
  'usage: npm run import -- --tenant SLUG --list NAME [--consent "how these people consented"] FILE.csv';

function bar(done: number, total: number): string {
  const width = 30;
  const filled = total ? Math.round((done / total) * width) : 0;
  const pct = total ? Math.floor((done / total) * 100) : 0;
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${String(pct).padStart(3)}% ${done.toLocaleString('en')}/${total.toLocaleString('en')} rows`;
}

/**
 * `npm run import`: imports a CSV file into a tenant's list as the same job `importSubscribers`
 * runs, working it off in this process (any running worker may share it) with a progress bar.
 */
async function main(): Promise<number> {
  let args: ReturnType<typeof parseArgs>;
  try {
    args = parseArgs({
      options: { tenant: { type: 'string' }, list: { type: 'string' }, consent: { type: 'string' } },
      allowPositionals: true,
    });
  } catch (err) {
    console.error(`${(err as Error).message}\n${USAGE}`);
    return 2;
  }
  const {
    tenant: slug,
    list: name,
    consent,
  } = args.values as { tenant?: string; list?: string; consent?: string };
  const file = args.positionals[0];
  if (!slug || !name || !file) {
    console.error(USAGE);
    return 2;
  }
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(`steward import: configuration error: ${err.message}`);
      return 1;
    }
    throw err;
  }
  const csv = readFileSync(file, 'utf8');
  const services = await createServices(config, createLogger(process.env.LOG_LEVEL ?? 'warn'));
  try {
    const tenant = await services.db.read((em) => em.findOneBy(Tenant, { slug: slug.trim().toLowerCase() }));
    const list =
      tenant &&
      (await services.db.read((em) =>
        em.findOneBy(MailingList, { tenantId: tenant.id, name: name.trim().toUpperCase() }),
      ));
    if (!tenant || !list) {
      console.error(`steward import: no list ${name} in tenant ${slug}`);
      return 1;
    }
    const ctx = RequestContext.system('cli-import').forTenant(tenant.id);
    const started = await services.imports.start(ctx, list.id, csv, consent);
    const importer = services.handlers.filter((h) => h.queue === IMPORT_QUEUE);
    const pool = new WorkerPool(
      services.queue,
      importer,
      { loops: 1, leaseMs: config.jobLeaseMs, pollMs: 200 },
      services.log,
    );
    pool.start();
    const t0 = Date.now();
    for (;;) {
      const state = (await services.imports.find(ctx, started.id))!;
      process.stderr.write(`\r${bar(state.progress.processed, state.progress.total)}`);
      if (state.status === 'DONE' || state.status === 'FAILED') {
        process.stderr.write('\n');
        await pool.stop(1000);
        if (state.status === 'FAILED') {
          console.error(`steward import: ${state.error}`);
          return 1;
        }
        const r = state.report!;
        console.log(
          `${r.rows} rows in ${((Date.now() - t0) / 1000).toFixed(1)} s: ${r.added} added, ${r.alreadyPresent} already present, ${r.suppressed} suppressed, ${r.invalid} invalid`,
        );
        for (const l of r.invalidLines.slice(0, 20)) console.log(`  line ${l.line}: ${l.reason}`);
        if (r.invalid > 20) console.log(`  ... and ${r.invalid - 20} more invalid lines`);
        return 0;
      }
      await new Promise((res) => setTimeout(res, 250));
    }
  } finally {
    await services.db.close();
  }
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(`steward import: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  },
);
