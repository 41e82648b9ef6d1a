// The queues and clocks of data-subject requests, and the small pure helpers their services share.
import { createHash, randomInt } from 'node:crypto';
import { RETENTION } from '../common/retention';
import { TaskStatus } from '../common/enums';
import type { DataSubjectRequest } from './data-subject-request.entity';

export const DSR_SUBMIT_QUEUE = 'dsr.submit';
export const DSR_ROUTE_QUEUE = 'dsr.route';
export const DSR_VERIFY_MAIL_QUEUE = 'dsr.verify-mail';
export const DSR_MAINTENANCE_QUEUE = 'dsr.maintenance';
export const DSR_MAINTENANCE_EVERY_MS = 60 * 60 * 1000;

export const DAY = 24 * 60 * 60 * 1000;
export const VERIFY_TTL_MS = RETENTION.requestVerifyMs;
/** at most one verification email per address in this interval */
export const VERIFY_MAIL_INTERVAL_MS = 10 * 60 * 1000;
export const KEEP_AFTER_END_MS = RETENTION.requestKeepAfterEndMs;
/**
 * A status link works until this long after the request ended (COMPLETED, NO_DATA_HELD), and at most
 * this long after the latest lawful due date, `STATUS_LINK_MONTHS` calendar months after receipt
 * (Art. 12(3): one month, extended by two at most).
 */
export const STATUS_LINK_GRACE_MS = RETENTION.statusLinkGraceMs;
export const STATUS_LINK_MONTHS = 3;
/** DPOs are reminded this long before a task is due */
export const REMIND_BEFORE_MS = 7 * DAY;
/** the most summaries one `dataSubjectRequests` answer lists (newest first) */
export const MAX_SUMMARIES = 1000;

/** A task a controller still has to answer. */
export const OPEN = [TaskStatus.PENDING, TaskStatus.EXTENDED];
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
export const isToken = (t: unknown): t is string =>
  typeof t === 'string' && /^[A-Za-z0-9_-]{20,100}$/.test(t);

/** `DSR-XXXX-XXXX`, 40 random bits in Crockford's base 32 (no I, L, O, U). */
export function newReference(): string {
  const part = () => Array.from({ length: 4 }, () => CROCKFORD[randomInt(32)]).join('');
  return `DSR-${part()}-${part()}`;
}

/** The columns that hold a request's personal data, emptied (kept: reference, type, dates). */
export function withoutPersonalData(now: Date): Partial<DataSubjectRequest> {
  return { email: null, addressHash: null, details: null, country: null, purgedAt: now };
}

/** When a request's status link stops working: 30 days after it ended, at the latest `statusExpiresAt`. */
export function statusLinkExpiry(r: Pick<DataSubjectRequest, 'statusExpiresAt' | 'endedAt'>): Date {
  const ends = [r.statusExpiresAt, r.endedAt && new Date(r.endedAt.getTime() + STATUS_LINK_GRACE_MS)];
  const times = ends.filter((d): d is Date => !!d).map((d) => d.getTime());
  return new Date(times.length ? Math.min(...times) : 0);
}
