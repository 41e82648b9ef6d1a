import { appendFileSync, closeSync, existsSync, fsyncSync, openSync, readFileSync } from 'node:fs';
import type { Logger } from 'pino';
import type { Database } from '../common/database';
import { isUniqueViolation, uniqueIndex } from '../common/errors';
import { newId } from '../common/ids';
import { ChainVerifier } from './chain-verifier';
import { CheckpointSigner, SignedCheckpoint } from './checkpoint-signer';
import { ProcessingLogCheckpoint } from './processing-log-checkpoint.entity';

/** The one duplicate that means another worker signed the same entry; any other is a real failure. */
const CHECKPOINT_SIGNED = uniqueIndex(ProcessingLogCheckpoint, 'ux_processing_log_checkpoints_seq_key');

export const AUDIT_CHECKPOINT_QUEUE = 'audit.checkpoint';

/** A checkpoint and, when it cannot be believed, why. */
export interface CheckedCheckpoint {
  checkpoint: SignedCheckpoint;
  /** null when the signature holds and the key is trusted */
  problem: string | null;
}

/**
 * Signed checkpoints of the processing-log chain: made on a schedule (and on demand), kept in the
 * database and, when `AUDIT_CHECKPOINT_FILE` is set, appended to a file outside it.
 *
 * Before signing, the entries since the last trusted checkpoint are verified: a checkpoint must
 * never vouch for a chain that is already broken.
 */
export class CheckpointService {
  readonly trustedKeys: Set<string>;

  constructor(
    private readonly db: Database,
    readonly signer: CheckpointSigner,
    private readonly verifier: ChainVerifier,
    private readonly file: string | undefined,
    trustedKeys: string[],
    /** how often checkpoints are made (AUDIT_CHECKPOINT_MINUTES) */
    private readonly everyMinutes: number,
    private readonly log?: Logger,
  ) {
    this.trustedKeys = new Set([signer.keyId, ...trustedKeys]);
  }

  /** Every checkpoint in the database, oldest first. */
  async list(): Promise<SignedCheckpoint[]> {
    const rows = await this.db.read((em) =>
      em.find(ProcessingLogCheckpoint, { order: { seq: 'ASC', signedAt: 'ASC' } }),
    );
    return rows.map((r) => ({
      seq: r.seq,
      hash: r.hash,
      signedAt: r.signedAt.toISOString(),
      keyId: r.keyId,
      publicKey: r.publicKey,
      signature: r.signature,
    }));
  }

  /** Checks signatures and keys: a checkpoint counts only when its signature holds under a trusted key. */
  check(checkpoints: SignedCheckpoint[], extraTrusted: string[] = []): CheckedCheckpoint[] {
    const trusted = new Set([...this.trustedKeys, ...extraTrusted]);
    return checkpoints.map((checkpoint) => {
      const bad = CheckpointSigner.problem(checkpoint);
      return {
        checkpoint,
        problem:
          bad ??
          (trusted.has(checkpoint.keyId)
            ? null
            : `it was signed by key ${checkpoint.keyId.slice(0, 16)}..., which is not trusted (AUDIT_TRUSTED_KEYS)`),
      };
    });
  }

  /**
   * Signs the current head, unless the newest trusted checkpoint already covers it. Returns the new
   * checkpoint, or null when there was nothing new. Throws, signing nothing, when the entries since
   * the last checkpoint do not verify.
   */
  async create(now = new Date()): Promise<SignedCheckpoint | null> {
    const [head] = await this.db.query<Array<{ seq: number | string; hash: string }>>(
      'SELECT seq, hash FROM processing_log_head WHERE id = 1',
    );
    if (!head) throw new Error('refusing to sign a checkpoint: the processing log has no head row');
    const headSeq = Number(head.seq);
    const good = this.check(await this.list())
      .filter((c) => !c.problem)
      .map((c) => c.checkpoint);
    const last = good[good.length - 1];
    if (headSeq === 0 || (last && last.seq >= headSeq)) return null;
    const report = await this.verifier.verify({
      after: last ? { seq: last.seq, hash: last.hash } : undefined,
    });
    if (!report.valid) {
      throw new Error(
        `refusing to sign a checkpoint: the processing log does not verify (${report.reason ?? 'unknown problem'})`,
      );
    }
    // Sign what was verified: the last entry read (appends may have continued meanwhile).
    const cp = this.signer.sign(report.lastSeq, report.lastHash, now);
    try {
      await this.db.transaction((em) =>
        em.insert(ProcessingLogCheckpoint, {
          id: newId(),
          seq: cp.seq,
          hash: cp.hash,
          signedAt: new Date(cp.signedAt),
          keyId: cp.keyId,
          publicKey: cp.publicKey,
          signature: cp.signature,
        }),
      );
    } catch (err) {
      if (isUniqueViolation(err, CHECKPOINT_SIGNED)) return null; // another worker signed the same entry
      throw err;
    }
    if (this.file) this.appendToFile(this.file, [cp]);
    this.log?.info({ seq: cp.seq, keyId: cp.keyId.slice(0, 16) }, 'processing log checkpoint signed');
    return cp;
  }

  /**
   * A hole in the tamper evidence, in words, or null: entries older than two checkpoint periods (and
   * ten minutes) that no trusted checkpoint covers. On a running platform that means checkpoints
   * were deleted, or the workers that make them are not running; either way a rewrite of those
   * entries would not show.
   */
  async uncovered(trusted: SignedCheckpoint[], now = new Date()): Promise<string | null> {
    const last = trusted.reduce((m, c) => Math.max(m, c.seq), 0);
    const [row] = await this.db.query<Array<{ seq: number | string; at: unknown }>>(
      'SELECT seq, at FROM processing_log WHERE seq > ? ORDER BY seq LIMIT 1',
      [last],
    );
    const at = row ? this.db.date(row.at) : null;
    if (!row || !at || now.getTime() - at.getTime() <= (2 * this.everyMinutes + 10) * 60_000) return null;
    return (
      `entries from ${Number(row.seq)} on (the first written ${at.toISOString()}) are covered by no trusted signed checkpoint, ` +
      `although one is made every ${this.everyMinutes} minutes: checkpoints are missing (deleted, or no worker makes them)`
    );
  }

  /** Appends checkpoints to a JSON-lines file and forces them to disk. */
  appendToFile(file: string, checkpoints: SignedCheckpoint[]): void {
    if (!checkpoints.length) return;
    appendFileSync(file, checkpoints.map((c) => JSON.stringify(c)).join('\n') + '\n', { mode: 0o644 });
    const fd = openSync(file, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  }

  /** Reads a JSON-lines checkpoint file; throws naming the first line that is not a checkpoint. */
  static readFile(file: string): SignedCheckpoint[] {
    if (!existsSync(file)) throw new Error(`no checkpoint file at ${file}`);
    const out: SignedCheckpoint[] = [];
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, i) => {
        if (!line.trim()) return;
        let cp: SignedCheckpoint;
        try {
          cp = JSON.parse(line);
        } catch {
          throw new Error(`${file}, line ${i + 1}: not JSON`);
        }
        const fields: Array<keyof SignedCheckpoint> = [
          'seq',
          'hash',
          'signedAt',
          'keyId',
          'publicKey',
          'signature',
        ];
        if (!cp || typeof cp !== 'object' || fields.some((f) => cp[f] === undefined))
          throw new Error(`${file}, line ${i + 1}: not a checkpoint`);
        out.push(cp);
      });
    return out;
  }
}
