import { DataCategory } from '../common/data-category';
import { newId } from '../common/ids';
import type { Transporter } from 'nodemailer';
import type { Logger } from 'pino';
import { In } from 'typeorm';
import type { Database } from '../common/database';
import { BadInputError, NotFoundError } from '../common/errors';
import type { RequestContext } from '../../tenants/request-context';
import type { JobRun } from '../../workers/job-handler';
import type { JobQueue } from '../../workers/job-queue';
import { requiredText } from '../common/email';
import { escapeHtml } from '../common/link-page';
import { DeliveryStatus, MessageFormat, ProcessingPurpose, SubscriberStatus } from '../common/enums';
import type { ListService } from '../lists/list.service';
import type { MailingList } from '../lists/mailing-list.entity';
import type { ProcessingLogService } from '../processing/processing-log.service';
import { Subscriber } from '../subscribers/subscriber.entity';
import { hashToken, issueToken, newLinkToken, UNSUBSCRIBE_TTL_MS } from '../subscribers/subscription-tokens';
import { Tenant } from '../tenants/tenant.entity';
import { DeliveryRecipient } from './delivery-recipient.entity';
import { Delivery } from './delivery.entity';
import type { MessageInput } from './delivery.inputs';

export const DELIVERY_PREPARE_QUEUE = 'delivery.prepare';
export const DELIVERY_CHUNK_QUEUE = 'delivery.chunk';
export const DELIVERY_FINISH_QUEUE = 'delivery.finish';
/** recipients per chunk job: chunks spread one delivery over every worker */
export const CHUNK_SIZE = 500;
/** messages marked `sending` (and committed) ahead of the SMTP transactions: at most this many are in doubt after a crash */
export const SEND_WINDOW = 20;

const MAX_BODY = 500_000;

export interface DeliveryJobPayload {
  deliveryId: string;
  chunk?: number;
}

interface Prepared {
  row: DeliveryRecipient;
  sub: Subscriber;
  unsubscribe: string;
  open: string | null;
}

/**
 * Messages to a list's CONFIRMED subscribers: a prepare job snapshots the recipients and splits
 * them into chunks, any number of workers send the chunks through the pooled SMTP transport, and a
 * finishing job closes the delivery. Every message carries its own unsubscribe link (header and
 * footer, RFC 8058); HTML goes only to subscribers who chose it, the open-tracking image only to
 * those who also consented.
 */
export class DeliveryService {
  constructor(
    private readonly db: Database,
    private readonly lists: ListService,
    private readonly queue: JobQueue,
    private readonly processingLog: ProcessingLogService,
    private readonly transport: Transporter | null,
    private readonly mailFrom: string,
    private readonly publicUrl: string,
    private readonly log: Logger,
  ) {}

  private deliveries(ctx: RequestContext) {
    return this.db.forTenant(ctx).repo(Delivery, 'Delivery');
  }

  private recipients(ctx: RequestContext) {
    return this.db.forTenant(ctx).repo(DeliveryRecipient, 'Recipient');
  }

  async send(ctx: RequestContext, listId: string, input: MessageInput): Promise<Delivery> {
    const list = await this.lists.get(ctx, listId);
    const subject = requiredText(input.subject, 'subject', 300);
    const text = requiredText(input.text, 'text', MAX_BODY);
    const html = input.html?.trim() ? input.html : null;
    if (html && html.length > MAX_BODY)
      throw new BadInputError(`html must be at most ${MAX_BODY} characters`, 'html');
    const delivery = await this.db.forTenant(ctx).transaction(async () => {
      await this.lists.lock(ctx, list.id, 'share');
      const d = await this.deliveries(ctx).insert({
        id: newId(),
        listId: list.id,
        subject,
        text,
        html,
        status: DeliveryStatus.QUEUED,
        anonymousOpens: 0,
        createdAt: new Date(),
        finishedAt: null,
      });
      await this.queue.enqueue(ctx, DELIVERY_PREPARE_QUEUE, {
        deliveryId: d.id,
      } satisfies DeliveryJobPayload);
      return d;
    });
    return Object.assign(delivery, { recipients: 0, sent: 0, failed: 0 });
  }

