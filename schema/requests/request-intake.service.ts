import { randomBytes } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { MoreThan } from 'typeorm';
import type { AddressHasher } from '../common/address-hash';
import { validCountry } from '../common/country';
import { DataCategory } from '../common/data-category';
import type { Database } from '../common/database';
import { validEmail } from '../common/email';
import { ProcessingPurpose, RequestStatus, RightType, TaskStatus } from '../common/enums';
import { BadInputError } from '../common/errors';
import { isLang } from '../common/i18n';
import { newId } from '../common/ids';
import type { RequestContext } from '../../tenants/request-context';
import type { JobRun } from '../../workers/job-handler';
import type { JobQueue } from '../../workers/job-queue';
import type { MailService } from '../mail/mail.service';
import type { ProcessingLogService } from '../processing/processing-log.service';
import { addCalendarMonths } from './calendar';
import { DataSubjectRequest } from './data-subject-request.entity';
import type { DataSubjectRequestInput } from './request.inputs';
import { mailLang, RECEIPT_MESSAGE, verificationMail } from './request.mails';
import {
  DSR_ROUTE_QUEUE,
  DSR_SUBMIT_QUEUE,
  DSR_VERIFY_MAIL_QUEUE,
  isToken,
  newReference,
  sha256,
  statusLinkExpiry,
  VERIFY_MAIL_INTERVAL_MS,
  VERIFY_TTL_MS,
} from './request.policy';
import { ControllerResponse, DataSubjectRequestView, RequestReceipt } from './request.types';
import { DataSubjectVerifyMail } from './verify-mail.entity';

const INVALID_LINK = 'This link is invalid, was already used, or has expired';

export interface SubmitPayload {
  reference: string;
  email: string;
  type: RightType;
  details: string | null;
  country: string | null;
  /** one of the 24 languages, or null (English) */
  language?: string | null;
  receivedAt: string;
}

/**
 * The most requests one address may have waiting for verification. Every request is kept as its
 * own (a second one soon after the first, of any right, is handled too), but someone flooding
 * another person's address stores at most this many, each lapsing after 7 days unverified.
 */
export const MAX_WAITING_PER_ADDRESS = 10;

/** The language a request's mails are written in: a BCP 47 tag's language when it is one of ours. */
export function requestLanguage(tag: string | null | undefined): string | null {
  if (tag === undefined || tag === null || tag === '') return null;
  if (!/^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8}){0,4}$/.test(tag))
    throw new BadInputError('language must be a BCP 47 language tag', 'language');
  const base = tag.split('-')[0].toLowerCase();
  return isLang(base) ? base : null;
}

/**
 * The public side of data-subject requests: the form (`submit`), the job that stores what it
 * queued (`receive`), the per-address verification mail, the verification link and the status link.
 *
 * It answers the same, in shape and time, whatever is held: `submit` only queues a job, and
 * everything that depends on the data happens in jobs after the person proved they control the
 * address. Requests themselves are platform rows (no tenant); only the status view reads the
 * controllers' tasks, through the door the token opens.
 */
export class RequestIntakeService {
  constructor(
    private readonly db: Database,
    private readonly queue: JobQueue,
    private readonly mail: MailService,
    private readonly processingLog: ProcessingLogService,
    private readonly hasher: AddressHasher,
    private readonly publicUrl: string,
  ) {}

  /** The public form. Checks only the input's shape, then queues the work: the same receipt for anyone. */
  async submit(
    ctx: RequestContext,
    input: DataSubjectRequestInput,
    /** the last check before anything is kept (the proof of work), once the fields are valid */
    guard: () => Promise<void> = async () => {},
  ): Promise<RequestReceipt> {
    const email = validEmail(input.email);
    if (!Object.values(RightType).includes(input.type))
      throw new BadInputError('type must be one of the rights', 'type');
    const details = (input.details ?? '').trim();
    if (details.length > 2000) throw new BadInputError('details must be at most 2000 characters', 'details');
    const country = validCountry(input.country);
    const language = requestLanguage(input.language);
    await guard();
    const payload: SubmitPayload = {
      reference: newReference(),
      email,
      type: input.type,
      details: details || null,
      country,
      language,
      receivedAt: new Date().toISOString(),
    };
    await this.queue.enqueue(ctx, DSR_SUBMIT_QUEUE, payload, { personalData: true, maxAttempts: 5 });
    return Object.assign(new RequestReceipt(), { reference: payload.reference, message: RECEIPT_MESSAGE });
  }

