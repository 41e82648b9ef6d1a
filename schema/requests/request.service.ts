import { RETENTION } from '../common/retention';
import { DataCategory } from '../common/data-category';
import { createHash, randomBytes, randomInt } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { In, IsNull, LessThanOrEqual, MoreThan } from 'typeorm';
import type { Database } from '../common/database';
import { BadInputError, ConflictError, NotFoundError } from '../common/errors';
import { newId } from '../common/ids';
import type { RequestContext } from '../../tenants/request-context';
import type { JobRun } from '../../workers/job-handler';
import type { JobQueue } from '../../workers/job-queue';
import type { AddressHasher } from '../common/address-hash';
import { validCountry } from '../common/country';
import { validEmail } from '../common/email';
import {
  ProcessingPurpose,
  RequestStatus,
  RightType,
  TaskDecision,
  TaskStatus,
  TenantStatus,
} from '../common/enums';
import type { MailService } from '../mail/mail.service';
import type { ProcessingLogService } from '../processing/processing-log.service';
import { Subscriber } from '../subscribers/subscriber.entity';
import type { SubscriberService } from '../subscribers/subscriber.service';
import { Tenant } from '../tenants/tenant.entity';
import { addCalendarMonths } from './calendar';
import { DataSubjectRequest } from './data-subject-request.entity';
import { DataSubjectTaskRow } from './data-subject-task.entity';
import type { DataSubjectRequestInput, RectificationInput, TaskResponseInput } from './request.inputs';
import { RIGHTS, verificationMail } from './request.mails';
import {
  ControllerResponse,
  DataSubjectRequestSummary,
  DataSubjectRequestView,
  DataSubjectTask,
  RequestReceipt,
} from './request.types';
import type { SubjectDataService } from './subject-data.service';
import { DataSubjectVerifyMail } from './verify-mail.entity';

/** Every (tenant, list) holding one keyed address hash: through `ix_subscribers_address_hash`, never a scan. */
export const HOLDINGS_SQL = `SELECT s.tenant_id, l.name, COUNT(*) AS n FROM subscribers s
  JOIN mailing_lists l ON l.id = s.list_id AND l.tenant_id = s.tenant_id
  WHERE s.address_hash = ? GROUP BY s.tenant_id, l.name`;

export const DSR_SUBMIT_QUEUE = 'dsr.submit';
export const DSR_ROUTE_QUEUE = 'dsr.route';
export const DSR_VERIFY_MAIL_QUEUE = 'dsr.verify-mail';
export const DSR_MAINTENANCE_QUEUE = 'dsr.maintenance';
export const DSR_MAINTENANCE_EVERY_MS = 60 * 60 * 1000;

const DAY = 24 * 60 * 60 * 1000;
export const VERIFY_TTL_MS = RETENTION.requestVerifyMs;
/** at most one verification email per address in this interval */
export const VERIFY_MAIL_INTERVAL_MS = 10 * 60 * 1000;
export const KEEP_AFTER_END_MS = RETENTION.requestKeepAfterEndMs;
/**
 * A status link works until this long after the request ended (COMPLETED, NO_DATA_HELD), and at most
 * this long after the latest lawful due date, `STATUS_LINK_MONTHS` calendar months after receipt
 * (Art. 12(3): one month, extended by two at most).
 */
export const STATUS_LINK_GRACE_MS = RETENTION.statusLinkGraceMs;
export const STATUS_LINK_MONTHS = 3;
/** DPOs are reminded this long before a task is due */
export const REMIND_BEFORE_MS = 7 * DAY;
/** the most summaries one `dataSubjectRequests` answer lists (newest first) */
export const MAX_SUMMARIES = 1000;

export const RECEIPT_MESSAGE =
  'Thank you. If this address can receive mail, a message with a link to verify the request is on its way. ' +
  'Nothing happens until the link is used; an unverified request lapses after 7 days.';
const INVALID_LINK = 'This link is invalid, was already used, or has expired';
const COMPLAINT =
  'You have the right to lodge a complaint with a supervisory authority, in particular in the EU member state of your habitual residence, ' +
  'place of work or of the alleged infringement (Art. 77 GDPR), and to seek a judicial remedy (Art. 79 GDPR).';

const OPEN = [TaskStatus.PENDING, TaskStatus.EXTENDED];
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export interface SubmitPayload {
  reference: string;
  email: string;
  type: RightType;
  details: string | null;
  country: string | null;
  receivedAt: string;
}

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const day = (d: Date) => d.toISOString().slice(0, 10);
const isToken = (t: unknown): t is string => typeof t === 'string' && /^[A-Za-z0-9_-]{20,100}$/.test(t);

