process.env.STEWARD_TEST_DB = 'sqlite';
// Until every module reaches tenant data through db.forTenant/db.crossTenant, the tenant guard
// records (STEWARD_TENANT_GUARD_LOG) instead of throwing; see tenants/tenant-guard.ts.
process.env.STEWARD_TENANT_GUARD ??= 'record';