  /** A list's deliveries, newest first, with live counts: two queries whatever their number. */
  async forList(ctx: RequestContext, listId: string): Promise<Delivery[]> {
    const list = await this.lists.get(ctx, listId);
    const deliveries = await this.deliveries(ctx).find(
      { listId: list.id },
      { order: { createdAt: 'DESC' }, take: 200 },
    );
    return this.withCounts(ctx, deliveries);
  }

  private async withCounts(ctx: RequestContext, deliveries: Delivery[]): Promise<Delivery[]> {
    if (!deliveries.length) return deliveries;
    const counts = await this.recipients(ctx).query('r', (qb) =>
      qb
        .select('r.deliveryId', 'deliveryId')
        .addSelect('r.state', 'state')
        .addSelect('COUNT(*)', 'n')
        .andWhere({ deliveryId: In(deliveries.map((d) => d.id)) })
        .groupBy('r.deliveryId')
        .addGroupBy('r.state')
        .getRawMany<{ deliveryId: string; state: string; n: string | number }>(),
    );
    for (const d of deliveries) Object.assign(d, { recipients: 0, sent: 0, failed: 0 });
    const byId = new Map(deliveries.map((d) => [d.id, d]));
    for (const c of counts) {
      const d = byId.get(c.deliveryId)!;
      const n = Number(c.n);
      if (c.state !== 'skipped') d.recipients += n;
      if (c.state === 'sent') d.sent += n;
      if (c.state === 'failed' || c.state === 'unknown') d.failed += n;
    }
    return deliveries;
  }

  /** Job: snapshot the CONFIRMED subscribers into recipients and start the chunks, all in one commit. */
  async prepare(run: JobRun<DeliveryJobPayload>): Promise<unknown> {
    const ctx = run.ctx;
    const delivery = await this.deliveries(ctx).findOne({ id: run.payload.deliveryId });
    if (!delivery || delivery.status !== DeliveryStatus.QUEUED) return { skipped: true };
    const subscribers = await this.db
      .forTenant(ctx)
      .repo(Subscriber, 'Subscriber')
      .find(
        { listId: delivery.listId, status: SubscriberStatus.CONFIRMED, restricted: false },
        { select: { id: true }, order: { id: 'ASC' } },
      );
    const chunks = Math.ceil(subscribers.length / CHUNK_SIZE);
    await run.commit(
      async () => {
        await this.lists.lock(ctx, delivery.listId, 'share');
        await this.recipients(ctx).bulkInsert(
          [
            'id',
            'deliveryId',
            'subscriberId',
            'chunk',
            'state',
            'attempts',
            'sentAt',
            'openTokenHash',
            'openedAt',
            'lastError',
          ],
          subscribers.map((s, i) => [
            newId(),
            delivery.id,
            s.id,
            Math.floor(i / CHUNK_SIZE),
            'pending',
            0,
            null,
            null,
            null,
            null,
          ]),
          1000,
        );
        await this.deliveries(ctx).update({ id: delivery.id }, { status: DeliveryStatus.SENDING });
        await this.queue.enqueueChunked(ctx, {
          queue: DELIVERY_FINISH_QUEUE,
          payload: { deliveryId: delivery.id } satisfies DeliveryJobPayload,
          chunkQueue: DELIVERY_CHUNK_QUEUE,
          chunks: Array.from(
            { length: chunks },
            (_, chunk) => ({ deliveryId: delivery.id, chunk }) satisfies DeliveryJobPayload,
          ),
        });
        await this.processingLog.append(ctx, {
          tenantId: delivery.tenantId,
          purpose: ProcessingPurpose.SERVICE_DELIVERY,
          action: 'list.deliver',
          subjects: subscribers.length,
          dataCategories: [DataCategory.EMAIL_ADDRESS, DataCategory.NAME, DataCategory.FORMAT_PREFERENCE],
          description: `List message queued for its confirmed subscribers in ${chunks} chunk(s)`,
        });
      },
      { recipients: subscribers.length, chunks },
    );
    return undefined;
  }