/** `DSR-XXXX-XXXX`, 40 random bits in Crockford's base 32 (no I, L, O, U). */
export function newReference(): string {
  const part = () => Array.from({ length: 4 }, () => CROCKFORD[randomInt(32)]).join('');
  return `DSR-${part()}-${part()}`;
}

/**
 * Data-subject requests (Art. 15-21): intake and verification, routing to every controller that
 * holds the address, the controllers' answers, and the clock (Art. 12(3)).
 *
 * The public side answers the same, in shape and time, whatever is held: `submit` only queues a job,
 * and everything that depends on the data happens in jobs after the person proved they control the
 * address. Routing looks the address up by its keyed hash (`subscribers.address_hash`, indexed),
 * never by scanning, and creates one task per tenant in one transaction with the job's completion;
 * a unique (tenant, request) index makes a second run unable to add a duplicate.
 */
export class RequestService {
  constructor(
    private readonly db: Database,
    private readonly queue: JobQueue,
    private readonly mail: MailService,
    private readonly processingLog: ProcessingLogService,
    private readonly hasher: AddressHasher,
    private readonly subscribers: SubscriberService,
    private readonly subjectData: SubjectDataService,
    private readonly publicUrl: string,
  ) {}

  // ------------------------------------------------------------------------------------------ public

  /** The public form. Checks only the input's shape, then queues the work: the same receipt for anyone. */
  async submit(ctx: RequestContext, input: DataSubjectRequestInput): Promise<RequestReceipt> {
    const email = validEmail(input.email);
    if (!Object.values(RightType).includes(input.type))
      throw new BadInputError('type must be one of the rights', 'type');
    const details = (input.details ?? '').trim();
    if (details.length > 2000) throw new BadInputError('details must be at most 2000 characters', 'details');
    const country = validCountry(input.country);
    const payload: SubmitPayload = {
      reference: newReference(),
      email,
      type: input.type,
      details: details || null,
      country,
      receivedAt: new Date().toISOString(),
    };
    await this.queue.enqueue(ctx, DSR_SUBMIT_QUEUE, payload, { personalData: true, maxAttempts: 5 });
    return Object.assign(new RequestReceipt(), { reference: payload.reference, message: RECEIPT_MESSAGE });
  }

