import { DataCategory } from '../common/data-category';
import { newId } from '../common/ids';
import type { Database } from '../common/database';
import { decoyHash, generatePassword, hashPassword, verifyPassword } from './password';
import type { TokenService } from './tokens';
import {
  BadInputError,
  ConflictError,
  isUniqueViolation,
  NotFoundError,
  RateLimitedError,
  UnauthenticatedError,
  uniqueIndex,
} from '../common/errors';
import { clientNetwork, type RateLimiter } from '../common/rate-limiter';
import type { Account, Principal, RequestContext } from '../../tenants/request-context';
import { HostingService, ProcessingPurpose, Role, TenantRole, TenantStatus } from '../common/enums';
import { Tenant } from '../tenants/tenant.entity';
import { normalizeEmail, validEmail } from '../common/email';
import type { ProcessingLogService } from '../processing/processing-log.service';
import type { TenantService } from '../tenants/tenant.service';
import { Operator } from './operator.entity';
import { TenantUser } from './tenant-user.entity';
import type { CreateTenantUserInput } from './user.inputs';
import { AuthPayload, TenantUserView, Viewer } from './user.types';

/** The one duplicate that means the tenant has a user with the address; any other is a real failure. */
const USER_EMAIL_TAKEN = uniqueIndex(TenantUser, 'ux_tenant_users_tenant_email');

const MINUTE = 60_000;
/**
 * Failed sign-ins allowed in each window, for one account from one client network, and for one
 * network over all accounts. Each tier is a longer window with a larger allowance, so a guesser is
 * held off for longer the more it fails (a minute, then a quarter of an hour, then six hours). There is
 * no limit per account alone: failures from elsewhere never lock the owner out of their account.
 */
export const LOGIN_THROTTLE_PER_ACCOUNT_NETWORK = [
  { windowMs: MINUTE, failures: 5 },
  { windowMs: 15 * MINUTE, failures: 10 },
  { windowMs: 360 * MINUTE, failures: 20 },
];
export const LOGIN_THROTTLE_PER_NETWORK = [
  { windowMs: 15 * MINUTE, failures: 100 },
  { windowMs: 360 * MINUTE, failures: 300 },
];
/** Wrong current passwords allowed per signed-in user when changing the password. */
export const LOGIN_FAILURES_PER_ACCOUNT = 10;
export const LOGIN_WINDOW_MS = 15 * MINUTE;

const INVALID_LOGIN = 'Invalid email or password';

export class UserService {
  constructor(
    private readonly db: Database,
    private readonly tokens: TokenService,
    private readonly limiter: RateLimiter,
    private readonly tenants: TenantService,
    private readonly processingLog: ProcessingLogService,
  ) {}

  /**
   * Unknown address, unknown tenant, wrong password and a suspended tenant all fail with the same
   * error after the same work (a decoy scrypt check stands in for a missing user), and failures are
   * counted per account and per client address so guessing is throttled.
   */
  async login(
    ctx: RequestContext,
    rawEmail: string,
    password: string,
    tenantSlug?: string | null,
  ): Promise<AuthPayload> {
    const email = normalizeEmail(rawEmail ?? '');
    if (email.length > 254 || (password ?? '').length > 200 || (tenantSlug ?? '').length > 40) {
      throw new BadInputError('email, password or tenant is too long');
    }
    const network = clientNetwork(ctx.ip);
    const pair = `${(tenantSlug ?? '').trim().toLowerCase()}\u0000${email}\u0000${network}`;
    const tiers = [
      ...LOGIN_THROTTLE_PER_ACCOUNT_NETWORK.map((t) => ({
        ...t,
        scope: `login-pair-${t.windowMs}`,
        key: pair,
      })),
      ...LOGIN_THROTTLE_PER_NETWORK.map((t) => ({ ...t, scope: `login-net-${t.windowMs}`, key: network })),
    ];
    const counts = await Promise.all(tiers.map((t) => this.limiter.count(t.scope, t.key, t.windowMs)));
    // The longest wait of the tiers that are full: the right password is refused then too (it is a
    // guessing throttle), but only from this network for this account, or from this network.
    const waits = counts.filter((c, i) => c.hits >= tiers[i].failures).map((c) => c.retryAfter);
    if (waits.length) throw new RateLimitedError(Math.max(...waits));

    let found: {
      id: string;
      hash: string;
      role: Role;
      tenantId?: string;
      tenantRole?: TenantRole;
      mustChange?: boolean;
      sessionVersion: number;
    } | null = null;
    if (tenantSlug) {
      const rows: Array<{
        id: string;
        password_hash: string;
        role: TenantRole;
        tenant_id: string;
        status: string;
        sv: number;
      }> = await this.db.crossTenant('sign-in: the account is found by tenant slug and address').query(
        `SELECT u.id, u.password_hash, u.role, u.tenant_id, t.status, u.session_version AS sv FROM tenant_users u
         JOIN tenants t ON t.id = u.tenant_id WHERE t.slug = ? AND u.email = ?`,
        [tenantSlug.trim().toLowerCase(), email],
      );
      const r = rows[0];
      if (r && r.status === TenantStatus.ACTIVE) {
        found = {
          id: r.id,
          hash: r.password_hash,
          role: Role.TENANT_USER,
          tenantId: r.tenant_id,
          tenantRole: r.role,
          sessionVersion: Number(r.sv),
        };
      }
    } else {
      const op = await this.db.read((em) => em.findOneBy(Operator, { email }));
      if (op)
        found = {
          id: op.id,
          hash: op.passwordHash,
          role: Role.OPERATOR,
          mustChange: op.mustChangePassword,
          sessionVersion: op.sessionVersion,
        };
    }
    const ok = await verifyPassword(password ?? '', found?.hash ?? (await decoyHash()));
    if (!found || !ok) {
      await Promise.all(tiers.map((t) => this.limiter.hit(t.scope, t.key, t.windowMs)));
      throw new UnauthenticatedError(INVALID_LOGIN);
    }
    const { token, expiresAt } = this.tokens.sign({
      sub: found.id,
      role: found.role,
      ...(found.tenantId ? { tenant_id: found.tenantId, tenant_role: found.tenantRole } : {}),
      sv: found.sessionVersion,
    });
    return Object.assign(new AuthPayload(), {
      token,
      expiresAt,
      role: found.role,
      mustChangePassword: !!found.mustChange,
    });
  }

