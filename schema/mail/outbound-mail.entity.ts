import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export type MailState = 'queued' | 'sent' | 'kept' | 'failed';

export interface MailAttachment {
  filename: string;
  contentType: string;
  /** base64 */
  content: string;
}

/**
 * The mail outbox. A row is written in the caller's transaction together with the `mail.send` job
 * that delivers it, so mail is sent only for committed work and never lost once committed.
 * Holds personal data (the address, the body): the body (subject, text, html, headers, attachments,
 * where the links' tokens are) is dropped in the same update that marks the row `sent` or `failed`,
 * so tokens are never kept in clear once delivered; a `kept` row (no SMTP) keeps it for an operator.
 * What stays serves metrics, dedup and bounce handling: ids, tenant, kind, recipient, state,
 * Message-ID, timestamps, last error. Housekeeping deletes rows once they are old.
 */
@Entity('outbound_mail')
@Index('ix_outbound_mail_tenant', ['tenantId', 'createdAt'])
@Index('ix_outbound_mail_created', ['createdAt'])
export class OutboundMail {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'tenant_id', type: 'varchar', length: 36, nullable: true })
  tenantId: string | null;

  /** what the mail is, e.g. `subscription.confirm` (for metrics and tests; never personal) */
  @Column({ type: 'varchar', length: 64 })
  kind: string;

  @Column({ name: 'to_address', type: 'varchar', length: 254 })
  toAddress: string;

  @Column({ type: 'varchar', length: 300 })
  subject: string;

  @Column({ type: 'text' })
  text: string;

  @Column({ type: 'text', nullable: true })
  html: string | null;

  /** extra headers as JSON, e.g. List-Unsubscribe */
  @Column({ type: 'text' })
  headers: string;

  /** attachments as JSON (base64 content) */
  @Column({ type: 'text', nullable: true })
  attachments: string | null;

  @Column({ type: 'varchar', length: 16 })
  state: MailState;

  @Column({ name: 'message_id', type: 'varchar', length: 200 })
  messageId: string;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt: Date;

  @Column({ name: 'sent_at', type: 'datetime', precision: 3, nullable: true })
  sentAt: Date | null;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError: string | null;
}

/** The body columns as they are once the mail is sent or failed: nothing of the message is left. */
export const DROPPED_BODY = {
  subject: '',
  text: '',
  html: null,
  headers: '{}',
  attachments: null,
} as const satisfies Partial<OutboundMail>;
