import { In } from 'typeorm';
import { newId } from '../common/ids';
import type { Database } from '../common/database';
import type { RequestContext } from '../../tenants/request-context';
import type { JobQueue } from '../../workers/job-queue';
import { MailAttachment, type MailState, OutboundMail } from './outbound-mail.entity';

export const SEND_MAIL_QUEUE = 'mail.send';

export interface MailMessage {
  kind: string;
  to: string;
  subject: string;
  text: string;
  html?: string;
  headers?: Record<string, string>;
  attachments?: MailAttachment[];
  /** the controller the mail is sent for; defaults to the context's tenant */
  tenantId?: string | null;
}

/** Outbox states that no worker will act on again. */
const FINISHED = "'sent', 'failed', 'kept'";

/** Puts mail in the outbox, inside the caller's transaction; a worker sends it after commit. */
export class MailService {
  constructor(
    private readonly db: Database,
    private readonly queue: JobQueue,
    private readonly messageIdDomain: string,
  ) {}

  /**
   * Deletes a tenant's outbox (addresses and bodies) when its data is deleted, except the mail of
   * `keepKind` that is kept for the operator to hand over. Joins the caller's transaction.
   */
  async purgeForTenant(tenantId: string, keepKind: string): Promise<number> {
    const r = await this.db.manager
      .createQueryBuilder()
      .delete()
      .from(OutboundMail)
      .where("tenant_id = :tenantId AND NOT (kind = :keepKind AND state = 'kept')", { tenantId, keepKind })
      .execute();
    return r.affected ?? 0;
  }

  /**
   * Housekeeping: deletes outbox rows written before `cutoff` that are finished (sent, failed, or
   * kept for an operator), in the caller's transaction; answers how many per tenant (null: platform
   * mail). Queued mail stays: a send job still owes it.
   */
  async purgeFinished(cutoff: Date): Promise<Array<{ tenantId: string | null; count: number }>> {
    const at = this.db.param(cutoff);
    return this.db
      .crossTenant('housekeeping: finished outbox mail past its retention')
      .transaction(async (em) => {
        const rows: Array<{ tenant_id: string | null; n: number | string }> = await em.query(
          `SELECT tenant_id, COUNT(*) AS n FROM outbound_mail WHERE state IN (${FINISHED}) AND created_at < ? GROUP BY tenant_id`,
          [at],
        );
        if (rows.length)
          await em.query(`DELETE FROM outbound_mail WHERE state IN (${FINISHED}) AND created_at < ?`, [at]);
        return rows.map((r) => ({ tenantId: r.tenant_id, count: Number(r.n) }));
      });
  }

  /** The outbox state of some messages, by id (missing ids are absent from the map). */
  async states(ids: string[]): Promise<Map<string, MailState>> {
    if (!ids.length) return new Map();
    const rows = await this.db.read((em) =>
      em.find(OutboundMail, { where: { id: In(ids) }, select: { id: true, state: true } }),
    );
    return new Map(rows.map((r) => [r.id, r.state]));
  }

  /** Deletes a tenant's outbox copies to one address (a queued one is then simply not sent). */
  async forgetAddress(tenantId: string, address: string): Promise<number> {
    return (await this.db.manager.delete(OutboundMail, { tenantId, toAddress: address })).affected ?? 0;
  }

  /** `forgetAddress` for many addresses at once (in statements of 500); joins the caller's transaction. */
  async forgetAddresses(tenantId: string, addresses: string[]): Promise<number> {
    let n = 0;
    for (let i = 0; i < addresses.length; i += 500)
      n +=
        (await this.db.manager.delete(OutboundMail, { tenantId, toAddress: In(addresses.slice(i, i + 500)) }))
          .affected ?? 0;
    return n;
  }

  /** The outbox row of one message. */
  private row(ctx: RequestContext, msg: MailMessage, now: Date): OutboundMail {
    const id = newId();
    return Object.assign(new OutboundMail(), {
      id,
      tenantId: msg.tenantId === undefined ? ctx.tenantId : msg.tenantId,
      kind: msg.kind,
      toAddress: msg.to,
      subject: msg.subject,
      text: msg.text,
      html: msg.html ?? null,
      headers: JSON.stringify(msg.headers ?? {}),
      attachments: msg.attachments?.length ? JSON.stringify(msg.attachments) : null,
      state: 'queued',
      // Fixed per outbox row: a resend after a crash carries the same Message-ID, so it can be deduplicated.
      messageId: `<${id}@${this.messageIdDomain}>`,
      createdAt: now,
      sentAt: null,
      lastError: null,
    });
  }

  async send(ctx: RequestContext, msg: MailMessage): Promise<string> {
    return this.db.transaction(async (em) => {
      const row = this.row(ctx, msg, new Date());
      await em.insert(OutboundMail, row);
      await this.queue.enqueue(ctx, SEND_MAIL_QUEUE, { mailId: row.id }, { maxAttempts: 10 });
      return row.id;
    });
  }

  /** Many mails in a few statements: outbox rows in multi-row inserts, one job per 50 mails. */
  async sendMany(ctx: RequestContext, msgs: MailMessage[]): Promise<string[]> {
    if (!msgs.length) return [];
    return this.db.transaction(async (em) => {
      const now = new Date();
      const rows = msgs.map((msg) => this.row(ctx, msg, now));
      await this.db.bulkInsert(
        em,
        'outbound_mail',
        [
          'id',
          'tenant_id',
          'kind',
          'to_address',
          'subject',
          'text',
          'html',
          'headers',
          'attachments',
          'state',
          'message_id',
          'created_at',
          'sent_at',
          'last_error',
        ],
        rows.map((r) => [
          r.id,
          r.tenantId,
          r.kind,
          r.toAddress,
          r.subject,
          r.text,
          r.html,
          r.headers,
          r.attachments,
          r.state,
          r.messageId,
          r.createdAt,
          r.sentAt,
          r.lastError,
        ]),
        200,
      );
      const batches: string[][] = [];
      for (let i = 0; i < rows.length; i += 50) batches.push(rows.slice(i, i + 50).map((r) => r.id));
      await this.queue.enqueueMany(
        ctx,
        SEND_MAIL_QUEUE,
        batches.map((mailIds) => ({ mailIds })),
        { maxAttempts: 10 },
      );
      return rows.map((r) => r.id);
    });
  }
}