  /**
   * The principal behind a bearer token, checked against the database on every request: a deleted
   * user, a user moved out of the token's tenant, or a tenant no longer ACTIVE loses access at once,
   * and the role is the current one, not the one at sign-in. A token issued before the account's
   * password changed, or before its tenant was suspended or offboarded, carries an older session
   * version and is refused.
   */
  async principalFromToken(token: string): Promise<{ principal: Principal; account: Account }> {
    const claims = this.tokens.verify(token);
    // One raw query per request: it both authorises and gives `me` its answer.
    if (claims.role === Role.OPERATOR) {
      const rows = await this.db.query(
        'SELECT email, must_change_password AS m, session_version AS sv FROM operators WHERE id = ?',
        [claims.sub],
      );
      if (!rows.length) throw new Error('operator no longer exists');
      if (Number(rows[0].sv) !== claims.sv) throw new Error('token was revoked');
      return {
        principal: {
          kind: 'operator',
          id: claims.sub,
          ...(Number(rows[0].m) ? { mustChangePassword: true } : {}),
        },
        account: { email: rows[0].email, tenant: null },
      };
    }
    const rows: Array<{
      role: TenantRole;
      email: string;
      slug: string;
      name: string;
      service: HostingService;
      dpo_email: string;
      status: TenantStatus;
      created_at: unknown;
      sv: number;
    }> = await this.db
      .crossTenant('authentication: a verified token names its tenant')
      .forTenant(String(claims.tenant_id))
      .query(
        `SELECT u.role, u.email, u.session_version AS sv, t.slug, t.name, t.service, t.dpo_email, t.status, t.created_at
         FROM tenant_users u JOIN tenants t ON t.id = u.tenant_id WHERE u.id = ? AND u.tenant_id = ?`,
        [claims.sub, claims.tenant_id],
      );
    const r = rows[0];
    if (!r) throw new Error('user no longer exists');
    if (Number(r.sv) !== claims.sv) throw new Error('token was revoked');
    if (r.status !== TenantStatus.ACTIVE) throw new Error('tenant is not active');
    const tenant = Object.assign(new Tenant(), {
      id: claims.tenant_id!,
      slug: r.slug,
      name: r.name,
      service: r.service,
      dpoEmail: r.dpo_email,
      status: r.status,
      createdAt: this.db.date(r.created_at)!,
      offboardedAt: null,
      dataDeletedAt: null,
    });
    return {
      principal: { kind: 'tenant_user', id: claims.sub, tenantId: claims.tenant_id!, tenantRole: r.role },
      account: { email: r.email, tenant },
    };
  }

  async me(ctx: RequestContext): Promise<Viewer> {
    const p = ctx.principal;
    if (ctx.account && (p.kind === 'operator' || p.kind === 'tenant_user')) {
      return Object.assign(new Viewer(), {
        id: p.id,
        email: ctx.account.email,
        role: p.kind === 'operator' ? Role.OPERATOR : Role.TENANT_USER,
        tenantRole: p.kind === 'tenant_user' ? p.tenantRole : null,
        tenant: ctx.account.tenant,
      });
    }
    if (p.kind === 'operator') {
      const op = await this.db.read((em) => em.findOneBy(Operator, { id: p.id }));
      if (!op) throw new UnauthenticatedError();
      return Object.assign(new Viewer(), {
        id: op.id,
        email: op.email,
        role: Role.OPERATOR,
        tenantRole: null,
        tenant: null,
      });
    }
    if (p.kind === 'tenant_user') {
      const user = await this.db.forTenant(ctx).repo(TenantUser, 'User').get(p.id);
      const tenant = await this.tenants.get(ctx, p.tenantId);
      return Object.assign(new Viewer(), {
        id: user.id,
        email: user.email,
        role: Role.TENANT_USER,
        tenantRole: user.role,
        tenant,
      });
    }
    throw new UnauthenticatedError();
  }