  /**
   * Job behind `submit`: stores the request, or, when the address has one of the same type waiting
   * for verification, takes it as that one (so a flood stores at most one row per right and
   * address); then the address's verification mail, now or at the end of its 10 minutes.
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
      const same = await em.findOne(DataSubjectRequest, {
        where: {
          addressHash,
          type: p.type,
          status: RequestStatus.AWAITING_VERIFICATION,
          verifyExpiresAt: MoreThan(now),
        },
        select: { id: true, reference: true },
      });
      if (!same) {
        const row = Object.assign(new DataSubjectRequest(), {
          id: newId(),
          reference: p.reference,
          type: p.type,
          status: RequestStatus.AWAITING_VERIFICATION,
          email: p.email,
          addressHash,
          details: p.details,
          country: p.country,
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
        description: same
          ? `Data-subject request ${p.reference} (${p.type}) received while ${same.reference} of the same type waits for verification: taken as that one; ${mailed}`
          : `Data-subject request ${p.reference} (${p.type}) received; ${mailed}`,
      });
      outcome.result = same ? `same as ${same.reference}; ${mailed}` : mailed;
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
    }> = await this.db.query(
      `SELECT t.name, k.status, k.due_at, k.responded_at, k.reason FROM data_subject_tasks k JOIN tenants t ON t.id = k.tenant_id
       WHERE k.request_id = ? ORDER BY t.name`,
      [r.id],
    );
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
        }),
      ),
    });
  }

  // ----------------------------------------------------------------------------------------- routing

  /** Job: finds every tenant holding the address and forwards the request to each, once. */
  async route(run: JobRun<{ requestId: string }>): Promise<string> {
    const request = await this.db.read((em) =>
      em.findOneBy(DataSubjectRequest, { id: run.payload.requestId }),
    );
    if (!request || request.status !== RequestStatus.ROUTING || !request.email || !request.addressHash)
      return 'nothing to route';
    const holdings = await this.holdings(request.addressHash);
    const outcome = { tenants: holdings.length };
    await run.commit(async (em) => {
      const now = new Date();
      const statusToken = randomBytes(32).toString('base64url');
      for (const h of holdings) {
        await em.insert(DataSubjectTaskRow, {
          id: newId(),
          tenantId: h.tenant.id,
          requestId: request.id,
          status: TaskStatus.PENDING,
          dueAt: request.dueAt,
          respondedAt: null,
          reason: null,
          createdAt: now,
          remindedAt: null,
          overdueAt: null,
        });
        const ctx = run.ctx.forTenant(h.tenant.id);
        await this.mail.send(ctx, {
          kind: 'dsr.task',
          to: h.tenant.dpoEmail,
          subject: `Data-subject request ${request.reference} (${request.type}): answer by ${day(request.dueAt)}`,
          text: [
            `A data subject asked for ${RIGHTS[request.type].words} (${RIGHTS[request.type].article} GDPR). They verified that they control the address.`,
            `Your organisation holds ${h.records} subscription(s) for it, on ${h.lists.length} list(s).`,
            '',
            `Reference: ${request.reference}`,
            `Received:  ${request.receivedAt.toISOString()}`,
            `Due:       ${request.dueAt.toISOString()} (one calendar month after receipt, Art. 12(3) GDPR)`,
            '',
            'Sign in to the portal to see the request (dataSubjectTasks) and answer it: fulfil it, reject it with reasons, or extend the',
            'deadline by two months with reasons (once, before the due date). The platform carries out what you decide and tells the person.',
          ].join('\n'),
        });
        await this.processingLog.append(ctx, {
          tenantId: h.tenant.id,
          purpose: ProcessingPurpose.DATA_SUBJECT_REQUEST,
          action: 'request.route',
          subjects: 1,
          dataCategories: [DataCategory.EMAIL_ADDRESS, DataCategory.REQUEST_DETAILS],
          description: `Data-subject request ${request.reference} (${request.type}) forwarded to the controller: ${h.records} record(s) on ${h.lists.length} list(s), due ${day(request.dueAt)}`,
          subjectRef: this.hasher.forTenant(h.tenant.id, request.email!),
        });
      }
      const held = holdings.length > 0;
      const statusUrl = `${this.publicUrl}/requests/status?token=${statusToken}`;
      const statusExpiresAt = new Date(
        addCalendarMonths(request.receivedAt, STATUS_LINK_MONTHS).getTime() + STATUS_LINK_GRACE_MS,
      );
      await em.update(
        DataSubjectRequest,
        { id: request.id, status: RequestStatus.ROUTING },
        held
          ? {
              status: RequestStatus.ROUTED,
              routedAt: now,
              statusTokenHash: sha256(statusToken),
              statusExpiresAt,
            }
          : {
              status: RequestStatus.NO_DATA_HELD,
              routedAt: now,
              endedAt: now,
              statusTokenHash: sha256(statusToken),
              statusExpiresAt,
              ...this.purged(now),
            },
      );
      await this.mail.send(run.ctx, {
        kind: held ? 'dsr.routed' : 'dsr.no-data',
        tenantId: null,
        to: request.email!,
        subject: held
          ? `Your request ${request.reference} was forwarded`
          : `Your request ${request.reference}: no data held`,
        text: (held
          ? [
              `Thank you for verifying your request ${request.reference}. These organisations hold data about your address, and each must answer you by ${day(request.dueAt)}:`,
              ...holdings.map((h) => `  - ${h.tenant.name}`),
              '',
              'Each will answer by mail. Their answers are shown here as they come in:',
              statusUrl,
              `The link works until ${STATUS_LINK_GRACE_MS / DAY} days after the last answer, and at most until ${day(statusExpiresAt)}.`,
            ]
          : [
              `Thank you for verifying your request ${request.reference}. None of our customers holds data about this address, so there is nothing to forward.`,
              `The details of your request have been deleted. Its status stays visible here until ${day(new Date(now.getTime() + STATUS_LINK_GRACE_MS))}:`,
              statusUrl,
            ]
        ).join('\n'),
      });
      if (!held) {
        await this.processingLog.append(run.ctx, {
          tenantId: null,
          purpose: ProcessingPurpose.DATA_SUBJECT_REQUEST,
          action: 'request.noData',
          subjects: 1,
          dataCategories: [DataCategory.EMAIL_ADDRESS],
          description: `Data-subject request ${request.reference}: no controller holds data on the address; requester told, request details deleted`,
        });
      }
    }, outcome);
    return held(outcome.tenants);
  }

  /** Every tenant holding the address: one indexed look-up on the keyed hash, grouped by tenant. */
  async holdings(addressHash: string): Promise<Array<{ tenant: Tenant; records: number; lists: string[] }>> {
    const rows: Array<{ tenant_id: string; name: string; n: number | string }> = await this.db.query(
      HOLDINGS_SQL,
      [addressHash],
    );
    if (!rows.length) return [];
    const tenants = await this.db.read((em) =>
      em.findBy(Tenant, { id: In([...new Set(rows.map((r) => r.tenant_id))]) }),
    );
    return tenants
      .filter((t) => t.status !== TenantStatus.OFFBOARDED)
      .map((tenant) => {
        const mine = rows.filter((r) => r.tenant_id === tenant.id);
        return {
          tenant,
          records: mine.reduce((n, r) => n + Number(r.n), 0),
          lists: mine.map((r) => r.name).sort(),
        };
      })
      .sort((a, b) => a.tenant.name.localeCompare(b.tenant.name));
  }

