import type { DataCategory } from '../common/data-category';
import { newId } from '../common/ids';
import { createHash } from 'node:crypto';
import { isIPv6 } from 'node:net';
import type { EntityManager } from 'typeorm';
import type { Database } from '../common/database';
import type { RequestContext } from '../../tenants/request-context';
import { ProcessingPurpose } from '../common/enums';
import { ProcessingLogEntry } from './processing-log-entry.entity';

export interface ProcessingRecord {
  purpose: ProcessingPurpose;
  /** dotted verb, e.g. `subscriber.create` */
  action: string;
  /** how many data subjects the operation touched */
  subjects: number;
  dataCategories: DataCategory[];
  /** what happened, in words that name no person: no address, name or IP */
  description: string;
  /** the controller on whose behalf; defaults to the context's tenant, null for platform-own processing */
  tenantId?: string | null;
  /** for an operation on one person: `AddressHasher.forTenant` of the address, so an access request can find it */
  subjectRef?: string | null;
}

const ENTRY_COLUMNS =
  'id, seq, at, tenant_id, actor_type, actor_id, purpose, action, subjects, data_categories, description, subject_ref, prev_hash, hash';
const ROW = '(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)';

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

/** True when `text` holds something that looks like an email address or an IP address. */
export function looksPersonal(text: string): boolean {
  return EMAIL_LIKE.test(text) || IPV4_LIKE.test(text) || IPV6_LIKE.test(text) || containsIPv6(text);
}

/** Standalone appends written together in one transaction, at most. */
const GROUP_MAX = 500;
/** rows per INSERT statement (14 bound values each: SQLite allows 32,766, MySQL 65,535) */
const INSERT_ROWS = 500;

interface Waiting {
  entry: ProcessingLogEntry;
  resolve(e: ProcessingLogEntry): void;
  reject(err: unknown): void;
}

/**
 * The processing-log writer: the one function every feature calls for an operation on personal data.
 *
 * Inside a transaction it appends to it, so the entry commits or rolls back with the operation it
 * records. Appends are serialised on the single head row (`SELECT ... FOR UPDATE` on MySQL; SQLite
 * has one writer), and `seq` is unique, so two appends that race can never both extend the same
 * predecessor: the chain never forks. The head stays locked until the caller's transaction ends
 * (a rolled-back entry's seq is taken by the next one), so callers append last, just before commit.
 *
 * An append outside any transaction has nothing to commit with: those are group-committed. While
 * one group holds the head, the appends that arrive queue up and go together as the next group (one
 * lock, one multi-row INSERT, one commit), so the head is held once per group instead of per entry.
 * Each caller still gets its own entry back only once it is committed.
 */
export class ProcessingLogService {
  private readonly waiting: Waiting[] = [];
  private draining = false;
  /** appends inside one transaction take turns: each must see the head the previous one left */
  private readonly turns = new WeakMap<object, Promise<unknown>>();

  constructor(private readonly db: Database) {}

  async append(ctx: RequestContext, record: ProcessingRecord): Promise<ProcessingLogEntry> {
    return (await this.appendMany(ctx, [record]))[0];
  }

  /**
   * Appends several entries (bulk work such as a breach analysis writes one per controller): in a
   * transaction in one turn on the head and a few multi-row statements; outside one, queued for the
   * next group. The chain is the same as from as many `append` calls.
   */
  async appendMany(ctx: RequestContext, records: ProcessingRecord[]): Promise<ProcessingLogEntry[]> {
    const entries = records.map((r) => this.prepare(ctx, r));
    if (!entries.length) return [];
    if (!this.db.ambient) {
      return Promise.all(
        entries.map(
          (entry) =>
            new Promise<ProcessingLogEntry>((resolve, reject) => {
              this.waiting.push({ entry, resolve, reject });
              if (!this.draining) void this.drain();
            }),
        ),
      );
    }
    return this.db.transaction((em) => {
      const previous = this.turns.get(em) ?? Promise.resolve();
      const mine = previous.catch(() => undefined).then(() => this.write(em, entries));
      this.turns.set(em, mine);
      return mine.then(() => entries);
    });
  }

