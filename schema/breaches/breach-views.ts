import DataLoader from 'dataloader';
import { In } from 'typeorm';
import type { Database } from '../common/database';
import { NotFoundError } from '../common/errors';
import type { CrossTenant } from '../../tenants/cross-tenant';
import type { RequestContext } from '../../tenants/request-context';
import type { JobQueue } from '../../workers/job-queue';
import { ProgressView } from '../subscribers/import.types';
import { Tenant } from '../tenants/tenant.entity';
import { BreachEventRow } from './breach-event.entity';
import { BreachIncidentRow, BreachScopeSpec, categoriesOf } from './breach-incident.entity';
import { BreachNoticeRow } from './breach-notice.entity';
import { BreachNoticeWriter, CONTROLLER_HOURS } from './breach-notice-writer';
import { BreachEventKind, BreachStatus, RiskLevel } from './breach.enums';
import { BreachEvent, BreachImpact, BreachIncident, BreachScope } from './breach.types';

/** the most incidents `breachIncidents` lists (newest first) */
export const MAX_INCIDENTS = 500;
const HOUR = 3_600_000;

interface ImpactData {
  notices: BreachNoticeRow[];
  tenants: Map<string, Tenant>;
  mailStates: Map<string, string>;
}

const round = (n: number) => Math.round(n * 100) / 100;

/**
 * The operator's views of incidents: the list, one incident with its progress and notice counts,
 * its impacts per controller and its timeline, batched per request (DataLoader) so the statements
 * do not grow with the number of incidents shown.
 */
export class BreachViews {
  private readonly impactLoaders = new WeakMap<RequestContext, DataLoader<string, ImpactData>>();
  private readonly eventLoaders = new WeakMap<RequestContext, DataLoader<string, BreachEventRow[]>>();
  private readonly door: CrossTenant;

  constructor(
    private readonly db: Database,
    private readonly queue: JobQueue,
  ) {
    this.door = db.crossTenant("operator view: every affected controller's breach notices of an incident");
  }

  async list(_ctx: RequestContext, status?: BreachStatus | null): Promise<BreachIncident[]> {
    const rows = await this.db.read((em) =>
      em.find(BreachIncidentRow, {
        where: status ? { status } : {},
        order: { reportedAt: 'DESC', id: 'DESC' },
        take: MAX_INCIDENTS,
      }),
    );
    return this.views(rows);
  }

  async find(_ctx: RequestContext, id: string): Promise<BreachIncident | null> {
    const row = await this.db.read((em) => em.findOneBy(BreachIncidentRow, { id }));
    return row ? (await this.views([row]))[0] : null;
  }

  async get(ctx: RequestContext, id: string): Promise<BreachIncident> {
    const incident = await this.find(ctx, id);
    if (!incident) throw new NotFoundError('Breach incident');
    return incident;
  }

