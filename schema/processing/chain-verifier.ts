import { hash } from 'node:crypto';
import type { Database } from '../common/database';
import { GENESIS_HASH } from './processing-log.service';

/** What can be wrong with the log, each found at a seq. */
export enum LogProblem {
  /** the entry's contents do not recompute to its stored hash */
  ALTERED = 'ALTERED',
  /** one or more entries from this seq on are missing */
  MISSING = 'MISSING',
  /** an entry that was not written by the log: inserted, or moved here */
  INSERTED = 'INSERTED',
  /** the entry does not follow its predecessor (a reordering, or an entry rewritten with its hash) */
  BROKEN_LINK = 'BROKEN_LINK',
  /** the head row does not name the last entry */
  HEAD_MISMATCH = 'HEAD_MISMATCH',
  /** the entry differs from what a signed checkpoint recorded, or the checkpointed entry is gone */
  CHECKPOINT_MISMATCH = 'CHECKPOINT_MISMATCH',
  /** a checkpoint whose signature does not hold, or that a key nobody trusts signed */
  CHECKPOINT_INVALID = 'CHECKPOINT_INVALID',
}

export interface LogIssue {
  /** the entry the problem is found at; null for a problem with a checkpoint alone */
  seq: number | null;
  problem: LogProblem;
  detail: string;
}

export interface ChainReport {
  valid: boolean;
  entriesChecked: number;
  firstInvalidSeq: number | null;
  /** the first issue in words, or null */
  reason: string | null;
  issues: LogIssue[];
  headSeq: number;
  headHash: string;
  /** seq and hash of the last entry read */
  lastSeq: number;
  lastHash: string;
  /** checkpoints whose entry was compared */
  checkpointsChecked: number;
}

/** One row as the database returns it to raw SQL. */
export interface RawEntry {
  seq: number | string;
  prev_hash: string;
  id: string;
  at: Date | string;
  tenant_id: string | null;
  actor_type: string;
  actor_id: string | null;
  purpose: string;
  action: string;
  subjects: number | string;
  data_categories: string | null;
  description: string;
  subject_ref: string | null;
  hash: string;
}

export interface VerifyOptions {
  /** start after this entry (trusted, e.g. a verified checkpoint) instead of at the genesis */
  after?: { seq: number; hash: string };
  /** (seq, hash) pairs the chain must match: trusted signed checkpoints */
  checkpoints?: Array<{ seq: number; hash: string }>;
  /** issues kept in the report (the count of entries checked is always complete) */
  maxIssues?: number;
}

const COLUMNS =
  'seq, prev_hash, id, at, tenant_id, actor_type, actor_id, purpose, action, subjects, data_categories, description, subject_ref, hash';
const SQL_DATETIME = /^(\d{4}-\d\d-\d\d) (\d\d:\d\d:\d\d\.\d{3})$/;
const PLAIN = /^[\x20\x21\x23-\x5b\x5d-\x7e]*$/;
/** category lists as JSON.stringify writes them: quoted upper-case words, no spaces */
const CANONICAL_CATEGORIES = /^\[(?:"[A-Z0-9_]+"(?:,"[A-Z0-9_]+")*)?\]$/;
/** batches read at once (each its own connection on MySQL): reading overlaps hashing and itself */
const READ_AHEAD = 3;

/** A row as an array, in COLUMNS order. */
type Row = unknown[];
const SEQ = 0;
const PREV = 1;
const HASH = 13;
const toArray = (r: RawEntry): Row => [
  r.seq,
  r.prev_hash,
  r.id,
  r.at,
  r.tenant_id,
  r.actor_type,
  r.actor_id,
  r.purpose,
  r.action,
  r.subjects,
  r.data_categories,
  r.description,
  r.subject_ref,
  r.hash,
];
/** how far back the first issue's diagnosis looks for the entry a moved row claims to follow */
const DIAGNOSIS_WINDOW = 10_000;

/**
 * Recomputes the processing-log chain from the database and reports every entry that was altered,
 * deleted, inserted or reordered, the first one's seq, and whether the head row and any signed
 * checkpoints agree with it.
 *
 * It reads raw rows (arrays, no entity hydration) in batches by seq range, several batches in
 * flight while the current one is hashed, so the database and the hashing overlap. Appends may
 * continue while it runs: the last step reads the head and the entries written meanwhile in one
 * transaction (one snapshot), so the head is compared with a consistent tail.
 */