  private purged(now: Date): Partial<DataSubjectRequest> {
    return { email: null, addressHash: null, details: null, country: null, purgedAt: now };
  }

  // ------------------------------------------------------------------------------ controller side

  /** The tasks of the context's tenant: every read and write carries its tenant_id. */
  private tasksOf(ctx: RequestContext) {
    return this.db.forTenant(ctx).repo(DataSubjectTaskRow, 'Data-subject task');
  }

  /** The context tenant's tasks, soonest due first. */
  async tasks(ctx: RequestContext, status?: TaskStatus | null): Promise<DataSubjectTask[]> {
    const tenantId = ctx.requireTenantId();
    const rows = await this.tasksOf(ctx).find(status ? { status } : {}, {
      order: { dueAt: 'ASC', id: 'ASC' },
    });
    return this.taskViews(tenantId, rows);
  }

  private async taskViews(tenantId: string, rows: DataSubjectTaskRow[]): Promise<DataSubjectTask[]> {
    if (!rows.length) return [];
    const requests = new Map(
      (
        await this.db.read((em) => em.findBy(DataSubjectRequest, { id: In(rows.map((r) => r.requestId)) }))
      ).map((r) => [r.id, r]),
    );
    // What the tenant holds now for each address, in one statement for the whole answer.
    const hashes = [
      ...new Set([...requests.values()].map((r) => r.addressHash).filter((h): h is string => !!h)),
    ];
    const held: Array<{ address_hash: string; name: string; n: number | string }> = hashes.length
      ? await this.db.query(
          `SELECT s.address_hash, l.name, COUNT(*) AS n FROM subscribers s JOIN mailing_lists l ON l.id = s.list_id AND l.tenant_id = s.tenant_id
           WHERE s.tenant_id = ? AND s.address_hash IN (${hashes.map(() => '?').join(', ')}) GROUP BY s.address_hash, l.name`,
          [tenantId, ...hashes],
        )
      : [];
    return rows.map((t) => {
      const r = requests.get(t.requestId)!;
      const mine = held.filter((h) => h.address_hash === r.addressHash);
      return Object.assign(new DataSubjectTask(), {
        id: t.id,
        reference: r.reference,
        type: r.type,
        status: t.status,
        subjectEmail: r.email ?? '',
        details: r.details,
        receivedAt: r.receivedAt,
        dueAt: t.dueAt,
        records: mine.reduce((n, h) => n + Number(h.n), 0),
        lists: mine.map((h) => h.name).sort(),
        respondedAt: t.respondedAt,
        reason: t.reason,
      });
    });
  }

