import { createHash, createPrivateKey, createPublicKey, KeyObject, sign, verify } from 'node:crypto';

/** A checkpoint as it is stored, exported to a file and verified: everything needed to check it alone. */
export interface SignedCheckpoint {
  seq: number;
  hash: string;
  /** ISO 8601, milliseconds, UTC */
  signedAt: string;
  /** SHA-256 (hex) of the public key's SPKI DER */
  keyId: string;
  /** base64 SPKI DER of the Ed25519 public key */
  publicKey: string;
  /** base64 Ed25519 signature of `checkpointMessage` */
  signature: string;
}

/** The exact bytes a checkpoint signature covers. Versioned, so the format can change without ambiguity. */
export function checkpointMessage(seq: number, hash: string, signedAt: string): Buffer {
  return Buffer.from(
    `steward processing-log checkpoint v1\nseq=${seq}\nhash=${hash}\nsigned_at=${signedAt}\n`,
    'utf8',
  );
}

/** The fingerprint that names a key: SHA-256 of its SPKI DER, hex. */
export function keyFingerprint(publicKeyDer: Buffer): string {
  return createHash('sha256').update(publicKeyDer).digest('hex');
}

/**
 * Signs checkpoints of the processing-log chain with the configured Ed25519 key
 * (`AUDIT_SIGNING_KEY`), and checks any checkpoint against the key it names. The private key lives
 * in the process's configuration only, never in the database: an attacker holding only the
 * database cannot sign a rewritten chain.
 */
export class CheckpointSigner {
  private readonly privateKey: KeyObject;
  readonly publicKey: string;
  readonly keyId: string;

  constructor(privateKeyPem: string) {
    this.privateKey = createPrivateKey({ key: privateKeyPem, format: 'pem' });
    const der = createPublicKey(this.privateKey).export({ type: 'spki', format: 'der' });
    this.publicKey = der.toString('base64');
    this.keyId = keyFingerprint(der);
  }

  sign(seq: number, hash: string, at: Date = new Date()): SignedCheckpoint {
    const signedAt = at.toISOString();
    const signature = sign(null, checkpointMessage(seq, hash, signedAt), this.privateKey).toString('base64');
    return { seq, hash, signedAt, keyId: this.keyId, publicKey: this.publicKey, signature };
  }

  /**
   * Why `cp` cannot be believed, or null when its signature holds under the key it carries and that
   * key is the one its `keyId` names. Whether that key is trusted is the caller's question.
   */
  static problem(cp: SignedCheckpoint): string | null {
    if (
      !Number.isSafeInteger(cp.seq) ||
      cp.seq < 0 ||
      !/^[0-9a-f]{64}$/.test(cp.hash ?? '') ||
      typeof cp.signedAt !== 'string'
    ) {
      return 'malformed checkpoint';
    }
    let der: Buffer;
    let key: KeyObject;
    try {
      der = Buffer.from(cp.publicKey, 'base64');
      key = createPublicKey({ key: der, format: 'der', type: 'spki' });
    } catch {
      return 'its public key cannot be read';
    }
    if (key.asymmetricKeyType !== 'ed25519') return 'its key is not an Ed25519 key';
    if (keyFingerprint(der) !== cp.keyId) return 'its key id does not match its public key';
    let ok: boolean;
    try {
      ok = verify(
        null,
        checkpointMessage(cp.seq, cp.hash, cp.signedAt),
        key,
        Buffer.from(cp.signature, 'base64'),
      );
    } catch {
      ok = false;
    }
    return ok ? null : 'its signature does not verify';
  }
}
