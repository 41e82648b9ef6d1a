import { randomUUID } from 'node:crypto';
import { ActorType, TenantRole } from '../schema/common/enums';
import type { Tenant } from '../schema/tenants/tenant.entity';
import { ForbiddenError, UnauthenticatedError } from '../schema/common/errors';

export type Principal =
  | { kind: 'anonymous' }
  | { kind: 'operator'; id: string; mustChangePassword?: boolean; twoFactorMissing?: boolean }
  | {
      kind: 'tenant_user';
      id: string;
      tenantId: string;
      tenantRole: TenantRole;
      /** the tenant requires two-factor authentication and this user has not set it up */
      twoFactorMissing?: boolean;
    }
  | { kind: 'data_subject' }
  | { kind: 'system'; name: string };

/**
 * The signed-in account's own row, read once while verifying its credential, so `me` needs no second
 * query. Lives only for the request: never serialised into jobs (it holds an address).
 */
export interface Account {
  email: string;
  tenant: Tenant | null;
  /** the account's current session version (a password change or a suspension moves it on) */
  sessionVersion: number;
  /** the server-side session the request came with (the session cookie); null for a Bearer token */
  sessionId: string | null;
  /** the account has two-factor authentication on */
  twoFactorEnabled: boolean;
}

/** What a RequestContext becomes inside a job row: no token, no address, no IP. */
export interface SerializedContext {
  principal: Principal;
  requestId: string;
  onBehalfOf?: string | null;
}

/**
 * Who is acting, for which tenant, in which request. Built once per HTTP request from the verified
 * credential (never from arguments), passed first to every service method, and serialised into jobs so a
 * worker acts for the same tenant and actor.
 *
 * `tenantId` is the tenant whose data this context may touch: a tenant user's own tenant, or the
 * tenant an operator or system job explicitly acts for (`forTenant`). Tenant-scoped repositories
 * refuse to work without one.
 */
export class RequestContext {
  private constructor(
    readonly principal: Principal,
    readonly requestId: string,
    /** the tenant an operator or the system acts for; tenant users always act for their own */
    private readonly onBehalfOf: string | null = null,
    /** client address and agent, for rate limits and web logs only; never serialised into jobs */
    readonly ip: string | null = null,
    readonly userAgent: string | null = null,
    readonly account: Account | null = null,
  ) {}

  static forRequest(
    principal: Principal,
    requestId: string,
    ip: string | null,
    userAgent: string | null,
    account: Account | null = null,
  ): RequestContext {
    return new RequestContext(principal, requestId, null, ip, userAgent, account);
  }

  /** The context of an HTTP request (Express's `req`): its id, client address and agent. */
  static fromHttp(
    req: { id?: unknown; ip?: string; headers: { 'user-agent'?: string } },
    principal: Principal,
    account: Account | null = null,
  ): RequestContext {
    return RequestContext.forRequest(
      principal,
      String(req.id),
      req.ip ?? null,
      req.headers['user-agent'] ?? null,
      account,
    );
  }

  static system(name: string, requestId: string = randomUUID()): RequestContext {
    return new RequestContext({ kind: 'system', name }, requestId);
  }

  static deserialize(s: SerializedContext): RequestContext {
    return new RequestContext(s.principal, s.requestId, s.onBehalfOf ?? null);
  }

  serialize(): SerializedContext {
    return { principal: this.principal, requestId: this.requestId, onBehalfOf: this.onBehalfOf };
  }

  /** An operator or system context acting for one tenant; a tenant user may only name its own. */
  forTenant(tenantId: string): RequestContext {
    if (this.principal.kind === 'tenant_user' && this.principal.tenantId !== tenantId) {
      throw new ForbiddenError();
    }
    return new RequestContext(
      this.principal,
      this.requestId,
      tenantId,
      this.ip,
      this.userAgent,
      this.account,
    );
  }

  get tenantId(): string | null {
    return this.principal.kind === 'tenant_user' ? this.principal.tenantId : this.onBehalfOf;
  }

  /** The tenant this context works for, or FORBIDDEN: tenant data is never reached without one. */
  requireTenantId(): string {
    const id = this.tenantId;
    if (!id) throw new ForbiddenError('This operation needs a tenant');
    return id;
  }

  get isOperator(): boolean {
    return this.principal.kind === 'operator';
  }

  get isTenantUser(): boolean {
    return this.principal.kind === 'tenant_user';
  }

  get isAuthenticated(): boolean {
    return this.principal.kind === 'operator' || this.principal.kind === 'tenant_user';
  }

  get tenantRole(): TenantRole | null {
    return this.principal.kind === 'tenant_user' ? this.principal.tenantRole : null;
  }

  get userId(): string {
    if (this.principal.kind === 'operator' || this.principal.kind === 'tenant_user') return this.principal.id;
    throw new UnauthenticatedError();
  }

  get actorType(): ActorType {
    switch (this.principal.kind) {
      case 'operator':
        return ActorType.OPERATOR;
      case 'tenant_user':
        return ActorType.TENANT_USER;
      case 'system':
        return ActorType.SYSTEM;
      default:
        return ActorType.DATA_SUBJECT;
    }
  }

  /** A stable, non-personal actor id for the processing log: a user's UUID or a job's name. */
  get actorId(): string | null {
    switch (this.principal.kind) {
      case 'operator':
      case 'tenant_user':
        return this.principal.id;
      case 'system':
        return this.principal.name;
      default:
        return null;
    }
  }
}
