import type { Transporter } from 'nodemailer';
import type { Logger } from 'pino';
import type { Database } from '../common/database';
import { defineModule } from '../common/module';
import { OutboundMail } from './outbound-mail.entity';
import { SendMailJob } from './send-mail.jobs';

/** The outbox and the SMTP sender. */
export const mailModule = defineModule<{
  db: Database;
  transport: Transporter | null;
  config: { mailFrom: string; production: boolean };
  log: Logger;
}>({
  name: 'mail',
  entities: [OutboundMail],
  resolvers: [],
  handlers: (s) => [new SendMailJob(s.db, s.transport, s.config.mailFrom, s.log, !s.config.production)],
  schedules: () => [],
  routes: () => [],
});
