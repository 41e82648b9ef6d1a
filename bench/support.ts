import { generate } from '@otplib/totp';
import { DataSource } from 'typeorm';
import type { Services } from '../server/container';
import { parseDatabaseUrl } from '../server/config';
import { base32Decode, nodeCrypto } from '../schema/users/totp';
import { Operator } from '../schema/users/operator.entity';
import { RequestContext } from '../tenants/request-context';

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

/**
 * A token of the bench's operator, which (as every operator) must use 2FA to reach the console:
 * the operator is made when missing, its 2FA set up afresh (an earlier run's is forgotten, its
 * secret unknown here) with a code computed by otplib, and it signs in with the next code.
 */
export async function operatorToken(s: Services, email: string, password: string): Promise<string> {
  await s.users.ensureOperator(email, password);
  const ctx = RequestContext.system('bench');
  const op = await s.db.read((em) => em.findOneBy(Operator, { email }));
  if (!op) throw new Error(`no operator ${email} (another operator exists in the bench database)`);
  await s.twoFactor.forget({ kind: 'operator', userId: op.id });
  const first = await s.users.login(ctx, email, password);
  const { principal, account } = await s.users.principalFromToken(first.token);
  const own = RequestContext.forRequest(principal, 'bench', null, null, account);
  const { secret } = await s.twoFactor.begin(own);
  const step = Math.floor(Date.now() / 30_000);
  const code = (at: number) =>
    generate({
      secret: base32Decode(secret),
      crypto: nodeCrypto,
      algorithm: 'sha1',
      digits: 6,
      period: 30,
      epoch: at * 30 + 1,
    });
  await s.twoFactor.confirm(own, await code(step));
  return (await s.users.login(ctx, email, password, null, await code(step + 1))).token;
}