  /**
   * Job behind `submit`: stores the request, each as its own: a second request for the same address
   * soon after the first, of the same right or another, is kept and handled too. What protects an
   * address from a flood made in its name is the mail limit (one verification mail per 10 minutes,
   * listing every request that waits, each with its own link) and `MAX_WAITING_PER_ADDRESS`: past
   * it, a submission is not stored (the processing log says so, without the address).
   */
  async receive(run: JobRun<SubmitPayload>): Promise<string> {
    const p = run.payload;
    const receivedAt = new Date(p.receivedAt);
    const addressHash = this.hasher.platform(p.email);
    const outcome = { result: '' };
    await run.commit(async (em) => {
      // First the address's lock: receipts and mails of one address take turns from here on.
      const limit = await this.lockAddress(em, addressHash);
      if (await em.countBy(DataSubjectRequest, { reference: p.reference })) {
        outcome.result = 'already received';
        return;
      }
      const now = new Date();
      const waiting = await em.countBy(DataSubjectRequest, {
        addressHash,
        status: RequestStatus.AWAITING_VERIFICATION,
        verifyExpiresAt: MoreThan(now),
      });
      const full = waiting >= MAX_WAITING_PER_ADDRESS;
      if (!full) {
        const row = Object.assign(new DataSubjectRequest(), {
          id: newId(),
          reference: p.reference,
          type: p.type,
          status: RequestStatus.AWAITING_VERIFICATION,
          email: p.email,
          addressHash,
          details: p.details,
          country: p.country,
          language: p.language ?? null,
          receivedAt,
          dueAt: addCalendarMonths(receivedAt, 1),
          // set when a verification mail lists the request: none has yet
          verifyTokenHash: null,
          verifyExpiresAt: new Date(receivedAt.getTime() + VERIFY_TTL_MS),
          verifiedAt: null,
          statusTokenHash: null,
          statusExpiresAt: null,
          routedAt: null,
          endedAt: null,
          purgedAt: null,
        } satisfies DataSubjectRequest);
        await em.insert(DataSubjectRequest, row);
      }
      const mailed = await this.mailPending(run.ctx, em, limit, now, true);
      await this.processingLog.append(run.ctx, {
        tenantId: null,
        purpose: ProcessingPurpose.DATA_SUBJECT_REQUEST,
        action: 'request.receive',
        subjects: 1,
        dataCategories: [DataCategory.EMAIL_ADDRESS, DataCategory.REQUEST_DETAILS].concat(
          p.country ? [DataCategory.COUNTRY] : [],
        ),
        description: full
          ? `Data-subject request ${p.reference} (${p.type}) not stored: its address already has ${MAX_WAITING_PER_ADDRESS} requests waiting for verification; ${mailed}`
          : `Data-subject request ${p.reference} (${p.type}) received; ${mailed}`,
      });
      outcome.result = full ? `not stored: ${waiting} waiting; ${mailed}` : mailed;
    }, outcome);
    return outcome.result;
  }

  /** Job at the end of an address's 10 minutes: the mail listing the requests stored within them. */
  async mailDue(run: JobRun<{ addressHash: string }>): Promise<string> {
    const outcome = { result: '' };
    await run.commit(async (em) => {
      const limit = await this.lockAddress(em, run.payload.addressHash);
      outcome.result = await this.mailPending(run.ctx, em, limit, new Date(), false);
    }, outcome);
    return outcome.result;
  }

  /**
   * For maintenance: the mail of an address whose requests no mail listed (its scheduled mail job
   * died), under the address's lock; true when one was sent.
   */
  async mailStranded(ctx: RequestContext, addressHash: string, now: Date): Promise<boolean> {
    const result = await this.db.transaction(async (em) =>
      this.mailPending(ctx, em, await this.lockAddress(em, addressHash), now, false),
    );
    return result.startsWith('verification mail sent');
  }

  /**
   * The address's verification-mail limit, locked for the rest of the transaction (made when
   * missing): of two jobs for one address, the second waits here and then sees what the first wrote.
   * It must come before any other read of the transaction (MySQL's snapshot starts at the first).
   */
  private async lockAddress(em: EntityManager, addressHash: string): Promise<DataSubjectVerifyMail> {
    await em.query(
      this.db.dialect === 'mysql'
        ? 'INSERT INTO data_subject_verify_mails (address_hash) VALUES (?) ON DUPLICATE KEY UPDATE address_hash = address_hash'
        : 'INSERT INTO data_subject_verify_mails (address_hash) VALUES (?) ON CONFLICT (address_hash) DO NOTHING',
      [addressHash],
    );
    const [row]: Array<{ mailed_at: unknown; next_mail_at: unknown }> = await em.query(
      `SELECT mailed_at, next_mail_at FROM data_subject_verify_mails WHERE address_hash = ?${this.db.forUpdate}`,
      [addressHash],
    );
    return Object.assign(new DataSubjectVerifyMail(), {
      addressHash,
      mailedAt: this.db.date(row.mailed_at),
      nextMailAt: this.db.date(row.next_mail_at),
    });
  }

