import type { JobQueue } from '../../workers/job-queue';
import DataLoader from 'dataloader';
import { EntityManager, In, IsNull, Not } from 'typeorm';
import type { Database } from '../common/database';
import { BadInputError, ConflictError, NotFoundError } from '../common/errors';
import { newId } from '../common/ids';
import type { RequestContext } from '../../tenants/request-context';
import type { AddressHasher } from '../common/address-hash';
import { csvCell } from '../common/csv';
import { normalizeEmail, requiredText, validEmail } from '../common/email';
import { ProcessingPurpose } from '../common/enums';
import {
  JUSTIFICATION_MIN_LENGTH,
  JUSTIFICATION_MIN_WORDS,
  validJustification,
} from '../processing/justification';
import type { ProcessingLogService } from '../processing/processing-log.service';
import { Tenant } from '../tenants/tenant.entity';
import { BreachAnalysisService, categoriesOf } from './breach-analysis.service';
import { BreachEventRow } from './breach-event.entity';
import { BreachIncidentRow, BreachScopeSpec } from './breach-incident.entity';
import { BreachNoticeRow } from './breach-notice.entity';
import { BreachNoticeWriter, CONTROLLER_HOURS } from './breach-notice-writer';
import { BreachEventKind, BreachStatus, BreachDataCategory, RiskLevel } from './breach.enums';
import type { ReportBreachInput } from './breach.inputs';
import { ProgressView } from '../subscribers/import.types';
import { BreachEvent, BreachImpact, BreachIncident, BreachNotice, BreachScope } from './breach.types';

/** the most leaked addresses one report takes (the operator's request body may then be up to 16 MiB) */
export const MAX_LEAKED_ADDRESSES = 200_000;
/** the most tenant ids, and the most list ids, one scope names */
export const MAX_SCOPE_IDS = 10_000;
/**
 * An email scope of fewer distinct (normalised) addresses than this needs a written justification.
 * Such a report is a look-up: its impacts say which controllers hold those addresses, for one
 * address as plainly as `inspectSubscribers` does, so it is held to the same rule
 * (`validJustification`) and the justification goes into the processing log of every controller
 * the analysis finds. A leak list of this size or more, and a scope of whole tenants or lists, is
 * breach response as it comes and needs none.
 */
export const JUSTIFIED_SCOPE_ADDRESSES = 100;
/** the most incidents `breachIncidents` lists (newest first) */
export const MAX_INCIDENTS = 500;
/** a time "in the future" only beyond this much clock difference between caller and server */
const CLOCK_SKEW_MS = 60_000;
const HOUR = 3_600_000;
const MAX_DESCRIPTION = 10_000;
const MAX_MEASURES = 5_000;

const positions = (idx: number[]) =>
  `${idx.slice(0, 10).join(', ')}${idx.length > 10 ? ` and ${idx.length - 10} more` : ''}`;

interface ImpactData {
  notices: BreachNoticeRow[];
  tenants: Map<string, Tenant>;
  mailStates: Map<string, string>;
}

/**
 * Breach response for operators (report, views, release of held notices, reanalysis, closing,
 * CSV export) and for tenant users (their notices, acknowledgement). The analysis itself runs in
 * workers (BreachAnalysisService).
 *
 * Scope: where = `allTenants`, or the union of `tenantIds` (whole tenants) and `listIds`; who =
 * everyone there, or only the `emails` given, normalised and matched by keyed hash; `emails` alone
 * means anywhere on the platform. Only subscriptions that existed during the window count:
 * `requested_at <= occurredTo` (rows deleted since are gone), the report's time when the window is open.
 */
export class BreachService {
  private readonly impactLoaders = new WeakMap<RequestContext, DataLoader<string, ImpactData>>();
  private readonly eventLoaders = new WeakMap<RequestContext, DataLoader<string, BreachEventRow[]>>();

  constructor(
    private readonly db: Database,
    private readonly analysis: BreachAnalysisService,
    private readonly processingLog: ProcessingLogService,
    private readonly hasher: AddressHasher,
    private readonly queue: JobQueue,
  ) {}

  // ------------------------------------------------------------------------------------ reporting

