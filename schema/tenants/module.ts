import { defineModule } from '../common/module';
import { OffboardTenantJob } from './offboarding.jobs';
import type { OffboardingService } from './offboarding.service';
import { Tenant } from './tenant.entity';
import { TenantResolver } from './tenant.resolver';
import type { TenantService } from './tenant.service';
import { TenantSettingsResolver, type TenantSettingsService } from './tenant-settings';
import { SuspensionResolver, type SuspensionService } from './suspension';

/** Hosting customers (the controllers) and their offboarding. */
export const tenantsModule = defineModule<{
  tenants: TenantService;
  offboarding: OffboardingService;
  tenantSettings: TenantSettingsService;
  suspension: SuspensionService;
}>({
  name: 'tenants',
  entities: [Tenant],
  resolvers: [
    { type: TenantResolver, create: (s) => new TenantResolver(s.tenants, s.offboarding) },
    { type: TenantSettingsResolver, create: (s) => new TenantSettingsResolver(s.tenantSettings) },
    { type: SuspensionResolver, create: (s) => new SuspensionResolver(s.suspension) },
  ],
  handlers: (s) => [new OffboardTenantJob(s.offboarding)],
  schedules: () => [],
  routes: () => [],
});
