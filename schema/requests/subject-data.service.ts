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
import { t, type Lang, type MessageKey, type MessageValues } from '../common/i18n';

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

  /**
   * The same data as plain text for the body of the answer, its words in `lang` (the values,
   * codes and UTC times as they are recorded; the JSON attachment has them all).
   */
  readable(d: SubjectData, lang: Lang = 'en'): string {
    const say = (key: MessageKey, values?: MessageValues) => t(lang, key, values);
    const lines = [
      say('answer.copyController', { name: d.controller.name, contact: d.controller.contact }),
      say('answer.copyAddress', { address: d.address }),
      '',
    ];
    if (!d.subscriptions.length) lines.push(say('answer.copyNone'));
    const none = say('answer.copyNotGiven');
    for (const s of d.subscriptions) {
      lines.push(
        say(s.restricted ? 'answer.copyListRestricted' : 'answer.copyList', {
          list: s.list,
          title: s.listTitle,
          status: s.status,
        }),
        `  ${say('answer.copyDetails', {
          name: s.name ?? none,
          country: s.country ?? none,
          format: s.format,
          tracking: say(s.trackingConsent ? 'answer.copyTrackingYes' : 'answer.copyTrackingNo'),
        })}`,
        `  ${
          s.confirmedAt
            ? say('answer.copyConfirmed', { at: s.requestedAt, confirmed: s.confirmedAt })
            : say('answer.copyRequested', { at: s.requestedAt })
        }`,
        ...s.consent.map(
          (c) =>
            `  ${say('answer.copyConsent', {
              event: c.event,
              source: c.source,
              at: c.at,
              origin: `${c.ip ? ` ${say('answer.copyFrom', { ip: c.ip })}` : ''}${c.userAgent ? ` (${c.userAgent})` : ''}`,
              wording: c.wording,
            })}`,
        ),
        ...s.messages.map(
          (m) =>
            `  ${say('answer.copyMessage', {
              subject: m.subject,
              state: m.state,
              times: `${m.sentAt ? ` ${m.sentAt}` : ''}${m.openedAt ? `, ${say('answer.copyOpened', { at: m.openedAt })}` : ''}`,
            })}`,
        ),
        '',
      );
    }
    lines.push(say('answer.copyProcessing'));
    if (!d.processing.length) lines.push(`  ${say('answer.copyProcessingNone')}`);
    for (const p of d.processing) lines.push(`  ${p.at} ${p.purpose} ${p.action}: ${p.description}`);
    return lines.join('\n');
  }
}
