import pino, { Logger } from 'pino';

/**
 * JSON logs. Request lines carry the request id, method, route and status: never an IP, a user
 * agent, a token or an email address, so the log is not a store of personal data.
 */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'steward' },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: {
      paths: ['req.headers', 'password', '*.password', 'token', '*.token', 'email', '*.email'],
      remove: true,
    },
  });
}

const EMAIL = /[^\s@<>()"'`,;:]+@[^\s@<>()"'`,;:]+/g;
const IPV4 = /\b(?:\d{1,3}\.){3}\d{1,3}\b/g;

/** Removes addresses from free text bound for a log (database errors quote the values they reject). */
export function scrub(text: string): string {
  return text.replace(EMAIL, '[address]').replace(IPV4, '[ip]');
}