  /** A controller's answer. Another tenant's task is NOT_FOUND; an answered one is CONFLICT. */
  async respond(ctx: RequestContext, input: TaskResponseInput): Promise<DataSubjectTask> {
    const tenantId = ctx.requireTenantId();
    const reason = (input.reason ?? '').trim();
    if ((input.decision === TaskDecision.REJECT || input.decision === TaskDecision.EXTEND) && !reason) {
      throw new BadInputError(
        `reason is required to ${input.decision === TaskDecision.REJECT ? 'reject' : 'extend'}`,
        'reason',
      );
    }
    if (reason.length > 2000) throw new BadInputError('reason must be at most 2000 characters', 'reason');
    if (typeof input.taskId !== 'string' || !input.taskId.trim())
      throw new NotFoundError('Data-subject task');
    const task = await this.db.transaction(async (em) => {
      const t = await this.tasksOf(ctx).findOne({ id: input.taskId.trim() });
      if (!t) throw new NotFoundError('Data-subject task');
      if (!OPEN.includes(t.status)) throw new ConflictError(`This task was already answered (${t.status})`);
      const r = await em.findOneByOrFail(DataSubjectRequest, { id: t.requestId });
      if (!r.email)
        throw new ConflictError(
          "This request's personal data was already deleted; it cannot be answered any more",
        );
      const tenant = await em.findOneByOrFail(Tenant, { id: tenantId });
      const now = new Date();
      let patch: Partial<DataSubjectTaskRow>;
      if (input.decision === TaskDecision.EXTEND) {
        if (t.status === TaskStatus.EXTENDED)
          throw new ConflictError('The deadline was already extended once');
        if (now.getTime() >= r.dueAt.getTime())
          throw new ConflictError('The deadline can only be extended before the first due date');
        const dueAt = addCalendarMonths(r.receivedAt, 3);
        patch = { status: TaskStatus.EXTENDED, dueAt, reason, remindedAt: null };
        await this.tell(ctx, r, tenant, `${tenant.name} needs more time for your request ${r.reference}`, [
          `${tenant.name} extended the time to answer your request ${r.reference} by two months (Art. 12(3) GDPR). Its reasons:`,
          '',
          reason,
          '',
          `It must now answer by ${day(dueAt)}.`,
        ]);
      } else if (input.decision === TaskDecision.REJECT) {
        patch = { status: TaskStatus.REJECTED, respondedAt: now, reason };
        await this.tell(ctx, r, tenant, `${tenant.name} declined your request ${r.reference}`, [
          `${tenant.name} declined your request ${r.reference} for ${RIGHTS[r.type].words}. Its reasons:`,
          '',
          reason,
          '',
          COMPLAINT,
        ]);
      } else {
        await this.fulfil(ctx, r, tenant, input.rectification ?? null);
        patch = { status: TaskStatus.FULFILLED, respondedAt: now, reason: null };
      }
      const changed = await this.tasksOf(ctx).update({ id: t.id, status: t.status }, patch);
      if (!changed) throw new ConflictError('This task was answered at the same time by someone else');
      await this.processingLog.append(ctx, {
        tenantId,
        purpose: ProcessingPurpose.DATA_SUBJECT_REQUEST,
        action: `request.${input.decision === TaskDecision.FULFILL ? 'fulfil' : input.decision === TaskDecision.REJECT ? 'reject' : 'extend'}`,
        subjects: 1,
        dataCategories: [DataCategory.EMAIL_ADDRESS, DataCategory.REQUEST_DETAILS],
        description: `Data-subject request ${r.reference} (${r.type}) ${input.decision === TaskDecision.FULFILL ? 'fulfilled' : input.decision === TaskDecision.REJECT ? 'rejected with reasons' : 'extended by two months with reasons'} by the controller; requester told`,
        subjectRef: this.hasher.forTenant(tenantId, r.email),
      });
      if (input.decision !== TaskDecision.EXTEND) {
        const open = await em.countBy(DataSubjectTaskRow, { requestId: r.id, status: In(OPEN) });
        if (!open)
          await em.update(
            DataSubjectRequest,
            { id: r.id, status: RequestStatus.ROUTED },
            { status: RequestStatus.COMPLETED, endedAt: now },
          );
      }
      return Object.assign(t, patch);
    });
    return (await this.taskViews(tenantId, [task]))[0];
  }

  /**
   * A controller left the platform (offboarding): the platform holds nothing for it any more, so its
   * open tasks are closed and each requester is told whom to ask instead. ERASURE and OBJECTION were
   * carried out by the deletion itself (FULFILLED); the other rights can no longer be exercised
   * through the platform (REJECTED, with the reason, the controller's contact and the right to
   * complain). Joins the caller's transaction; returns how many tasks were closed.
   */
  async closeForOffboarding(ctx: RequestContext, tenant: Tenant, now = new Date()): Promise<number> {
    return this.db.transaction(async (em) => {
      const tasks = this.tasksOf(ctx.forTenant(tenant.id));
      const open = await tasks.find({ status: In(OPEN) });
      for (const t of open) {
        const r = await em.findOneByOrFail(DataSubjectRequest, { id: t.requestId });
        const done = r.type === RightType.ERASURE || r.type === RightType.OBJECTION;
        const reason =
          `${tenant.name} ended its service with the platform on ${day(now)}. The platform returned everything it held for ${tenant.name} ` +
          `to it and then deleted it${done ? ', your data included' : ''}, so it cannot act on this request any more. ` +
          `${done ? 'For anything else' : 'For your request'}, contact ${tenant.name} directly: ${tenant.dpoEmail}.`;
        await tasks.update(
          { id: t.id, status: t.status },
          { status: done ? TaskStatus.FULFILLED : TaskStatus.REJECTED, respondedAt: now, reason },
        );
        if (r.email) {
          await this.tell(ctx, r, tenant, `${tenant.name} left the platform: your request ${r.reference}`, [
            reason,
            ...(done ? [] : ['', COMPLAINT]),
          ]);
        }
        await this.processingLog.append(ctx, {
          tenantId: tenant.id,
          purpose: ProcessingPurpose.DATA_SUBJECT_REQUEST,
          action: 'request.close',
          subjects: 1,
          dataCategories: [DataCategory.REQUEST_DETAILS],
          description: `Data-subject request ${r.reference} (${r.type}) closed because the controller was offboarded; requester told whom to contact`,
        });
        if (!(await em.countBy(DataSubjectTaskRow, { requestId: r.id, status: In(OPEN) }))) {
          await em.update(
            DataSubjectRequest,
            { id: r.id, status: RequestStatus.ROUTED },
            { status: RequestStatus.COMPLETED, endedAt: now },
          );
        }
      }
      return open.length;
    });
  }

