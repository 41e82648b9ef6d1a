import { createHash, randomBytes } from 'node:crypto';
import { DataCategory } from '../common/data-category';
import type { Database } from '../common/database';
import { ProcessingPurpose, TenantRole } from '../common/enums';
import { BadInputError, RateLimitedError } from '../common/errors';
import { newId } from '../common/ids';
import { clientNetwork, type RateLimiter } from '../common/rate-limiter';
import type { ProcessingLogService } from '../processing/processing-log.service';
import type { Tenant } from '../tenants/tenant.entity';
import { RequestContext } from '../../tenants/request-context';
import type { TenantScope } from '../../tenants/tenant-scope';
import { Invitation } from './invitation.entity';
import { invitationMail, operatorInvitationMail } from './invitation.mails';
import { Operator } from './operator.entity';
import { OperatorInvitation } from './operator-invitation.entity';
import { checkNewPassword, hashPassword } from './password';
import { TenantUser } from './tenant-user.entity';
import { UserStatus } from './user-status';

/** How long an invitation link works. */
export const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * Failed invitation acceptances (unknown, used or expired links) allowed per client network, as
 * sign-in failures are throttled: once full, every attempt from that network is refused until the
 * window ends, a right link included.
 */
export const INVITATION_THROTTLE = { windowMs: 15 * 60_000, failures: 10 };

/** The one answer to a link that cannot be used, whatever the reason (nothing is revealed). */
export const INVALID_INVITATION = 'This invitation link is invalid, was already used, or has expired';

const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

/**
 * Invitation links: a random token mailed in an `/invitation?token=` link, stored only as its
 * SHA-256, valid 7 days, single use. Accepting one sets the invited user's password and makes the
 * user ACTIVE; a link that is unknown, used or expired changes nothing and gets one answer.
 */
export class InvitationService {
  constructor(
    private readonly db: Database,
    private readonly limiter: RateLimiter,
    private readonly processingLog: ProcessingLogService,
    private readonly publicUrl: string,
  ) {}

  /** A new link for an invited user, replacing any earlier one. Joins the caller's transaction. */
  async issue(
    scope: TenantScope,
    userId: string,
    now = new Date(),
  ): Promise<{ link: string; expiresAt: Date }> {
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(now.getTime() + INVITATION_TTL_MS);
    const invitations = scope.repo(Invitation);
    await invitations.delete({ userId });
    await invitations.insert({ id: newId(), userId, tokenHash: hashToken(token), createdAt: now, expiresAt });
    return { link: `${this.publicUrl}/invitation?token=${token}`, expiresAt };
  }

  /**
   * A new link for an invited operator, replacing any earlier one, with its mail's subject and
   * text. Joins the caller's transaction.
   */
  async issueForOperator(operatorId: string, now = new Date()): Promise<{ subject: string; text: string }> {
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(now.getTime() + INVITATION_TTL_MS);
    const em = this.db.manager;
    await em.delete(OperatorInvitation, { operatorId });
    await em.insert(OperatorInvitation, {
      id: newId(),
      operatorId,
      tokenHash: hashToken(token),
      createdAt: now,
      expiresAt,
    });
    return operatorInvitationMail({
      link: `${this.publicUrl}/invitation?token=${token}`,
      expiresAt,
      loginUrl: `${this.publicUrl}/login`,
    });
  }

  /** The invitation mail's subject and text. */
  mailFor(
    tenant: Tenant,
    role: TenantRole,
    link: string,
    expiresAt: Date,
  ): { subject: string; text: string } {
    return invitationMail({
      tenantName: tenant.name,
      tenantSlug: tenant.slug,
      role,
      link,
      expiresAt,
      loginUrl: `${this.publicUrl}/login`,
    });
  }

