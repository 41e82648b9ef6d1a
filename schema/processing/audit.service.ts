import { DataCategory, SERVICE_DATA } from '../common/data-category';
import type { EntityTarget, SelectQueryBuilder } from 'typeorm';
import type { Database } from '../common/database';
import { BadInputError, NotFoundError } from '../common/errors';
import type { RequestContext } from '../../tenants/request-context';
import { TenantOwned } from '../../tenants/tenant-repository';
import type { AddressHasher } from '../common/address-hash';
import { validEmail } from '../common/email';
import { ActorType, ProcessingPurpose } from '../common/enums';
import { Subscriber } from '../subscribers/subscriber.entity';
import { PageInfo } from '../subscribers/subscriber.types';
import type { TenantService } from '../tenants/tenant.service';
import { ChainReport, ChainVerifier, LogProblem } from './chain-verifier';
import type { CheckpointService } from './checkpoint.service';
import { validJustification } from './justification';
import { ProcessingLogEntry } from './processing-log-entry.entity';
import type { ProcessingLogArgs, ProcessingLogFilter } from './processing-log.inputs';
import type { ProcessingLogService } from './processing-log.service';
import {
  ActivityCount,
  LogVerification,
  ProcessingLogConnection,
  PurposeCount,
  RecordOfProcessing,
} from './processing-log.types';

/** What the record of processing says about the platform itself; from configuration. */
export interface ProcessorProfile {
  name: string;
  contact: string;
  transfers: string[];
  securityMeasures: string[];
}

/** The personal data Steward processes for every customer (the record lists these and any others its log names). */
export const SERVICE_DATA_CATEGORIES = SERVICE_DATA;

/** Purposes that have nothing to do with a customer's subscribers: an operator cannot invoke them to see any. */
const NOT_FOR_SUBSCRIBERS = new Set([
  ProcessingPurpose.ORDER_PROCESSING,
  ProcessingPurpose.INVOICING,
  ProcessingPurpose.PRICE_QUOTATION,
]);
const EXPORT_BATCH = 1000;
const ID_SHAPE = /^[0-9a-f-]{36}$/i;
const ACTION_SHAPE = /^[a-z][a-zA-Z0-9]*(\.[a-z][a-zA-Z0-9]*)+$/;

const cursorOf = (seq: number) => Buffer.from(`seq:${seq}`).toString('base64url');

/** The seq inside a cursor this API made, or BAD_USER_INPUT. */
function seqOf(cursor: string): number {
  const m = /^seq:(\d{1,15})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!m || Buffer.from(`seq:${m[1]}`).toString('base64url') !== cursor)
    throw new BadInputError('after is not a cursor from processingLog', 'after');
  return Number(m[1]);
}

/**
 * The auditor's side of the processing log: reading and exporting it (a tenant user only its own
 * tenant's entries, whatever it asks for), verifying the chain against its signed checkpoints, the
 * record of processing, and the purpose-bound look-up through which alone operators see
 * subscribers' data.
 */
export class AuditService {
  constructor(
    private readonly db: Database,
    private readonly processingLog: ProcessingLogService,
    private readonly verifier: ChainVerifier,
    private readonly checkpoints: CheckpointService,
    private readonly tenants: TenantService,
    private readonly hasher: AddressHasher,
    private readonly processor: ProcessorProfile,
  ) {}

  /**
   * The tenant whose entries the caller reads: a tenant user's own, always (another tenantId in a
   * filter is overridden, never honoured); an operator's choice, or null for every entry.
   */
  private scopeOf(ctx: RequestContext, filter: ProcessingLogFilter | null | undefined): string | null {
    const asked = filter?.tenantId?.trim() || null;
    if (asked && !ID_SHAPE.test(asked)) throw new BadInputError('tenantId is not a tenant id', 'tenantId');
    if (ctx.isTenantUser) return ctx.requireTenantId();
    return asked;
  }

