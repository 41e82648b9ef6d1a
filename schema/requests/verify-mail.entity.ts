import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The verification-mail limit of one address: when a verification mail last went to it, and when
 * the next one (listing the requests stored since) is scheduled. At most one such mail goes to an
 * address in 10 minutes. The row is also the address's lock while a request is received or a mail
 * is written, and is deleted once its 10 minutes are over (hourly job). No address, only its hash.
 */
@Entity('data_subject_verify_mails')
export class DataSubjectVerifyMail {
  /** `AddressHasher.platform` of the address, as `data_subject_requests.address_hash` */
  @PrimaryColumn({ name: 'address_hash', type: 'varchar', length: 64 })
  addressHash: string;

  /** the last verification mail to the address; null before the first */
  @Column({ name: 'mailed_at', type: 'datetime', precision: 3, nullable: true })
  mailedAt: Date | null;

  /** when the job that mails the requests stored within the window runs; null when none is due */
  @Column({ name: 'next_mail_at', type: 'datetime', precision: 3, nullable: true })
  nextMailAt: Date | null;
}
