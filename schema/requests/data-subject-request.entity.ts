import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { RequestStatus, RightType } from '../common/enums';

/**
 * A data subject's request, as received by the platform. Its personal data (address, details,
 * country and the address hash) is deleted when the request expires unverified, and 30 days after
 * it ends; the reference, the right, the dates and the status remain, naming nobody.
 */
@Entity('data_subject_requests')
@Index('ux_dsr_reference', ['reference'], { unique: true })
@Index('ux_dsr_verify_token', ['verifyTokenHash'], { unique: true })
@Index('ux_dsr_status_token', ['statusTokenHash'], { unique: true })
@Index('ix_dsr_status_received', ['status', 'receivedAt'])
@Index('ix_dsr_address_received', ['addressHash', 'receivedAt'])
@Index('ix_dsr_received', ['receivedAt'])
@Index('ix_dsr_ended', ['endedAt'])
export class DataSubjectRequest {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  /** `DSR-XXXX-XXXX` (Crockford base 32): what the person, the controllers and the operators quote */
  @Column({ type: 'varchar', length: 16 })
  reference: string;

  @Column({ type: 'varchar', length: 16 })
  type: RightType;

  @Column({ type: 'varchar', length: 24 })
  status: RequestStatus;

  /** normalised (trimmed, lower case); null once purged */
  @Column({ type: 'varchar', length: 254, nullable: true })
  email: string | null;

  /** `AddressHasher.platform` of the address: the routing key; null once purged */
  @Column({ name: 'address_hash', type: 'varchar', length: 64, nullable: true })
  addressHash: string | null;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  details: string | null;

  @Column({ type: 'varchar', length: 2, nullable: true })
  country: string | null;

  /** the language its mails to the person are written in (one of the 24); null: English */
  @Column({ type: 'varchar', length: 8, nullable: true })
  language: string | null;

  @Column({ name: 'received_at', type: 'datetime', precision: 3 })
  receivedAt: Date;

  /** one calendar month after receipt (Art. 12(3)) */
  @Column({ name: 'due_at', type: 'datetime', precision: 3 })
  dueAt: Date;

  /** sha256 of the verification link's token; cleared when used */
  @Column({ name: 'verify_token_hash', type: 'varchar', length: 64, nullable: true })
  verifyTokenHash: string | null;

  @Column({ name: 'verify_expires_at', type: 'datetime', precision: 3 })
  verifyExpiresAt: Date;

  @Column({ name: 'verified_at', type: 'datetime', precision: 3, nullable: true })
  verifiedAt: Date | null;

  /** sha256 of the status link's token, made when the request is routed; cleared once the link expired */
  @Column({ name: 'status_token_hash', type: 'varchar', length: 64, nullable: true })
  statusTokenHash: string | null;

  /**
   * The status link's latest expiry, set with it: 30 days after the latest lawful due date (three
   * calendar months after receipt). It expires sooner, 30 days after the request ended (`endedAt`).
   */
  @Column({ name: 'status_expires_at', type: 'datetime', precision: 3, nullable: true })
  statusExpiresAt: Date | null;

  @Column({ name: 'routed_at', type: 'datetime', precision: 3, nullable: true })
  routedAt: Date | null;

  /** when it became COMPLETED, NO_DATA_HELD or EXPIRED */
  @Column({ name: 'ended_at', type: 'datetime', precision: 3, nullable: true })
  endedAt: Date | null;

  @Column({ name: 'purged_at', type: 'datetime', precision: 3, nullable: true })
  purgedAt: Date | null;
}