  /** Operators for any tenant; an OWNER for its own (another tenant's id answers NOT_FOUND). */
  async createTenantUser(ctx: RequestContext, input: CreateTenantUserInput): Promise<TenantUserView> {
    const tenant = await this.tenants.find(ctx, input.tenantId);
    if (!tenant) throw new NotFoundError('Tenant');
    if (tenant.status !== TenantStatus.ACTIVE)
      throw new ConflictError(`Tenant is ${tenant.status.toLowerCase()}`);
    const email = validEmail(input.email);
    if ((input.password ?? '').length < 12)
      throw new BadInputError('password must be at least 12 characters', 'password');
    const passwordHash = await hashPassword(input.password);
    const users = this.db.forTenant(ctx.forTenant(tenant.id)).repo(TenantUser, 'User');
    try {
      const user = await this.db.transaction(async () => {
        if (await users.findOne({ email }))
          throw new ConflictError('A user with this email already exists in this tenant');
        const created = await users.insert({
          id: newId(),
          email,
          passwordHash,
          role: input.role,
          createdAt: new Date(),
        });
        await this.processingLog.append(ctx, {
          tenantId: tenant.id,
          purpose: ProcessingPurpose.ORDER_PROCESSING,
          action: 'tenantUser.create',
          subjects: 1,
          dataCategories: [DataCategory.EMAIL_ADDRESS, DataCategory.PASSWORD_HASH],
          description: `Portal account created for a customer staff member with role ${input.role}`,
        });
        return created;
      });
      return Object.assign(new TenantUserView(), { id: user.id, email: user.email, role: user.role, tenant });
    } catch (err) {
      if (isUniqueViolation(err, USER_EMAIL_TAKEN))
        throw new ConflictError('A user with this email already exists in this tenant');
      throw err;
    }
  }

  /** Replaces the caller's password after checking the current one; clears a one-time password. */
  async changePassword(ctx: RequestContext, current: string, next: string): Promise<boolean> {
    if ((next ?? '').length < 12 || next.length > 200)
      throw new BadInputError('newPassword must be 12-200 characters', 'newPassword');
    if (!/\S/.test(next)) throw new BadInputError('newPassword must not be only white space', 'newPassword');
    if (next === current)
      throw new BadInputError('newPassword must differ from the current password', 'newPassword');
    const p = ctx.principal;
    const stored =
      p.kind === 'operator'
        ? (await this.db.read((em) => em.findOneBy(Operator, { id: p.id })))?.passwordHash
        : p.kind === 'tenant_user'
          ? (await this.db.forTenant(ctx).repo(TenantUser, 'User').get(p.id)).passwordHash
          : undefined;
    if (!stored) throw new UnauthenticatedError();
    const throttle = `password-change\u0000${ctx.userId}`;
    const failures = await this.limiter.count('login-account', throttle, LOGIN_WINDOW_MS);
    if (failures.hits >= LOGIN_FAILURES_PER_ACCOUNT) throw new RateLimitedError(failures.retryAfter);
    if ((current ?? '').length > 200 || !(await verifyPassword(current ?? '', stored))) {
      await this.limiter.hit('login-account', throttle, LOGIN_WINDOW_MS);
      throw new BadInputError('currentPassword is not correct', 'currentPassword');
    }
    const passwordHash = await hashPassword(next);
    await this.db.transaction(async (em) => {
      // A new password ends every session of the account, this one included: a token someone else
      // took with the old password stops working now, not when it expires.
      const sessionVersion = () => 'session_version + 1';
      if (p.kind === 'operator')
        await em.update(Operator, { id: p.id }, { passwordHash, mustChangePassword: false, sessionVersion });
      else
        await this.db
          .forTenant(ctx)
          .repo(TenantUser, 'User')
          .update({ id: ctx.userId }, { passwordHash, sessionVersion });
    });
    return true;
  }

  /**
   * Ends every session of a tenant's users (the tenant is suspended or offboarded): their tokens are
   * refused from now on, even if the tenant is later made active again.
   */
  async revokeTenantSessions(tenantId: string): Promise<void> {
    await this.db
      .crossTenant("operator: a suspended or offboarded tenant's sessions end")
      .forTenant(tenantId)
      .repo(TenantUser, 'User')
      .update({}, { sessionVersion: () => 'session_version + 1' });
  }

  /**
   * Makes sure an operator exists: the configured one, or on a fresh database a generated one whose
   * password is returned to be printed once (it is stored only as a hash).
   */
  async ensureOperator(
    email?: string,
    password?: string,
  ): Promise<{ email: string; password?: string } | null> {
    return this.db.transaction(async (em) => {
      const [{ n }] = await em.query(`SELECT COUNT(*) AS n FROM operators${this.db.forUpdate}`);
      if (Number(n) > 0) return null;
      const address = email ?? 'operator@steward.local';
      const secret = password ?? generatePassword();
      await em.insert(Operator, {
        id: newId(),
        email: address,
        passwordHash: await hashPassword(secret),
        mustChangePassword: !password,
        createdAt: new Date(),
      });
      return { email: address, password: password ? undefined : secret };
    });
  }
}