  private checkFilter(filter: ProcessingLogFilter | null | undefined): void {
    if (!filter) return;
    if (filter.purpose && !Object.values(ProcessingPurpose).includes(filter.purpose))
      throw new BadInputError('purpose is not a processing purpose', 'purpose');
    if (filter.actorType && !Object.values(ActorType).includes(filter.actorType))
      throw new BadInputError('actorType is not an actor type', 'actorType');
    for (const [name, d] of [
      ['from', filter.from],
      ['to', filter.to],
    ] as const) {
      if (d && Number.isNaN(new Date(d).getTime())) throw new BadInputError(`${name} is not a time`, name);
    }
    if (filter.from && filter.to && new Date(filter.from).getTime() > new Date(filter.to).getTime()) {
      throw new BadInputError('from must not be after to', 'from');
    }
    if (filter.action && !ACTION_SHAPE.test(filter.action))
      throw new BadInputError('action must be a dotted verb such as subscriber.inspect', 'action');
  }

  private applyFilter(
    qb: SelectQueryBuilder<ProcessingLogEntry>,
    filter: ProcessingLogFilter | null | undefined,
  ): SelectQueryBuilder<ProcessingLogEntry> {
    if (filter?.purpose) qb.andWhere('e.purpose = :purpose', { purpose: filter.purpose });
    if (filter?.actorType) qb.andWhere('e.actorType = :actorType', { actorType: filter.actorType });
    if (filter?.action) qb.andWhere('e.action = :action', { action: filter.action });
    if (filter?.from) qb.andWhere('e.at >= :from', { from: this.db.param(new Date(filter.from)) });
    if (filter?.to) qb.andWhere('e.at < :to', { to: this.db.param(new Date(filter.to)) });
    return qb;
  }

  /** Runs `build` on a query builder over the entries the caller may read (tenant-scoped when a tenant is known). */
  private entries<R>(
    ctx: RequestContext,
    tenantId: string | null,
    build: (qb: SelectQueryBuilder<ProcessingLogEntry>) => Promise<R>,
  ): Promise<R> {
    if (tenantId) {
      // The scoped repository adds tenant_id = :t. (The log's tenant_id is nullable, for platform-own
      // entries, hence the widening: a scoped query only ever matches a tenant's own.)
      const entity = ProcessingLogEntry as unknown as EntityTarget<ProcessingLogEntry & TenantOwned>;
      const repo = this.db
        .forTenant(ctx.isTenantUser ? ctx : ctx.forTenant(tenantId))
        .repo(entity, 'Processing log entry');
      return repo.query('e', (qb) => build(qb as unknown as SelectQueryBuilder<ProcessingLogEntry>));
    }
    return this.db.read((em) => build(em.createQueryBuilder(ProcessingLogEntry, 'e')));
  }

  /**
   * A page of the log, oldest first, keyset on seq: one statement for the page and, when asked for
   * (`count`), one for the total, whatever the page size.
   */
  async page(
    ctx: RequestContext,
    args: ProcessingLogArgs,
    opts: { count?: boolean } = {},
  ): Promise<ProcessingLogConnection> {
    const first = args.first ?? 50;
    if (!Number.isInteger(first) || first < 1 || first > 500)
      throw new BadInputError('first must be between 1 and 500', 'first');
    const after = args.after ? seqOf(args.after) : null;
    this.checkFilter(args.filter);
    const tenantId = this.scopeOf(ctx, args.filter);
    const [rows, totalCount] = await Promise.all([
      this.entries(ctx, tenantId, (qb) => {
        this.applyFilter(qb, args.filter);
        if (after !== null) qb.andWhere('e.seq > :after', { after });
        return qb
          .orderBy('e.seq', 'ASC')
          .limit(first + 1)
          .getMany();
      }),
      opts.count === false
        ? Promise.resolve(-1)
        : this.entries(ctx, tenantId, (qb) => this.applyFilter(qb, args.filter).getCount()),
    ]);
    const nodes = rows.slice(0, first);
    const pageInfo = Object.assign(new PageInfo(), {
      hasNextPage: rows.length > first,
      endCursor: nodes.length ? cursorOf(nodes[nodes.length - 1].seq) : null,
    });
    return Object.assign(new ProcessingLogConnection(), { nodes, pageInfo, totalCount });
  }