  /** Incident views with their progress and notice counts: three queries whatever their number. */
  private async views(rows: BreachIncidentRow[]): Promise<BreachIncident[]> {
    if (!rows.length) return [];
    const ids = rows.map((r) => r.id);
    const marks = ids.map(() => '?').join(', ');
    const jobIds = rows.map((r) => r.analysisJobId).filter((j): j is string => !!j);
    const jobs = new Map<string, { done: number; total: number; dead: boolean }>();
    for (const [id, j] of await this.queue.status(jobIds))
      jobs.set(id, { done: j.chunksDone, total: j.chunksTotal, dead: j.state === 'dead' });
    const stats = new Map<string, Record<string, unknown>>();
    for (const s of await this.door.query(
      `SELECT incident_id, COUNT(*) AS controllers, SUM(affected_records) AS records,
              SUM(CASE WHEN notified_at IS NULL THEN 0 ELSE 1 END) AS sent, SUM(CASE WHEN acknowledged_at IS NULL THEN 0 ELSE 1 END) AS acked,
              MAX(CASE risk_level WHEN 'HIGH' THEN 3 WHEN 'RISK' THEN 2 ELSE 1 END) AS risk
         FROM breach_notices WHERE incident_id IN (${marks}) GROUP BY incident_id`,
      ids,
    )) {
      stats.set(s.incident_id, s);
    }
    const now = Date.now();
    return rows.map((r) => {
      const s = stats.get(r.id);
      const job = r.analysisJobId ? jobs.get(r.analysisJobId) : undefined;
      const spec = JSON.parse(r.scope) as BreachScopeSpec;
      const done = r.status !== BreachStatus.ANALYZING;
      const end =
        r.notifiedAt ??
        (r.status === BreachStatus.NOTIFIED || r.status === BreachStatus.CLOSED
          ? (r.analyzedAt ?? r.closedAt)
          : null);
      const used = ((end ? end.getTime() : now) - r.discoveredAt.getTime()) / HOUR;
      const risk = s ? [RiskLevel.UNLIKELY, RiskLevel.RISK, RiskLevel.HIGH][Number(s.risk) - 1] : null;
      return Object.assign(new BreachIncident(), {
        id: r.id,
        title: r.title,
        description: r.description,
        status: r.status,
        discoveredAt: r.discoveredAt,
        controllerDeadline: BreachNoticeWriter.deadline(r),
        reportedAt: r.reportedAt,
        occurredFrom: r.occurredFrom,
        occurredTo: r.occurredTo,
        dataCategories: categoriesOf(r),
        encrypted: !!r.encrypted,
        holdNotifications: !!r.holdNotifications,
        measuresTaken: r.measuresTaken,
        justification: r.justification,
        scope: Object.assign(new BreachScope(), {
          allTenants: spec.allTenants,
          tenantIds: spec.tenantIds,
          listIds: spec.listIds,
          leakedAddresses: r.leakedAddresses,
        }),
        // The job row is purged a week after it is done; by then every chunk is.
        progress: Object.assign(
          new ProgressView(),
          job
            ? { processed: job.done, total: job.total }
            : { processed: done ? r.chunksTotal : 0, total: r.chunksTotal },
        ),
        analysisError:
          r.status === BreachStatus.ANALYZING && job?.dead
            ? 'A chunk of the analysis failed after its last attempt (see the job queue); reanalyzeBreach runs it again'
            : null,
        affectedControllers: Number(s?.controllers ?? 0),
        affectedSubjects: r.affectedSubjects ?? 0,
        affectedRecords: Number(s?.records ?? 0),
        riskLevel: risk ?? null,
        noticesSent: Number(s?.sent ?? 0),
        noticesAcknowledged: Number(s?.acked ?? 0),
        analysisStartedAt: r.analysisStartedAt,
        analyzedAt: r.analyzedAt,
        notifiedAt: r.notifiedAt,
        closedAt: r.closedAt,
        platformDelayHours: round(used),
        controllerHoursLeft: round(CONTROLLER_HOURS - used),
      });
    });
  }

  /** An incident's impacts, largest first (batched per request). */
  async impacts(ctx: RequestContext, incident: BreachIncident): Promise<BreachImpact[]> {
    let loader = this.impactLoaders.get(ctx);
    if (!loader)
      this.impactLoaders.set(
        ctx,
        (loader = new DataLoader((ids: readonly string[]) => this.loadImpacts(ids))),
      );
    const { notices, tenants, mailStates } = await loader.load(incident.id);
    return notices
      .map((n) =>
        Object.assign(new BreachImpact(), {
          noticeId: n.id,
          tenant: tenants.get(n.tenantId)!,
          affectedSubjects: n.affectedSubjects,
          affectedRecords: n.affectedRecords,
          affectedLists: n.affectedLists,
          euEeaSubjects: n.euEeaSubjects,
          unknownCountrySubjects: n.unknownCountrySubjects,
          deletedRecordsEstimate: n.deletedRecordsEstimate,
          riskLevel: n.riskLevel,
          riskReason: n.riskReason,
          analyzedAt: n.analyzedAt,
          notifiedAt: n.notifiedAt,
          platformDelayHours: n.notifiedAt
            ? round((n.notifiedAt.getTime() - incident.discoveredAt.getTime()) / HOUR)
            : null,
          emailState: n.mailId ? (mailStates.get(n.mailId) ?? null) : null,
          acknowledgedAt: n.acknowledgedAt,
        }),
      )
      .filter((i) => i.tenant)
      .sort(
        (a, b) =>
          b.affectedSubjects - a.affectedSubjects ||
          a.tenant.name.localeCompare(b.tenant.name) ||
          a.tenant.id.localeCompare(b.tenant.id),
      );
  }

