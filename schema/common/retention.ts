const DAY = 86_400_000;

/**
 * How long Steward keeps what it keeps: the one place these periods are decided. Housekeeping, the
 * link checks and the retention overview (`retentionOverview`, the record of processing) all read
 * them from here. Web access log periods are configuration (`WEB_LOG_TRUNCATE_DAYS`,
 * `WEB_LOG_RETENTION_DAYS`), as the operator's security policy sets them.
 */
export const RETENTION = {
  /** outbox rows (the address; bodies already dropped once sent) are deleted after this */
  sentMailDays: 30,
  /** finished jobs (their payloads may hold personal data) */
  doneJobDays: 7,
  deadJobDays: 30,
  /** a confirmation link of a double opt-in */
  confirmLinkMs: 7 * DAY,
  /** unsubscribe (and preferences) links sit in mail people read months later; they die with the subscriber anyway */
  unsubscribeLinkMs: 400 * DAY,
  /** an unverified data-subject request lapses, and its personal data is deleted (contract: 7 days) */
  requestVerifyMs: 7 * DAY,
  /** a data-subject request's personal data is deleted this long after it ended */
  requestKeepAfterEndMs: 30 * DAY,
  /** a status link works until this long after the request ended (and after its latest due date) */
  statusLinkGraceMs: 30 * DAY,
} as const;
