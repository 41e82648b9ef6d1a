import { In, IsNull, LessThanOrEqual } from 'typeorm';
import { DataCategory } from '../common/data-category';
import type { Database } from '../common/database';
import { ProcessingPurpose, RequestStatus } from '../common/enums';
import type { RequestContext } from '../../tenants/request-context';
import type { MailService } from '../mail/mail.service';
import type { ProcessingLogService } from '../processing/processing-log.service';
import { Tenant } from '../tenants/tenant.entity';
import { DataSubjectRequest } from './data-subject-request.entity';
import { DataSubjectTaskRow } from './data-subject-task.entity';
import type { RequestIntakeService } from './request-intake.service';
import { deadlineMail } from './request.mails';
import {
  KEEP_AFTER_END_MS,
  OPEN,
  withoutPersonalData,
  REMIND_BEFORE_MS,
  STATUS_LINK_GRACE_MS,
  VERIFY_MAIL_INTERVAL_MS,
} from './request.policy';
import { DataSubjectVerifyMail } from './verify-mail.entity';

/** The hourly clock of data-subject requests (the `dsr.maintenance` job in request.jobs.ts). */
export class RequestMaintenanceService {
  constructor(
    private readonly db: Database,
    private readonly mail: MailService,
    private readonly processingLog: ProcessingLogService,
    private readonly intake: RequestIntakeService,
  ) {}

  /** Reminders and overdue flags read and mark every controller's tasks. */
  private get deadlines() {
    return this.db.crossTenant(
      "deadline maintenance: every controller's open tasks that are due soon or overdue",
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
    for (const { h } of stranded) if (await this.intake.mailStranded(ctx, h, now)) mailed++;
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
        { status: RequestStatus.EXPIRED, endedAt: now, verifyTokenHash: null, ...withoutPersonalData(now) },
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
        withoutPersonalData(now),
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
    const open = await this.deadlines.read((em) =>
      em.find(DataSubjectTaskRow, {
        where: { status: In(OPEN), dueAt: LessThanOrEqual(new Date(now.getTime() + REMIND_BEFORE_MS)) },
        take: 1000,
        order: { dueAt: 'ASC' },
      }),
    );
    for (const t of open) {
      const isOverdue = t.dueAt.getTime() <= now.getTime();
      if (isOverdue ? t.overdueAt : t.remindedAt) continue;
      await this.deadlines.transaction(async (em) => {
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
          ...deadlineMail(r, t.dueAt, isOverdue),
        });
        if (isOverdue) overdue++;
        else reminded++;
      });
    }
    return { expired, purged, links, reminded, overdue, mailed };
  }
}