  /** Checks a record against the log's rules and makes its entry (chained later, under the head lock). */
  private prepare(ctx: RequestContext, record: ProcessingRecord): ProcessingLogEntry {
    if (!Object.values(ProcessingPurpose).includes(record.purpose))
      throw new Error('processing log: purpose required');
    if (!/^[a-z][a-zA-Z0-9]*(\.[a-z][a-zA-Z0-9]*)+$/.test(record.action) || record.action.length > 64) {
      throw new Error(`processing log: action must be a dotted verb, got "${record.action}"`);
    }
    if (!Number.isInteger(record.subjects) || record.subjects < 0)
      throw new Error('processing log: subjects must be a count');
    const description = typeof record.description === 'string' ? record.description.trim() : '';
    if (!description || description.length > 1000)
      throw new Error('processing log: description must be 1-1000 characters');
    // A log that is kept for years must not itself become a store of personal data.
    if (looksPersonal(description)) {
      throw new Error('processing log: description must not contain an email address or IP address');
    }
    const entry = new ProcessingLogEntry();
    entry.id = newId();
    entry.tenantId = record.tenantId === undefined ? (ctx.tenantId ?? null) : record.tenantId;
    entry.actorType = ctx.actorType;
    entry.actorId = ctx.actorId;
    entry.purpose = record.purpose;
    entry.action = record.action;
    entry.subjects = record.subjects;
    entry.dataCategories = [...record.dataCategories].sort();
    if (JSON.stringify(entry.dataCategories).length > 500)
      throw new Error('processing log: data categories too long');
    entry.description = description;
    entry.subjectRef = record.subjectRef ?? null;
    return entry;
  }

  /** Writes groups of queued standalone appends until none is left. */
  private async drain(): Promise<void> {
    this.draining = true;
    try {
      while (this.waiting.length) {
        const group = this.waiting.splice(0, GROUP_MAX);
        try {
          await this.db.transaction((em) =>
            this.write(
              em,
              group.map((w) => w.entry),
            ),
          );
          for (const w of group) w.resolve(w.entry);
        } catch (err) {
          if (group.length === 1) {
            group[0].reject(err);
            continue;
          }
          // One entry the database refuses must not take the others with it: each alone.
          for (const w of group) {
            await this.db
              .transaction((em) => this.write(em, [w.entry]))
              .then(
                () => w.resolve(w.entry),
                (e) => w.reject(e),
              );
          }
        }
      }
    } finally {
      this.draining = false;
    }
  }

  /**
   * Chains `entries` after the head and writes them, in the transaction of `em`. Everything that
   * does not need the head is prepared before it is locked: the lock is held from here to the commit.
   */
  private async write(em: EntityManager, entries: ProcessingLogEntry[]): Promise<void> {
    const [head] = await em.query(
      `SELECT seq, hash FROM processing_log_head WHERE id = 1${this.db.forUpdate}`,
    );
    // Never start a second chain: without its head the log has been tampered with.
    if (!head)
      throw new Error(
        'processing log: the head row is missing; nothing can be appended until it is restored',
      );
    let seq = Number(head.seq);
    let prev: string = head.hash;
    const rows: unknown[][] = [];
    for (const entry of entries) {
      entry.seq = ++seq;
      entry.prevHash = prev;
      entry.at = new Date();
      entry.hash = entryHash(entry);
      prev = entry.hash;
      rows.push([
        entry.id,
        entry.seq,
        this.db.param(entry.at),
        entry.tenantId,
        entry.actorType,
        entry.actorId,
        entry.purpose,
        entry.action,
        entry.subjects,
        JSON.stringify(entry.dataCategories),
        entry.description,
        entry.subjectRef,
        entry.prevHash,
        entry.hash,
      ]);
    }
    // One statement at a time, each awaited. Sent together, a head UPDATE already on the wire would
    // still run, on its own, after an INSERT that lost a deadlock (or a Galera certification
    // conflict) had rolled the transaction back, and move the head past entries that do not exist.
    // Inserts of at most INSERT_ROWS rows keep under the engines' limits on bound parameters.
    for (let i = 0; i < rows.length; i += INSERT_ROWS) {
      const part = rows.slice(i, i + INSERT_ROWS);
      await em.query(
        `INSERT INTO processing_log (${ENTRY_COLUMNS}) VALUES ${part.map(() => ROW).join(', ')}`,
        part.flat(),
      );
    }
    // The head moves only from the seq and hash this chain was built on: a stray or late UPDATE
    // cannot move it, and a head someone else moved fails this append (which is retried whole).
    if (!em.queryRunner) throw new Error('processing log: appends run in a transaction');
    const moved = await em.queryRunner.query(
      'UPDATE processing_log_head SET seq = ?, hash = ? WHERE id = 1 AND seq = ? AND hash = ?',
      [seq, prev, head.seq, head.hash],
      true,
    );
    if (moved.affected !== 1) {
      throw new Error('processing log: the head moved while this append held it; nothing was appended');
    }
  }
}
