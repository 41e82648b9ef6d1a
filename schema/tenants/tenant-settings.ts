import { Arg, Ctx, Field, ID, InputType, Mutation, Resolver } from 'type-graphql';
import { DataCategory } from '../common/data-category';
import type { Database } from '../common/database';
import { requiredText, validEmail } from '../common/email';
import { ProcessingPurpose, TenantStatus } from '../common/enums';
import { BadInputError, ConflictError, NotFoundError } from '../common/errors';
import type { ProcessingLogService } from '../processing/processing-log.service';
import type { GraphQLContext } from '../../tenants/graphql-context';
import { Access, Allow } from '../../tenants/permissions';
import type { RequestContext } from '../../tenants/request-context';
import { Tenant } from './tenant.entity';

@InputType()
export class UpdateTenantInput {
  @Field(() => String, { nullable: true, description: '1-200 characters' })
  name?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'where data-subject tasks and breach notices are sent',
  })
  dpoEmail?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "the tenant's users must sign in with a one-time code",
  })
  requireTwoFactor?: boolean | null;
}

// eslint-disable-next-line no-control-regex -- control characters are what this refuses
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

/** A tenant's own settings: its name, its DPO address, its 2FA policy (operator, or its OWNER). */
export class TenantSettingsService {
  constructor(
    private readonly db: Database,
    private readonly processingLog: ProcessingLogService,
  ) {}

  async update(ctx: RequestContext, id: string, input: UpdateTenantInput): Promise<Tenant> {
    if (typeof id !== 'string' || id.length > 36 || (ctx.isTenantUser && ctx.tenantId !== id))
      throw new NotFoundError('Tenant');
    const patch: Partial<Pick<Tenant, 'name' | 'dpoEmail' | 'requireTwoFactor'>> = {};
    if (input.name !== undefined && input.name !== null) {
      if (CONTROL.test(input.name))
        throw new BadInputError('name must not contain control characters', 'name');
      patch.name = requiredText(input.name, 'name', 200);
    }
    if (input.dpoEmail !== undefined && input.dpoEmail !== null)
      patch.dpoEmail = validEmail(input.dpoEmail, 'dpoEmail');
    if (input.requireTwoFactor !== undefined && input.requireTwoFactor !== null)
      patch.requireTwoFactor = !!input.requireTwoFactor;
    const changed = Object.keys(patch);
    if (!changed.length) throw new BadInputError('Give at least one of name, dpoEmail, requireTwoFactor');
    return this.db.transaction(async (em) => {
      const tenant = await em.findOneBy(Tenant, { id });
      if (!tenant) throw new NotFoundError('Tenant');
      if (tenant.status === TenantStatus.OFFBOARDED) throw new ConflictError('This tenant was offboarded');
      await em.update(Tenant, { id }, patch);
      const words: string[] = [];
      if (patch.name !== undefined) words.push('its name');
      if (patch.dpoEmail !== undefined) words.push('its data-protection contact');
      if (patch.requireTwoFactor !== undefined)
        words.push(
          patch.requireTwoFactor
            ? 'its policy (two-factor authentication now required of its users)'
            : 'its policy (two-factor authentication no longer required)',
        );
      await this.processingLog.append(ctx, {
        tenantId: id,
        purpose: ProcessingPurpose.ORDER_PROCESSING,
        action: 'tenant.update',
        subjects: patch.dpoEmail !== undefined ? 1 : 0,
        dataCategories: patch.dpoEmail !== undefined ? [DataCategory.EMAIL_ADDRESS] : [],
        description: `Hosting customer settings changed by ${ctx.isOperator ? 'an operator' : 'its owner'}: ${words.join(', ')}`,
      });
      return Object.assign(tenant, patch);
    });
  }
}

@Resolver(() => Tenant)
export class TenantSettingsResolver {
  constructor(private readonly settings: TenantSettingsService) {}

  @Mutation(() => Tenant, { description: 'operator, or OWNER of that tenant' })
  @Allow(Access.OPERATOR_OR_TENANT_OWNER)
  updateTenant(
    @Ctx() { ctx }: GraphQLContext,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateTenantInput) input: UpdateTenantInput,
  ): Promise<Tenant> {
    return this.settings.update(ctx, id, input);
  }
}
