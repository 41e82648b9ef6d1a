import { DataCategory } from '../common/data-category';
import { newId } from '../common/ids';
import type { Transporter } from 'nodemailer';
import type { Logger } from 'pino';
import { In } from 'typeorm';
import type { Database } from '../common/database';
import { BadInputError, ConflictError, NotFoundError } from '../common/errors';
import type { RateLimiter } from '../common/rate-limiter';
import type { MailService } from '../mail/mail.service';
import type { RequestContext } from '../../tenants/request-context';
import { JobHeldError, type JobRun } from '../../workers/job-handler';
import type { JobQueue } from '../../workers/job-queue';
import { requiredText } from '../common/email';
import { escapeHtml } from '../common/link-page';
import {
  DeliveryStatus,
  MessageFormat,
  ProcessingPurpose,
  SubscriberStatus,
  TenantStatus,
} from '../common/enums';
import type { ListService } from '../lists/list.service';
import type { MailingList } from '../lists/mailing-list.entity';
import type { ProcessingLogService } from '../processing/processing-log.service';
import { Subscriber } from '../subscribers/subscriber.entity';
import {
  hashToken,
  issueTokens,
  newLinkToken,
  PREFERENCES_TTL_MS,
  UNSUBSCRIBE_TTL_MS,
} from '../subscribers/subscription-tokens';
import { DEFAULT_LANG, isLang, t, type Lang } from '../common/i18n';
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
/** how far ahead a message may be scheduled */
export const MAX_SCHEDULE_MS = 90 * 86_400_000;
/** test messages per user and hour */
export const TEST_MESSAGES_PER_HOUR = 10;
/** the prefix that marks a test message's subject */
export const TEST_SUBJECT_PREFIX = '[Test] ';
/** the token of a test message's links: it matches no token, so the links do nothing */
const TEST_LINK_TOKEN = 'test-message-link-does-nothing';
/** how long cancelDelivery waits for the messages already handed to SMTP to be settled */
const CANCEL_SETTLE_MS = 15_000;
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const SUBJECT_CONTROLS = /[\u0000-\u001f\u007f-\u009f]/;

export interface DeliveryJobPayload {
  deliveryId: string;
  chunk?: number;
}

interface Prepared {
  row: DeliveryRecipient;
  sub: Pick<Subscriber, 'email' | 'format' | 'language'>;
  unsubscribe: string;
  preferences: string;
  open: string | null;
}

/** The links of a list message's footer. */
interface FooterLinks {
  unsubscribeUrl: string;
  preferencesUrl: string;
}

/** What kinds of feedback about one sent message a delivery counts. */
export type DeliveryFeedback = 'bounce' | 'complaint';

/** What a delivery job of a suspended tenant says when it is held (no personal data). */
export const HELD_FOR_SUSPENSION = 'the tenant is suspended: the delivery waits for its reactivation';