  /** Carries out a FULFILL in the caller's transaction, and mails the person the answer. */
  private async fulfil(
    ctx: RequestContext,
    r: DataSubjectRequest,
    tenant: Tenant,
    rectification: RectificationInput | null,
  ): Promise<void> {
    const email = r.email!;
    switch (r.type) {
      case RightType.ACCESS:
      case RightType.PORTABILITY: {
        const data = await this.subjectData.collect(tenant, email);
        const json = JSON.stringify({ reference: r.reference, ...data }, null, 2);
        const attachment = {
          filename: `${r.reference}-${tenant.slug}.json`,
          contentType: 'application/json',
          content: Buffer.from(json).toString('base64'),
        };
        const text =
          r.type === RightType.ACCESS
            ? [
                `${tenant.name} answers your request ${r.reference} for access (Art. 15 GDPR). This is all it holds about your address:`,
                '',
                this.subjectData.readable(data),
                '',
                'The same data is attached as a JSON file.',
              ]
            : [
                `${tenant.name} answers your request ${r.reference} for data portability (Art. 20 GDPR).`,
                'Your data is attached in a structured, machine-readable format (JSON).',
              ];
        await this.tell(ctx, r, tenant, `${tenant.name}: your data (${r.reference})`, text, [attachment]);
        return;
      }
      case RightType.RECTIFICATION: {
        const changed = await this.rectify(ctx, tenant, email, rectification);
        await this.tell(ctx, r, tenant, `${tenant.name} corrected your data (${r.reference})`, [
          `${tenant.name} rectified your data (Art. 16 GDPR) on request ${r.reference}: ${changed}.`,
        ]);
        return;
      }
      case RightType.ERASURE:
      case RightType.OBJECTION: {
        const n = await this.subscribers.eraseAddress(
          ctx.forTenant(tenant.id),
          email,
          r.type === RightType.ERASURE ? 'erased' : 'objected',
        );
        await this.tell(ctx, r, tenant, `${tenant.name} deleted your data (${r.reference})`, [
          r.type === RightType.ERASURE
            ? `${tenant.name} erased your data (Art. 17 GDPR) on request ${r.reference}: ${n} subscription(s) and their consent records were deleted.`
            : `${tenant.name} stopped processing your data on your objection (Art. 21 GDPR), request ${r.reference}: you were unsubscribed from ${n} list(s) and the data deleted.`,
          'Only a keyed hash of the address is kept, so that it is not added again without your own new consent.',
        ]);
        return;
      }
      case RightType.RESTRICTION: {
        const n = await this.subscribers.restrictAddress(ctx.forTenant(tenant.id), email);
        await this.tell(
          ctx,
          r,
          tenant,
          `${tenant.name} restricted the processing of your data (${r.reference})`,
          [
            `${tenant.name} restricted the processing of your data (Art. 18 GDPR) on request ${r.reference}: ${n} subscription(s) are kept but receive nothing.`,
          ],
        );
        return;
      }
    }
  }

  private async rectify(
    ctx: RequestContext,
    tenant: Tenant,
    email: string,
    input: RectificationInput | null,
  ): Promise<string> {
    if (!input || (input.name == null && input.email == null && input.country == null)) {
      throw new BadInputError(
        'rectification with a name, email or country is required to fulfil a RECTIFICATION request',
        'rectification',
      );
    }
    const patch: Partial<Pick<Subscriber, 'name' | 'country' | 'email'>> = {};
    const said: string[] = [];
    if (input.name != null) {
      const name = input.name.trim();
      if (name.length > 200)
        throw new BadInputError('name must be at most 200 characters', 'rectification.name');
      patch.name = name || null;
      said.push(name ? 'name corrected' : 'name removed');
    }
    if (input.country != null) {
      patch.country = input.country.trim() ? validCountry(input.country, 'rectification.country') : null;
      said.push('country corrected');
    }
    if (input.email != null) {
      patch.email = validEmail(input.email, 'rectification.email');
      said.push('address corrected');
    }
    const n = await this.subscribers.rectifyAddress(ctx.forTenant(tenant.id), email, patch, said);
    return `${said.join(', ')} in ${n} subscription(s)`;
  }

  /** Mails the requester, on the controller's behalf. */
  private async tell(
    ctx: RequestContext,
    r: DataSubjectRequest,
    tenant: Tenant,
    subject: string,
    lines: string[],
    attachments?: Array<{ filename: string; contentType: string; content: string }>,
  ): Promise<void> {
    await this.mail.send(ctx, {
      kind: 'dsr.answer',
      tenantId: tenant.id,
      to: r.email!,
      subject,
      text: [
        ...lines,
        '',
        `Reference: ${r.reference}. Your request's status: ask us with this reference, or use the status link you received.`,
      ].join('\n'),
      attachments,
    });
  }

