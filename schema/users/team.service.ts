import { DataCategory } from '../common/data-category';
import type { Database } from '../common/database';
import { validEmail } from '../common/email';
import { ProcessingPurpose, TenantRole, TenantStatus } from '../common/enums';
import {
  BadInputError,
  ConflictError,
  isUniqueViolation,
  NotFoundError,
  uniqueIndex,
} from '../common/errors';
import { newId } from '../common/ids';
import type { MailService } from '../mail/mail.service';
import type { ProcessingLogService } from '../processing/processing-log.service';
import type { Tenant } from '../tenants/tenant.entity';
import type { TenantService } from '../tenants/tenant.service';
import type { RequestContext } from '../../tenants/request-context';
import type { TenantScope } from '../../tenants/tenant-scope';
import { Invitation } from './invitation.entity';
import type { InvitationService } from './invitation.service';
import type { SessionService } from './session.service';
import { TenantUser } from './tenant-user.entity';
import { UserStatus } from './user-status';
import { TenantUserView } from './user.types';

const USER_EMAIL_TAKEN = uniqueIndex(TenantUser, 'ux_tenant_users_tenant_email');
const INVITATION_TAKEN = uniqueIndex(Invitation, 'ux_invitations_tenant_user');
const EMAIL_TAKEN = 'A user with this email already exists in this tenant';
const LAST_OWNER =
  'The last owner of a tenant can be neither demoted nor removed: make another user an owner first';

/** The GraphQL view of a tenant user row (never its password hash). */
export function tenantUserView(u: TenantUser, tenant: Tenant): TenantUserView {
  return Object.assign(new TenantUserView(), {
    id: u.id,
    email: u.email,
    role: u.role,
    tenant,
    status: u.status,
    lastSignInAt: u.lastSignInAt,
  });
}

/**
 * A tenant's team: its users, invitations, roles and removals. Operators manage any tenant's team;
 * a tenant OWNER its own (the resolvers refuse ADMIN and VIEWER). A tenant keeps at least one OWNER:
 * the check and the change run in one write transaction that holds the tenant's owner rows locked
 * (FOR UPDATE on MariaDB; SQLite's transactions take the write lock when they begin), so two
 * concurrent demotions of its two owners leave one.
 */
export class TeamService {
  constructor(
    private readonly db: Database,
    private readonly tenants: TenantService,
    private readonly processingLog: ProcessingLogService,
    private readonly sessions: SessionService,
    private readonly invitations: InvitationService,
    private readonly mail: MailService,
  ) {}

  /** The tenant a call names: a tenant user's own (an argument naming another is ignored), or the operator's choice. */
  private async tenantOf(ctx: RequestContext, tenantId: string | null | undefined): Promise<Tenant> {
    if (ctx.isTenantUser) return this.tenants.get(ctx, ctx.tenantId!);
    if (typeof tenantId !== 'string' || !tenantId.trim())
      throw new BadInputError('tenantId is required for an operator', 'tenantId');
    if (tenantId.length > 36) throw new NotFoundError('Tenant');
    return this.tenants.get(ctx, tenantId);
  }

  /** The users of a tenant, by address. */
  async list(ctx: RequestContext, tenantId?: string | null): Promise<TenantUserView[]> {
    const tenant = await this.tenantOf(ctx, tenantId);
    const users = await this.db
      .forTenant(ctx.forTenant(tenant.id))
      .repo(TenantUser, 'User')
      .find({}, { order: { email: 'ASC' }, take: 1000 });
    return users.map((u) => tenantUserView(u, tenant));
  }

  /**
   * Invites a staff member: an INVITED user without a password, and a mail with a single-use
   * `/invitation?token=` link valid 7 days. An address the tenant has as an ACTIVE user is a
   * CONFLICT; an INVITED one is invited again (its role is the new one, its old link stops working).
   */
  async invite(
    ctx: RequestContext,
    input: { tenantId: string; email: string; role: TenantRole },
  ): Promise<TenantUserView> {
    if (typeof input.tenantId !== 'string' || input.tenantId.length > 36) throw new NotFoundError('Tenant');
    const tenant = await this.tenants.get(ctx, input.tenantId);
    if (tenant.status !== TenantStatus.ACTIVE)
      throw new ConflictError(`Tenant is ${tenant.status.toLowerCase()}`);
    const email = validEmail(input.email);
    if (!Object.values(TenantRole).includes(input.role))
      throw new BadInputError('role is not a role', 'role');
    const actor = ctx.forTenant(tenant.id);
    const scope = this.db.forTenant(actor);
    const users = scope.repo(TenantUser, 'User');
    try {
      const user = await scope.transaction(async () => {
        const existing = await users.findOne({ email });
        if (existing && existing.status !== UserStatus.INVITED) throw new ConflictError(EMAIL_TAKEN);
        let user: TenantUser;
        if (existing) {
          await users.update({ id: existing.id }, { role: input.role });
          user = Object.assign(existing, { role: input.role });
        } else {
          user = await users.insert({
            id: newId(),
            email,
            passwordHash: '',
            role: input.role,
            status: UserStatus.INVITED,
            lastSignInAt: null,
            createdAt: new Date(),
          });
        }
        const { link, expiresAt } = await this.invitations.issue(scope, user.id);
        await this.mail.send(actor, {
          kind: 'invitation',
          to: email,
          tenantId: tenant.id,
          ...this.invitations.mailFor(tenant, user.role, link, expiresAt),
        });
        await this.processingLog.append(actor, {
          tenantId: tenant.id,
          purpose: ProcessingPurpose.ORDER_PROCESSING,
          action: existing ? 'tenantUser.reinvite' : 'tenantUser.invite',
          subjects: 1,
          dataCategories: [DataCategory.EMAIL_ADDRESS],
          description: existing
            ? `Invitation to the portal mailed again to an invited customer staff member, role ${input.role}; the earlier link no longer works`
            : `Customer staff member invited to the portal with role ${input.role}: account created without a password, invitation link mailed (valid 7 days)`,
        });
        return user;
      });
      return tenantUserView(user, tenant);
    } catch (err) {
      if (isUniqueViolation(err, USER_EMAIL_TAKEN) || isUniqueViolation(err, INVITATION_TAKEN))
        throw new ConflictError(EMAIL_TAKEN);
      throw err;
    }
  }

