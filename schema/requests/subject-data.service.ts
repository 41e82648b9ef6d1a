import { In } from 'typeorm';
import type { Database } from '../common/database';
import type { AddressHasher } from '../common/address-hash';
import { Delivery } from '../deliveries/delivery.entity';
import { DeliveryRecipient } from '../deliveries/delivery-recipient.entity';
import { MailingList } from '../lists/mailing-list.entity';
import { ProcessingLogEntry } from '../processing/processing-log-entry.entity';
import { ConsentRecord } from '../subscribers/consent-record.entity';
import { Subscriber } from '../subscribers/subscriber.entity';
import type { RequestContext } from '../../tenants/request-context';
import type { Tenant } from '../tenants/tenant.entity';

export interface SubjectData {
  controller: { name: string; contact: string };
  address: string;
  generatedAt: string;
  subscriptions: Array<{
    list: string;
    listTitle: string;
    status: string;
    format: string;
    trackingConsent: boolean;
    restricted: boolean;
    name: string | null;
    country: string | null;
    requestedAt: string;
    confirmedAt: string | null;
    consent: Array<{
      event: string;
      source: string;
      at: string;
      ip: string | null;
      userAgent: string | null;
      wording: string;
    }>;
    messages: Array<{ subject: string; state: string; sentAt: string | null; openedAt: string | null }>;
  }>;
  processing: Array<{ at: string; purpose: string; action: string; description: string }>;
}

/** Everything one controller (tenant) holds about one address: for access and portability requests. */
export class SubjectDataService {
  constructor(
    private readonly db: Database,
    private readonly hasher: AddressHasher,
  ) {}

  /** Reads in `ctx`'s tenant's door: every statement carries that tenant's id. */
  async collect(ctx: RequestContext, tenant: Tenant, email: string): Promise<SubjectData> {
    const scope = this.db.forTenant(ctx);
    return scope.read(async (em) => {
      const subs = await scope
        .repo(Subscriber)
        .find({ addressHash: this.hasher.platform(email) }, { order: { requestedAt: 'ASC' } });
      const ids = subs.map((s) => s.id);
      const [lists, consent, recipients, processing] = await Promise.all([
        ids.length ? scope.repo(MailingList).find({ id: In([...new Set(subs.map((s) => s.listId))]) }) : [],
        ids.length ? scope.repo(ConsentRecord).find({ subscriberId: In(ids) }, { order: { at: 'ASC' } }) : [],
        ids.length
          ? scope.repo(DeliveryRecipient).find({ subscriberId: In(ids) }, { order: { sentAt: 'ASC' } })
          : [],
        // The processing log is not tenant-owned (platform entries have no tenant): filtered by hand.
        em.find(ProcessingLogEntry, {
          where: { tenantId: scope.tenantId, subjectRef: this.hasher.forTenant(scope.tenantId, email) },
          order: { seq: 'ASC' },
        }),
      ]);
      const deliveries = recipients.length
        ? await scope
            .repo(Delivery)
            .find(
              { id: In([...new Set(recipients.map((r) => r.deliveryId))]) },
              { select: { id: true, subject: true } },
            )
        : [];
      const listById = new Map(lists.map((l) => [l.id, l]));
      const subjectOf = new Map(deliveries.map((d) => [d.id, d.subject]));
      const iso = (d: Date | null) => (d ? d.toISOString() : null);
      return {
        controller: { name: tenant.name, contact: tenant.dpoEmail },
        address: email,
        generatedAt: new Date().toISOString(),
        subscriptions: subs.map((s) => ({
          list: listById.get(s.listId)?.name ?? '',
          listTitle: listById.get(s.listId)?.title ?? '',
          status: s.status,
          format: s.format,
          trackingConsent: s.trackingConsent,
          restricted: s.restricted,
          name: s.name,
          country: s.country,
          requestedAt: s.requestedAt.toISOString(),
          confirmedAt: iso(s.confirmedAt),
          consent: consent
            .filter((c) => c.subscriberId === s.id)
            .map((c) => ({
              event: c.event,
              source: c.source,
              at: c.at.toISOString(),
              ip: c.ip,
              userAgent: c.userAgent,
              wording: c.wordingVersion,
            })),
          messages: recipients
            .filter((r) => r.subscriberId === s.id && r.state !== 'skipped')
            .map((r) => ({
              subject: subjectOf.get(r.deliveryId) ?? '',
              state: r.state,
              sentAt: iso(r.sentAt),
              openedAt: iso(r.openedAt),
            })),
        })),
        processing: processing.map((p) => ({
          at: p.at.toISOString(),
          purpose: p.purpose,
          action: p.action,
          description: p.description,
        })),
      };
    });
  }

  /** The same data as plain text for the body of the answer. */
  readable(d: SubjectData): string {
    const lines = [
      `Controller: ${d.controller.name} (contact: ${d.controller.contact})`,
      `Address: ${d.address}`,
      '',
    ];
    if (!d.subscriptions.length) lines.push('No subscriptions are held for this address any more.');
    for (const s of d.subscriptions) {
      lines.push(
        `List ${s.list} ("${s.listTitle}"): ${s.status}${s.restricted ? ', processing restricted' : ''}`,
        `  name: ${s.name ?? '(none)'}; country: ${s.country ?? '(none)'}; format: ${s.format}; open tracking: ${s.trackingConsent ? 'consented' : 'no'}`,
        `  requested ${s.requestedAt}${s.confirmedAt ? `, confirmed ${s.confirmedAt}` : ''}`,
        ...s.consent.map(
          (c) =>
            `  consent: ${c.event} via ${c.source} at ${c.at}${c.ip ? ` from ${c.ip}` : ''}${c.userAgent ? ` (${c.userAgent})` : ''}; wording: ${c.wording}`,
        ),
        ...s.messages.map(
          (m) =>
            `  message "${m.subject}": ${m.state}${m.sentAt ? ` ${m.sentAt}` : ''}${m.openedAt ? `, opened ${m.openedAt}` : ''}`,
        ),
        '',
      );
    }
    lines.push('Processing of your data recorded by the platform for this controller:');
    if (!d.processing.length) lines.push('  (none recorded about you individually)');
    for (const p of d.processing) lines.push(`  ${p.at} ${p.purpose} ${p.action}: ${p.description}`);
    return lines.join('\n');
  }
}
