import { OutboundMail } from '../schema/mail/outbound-mail.entity';
import { ProcessingLogEntry } from '../schema/processing/processing-log-entry.entity';
import { Tenant } from '../schema/tenants/tenant.entity';
import { Operator } from '../schema/users/operator.entity';
import { TenantUser } from '../schema/users/tenant-user.entity';
import { Job } from '../workers/job.entity';
import { RateLimitBucket } from '../schema/common/rate-limiter';
import { MailingList } from '../schema/lists/mailing-list.entity';
import { Delivery } from '../schema/deliveries/delivery.entity';
import { DeliveryRecipient } from '../schema/deliveries/delivery-recipient.entity';
import { ConsentRecord } from '../schema/subscribers/consent-record.entity';
import { ListDailyCount } from '../schema/subscribers/list-daily-count.entity';
import { Subscriber } from '../schema/subscribers/subscriber.entity';
import { SubscriptionToken } from '../schema/subscribers/subscription-token.entity';
import { Suppression } from '../schema/subscribers/suppression.entity';
import { DataSubjectRequest } from '../schema/requests/data-subject-request.entity';
import { DataSubjectTaskRow } from '../schema/requests/data-subject-task.entity';
import { DataSubjectVerifyMail } from '../schema/requests/verify-mail.entity';
import { ProcessingLogCheckpoint } from '../schema/processing/processing-log-checkpoint.entity';
import { WebAccess } from '../schema/web-log/web-access.entity';
import { WebLogSalt } from '../schema/web-log/web-log-salt.entity';
import { BreachIncidentRow } from '../schema/breaches/breach-incident.entity';
import { BreachChunkRow } from '../schema/breaches/breach-chunk.entity';
import { BreachNoticeRow } from '../schema/breaches/breach-notice.entity';
import { BreachEventRow } from '../schema/breaches/breach-event.entity';
import { BreachLeakedAddressesRow } from '../schema/breaches/breach-leaked-addresses.entity';

export const ENTITIES = [
  Tenant,
  Operator,
  TenantUser,
  ProcessingLogEntry,
  Job,
  OutboundMail,
  RateLimitBucket,
  MailingList,
  Subscriber,
  ConsentRecord,
  SubscriptionToken,
  Suppression,
  ListDailyCount,
  Delivery,
  DeliveryRecipient,
  DataSubjectRequest,
  DataSubjectTaskRow,
  DataSubjectVerifyMail,
  ProcessingLogCheckpoint,
  WebAccess,
  WebLogSalt,
  BreachIncidentRow,
  BreachChunkRow,
  BreachNoticeRow,
  BreachEventRow,
  BreachLeakedAddressesRow,
];