  // --------------------------------------------------------------------------------- operator side

  /** Requests with their task counts, newest first; no personal data. */
  async summaries(
    status?: RequestStatus | null,
    overdue?: boolean | null,
    now = new Date(),
  ): Promise<DataSubjectRequestSummary[]> {
    const where: string[] = [];
    const params: unknown[] = [this.db.param(now)];
    if (status) {
      where.push('r.status = ?');
      params.push(status);
    }
    const having = overdue == null ? '' : overdue ? 'HAVING overdue > 0' : 'HAVING overdue = 0';
    const rows: Array<{
      reference: string;
      type: RightType;
      status: RequestStatus;
      received_at: unknown;
      due_at: unknown;
      tasks: number | string;
      overdue: number | string | null;
    }> = await this.db.query(
      `SELECT r.reference, r.type, r.status, r.received_at, r.due_at, COUNT(t.id) AS tasks,
                COALESCE(SUM(CASE WHEN t.status IN ('PENDING', 'EXTENDED') AND t.due_at < ? THEN 1 ELSE 0 END), 0) AS overdue
         FROM data_subject_requests r LEFT JOIN data_subject_tasks t ON t.request_id = r.id
         ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
         GROUP BY r.id, r.reference, r.type, r.status, r.received_at, r.due_at
         ${having}
         ORDER BY r.received_at DESC, r.id DESC LIMIT ${MAX_SUMMARIES}`,
      params,
    );
    return rows.map((x) =>
      Object.assign(new DataSubjectRequestSummary(), {
        reference: x.reference,
        type: x.type,
        status: x.status,
        receivedAt: this.db.date(x.received_at)!,
        dueAt: this.db.date(x.due_at)!,
        tasks: Number(x.tasks),
        overdueTasks: Number(x.overdue ?? 0),
      }),
    );
  }

