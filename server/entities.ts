import { OutboundMail } from '../schema/mail/outbound-mail.entity';
import { ProcessingLogEntry } from '../schema/processing/processing-log-entry.entity';
import { Tenant } from '../schema/tenants/tenant.entity';
import { Operator } from '../schema/users/operator.entity';
import { TenantUser } from '../schema/users/tenant-user.entity';
import { Job } from '../workers/job.entity';
import { RateLimitBucket } from './rate-limiter';

export const ENTITIES = [Tenant, Operator, TenantUser, ProcessingLogEntry, Job, OutboundMail, RateLimitBucket];
