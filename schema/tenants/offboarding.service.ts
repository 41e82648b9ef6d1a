import { CUSTOMER_DATA, SUBSCRIPTION_DATA } from '../common/data-category';
import { gzipSync } from 'node:zlib';
import { In, MoreThan } from 'typeorm';
import type { EntityTarget } from 'typeorm';
import type { Database } from '../common/database';
import { ConflictError, NotFoundError } from '../common/errors';
import type { RequestContext } from '../../tenants/request-context';
import type { JobRun } from '../../workers/job-handler';
import type { JobQueue } from '../../workers/job-queue';
import { csvLine } from '../common/csv';
import { DeliveryStatus, ProcessingPurpose, SubscriberStatus, TenantStatus } from '../common/enums';
import { Delivery } from '../deliveries/delivery.entity';
import { MailingList } from '../lists/mailing-list.entity';
import type { MailService } from '../mail/mail.service';
import type { MailAttachment } from '../mail/outbound-mail.entity';
import type { ProcessingLogService } from '../processing/processing-log.service';
import type { UserService } from '../users/user.service';
import type { RequestService } from '../requests/request.service';
import { ConsentRecord } from '../subscribers/consent-record.entity';
import { Subscriber } from '../subscribers/subscriber.entity';
import { ImportChunk } from '../subscribers/import-chunk.entity';
import { SubscriptionToken } from '../subscribers/subscription-token.entity';
import { Suppression } from '../subscribers/suppression.entity';
import { DeliveryRecipient } from '../deliveries/delivery-recipient.entity';
import { Invitation } from '../users/invitation.entity';
import { TenantUser } from '../users/tenant-user.entity';
import type { TenantOwned } from '../../tenants/tenant-repository';
import { Tenant } from './tenant.entity';

export const OFFBOARD_QUEUE = 'tenant.offboard';
/** Compressed bytes of export attachments in one mail: about 7 MB once base64-encoded, below common SMTP limits (10 MB). */
export const EXPORT_MAIL_BYTES = 5 * 1024 * 1024;
/** subscribers read per statement while building the export */
const EXPORT_BATCH = 5000;
/** rows deleted per statement on MySQL, so no single statement holds locks on a whole tenant */
const DELETE_BATCH = 5000;
const EXPORT_KIND = 'tenant.export';

/** The tables holding an offboarded tenant's personal data, biggest first; emptied in batches. */
/** The tenant's personal data, children first; keys name the tables in the job's result. */
const PERSONAL_TABLES = [
  ConsentRecord,
  SubscriptionToken,
  DeliveryRecipient,
  Subscriber,
  Suppression,
  Delivery,
  Invitation,
  TenantUser,
  ImportChunk,
] as const;

interface ExportState {
  mailIds: string[];
  subjects: number;
  records: number;
}

interface ExportFile {
  filename: string;
  contentType: string;
  content: Buffer;
}

/**
 * The end of a customer's service (Art. 28(3)(g)): return, then delete.
 *
 * `offboard` ends the service at once (status OFFBOARDED: no sign-in, no sign-ups, no deliveries, no
 * routing, the tenant's queued work cancelled) and queues a job. The job mails the tenant's DPO a
 * full export (lists, subscribers, consent ledger, as CSV), and only once that mail has been
 * accepted by the SMTP server deletes every row of personal data the platform holds for the tenant,
 * closes its open data-subject tasks, and stamps `dataDeletedAt`. What remains: the tenant's own
 * name and DPO contact, its lists' names, anonymous daily counts, and the processing log (which
 * holds no personal data).
 */
export class OffboardingService {
  constructor(
    private readonly db: Database,
    private readonly queue: JobQueue,
    private readonly mail: MailService,
    private readonly processingLog: ProcessingLogService,
    private readonly requests: RequestService,
    private readonly users: UserService,
  ) {}