  private async loadImpacts(ids: readonly string[]): Promise<ImpactData[]> {
    return this.door.read(async (em) => {
      const notices = await em.findBy(BreachNoticeRow, { incidentId: In([...ids]) });
      const tenants = new Map<string, Tenant>();
      const tenantIds = [...new Set(notices.map((n) => n.tenantId))];
      for (let i = 0; i < tenantIds.length; i += 1000)
        for (const t of await em.findBy(Tenant, { id: In(tenantIds.slice(i, i + 1000)) }))
          tenants.set(t.id, t);
      const mailStates = new Map<string, string>();
      const mailIds = notices.map((n) => n.mailId).filter((m): m is string => !!m);
      for (let i = 0; i < mailIds.length; i += 1000) {
        const part = mailIds.slice(i, i + 1000);
        for (const m of await em.query(
          `SELECT id, state FROM outbound_mail WHERE id IN (${part.map(() => '?').join(', ')})`,
          part,
        ))
          mailStates.set(m.id, m.state);
      }
      return ids.map((id) => ({ notices: notices.filter((n) => n.incidentId === id), tenants, mailStates }));
    });
  }

  /** The incident's timeline (Art. 33(5) documentation): its own steps and every notice sent and acknowledged. */
  async timeline(ctx: RequestContext, incident: BreachIncident): Promise<BreachEvent[]> {
    let loader = this.eventLoaders.get(ctx);
    if (!loader) {
      this.eventLoaders.set(
        ctx,
        (loader = new DataLoader(async (ids: readonly string[]) => {
          const rows = await this.db.read((em) =>
            em.find(BreachEventRow, { where: { incidentId: In([...ids]) }, order: { at: 'ASC', id: 'ASC' } }),
          );
          return ids.map((id) => rows.filter((r) => r.incidentId === id));
        })),
      );
    }
    const [events, impacts] = await Promise.all([loader.load(incident.id), this.impacts(ctx, incident)]);
    const out: BreachEvent[] = events.map((e) =>
      Object.assign(new BreachEvent(), { at: e.at, kind: e.kind, tenant: null, detail: e.detail }),
    );
    for (const i of impacts) {
      if (i.notifiedAt) {
        out.push(
          Object.assign(new BreachEvent(), {
            at: i.notifiedAt,
            kind: BreachEventKind.NOTICE_SENT,
            tenant: i.tenant,
            detail: `Notice (risk ${i.riskLevel}) sent to the controller's data-protection contact, ${i.platformDelayHours} hours after discovery`,
          }),
        );
      }
      if (i.acknowledgedAt)
        out.push(
          Object.assign(new BreachEvent(), {
            at: i.acknowledgedAt,
            kind: BreachEventKind.NOTICE_ACKNOWLEDGED,
            tenant: i.tenant,
            detail: 'The controller acknowledged the notice',
          }),
        );
    }
    const order = Object.values(BreachEventKind);
    return out.sort(
      (a, b) => a.at.getTime() - b.at.getTime() || order.indexOf(a.kind) - order.indexOf(b.kind),
    );
  }
}