  /**
   * The tenant of a user addressed by id: for a tenant user its own tenant (another tenant's user
   * is then simply not found in it); for an operator the tenant the row names.
   */
  private async userTenant(ctx: RequestContext, id: string): Promise<Tenant> {
    if (typeof id !== 'string' || !id || id.length > 36) throw new NotFoundError('User');
    if (ctx.isTenantUser) return this.tenants.get(ctx, ctx.tenantId!);
    const rows: Array<{ tenant_id: string }> = await this.db
      .crossTenant('operator: a tenant user addressed by id')
      .query('SELECT tenant_id FROM tenant_users WHERE id = ?', [id]);
    if (!rows.length) throw new NotFoundError('User');
    return this.tenants.get(ctx, rows[0].tenant_id);
  }

  /**
   * Runs `change` on the user in one write transaction that first locks the tenant's owners and
   * the user: `owners` is then the tenant's current number of owners, which no concurrent change can
   * move until this one commits.
   */
  private lockedChange<T>(
    scope: TenantScope,
    id: string,
    change: (user: TenantUser, owners: number) => Promise<T>,
  ): Promise<T> {
    return scope.transaction(async (em) => {
      const owners: Array<{ id: string }> = await em.query(
        `SELECT id FROM tenant_users WHERE tenant_id = ? AND role = ? ORDER BY id${this.db.forUpdate}`,
        [scope.tenantId, TenantRole.OWNER],
      );
      const locked: Array<{ id: string }> = await em.query(
        `SELECT id FROM tenant_users WHERE tenant_id = ? AND id = ?${this.db.forUpdate}`,
        [scope.tenantId, id],
      );
      if (!locked.length) throw new NotFoundError('User');
      const user = await scope.repo(TenantUser, 'User').get(id);
      return change(user, owners.length);
    });
  }

  /** Changes a user's role; the last OWNER cannot be demoted (CONFLICT). */
  async updateRole(ctx: RequestContext, id: string, role: TenantRole): Promise<TenantUserView> {
    if (!Object.values(TenantRole).includes(role)) throw new BadInputError('role is not a role', 'role');
    const tenant = await this.userTenant(ctx, id);
    const actor = ctx.forTenant(tenant.id);
    const scope = this.db.forTenant(actor);
    const user = await this.lockedChange(scope, id, async (user, owners) => {
      if (user.role === role) return user;
      if (user.role === TenantRole.OWNER && owners <= 1) throw new ConflictError(LAST_OWNER);
      await scope.repo(TenantUser, 'User').update({ id }, { role });
      await this.processingLog.append(actor, {
        tenantId: tenant.id,
        purpose: ProcessingPurpose.ORDER_PROCESSING,
        action: 'tenantUser.updateRole',
        subjects: 1,
        dataCategories: [DataCategory.EMAIL_ADDRESS],
        description: `Role of a customer staff member changed from ${user.role} to ${role}`,
      });
      return Object.assign(user, { role });
    });
    return tenantUserView(user, tenant);
  }

  /**
   * Removes a user: its row, its invitation, and at once its sessions (and its tokens, which name
   * a user that no longer exists). The last OWNER cannot be removed (CONFLICT).
   */
  async remove(ctx: RequestContext, id: string): Promise<boolean> {
    const tenant = await this.userTenant(ctx, id);
    const actor = ctx.forTenant(tenant.id);
    const scope = this.db.forTenant(actor);
    await this.lockedChange(scope, id, async (user, owners) => {
      if (user.role === TenantRole.OWNER && owners <= 1) throw new ConflictError(LAST_OWNER);
      await scope.repo(Invitation).delete({ userId: id });
      await scope.repo(TenantUser, 'User').delete({ id });
      await this.sessions.endAll({ kind: 'tenant_user', userId: id, tenantId: tenant.id });
      await this.processingLog.append(actor, {
        tenantId: tenant.id,
        purpose: ProcessingPurpose.ORDER_PROCESSING,
        action: 'tenantUser.remove',
        subjects: 1,
        dataCategories: [DataCategory.EMAIL_ADDRESS, DataCategory.PASSWORD_HASH],
        description: `Portal account of a customer staff member (${user.role}, ${user.status.toLowerCase()}) removed: its address, password hash, invitation and sessions deleted`,
      });
    });
    return true;
  }
}