  /** Checks the whole report, stores it with its analysis plan and queues the analysis, in one transaction. */
  async report(ctx: RequestContext, input: ReportBreachInput): Promise<BreachIncident> {
    const now = new Date();
    const title = requiredText(input.title, 'title', 200);
    const description = requiredText(input.description, 'description', MAX_DESCRIPTION);
    const measures = (input.measuresTaken ?? '').trim();
    if (measures.length > MAX_MEASURES)
      throw new BadInputError(`measuresTaken must be at most ${MAX_MEASURES} characters`, 'measuresTaken');
    const { discoveredAt, occurredFrom = null, occurredTo = null } = input;
    if (!(discoveredAt instanceof Date) || Number.isNaN(discoveredAt.getTime()))
      throw new BadInputError('discoveredAt must be a date and time', 'discoveredAt');
    if (discoveredAt.getTime() > now.getTime() + CLOCK_SKEW_MS)
      throw new BadInputError('discoveredAt must not be in the future', 'discoveredAt');
    if (occurredFrom && occurredTo && occurredFrom.getTime() > occurredTo.getTime())
      throw new BadInputError('occurredFrom must not be after occurredTo', 'occurredFrom');
    if (occurredFrom && occurredFrom.getTime() > discoveredAt.getTime()) {
      throw new BadInputError(
        'occurredFrom must not be after discoveredAt: a breach cannot be discovered before it began',
        'occurredFrom',
      );
    }
    if (occurredTo && occurredTo.getTime() > now.getTime() + CLOCK_SKEW_MS) {
      throw new BadInputError(
        'occurredTo must not be in the future; leave it empty while the breach is not contained',
        'occurredTo',
      );
    }
    const categories = [...new Set(input.dataCategories ?? [])]
      .filter((c) => Object.values(BreachDataCategory).includes(c))
      .sort();
    if (!categories.length)
      throw new BadInputError(
        'dataCategories must name at least one category of personal data',
        'dataCategories',
      );
    if (typeof input.encrypted !== 'boolean')
      throw new BadInputError('encrypted must be true or false', 'encrypted');

    const { spec, hashes } = await this.resolveScope(input);
    const justification = this.justification(input, hashes);
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
      const chunks = await this.analysis.plan(em, spec, hashes?.length ?? 0);
      await this.db.bulkInsert(
        em,
        'breach_chunks',
        ['incident_id', 'chunk', 'kind', 'spec', 'result', 'done_run'],
        chunks.map((c, i) => [id, i, c.kind, JSON.stringify(c.spec), null, 0]),
        100,
      );
      await this.analysis.event(
        em,
        id,
        BreachEventKind.DISCOVERED,
        'The platform became aware of the breach',
        ctx,
        discoveredAt,
      );
      await this.analysis.event(
        em,
        id,
        BreachEventKind.REPORTED,
        `Reported by an operator; ${this.scopeWords(spec, hashes?.length ?? null)}${row.holdNotifications ? '; notices held for review' : ''}`,
        ctx,
        now,
      );
      await this.processingLog.append(ctx, {
        tenantId: null,
        purpose: ProcessingPurpose.BREACH_RESPONSE,
        action: 'breach.report',
        subjects: hashes?.length ?? 0,
        dataCategories: categories,
        description: `Breach ${id} reported (${this.scopeWords(spec, hashes?.length ?? null)}); impact analysis queued in ${chunks.length} chunks${justification ? `. Justification: ${justification}` : ''}`,
      });
      const jobId = await this.analysis.launch(id, 1, chunks.length, ctx.requestId);
      await em.update(BreachIncidentRow, { id }, { analysisJobId: jobId, chunksTotal: chunks.length });
    });
    return this.get(ctx, id);
  }

  /**
   * The report's justification, checked; required for an email scope of fewer than
   * JUSTIFIED_SCOPE_ADDRESSES distinct addresses (BAD_USER_INPUT before anything is stored). One
   * given where none is needed is checked and kept all the same: it goes into the log.
   */
  private justification(input: ReportBreachInput, hashes: string[] | null): string | null {
    const given = typeof input.justification === 'string' ? input.justification.trim() : '';
    const needed = !!hashes && hashes.length < JUSTIFIED_SCOPE_ADDRESSES;
    if (needed && !given) {
      throw new BadInputError(
        `justification is required when scope.emails holds fewer than ${JUSTIFIED_SCOPE_ADDRESSES} distinct addresses: ` +
          `the report shows which controllers hold them, so say why, in at least ${JUSTIFICATION_MIN_LENGTH} characters and ` +
          `${JUSTIFICATION_MIN_WORDS} real words (e.g. "Incident 2026-14: leak list from the compromised partner mailbox"); ` +
          'it is kept in the processing log of every controller the analysis finds',
        'justification',
      );
    }
    return given ? validJustification(given) : null;
  }

  private scopeWords(spec: BreachScopeSpec, leaked: number | null): string {
    const where = spec.allTenants
      ? 'all tenants'
      : spec.everywhere
        ? 'the whole platform'
        : `${spec.tenantIds.length} tenant(s) and ${spec.listIds.length} list(s)`;
    return leaked === null
      ? `scope: everyone in ${where}`
      : `scope: ${leaked} leaked address(es) in ${where}`;
  }

  /** The scope's where and who, checked: every id known, every address well formed, nothing empty. */
  private async resolveScope(
    input: ReportBreachInput,
  ): Promise<{ spec: BreachScopeSpec; hashes: string[] | null }> {
    const scope = input.scope;
    if (!scope) throw new BadInputError('scope is required', 'scope');
    const allTenants = !!scope.allTenants;
    const givenTenants = scope.tenantIds ?? [];
    const givenLists = scope.listIds ?? [];
    const tenantIds = [...new Set(givenTenants)];
    const listIds = [...new Set(givenLists)];
    const emails = scope.emails ?? [];
    if (allTenants && (tenantIds.length || listIds.length))
      throw new BadInputError('scope: allTenants cannot be combined with tenantIds or listIds', 'scope');
    if (!allTenants && !tenantIds.length && !listIds.length && !emails.length) {
      throw new BadInputError(
        'scope is empty: set allTenants, or give tenantIds, listIds or emails',
        'scope',
      );
    }
    if (tenantIds.length > MAX_SCOPE_IDS)
      throw new BadInputError(`scope.tenantIds may name at most ${MAX_SCOPE_IDS} tenants`, 'scope.tenantIds');
    if (listIds.length > MAX_SCOPE_IDS)
      throw new BadInputError(`scope.listIds may name at most ${MAX_SCOPE_IDS} lists`, 'scope.listIds');
    if (emails.length > MAX_LEAKED_ADDRESSES) {
      throw new BadInputError(
        `scope.emails may hold at most ${MAX_LEAKED_ADDRESSES} addresses; split a larger list over several reports`,
        'scope.emails',
      );
    }

    // Refused whole rather than skipped: a leak list the operator believes complete should not
    // silently lose lines. Positions only: the error never repeats what was sent.
    const bad: number[] = [];
    const normalised = new Set<string>();
    emails.forEach((raw, i) => {
      try {
        normalised.add(validEmail(typeof raw === 'string' ? raw : ''));
      } catch {
        bad.push(i);
      }
    });
    if (bad.length)
      throw new BadInputError(
        `scope.emails: ${bad.length} entr${bad.length === 1 ? 'y is' : 'ies are'} not a valid email address (positions ${positions(bad)})`,
        'scope.emails',
      );

    const tenants: Record<string, string[] | null> = {};
    if (tenantIds.length) {
      const known = new Set<string>();
      for (let i = 0; i < tenantIds.length; i += 1000) {
        const part = tenantIds.slice(i, i + 1000);
        for (const r of await this.db.query<Array<{ id: string }>>(
          `SELECT id FROM tenants WHERE id IN (${part.map(() => '?').join(', ')})`,
          part,
        ))
          known.add(r.id);
      }
      const unknown = givenTenants.map((t, i) => (known.has(t) ? -1 : i)).filter((i) => i >= 0);
      if (unknown.length)
        throw new BadInputError(
          `scope.tenantIds: ${unknown.length} unknown tenant id(s) (positions ${positions(unknown)})`,
          'scope.tenantIds',
        );
      for (const t of tenantIds) tenants[t] = null;
    }
    if (listIds.length) {
      const owner = new Map<string, string>();
      for (let i = 0; i < listIds.length; i += 1000) {
        const part = listIds.slice(i, i + 1000);
        for (const r of await this.db.query<Array<{ id: string; tenant_id: string }>>(
          `SELECT id, tenant_id FROM mailing_lists WHERE id IN (${part.map(() => '?').join(', ')})`,
          part,
        )) {
          owner.set(r.id, r.tenant_id);
        }
      }
      const unknown = givenLists.map((l, i) => (owner.has(l) ? -1 : i)).filter((i) => i >= 0);
      if (unknown.length)
        throw new BadInputError(
          `scope.listIds: ${unknown.length} unknown list id(s) (positions ${positions(unknown)})`,
          'scope.listIds',
        );
      for (const l of listIds) {
        const t = owner.get(l)!;
        // A tenant taken whole already covers its lists.
        if (tenants[t] === null) continue;
        (tenants[t] ??= []).push(l);
      }
    }
    const everywhere = allTenants || (!tenantIds.length && !listIds.length);
    const hashes = emails.length
      ? [...new Set([...normalised].map((e) => this.hasher.platform(normalizeEmail(e))))].sort()
      : null;
    return { spec: { everywhere, allTenants, tenantIds, listIds, tenants }, hashes };
  }

  // ------------------------------------------------------------------------------------ operator views

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
    for (const s of await this.db.query(
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
    return this.db.read(async (em) => {
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

  /** The impacts as CSV (operator export): one row per controller, largest first, safe to open in a spreadsheet. */
  async impactsCsv(ctx: RequestContext, id: string): Promise<{ filename: string; csv: string }> {
    const incident = await this.get(ctx, id);
    const impacts = await this.impacts(ctx, incident);
    const header = [
      'tenant_id',
      'tenant_slug',
      'tenant_name',
      'dpo_email',
      'affected_subjects',
      'affected_records',
      'affected_lists',
      'eu_eea_subjects',
      'unknown_country_subjects',
      'deleted_records_estimate',
      'risk_level',
      'risk_reason',
      'notified_at',
      'platform_delay_hours',
      'acknowledged_at',
    ];
    const lines = [header.join(',')];
    for (const i of impacts) {
      lines.push(
        [
          i.tenant.id,
          i.tenant.slug,
          i.tenant.name,
          i.tenant.dpoEmail,
          i.affectedSubjects,
          i.affectedRecords,
          i.affectedLists,
          i.euEeaSubjects,
          i.unknownCountrySubjects,
          i.deletedRecordsEstimate,
          i.riskLevel,
          i.riskReason,
          i.notifiedAt?.toISOString() ?? null,
          i.platformDelayHours,
          i.acknowledgedAt?.toISOString() ?? null,
        ]
          .map(csvCell)
          .join(','),
      );
    }
    return { filename: `breach-${incident.id}-impacts.csv`, csv: lines.join('\r\n') + '\r\n' };
  }

  // ------------------------------------------------------------------------------------ operator actions

  /** Sends every held notice of the current analysis (each at most once) and stops holding the rest. */
  async notify(ctx: RequestContext, id: string): Promise<BreachIncident> {
    await this.db.transaction(async (em) => {
      const incident = await this.locked(em, id);
      if (incident.status === BreachStatus.CLOSED) throw new ConflictError('The incident is closed');
      const held = await em.find(BreachNoticeRow, {
        where: { incidentId: id, run: incident.analysisRun, notifiedAt: IsNull() },
      });
      const sent = await this.analysis.sendNotices(em, ctx, incident, held);
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
        await this.analysis.event(
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
    return this.get(ctx, id);
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
      await this.analysis.event(
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
    return this.get(ctx, id);
  }

  /** Closes an analysed incident once every affected controller has its notice; the leaked-address hashes are deleted. */
  async close(ctx: RequestContext, id: string): Promise<BreachIncident> {
    await this.db.transaction(async (em) => {
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
      await this.analysis.event(em, id, BreachEventKind.CLOSED, 'Incident closed', ctx, now);
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
    return this.get(ctx, id);
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

const round = (n: number) => Math.round(n * 100) / 100;
