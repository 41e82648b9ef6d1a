import { createHash, randomBytes } from 'node:crypto';
import { MoreThan } from 'typeorm';
import { DataCategory } from '../common/data-category';
import type { Database } from '../common/database';
import { normalizeEmail, validEmail } from '../common/email';
import { ProcessingPurpose, TenantStatus } from '../common/enums';
import { BadInputError } from '../common/errors';
import { clientNetwork, type RateLimiter } from '../common/rate-limiter';
import type { MailService } from '../mail/mail.service';
import type { ProcessingLogService } from '../processing/processing-log.service';
import { Receipt } from '../subscribers/subscriber.types';
import type { RequestContext } from '../../tenants/request-context';
import type { JobQueue } from '../../workers/job-queue';
import { Operator } from './operator.entity';
import { UserStatus } from './user-status';
import { checkNewPassword, hashPassword } from './password';
import { PasswordResetToken } from './password-reset.entity';
import { passwordResetMail } from './password-reset.mails';
import type { SessionService } from './session.service';
import type { SessionKind } from './session.entity';
import { TenantUser } from './tenant-user.entity';

export const PASSWORD_RESET_QUEUE = 'account.passwordReset';
export const RESET_LINK_TTL_MS = 60 * 60_000;
/** Reset requests allowed per client network, and per account (tenant slug and address), per window. */
export const RESET_REQUESTS_PER_NETWORK = 10;
export const RESET_REQUESTS_PER_ACCOUNT = 3;
export const RESET_WINDOW_MS = 60 * 60_000;

const RECEIPT =
  'If an account with this address exists, a link to set a new password is on its way. It works once, for 1 hour.';
const INVALID_LINK =
  'This password reset link is invalid, has expired or was already used: ask for a new one';

/** What a reset request leaves in its job until the job is done (then the payload is blanked). */
export interface ResetRequest {
  email: string;
  /** the tenant's slug; empty for an operator */
  tenant: string;
}

const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');
const isResetToken = (t: unknown): t is string => typeof t === 'string' && /^[A-Za-z0-9_-]{43}$/.test(t);

/**
 * Password reset by mail, for tenant users (with their tenant's slug) and operators (without).
 * `request` answers the same receipt, in the same time, whether or not the account exists: it only
 * checks the input and its rate limits and leaves the work to a job. The link's token is random
 * (256 bits) and stored as its SHA-256 hash; it works for 1 hour, once, and a newer request
 * replaces it. Using it sets the password and ends every session and token of the account.
 */
export class PasswordResetService {
  constructor(
    private readonly db: Database,
    private readonly queue: JobQueue,
    private readonly mail: MailService,
    private readonly limiter: RateLimiter,
    private readonly processingLog: ProcessingLogService,
    private readonly sessions: SessionService,
    private readonly publicUrl: string,
  ) {}

  async request(ctx: RequestContext, rawEmail: string, rawTenant?: string | null): Promise<Receipt> {
    if ((rawTenant ?? '').length > 40 || /[\p{Cc}]/u.test(rawTenant ?? ''))
      throw new BadInputError('tenant must be a slug of at most 40 characters', 'tenant');
    const email = validEmail(rawEmail);
    const tenant = (rawTenant ?? '').trim().toLowerCase();
    await this.limiter.consume(
      'password-reset-net',
      clientNetwork(ctx.ip),
      RESET_REQUESTS_PER_NETWORK,
      RESET_WINDOW_MS,
    );
    await this.limiter.consume(
      'password-reset-account',
      `${tenant}\u0000${email}`,
      RESET_REQUESTS_PER_ACCOUNT,
      RESET_WINDOW_MS,
    );
    await this.queue.enqueue(ctx, PASSWORD_RESET_QUEUE, { email, tenant } satisfies ResetRequest, {
      personalData: true,
      maxAttempts: 5,
    });
    return Object.assign(new Receipt(), { accepted: true, message: RECEIPT });
  }

  /** The account a request names: an ACTIVE tenant's user by slug and address, or an operator. */
  private async findAccount(r: ResetRequest): Promise<{
    kind: SessionKind;
    userId: string;
    tenantId: string | null;
    organisation: string | null;
  } | null> {
    const email = normalizeEmail(r.email);
    if (r.tenant) {
      const rows: Array<{ id: string; tenant_id: string; name: string }> = await this.db
        .crossTenant('password reset: the account is found by tenant slug and address')
        .query(
          `SELECT u.id, u.tenant_id, t.name FROM tenant_users u JOIN tenants t ON t.id = u.tenant_id
           WHERE t.slug = ? AND u.email = ? AND t.status = ?`,
          [r.tenant, email, TenantStatus.ACTIVE],
        );
      return rows[0]
        ? { kind: 'tenant_user', userId: rows[0].id, tenantId: rows[0].tenant_id, organisation: rows[0].name }
        : null;
    }
    const op = await this.db.read((em) => em.findOneBy(Operator, { email }));
    // An INVITED operator has no password to reset: its invitation link sets the first one.
    return op && op.status !== UserStatus.INVITED
      ? { kind: 'operator', userId: op.id, tenantId: null, organisation: null }
      : null;
  }

