import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

const bigint = { to: (v: number) => v, from: (v: string | number) => Number(v) };

/**
 * A signed statement "the chain's entry `seq` has hash `hash`", made on a schedule. Whoever rewrites
 * the chain (even all of it, head included) cannot make a matching signature without the private
 * key, which never enters the database; `public_key` is kept so that any copy of a checkpoint (here
 * or in an exported file) can be checked, and `key_id` (SHA-256 of the public key) says whether that
 * key is one the verifier trusts.
 */
@Entity('processing_log_checkpoints')
@Index('ux_processing_log_checkpoints_seq_key', ['seq', 'keyId'], { unique: true })
export class ProcessingLogCheckpoint {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'bigint', transformer: bigint })
  seq: number;

  @Column({ type: 'varchar', length: 64 })
  hash: string;

  @Column({ name: 'signed_at', type: 'datetime', precision: 3 })
  signedAt: Date;

  @Column({ name: 'key_id', type: 'varchar', length: 64 })
  keyId: string;

  /** base64 SPKI DER of the Ed25519 public key */
  @Column({ name: 'public_key', type: 'varchar', length: 200 })
  publicKey: string;

  /** base64 Ed25519 signature of `checkpointMessage(seq, hash, signedAt)` */
  @Column({ type: 'varchar', length: 200 })
  signature: string;
}
