import { DataCategory } from '../common/data-category';
import { newId } from '../common/ids';
import type { Database } from '../common/database';
import { ConflictError, isUniqueViolation, NotFoundError, uniqueIndex } from '../common/errors';
import type { RequestContext } from '../../tenants/request-context';
import { ProcessingPurpose, TenantStatus } from '../common/enums';
import { requiredText, validEmail } from '../common/email';
import type { ProcessingLogService } from '../processing/processing-log.service';
import { Tenant } from './tenant.entity';
import type { CreateTenantInput } from './tenant.inputs';

/** The one duplicate that means another tenant has the slug; any other is a real failure. */
const SLUG_TAKEN = uniqueIndex(Tenant, 'ux_tenants_slug');

export class TenantService {
  constructor(
    private readonly db: Database,
    private readonly processingLog: ProcessingLogService,
  ) {}

  /** Every tenant (operators only; the resolver's rule enforces it). */
  list(_ctx: RequestContext): Promise<Tenant[]> {
    return this.db.read((em) => em.find(Tenant, { order: { createdAt: 'ASC', id: 'ASC' } }));
  }

  /** A tenant by id; a tenant user sees only its own, and any other id answers as absent. */
  async find(ctx: RequestContext, id: string): Promise<Tenant | null> {
    if (ctx.isTenantUser && ctx.tenantId !== id) return null;
    return this.db.read((em) => em.findOneBy(Tenant, { id }));
  }

  async get(ctx: RequestContext, id: string): Promise<Tenant> {
    const tenant = await this.find(ctx, id);
    if (!tenant) throw new NotFoundError('Tenant');
    return tenant;
  }

  async create(ctx: RequestContext, input: CreateTenantInput): Promise<Tenant> {
    const tenant = Object.assign(new Tenant(), {
      id: newId(),
      slug: input.slug,
      name: requiredText(input.name, 'name', 200),
      service: input.service,
      dpoEmail: validEmail(input.dpoEmail, 'dpoEmail'),
      status: TenantStatus.ACTIVE,
      createdAt: new Date(),
      offboardedAt: null,
      dataDeletedAt: null,
      requireTwoFactor: false,
      suspendedAt: null,
      suspensionReason: null,
    });
    try {
      await this.db.transaction(async (em) => {
        if (await em.findOneBy(Tenant, { slug: tenant.slug }))
          throw new ConflictError(`A tenant with slug "${tenant.slug}" already exists`);
        await em.insert(Tenant, tenant);
        await this.processingLog.append(ctx, {
          tenantId: tenant.id,
          purpose: ProcessingPurpose.ORDER_PROCESSING,
          action: 'tenant.create',
          subjects: 1,
          dataCategories: [DataCategory.EMAIL_ADDRESS],
          description: 'Hosting customer account created with its data-protection contact',
        });
      });
    } catch (err) {
      if (isUniqueViolation(err, SLUG_TAKEN))
        throw new ConflictError(`A tenant with slug "${tenant.slug}" already exists`);
      throw err;
    }
    return tenant;
  }
}