  /** The job behind `requestPasswordReset`: mails a new link to an existing account, else does nothing. */
  async process(jobCtx: RequestContext, r: ResetRequest): Promise<string> {
    const account = await this.findAccount(r);
    if (!account) {
      await this.processingLog.append(jobCtx, {
        tenantId: null,
        purpose: ProcessingPurpose.SECURITY,
        action: 'account.passwordResetRequested',
        subjects: 0,
        dataCategories: [DataCategory.EMAIL_ADDRESS],
        description: 'Password reset asked for an address with no active account: nothing was sent',
      });
      return 'no such account';
    }
    const token = randomBytes(32).toString('base64url');
    const now = new Date();
    const url = `${this.publicUrl.replace(/\/$/, '')}/reset-password?token=${token}`;
    const { subject, text } = passwordResetMail({
      url,
      hours: RESET_LINK_TTL_MS / 3_600_000,
      organisation: account.organisation,
    });
    await this.db.transaction(async (em) => {
      // One link per account: a newer request makes the older link useless.
      await em.delete(PasswordResetToken, { kind: account.kind, userId: account.userId });
      await em.insert(PasswordResetToken, {
        tokenHash: tokenHash(token),
        kind: account.kind,
        userId: account.userId,
        createdAt: now,
        expiresAt: new Date(now.getTime() + RESET_LINK_TTL_MS),
      });
      await this.mail.send(jobCtx, {
        kind: 'account.passwordReset',
        to: normalizeEmail(r.email),
        subject,
        text,
        tenantId: account.tenantId,
      });
      await this.processingLog.append(jobCtx, {
        tenantId: account.tenantId,
        purpose: ProcessingPurpose.SECURITY,
        action: 'account.passwordResetRequested',
        subjects: 1,
        dataCategories: [DataCategory.EMAIL_ADDRESS],
        description: `Password reset link valid ${RESET_LINK_TTL_MS / 3_600_000} hour mailed to the account of a ${account.kind === 'operator' ? 'platform operator' : 'customer staff member'}`,
      });
    });
    return 'mailed';
  }

  /**
   * Sets a new password with a link's token, once: the token's row is deleted by the statement that
   * accepts it. Every session and token of the account ends (its session version moves on).
   */
  async reset(ctx: RequestContext, token: string, newPassword: string): Promise<boolean> {
    const password = checkNewPassword(newPassword);
    if (!isResetToken(token)) throw new BadInputError(INVALID_LINK, 'token');
    const hash = tokenHash(token);
    const now = new Date();
    const row = await this.db.read((em) =>
      em.findOneBy(PasswordResetToken, { tokenHash: hash, expiresAt: MoreThan(now) }),
    );
    if (!row) throw new BadInputError(INVALID_LINK, 'token');
    const passwordHash = await hashPassword(password);
    const reach = this.db.crossTenant('password reset: the link names the account');
    const tenantId =
      row.kind === 'tenant_user'
        ? ((await reach.query('SELECT tenant_id FROM tenant_users WHERE id = ?', [row.userId]))[0]
            ?.tenant_id ?? null)
        : null;
    if (row.kind === 'tenant_user' && !tenantId) throw new BadInputError(INVALID_LINK, 'token');
    const owner = { kind: row.kind, userId: row.userId, tenantId };
    await this.db.transaction(async (em) => {
      const claimed = await em.delete(PasswordResetToken, { tokenHash: hash, expiresAt: MoreThan(now) });
      if (!claimed.affected) throw new BadInputError(INVALID_LINK, 'token');
      const sessionVersion = () => 'session_version + 1';
      if (row.kind === 'operator') {
        await em.update(
          Operator,
          { id: row.userId },
          { passwordHash, mustChangePassword: false, sessionVersion },
        );
      } else {
        const r = await reach
          .forTenant(tenantId!)
          .repo(TenantUser, 'User')
          .update({ id: row.userId }, { passwordHash, sessionVersion });
        if (!r) throw new BadInputError(INVALID_LINK, 'token');
      }
      await this.sessions.endAll(owner);
      await this.processingLog.append(ctx, {
        tenantId,
        purpose: ProcessingPurpose.SECURITY,
        action: 'account.passwordReset',
        subjects: 1,
        dataCategories: [DataCategory.PASSWORD_HASH],
        description: `${row.kind === 'operator' ? 'A platform operator' : 'A customer staff member'} set a new password with a reset link; every session and token of the account ended`,
      });
    });
    return true;
  }
}