/** Delivery states in which a delivery may still stop. */
const CANCELLABLE = [DeliveryStatus.SCHEDULED, DeliveryStatus.QUEUED, DeliveryStatus.SENDING];

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
    private readonly mail: MailService,
    private readonly limiter: RateLimiter,
  ) {}

  private deliveries(ctx: RequestContext) {
    return this.db.forTenant(ctx).repo(Delivery, 'Delivery');
  }

  private recipients(ctx: RequestContext) {
    return this.db.forTenant(ctx).repo(DeliveryRecipient, 'Recipient');
  }

  /** Subject, text and HTML as a message may have them (the same rules for a test). */
  private content(input: MessageInput): { subject: string; text: string; html: string | null } {
    const subject = requiredText(input.subject, 'subject', 300);
    if (SUBJECT_CONTROLS.test(subject))
      throw new BadInputError('subject must not contain control characters such as line breaks', 'subject');
    const text = requiredText(input.text, 'text', MAX_BODY);
    const html = input.html?.trim() ? input.html : null;
    if (html && html.length > MAX_BODY)
      throw new BadInputError(`html must be at most ${MAX_BODY} characters`, 'html');
    return { subject, text, html };
  }

  /** `scheduledFor`: later than now, at most 90 days ahead. */
  private schedule(at: Date | null | undefined, now: Date): Date | null {
    if (at === null || at === undefined) return null;
    if (!(at instanceof Date) || Number.isNaN(at.getTime()))
      throw new BadInputError('scheduledFor must be a date and time', 'scheduledFor');
    if (at.getTime() <= now.getTime())
      throw new BadInputError('scheduledFor must be later than now', 'scheduledFor');
    if (at.getTime() > now.getTime() + MAX_SCHEDULE_MS)
      throw new BadInputError('scheduledFor must be at most 90 days ahead', 'scheduledFor');
    return at;
  }

  async send(ctx: RequestContext, listId: string, input: MessageInput): Promise<Delivery> {
    const list = await this.lists.get(ctx, listId);
    const { subject, text, html } = this.content(input);
    const now = new Date();
    const scheduledFor = this.schedule(input.scheduledFor, now);
    const delivery = await this.db.forTenant(ctx).transaction(async () => {
      await this.lists.lock(ctx, list.id, 'share');
      const d = await this.deliveries(ctx).insert({
        id: newId(),
        listId: list.id,
        subject,
        text,
        html,
        status: scheduledFor ? DeliveryStatus.SCHEDULED : DeliveryStatus.QUEUED,
        anonymousOpens: 0,
        unsubscribes: 0,
        bounces: 0,
        complaints: 0,
        createdAt: now,
        scheduledFor,
        startedAt: null,
        finishedAt: null,
      });
      // A scheduled delivery is a job that is due at its time: it survives restarts like any job.
      await this.queue.enqueue(
        ctx,
        DELIVERY_PREPARE_QUEUE,
        { deliveryId: d.id } satisfies DeliveryJobPayload,
        {
          runAt: scheduledFor ?? undefined,
        },
      );
      return d;
    });
    return Object.assign(delivery, { recipients: 0, sent: 0, failed: 0, opens: 0 });
  }

  /** One delivery of the caller's tenant with its figures; null when unknown or another tenant's. */
  async find(ctx: RequestContext, id: string): Promise<Delivery | null> {
    const d = await this.deliveries(ctx).findOne({ id });
    if (!d) return null;
    const [withCounts] = await this.withCounts(ctx, [d]);
    return withCounts;
  }

  /**
   * Stops a SCHEDULED, QUEUED or SENDING delivery: what was sent stays sent, the recipients not yet
   * sent are not sent (`skipped`, like those who left before their turn). The status changes under
   * the delivery row's lock, which every window of a chunk takes before it claims recipients, so
   * no window is claimed after this commits; the messages of a window claimed before are already
   * with SMTP, and the answer waits (a while) for them to be settled so its figures are final.
   */
  async cancel(ctx: RequestContext, id: string): Promise<Delivery> {
    const scope = this.db.forTenant(ctx);
    await scope.transaction(async () => {
      const d = await this.deliveries(ctx).get(id);
      const [locked] = await scope.query<Array<{ status: DeliveryStatus }>>(
        `SELECT status FROM deliveries WHERE tenant_id = ? AND id = ?${this.db.forUpdate}`,
        [d.tenantId, d.id],
      );
      if (!locked || !CANCELLABLE.includes(locked.status))
        throw new ConflictError(
          `A ${String(locked?.status ?? d.status).toLowerCase()} delivery cannot be cancelled`,
        );
      await this.deliveries(ctx).update(
        { id: d.id, status: In(CANCELLABLE) },
        { status: DeliveryStatus.CANCELLED, finishedAt: new Date() },
      );
      const skipped = await this.recipients(ctx).update(
        { deliveryId: d.id, state: 'pending' },
        { state: 'skipped', lastError: 'the delivery was cancelled' },
      );
      await this.processingLog.append(ctx, {
        tenantId: d.tenantId,
        purpose: ProcessingPurpose.SERVICE_DELIVERY,
        action: 'list.deliveryCancelled',
        subjects: skipped,
        dataCategories: [],
        description: `List message cancelled: ${skipped} recipient(s) not yet sent will not be sent`,
      });
    });
    const deadline = Date.now() + CANCEL_SETTLE_MS;
    while (
      (await this.recipients(ctx).count({ deliveryId: id, state: 'sending' })) > 0 &&
      Date.now() < deadline
    )
      await new Promise((r) => setTimeout(r, 100));
    return (await this.find(ctx, id))!;
  }

  /**
   * A bounce or a complaint about one sent message (the recipient row's id is the message's
   * Message-ID local part): counted on its delivery. For the bounce processing to call;
   * answers false when the message is unknown.
   */
  async recordFeedback(recipientId: string, kind: DeliveryFeedback): Promise<boolean> {
    const door = this.db.crossTenant(
      'bounce or complaint: the message id names its recipient row and tenant',
    );
    return door.transaction(async (em) => {
      const row = await em.findOneBy(DeliveryRecipient, { id: recipientId });
      if (!row) return false;
      const column = kind === 'bounce' ? 'bounces' : 'complaints';
      await door
        .forTenant(row.tenantId)
        .repo(Delivery)
        .update({ id: row.deliveryId }, { [column]: () => `${column} + 1` });
      return true;
    });
  }

  /**
   * The message to the caller's own address only, marked as a test: no delivery, no recipients,
   * its links do nothing. Rate-limited per user.
   */
  async sendTest(ctx: RequestContext, listId: string, input: MessageInput): Promise<boolean> {
    const list = await this.lists.get(ctx, listId);
    const content = this.content(input);
    if (ctx.principal.kind !== 'tenant_user' || !ctx.account?.email)
      throw new BadInputError('a test message goes to a signed-in tenant user');
    const userId = ctx.principal.id;
    const to = ctx.account.email;
    await this.limiter.consume('test-message', userId, TEST_MESSAGES_PER_HOUR, 3_600_000);
    const tenant = await this.db.read((em) => em.findOneByOrFail(Tenant, { id: list.tenantId }));
    const message = this.message(
      { ...content, subject: TEST_SUBJECT_PREFIX + content.subject },
      list,
      tenant,
      {
        unsubscribeUrl: `${this.publicUrl}/unsubscribe?token=${TEST_LINK_TOKEN}`,
        preferencesUrl: `${this.publicUrl}/preferences?token=${TEST_LINK_TOKEN}`,
      },
      { email: to, format: content.html ? MessageFormat.HTML : MessageFormat.TEXT, language: null },
      null,
    );
    await this.db.forTenant(ctx).transaction(async () => {
      await this.mail.send(ctx, {
        kind: 'list.test',
        to,
        subject: message.subject,
        text: message.text,
        html: message.html,
        headers: {
          'X-Steward-Test': 'yes',
          ...(list.replyTo ? { 'Reply-To': list.replyTo } : {}),
        },
      });
      await this.processingLog.append(ctx, {
        tenantId: list.tenantId,
        purpose: ProcessingPurpose.SERVICE_DELIVERY,
        action: 'list.testMessage',
        subjects: 1,
        dataCategories: [DataCategory.EMAIL_ADDRESS],
        description: "Test of a list message sent to the signed-in staff user's own address",
      });
    });
    return true;
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
        .addSelect('COUNT(r.openedAt)', 'opened')
        .andWhere({ deliveryId: In(deliveries.map((d) => d.id)) })
        .groupBy('r.deliveryId')
        .addGroupBy('r.state')
        .getRawMany<{ deliveryId: string; state: string; n: string | number; opened: string | number }>(),
    );
    for (const d of deliveries) Object.assign(d, { recipients: 0, sent: 0, failed: 0, opens: 0 });
    const byId = new Map(deliveries.map((d) => [d.id, d]));
    for (const c of counts) {
      const d = byId.get(c.deliveryId)!;
      const n = Number(c.n);
      if (c.state !== 'skipped') d.recipients += n;
      if (c.state === 'sent') d.sent += n;
      if (c.state === 'failed' || c.state === 'unknown') d.failed += n;
      d.opens += Number(c.opened);
    }
    return deliveries;
  }

  /** Job: snapshot the CONFIRMED subscribers into recipients and start the chunks, all in one commit. */
  async prepare(run: JobRun<DeliveryJobPayload>): Promise<unknown> {
    const ctx = run.ctx;
    const delivery = await this.deliveries(ctx).findOne({ id: run.payload.deliveryId });
    const waiting = [DeliveryStatus.QUEUED, DeliveryStatus.SCHEDULED];
    if (!delivery || !waiting.includes(delivery.status)) return { skipped: true };
    // A suspended tenant's delivery does not start: it waits, QUEUED (or SCHEDULED), until reactivation.
    if (await this.suspended(delivery.tenantId)) throw new JobHeldError(HELD_FOR_SUSPENSION);
    const subscribers = await this.db
      .forTenant(ctx)
      .repo(Subscriber, 'Subscriber')
      .find(
        { listId: delivery.listId, status: SubscriberStatus.CONFIRMED, restricted: false },
        { select: { id: true }, order: { id: 'ASC' } },
      );
    const chunks = Math.ceil(subscribers.length / CHUNK_SIZE);
    let started = false;
    await run.commit(
      async () => {
        await this.lists.lock(ctx, delivery.listId, 'share');
        // Guarded: a delivery cancelled since it was read is not started.
        started =
          (await this.deliveries(ctx).update(
            { id: delivery.id, status: In(waiting) },
            { status: DeliveryStatus.SENDING, startedAt: new Date() },
          )) > 0;
        if (!started) return;
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
    return started ? undefined : { skipped: true };
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
      // Suspended (before this chunk or while it was sending): what is sent stays sent, the rest of
      // the chunk stays pending and the job waits; the delivery stays SENDING until it resumes.
      if (window === 'held') throw new JobHeldError(HELD_FOR_SUSPENSION);
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
            const links = {
              unsubscribeUrl: `${this.publicUrl}/unsubscribe?token=${p.unsubscribe}`,
              preferencesUrl: `${this.publicUrl}/preferences?token=${p.preferences}`,
            };
            await this.transport!.sendMail({
              ...this.message(delivery, list, tenant, links, p.sub, p.open),
              messageId: `<${p.row.id}@${new URL(this.publicUrl).hostname || 'steward'}>`,
            });
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

  /**
   * Marks the next window of `pending` recipients `sending` (committed) and makes their tokens;
   * none once the delivery is no longer SENDING (read under its row's lock, see `cancel`).
   */
  private async claimWindow(
    ctx: RequestContext,
    delivery: Delivery,
    chunk: number,
  ): Promise<Prepared[] | 'held'> {
    const scope = this.db.forTenant(ctx);
    return scope.transaction(async () => {
      // A list deleted meanwhile: its recipients are gone, and nothing more is sent. The list's lock
      // first, then the delivery's, in the order deleteList takes them.
      try {
        await this.lists.lock(ctx, delivery.listId, 'share');
      } catch (err) {
        if (err instanceof NotFoundError) return [];
        throw err;
      }
      const [current] = await scope.query<Array<{ status: DeliveryStatus }>>(
        `SELECT status FROM deliveries WHERE tenant_id = ? AND id = ?${this.db.forUpdate}`,
        [delivery.tenantId, delivery.id],
      );
      if (current?.status !== DeliveryStatus.SENDING) {
        // Cancelled: a message handed back as `pending` by a temporary SMTP failure after the cancel
        // committed is not sent either.
        if (current?.status === DeliveryStatus.CANCELLED)
          await this.recipients(ctx).update(
            { deliveryId: delivery.id, chunk, state: 'pending' },
            { state: 'skipped', lastError: 'the delivery was cancelled' },
          );
        return [];
      }
      // Read under the delivery's lock, each window: a suspension stops the chunk at its next window.
      if (await this.suspended(delivery.tenantId)) return 'held';
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
      const gone: string[] = [];
      const going: { row: DeliveryRecipient; sub: Subscriber }[] = [];
      for (const row of rows) {
        const sub = byId.get(row.subscriberId);
        // Unsubscribed (deleted) since the snapshot, or no longer confirmed: not a recipient any more.
        if (!sub || sub.status !== SubscriberStatus.CONFIRMED || sub.restricted) gone.push(row.id);
        else going.push({ row, sub });
      }
      // Each message's unsubscribe and preferences links, for the whole window in one multi-row
      // insert (both name the delivery: an unsubscribe through either counts for this message).
      const tokens = await issueTokens(
        scope,
        going.flatMap(({ sub }) => [
          { subscriberId: sub.id, purpose: 'UNSUBSCRIBE' as const, deliveryId: delivery.id },
          {
            subscriberId: sub.id,
            purpose: 'PREFERENCES' as const,
            deliveryId: delivery.id,
            ttlMs: PREFERENCES_TTL_MS,
          },
        ]),
        UNSUBSCRIBE_TTL_MS,
      );
      const prepared: Prepared[] = [];
      for (const [i, { row, sub }] of going.entries()) {
        const unsubscribe = tokens[2 * i];
        const preferences = tokens[2 * i + 1];
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
        prepared.push({ row, sub, unsubscribe, preferences, open });
      }
      if (gone.length) await this.recipients(ctx).update({ id: In(gone) }, { state: 'skipped' });
      return prepared;
    });
  }

  /** True while an operator has the tenant suspended: its deliveries wait. */
  private async suspended(tenantId: string): Promise<boolean> {
    const [row] = await this.db.query<Array<{ status: string }>>('SELECT status FROM tenants WHERE id = ?', [
      tenantId,
    ]);
    return row?.status === TenantStatus.SUSPENDED;
  }

  private async settle(ctx: RequestContext, ids: string[], patch: Partial<DeliveryRecipient>): Promise<void> {
    if (!ids.length) return;
    await this.recipients(ctx).update({ id: In(ids), state: 'sending' }, patch);
  }

  /**
   * A list message to one person: the footer with its unsubscribe and preferences links, in the
   * subscriber's language (English when Steward has none for it), HTML to HTML subscribers, the
   * pixel with `open`.
   */
  private message(
    delivery: Pick<Delivery, 'subject' | 'text' | 'html'>,
    list: MailingList,
    tenant: Tenant,
    links: FooterLinks,
    sub: Prepared['sub'],
    open: string | null,
  ) {
    const host = new URL(this.publicUrl).hostname || 'steward';
    const { unsubscribeUrl, preferencesUrl } = links;
    const lang: Lang = isLang(sub.language) ? sub.language : DEFAULT_LANG;
    const why = t(lang, 'footer.why', { list: list.title, name: list.name, organisation: tenant.name });
    const leave = t(lang, 'footer.unsubscribe');
    const change = t(lang, 'footer.preferences');
    // The list's own footer (its settings) first, then the platform's: why this mail, how to leave.
    const own = list.footer?.trim() ? `\n\n${list.footer.trim()}` : '';
    const ownHtml = list.footer?.trim()
      ? `\n<p style="font-size:12px;color:#555">${escapeHtml(list.footer.trim()).replace(/\r?\n/g, '<br>')}</p>`
      : '';
    const footer = `${own}\n\n-- \n${why}\n${leave}: ${unsubscribeUrl}\n${change}: ${preferencesUrl}\n`;
    const html =
      sub.format === MessageFormat.HTML && delivery.html
        ? `${delivery.html}${ownHtml}\n<hr><p lang="${lang}" style="font-size:12px;color:#555">${escapeHtml(why)} <a href="${escapeHtml(unsubscribeUrl)}">${escapeHtml(leave)}</a> | <a href="${escapeHtml(preferencesUrl)}">${escapeHtml(change)}</a></p>` +
          (open ? `\n<img src="${this.publicUrl}/o/${open}.gif" width="1" height="1" alt="">` : '')
        : undefined;
    return {
      // The list's sender name with the platform's address (a customer's own verified domain is the
      // sending-domains work), and replies to the address the list names.
      from: list.fromName ? { name: list.fromName, address: mailAddressOf(this.mailFrom) } : this.mailFrom,
      replyTo: list.replyTo ?? undefined,
      to: sub.email,
      subject: delivery.subject,
      text: delivery.text + footer,
      html,
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
    if (d.status !== DeliveryStatus.SENDING) return { status: d.status, sent: d.sent, failed: d.failed };
    const status = d.recipients > 0 && d.sent === 0 ? DeliveryStatus.FAILED : DeliveryStatus.SENT;
    // Guarded: a cancel that committed meanwhile keeps its CANCELLED.
    await this.deliveries(ctx).update(
      { id: d.id, status: DeliveryStatus.SENDING },
      { status, finishedAt: new Date() },
    );
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

/** The address of a `Name <address>` (or bare address) sender such as MAIL_FROM. */
function mailAddressOf(sender: string): string {
  return /<([^<>]+)>\s*$/.exec(sender)?.[1].trim() ?? sender.trim();
}
