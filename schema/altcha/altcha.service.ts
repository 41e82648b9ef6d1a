import { createHash, createHmac, randomInt } from 'node:crypto';
import { createChallenge, verifySolution, type Challenge, type Solution } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/pbkdf2';
import { LessThanOrEqual } from 'typeorm';
import type { Database } from '../common/database';
import { BadInputError, isUniqueViolation, uniqueIndex } from '../common/errors';
import { AltchaSpent } from './altcha-spent.entity';

/** How long a challenge may be solved and sent: its signed expiry. */
export const ALTCHA_CHALLENGE_TTL_MS = 10 * 60_000;
/**
 * The proof of work: PBKDF2/SHA-256 with `cost` iterations per attempt, and the answer a counter
 * drawn from [min, max] (the server knows it, the browser searches up to it from 0). In Debian's
 * Chromium on this machine's two cores the widget solves it in about a tenth of a second (see
 * docs/benchmarks.md, issue 12): a person does not notice it, a sender of thousands of forms does.
 */
export const ALTCHA_DIFFICULTY = { algorithm: 'PBKDF2/SHA-256', cost: 1_000, min: 200, max: 400 } as const;
/** Largest payload read: a widget's is about 600 characters. */
const MAX_PAYLOAD = 4_000;

/** Why a payload was refused (for tests and the benchmark; the person sees one message per kind). */
export type AltchaRefusal = 'missing' | 'malformed' | 'invalid' | 'expired' | 'replayed';

/** BAD_USER_INPUT on the `altcha` field; `reason` tells the pages which message to show. */
export class AltchaError extends BadInputError {
  constructor(readonly reason: AltchaRefusal) {
    super(
      reason === 'missing'
        ? 'altcha: a solved proof-of-work challenge is required (GET /altcha/challenge)'
        : `altcha: the proof-of-work solution is ${reason === 'replayed' ? 'already used' : reason}; solve a new challenge`,
      'altcha',
    );
  }
}

const SPENT = uniqueIndex(AltchaSpent, 'PRIMARY');

/**
 * ALTCHA, the self-hosted proof of work on the public forms (ALTCHA_HMAC_KEY). A challenge is
 * signed and carries its expiry, so handing one out keeps no state; a solution is checked against
 * the signatures and then spent: its challenge's hash goes into `altcha_spent` until the challenge
 * expires, so it is accepted once. Without a key the service is off and the forms need nothing.
 */
export class AltchaService {
  private readonly signatureSecret?: string;
  private readonly keySecret?: string;

  constructor(
    private readonly db: Database,
    hmacKey: string | undefined,
  ) {
    if (hmacKey) {
      // Two keys from the one configured, each for a single purpose.
      this.signatureSecret = createHmac('sha256', hmacKey).update('altcha challenge').digest('hex');
      this.keySecret = createHmac('sha256', hmacKey).update('altcha derived key').digest('hex');
    }
  }

  get enabled(): boolean {
    return this.signatureSecret !== undefined;
  }

  /** A new signed challenge, valid ALTCHA_CHALLENGE_TTL_MS. */
  async challenge(now = Date.now()): Promise<Challenge> {
    if (!this.signatureSecret) throw new Error('ALTCHA is off (no ALTCHA_HMAC_KEY)');
    return createChallenge({
      algorithm: ALTCHA_DIFFICULTY.algorithm,
      cost: ALTCHA_DIFFICULTY.cost,
      counter: randomInt(ALTCHA_DIFFICULTY.min, ALTCHA_DIFFICULTY.max + 1),
      deriveKey,
      expiresAt: new Date(now + ALTCHA_CHALLENGE_TTL_MS),
      hmacSignatureSecret: this.signatureSecret,
      hmacKeySignatureSecret: this.keySecret,
    });
  }

  /**
   * Checks a form's or mutation's `altcha` payload and spends it; throws AltchaError (BAD_USER_INPUT)
   * when it is missing, malformed, forged, expired or already used. Does nothing when ALTCHA is off.
   */
  async verify(payload: unknown, now = Date.now()): Promise<void> {
    if (!this.signatureSecret) return;
    if (typeof payload !== 'string' || !payload.trim()) throw new AltchaError('missing');
    const parsed = parsePayload(payload);
    if (!parsed) throw new AltchaError('malformed');
    const { challenge, solution } = parsed;
    const expiresAt = Number(challenge.parameters.expiresAt);
    // No expiry, or one further out than this server ever signs: not one of ours.
    if (!Number.isFinite(expiresAt) || expiresAt * 1000 > now + ALTCHA_CHALLENGE_TTL_MS + 60_000)
      throw new AltchaError('invalid');
    if (expiresAt * 1000 <= now) throw new AltchaError('expired');
    let result;
    try {
      result = await verifySolution({
        challenge,
        solution,
        deriveKey,
        hmacSignatureSecret: this.signatureSecret,
        hmacKeySignatureSecret: this.keySecret,
      });
    } catch {
      throw new AltchaError('malformed');
    }
    if (result.expired) throw new AltchaError('expired');
    if (!result.verified) throw new AltchaError('invalid');
    const hash = createHash('sha256').update(String(challenge.signature)).digest('hex');
    try {
      await this.db.transaction((em) =>
        em.insert(AltchaSpent, { hash, expiresAt: new Date(expiresAt * 1000) }),
      );
    } catch (err) {
      if (isUniqueViolation(err, SPENT)) throw new AltchaError('replayed');
      throw err;
    }
  }

  /** Deletes spent solutions whose challenges have expired (they can no longer be sent anyway). */
  async purge(now = new Date()): Promise<number> {
    const r = await this.db.transaction((em) => em.delete(AltchaSpent, { expiresAt: LessThanOrEqual(now) }));
    return r.affected ?? 0;
  }
}

/** The widget's payload (base64 of JSON `{challenge: {parameters, signature}, solution}`), or null. */
function parsePayload(payload: string): { challenge: Challenge; solution: Solution } | null {
  if (payload.length > MAX_PAYLOAD || !/^[A-Za-z0-9+/=_-]+$/.test(payload.trim())) return null;
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(payload.trim(), 'base64').toString('utf8'));
  } catch {
    return null;
  }
  const p = json as { challenge?: Challenge; solution?: Solution } | null;
  const params = p?.challenge?.parameters;
  if (
    !params ||
    typeof params !== 'object' ||
    typeof p.challenge!.signature !== 'string' ||
    typeof params.nonce !== 'string' ||
    typeof params.salt !== 'string' ||
    typeof params.keyPrefix !== 'string' ||
    params.algorithm !== ALTCHA_DIFFICULTY.algorithm ||
    !p.solution ||
    typeof p.solution !== 'object'
  )
    return null;
  return { challenge: p.challenge!, solution: p.solution };
}
