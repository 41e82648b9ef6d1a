import { EntityManager, In } from 'typeorm';
import type { Database } from '../common/database';
import { ProcessingPurpose } from '../common/enums';
import { newId } from '../common/ids';
import type { CrossTenant } from '../../tenants/cross-tenant';
import type { RequestContext } from '../../tenants/request-context';
import type { MailService } from '../mail/mail.service';
import type { ProcessingLogService, ProcessingRecord } from '../processing/processing-log.service';
import { Tenant } from '../tenants/tenant.entity';
import { BreachIncidentRow, categoriesOf } from './breach-incident.entity';
import { BreachNoticeRow } from './breach-notice.entity';
import type { BreachNoticeWriter } from './breach-notice-writer';
import { assessRisk } from './breach-risk';
import type { Tally } from './breach-tally';
import { BreachDataCategory, BreachStatus } from './breach.enums';

const HOUR = 3_600_000;

/** The incident's row as a chunk reads it under its lock (raw: numbers may come back as text). */
export interface IncidentLock {
  status: BreachStatus;
  analysis_run: number | string;
  hold_notifications: number | boolean;
}

/**
 * The controllers' side of an analysis: each affected tenant's impact row, and its notice (Art.
 * 33(3) texts frozen, marked sent, mailed to the DPO through the outbox), written in the caller's
 * transaction. Shared by the analysis chunks and by the operator's release of held notices.
 */
export class BreachNoticesService {
  private readonly door: CrossTenant;

  constructor(
    private readonly db: Database,
    private readonly mail: MailService,
    private readonly processingLog: ProcessingLogService,
    private readonly writer: BreachNoticeWriter,
  ) {
    this.door = db.crossTenant(
      "breach notices: write and send each affected controller's notice of an incident",
    );
  }

  /**
   * Sets each tenant's impact row (one per tenant and incident: inserted, or overwritten with the
   * same kind of numbers on a rerun), logs the analysis per tenant, and sends the notices unless
   * they are held. A notice already sent is never rewritten: it is what the controller was told.
   */
  async writeImpacts(
    em: EntityManager,
    ctx: RequestContext,
    incident: BreachIncidentRow,
    lock: IncidentLock,
    tallies: Map<string, Tally>,
  ): Promise<void> {
    if (!tallies.size) return;
    await this.door.run(() => this.setImpacts(em, ctx, incident, lock, tallies));
  }

  private async setImpacts(
    em: EntityManager,
    ctx: RequestContext,
    incident: BreachIncidentRow,
    lock: IncidentLock,
    tallies: Map<string, Tally>,
  ): Promise<void> {
    const categories = categoriesOf(incident);
    const tenantIds = [...tallies.keys()];
    const existing = new Map<string, BreachNoticeRow>();
    for (let i = 0; i < tenantIds.length; i += 500) {
      const rows = await em.findBy(BreachNoticeRow, {
        incidentId: incident.id,
        tenantId: In(tenantIds.slice(i, i + 500)),
      });
      for (const r of rows) existing.set(r.tenantId, r);
    }
    const now = new Date();
    const run = Number(lock.analysis_run);
    const fresh: BreachNoticeRow[] = [];
    const unsent: BreachNoticeRow[] = [];
    for (const [tenantId, t] of tallies) {
      const risk = assessRisk(categories, incident.encrypted, t.subjects);
      const counts = {
        run,
        affectedSubjects: t.subjects,
        affectedRecords: t.records,
        affectedLists: t.lists,
        euEeaSubjects: t.euEea,
        unknownCountrySubjects: t.unknown,
        deletedRecordsEstimate: t.deleted,
        riskLevel: risk.level,
        riskReason: risk.reason,
        analyzedAt: now,
      };
      const old = existing.get(tenantId);
      if (old?.notifiedAt) continue;
      if (old) {
        await em.update(BreachNoticeRow, { id: old.id, tenantId }, counts);
        unsent.push(Object.assign(old, counts));
        continue;
      }
      const row = Object.assign(new BreachNoticeRow(), {
        id: newId(),
        tenantId,
        incidentId: incident.id,
        ...counts,
        nature: null,
        likelyConsequences: null,
        measuresTaken: null,
        contact: null,
        notifiedAt: null,
        mailId: null,
        acknowledgedAt: null,
        acknowledgedBy: null,
      });
      fresh.push(row);
      unsent.push(row);
    }
    for (let i = 0; i < fresh.length; i += 200) await em.insert(BreachNoticeRow, fresh.slice(i, i + 200));
    // A justified report (a small email scope is a look-up of who holds those addresses) says in
    // each controller's log what was looked up, for what and at whose request, as inspectSubscribers does.
    const justified = incident.justification
      ? ` for ${ProcessingPurpose.BREACH_RESPONSE}, ${incident.leakedAddresses === null ? 'over its whole scope' : `by looking up ${incident.leakedAddresses} named address(es)`}, reported by operator ${incident.reportedBy}`
      : '';
    await this.processingLog.appendMany(
      ctx,
      [...tallies].map(([tenantId, t]) => ({
        tenantId,
        purpose: ProcessingPurpose.BREACH_RESPONSE,
        action: 'breach.analyze',
        subjects: t.subjects,
        dataCategories: [BreachDataCategory.EMAIL_ADDRESS, BreachDataCategory.COUNTRY],
        description: `Breach ${incident.id} impact counted (run ${run})${justified}: ${t.subjects} data subjects, ${t.records} records on ${t.lists} lists${incident.justification ? `. Justification: ${incident.justification}` : ''}`,
      })),
    );
    if (!Number(lock.hold_notifications)) await this.sendNotices(em, ctx, incident, unsent);
  }