export class ChainVerifier {
  constructor(
    private readonly db: Database,
    private readonly batchSize = 10_000,
  ) {}

  /** The canonical hash of a raw row: the same value `entryHash` gives for the entity. */
  hashOf(row: RawEntry): string {
    return this.hashRow(toArray(row));
  }

  /**
   * The canonical JSON of `entryHash`, written out field by field: the same text
   * JSON.stringify([...]) gives for an array of primitives (elements joined by commas), without
   * building the array. Categories already in canonical form (what the writer stores) are used
   * as they are; anything else is parsed and re-serialised, as hydrating the entity would.
   */
  private hashRow(r: Row): string {
    // Printable ASCII without quote or backslash needs no escaping: most fields, and the cheap case.
    const q = (v: unknown) => (typeof v === 'string' && PLAIN.test(v) ? `"${v}"` : JSON.stringify(v ?? null));
    const categories = r[10]
      ? CANONICAL_CATEGORIES.test(r[10] as string)
        ? (r[10] as string)
        : JSON.stringify(JSON.parse(r[10] as string))
      : '[]';
    const canonical =
      '[' +
      JSON.stringify(Number(r[SEQ])) +
      ',' +
      q(r[PREV]) +
      ',' +
      q(r[2]) +
      ',"' +
      this.iso(r[3] as Date | string) +
      '",' +
      q(r[4]) +
      ',' +
      q(r[5]) +
      ',' +
      q(r[6]) +
      ',' +
      q(r[7]) +
      ',' +
      q(r[8]) +
      ',' +
      JSON.stringify(Number(r[9])) +
      ',' +
      categories +
      ',' +
      q(r[11]) +
      (r[12] ? ',' + q(r[12]) : '') +
      ']';
    // One-shot SHA-256 (no Hash object per row): the same digest as createHash, at half the cost.
    return hash('sha256', canonical, 'hex');
  }

  private iso(at: Date | string): string {
    if (at instanceof Date) return at.toISOString();
    // 'YYYY-MM-DD HH:MM:SS.mmm', the usual case, by position (text that is no date cannot match a
    // hash the writer made from a real one).
    if (at.length === 23 && at.charCodeAt(10) === 32 && at.charCodeAt(19) === 46)
      return `${at.slice(0, 10)}T${at.slice(11)}Z`;
    const m = SQL_DATETIME.exec(at);
    // The form both engines give as text; anything else goes the long way (and throws if it is no date).
    return m ? `${m[1]}T${m[2]}Z` : this.db.date(at)!.toISOString();
  }

  /** Entries with seq in [from, to), in order. */
  private range(from: number, to: number): Promise<Row[]> {
    return this.db.rows(`SELECT ${COLUMNS} FROM processing_log WHERE seq >= ? AND seq < ? ORDER BY seq`, [
      from,
      to,
    ]);
  }