  /**
   * Job, hourly: expires unverified requests (and deletes their personal data), deletes the personal
   * data of requests that ended more than 30 days ago, forgets the hashes of expired status links,
   * reminds DPOs 7 days before a task is due, and flags overdue tasks (the DPO is told once). Also
   * mails requests that no verification mail has listed 20 minutes after receipt (their scheduled
   * mail job died), and deletes the per-address mail limits whose 10 minutes are over.
   */
  async maintain(
    ctx: RequestContext,
    now = new Date(),
  ): Promise<{
    expired: number;
    purged: number;
    links: number;
    reminded: number;
    overdue: number;
    mailed: number;
  }> {
    const stranded: Array<{ h: string }> = await this.db.query(
      `SELECT DISTINCT address_hash AS h FROM data_subject_requests
        WHERE status = ? AND verify_token_hash IS NULL AND received_at <= ? AND verify_expires_at > ? LIMIT 1000`,
      [
        RequestStatus.AWAITING_VERIFICATION,
        this.db.param(new Date(now.getTime() - 2 * VERIFY_MAIL_INTERVAL_MS)),
        this.db.param(now),
      ],
    );
    let mailed = 0;
    for (const { h } of stranded) {
      const result = await this.db.transaction(async (em) =>
        this.mailPending(ctx, em, await this.lockAddress(em, h), now, false),
      );
      if (result.startsWith('verification mail sent')) mailed++;
    }
    await this.db.transaction((em) =>
      em
        .createQueryBuilder()
        .delete()
        .from(DataSubjectVerifyMail)
        .where('mailed_at IS NULL OR mailed_at <= :before', {
          before: new Date(now.getTime() - VERIFY_MAIL_INTERVAL_MS),
        })
        .execute(),
    );

    const expired = await this.db.transaction(async (em) => {
      const due = await em.find(DataSubjectRequest, {
        where: { status: RequestStatus.AWAITING_VERIFICATION, verifyExpiresAt: LessThanOrEqual(now) },
        select: { id: true, reference: true },
        take: 1000,
      });
      if (!due.length) return 0;
      await em.update(
        DataSubjectRequest,
        { id: In(due.map((r) => r.id)), status: RequestStatus.AWAITING_VERIFICATION },
        { status: RequestStatus.EXPIRED, endedAt: now, verifyTokenHash: null, ...this.purged(now) },
      );
      await this.processingLog.append(ctx, {
        tenantId: null,
        purpose: ProcessingPurpose.DATA_SUBJECT_REQUEST,
        action: 'request.expire',
        subjects: due.length,
        dataCategories: [DataCategory.EMAIL_ADDRESS, DataCategory.REQUEST_DETAILS],
        description: `${due.length} data-subject request(s) never verified within 7 days expired; their personal data deleted`,
      });
      return due.length;
    });

    const purged = await this.db.transaction(async (em) => {
      const old = await em.find(DataSubjectRequest, {
        where: { endedAt: LessThanOrEqual(new Date(now.getTime() - KEEP_AFTER_END_MS)), purgedAt: IsNull() },
        select: { id: true },
        take: 1000,
      });
      if (!old.length) return 0;
      await em.update(
        DataSubjectRequest,
        { id: In(old.map((r) => r.id)), purgedAt: IsNull() },
        this.purged(now),
      );
      await this.processingLog.append(ctx, {
        tenantId: null,
        purpose: ProcessingPurpose.DATA_SUBJECT_REQUEST,
        action: 'request.purge',
        subjects: old.length,
        dataCategories: [DataCategory.EMAIL_ADDRESS, DataCategory.REQUEST_DETAILS],
        description: `Personal data of ${old.length} data-subject request(s) that ended more than 30 days ago deleted`,
      });
      return old.length;
    });

    // `status` refuses an expired link already; this only drops the hashes nothing can use any more.
    const links = await this.db.transaction(async (em) => {
      const ended = new Date(now.getTime() - STATUS_LINK_GRACE_MS);
      const lapsed = await em
        .createQueryBuilder(DataSubjectRequest, 'r')
        .select('r.id', 'id')
        .where('r.status_token_hash IS NOT NULL')
        .andWhere('(r.status_expires_at <= :now OR r.ended_at <= :ended)', {
          now: this.db.param(now),
          ended: this.db.param(ended),
        })
        .limit(1000)
        .getRawMany<{ id: string }>();
      if (!lapsed.length) return 0;
      await em.update(DataSubjectRequest, { id: In(lapsed.map((r) => r.id)) }, { statusTokenHash: null });
      return lapsed.length;
    });

    let reminded = 0;
    let overdue = 0;
    const open = await this.db.read((em) =>
      em.find(DataSubjectTaskRow, {
        where: { status: In(OPEN), dueAt: LessThanOrEqual(new Date(now.getTime() + REMIND_BEFORE_MS)) },
        take: 1000,
        order: { dueAt: 'ASC' },
      }),
    );
    for (const t of open) {
      const isOverdue = t.dueAt.getTime() <= now.getTime();
      if (isOverdue ? t.overdueAt : t.remindedAt) continue;
      await this.db.transaction(async (em) => {
        const marked = await em.update(
          DataSubjectTaskRow,
          isOverdue
            ? { id: t.id, status: In(OPEN), overdueAt: IsNull() }
            : { id: t.id, status: In(OPEN), remindedAt: IsNull() },
          isOverdue ? { overdueAt: now } : { remindedAt: now },
        );
        if (!marked.affected) return;
        const [tenant, r] = await Promise.all([
          em.findOneByOrFail(Tenant, { id: t.tenantId }),
          em.findOneByOrFail(DataSubjectRequest, { id: t.requestId }),
        ]);
        await this.mail.send(ctx.forTenant(t.tenantId), {
          kind: isOverdue ? 'dsr.overdue' : 'dsr.reminder',
          to: tenant.dpoEmail,
          subject: isOverdue
            ? `Overdue: data-subject request ${r.reference} was due ${day(t.dueAt)}`
            : `Reminder: data-subject request ${r.reference} is due ${day(t.dueAt)}`,
          text: [
            isOverdue
              ? `The data-subject request ${r.reference} (${r.type}) was due on ${t.dueAt.toISOString()} and has not been answered. The platform's operators see it as overdue.`
              : `The data-subject request ${r.reference} (${r.type}) is due on ${t.dueAt.toISOString()} and has not been answered yet.`,
            'Sign in to the portal to answer it (dataSubjectTasks, respondToDataSubjectTask).',
          ].join('\n'),
        });
        if (isOverdue) overdue++;
        else reminded++;
      });
    }
    return { expired, purged, links, reminded, overdue, mailed };
  }
}

const held = (tenants: number) => (tenants ? `routed to ${tenants} controller(s)` : 'no data held');

/** When a request's status link stops working: 30 days after it ended, at the latest `statusExpiresAt`. */
export function statusLinkExpiry(r: Pick<DataSubjectRequest, 'statusExpiresAt' | 'endedAt'>): Date {
  const ends = [r.statusExpiresAt, r.endedAt && new Date(r.endedAt.getTime() + STATUS_LINK_GRACE_MS)];
  const times = ends.filter((d): d is Date => !!d).map((d) => d.getTime());
  return new Date(times.length ? Math.min(...times) : 0);
}