  /** Job: sends one chunk. Safe to run again: only `pending` recipients are ever sent. */
  async sendChunk(run: JobRun<DeliveryJobPayload>): Promise<unknown> {
    const ctx = run.ctx;
    const { deliveryId, chunk } = run.payload;
    const delivery = await this.deliveries(ctx).get(deliveryId);
    const list = await this.lists.get(ctx, delivery.listId);
    const tenant = await this.db.read((em) => em.findOneByOrFail(Tenant, { id: delivery.tenantId }));
    const recipients = this.recipients(ctx);
    // Left `sending` by a worker that died mid-send: they may have gone out, so they never go again.
    await recipients.update(
      { deliveryId, chunk, state: 'sending' },
      { state: 'unknown', lastError: 'worker stopped during the SMTP transaction' },
    );

    let transient = 0;
    for (;;) {
      if (run.signal.aborted) break;
      const window = await this.claimWindow(ctx, delivery, chunk!);
      if (!window.length) break;
      if (!this.transport) {
        await this.settle(
          ctx,
          window.map((p) => p.row.id),
          { state: 'failed', lastError: 'SMTP_URL is not set: list mail cannot be sent' },
        );
        continue;
      }
      const results = await Promise.all(
        window.map(async (p) => {
          try {
            await this.transport!.sendMail(this.message(delivery, list, tenant, p));
            return { id: p.row.id, outcome: 'sent' as const };
          } catch (err) {
            const code = (err as { responseCode?: number }).responseCode ?? 0;
            const error = (err as Error).message.slice(0, 500);
            // A 4xx or a broken connection: known not accepted, so it may be tried again.
            return {
              id: p.row.id,
              outcome: code >= 500 && code < 600 ? ('failed' as const) : ('pending' as const),
              error,
            };
          }
        }),
      );
      const now = new Date();
      await this.settle(
        ctx,
        results.filter((r) => r.outcome === 'sent').map((r) => r.id),
        { state: 'sent', sentAt: now, lastError: null },
      );
      for (const r of results.filter((r) => r.outcome !== 'sent')) {
        await this.settle(ctx, [r.id], { state: r.outcome, lastError: r.error ?? null });
        if (r.outcome === 'pending') transient++;
      }
      if (transient) break;
    }
    if (transient)
      throw new Error(`${transient} message(s) met a temporary SMTP failure; the chunk will be retried`);
    if (run.signal.aborted) throw new Error('stopped before the chunk was done');
    return { chunk };
  }

  /** Marks the next window of `pending` recipients `sending` (committed) and makes their tokens. */
  private async claimWindow(ctx: RequestContext, delivery: Delivery, chunk: number): Promise<Prepared[]> {
    const scope = this.db.forTenant(ctx);
    return scope.transaction(async () => {
      // A list deleted meanwhile: its recipients are gone, and nothing more is sent.
      try {
        await this.lists.lock(ctx, delivery.listId, 'share');
      } catch (err) {
        if (err instanceof NotFoundError) return [];
        throw err;
      }
      const rows = await this.recipients(ctx).find(
        { deliveryId: delivery.id, chunk, state: 'pending' },
        { take: SEND_WINDOW, order: { id: 'ASC' } },
      );
      if (!rows.length) return [];
      const subs = await this.db
        .forTenant(ctx)
        .repo(Subscriber, 'Subscriber')
        .find({
          id: In(rows.map((r) => r.subscriberId)),
        });
      const byId = new Map(subs.map((s) => [s.id, s]));
      const prepared: Prepared[] = [];
      const gone: string[] = [];
      for (const row of rows) {
        const sub = byId.get(row.subscriberId);
        // Unsubscribed (deleted) since the snapshot, or no longer confirmed: not a recipient any more.
        if (!sub || sub.status !== SubscriberStatus.CONFIRMED || sub.restricted) {
          gone.push(row.id);
          continue;
        }
        const unsubscribe = await issueToken(scope, sub.id, 'UNSUBSCRIBE', UNSUBSCRIBE_TTL_MS);
        const open =
          sub.format === MessageFormat.HTML && sub.trackingConsent && delivery.html ? newLinkToken(24) : null;
        await this.recipients(ctx).update(
          { id: row.id, state: 'pending' },
          {
            state: 'sending',
            attempts: row.attempts + 1,
            openTokenHash: open ? hashToken(open) : null,
          },
        );
        prepared.push({ row, sub, unsubscribe, open });
      }
      if (gone.length) await this.recipients(ctx).update({ id: In(gone) }, { state: 'skipped' });
      return prepared;
    });
  }

  private async settle(ctx: RequestContext, ids: string[], patch: Partial<DeliveryRecipient>): Promise<void> {
    if (!ids.length) return;
    await this.recipients(ctx).update({ id: In(ids), state: 'sending' }, patch);
  }

