import { DataCategory } from '../common/data-category';
import { newId } from '../common/ids';
import type { Database } from '../common/database';
import { checkNewPassword, decoyHash, generatePassword, hashPassword, verifyPassword } from './password';
import { TOKEN_TTL_SECONDS, type TokenService } from './tokens';
import {
  AppError,
  BadInputError,
  ConflictError,
  isUniqueViolation,
  NotFoundError,
  RateLimitedError,
  UnauthenticatedError,
  uniqueIndex,
} from '../common/errors';
import { clientNetwork, type RateLimiter } from '../common/rate-limiter';
import { type Account, type Principal, RequestContext } from '../../tenants/request-context';
import { HostingService, ProcessingPurpose, Role, TenantRole, TenantStatus } from '../common/enums';
import { Tenant } from '../tenants/tenant.entity';
import { normalizeEmail, validEmail } from '../common/email';
import type { ProcessingLogService } from '../processing/processing-log.service';
import type { TenantService } from '../tenants/tenant.service';
import { Operator } from './operator.entity';
import { TenantUser } from './tenant-user.entity';
import type { CreateTenantUserInput } from './user.inputs';
import type { SessionKind } from './session.entity';
import {
  REMEMBERED_SESSION_TTL_MS,
  SESSION_TTL_MS,
  type SessionOwner,
  type SessionService,
} from './session.service';
import { tenantUserView } from './team.service';
import { UserStatus } from './user-status';
import { AuthPayload, SessionInfo, TenantUserView, Viewer } from './user.types';
import type { TwoFactorService } from './two-factor.service';

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
/** UNAUTHENTICATED for a right password (and code) of a suspended tenant's user, and for its credentials. */
export const TENANT_SUSPENDED =
  "Your organisation's account is suspended by the platform operator: nobody of it can sign in until it is reactivated";

/** A credential of a suspended tenant's user: refused on every request until the tenant is reactivated. */
export class TenantSuspendedError extends Error {
  constructor() {
    super(TENANT_SUSPENDED);
  }
}
/** UNAUTHENTICATED with `twoFactorRequired: true`: the password was right, the account needs its code. */
const OTP_REQUIRED = 'Enter the one-time code of your authenticator app (or a recovery code)';
const OTP_WRONG = 'The one-time code is not correct';

/** An account that proved its password: what the sign-in path hands to the credential it grants. */
interface SignedIn extends SessionOwner {
  role: Role;
  tenantRole: TenantRole | null;
  mustChangePassword: boolean;
  sessionVersion: number;
}

/** The credentials of `login` and `startSession`. */
export interface SignInInput {
  email: string;
  password: string;
  /** the tenant's slug for a tenant user; none for an operator */
  tenant?: string | null;
  /** a one-time code (two-factor authentication) */
  otp?: string | null;
}

/** What a sign-in grants (a token or a session), and how the processing log names it. */
interface Grant<T> {
  /** e.g. "an API token valid 8 hours"; never personal */
  what: string;
  /** personal data the grant keeps beyond the account's own (a session keeps the browser family and OS) */
  keeps?: DataCategory[];
  /** runs in the transaction that logs the sign-in */
  issue(account: SignedIn): Promise<T>;
}

const ownerOf = (ctx: RequestContext): SessionOwner => {
  const p = ctx.principal;
  if (p.kind === 'operator') return { kind: 'operator', userId: p.id, tenantId: null };
  if (p.kind === 'tenant_user') return { kind: 'tenant_user', userId: p.id, tenantId: p.tenantId };
  throw new UnauthenticatedError();
};

const kindWords = (a: { kind: SessionKind; tenantRole?: TenantRole | null }) =>
  a.kind === 'operator' ? 'Operator' : `Customer staff member (${a.tenantRole})`;

