import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A spent ALTCHA solution: the SHA-256 of its challenge's signature (never the payload), kept until
 * the challenge expires, so one solved challenge is accepted once. The primary key is the check: of
 * two requests racing with one solution, the second insert fails.
 */
@Entity('altcha_spent')
export class AltchaSpent {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  hash: string;

  @Index('ix_altcha_spent_expires_at')
  @Column({ name: 'expires_at', type: 'datetime', precision: 3 })
  expiresAt: Date;
}
