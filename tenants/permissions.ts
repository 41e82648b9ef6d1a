import { defaultFieldResolver, GraphQLFieldConfig, GraphQLSchema, isObjectType } from 'graphql';
import { Extensions } from 'type-graphql';
import { TenantRole } from '../schema/common/enums';
import { AppError, ForbiddenError, UnauthenticatedError } from '../schema/common/errors';
import type { RequestContext } from './request-context';

/**
 * Who may call a root field. Every Query and Mutation field declares one with `@Allow(...)`;
 * `guardRootFields` enforces it and denies any field that has none (deny by default), and a test
 * walks the built schema so a field without a rule fails the build.
 */
export interface AccessRule {
  /** anyone, signed in or not (public mutations are rate limited per client IP) */
  public?: boolean;
  /** any signed-in operator or tenant user */
  signedIn?: boolean;
  operator?: boolean;
  /** tenant users holding one of these roles in their own tenant */
  tenantRoles?: TenantRole[];
  /** still callable by an account that signed in with a one-time password (me, changePassword) */
  withOneTimePassword?: boolean;
  /**
   * still callable by a user whose tenant requires two-factor authentication, and by an operator
   * (every operator must use it), before it is set up (me, changePassword, sessions and the 2FA mutations)
   */
  withoutTwoFactor?: boolean;
}

const ALL_TENANT_ROLES = [TenantRole.OWNER, TenantRole.ADMIN, TenantRole.VIEWER];
const WRITERS = [TenantRole.OWNER, TenantRole.ADMIN];

export const Access = {
  PUBLIC: { public: true },
  SIGNED_IN: { signedIn: true },
  /** the caller's own account (sessions, 2FA setup): open before a required 2FA is set up */
  OWN_ACCOUNT: { signedIn: true, withoutTwoFactor: true },
  OPERATOR: { operator: true },
  TENANT_READ: { tenantRoles: ALL_TENANT_ROLES },
  TENANT_WRITE: { tenantRoles: WRITERS },
  TENANT_OWNER: { tenantRoles: [TenantRole.OWNER] },
  OPERATOR_OR_TENANT_READ: { operator: true, tenantRoles: ALL_TENANT_ROLES },
  OPERATOR_OR_TENANT_OWNER: { operator: true, tenantRoles: [TenantRole.OWNER] },
} satisfies Record<string, AccessRule>;

/** Declares who may call a root field (stored in the field's schema extensions). */
export function Allow(rule: AccessRule): MethodDecorator {
  return Extensions({ access: rule }) as MethodDecorator;
}

export function ruleOf(field: { extensions?: Record<string, unknown> | null }): AccessRule | undefined {
  return (field.extensions?.access as AccessRule | undefined) ?? undefined;
}

/** Throws UNAUTHENTICATED or FORBIDDEN unless the context satisfies the rule. */
export function assertAllowed(rule: AccessRule | undefined, ctx: RequestContext, authError?: string): void {
  if (!rule) throw new ForbiddenError('This operation has no access rule and is denied');
  if (rule.public) return;
  if (!ctx.isAuthenticated) throw new UnauthenticatedError(authError);
  if (ctx.principal.kind === 'operator' && ctx.principal.mustChangePassword && !rule.withOneTimePassword) {
    throw new ForbiddenError('Change your one-time password first (changePassword)');
  }
  if (ctx.principal.kind === 'operator' && ctx.principal.twoFactorMissing && !rule.withoutTwoFactor) {
    throw new AppError(
      'FORBIDDEN',
      'Operators must use two-factor authentication: set it up first (beginTwoFactorSetup, then confirmTwoFactor)',
      { twoFactorSetupRequired: true },
    );
  }
  if (ctx.principal.kind === 'tenant_user' && ctx.principal.twoFactorMissing && !rule.withoutTwoFactor) {
    throw new AppError(
      'FORBIDDEN',
      'Your organisation requires two-factor authentication: set it up first (beginTwoFactorSetup, then confirmTwoFactor)',
      { twoFactorSetupRequired: true },
    );
  }
  if (rule.signedIn) return;
  if (rule.operator && ctx.isOperator) return;
  if (rule.tenantRoles && ctx.tenantRole && rule.tenantRoles.includes(ctx.tenantRole)) return;
  throw new ForbiddenError();
}

export interface GuardHooks {
  /** called before every public Mutation field; throws RATE_LIMITED when the caller is over its limit */
  beforePublicMutation(ctx: RequestContext): Promise<void>;
}

/**
 * Wraps the resolver of every Query and Mutation field with its access check. Only root fields pay
 * for it: nested fields are reached through a root field that already passed.
 */
export function guardRootFields(schema: GraphQLSchema, hooks: GuardHooks): GraphQLSchema {
  for (const type of [schema.getQueryType(), schema.getMutationType()]) {
    if (!type || !isObjectType(type)) continue;
    const isMutation = type === schema.getMutationType();
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- resolvers of any argument shape
    for (const field of Object.values(type.getFields()) as unknown as GraphQLFieldConfig<unknown, any>[]) {
      const rule = ruleOf(field);
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = async (source, args, context, info) => {
        const ctx: RequestContext = context.ctx;
        assertAllowed(rule, ctx, context.authError);
        if (rule?.public && isMutation) await hooks.beforePublicMutation(ctx);
        return resolve(source, args, context, info);
      };
    }
  }
  return schema;
}