export class UserService {
  constructor(
    private readonly db: Database,
    private readonly tokens: TokenService,
    private readonly limiter: RateLimiter,
    private readonly tenants: TenantService,
    private readonly processingLog: ProcessingLogService,
    private readonly sessions: SessionService,
    private readonly twoFactor: TwoFactorService,
  ) {}

  /** Signs in for an API token, sent back as `Authorization: Bearer <token>`. */
  login(
    ctx: RequestContext,
    email: string,
    password: string,
    tenant?: string | null,
    otp?: string | null,
  ): Promise<AuthPayload> {
    return this.signIn(
      ctx,
      { email, password, tenant, otp },
      {
        what: `an API token valid ${TOKEN_TTL_SECONDS / 3600} hours`,
        issue: async (a) => {
          const { token, expiresAt } = this.tokens.sign({
            sub: a.userId,
            role: a.role,
            ...(a.tenantId ? { tenant_id: a.tenantId, tenant_role: a.tenantRole! } : {}),
            sv: a.sessionVersion,
          });
          return Object.assign(new AuthPayload(), {
            token,
            expiresAt,
            role: a.role,
            mustChangePassword: a.mustChangePassword,
          });
        },
      },
    );
  }

  /**
   * Signs in for a browser session (the HttpOnly cookie): 8 hours, or 30 days with `remember`.
   * Answers the viewer and the Set-Cookie value; a session the request came with ends (its cookie
   * is replaced).
   */
  startSession(
    ctx: RequestContext,
    input: SignInInput & { remember?: boolean | null },
  ): Promise<{ viewer: Viewer; cookie: string }> {
    const lifetime = input.remember ? REMEMBERED_SESSION_TTL_MS : SESSION_TTL_MS;
    return this.signIn(ctx, input, {
      what: input.remember
        ? `a browser session of ${lifetime / 86_400_000} days (kept signed in)`
        : `a browser session of ${lifetime / 3_600_000} hours`,
      keeps: [DataCategory.USER_AGENT],
      issue: async (a) => {
        if (ctx.account?.sessionId) await this.sessions.end(ctx.account.sessionId);
        const { session, cookie } = await this.sessions.start(a, a.sessionVersion, lifetime, ctx.userAgent);
        const { principal, account } = await this.principalOf(a, a.sessionVersion, session.id);
        return { viewer: this.viewerOf(principal, account), cookie };
      },
    });
  }