  async verify(opts: VerifyOptions = {}): Promise<ChainReport> {
    const maxIssues = opts.maxIssues ?? 100;
    const issues: LogIssue[] = [];
    let lowest: { issue: LogIssue; row: Row | null; prevSeq: number } | null = null;
    // The first issue is the one at the lowest seq (the head and checkpoint checks come last).
    const add = (issue: LogIssue, row: Row | null = null, prevSeq = 0) => {
      if (issues.length < maxIssues) issues.push(issue);
      const current = lowest as { issue: LogIssue } | null;
      if (!current || (issue.seq !== null && (current.issue.seq === null || issue.seq < current.issue.seq)))
        lowest = { issue, row, prevSeq };
    };
    const checkpoints = [...(opts.checkpoints ?? [])].sort((a, b) => a.seq - b.seq);
    let cp = 0;
    let checkpointsChecked = 0;
    let prevSeq = opts.after?.seq ?? 0;
    let prevHash = opts.after?.hash ?? GENESIS_HASH;
    let checked = 0;

    const visit = (row: Row) => {
      checked++;
      const seq = Number(row[SEQ]);
      const expected = prevSeq + 1;
      let gap = false;
      while (cp < checkpoints.length && checkpoints[cp].seq < seq) {
        if (checkpoints[cp].seq > prevSeq) {
          add({
            seq: checkpoints[cp].seq,
            problem: LogProblem.CHECKPOINT_MISMATCH,
            detail: `entry ${checkpoints[cp].seq}, named by a signed checkpoint, is missing`,
          });
        }
        cp++;
      }
      if (seq < expected) {
        add(
          {
            seq,
            problem: LogProblem.INSERTED,
            detail: `entry ${seq} comes where entry ${expected} was expected`,
          },
          row,
          prevSeq,
        );
      } else if (seq > expected) {
        gap = true;
        add(
          {
            seq: expected,
            problem: LogProblem.MISSING,
            detail:
              seq === expected + 1
                ? `entry ${expected} is missing`
                : `entries ${expected} to ${seq - 1} are missing`,
          },
          row,
          prevSeq,
        );
      }
      let intact: boolean;
      try {
        intact = this.hashRow(row) === row[HASH];
      } catch {
        intact = false;
      }
      if (!intact) {
        add(
          {
            seq,
            problem: LogProblem.ALTERED,
            detail: `entry ${seq} does not match its stored hash: its contents were changed`,
          },
          row,
          prevSeq,
        );
      } else if (!gap && seq >= expected && row[PREV] !== prevHash) {
        add(
          { seq, problem: LogProblem.BROKEN_LINK, detail: `entry ${seq} does not follow entry ${prevSeq}` },
          row,
          prevSeq,
        );
      }
      if (cp < checkpoints.length && checkpoints[cp].seq === seq) {
        checkpointsChecked++;
        if (checkpoints[cp].hash !== row[HASH]) {
          add({
            seq,
            problem: LogProblem.CHECKPOINT_MISMATCH,
            detail: `entry ${seq} differs from the signed checkpoint of it: the chain up to entry ${seq} was rewritten`,
          });
        }
        cp++;
      }
      if (seq >= expected) {
        prevSeq = seq;
        prevHash = row[HASH] as string;
      }
    };

    // Batches by seq range, several in flight while one is hashed. A full check starts at the
    // lowest seq there is, so a row slipped in before the first entry is found too.
    const start = opts.after ? opts.after.seq + 1 : Number.MIN_SAFE_INTEGER;
    const [bounds] = await this.db.query<Array<{ lo: number | string | null; hi: number | string | null }>>(
      'SELECT MIN(seq) AS lo, MAX(seq) AS hi FROM processing_log WHERE seq >= ?',
      [start],
    );
    const hi = bounds?.hi === null || bounds?.hi === undefined ? null : Number(bounds.hi);
    let cursor = opts.after?.seq ?? Number.MIN_SAFE_INTEGER;
    if (hi !== null) {
      let next = Number(bounds.lo);
      const ahead: Array<Promise<Row[]>> = [];
      const depth = this.db.dialect === 'mysql' ? READ_AHEAD : 1;
      const fill = () => {
        while (ahead.length < depth && next <= hi) {
          ahead.push(this.range(next, next + this.batchSize));
          next += this.batchSize;
        }
      };
      fill();
      while (ahead.length) {
        const rows = await ahead.shift()!;
        if (rows.length) {
          fill();
          for (const row of rows) visit(row);
          cursor = Number(rows[rows.length - 1][SEQ]);
        } else if (!ahead.length && next <= hi) {
          // An empty stretch of seq (only a tampered log has one): no more reading ahead into it,
          // and once the batches in flight are in, a jump to the next row there is.
          const [n] = await this.db.query<Array<{ s: number | string | null }>>(
            'SELECT MIN(seq) AS s FROM processing_log WHERE seq >= ?',
            [next],
          );
          if (n?.s === null || n?.s === undefined) break;
          next = Number(n.s);
          fill();
        }
      }
      cursor = Math.max(cursor, hi);
    }

    // The head and whatever was appended meanwhile, from one snapshot.
    const head = await this.db.transaction(async (em) => {
      const [h] = await em.query(`SELECT seq, hash FROM processing_log_head WHERE id = 1`);
      const tail: RawEntry[] = await em.query(
        `SELECT ${COLUMNS} FROM processing_log WHERE seq > ? ORDER BY seq`,
        [cursor],
      );
      for (const row of tail) visit(toArray(row));
      return h ? { seq: Number(h.seq), hash: String(h.hash) } : null;
    });

    for (; cp < checkpoints.length; cp++) {
      const c = checkpoints[cp];
      if (c.seq > prevSeq) {
        add({
          seq: prevSeq + 1,
          problem: LogProblem.MISSING,
          detail: `entries from ${prevSeq + 1} on are missing: a signed checkpoint names entry ${c.seq}`,
        });
        break;
      }
    }
    if (!head) {
      add({
        seq: Math.max(prevSeq, 0),
        problem: LogProblem.HEAD_MISMATCH,
        detail: 'the head row is missing: it was deleted',
      });
    } else if (head.seq > prevSeq) {
      add({
        seq: prevSeq + 1,
        problem: LogProblem.MISSING,
        detail: `the head names entry ${head.seq}, but the log ends at entry ${prevSeq}: the entries after it were deleted`,
      });
    } else if (head.seq < prevSeq) {
      add({
        seq: head.seq + 1,
        problem: LogProblem.INSERTED,
        detail: `entries after ${head.seq}, the head, were not written by the log`,
      });
    } else if (head.hash !== prevHash) {
      add({
        seq: head.seq,
        problem: LogProblem.HEAD_MISMATCH,
        detail: `the head's hash differs from entry ${head.seq}'s`,
      });
    }

    const first = lowest as { issue: LogIssue; row: Row | null; prevSeq: number } | null;
    const diagnosed = first ? await this.diagnose(first.issue, first.row, first.prevSeq) : null;
    return {
      valid: issues.length === 0,
      entriesChecked: checked,
      firstInvalidSeq: diagnosed?.seq ?? null,
      reason: diagnosed?.detail ?? null,
      issues,
      headSeq: head?.seq ?? -1,
      headHash: head?.hash ?? '',
      lastSeq: prevSeq,
      lastHash: prevHash,
      checkpointsChecked,
    };
  }