  /**
   * Under the address's lock: one mail listing every request of the address that waits for
   * verification, each with a new link of its own (the links of an earlier mail stop working).
   * Within 10 minutes of the last such mail nothing is sent; a request stored since then makes a job
   * at the window's end send it. `wanted`: a submission asks for a mail (a repeat of a request the
   * last mail listed gets it again once the window is over); the scheduled job only sends what no
   * mail listed yet.
   */
  private async mailPending(
    ctx: RequestContext,
    em: EntityManager,
    limit: DataSubjectVerifyMail,
    now: Date,
    wanted: boolean,
  ): Promise<string> {
    const pending = await em.find(DataSubjectRequest, {
      where: {
        addressHash: limit.addressHash,
        status: RequestStatus.AWAITING_VERIFICATION,
        verifyExpiresAt: MoreThan(now),
      },
      order: { receivedAt: 'ASC', id: 'ASC' },
    });
    if (!pending.length) {
      // A limit that never limited anything holds nothing worth keeping.
      if (!limit.mailedAt) await em.delete(DataSubjectVerifyMail, { addressHash: limit.addressHash });
      return 'nothing waits for verification';
    }
    const unmailed = pending.some((r) => !r.verifyTokenHash);
    const windowEnd = limit.mailedAt && new Date(limit.mailedAt.getTime() + VERIFY_MAIL_INTERVAL_MS);
    if (windowEnd && windowEnd.getTime() > now.getTime()) {
      // Nobody is mailed twice within 10 minutes: a form cannot be used to flood an inbox.
      if (!unmailed) return 'covered by the last verification mail';
      // One job per window, however many requests come in (a due time already past: its job died).
      if (!limit.nextMailAt || limit.nextMailAt.getTime() <= now.getTime()) {
        await this.queue.enqueue(
          ctx,
          DSR_VERIFY_MAIL_QUEUE,
          { addressHash: limit.addressHash },
          { runAt: windowEnd, maxAttempts: 10, personalData: true },
        );
        await em.update(DataSubjectVerifyMail, { addressHash: limit.addressHash }, { nextMailAt: windowEnd });
      }
      return `verification mail due at ${windowEnd.toISOString()}`;
    }
    if (!wanted && !unmailed) return 'nothing new to mail';
    const listed: Array<{ r: DataSubjectRequest; token: string }> = [];
    for (const r of pending) {
      const token = randomBytes(32).toString('base64url');
      // Guarded: a request verified (or expired) since it was read is not listed.
      const changed = await em.update(
        DataSubjectRequest,
        { id: r.id, status: RequestStatus.AWAITING_VERIFICATION },
        { verifyTokenHash: sha256(token) },
      );
      if (changed.affected) listed.push({ r, token });
    }
    if (!listed.length) return 'nothing waits for verification';
    const { subject, text } = verificationMail(
      listed.map(({ r, token }) => ({
        reference: r.reference,
        type: r.type,
        receivedAt: r.receivedAt,
        verifyExpiresAt: r.verifyExpiresAt,
        link: `${this.publicUrl}/requests/verify?token=${token}`,
      })),
      listed.some(({ r }) => r.verifyTokenHash),
      // in the language of the newest request it lists: the one the person used last
      mailLang(listed[listed.length - 1].r.language),
    );
    await this.mail.send(ctx, { kind: 'dsr.verify', tenantId: null, to: listed[0].r.email!, subject, text });
    await em.update(
      DataSubjectVerifyMail,
      { addressHash: limit.addressHash },
      { mailedAt: now, nextMailAt: null },
    );
    const refs = listed.map(({ r }) => r.reference).join(', ');
    await this.processingLog.append(ctx, {
      tenantId: null,
      purpose: ProcessingPurpose.DATA_SUBJECT_REQUEST,
      action: 'request.mailVerification',
      subjects: 1,
      dataCategories: [DataCategory.EMAIL_ADDRESS],
      description: `Verification mail sent for data-subject request(s) ${refs}`,
    });
    return `verification mail sent for ${refs}`;
  }