  /**
   * The one sign-in path (`login` and `startSession`). Unknown address, unknown tenant, wrong
   * password and a suspended tenant all fail with the same error after the same work (a decoy scrypt
   * check stands in for a missing user), and failures are counted per account and client network,
   * and per network, so guessing is throttled. Every sign-in and every failed one is a
   * processing-log entry (purpose SECURITY) that names no address; a sign-in refused by the
   * throttle checked nothing and is not logged (a flood would otherwise grow the log).
   */
  private async signIn<T>(ctx: RequestContext, input: SignInInput, grant: Grant<T>): Promise<T> {
    const email = normalizeEmail(input.email ?? '');
    const password = input.password ?? '';
    const tenantSlug = (input.tenant ?? '').trim().toLowerCase();
    if (
      email.length > 254 ||
      password.length > 200 ||
      (input.tenant ?? '').length > 40 ||
      (input.otp ?? '').length > 64
    ) {
      throw new BadInputError('email, password, tenant or otp is too long');
    }
    const network = clientNetwork(ctx.ip);
    const pair = `${tenantSlug}\u0000${email}\u0000${network}`;
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

    let found: SignedIn | null = null;
    let hash: string | undefined;
    let suspended = false;
    // A tenant named (even as blanks) signs in a tenant user; none signs in an operator.
    if (input.tenant) {
      const rows: Array<{
        id: string;
        password_hash: string;
        role: TenantRole;
        tenant_id: string;
        status: string;
        user_status: UserStatus;
        sv: number;
      }> = await this.db.crossTenant('sign-in: the account is found by tenant slug and address').query(
        `SELECT u.id, u.password_hash, u.role, u.tenant_id, t.status, u.status AS user_status, u.session_version AS sv FROM tenant_users u
         JOIN tenants t ON t.id = u.tenant_id WHERE t.slug = ? AND u.email = ?`,
        [tenantSlug, email],
      );
      const r = rows[0];
      // An INVITED user has no password yet: it signs in only after accepting its invitation. A
      // suspended tenant's user is checked like any other, and refused once the password is right.
      if (
        r &&
        (r.status === TenantStatus.ACTIVE || r.status === TenantStatus.SUSPENDED) &&
        r.user_status !== UserStatus.INVITED
      ) {
        hash = r.password_hash;
        suspended = r.status === TenantStatus.SUSPENDED;
        found = {
          kind: 'tenant_user',
          userId: r.id,
          tenantId: r.tenant_id,
          role: Role.TENANT_USER,
          tenantRole: r.role,
          mustChangePassword: false,
          sessionVersion: Number(r.sv),
        };
      }
    } else {
      const op = await this.db.read((em) => em.findOneBy(Operator, { email }));
      // An INVITED operator has no password yet, as an invited tenant user.
      if (op && op.status !== UserStatus.INVITED) {
        hash = op.passwordHash;
        found = {
          kind: 'operator',
          userId: op.id,
          tenantId: null,
          role: Role.OPERATOR,
          tenantRole: null,
          mustChangePassword: op.mustChangePassword,
          sessionVersion: op.sessionVersion,
        };
      }
    }
    const ok = await verifyPassword(password, hash ?? (await decoyHash()));
    // Two-factor authentication, after the password and before any grant: without a code the answer
    // says one is needed (the password was right); a wrong or replayed code counts as a failure.
    const factor = found && ok ? await this.twoFactor.check(found, input.otp) : 'none';
    if (factor === 'required')
      throw new AppError('UNAUTHENTICATED', OTP_REQUIRED, { twoFactorRequired: true });
    if (!found || !ok || factor === 'wrong') {
      await Promise.all(tiers.map((t) => this.limiter.hit(t.scope, t.key, t.windowMs)));
      await this.processingLog.append(ctx, {
        tenantId: found?.tenantId ?? null,
        purpose: ProcessingPurpose.SECURITY,
        action: 'account.signInFailed',
        subjects: found ? 1 : 0,
        dataCategories: found
          ? [DataCategory.EMAIL_ADDRESS, DataCategory.PASSWORD_HASH]
          : [DataCategory.EMAIL_ADDRESS],
        description: found
          ? `Failed sign-in to an account of a ${found.kind === 'operator' ? 'platform operator' : 'customer staff member'}: ${factor === 'wrong' ? 'wrong one-time code' : 'wrong password'}`
          : 'Failed sign-in: no active account with this address',
      });
      if (factor === 'wrong') throw new AppError('UNAUTHENTICATED', OTP_WRONG, { twoFactorRequired: true });
      throw new UnauthenticatedError(INVALID_LOGIN);
    }
    // Only someone who knows the password learns that the organisation is suspended.
    if (suspended) {
      await this.processingLog.append(ctx, {
        tenantId: found.tenantId,
        purpose: ProcessingPurpose.SECURITY,
        action: 'account.signInFailed',
        subjects: 1,
        dataCategories: [DataCategory.EMAIL_ADDRESS, DataCategory.PASSWORD_HASH],
        description:
          'Sign-in of a customer staff member refused: the customer account is suspended by the platform',
      });
      throw new UnauthenticatedError(TENANT_SUSPENDED);
    }
    const account = found; // narrowed, for the closure below
    const principal: Principal =
      account.kind === 'operator'
        ? { kind: 'operator', id: account.userId }
        : {
            kind: 'tenant_user',
            id: account.userId,
            tenantId: account.tenantId!,
            tenantRole: account.tenantRole!,
          };
    const actor = RequestContext.forRequest(principal, ctx.requestId, ctx.ip, ctx.userAgent);
    return this.db.transaction(async () => {
      const granted = await grant.issue(account);
      if (account.kind === 'tenant_user')
        await this.db
          .forTenant(actor)
          .repo(TenantUser, 'User')
          .update({ id: account.userId }, { lastSignInAt: new Date() });
      else await this.db.manager.update(Operator, { id: account.userId }, { lastSignInAt: new Date() });
      await this.processingLog.append(actor, {
        tenantId: account.tenantId,
        purpose: ProcessingPurpose.SECURITY,
        action: 'account.signIn',
        subjects: 1,
        dataCategories: [DataCategory.EMAIL_ADDRESS, DataCategory.PASSWORD_HASH, ...(grant.keeps ?? [])],
        description: `${kindWords(account)} signed in with a password${factor === 'totp' ? ' and a one-time code' : factor === 'recovery' ? ' and a recovery code' : ''}, for ${grant.what}`,
      });
      return granted;
    });
  }

