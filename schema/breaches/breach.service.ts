import type { JobQueue } from '../../workers/job-queue';
import { EntityManager, In, IsNull, Not } from 'typeorm';
import type { Database } from '../common/database';
import { ConflictError, NotFoundError } from '../common/errors';
import { newId } from '../common/ids';
import type { RequestContext } from '../../tenants/request-context';
import type { AddressHasher } from '../common/address-hash';
import { ProcessingPurpose } from '../common/enums';
import type { ProcessingLogService } from '../processing/processing-log.service';
import type { BreachAnalysisService } from './breach-analysis.service';
import { BreachIncidentRow, categoriesOf } from './breach-incident.entity';
import { BreachNoticeRow } from './breach-notice.entity';
import { BreachNoticeWriter } from './breach-notice-writer';
import type { BreachNoticesService } from './breach-notices.service';
import { planAnalysis } from './breach-plan';
import { checkJustification, checkReport, resolveScope, scopeWords } from './breach-report';
import { BreachTimeline } from './breach-timeline';
import type { BreachViews } from './breach-views';
import { BreachEventKind, BreachStatus, BreachDataCategory } from './breach.enums';
import type { ReportBreachInput } from './breach.inputs';
import { BreachIncident, BreachNotice } from './breach.types';

/**
 * Breach response for operators (report, release of held notices, reanalysis, closing) and for
 * tenant users (their notices, acknowledgement). The analysis itself runs in workers
 * (BreachAnalysisService); the operator's views are BreachViews.
 *
 * Scope: where = `allTenants`, or the union of `tenantIds` (whole tenants) and `listIds`; who =
 * everyone there, or only the `emails` given, normalised and matched by keyed hash; `emails` alone
 * means anywhere on the platform. Only subscriptions that existed during the window count:
 * `requested_at <= occurredTo` (rows deleted since are gone), the report's time when the window is open.
 */
export class BreachService {
  private readonly timeline: BreachTimeline;

  constructor(
    private readonly db: Database,
    private readonly analysis: BreachAnalysisService,
    private readonly breachNotices: BreachNoticesService,
    private readonly views: BreachViews,
    private readonly processingLog: ProcessingLogService,
    private readonly hasher: AddressHasher,
    private readonly queue: JobQueue,
  ) {
    this.timeline = new BreachTimeline(db);
  }

  // ------------------------------------------------------------------------------------ reporting

  /** Checks the whole report, stores it with its analysis plan and queues the analysis, in one transaction. */
  async report(ctx: RequestContext, input: ReportBreachInput): Promise<BreachIncident> {
    const now = new Date();
    const { title, description, measures, discoveredAt, occurredFrom, occurredTo, categories } = checkReport(
      input,
      now,
    );
    const { spec, hashes } = await resolveScope(this.db, this.hasher, input);
    const justification = checkJustification(input, hashes);
    const id = newId();
    const row = Object.assign(new BreachIncidentRow(), {
      id,
      title,
      description,
      measuresTaken: measures || null,
      discoveredAt,
      occurredFrom,
      occurredTo,
      windowTo: occurredTo ?? now,
      dataCategories: categories.join(','),
      encrypted: input.encrypted,
      holdNotifications: !!input.holdNotifications,
      scope: JSON.stringify(spec),
      leakedAddresses: hashes ? hashes.length : null,
      justification,
      status: BreachStatus.ANALYZING,
      reportedAt: now,
      reportedBy: ctx.userId,
      analysisRun: 1,
      analysisJobId: null,
      chunksTotal: 0,
      analysisStartedAt: null,
      analyzedAt: null,
      notifiedAt: null,
      closedAt: null,
      affectedSubjects: null,
    } satisfies BreachIncidentRow);

    await this.db.transaction(async (em) => {
      await em.insert(BreachIncidentRow, row);
      if (hashes) {
        await em.query(
          'INSERT INTO breach_leaked_addresses (incident_id, addresses, hashes) VALUES (?, ?, ?)',
          [id, hashes.length, Buffer.from(hashes.join(''), 'hex').toString('base64')],
        );
      }
      const chunks = await planAnalysis(this.db, em, spec, hashes?.length ?? 0);
      await this.db.bulkInsert(
        em,
        'breach_chunks',
        ['incident_id', 'chunk', 'kind', 'spec', 'result', 'done_run'],
        chunks.map((c, i) => [id, i, c.kind, JSON.stringify(c.spec), null, 0]),
        100,
      );
      await this.timeline.event(
        em,
        id,
        BreachEventKind.DISCOVERED,
        'The platform became aware of the breach',
        ctx,
        discoveredAt,
      );
      await this.timeline.event(
        em,
        id,
        BreachEventKind.REPORTED,
        `Reported by an operator; ${scopeWords(spec, hashes?.length ?? null)}${row.holdNotifications ? '; notices held for review' : ''}`,
        ctx,
        now,
      );
      await this.processingLog.append(ctx, {
        tenantId: null,
        purpose: ProcessingPurpose.BREACH_RESPONSE,
        action: 'breach.report',
        subjects: hashes?.length ?? 0,
        dataCategories: categories,
        description: `Breach ${id} reported (${scopeWords(spec, hashes?.length ?? null)}); impact analysis queued in ${chunks.length} chunks${justification ? `. Justification: ${justification}` : ''}`,
      });
      const jobId = await this.analysis.launch(id, 1, chunks.length, ctx.requestId);
      await em.update(BreachIncidentRow, { id }, { analysisJobId: jobId, chunksTotal: chunks.length });
    });
    return this.views.get(ctx, id);
  }

