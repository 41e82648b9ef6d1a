import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { Database } from '../common/database';
import { requiredText } from '../common/email';
import { ProcessingPurpose, TenantStatus } from '../common/enums';
import { BadInputError, ConflictError, NotFoundError } from '../common/errors';
import type { ProcessingLogService } from '../processing/processing-log.service';
import type { GraphQLContext } from '../../tenants/graphql-context';
import { Access, Allow } from '../../tenants/permissions';
import type { RequestContext } from '../../tenants/request-context';
import type { JobQueue } from '../../workers/job-queue';
import { Tenant } from './tenant.entity';

/** the longest suspension reason */
export const SUSPENSION_REASON_MAX = 500;
// eslint-disable-next-line no-control-regex -- control characters are what this refuses
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

/**
 * An operator suspends a tenant and reactivates it. While SUSPENDED: its users cannot sign in and
 * their sessions and tokens are refused on every request (they work again after reactivation), its
 * deliveries and its subscribers' mail wait (held jobs, woken on reactivation), public sign-ups to
 * its lists answer as for an unknown list, and its data is kept. Data-subject requests are still
 * routed to it and answered: the law requires it.
 */
export class SuspensionService {
  constructor(
    private readonly db: Database,
    private readonly queue: JobQueue,
    private readonly processingLog: ProcessingLogService,
  ) {}

  private static reason(raw: unknown): string {
    if (typeof raw !== 'string') throw new BadInputError('reason must be text', 'reason');
    const reason = requiredText(raw, 'reason', SUSPENSION_REASON_MAX);
    if (CONTROL.test(reason))
      throw new BadInputError('reason must not contain control characters such as line breaks', 'reason');
    return reason;
  }

  /** The tenant's row, locked for the change; NOT_FOUND for an id that names none. */
  private async locked(id: string): Promise<{ id: string; status: TenantStatus }> {
    if (typeof id !== 'string' || !/^[0-9a-f-]{36}$/i.test(id.trim())) throw new NotFoundError('Tenant');
    const [row] = await this.db.manager.query(
      `SELECT id, status FROM tenants WHERE id = ?${this.db.forUpdate}`,
      [id.trim()],
    );
    if (!row) throw new NotFoundError('Tenant');
    return row;
  }

  async suspend(ctx: RequestContext, id: string, rawReason: string): Promise<Tenant> {
    const reason = SuspensionService.reason(rawReason);
    return this.db.transaction(async (em) => {
      const row = await this.locked(id);
      if (row.status === TenantStatus.SUSPENDED)
        throw new ConflictError('This tenant is already suspended; reactivate it first to suspend it again');
      if (row.status === TenantStatus.OFFBOARDED)
        throw new ConflictError('This tenant was offboarded: its service has ended and cannot be suspended');
      await em.update(
        Tenant,
        { id: row.id },
        { status: TenantStatus.SUSPENDED, suspendedAt: new Date(), suspensionReason: reason },
      );
      // The reason is the operator's words and may name people: it stays on the tenant, not in the log.
      await this.processingLog.append(ctx.forTenant(row.id), {
        tenantId: row.id,
        purpose: ProcessingPurpose.SECURITY,
        action: 'tenant.suspend',
        subjects: 0,
        dataCategories: [],
        description:
          'Customer account suspended by an operator: its staff cannot sign in, nothing is sent to its subscribers and sign-ups are refused; its data is kept and data-subject requests are still handled',
      });
      return em.findOneByOrFail(Tenant, { id: row.id });
    });
  }

  async reactivate(ctx: RequestContext, id: string): Promise<Tenant> {
    return this.db.transaction(async (em) => {
      const row = await this.locked(id);
      if (row.status === TenantStatus.ACTIVE) throw new ConflictError('This tenant is not suspended');
      if (row.status === TenantStatus.OFFBOARDED)
        throw new ConflictError(
          'This tenant was offboarded: its service has ended and cannot be reactivated',
        );
      await em.update(
        Tenant,
        { id: row.id },
        { status: TenantStatus.ACTIVE, suspendedAt: null, suspensionReason: null },
      );
      // The deliveries and mail that waited go on now, from where they stopped.
      const woken = await this.queue.wakeHeld(row.id);
      await this.processingLog.append(ctx.forTenant(row.id), {
        tenantId: row.id,
        purpose: ProcessingPurpose.SECURITY,
        action: 'tenant.reactivate',
        subjects: 0,
        dataCategories: [],
        description: `Customer account reactivated by an operator: sign-in, sending and sign-ups work again; ${woken} held job(s) resumed`,
      });
      return em.findOneByOrFail(Tenant, { id: row.id });
    });
  }
}

@Resolver(() => Tenant)
export class SuspensionResolver {
  constructor(private readonly suspension: SuspensionService) {}

  @Mutation(() => Tenant, {
    description:
      'operator; its users cannot sign in, nothing is sent, sign-ups are refused, data is kept; reason: 1-500 characters',
  })
  @Allow(Access.OPERATOR)
  suspendTenant(
    @Ctx() { ctx }: GraphQLContext,
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String) reason: string,
  ): Promise<Tenant> {
    return this.suspension.suspend(ctx, id, reason);
  }

  @Mutation(() => Tenant, { description: 'operator' })
  @Allow(Access.OPERATOR)
  reactivateTenant(@Ctx() { ctx }: GraphQLContext, @Arg('id', () => ID) id: string): Promise<Tenant> {
    return this.suspension.reactivate(ctx, id);
  }
}
