import { RETENTION } from '../common/retention';

/**
 * The technical and organisational measures of Art. 32 that this code base implements, in words, for
 * the record of processing (Art. 30(2)(d)). Only what is true of the running configuration: TLS and
 * rate limits are listed when they are configured.
 */
/** The settings the description depends on (the server's Config has them). */
export interface SecuritySettings {
  auditCheckpointMinutes: number;
  webLogTruncateDays: number;
  webLogRetentionDays: number;
  publicRateLimit: number;
  publicUrl: string;
  smtpUrl?: string | null;
}

export function securityMeasures(config: SecuritySettings, signingKeyId: string): string[] {
  const measures = [
    "Access control: every API operation declares who may call it and anything undeclared is refused (deny by default); a customer's staff reach only their own customer's data, the customer taken from the signed session token and never from a request argument; roles OWNER, ADMIN and VIEWER.",
    "Operators see subscribers' personal data only through purpose-bound look-ups that require a written justification, each recorded in the customer's own processing log.",
    'Passwords are stored as scrypt hashes (N=2^15, r=8, p=3); API tokens are HS256-signed and expire after 8 hours; browser sessions are stored server side (the cookie, HttpOnly and SameSite=Strict, holds a 256-bit random token kept only as a SHA-256 hash), last 8 hours or 30 days, are refused on requests from other sites, and end at once on sign-out, revocation, password change or suspension; failed sign-ins are throttled per account and per client address.',
    'Links in emails (confirmation, unsubscribe, data-subject verification) carry 256-bit random tokens that are stored only as SHA-256 hashes, serve one purpose and expire.',
    'Addresses are found by keyed hashes (HMAC-SHA-256); suppression lists use a different key per customer, so they cannot be matched across customers.',
    `Every operation on personal data is written to an append-only, SHA-256 hash-chained processing log; the chain head is signed with Ed25519 every ${config.auditCheckpointMinutes} minutes (key ${signingKeyId.slice(0, 16)}), so an altered, deleted, inserted or reordered entry is detected.`,
    `Retention is enforced by scheduled jobs: unconfirmed sign-ups are deleted after 7 days, sent mail after ${RETENTION.sentMailDays} days, the personal data of data-subject requests 30 days after they end; unsubscribing or erasure deletes the person's data at once.`,
    `Web access logs: client addresses are truncated after ${config.webLogTruncateDays} days and the rows deleted after ${config.webLogRetentionDays}; only aggregates are shown, and a look-up by address needs purpose SECURITY and is logged.`,
    'Application logs never contain email addresses, IP addresses, tokens or passwords; errors never show stack traces or input values.',
    'HTTP: security headers, a CORS allow-list, a 1 MiB body limit, CSRF prevention, and limits on GraphQL query depth, aliases and cost.',
    'Secrets (session key, address-hash key, checkpoint signing key) come from configuration, never from the database.',
  ];
  if (config.publicRateLimit > 0)
    measures.push(
      `Public endpoints are rate limited to ${config.publicRateLimit} requests per minute per client address.`,
    );
  if (config.publicUrl.startsWith('https:'))
    measures.push('The API and every link in emails are served over HTTPS.');
  if (config.smtpUrl?.startsWith('smtps:')) measures.push('Mail is handed to the relay over TLS (smtps).');
  return measures;
}