  private message(delivery: Delivery, list: MailingList, tenant: Tenant, p: Prepared) {
    const unsubscribeUrl = `${this.publicUrl}/unsubscribe?token=${p.unsubscribe}`;
    const host = new URL(this.publicUrl).hostname || 'steward';
    const footer = `\n\n-- \nYou receive this because you subscribed to "${list.title}" (${list.name}) of ${tenant.name}.\nUnsubscribe (your details are then deleted): ${unsubscribeUrl}\n`;
    const html =
      p.sub.format === MessageFormat.HTML && delivery.html
        ? `${delivery.html}\n<hr><p style="font-size:12px;color:#555">You receive this because you subscribed to "${escapeHtml(list.title)}" of ${escapeHtml(tenant.name)}. <a href="${unsubscribeUrl}">Unsubscribe</a> (your details are then deleted).</p>` +
          (p.open ? `\n<img src="${this.publicUrl}/o/${p.open}.gif" width="1" height="1" alt="">` : '')
        : undefined;
    return {
      from: this.mailFrom,
      to: p.sub.email,
      subject: delivery.subject,
      text: delivery.text + footer,
      html,
      messageId: `<${p.row.id}@${host}>`,
      headers: {
        'List-Id': `${list.title.replace(/[<>"]/g, '')} <${list.name.toLowerCase()}.${tenant.slug}.${host}>`,
        'List-Unsubscribe': `<${unsubscribeUrl}>`,
        'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      },
    };
  }

  /**
   * A list's deliveries deleted, with their recipients, and their prepare, chunk and finishing jobs
   * cancelled (a chunk that is sending stops at its next window): for deleting the list. Joins the
   * caller's transaction.
   */
  async deleteForList(ctx: RequestContext, listId: string): Promise<{ deliveries: number; jobs: number }> {
    const scope = this.db.forTenant(ctx);
    return scope.transaction(async () => {
      const ids = (await this.deliveries(ctx).find({ listId }, { select: { id: true } })).map((d) => d.id);
      if (!ids.length) return { deliveries: 0, jobs: 0 };
      const jobs = await this.queue.cancelMatching(
        scope.tenantId,
        [DELIVERY_PREPARE_QUEUE, DELIVERY_CHUNK_QUEUE, DELIVERY_FINISH_QUEUE],
        'deliveryId',
        ids,
      );
      for (let i = 0; i < ids.length; i += 500) {
        const batch = ids.slice(i, i + 500);
        await this.recipients(ctx).delete({ deliveryId: In(batch) });
        await this.deliveries(ctx).delete({ id: In(batch) });
      }
      return { deliveries: ids.length, jobs };
    });
  }

  /** Job: all chunks done. */
  async finish(run: JobRun<DeliveryJobPayload>): Promise<unknown> {
    const ctx = run.ctx;
    const [d] = await this.withCounts(ctx, [await this.deliveries(ctx).get(run.payload.deliveryId)]);
    const status = d.recipients > 0 && d.sent === 0 ? DeliveryStatus.FAILED : DeliveryStatus.SENT;
    await this.deliveries(ctx).update({ id: d.id }, { status, finishedAt: new Date() });
    this.log.info(
      { deliveryId: d.id, recipients: d.recipients, sent: d.sent, failed: d.failed },
      'delivery finished',
    );
    return { status, sent: d.sent, failed: d.failed };
  }

  /**
   * The tracking image was loaded. Named only if the recipient still consents to tracking (the
   * image went only to those who did); otherwise an anonymous count.
   */
  async recordOpen(token: string): Promise<void> {
    if (!/^[A-Za-z0-9_-]{20,64}$/.test(token)) return;
    const door = this.db.crossTenant('opens pixel: the token names its recipient row and tenant');
    await door.transaction(async (em) => {
      const row = await em.findOneBy(DeliveryRecipient, { openTokenHash: hashToken(token) });
      if (!row) return;
      const scope = door.forTenant(row.tenantId);
      const sub = await scope.repo(Subscriber).findOne({ id: row.subscriberId });
      if (sub?.trackingConsent) {
        if (!row.openedAt)
          await scope.repo(DeliveryRecipient).update({ id: row.id }, { openedAt: new Date() });
      } else {
        await scope
          .repo(Delivery)
          .update({ id: row.deliveryId }, { anonymousOpens: () => 'anonymous_opens + 1' });
      }
    });
  }
}