  /**
   * Accepts an invitation: checks the password against the policy, uses the link once, sets the
   * password and makes the user ACTIVE, all in one transaction. Unknown, used, expired and forged
   * links get the same BAD_USER_INPUT and count against the client network's throttle.
   */
  async accept(ctx: RequestContext, token: string, password: string): Promise<void> {
    const network = clientNetwork(ctx.ip);
    const { windowMs, failures } = INVITATION_THROTTLE;
    const seen = await this.limiter.count('invitation-net', network, windowMs);
    if (seen.hits >= failures) throw new RateLimitedError(seen.retryAfter);
    const invalid = async (): Promise<never> => {
      await this.limiter.hit('invitation-net', network, windowMs);
      throw new BadInputError(INVALID_INVITATION, 'token');
    };
    checkNewPassword(password, 'password');
    if (typeof token !== 'string' || !/^[A-Za-z0-9_-]{20,100}$/.test(token)) return invalid();
    const door = this.db.crossTenant('invitation: the link token names its tenant');
    const found = await door.read((em) => em.findOneBy(Invitation, { tokenHash: hashToken(token) }));
    if (!found) {
      // Not a tenant user's: perhaps an operator's (the same page and link serve both).
      if (!(await this.acceptOperator(ctx, token, password))) return invalid();
      return;
    }
    if (found.expiresAt.getTime() <= Date.now()) return invalid();
    const passwordHash = await hashPassword(password);
    const scope = door.forTenant(found.tenantId);
    const accepted = await scope.transaction(async () => {
      // Guarded: of two requests racing with one link, one wins; the loser changes nothing.
      if (!(await scope.repo(Invitation).delete({ id: found.id, tokenHash: found.tokenHash }))) return null;
      const users = scope.repo(TenantUser, 'User');
      const user = await users.findOne({ id: found.userId, status: UserStatus.INVITED });
      if (!user) return null;
      await users.update(
        { id: user.id, status: UserStatus.INVITED },
        { passwordHash, status: UserStatus.ACTIVE, sessionVersion: () => 'session_version + 1' },
      );
      const actor = RequestContext.forRequest(
        { kind: 'tenant_user', id: user.id, tenantId: found.tenantId, tenantRole: user.role },
        ctx.requestId,
        ctx.ip,
        ctx.userAgent,
      );
      await this.processingLog.append(actor, {
        tenantId: found.tenantId,
        purpose: ProcessingPurpose.SECURITY,
        action: 'tenantUser.acceptInvitation',
        subjects: 1,
        dataCategories: [DataCategory.EMAIL_ADDRESS, DataCategory.PASSWORD_HASH],
        description: `Customer staff member (${user.role}) accepted the invitation and chose a password; the account is active and the link is used up`,
      });
      return user;
    });
    if (!accepted) return invalid();
  }

  /** An operator's invitation used: false for a link that names none, expired or used meanwhile. */
  private async acceptOperator(ctx: RequestContext, token: string, password: string): Promise<boolean> {
    const tokenHash = hashToken(token);
    const found = await this.db.read((em) => em.findOneBy(OperatorInvitation, { tokenHash }));
    if (!found || found.expiresAt.getTime() <= Date.now()) return false;
    const passwordHash = await hashPassword(password);
    return this.db.transaction(async (em) => {
      // Guarded: of two requests racing with one link, one wins; the loser changes nothing.
      const used = await em.delete(OperatorInvitation, { id: found.id, tokenHash });
      if (!used.affected) return false;
      const changed = await em
        .createQueryBuilder()
        .update(Operator)
        .set({
          passwordHash,
          status: UserStatus.ACTIVE,
          mustChangePassword: false,
          sessionVersion: () => 'session_version + 1',
        })
        .where('id = :id AND status = :s', { id: found.operatorId, s: UserStatus.INVITED })
        .execute();
      if (!changed.affected) return false;
      await this.processingLog.append(
        RequestContext.forRequest(
          { kind: 'operator', id: found.operatorId },
          ctx.requestId,
          ctx.ip,
          ctx.userAgent,
        ),
        {
          tenantId: null,
          purpose: ProcessingPurpose.SECURITY,
          action: 'operator.acceptInvitation',
          subjects: 1,
          dataCategories: [DataCategory.EMAIL_ADDRESS, DataCategory.PASSWORD_HASH],
          description:
            'Platform operator accepted the invitation and chose a password; the account is active and the link is used up',
        },
      );
      return true;
    });
  }
}
