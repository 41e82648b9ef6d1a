import type { Logger } from 'pino';
import type { Transporter } from 'nodemailer';
import type { Database } from '../server/database';
import { SEND_MAIL_QUEUE } from '../schema/mail/mail.service';
import { MailAttachment, OutboundMail } from '../schema/mail/outbound-mail.entity';
import type { JobHandler, JobRun } from './job-handler';

/**
 * Sends one outbox row through the pooled SMTP transport. Without SMTP the mail is kept in the
 * outbox and its links are logged (never the address). A failure throws, so the queue retries with
 * backoff; a row already sent is not sent again.
 */
export class SendMailJob implements JobHandler<{ mailId: string }> {
  readonly queue = SEND_MAIL_QUEUE;

  constructor(
    private readonly db: Database,
    private readonly transport: Transporter | null,
    private readonly from: string,
    private readonly log: Logger,
  ) {}

  async run(job: JobRun<{ mailId: string }>): Promise<unknown> {
    const mail = await this.db.read((em) => em.findOneBy(OutboundMail, { id: job.payload.mailId }));
    if (!mail) return { skipped: 'gone' }; // deleted since (e.g. the person was erased)
    if (mail.state !== 'queued') return { skipped: mail.state };

    if (!this.transport) {
      const links = (mail.text.match(/https?:\/\/\S+/g) ?? []).slice(0, 5);
      this.log.info({ mailId: mail.id, kind: mail.kind, subject: mail.subject, links }, 'mail kept in the outbox (no SMTP_URL)');
      await this.markDone(mail.id, 'kept');
      return { kept: true };
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
        attachments: attachments.map((a) => ({ filename: a.filename, contentType: a.contentType, content: Buffer.from(a.content, 'base64') })),
      });
    } catch (err) {
      const code = (err as { responseCode?: number }).responseCode ?? 0;
      // 5xx is the server's final answer (no such mailbox, policy): retrying cannot change it.
      const permanent = code >= 500 && code < 600;
      const lastError = (err as Error).message.slice(0, 1000);
      await this.db.transaction((em) =>
        em.update(OutboundMail, { id: mail.id }, permanent || job.lastAttempt ? { state: 'failed', lastError } : { lastError }),
      );
      if (permanent) {
        this.log.warn({ mailId: mail.id, kind: mail.kind, responseCode: code }, 'mail refused permanently by the SMTP server');
        return { failed: code };
      }
      throw err;
    }
    await this.markDone(mail.id, 'sent');
    return { sent: true };
  }

  private async markDone(id: string, state: 'sent' | 'kept'): Promise<void> {
    await this.db.transaction((em) => em.update(OutboundMail, { id }, { state, sentAt: new Date(), lastError: null }));
  }
}
