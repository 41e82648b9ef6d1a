import { DataSource } from 'typeorm';
import { parseDatabaseUrl } from '../server/config';

export interface Figure {
  bench: string;
  metric: string;
  value: number;
  unit: string;
  baseline: number;
  ratio: number;
}

/** One JSON line per figure, as docs/benchmarks.md and the issue ask. */
export function report(f: Omit<Figure, 'ratio'> & { ratio?: number }): void {
  const ratio = f.ratio ?? (f.baseline ? f.value / f.baseline : 0);
  const round = (n: number) => Math.round(n * 1000) / 1000;
  console.log(
    JSON.stringify({
      bench: f.bench,
      metric: f.metric,
      value: round(f.value),
      unit: f.unit,
      baseline: round(f.baseline),
      ratio: round(ratio),
    }),
  );
}

export const BENCH_DATABASE_URL =
  process.env.BENCH_DATABASE_URL || 'mysql://root@127.0.0.1:3306/steward_bench';

/**
 * The bench database: created when missing, and then dropped again at the end; an existing one is
 * left in place and the bench deletes only the rows it wrote.
 */
export async function benchDatabase(databaseUrl = BENCH_DATABASE_URL): Promise<{
  url: string;
  createdHere: boolean;
  cleanup(): Promise<void>;
}> {
  const cfg = parseDatabaseUrl(databaseUrl, 'BENCH_DATABASE_URL');
  if (cfg.type !== 'mysql') throw new Error('BENCH_DATABASE_URL must be a mysql:// URL');
  const admin = new URL(cfg.url);
  admin.pathname = '/';
  const ds = new DataSource({ type: 'mysql', url: admin.toString() });
  await ds.initialize();
  const rows = await ds.query('SELECT SCHEMA_NAME FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = ?', [
    cfg.database,
  ]);
  await ds.destroy();
  const createdHere = rows.length === 0;
  return {
    url: cfg.url,
    createdHere,
    async cleanup() {
      if (!createdHere) return;
      const d = new DataSource({ type: 'mysql', url: admin.toString() });
      await d.initialize();
      await d.query(`DROP DATABASE IF EXISTS \`${cfg.database}\``);
      await d.destroy();
    },
  };
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
