import { newId } from '../../server/ids';
import { createHash } from 'node:crypto';
import { isIPv6 } from 'node:net';
import type { Database } from '../../server/database';
import type { RequestContext } from '../../tenants/request-context';
import { ProcessingPurpose } from '../common/enums';
import { ProcessingLogEntry } from './processing-log-entry.entity';

export interface ProcessingRecord {
  purpose: ProcessingPurpose;
  /** dotted verb, e.g. `subscriber.create` */
  action: string;
  /** how many data subjects the operation touched */
  subjects: number;
  dataCategories: string[];
  /** what happened, in words that name no person: no address, name or IP */
  description: string;
  /** the controller on whose behalf; defaults to the context's tenant, null for platform-own processing */
  tenantId?: string | null;
  /** for an operation on one person: `AddressHasher.forTenant` of the address, so an access request can find it */
  subjectRef?: string | null;
}

/** The `prev_hash` of the first entry (the migration seeds the head row with it). */
export const GENESIS_HASH = '0'.repeat(64);

// Any word@word, dotted domain or not (user@localhost is an address too).
const EMAIL_LIKE = /[^\s@<>()"]+@[^\s@<>()"]+/;
const IPV4_LIKE = /\b(?:\d{1,3}\.){3}\d{1,3}\b/;
const IPV6_LIKE = /\b(?:[0-9a-f]{1,4}:){3,7}[0-9a-f]{1,4}\b/i;

/** Compressed IPv6 forms (`2001:db8::1`, `::1`) that IPV6_LIKE misses: each hex-and-colon token is checked exactly. */
function containsIPv6(text: string): boolean {
  const tokens = text.match(/(?<![\w:.])[0-9a-f:.]*:[0-9a-f:.]*(?!\w)/gi) ?? [];
  return tokens.some((t) => /[0-9a-f]/i.test(t) && isIPv6(t.replace(/\.+$/, '')));
}

/** The canonical text an entry's hash covers: every stored field, in a fixed order, and the previous hash. */
export function entryHash(e: Omit<ProcessingLogEntry, 'hash'>): string {
  const canonical = JSON.stringify([
    e.seq,
    e.prevHash,
    e.id,
    e.at.toISOString(),
    e.tenantId,
    e.actorType,
    e.actorId,
    e.purpose,
    e.action,
    e.subjects,
    e.dataCategories,
    e.description,
    // Entries written before subject references existed have none, and keep their hash.
    ...(e.subjectRef ? [e.subjectRef] : []),
  ]);
  return createHash('sha256').update(canonical).digest('hex');
}

/**
 * The processing-log writer: the one function every feature calls for an operation on personal data.
 *
 * It appends inside the caller's transaction (joining it, or opening one), so the entry commits or
 * rolls back with the operation it records. Appends are serialised on the single head row
 * (`SELECT ... FOR UPDATE` on MySQL; SQLite has one writer), and `seq` is unique, so two appends
 * that race can never both extend the same predecessor: the chain never forks.
 */
export class ProcessingLogService {
  constructor(private readonly db: Database) {}

  async append(ctx: RequestContext, record: ProcessingRecord): Promise<ProcessingLogEntry> {
    return (await this.appendMany(ctx, [record]))[0];
  }

  /**
   * Appends several entries in one turn on the head row and a few multi-row statements (bulk work
   * such as a breach analysis writes one entry per controller); the chain is the same as from as
   * many `append` calls.
   */
  async appendMany(ctx: RequestContext, records: ProcessingRecord[]): Promise<ProcessingLogEntry[]> {
    const descriptions = records.map(checked);
    if (!records.length) return [];
    return this.db.transaction(async (em) => {
      const [head] = await em.query(`SELECT seq, hash FROM processing_log_head WHERE id = 1${this.db.forUpdate}`);
      let seq = Number(head.seq);
      let prevHash: string = head.hash;
      const entries = records.map((record, i) => {
        const entry = new ProcessingLogEntry();
        entry.id = newId();
        entry.seq = ++seq;
        entry.prevHash = prevHash;
        entry.at = new Date();
        entry.tenantId = record.tenantId === undefined ? (ctx.tenantId ?? null) : record.tenantId;
        entry.actorType = ctx.actorType;
        entry.actorId = ctx.actorId;
        entry.purpose = record.purpose;
        entry.action = record.action;
        entry.subjects = record.subjects;
        entry.dataCategories = [...record.dataCategories].sort();
        entry.description = descriptions[i];
        entry.subjectRef = record.subjectRef ?? null;
        entry.hash = entryHash(entry);
        prevHash = entry.hash;
        return entry;
      });
      for (let i = 0; i < entries.length; i += 200) await em.insert(ProcessingLogEntry, entries.slice(i, i + 200));
      await em.query('UPDATE processing_log_head SET seq = ?, hash = ? WHERE id = 1', [seq, prevHash]);
      return entries;
    });
  }
}

/** The record's trimmed description, or an error: the log's rules hold for every entry. */
function checked(record: ProcessingRecord): string {
  if (!Object.values(ProcessingPurpose).includes(record.purpose)) throw new Error('processing log: purpose required');
  if (!/^[a-z][a-zA-Z0-9]*(\.[a-z][a-zA-Z0-9]*)+$/.test(record.action)) {
    throw new Error(`processing log: action must be a dotted verb, got "${record.action}"`);
  }
  if (!Number.isInteger(record.subjects) || record.subjects < 0) throw new Error('processing log: subjects must be a count');
  const description = typeof record.description === 'string' ? record.description.trim() : '';
  if (!description || description.length > 1000) throw new Error('processing log: description must be 1-1000 characters');
  // A log that is kept for years must not itself become a store of personal data.
  if (EMAIL_LIKE.test(description) || IPV4_LIKE.test(description) || IPV6_LIKE.test(description) || containsIPv6(description)) {
    throw new Error('processing log: description must not contain an email address or IP address');
  }
  return description;
}
