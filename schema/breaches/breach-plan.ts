import type { EntityManager } from 'typeorm';
import type { Database } from '../common/database';
import type { BreachChunkKind } from './breach-chunk.entity';
import type { BreachScopeSpec } from './breach-incident.entity';

/** tenants per analysis chunk: small enough that a tenant's notice leaves soon after its counts are known */
export const TENANTS_PER_CHUNK = 25;
/** leaked addresses per lookup chunk */
export const ADDRESSES_PER_CHUNK = 1000;
/**
 * An email scope with more addresses than this share of all subscriptions is matched by scanning the
 * scope's tenants through the covering index against the leaked hashes held in memory, instead of
 * looking each address up: past it, the row look-ups behind the address index cost more than the scan.
 */
export const SCAN_SHARE = 1 / 40;

/** a tenant group: a range of tenant ids (all tenants; open ends are null) or named tenants with their lists */
export type TenantsSpec =
  { from: string | null; to: string | null } | { tenants: Array<{ id: string; lists: string[] | null }> };
/** a batch of the incident's leaked-address hashes, by `idx` in [fromIdx, toIdx) */
export interface AddressesSpec {
  fromIdx: number;
  toIdx: number;
}

export interface PlannedChunk {
  kind: BreachChunkKind;
  spec: TenantsSpec | AddressesSpec | Record<string, never>;
}

/**
 * The chunks of an incident's analysis (run inside the report's transaction): tenant groups, or,
 * for an email scope small against the platform, batches of leaked addresses to look up.
 */
export async function planAnalysis(
  db: Database,
  em: EntityManager,
  scope: BreachScopeSpec,
  leaked: number,
): Promise<PlannedChunk[]> {
  if (!leaked || (await scanForAddresses(db, em, leaked))) return tenantChunks(em, scope);
  const chunks: PlannedChunk[] = [];
  for (let i = 0; i < leaked; i += ADDRESSES_PER_CHUNK)
    chunks.push({
      kind: 'addresses',
      spec: { fromIdx: i, toIdx: Math.min(leaked, i + ADDRESSES_PER_CHUNK) },
    });
  return chunks;
}

async function tenantChunks(em: EntityManager, scope: BreachScopeSpec): Promise<PlannedChunk[]> {
  const chunks: PlannedChunk[] = [];
  if (scope.everywhere) {
    // Half-open ranges in the engine's own order; the ends are open, so a reanalysis also covers
    // tenants created since (their subscriptions are after the window anyway).
    const ids: string[] = (await em.query('SELECT id FROM tenants ORDER BY id')).map(
      (r: { id: string }) => r.id,
    );
    for (let i = 0; i < ids.length; i += TENANTS_PER_CHUNK) {
      chunks.push({
        kind: 'tenants',
        spec: {
          from: i === 0 ? null : ids[i],
          to: i + TENANTS_PER_CHUNK < ids.length ? ids[i + TENANTS_PER_CHUNK] : null,
        },
      });
    }
    return chunks;
  }
  const entries = Object.entries(scope.tenants).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (let i = 0; i < entries.length; i += TENANTS_PER_CHUNK) {
    chunks.push({
      kind: 'tenants',
      spec: { tenants: entries.slice(i, i + TENANTS_PER_CHUNK).map(([id, lists]) => ({ id, lists })) },
    });
  }
  return chunks;
}

/** Whether an email scope of `leaked` addresses is large enough to scan for rather than look up. */
async function scanForAddresses(db: Database, em: EntityManager, leaked: number): Promise<boolean> {
  // Only the size of the whole table is read, never a row, but that is every tenant's subscribers.
  return db
    .crossTenant('breach plan: estimate the number of subscriptions across all tenants')
    .run(async () => {
      const rows: Array<{ n: number | string | null }> =
        db.dialect === 'mysql'
          ? await em.query(
              `SELECT TABLE_ROWS AS n FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'subscribers'`,
            )
          : await em.query('SELECT MAX(rowid) AS n FROM subscribers');
      let estimate = Number(rows[0]?.n ?? 0);
      // InnoDB's estimate lags behind a young table; a small one is counted exactly (it is cheap then).
      if (estimate < 10_000)
        estimate = Number((await em.query('SELECT COUNT(*) AS n FROM subscribers'))[0].n);
      return leaked > estimate * SCAN_SHARE;
    });
}