  /**
   * Freezes each notice's Art. 33(3) texts, marks it sent and puts its email to the tenant's DPO in
   * the outbox, all in the caller's transaction (held by the incident's row lock). A notice already
   * sent is skipped: nobody is told twice.
   */
  async sendNotices(
    em: EntityManager,
    ctx: RequestContext,
    incident: BreachIncidentRow,
    notices: BreachNoticeRow[],
  ): Promise<number> {
    if (!notices.length) return 0;
    return this.door.run(() => this.send(em, ctx, incident, notices));
  }

  private async send(
    em: EntityManager,
    ctx: RequestContext,
    incident: BreachIncidentRow,
    notices: BreachNoticeRow[],
  ): Promise<number> {
    const categories = categoriesOf(incident);
    const tenants = new Map<string, Tenant>();
    for (let i = 0; i < notices.length; i += 500) {
      for (const t of await em.findBy(Tenant, { id: In(notices.slice(i, i + 500).map((n) => n.tenantId)) }))
        tenants.set(t.id, t);
    }
    const now = new Date();
    const sent: Array<{ notice: BreachNoticeRow; tenant: Tenant; mail: { subject: string; text: string } }> =
      [];
    for (const notice of notices) {
      const tenant = tenants.get(notice.tenantId);
      if (!tenant) continue;
      const texts = this.writer.texts(incident, categories, notice);
      const r = await em
        .createQueryBuilder()
        .update(BreachNoticeRow)
        .set({ ...texts, notifiedAt: now })
        .where('id = :id AND tenant_id = :t AND notified_at IS NULL', { id: notice.id, t: notice.tenantId })
        .execute();
      if (!r.affected) continue;
      Object.assign(notice, texts, { notifiedAt: now });
      sent.push({ notice, tenant, mail: this.writer.mail(incident, categories, tenant, texts, notice) });
    }
    if (!sent.length) return 0;
    const mailIds = await this.mail.sendMany(
      ctx,
      sent.map(({ tenant, mail }) => ({
        kind: 'breach.notice',
        tenantId: tenant.id,
        to: tenant.dpoEmail,
        subject: mail.subject,
        text: mail.text,
      })),
    );
    for (let i = 0; i < sent.length; i += 200) {
      const part = sent.slice(i, i + 200).map((s, j) => [s.notice.id, mailIds[i + j]] as const);
      await em.query(
        `UPDATE breach_notices SET mail_id = CASE id ${part.map(() => 'WHEN ? THEN ?').join(' ')} END WHERE id IN (${part.map(() => '?').join(', ')})`,
        [...part.flat(), ...part.map(([id]) => id)],
      );
    }
    const delay = (now.getTime() - incident.discoveredAt.getTime()) / HOUR;
    await this.processingLog.appendMany(
      ctx,
      sent.map(({ notice }): ProcessingRecord => ({
        tenantId: notice.tenantId,
        purpose: ProcessingPurpose.BREACH_RESPONSE,
        action: 'breach.notify',
        subjects: notice.affectedSubjects,
        dataCategories: categories,
        description: `Breach ${incident.id} notice (risk ${notice.riskLevel}) sent to the controller's data-protection contact ${delay.toFixed(1)} hours after discovery`,
      })),
    );
    return sent.length;
  }
}