  /**
   * Streams the entries of one tenant (or, for an operator naming none, all) in keyset batches, for
   * the CSV and JSON downloads. A tenant user naming another tenant gets NOT_FOUND.
   */
  async exportEntries(
    ctx: RequestContext,
    tenantId: string | null,
    filter: ProcessingLogFilter,
    emit: (batch: ProcessingLogEntry[]) => Promise<void>,
  ): Promise<number> {
    if (tenantId && !ID_SHAPE.test(tenantId))
      throw new BadInputError('tenantId is not a tenant id', 'tenantId');
    if (ctx.isTenantUser && tenantId && tenantId !== ctx.tenantId) throw new NotFoundError('Tenant');
    this.checkFilter(filter);
    const scope = ctx.isTenantUser ? ctx.requireTenantId() : tenantId;
    if (scope && !ctx.isTenantUser && !(await this.tenants.find(ctx, scope)))
      throw new NotFoundError('Tenant');
    let after = 0;
    let total = 0;
    for (;;) {
      const batch = await this.entries(ctx, scope, (qb) =>
        this.applyFilter(qb, filter)
          .andWhere('e.seq > :after', { after })
          .orderBy('e.seq', 'ASC')
          .limit(EXPORT_BATCH)
          .getMany(),
      );
      if (!batch.length) return total;
      await emit(batch);
      total += batch.length;
      after = batch[batch.length - 1].seq;
      if (batch.length < EXPORT_BATCH) return total;
    }
  }