  async offboard(ctx: RequestContext, id: string): Promise<Tenant> {
    if (typeof id !== 'string' || !/^[0-9a-f-]{36}$/i.test(id.trim())) throw new NotFoundError('Tenant');
    return this.db.transaction(async (em) => {
      const [row] = await em.query(`SELECT id, status FROM tenants WHERE id = ?${this.db.forUpdate}`, [
        id.trim(),
      ]);
      if (!row) throw new NotFoundError('Tenant');
      if (row.status === TenantStatus.OFFBOARDED)
        throw new ConflictError('This tenant was already offboarded');
      const now = new Date();
      // A suspended tenant may be offboarded too: it is then no longer suspended, but ended.
      await em.update(
        Tenant,
        { id: row.id },
        { status: TenantStatus.OFFBOARDED, offboardedAt: now, suspendedAt: null, suspensionReason: null },
      );
      await this.users.revokeTenantSessions(row.id);
      // Nothing more is done for the tenant: its queued work (deliveries, imports, sign-ups) is
      // cancelled. A job running now loses its row, so it cannot commit. Mail already decided
      // (answers to data subjects, say) still goes out.
      await this.queue.cancelForTenant(row.id);
      const tenantCtx = ctx.forTenant(row.id);
      await this.db
        .forTenant(tenantCtx)
        .repo(Delivery, 'Delivery')
        .update(
          { status: In([DeliveryStatus.QUEUED, DeliveryStatus.SENDING]) },
          { status: DeliveryStatus.FAILED, finishedAt: now },
        );
      await this.queue.enqueue(
        tenantCtx,
        OFFBOARD_QUEUE,
        { tenantId: row.id },
        { uniqueKey: `${OFFBOARD_QUEUE}:${row.id}`, maxAttempts: 25 },
      );
      await this.processingLog.append(tenantCtx, {
        purpose: ProcessingPurpose.LEGAL_OBLIGATION,
        action: 'tenant.offboard',
        subjects: 0,
        dataCategories: [],
        description:
          'Service ended for the customer (Art. 28(3)(g)): processing stopped; its data is returned to its DPO, then deleted',
      });
      return em.findOneByOrFail(Tenant, { id: row.id });
    });
  }

  /**
   * Job. First try: the export mails, committed with a checkpoint that names them (a rerun never
   * mails twice). Then, on each try, the deletion waits until every export mail was accepted by the
   * SMTP server: until then the job fails and is retried with backoff, the data untouched. Without
   * SMTP the export is kept in the outbox (an operator hands it over) and the deletion goes ahead.
   */
  async run(run: JobRun<{ tenantId: string }>): Promise<unknown> {
    const ctx = run.ctx;
    const tenant = await this.db.read((em) => em.findOneBy(Tenant, { id: run.payload.tenantId }));
    if (!tenant || tenant.status !== TenantStatus.OFFBOARDED || tenant.dataDeletedAt)
      return { skipped: true };
    const state =
      (run.saved as ExportState | null) ?? (await run.checkpoint(() => this.sendExport(ctx, tenant)));

    const states = await this.mail.states(state.mailIds);
    if (states.size < state.mailIds.length)
      throw new Error('an export mail disappeared from the outbox; the data is kept');
    const mails = [...states.values()].map((s) => ({ state: s }));
    if (mails.some((m) => m.state === 'failed')) {
      throw new Error(
        "the DPO's mail server refused the export; the personal data is kept until it is delivered",
      );
    }
    if (mails.some((m) => m.state === 'queued'))
      throw new Error('waiting until the export is delivered before deleting');

    const deleted: Record<string, number> = {};
    for (const entity of PERSONAL_TABLES)
      deleted[this.db.dataSource.getMetadata(entity).tableName] = await this.deleteAll(entity, tenant.id);
    await run.commit(
      async (em) => {
        // The outbox (addresses and bodies) and finished jobs (payloads); an undelivered export stays
        // for the operator to hand over, and housekeeping deletes it after 30 days.
        await this.mail.purgeForTenant(tenant.id, EXPORT_KIND);
        await this.queue.purgeForTenant(tenant.id, run.id);
        const closed = await this.requests.closeForOffboarding(ctx, tenant);
        await em.update(Tenant, { id: tenant.id }, { dataDeletedAt: new Date() });
        await this.processingLog.append(ctx, {
          purpose: ProcessingPurpose.LEGAL_OBLIGATION,
          action: 'tenant.erase',
          subjects: state.subjects,
          dataCategories: [...CUSTOMER_DATA],
          description:
            `Offboarded customer's personal data deleted after its export was delivered: ${state.records} subscription(s), ` +
            `${deleted.consent_records} consent record(s), ${deleted.deliveries} message(s), ${deleted.tenant_users} staff account(s); ${closed} open data-subject task(s) closed`,
        });
      },
      { deleted, subjects: state.subjects },
    );
    return undefined;
  }

