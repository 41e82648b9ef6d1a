import { In } from 'typeorm';
import { csvLine } from '../common/csv';
import type { Database } from '../common/database';
import { DataCategory } from '../common/data-category';
import { ProcessingPurpose } from '../common/enums';
import type { RequestContext } from '../../tenants/request-context';
import type { ListService } from '../lists/list.service';
import type { MailingList } from '../lists/mailing-list.entity';
import type { ProcessingLogService } from '../processing/processing-log.service';
import { ConsentRecord } from './consent-record.entity';
import { Subscriber } from './subscriber.entity';

export const EXPORT_COLUMNS = [
  'email',
  'name',
  'country',
  'format',
  'status',
  'tracking_consent',
  'requested_at',
  'confirmed_at',
  'consent_source',
  'consent_wording_version',
] as const;

/** subscribers read per page */
export const EXPORT_PAGE = 1000;

/**
 * A list's subscribers as CSV (`GET /exports/lists/:id/subscribers.csv`), read in keyset pages of
 * EXPORT_PAGE on (tenant, list, id), each page with its consent records: `consent_source` is how the
 * person came to the list (the first record's source: FORM, API or IMPORT), `consent_wording_version`
 * the wording of the latest record (the confirmation mail's version, or the customer's statement).
 * Every cell goes through `csvCell` (a leading = + - @ is neutralised).
 */
export class SubscriberExport {
  constructor(
    private readonly db: Database,
    private readonly lists: ListService,
    private readonly processingLog: ProcessingLogService,
  ) {}

  /** The list to export, or NOT_FOUND (another tenant's list too). */
  list(ctx: RequestContext, listId: string): Promise<MailingList> {
    return this.lists.get(ctx, listId);
  }

  header(): string {
    return EXPORT_COLUMNS.join(',') + '\r\n';
  }

  /**
   * Hands the CSV lines to `write` a page at a time; `sent.count` says how many subscribers were
   * written so far (also when a write fails); answers the total.
   */
  async pages(
    ctx: RequestContext,
    list: MailingList,
    write: (text: string) => Promise<void>,
    sent: { count: number } = { count: 0 },
  ): Promise<number> {
    const scope = this.db.forTenant(ctx);
    const subscribers = scope.repo(Subscriber);
    const ledger = scope.repo(ConsentRecord);
    let after = '';
    for (;;) {
      const page = await subscribers.query('s', (qb) =>
        qb
          .andWhere('s.listId = :listId AND s.id > :after', { listId: list.id, after })
          .orderBy('s.id', 'ASC')
          .take(EXPORT_PAGE)
          .getMany(),
      );
      if (!page.length) return sent.count;
      const records = await ledger.find(
        { subscriberId: In(page.map((p) => p.id)) },
        {
          order: { at: 'ASC', id: 'ASC' },
          select: { subscriberId: true, source: true, wordingVersion: true },
        },
      );
      const first = new Map<string, ConsentRecord>();
      const last = new Map<string, ConsentRecord>();
      for (const r of records) {
        if (!first.has(r.subscriberId)) first.set(r.subscriberId, r);
        last.set(r.subscriberId, r);
      }
      await write(
        page
          .map((p) =>
            csvLine([
              p.email,
              p.name,
              p.country,
              p.format,
              p.status,
              p.trackingConsent,
              p.requestedAt,
              p.confirmedAt,
              first.get(p.id)?.source ?? null,
              last.get(p.id)?.wordingVersion ?? null,
            ]),
          )
          .join(''),
      );
      sent.count += page.length;
      if (page.length < EXPORT_PAGE) return sent.count;
      after = page[page.length - 1].id;
    }
  }

  /** The one processing-log entry of an export (written when it ends, also when it was cut short). */
  async log(ctx: RequestContext, list: MailingList, count: number, complete: boolean): Promise<void> {
    await this.processingLog.append(ctx, {
      tenantId: list.tenantId,
      purpose: ProcessingPurpose.SERVICE_DELIVERY,
      action: 'subscriber.export',
      subjects: count,
      dataCategories: [
        DataCategory.EMAIL_ADDRESS,
        DataCategory.NAME,
        DataCategory.COUNTRY,
        DataCategory.FORMAT_PREFERENCE,
        DataCategory.CONSENT_RECORD,
      ],
      description: complete
        ? `A list's subscribers downloaded as CSV by the customer: ${count} record(s) with their consent columns`
        : `A list's subscribers downloaded as CSV by the customer, cut short after ${count} record(s)`,
    });
  }
}