  /**
   * Recomputes the whole chain and compares it with the head and every trusted signed checkpoint.
   * A verification reads every entry: callers that ask while one runs get that one's answer.
   */
  verify(_ctx: RequestContext): Promise<LogVerification> {
    this.running ??= this.verifyNow().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private running: Promise<LogVerification> | null = null;

  private async verifyNow(): Promise<LogVerification> {
    const checked = this.checkpoints.check(await this.checkpoints.list());
    const trusted = checked.filter((c) => !c.problem).map((c) => c.checkpoint);
    const report = await this.verifier.verify({ checkpoints: trusted });
    for (const bad of checked.filter((c) => c.problem)) {
      report.issues.push({
        seq: null,
        problem: LogProblem.CHECKPOINT_INVALID,
        detail: `the checkpoint of entry ${bad.checkpoint.seq} cannot be believed: ${bad.problem}`,
      });
      report.valid = false;
      report.reason ??= report.issues[report.issues.length - 1].detail;
    }
    const last = trusted[trusted.length - 1];
    const uncovered = await this.checkpoints.uncovered(trusted);
    return Object.assign(new LogVerification(), {
      warnings: uncovered ? [uncovered] : [],
      valid: report.valid,
      entriesChecked: report.entriesChecked,
      firstInvalidSeq: report.firstInvalidSeq,
      reason: report.reason,
      headSeq: report.headSeq,
      checkpointsChecked: report.checkpointsChecked,
      lastCheckpointSeq: last?.seq ?? null,
      lastCheckpointAt: last ? new Date(last.signedAt) : null,
      issues: report.issues.slice(0, 100),
      checkedAt: new Date(),
    });
  }

  /** The chain alone (no checkpoints): for benchmarks and the checkpoint job. */
  verifyChain(): Promise<ChainReport> {
    return this.verifier.verify();
  }

  /**
   * The processor's record for one controller (Art. 30(2)): the controller and its contact, the
   * purposes and kinds of processing with counts from the log, the categories of data, transfers
   * outside the EU/EEA and the security measures in place. A tenant user asking for another tenant
   * gets NOT_FOUND.
   */
  async recordOfProcessing(ctx: RequestContext, tenantId: string): Promise<RecordOfProcessing> {
    const id = String(tenantId ?? '').trim();
    if (!ID_SHAPE.test(id)) throw new NotFoundError('Tenant');
    const tenant = await this.tenants.get(ctx, id);
    type Row = {
      purpose: ProcessingPurpose;
      action: string;
      categories: string | null;
      entries: number | string;
      subjects: number | string | null;
      first: unknown;
    };
    const rows: Row[] = await this.entries(ctx, tenant.id, (qb) =>
      qb
        .select('e.purpose', 'purpose')
        .addSelect('e.action', 'action')
        .addSelect('e.dataCategories', 'categories')
        .addSelect('COUNT(*)', 'entries')
        .addSelect('SUM(e.subjects)', 'subjects')
        .addSelect('MIN(e.at)', 'first')
        .groupBy('e.purpose')
        .addGroupBy('e.action')
        .addGroupBy('e.dataCategories')
        .getRawMany(),
    );
    const purposes = new Map<ProcessingPurpose, PurposeCount>();
    const activities = new Map<string, ActivityCount>();
    const categories = new Set(SERVICE_DATA_CATEGORIES);
    let firstEntryAt: Date | null = null;
    for (const r of rows) {
      const entries = Number(r.entries);
      const subjects = Number(r.subjects ?? 0);
      const p =
        purposes.get(r.purpose) ??
        Object.assign(new PurposeCount(), { purpose: r.purpose, entries: 0, subjects: 0 });
      p.entries += entries;
      p.subjects += subjects;
      purposes.set(r.purpose, p);
      const key = `${r.purpose}\u0000${r.action}`;
      const a =
        activities.get(key) ??
        Object.assign(new ActivityCount(), { action: r.action, purpose: r.purpose, entries: 0, subjects: 0 });
      a.entries += entries;
      a.subjects += subjects;
      activities.set(key, a);
      for (const c of r.categories ? (JSON.parse(r.categories) as DataCategory[]) : []) categories.add(c);
      const first = this.db.date(r.first);
      if (first && (!firstEntryAt || first < firstEntryAt)) firstEntryAt = first;
    }
    const order = Object.values(ProcessingPurpose);
    return Object.assign(new RecordOfProcessing(), {
      tenant,
      processor: this.processor.name,
      processorContact: this.processor.contact,
      purposes: [...purposes.values()].sort((x, y) => order.indexOf(x.purpose) - order.indexOf(y.purpose)),
      activities: [...activities.values()].sort(
        (x, y) => order.indexOf(x.purpose) - order.indexOf(y.purpose) || x.action.localeCompare(y.action),
      ),
      dataCategories: [...categories].sort(),
      transfers: [...this.processor.transfers],
      securityMeasures: [...this.processor.securityMeasures],
      firstEntryAt,
      generatedAt: new Date(),
    });
  }

  /**
   * An operator looks at one address's subscriptions in one tenant, for a stated purpose and a
   * written justification. The look-up is logged with both, for that tenant (its controller sees it
   * in its own log), and nothing is returned until that entry is committed: no data is shown
   * unlogged. The entry is appended on its own (a read has nothing to commit with), so concurrent
   * look-ups are group-committed.
   */
  async inspectSubscribers(
    ctx: RequestContext,
    tenantId: string,
    email: string,
    purpose: ProcessingPurpose,
    justification: string,
  ): Promise<Subscriber[]> {
    if (!Object.values(ProcessingPurpose).includes(purpose))
      throw new BadInputError('purpose is not a processing purpose', 'purpose');
    if (NOT_FOR_SUBSCRIBERS.has(purpose)) {
      throw new BadInputError(
        `purpose ${purpose} concerns the customer's account, not its subscribers: choose the purpose this look-up serves`,
        'purpose',
      );
    }
    const why = validJustification(justification);
    const address = validEmail(email);
    const id = String(tenantId ?? '').trim();
    if (!ID_SHAPE.test(id)) throw new NotFoundError('Tenant');
    const tenant = await this.tenants.get(ctx, id);
    const scoped = ctx.forTenant(tenant.id);
    const found = (
      await this.db
        .forTenant(scoped)
        .repo(Subscriber, 'Subscriber')
        .find({ addressHash: this.hasher.platform(address) }, { order: { requestedAt: 'ASC', id: 'ASC' } })
    )
      // The hash is the index; the address itself decides.
      .filter((s) => s.email === address);
    await this.processingLog.append(scoped, {
      tenantId: tenant.id,
      purpose,
      action: 'subscriber.inspect',
      subjects: found.length ? 1 : 0,
      dataCategories: [
        DataCategory.EMAIL_ADDRESS,
        DataCategory.NAME,
        DataCategory.COUNTRY,
        DataCategory.FORMAT_PREFERENCE,
        DataCategory.CONSENT_RECORD,
      ],
      description: `Operator looked up the subscriptions of one address (${found.length} found) for ${purpose}. Justification: ${why}`,
      subjectRef: this.hasher.forTenant(tenant.id, address),
    });
    return found;
  }
}