  /** Builds the export and puts it in the outbox, in as many mails as its size needs. */
  private async sendExport(ctx: RequestContext, tenant: Tenant): Promise<ExportState> {
    // Read through the tenant's repositories (the job's context acts for the offboarded tenant).
    const lists = await this.db
      .forTenant(ctx)
      .repo(MailingList, 'List')
      .find({}, { order: { name: 'ASC' } });
    const subscriberRepo = this.db.forTenant(ctx).repo(Subscriber, 'Subscriber');
    const ledgerRepo = this.db.forTenant(ctx).repo(ConsentRecord, 'Consent record');
    let listsCsv = csvLine(['list', 'title', 'opt_in', 'created_at', 'confirmed', 'pending']);
    const subscribers: string[] = [
      csvLine([
        'list',
        'email',
        'name',
        'country',
        'format',
        'tracking_consent',
        'status',
        'restricted',
        'requested_at',
        'confirmed_at',
      ]),
    ];
    const consent: string[] = [
      csvLine(['list', 'email', 'event', 'source', 'at', 'ip', 'user_agent', 'wording_version']),
    ];
    const addresses = new Set<string>();
    let records = 0;
    for (const list of lists) {
      let confirmed = 0;
      let pending = 0;
      for (let after = ''; ;) {
        // Keyset pages on (tenant_id, list_id, id): ix_subscribers_tenant_list_id.
        const rows = await subscriberRepo.find(
          { listId: list.id, id: MoreThan(after) },
          { order: { id: 'ASC' }, take: EXPORT_BATCH },
        );
        if (!rows.length) break;
        after = rows[rows.length - 1].id;
        const byId = new Map(rows.map((r) => [r.id, r]));
        for (const r of rows) {
          addresses.add(r.email);
          if (r.status === SubscriberStatus.CONFIRMED) confirmed++;
          else pending++;
          subscribers.push(
            csvLine([
              list.name,
              r.email,
              r.name,
              r.country,
              r.format,
              r.trackingConsent,
              r.status,
              r.restricted,
              r.requestedAt,
              r.confirmedAt,
            ]),
          );
        }
        const ledger = await ledgerRepo.find(
          { subscriberId: In(rows.map((r) => r.id)) },
          { order: { at: 'ASC', id: 'ASC' } },
        );
        for (const c of ledger) {
          consent.push(
            csvLine([
              list.name,
              byId.get(c.subscriberId)!.email,
              c.event,
              c.source,
              c.at,
              c.ip,
              c.userAgent,
              c.wordingVersion,
            ]),
          );
        }
        records += rows.length;
      }
      listsCsv += csvLine([list.name, list.title, list.optIn, list.createdAt, confirmed, pending]);
    }

    const files: ExportFile[] = [
      { filename: `${tenant.slug}-lists.csv`, contentType: 'text/csv', content: Buffer.from(listsCsv) },
      ...this.gzipParts(`${tenant.slug}-subscribers`, subscribers),
      ...this.gzipParts(`${tenant.slug}-consent`, consent),
    ];
    // Attachments packed into mails of at most EXPORT_MAIL_BYTES each.
    const mails: ExportFile[][] = [[]];
    for (const f of files) {
      const current = mails[mails.length - 1];
      if (
        current.length &&
        current.reduce((n, x) => n + x.content.length, 0) + f.content.length > EXPORT_MAIL_BYTES
      )
        mails.push([f]);
      else current.push(f);
    }
    const mailIds: string[] = [];
    for (let i = 0; i < mails.length; i++) {
      const part = mails.length > 1 ? ` (part ${i + 1} of ${mails.length})` : '';
      mailIds.push(
        await this.mail.send(ctx, {
          kind: EXPORT_KIND,
          to: tenant.dpoEmail,
          subject: `Your data from the list platform: the return of ${tenant.name}'s personal data${part}`,
          text: [
            `${tenant.name} ended its service with the platform. As the contract and Art. 28(3)(g) GDPR require, this mail returns all`,
            `personal data the platform processed on your behalf${part ? `; this is${part.replace(/[()]/g, '')}` : ''}:`,
            '',
            `- ${tenant.slug}-lists.csv: your ${lists.length} list(s) with their counts of confirmed and pending subscribers`,
            `- ${tenant.slug}-subscribers*.csv.gz: ${records} subscription(s) of ${addresses.size} distinct address(es): address, name, country, format,`,
            '  tracking consent, status, restriction, dates. The columns email, name, country and format import into another list service as they are.',
            `- ${tenant.slug}-consent*.csv.gz: the consent ledger (when and how each consent was asked for and given), your proof of consent (Art. 7(1)).`,
            '',
            'Cells that a spreadsheet would run as a formula start with an apostrophe. Times are UTC (ISO 8601).',
            '',
            'Once this mail has been delivered, the platform deletes every copy of this data it holds: subscribers, consent records, link tokens,',
            'suppression entries, messages and their delivery records, outgoing mail and your staff accounts. It keeps only your organisation name',
            'and this contact, the names of your lists, anonymous daily counts, and its processing log, which names no person.',
          ].join('\n'),
          attachments: mails[i].map(
            (f) =>
              ({
                filename: f.filename,
                contentType: f.contentType,
                content: f.content.toString('base64'),
              }) satisfies MailAttachment,
          ),
        }),
      );
    }
    await this.processingLog.append(ctx, {
      purpose: ProcessingPurpose.LEGAL_OBLIGATION,
      action: 'tenant.export',
      subjects: addresses.size,
      dataCategories: [...SUBSCRIPTION_DATA],
      description: `Offboarded customer's data returned to its DPO: ${records} subscription(s) on ${lists.length} list(s), in ${mailIds.length} mail(s)`,
    });
    return { mailIds, subjects: addresses.size, records };
  }

