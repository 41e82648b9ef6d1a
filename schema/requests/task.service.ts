import { In } from 'typeorm';
import type { AddressHasher } from '../common/address-hash';
import { validCountry } from '../common/country';
import { DataCategory } from '../common/data-category';
import type { Database } from '../common/database';
import { validEmail } from '../common/email';
import { ProcessingPurpose, RequestStatus, RightType, TaskDecision, TaskStatus } from '../common/enums';
import { BadInputError, ConflictError, NotFoundError } from '../common/errors';
import type { RequestContext } from '../../tenants/request-context';
import type { MailService } from '../mail/mail.service';
import type { ProcessingLogService } from '../processing/processing-log.service';
import type { Subscriber } from '../subscribers/subscriber.entity';
import type { SubscriberService } from '../subscribers/subscriber.service';
import { Tenant } from '../tenants/tenant.entity';
import { addCalendarMonths } from './calendar';
import { DataSubjectRequest } from './data-subject-request.entity';
import { DataSubjectTaskRow } from './data-subject-task.entity';
import type { RectificationInput, TaskResponseInput } from './request.inputs';
import {
  type Answer,
  answerText,
  type Correction,
  correctionIn,
  correctionsIn,
  dataAnswer,
  erasedAnswer,
  extendedAnswer,
  mailLang,
  offboardedAnswer,
  offboardedReason,
  rectifiedAnswer,
  rejectedAnswer,
  restrictedAnswer,
} from './request.mails';
import { OPEN } from './request.policy';
import { DataSubjectTask } from './request.types';
import type { SubjectDataService } from './subject-data.service';

/** C0 controls but tab and line breaks, DEL and C1 controls. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

/**
 * The controllers' side: a tenant's tasks (one per routed request), its answers (fulfil, reject,
 * extend), carrying out a FULFILL on its own data (through SubscriberService and its own door), and
 * closing an offboarded tenant's open tasks. Each answer is mailed to the requester on its behalf.
 */
export class TaskService {
  constructor(
    private readonly db: Database,
    private readonly mail: MailService,
    private readonly processingLog: ProcessingLogService,
    private readonly hasher: AddressHasher,
    private readonly subscribers: SubscriberService,
    private readonly subjectData: SubjectDataService,
  ) {}

  /** The tasks of the context's tenant: every read and write carries its tenant_id. */
  private tasksOf(ctx: RequestContext) {
    return this.db.forTenant(ctx).repo(DataSubjectTaskRow, 'Data-subject task');
  }

  /** The context tenant's tasks, soonest due first. */
  async tasks(ctx: RequestContext, status?: TaskStatus | null): Promise<DataSubjectTask[]> {
    const rows = await this.tasksOf(ctx).find(status ? { status } : {}, {
      order: { dueAt: 'ASC', id: 'ASC' },
    });
    return this.taskViews(ctx, rows);
  }

