import { randomBytes } from 'node:crypto';
import { In } from 'typeorm';
import type { AddressHasher } from '../common/address-hash';
import { DataCategory } from '../common/data-category';
import type { Database } from '../common/database';
import { ProcessingPurpose, RequestStatus, TaskStatus, TenantStatus } from '../common/enums';
import { newId } from '../common/ids';
import type { JobRun } from '../../workers/job-handler';
import type { MailService } from '../mail/mail.service';
import type { ProcessingLogService } from '../processing/processing-log.service';
import { Tenant } from '../tenants/tenant.entity';
import { addCalendarMonths } from './calendar';
import { DataSubjectRequest } from './data-subject-request.entity';
import { DataSubjectTaskRow } from './data-subject-task.entity';
import { day, mailLang, noDataMail, routedMail, taskMail } from './request.mails';
import { DAY, sha256, STATUS_LINK_GRACE_MS, STATUS_LINK_MONTHS, withoutPersonalData } from './request.policy';

/** Every (tenant, list) holding one keyed address hash: through `ix_subscribers_address_hash`, never a scan. */
export const HOLDINGS_SQL = `SELECT s.tenant_id, l.name, COUNT(*) AS n FROM subscribers s
  JOIN mailing_lists l ON l.id = s.list_id AND l.tenant_id = s.tenant_id
  WHERE s.address_hash = ? GROUP BY s.tenant_id, l.name`;

const held = (tenants: number) => (tenants ? `routed to ${tenants} controller(s)` : 'no data held');

/**
 * Routing a verified request to every controller that holds the address. It looks the address up
 * by its keyed hash (`subscribers.address_hash`, indexed), never by scanning, and creates one task
 * per tenant in one transaction with the job's completion; a unique (tenant, request) index makes a
 * second run unable to add a duplicate.
 */
export class RequestRoutingService {
  constructor(
    private readonly db: Database,
    private readonly mail: MailService,
    private readonly processingLog: ProcessingLogService,
    private readonly hasher: AddressHasher,
    private readonly publicUrl: string,
  ) {}

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
        await this.db
          .crossTenant('routing: the verified request becomes a task of each controller holding the address')
          .forTenant(h.tenant.id)
          .repo(DataSubjectTaskRow)
          .insert({
            id: newId(),
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
          ...taskMail(request, { records: h.records, lists: h.lists.length }),
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
              ...withoutPersonalData(now),
            },
      );
      await this.mail.send(run.ctx, {
        kind: held ? 'dsr.routed' : 'dsr.no-data',
        tenantId: null,
        to: request.email!,
        ...(held
          ? routedMail(
              request,
              holdings.map((h) => h.tenant.name),
              statusUrl,
              STATUS_LINK_GRACE_MS / DAY,
              statusExpiresAt,
              mailLang(request.language),
            )
          : noDataMail(
              request,
              statusUrl,
              new Date(now.getTime() + STATUS_LINK_GRACE_MS),
              mailLang(request.language),
            )),
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
    const rows: Array<{ tenant_id: string; name: string; n: number | string }> = await this.db
      .crossTenant('routing: every tenant holding the keyed address hash')
      .query(HOLDINGS_SQL, [addressHash]);
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
}
