import type { TenantScope } from '../../tenants/tenant-scope';
import { ListDailyCount } from './list-daily-count.entity';

/** The anonymous per-list counters: what remains of people once their data is deleted. */
export type ListCounter = 'requested' | 'confirmed' | 'unsubscribed' | 'removed' | 'purged';

/** Today as the counters' key: the UTC day, YYYY-MM-DD. */
export const utcDay = (now = new Date()): string => now.toISOString().slice(0, 10);

/**
 * Adds to a list's counters for today (one upsert of the day's row); joins the ambient transaction.
 * The one way the counters are written, by sign-ups, confirmations, erasures, imports and retention.
 */
export function countListEvents(
  scope: TenantScope,
  listId: string,
  by: Partial<Record<ListCounter, number>>,
): Promise<void> {
  return scope.repo(ListDailyCount).increment({ listId, day: utcDay() }, by);
}
