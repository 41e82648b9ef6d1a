import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import pino from 'pino';
import { createServices } from '../server/app';
import { loadConfig } from '../server/config';
import { AddressHasher } from '../schema/common/address-hash';
import { issueToken, issueTokens, UNSUBSCRIBE_TTL_MS } from '../schema/subscribers/subscription-tokens';
import { SEND_WINDOW } from '../schema/deliveries/delivery.service';
import { benchDatabase, report } from './support';

const RECIPIENTS = Number(process.env.BENCH_RECIPIENTS ?? 4_000);

/**
 * The link tokens of a list message, window by window (SEND_WINDOW recipients, each window one
 * transaction, as the delivery's claimWindow does). Baseline, the code before issue 12: an
 * unsubscribe token per recipient, one INSERT each. Now: an unsubscribe and a preferences token
 * per recipient, the whole window in one multi-row INSERT. Twice the tokens; the figure is the
 * time per recipient of each, in the same run.
 */
export async function preferencesTokensBench(): Promise<void> {
  const bdb = await benchDatabase();
  const config = loadConfig({
    DATABASE_URL: bdb.url,
    JWT_SECRET: 'bench-secret-bench-secret-bench-secret-0000',
    WORKERS: '0',
    LOG_LEVEL: 'silent',
  });
  const s = await createServices(config, pino({ level: 'silent' }));
  const tenantId = randomUUID();
  try {
    await s.db.query(
      `INSERT INTO tenants (id, slug, name, service, dpo_email, status, created_at) VALUES (?, ?, 'Bench', 'EASE', 'dpo@bench.example', 'ACTIVE', ?)`,
      [tenantId, `bench-${tenantId.slice(0, 8)}`, new Date()],
    );
    const hasher = new AddressHasher(config.hashKey);
    const ids = Array.from({ length: RECIPIENTS }, () => randomUUID());
    const listId = randomUUID();
    const now = new Date();
    for (let i = 0; i < RECIPIENTS; i += 500) {
      const rows = ids.slice(i, i + 500).map((id, j) => {
        const email = `reader-${i + j}@bench.example`;
        return [id, tenantId, listId, email, hasher.platform(email), 'TEXT', false, 'CONFIRMED', now, now];
      });
      await s.db.query(
        `INSERT INTO subscribers (id, tenant_id, list_id, email, address_hash, format, tracking_consent, status, requested_at, confirmed_at) VALUES ${rows.map(() => '(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)').join(', ')}`,
        rows.flat(),
      );
    }
    const scope = s.db.crossTenant('bench: link tokens of a list message').forTenant(tenantId);
    const windows = Array.from({ length: Math.ceil(RECIPIENTS / SEND_WINDOW) }, (_, w) =>
      ids.slice(w * SEND_WINDOW, (w + 1) * SEND_WINDOW),
    );
    const timed = async (fn: (window: string[]) => Promise<unknown>) => {
      const t0 = process.hrtime.bigint();
      for (const window of windows) await scope.transaction(() => fn(window));
      return Number(process.hrtime.bigint() - t0) / 1e6 / RECIPIENTS;
    };
    const before = await timed(async (window) => {
      for (const id of window) await issueToken(scope, id, 'UNSUBSCRIBE', UNSUBSCRIBE_TTL_MS, null);
    });
    const after = await timed((window) =>
      issueTokens(
        scope,
        window.flatMap((id) => [
          { subscriberId: id, purpose: 'UNSUBSCRIBE' as const },
          { subscriberId: id, purpose: 'PREFERENCES' as const },
        ]),
        UNSUBSCRIBE_TTL_MS,
      ),
    );
    report({
      bench: 'preferences-tokens',
      metric: `ms_per_recipient_unsubscribe_and_preferences_multirow_${RECIPIENTS}`,
      value: after,
      unit: 'ms',
      baseline: before,
    });
    report({
      bench: 'preferences-tokens',
      metric: 'token_inserts_per_window',
      value: 1,
      unit: 'statements',
      baseline: SEND_WINDOW,
    });
  } finally {
    for (const t of ['subscription_tokens', 'subscribers'])
      await s.db.query(`DELETE FROM ${t} WHERE tenant_id = ?`, [tenantId]).catch(() => undefined);
    await s.db.query('DELETE FROM tenants WHERE id = ?', [tenantId]).catch(() => undefined);
    await s.db.close();
    await bdb.cleanup();
  }
}