  /** Gzipped CSV, split by lines (each part with the header) so no part exceeds a mail. */
  private gzipParts(name: string, lines: string[]): ExportFile[] {
    const whole = gzipSync(lines.join(''));
    if (whole.length <= EXPORT_MAIL_BYTES)
      return [{ filename: `${name}.csv.gz`, contentType: 'application/gzip', content: whole }];
    const parts = Math.ceil(whole.length / (EXPORT_MAIL_BYTES * 0.9));
    const per = Math.ceil((lines.length - 1) / parts);
    const files: ExportFile[] = [];
    for (let p = 0; p < parts; p++) {
      const body = [lines[0], ...lines.slice(1 + p * per, 1 + (p + 1) * per)].join('');
      files.push({
        filename: `${name}-part${p + 1}.csv.gz`,
        contentType: 'application/gzip',
        content: gzipSync(body),
      });
    }
    return files;
  }

  /**
   * Deletes a tenant's rows of one table in transactions of DELETE_BATCH rows (no huge lock on a
   * large tenant); returns how many.
   */
  private deleteAll(entity: (typeof PERSONAL_TABLES)[number], tenantId: string): Promise<number> {
    return this.db
      .crossTenant("offboarding: the tenant's personal data is deleted once its export was delivered")
      .forTenant(tenantId)
      .repo(entity as EntityTarget<TenantOwned>)
      .deleteInBatches({}, DELETE_BATCH);
  }
}