  // ------------------------------------------------------------------------------------ operator actions

  /** Sends every held notice of the current analysis (each at most once) and stops holding the rest. */
  async notify(ctx: RequestContext, id: string): Promise<BreachIncident> {
    const door = this.db.crossTenant(
      "operator action: release an incident's held notices to every affected controller",
    );
    await door.transaction(async (em) => {
      const incident = await this.locked(em, id);
      if (incident.status === BreachStatus.CLOSED) throw new ConflictError('The incident is closed');
      const held = await em.find(BreachNoticeRow, {
        where: { incidentId: id, run: incident.analysisRun, notifiedAt: IsNull() },
      });
      const sent = await this.breachNotices.sendNotices(em, ctx, incident, held);
      const now = new Date();
      const patch: Partial<BreachIncidentRow> = { holdNotifications: false };
      if (incident.status === BreachStatus.ANALYZED) {
        const [last] = await em.query(
          'SELECT MAX(notified_at) AS last FROM breach_notices WHERE incident_id = ?',
          [id],
        );
        Object.assign(patch, { status: BreachStatus.NOTIFIED, notifiedAt: this.db.date(last?.last) ?? now });
      }
      await em.update(BreachIncidentRow, { id }, patch);
      if (sent || incident.holdNotifications) {
        await this.timeline.event(
          em,
          id,
          BreachEventKind.NOTICES_RELEASED,
          incident.status === BreachStatus.ANALYZING
            ? `${sent} held notice(s) sent; the rest go out as the analysis counts them`
            : `${sent} held notice(s) sent`,
          ctx,
          now,
        );
      }
    });
    return this.views.get(ctx, id);
  }

  /** Runs the analysis again over the same chunks (same numbers for the same data); notices already sent stay as sent. */
  async reanalyze(ctx: RequestContext, id: string): Promise<BreachIncident> {
    await this.db.transaction(async (em) => {
      const incident = await this.locked(em, id);
      if (incident.status === BreachStatus.CLOSED) throw new ConflictError('The incident is closed');
      if (incident.status === BreachStatus.ANALYZING && incident.analysisJobId) {
        const job = (await this.queue.status([incident.analysisJobId])).get(incident.analysisJobId);
        if (job && job.state !== 'dead') throw new ConflictError('The analysis is still running');
      }
      const run = incident.analysisRun + 1;
      await em.update(
        BreachIncidentRow,
        { id },
        {
          status: BreachStatus.ANALYZING,
          analysisRun: run,
          analysisStartedAt: null,
          analyzedAt: null,
          notifiedAt: null,
          affectedSubjects: null,
        },
      );
      await em.query('UPDATE breach_chunks SET result = NULL WHERE incident_id = ?', [id]);
      await this.timeline.event(
        em,
        id,
        BreachEventKind.REANALYSIS_REQUESTED,
        `Reanalysis requested (run ${run})`,
        ctx,
      );
      await this.processingLog.append(ctx, {
        tenantId: null,
        purpose: ProcessingPurpose.BREACH_RESPONSE,
        action: 'breach.reanalyze',
        subjects: 0,
        dataCategories: categoriesOf(incident),
        description: `Breach ${id} impact analysis queued again (run ${run}) in ${incident.chunksTotal} chunks`,
      });
      const jobId = await this.analysis.launch(id, run, incident.chunksTotal, ctx.requestId);
      await em.update(BreachIncidentRow, { id }, { analysisJobId: jobId });
    });
    return this.views.get(ctx, id);
  }

