import { In, LessThanOrEqual } from 'typeorm';
import type { RequestContext } from '../../tenants/request-context';
import type { Database } from '../common/database';
import { ProcessingPurpose, SubscriberStatus } from '../common/enums';
import type { ProcessingLogService } from '../processing/processing-log.service';
import { ConsentRecord } from './consent-record.entity';
import { countListEvents } from './list-counters';
import { Subscriber } from './subscriber.entity';
import { SUBSCRIBER_CATEGORIES } from './subscriber.service';
import { SubscriptionToken } from './subscription-token.entity';
import { CONFIRM_TTL_MS } from './subscription-tokens';

/** sign-ups purged per call of purgeExpired */
export const PURGE_BATCH = 1000;

/** Retention of subscription data: sign-ups never confirmed, and link tokens past their expiry. */
export class SubscriberRetention {
  constructor(
    private readonly db: Database,
    private readonly processingLog: ProcessingLogService,
  ) {}

  /**
   * Sign-ups never confirmed within the confirmation window are deleted, with their ledger and
   * tokens, and expired tokens go too, in every tenant. Returns how many sign-ups were purged.
   */
  async purgeExpired(ctx: RequestContext, now = new Date()): Promise<number> {
    const door = this.db.crossTenant(
      'retention: unconfirmed sign-ups and expired link tokens of every tenant',
    );
    const cutoff = new Date(now.getTime() - CONFIRM_TTL_MS);
    const stale = await door.read((em) =>
      em.find(Subscriber, {
        where: { status: SubscriberStatus.PENDING, requestedAt: LessThanOrEqual(cutoff) },
        take: PURGE_BATCH,
      }),
    );
    const byTenant = new Map<string, Subscriber[]>();
    for (const s of stale) byTenant.set(s.tenantId, [...(byTenant.get(s.tenantId) ?? []), s]);
    for (const [tenantId, subs] of byTenant) {
      const scope = door.forTenant(tenantId);
      await scope.transaction(async () => {
        const ids = subs.map((s) => s.id);
        await scope.repo(ConsentRecord).delete({ subscriberId: In(ids) });
        await scope.repo(SubscriptionToken).delete({ subscriberId: In(ids) });
        await scope.repo(Subscriber).delete({ id: In(ids), status: SubscriberStatus.PENDING });
        const perList = new Map<string, number>();
        for (const s of subs) perList.set(s.listId, (perList.get(s.listId) ?? 0) + 1);
        for (const [listId, purged] of perList) await countListEvents(scope, listId, { purged });
        await this.processingLog.append(ctx, {
          tenantId,
          purpose: ProcessingPurpose.SERVICE_DELIVERY,
          action: 'subscriber.purge',
          subjects: subs.length,
          dataCategories: SUBSCRIBER_CATEGORIES,
          description: 'Unconfirmed sign-ups older than the 7-day confirmation window deleted',
        });
      });
    }
    await door.transaction((em) => em.delete(SubscriptionToken, { expiresAt: LessThanOrEqual(now) }));
    return stale.length;
  }
}