  /** The principal behind a bearer token (see principalOf). */
  async principalFromToken(token: string): Promise<{ principal: Principal; account: Account }> {
    const claims = this.tokens.verify(token);
    const owner: SessionOwner =
      claims.role === Role.OPERATOR
        ? { kind: 'operator', userId: claims.sub, tenantId: null }
        : { kind: 'tenant_user', userId: claims.sub, tenantId: String(claims.tenant_id) };
    return this.principalOf(owner, claims.sv, null);
  }

  /**
   * The principal behind a session cookie: an unexpired session row for the token's hash, then the
   * same account check as a token's (its session version included). Marks the session as seen.
   */
  async principalFromSession(token: string): Promise<{ principal: Principal; account: Account }> {
    const now = new Date();
    const session = await this.sessions.find(token, now);
    if (!session) throw new Error('no such session, or it expired');
    const found = await this.principalOf(session, session.sessionVersion, session.id);
    await this.sessions.touch(session, now);
    return found;
  }

  /**
   * The principal behind a credential, checked against the database on every request: a deleted
   * user, a user moved out of the credential's tenant, or a tenant no longer ACTIVE loses access at
   * once, and the role is the current one, not the one at sign-in. A credential issued before the
   * account's password changed, or before its tenant was suspended or offboarded, carries an older
   * session version and is refused.
   */
  private async principalOf(
    owner: SessionOwner,
    sessionVersion: number,
    sessionId: string | null,
  ): Promise<{ principal: Principal; account: Account }> {
    // One raw query per request: it both authorises and gives `me` its answer.
    if (owner.kind === 'operator') {
      const rows = await this.db.query(
        `SELECT email, must_change_password AS m, session_version AS sv, (SELECT COUNT(*) FROM two_factor_credentials f
         WHERE f.principal_kind = 'operator' AND f.user_id = operators.id AND f.enabled_at IS NOT NULL) AS tf
         FROM operators WHERE id = ?`,
        [owner.userId],
      );
      if (!rows.length) throw new Error('operator no longer exists');
      if (Number(rows[0].sv) !== sessionVersion) throw new Error('credential was revoked');
      return {
        principal: {
          kind: 'operator',
          id: owner.userId,
          ...(Number(rows[0].m) ? { mustChangePassword: true } : {}),
          // operators must use 2FA: until it is on, only the account's own operations work
          ...(Number(rows[0].tf) > 0 ? {} : { twoFactorMissing: true }),
        },
        account: {
          email: rows[0].email,
          tenant: null,
          sessionVersion,
          sessionId,
          twoFactorEnabled: Number(rows[0].tf) > 0,
        },
      };
    }
    const tenantId = String(owner.tenantId);
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
      rtf: unknown;
      tf: number | string;
    }> = await this.db
      .crossTenant('authentication: a verified credential names its tenant')
      .forTenant(tenantId)
      .query(
        `SELECT u.role, u.email, u.session_version AS sv, t.slug, t.name, t.service, t.dpo_email, t.status, t.created_at,
           t.require_two_factor AS rtf, (SELECT COUNT(*) FROM two_factor_credentials f WHERE f.principal_kind = 'tenant_user'
           AND f.user_id = u.id AND f.enabled_at IS NOT NULL) AS tf
         FROM tenant_users u JOIN tenants t ON t.id = u.tenant_id WHERE u.id = ? AND u.tenant_id = ?`,
        [owner.userId, tenantId],
      );
    const r = rows[0];
    if (!r) throw new Error('user no longer exists');
    if (Number(r.sv) !== sessionVersion) throw new Error('credential was revoked');
    if (r.status === TenantStatus.SUSPENDED) throw new TenantSuspendedError();
    if (r.status !== TenantStatus.ACTIVE) throw new Error('tenant is not active');
    const tenant = Object.assign(new Tenant(), {
      id: tenantId,
      slug: r.slug,
      name: r.name,
      service: r.service,
      dpoEmail: r.dpo_email,
      status: r.status,
      createdAt: this.db.date(r.created_at)!,
      offboardedAt: null,
      dataDeletedAt: null,
      requireTwoFactor: !!Number(r.rtf),
      suspendedAt: null,
      suspensionReason: null,
    });
    const twoFactorEnabled = Number(r.tf) > 0;
    return {
      principal: {
        kind: 'tenant_user',
        id: owner.userId,
        tenantId,
        tenantRole: r.role,
        // the tenant requires 2FA and this user has none yet: only the account's own operations work
        ...(tenant.requireTwoFactor && !twoFactorEnabled ? { twoFactorMissing: true } : {}),
      },
      account: { email: r.email, tenant, sessionVersion, sessionId, twoFactorEnabled },
    };
  }

  /** The caller's live sessions; `current` marks the one this request came with (none for a Bearer token). */
  async listSessions(ctx: RequestContext): Promise<SessionInfo[]> {
    if (!ctx.account) throw new UnauthenticatedError();
    const current = ctx.account.sessionId;
    const rows = await this.sessions.list(ownerOf(ctx), ctx.account.sessionVersion);
    return rows.map((r) =>
      Object.assign(new SessionInfo(), {
        id: r.id,
        createdAt: r.createdAt,
        lastSeenAt: r.lastSeenAt,
        expiresAt: r.expiresAt,
        userAgent: r.userAgent,
        current: r.id === current,
      }),
    );
  }

  /**
   * Signs out: the session this request came with ends, and the answer carries the Set-Cookie value
   * that clears the cookie. A request with a Bearer token has no session to end: `ended` is false
   * (a token ends when it expires, or with changePassword).
   */
  async endSession(ctx: RequestContext): Promise<{ ended: boolean; cookie?: string }> {
    const id = ctx.account?.sessionId;
    if (!id) return { ended: false };
    await this.db.transaction(async () => {
      await this.sessions.end(id);
      await this.processingLog.append(ctx, {
        purpose: ProcessingPurpose.SECURITY,
        action: 'account.signOut',
        subjects: 1,
        dataCategories: [],
        description: `${kindWords({ kind: ownerOf(ctx).kind, tenantRole: ctx.tenantRole })} signed out: the browser session ended`,
      });
    });
    return { ended: true, cookie: this.sessions.clearCookie() };
  }

  /**
   * Ends one of the caller's own sessions (a device it no longer trusts). Another account's session,
   * and an id that is no session, answer NOT_FOUND alike. Revoking the current session signs out.
   */
  async revokeSession(ctx: RequestContext, id: string): Promise<{ cookie?: string }> {
    const owner = ownerOf(ctx);
    if (typeof id !== 'string' || id.length > 36) throw new NotFoundError('Session');
    await this.db.transaction(async () => {
      if (!(await this.sessions.revoke(owner, id))) throw new NotFoundError('Session');
      await this.processingLog.append(ctx, {
        purpose: ProcessingPurpose.SECURITY,
        action: 'session.revoke',
        subjects: 1,
        dataCategories: [],
        description: `${kindWords({ kind: ownerOf(ctx).kind, tenantRole: ctx.tenantRole })} ended one of its own browser sessions`,
      });
    });
    return id === ctx.account?.sessionId ? { cookie: this.sessions.clearCookie() } : {};
  }

  /** The viewer of a principal whose account row was read while authenticating it. */
  private viewerOf(p: Principal, account: Account): Viewer {
    if (p.kind !== 'operator' && p.kind !== 'tenant_user') throw new UnauthenticatedError();
    return Object.assign(new Viewer(), {
      id: p.id,
      email: account.email,
      role: p.kind === 'operator' ? Role.OPERATOR : Role.TENANT_USER,
      tenantRole: p.kind === 'tenant_user' ? p.tenantRole : null,
      tenant: account.tenant,
      twoFactorEnabled: account.twoFactorEnabled,
    });
  }

  async me(ctx: RequestContext): Promise<Viewer> {
    const p = ctx.principal;
    if (ctx.account && (p.kind === 'operator' || p.kind === 'tenant_user'))
      return this.viewerOf(p, ctx.account);
    if (p.kind === 'operator') {
      const op = await this.db.read((em) => em.findOneBy(Operator, { id: p.id }));
      if (!op) throw new UnauthenticatedError();
      return Object.assign(new Viewer(), {
        id: op.id,
        email: op.email,
        role: Role.OPERATOR,
        tenantRole: null,
        tenant: null,
        twoFactorEnabled: await this.twoFactor.enabled({ kind: 'operator', userId: op.id, tenantId: null }),
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
        twoFactorEnabled: await this.twoFactor.enabled({
          kind: 'tenant_user',
          userId: user.id,
          tenantId: p.tenantId,
        }),
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
          status: UserStatus.ACTIVE,
          lastSignInAt: null,
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
      return tenantUserView(user, tenant);
    } catch (err) {
      if (isUniqueViolation(err, USER_EMAIL_TAKEN))
        throw new ConflictError('A user with this email already exists in this tenant');
      throw err;
    }
  }

  /** Replaces the caller's password after checking the current one; clears a one-time password. */
  async changePassword(ctx: RequestContext, current: string, next: string): Promise<boolean> {
    checkNewPassword(next);
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
      // A new password ends every other session of the account and every token, the caller's own
      // included: a token or a session someone else took with the old password stops working now,
      // not when it expires. The browser session that made the change stays signed in.
      const sessionVersion = () => 'session_version + 1';
      let version: number;
      if (p.kind === 'operator') {
        await em.update(Operator, { id: p.id }, { passwordHash, mustChangePassword: false, sessionVersion });
        version = (await em.findOneByOrFail(Operator, { id: p.id })).sessionVersion;
      } else {
        const users = this.db.forTenant(ctx).repo(TenantUser, 'User');
        await users.update({ id: ctx.userId }, { passwordHash, sessionVersion });
        version = (await users.get(ctx.userId)).sessionVersion;
      }
      await this.sessions.endOthers(ownerOf(ctx), ctx.account?.sessionId ?? null, version);
    });
    return true;
  }

  /**
   * Ends every session of a tenant's users (the tenant is suspended or offboarded): their sessions
   * are deleted and their tokens refused from now on, even if the tenant is later made active again.
   */
  async revokeTenantSessions(tenantId: string): Promise<void> {
    await this.db.transaction(async () => {
      await this.db
        .crossTenant("operator: a suspended or offboarded tenant's sessions end")
        .forTenant(tenantId)
        .repo(TenantUser, 'User')
        .update({}, { sessionVersion: () => 'session_version + 1' });
      await this.sessions.endForTenant(tenantId);
    });
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
        status: UserStatus.ACTIVE,
        lastSignInAt: null,
      });
      return { email: address, password: password ? undefined : secret };
    });
  }
}
