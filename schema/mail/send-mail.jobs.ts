import type { Logger } from 'pino';
import type { Transporter } from 'nodemailer';
import type { Database } from '../common/database';
import { SEND_MAIL_QUEUE } from './mail.service';
import { DROPPED_BODY, MailAttachment, OutboundMail } from './outbound-mail.entity';
import { JobHeldError, type JobHandler, type JobRun } from '../../workers/job-handler';
import { TenantStatus } from '../common/enums';

/**
 * Mail to a tenant's subscribers (confirmations, list messages): held while the tenant is suspended.
 * Mail that answers data subjects (`dsr.*`), breach notices and staff notices still go.
 */
const HELD_WHILE_SUSPENDED = /^(subscription|list)\./;

/**
 * Sends one outbox row through the pooled SMTP transport. Without SMTP the mail is kept in the
 * outbox and, outside production, its links are logged (never the address). A failure throws, so the queue retries with
 * backoff; a row already sent is not sent again. Once the SMTP server accepted the mail, or refused it
 * for good, its body (and with it every link token) is dropped in the update that records it.
 */
export interface MailJobPayload {
  mailId?: string;
  /** a batch of outbox rows (bulk mail such as an import's confirmations) */
  mailIds?: string[];
}

/** The result the single-mail job has always reported. */
function outcomeOf(o: string): unknown {
  if (o === 'sent') return { sent: true };
  if (o === 'kept') return { kept: true };
  if (o.startsWith('failed:')) return { failed: Number(o.slice(7)) };
  return { skipped: o.slice('skipped:'.length) };
}

export class SendMailJob implements JobHandler<MailJobPayload> {
  readonly queue = SEND_MAIL_QUEUE;

  constructor(
    private readonly db: Database,
    private readonly transport: Transporter | null,
    private readonly from: string,
    private readonly log: Logger,
    /** false in production: a link carries a token, which is as good as a password and never belongs in a log */
    private readonly logLinks = true,
  ) {}

  /** The outbox is read and updated by id for whichever tenant a mail belongs to. */
  private get outbox() {
    return this.db.crossTenant('send-mail job: outbox rows of every tenant, addressed by id');
  }

  async run(job: JobRun<MailJobPayload>): Promise<unknown> {
    const ids = job.payload.mailIds ?? [job.payload.mailId!];
    const outcomes: string[] = [];
    let transient: unknown = null;
    for (const id of ids) {
      if (job.signal.aborted) throw new Error('stopped before the batch was done');
      try {
        outcomes.push(await this.sendOne(id, job.lastAttempt));
      } catch (err) {
        transient = err; // the rest of the batch still goes; the job retries only what is left
      }
    }
    if (transient) throw transient;
    // Kept queued in the outbox; the job runs again once the tenant is reactivated.
    if (outcomes.includes('held'))
      throw new JobHeldError('the tenant is suspended: its mail waits for its reactivation');
    return ids.length === 1
      ? outcomeOf(outcomes[0])
      : { sent: outcomes.filter((o) => o === 'sent').length, of: ids.length };
  }

  /** Sends one outbox row; a row already sent, kept, failed or deleted is left alone. */
  private async sendOne(id: string, lastAttempt: boolean): Promise<string> {
    const mail = await this.outbox.read((em) => em.findOneBy(OutboundMail, { id }));
    if (!mail) return 'skipped:gone'; // deleted since (e.g. the person was erased)
    if (mail.state !== 'queued') return `skipped:${mail.state}`;
    if (mail.tenantId && HELD_WHILE_SUSPENDED.test(mail.kind)) {
      const [t] = await this.db.query<Array<{ status: string }>>('SELECT status FROM tenants WHERE id = ?', [
        mail.tenantId,
      ]);
      if (t?.status === TenantStatus.SUSPENDED) return 'held';
    }

    if (!this.transport) {
      const links = this.logLinks ? (mail.text.match(/https?:\/\/\S+/g) ?? []).slice(0, 5) : undefined;
      this.log.info(
        { mailId: mail.id, kind: mail.kind, subject: mail.subject, links },
        'mail kept in the outbox (no SMTP_URL)',
      );
      await this.markDone(mail.id, 'kept');
      return 'kept';
    }

    try {
      const attachments = mail.attachments ? (JSON.parse(mail.attachments) as MailAttachment[]) : [];
      await this.transport.sendMail({
        from: this.from,
        to: mail.toAddress,
        subject: mail.subject,
        text: mail.text,
        html: mail.html ?? undefined,
        headers: JSON.parse(mail.headers),
        messageId: mail.messageId,
        attachments: attachments.map((a) => ({
          filename: a.filename,
          contentType: a.contentType,
          content: Buffer.from(a.content, 'base64'),
        })),
      });
    } catch (err) {
      const code = (err as { responseCode?: number }).responseCode ?? 0;
      // 5xx is the server's final answer (no such mailbox, policy): retrying cannot change it.
      const permanent = code >= 500 && code < 600;
      const lastError = (err as Error).message.slice(0, 1000);
      // A failed mail is never retried: its body goes with the state change. A transient error keeps it for the retry.
      await this.outbox.transaction((em) =>
        em.update(
          OutboundMail,
          { id: mail.id },
          permanent || lastAttempt ? { state: 'failed', lastError, ...DROPPED_BODY } : { lastError },
        ),
      );
      if (permanent) {
        this.log.warn(
          { mailId: mail.id, kind: mail.kind, responseCode: code },
          'mail refused permanently by the SMTP server',
        );
        return `failed:${code}`;
      }
      throw err;
    }
    await this.markDone(mail.id, 'sent');
    return 'sent';
  }

  /** A sent mail loses its body in the same statement (no window with a delivered token in clear); a kept one keeps it. */
  private async markDone(id: string, state: 'sent' | 'kept'): Promise<void> {
    await this.outbox.transaction((em) =>
      em.update(
        OutboundMail,
        { id },
        { state, sentAt: new Date(), lastError: null, ...(state === 'sent' ? DROPPED_BODY : {}) },
      ),
    );
  }
}