  /** The tasks as the controller sees them, with what it holds now for each address (in its own door). */
  private async taskViews(ctx: RequestContext, rows: DataSubjectTaskRow[]): Promise<DataSubjectTask[]> {
    if (!rows.length) return [];
    const tenant = this.db.forTenant(ctx);
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
      ? await tenant.query(
          `SELECT s.address_hash, l.name, COUNT(*) AS n FROM subscribers s JOIN mailing_lists l ON l.id = s.list_id AND l.tenant_id = s.tenant_id
           WHERE s.tenant_id = ? AND s.address_hash IN (${hashes.map(() => '?').join(', ')}) GROUP BY s.address_hash, l.name`,
          [tenant.tenantId, ...hashes],
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
    // The reason is mailed to the person: line breaks and tabs are text, other control characters are not.
    if (CONTROL.test(reason))
      throw new BadInputError('reason must not contain control characters other than line breaks', 'reason');
    if (typeof input.taskId !== 'string' || !input.taskId.trim())
      throw new NotFoundError('Data-subject task');
    const task = await this.db.forTenant(ctx).transaction(async (em) => {
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
        await this.tell(ctx, r, tenant, extendedAnswer(tenant.name, r, reason, dueAt, mailLang(r.language)));
      } else if (input.decision === TaskDecision.REJECT) {
        patch = { status: TaskStatus.REJECTED, respondedAt: now, reason };
        await this.tell(ctx, r, tenant, rejectedAnswer(tenant.name, r, reason, mailLang(r.language)));
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
      if (input.decision !== TaskDecision.EXTEND) await this.completeIfAnswered(r.id, now);
      return Object.assign(t, patch);
    });
    return (await this.taskViews(ctx, [task]))[0];
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
        const reason = offboardedReason(tenant, now, done);
        await tasks.update(
          { id: t.id, status: t.status },
          { status: done ? TaskStatus.FULFILLED : TaskStatus.REJECTED, respondedAt: now, reason },
        );
        if (r.email) {
          // the stored reason stays in English; the person reads it in the request's language
          const lang = mailLang(r.language);
          const told = offboardedReason(tenant, now, done, lang);
          await this.tell(ctx, r, tenant, offboardedAnswer(tenant.name, r, told, done, lang));
        }
        await this.processingLog.append(ctx, {
          tenantId: tenant.id,
          purpose: ProcessingPurpose.DATA_SUBJECT_REQUEST,
          action: 'request.close',
          subjects: 1,
          dataCategories: [DataCategory.REQUEST_DETAILS],
          description: `Data-subject request ${r.reference} (${r.type}) closed because the controller was offboarded; requester told whom to contact`,
        });
        await this.completeIfAnswered(r.id, now);
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
    const forTenant = ctx.forTenant(tenant.id);
    switch (r.type) {
      case RightType.ACCESS:
      case RightType.PORTABILITY: {
        const data = await this.subjectData.collect(forTenant, tenant, email);
        const json = JSON.stringify({ reference: r.reference, ...data }, null, 2);
        const attachment = {
          filename: `${r.reference}-${tenant.slug}.json`,
          contentType: 'application/json',
          content: Buffer.from(json).toString('base64'),
        };
        const lang = mailLang(r.language);
        const readable = r.type === RightType.ACCESS ? this.subjectData.readable(data, lang) : '';
        await this.tell(ctx, r, tenant, dataAnswer(tenant.name, r, readable, lang), [attachment]);
        return;
      }
      case RightType.RECTIFICATION: {
        const { said, n } = await this.rectify(forTenant, email, rectification);
        const lang = mailLang(r.language);
        await this.tell(ctx, r, tenant, rectifiedAnswer(tenant.name, r, correctionsIn(lang, said, n), lang));
        return;
      }
      case RightType.ERASURE:
      case RightType.OBJECTION: {
        const n = await this.subscribers.eraseAddress(
          forTenant,
          email,
          r.type === RightType.ERASURE ? 'erased' : 'objected',
        );
        await this.tell(ctx, r, tenant, erasedAnswer(tenant.name, r, n, mailLang(r.language)));
        return;
      }
      case RightType.RESTRICTION: {
        const n = await this.subscribers.restrictAddress(forTenant, email);
        await this.tell(ctx, r, tenant, restrictedAnswer(tenant.name, r, n, mailLang(r.language)));
        return;
      }
    }
  }

  /** Checks a RECTIFICATION's corrections and applies them to the tenant's subscriptions of the address. */
  private async rectify(
    ctx: RequestContext,
    email: string,
    input: RectificationInput | null,
  ): Promise<{ said: Correction[]; n: number }> {
    if (!input || (input.name == null && input.email == null && input.country == null)) {
      throw new BadInputError(
        'rectification with a name, email or country is required to fulfil a RECTIFICATION request',
        'rectification',
      );
    }
    const patch: Partial<Pick<Subscriber, 'name' | 'country' | 'email'>> = {};
    const said: Correction[] = [];
    if (input.name != null) {
      const name = input.name.trim();
      if (name.length > 200)
        throw new BadInputError('name must be at most 200 characters', 'rectification.name');
      patch.name = name || null;
      said.push(name ? 'nameCorrected' : 'nameRemoved');
    }
    if (input.country != null) {
      patch.country = input.country.trim() ? validCountry(input.country, 'rectification.country') : null;
      said.push('countryCorrected');
    }
    if (input.email != null) {
      patch.email = validEmail(input.email, 'rectification.email');
      said.push('addressCorrected');
    }
    // the records say it in English
    const n = await this.subscribers.rectifyAddress(
      ctx,
      email,
      patch,
      said.map((c) => correctionIn('en', c)),
    );
    return { said, n };
  }

  /**
   * Closes the request once no controller has it open. The count spans every controller's task of
   * this one request (a status, nothing else), so it goes through the cross-tenant door even inside
   * one controller's answer.
   */
  private async completeIfAnswered(requestId: string, now: Date): Promise<void> {
    await this.db
      .crossTenant("request completion: whether any controller's task of this request is still open")
      .transaction(async (em) => {
        if (await em.countBy(DataSubjectTaskRow, { requestId, status: In(OPEN) })) return;
        await em.update(
          DataSubjectRequest,
          { id: requestId, status: RequestStatus.ROUTED },
          { status: RequestStatus.COMPLETED, endedAt: now },
        );
      });
  }

  /** Mails the requester, on the controller's behalf. */
  private async tell(
    ctx: RequestContext,
    r: DataSubjectRequest,
    tenant: Tenant,
    answer: Answer,
    attachments?: Array<{ filename: string; contentType: string; content: string }>,
  ): Promise<void> {
    await this.mail.send(ctx, {
      kind: 'dsr.answer',
      tenantId: tenant.id,
      to: r.email!,
      subject: answer.subject,
      text: answerText(r.reference, answer.lines, mailLang(r.language)),
      attachments,
    });
  }
}