  /** The verification link: the request starts routing. An unknown, used or expired token gets one answer. */
  async verify(ctx: RequestContext, token: string): Promise<DataSubjectRequestView> {
    if (!isToken(token)) throw new BadInputError(INVALID_LINK, 'token');
    const request = await this.db.transaction(async (em) => {
      const r = await em.findOneBy(DataSubjectRequest, {
        verifyTokenHash: sha256(token),
        status: RequestStatus.AWAITING_VERIFICATION,
      });
      const now = new Date();
      if (!r || r.verifyExpiresAt.getTime() <= now.getTime()) throw new BadInputError(INVALID_LINK, 'token');
      // Guarded: of two clicks racing with one token, one wins.
      const changed = await em.update(
        DataSubjectRequest,
        { id: r.id, status: RequestStatus.AWAITING_VERIFICATION, verifyTokenHash: r.verifyTokenHash! },
        { status: RequestStatus.ROUTING, verifiedAt: now, verifyTokenHash: null },
      );
      if (!changed.affected) throw new BadInputError(INVALID_LINK, 'token');
      await this.queue.enqueue(
        ctx,
        DSR_ROUTE_QUEUE,
        { requestId: r.id },
        { uniqueKey: `dsr.route:${r.id}`, maxAttempts: 10 },
      );
      await this.processingLog.append(ctx, {
        tenantId: null,
        purpose: ProcessingPurpose.DATA_SUBJECT_REQUEST,
        action: 'request.verify',
        subjects: 1,
        dataCategories: [DataCategory.EMAIL_ADDRESS],
        description: `Data-subject request ${r.reference} verified by its requester; routing to the controllers`,
      });
      return Object.assign(r, { status: RequestStatus.ROUTING, verifiedAt: now, verifyTokenHash: null });
    });
    return this.view(request);
  }

  /** The status link. Null for any token that is not a live status token: unknown, or expired (it reads nothing then). */
  async status(token: string, now = new Date()): Promise<DataSubjectRequestView | null> {
    if (!isToken(token)) return null;
    const r = await this.db.read((em) =>
      em.findOneBy(DataSubjectRequest, { statusTokenHash: sha256(token) }),
    );
    return r && statusLinkExpiry(r).getTime() > now.getTime() ? this.view(r) : null;
  }

  private async view(r: DataSubjectRequest): Promise<DataSubjectRequestView> {
    const rows: Array<{
      name: string;
      status: TaskStatus;
      due_at: unknown;
      responded_at: unknown;
      reason: string | null;
    }> = await this.db
      .crossTenant("status view by token: every controller's answer to the request the token names")
      .query(
        `SELECT t.name, k.status, k.due_at, k.responded_at, k.reason FROM data_subject_tasks k JOIN tenants t ON t.id = k.tenant_id
       WHERE k.request_id = ? ORDER BY t.name`,
        [r.id],
      );
    // ACCESS: which lists of each controller hold the address ("tell whether we store data on
    // someone"), read live by the keyed hash while the request still has it.
    const lists = new Map<string, string[]>();
    if (r.type === RightType.ACCESS && r.addressHash && rows.length) {
      const held: Array<{ tenant: string; list: string }> = await this.db
        .crossTenant("status view by token, ACCESS: the lists holding the requester's own address")
        .query(
          `SELECT t.name AS tenant, l.name AS list FROM subscribers s
           JOIN mailing_lists l ON l.id = s.list_id AND l.tenant_id = s.tenant_id
           JOIN tenants t ON t.id = s.tenant_id
           JOIN data_subject_tasks k ON k.tenant_id = s.tenant_id AND k.request_id = ?
           WHERE s.address_hash = ? GROUP BY t.name, l.name ORDER BY t.name, l.name`,
          [r.id, r.addressHash],
        );
      for (const h of held) lists.set(h.tenant, [...(lists.get(h.tenant) ?? []), h.list]);
    }
    return Object.assign(new DataSubjectRequestView(), {
      reference: r.reference,
      type: r.type,
      status: r.status,
      receivedAt: r.receivedAt,
      dueAt: r.dueAt,
      responses: rows.map((x) =>
        Object.assign(new ControllerResponse(), {
          controller: x.name,
          status: x.status,
          dueAt: this.db.date(x.due_at)!,
          respondedAt: this.db.date(x.responded_at),
          reason: x.reason,
          ...(r.type === RightType.ACCESS ? { lists: lists.get(x.name) ?? [] } : {}),
        }),
      ),
    });
  }
}