  /** Closes an analysed incident once every affected controller has its notice; the leaked-address hashes are deleted. */
  async close(ctx: RequestContext, id: string): Promise<BreachIncident> {
    const door = this.db.crossTenant(
      "operator action: close an incident once every affected controller's notice is sent",
    );
    await door.transaction(async (em) => {
      const incident = await this.locked(em, id);
      if (incident.status === BreachStatus.CLOSED) return;
      if (incident.status === BreachStatus.ANALYZING)
        throw new ConflictError('The analysis is still running; close the incident once it is done');
      const [{ n }] = await em.query(
        'SELECT COUNT(*) AS n FROM breach_notices WHERE incident_id = ? AND notified_at IS NULL',
        [id],
      );
      if (Number(n))
        throw new ConflictError(
          `${Number(n)} notice(s) are still held: send them with notifyBreach before closing`,
        );
      const now = new Date();
      await em.update(BreachIncidentRow, { id }, { status: BreachStatus.CLOSED, closedAt: now });
      await em.query('DELETE FROM breach_leaked_addresses WHERE incident_id = ?', [id]);
      await this.timeline.event(em, id, BreachEventKind.CLOSED, 'Incident closed', ctx, now);
      await this.processingLog.append(ctx, {
        tenantId: null,
        purpose: ProcessingPurpose.BREACH_RESPONSE,
        action: 'breach.close',
        subjects: incident.leakedAddresses ?? 0,
        dataCategories: incident.leakedAddresses ? [BreachDataCategory.EMAIL_ADDRESS] : [],
        description: incident.leakedAddresses
          ? `Breach ${id} closed; the keyed hashes of ${incident.leakedAddresses} leaked addresses deleted`
          : `Breach ${id} closed`,
      });
    });
    return this.views.get(ctx, id);
  }

  private async locked(em: EntityManager, id: string): Promise<BreachIncidentRow> {
    const [row] = await em.query(`SELECT id FROM breach_incidents WHERE id = ?${this.db.forUpdate}`, [id]);
    if (!row) throw new NotFoundError('Breach incident');
    return em.findOneByOrFail(BreachIncidentRow, { id });
  }

  // ------------------------------------------------------------------------------------ tenant users

  private notices(ctx: RequestContext) {
    return this.db.forTenant(ctx).repo(BreachNoticeRow, 'Breach notice');
  }

  /** The tenant's notices, newest first; held notices do not exist for the tenant yet. */
  async tenantNotices(ctx: RequestContext): Promise<BreachNotice[]> {
    const rows = await this.notices(ctx).find(
      { notifiedAt: Not(IsNull()) },
      { order: { notifiedAt: 'DESC', id: 'DESC' } },
    );
    return this.noticeViews(rows);
  }

  /** Records that the controller has the notice (once; a repeat changes nothing). Another tenant's is NOT_FOUND. */
  async acknowledge(ctx: RequestContext, id: string): Promise<BreachNotice> {
    const notices = this.notices(ctx);
    const row = await notices.findOne({ id });
    if (!row || !row.notifiedAt) throw new NotFoundError('Breach notice');
    if (!row.acknowledgedAt)
      await notices.update(
        { id, acknowledgedAt: IsNull() },
        { acknowledgedAt: new Date(), acknowledgedBy: ctx.userId },
      );
    return (await this.noticeViews([await notices.get(id)]))[0];
  }

  private async noticeViews(rows: BreachNoticeRow[]): Promise<BreachNotice[]> {
    if (!rows.length) return [];
    const incidents = new Map(
      (
        await this.db.read((em) =>
          em.findBy(BreachIncidentRow, { id: In([...new Set(rows.map((r) => r.incidentId))]) }),
        )
      ).map((i) => [i.id, i]),
    );
    return rows.map((r) => {
      const i = incidents.get(r.incidentId)!;
      return Object.assign(new BreachNotice(), {
        id: r.id,
        incidentId: r.incidentId,
        title: i.title,
        nature: r.nature ?? '',
        dataCategories: categoriesOf(i),
        affectedSubjects: r.affectedSubjects,
        affectedRecords: r.affectedRecords,
        affectedLists: r.affectedLists,
        euEeaSubjects: r.euEeaSubjects,
        unknownCountrySubjects: r.unknownCountrySubjects,
        deletedRecordsEstimate: r.deletedRecordsEstimate,
        likelyConsequences: r.likelyConsequences ?? '',
        measuresTaken: r.measuresTaken ?? '',
        contact: r.contact ?? '',
        riskLevel: r.riskLevel,
        riskReason: r.riskReason,
        encrypted: !!i.encrypted,
        discoveredAt: i.discoveredAt,
        occurredFrom: i.occurredFrom,
        occurredTo: i.occurredTo,
        controllerDeadline: BreachNoticeWriter.deadline(i),
        notifiedAt: r.notifiedAt!,
        acknowledgedAt: r.acknowledgedAt,
      });
    });
  }
}