  /**
   * Narrows the first issue down. A row that was moved (the entries before it shifted up by an
   * insertion, or it was swapped) still names the entry it followed when it was written: if that
   * entry is found a little earlier, the insertion starts right after it. A row that is intact but
   * no longer follows its predecessor means the predecessor was rewritten with a fresh hash.
   */
  private async diagnose(issue: LogIssue, row: Row | null, prevSeq: number): Promise<LogIssue> {
    if (!row || (issue.problem !== LogProblem.ALTERED && issue.problem !== LogProblem.BROKEN_LINK))
      return issue;
    const seq = Number(row[SEQ]);
    const [followed] = await this.db.query<Array<{ seq: number | string }>>(
      `SELECT seq FROM processing_log WHERE seq >= ? AND seq < ? AND hash = ? ORDER BY seq LIMIT 1`,
      [Math.max(0, seq - DIAGNOSIS_WINDOW), seq, row[PREV]],
    );
    const e = followed ? Number(followed.seq) : row[PREV] === GENESIS_HASH ? 0 : null;
    if (issue.problem === LogProblem.ALTERED) {
      // Intact at the seq right after the entry it names, yet stored further on: renumbered by an insertion.
      if (e !== null && e + 1 < seq) {
        let renumbered: boolean;
        try {
          renumbered = this.hashRow([e + 1, ...row.slice(1)]) === row[HASH];
        } catch {
          renumbered = false;
        }
        if (renumbered) {
          return {
            seq: e + 1,
            problem: LogProblem.INSERTED,
            detail: `entries from ${e + 1} to ${seq - 1} were inserted: entry ${seq} was written as entry ${e + 1}`,
          };
        }
      }
      return issue;
    }
    if (e !== null && e < prevSeq) {
      return {
        seq: e + 1,
        problem: LogProblem.INSERTED,
        detail: `entry ${seq} was written after entry ${e}: entries from ${e + 1} on were inserted or moved before it`,
      };
    }
    return {
      seq: prevSeq,
      problem: LogProblem.ALTERED,
      detail: `entry ${prevSeq} is not the entry that entry ${seq} followed: it was rewritten (its hash recomputed), or entries between them were deleted or reordered`,
    };
  }
}
