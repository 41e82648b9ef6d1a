/**
 * The dependency direction of ../shared/architecture.md, checked by `npm run lint`:
 * server/ -> schema/* -> (tenants/, workers/ as a port, schema/common/), and portal/ apart from all
 * of them (it speaks HTTP only). There are no exceptions:
 * the shared kernel (errors, ids, the Database handle, logger, rate limiter) lives in schema/common/.
 */
module.exports = {
  forbidden: [
    {
      name: 'kernel-not-composition-root',
      comment: 'Nothing in schema/, tenants/ or workers/ imports server/ (the composition root).',
      severity: 'error',
      from: { path: '^(schema|tenants|workers)/' },
      to: { path: '^server/' },
    },
    {
      name: 'production-not-tests-or-bench',
      comment: 'Production code never imports tests or benchmarks.',
      severity: 'error',
      from: { path: '^(server|schema|tenants|workers)/', pathNot: '\\.(e2e-)?spec\\.ts$' },
      to: { path: '^(test|bench)/' },
    },
    {
      name: 'tests-not-bench',
      comment: 'Tests do not depend on benchmarks.',
      severity: 'error',
      from: { path: '^test/' },
      to: { path: '^bench/' },
    },
    {
      name: 'portal-speaks-only-the-api',
      comment: 'The portal (portal/) reaches the server only over HTTP: it imports no server-side code.',
      severity: 'error',
      from: { path: '^portal/' },
      to: { path: '^(server|schema|tenants|workers|test|bench)/' },
    },
    {
      name: 'nothing-imports-the-portal',
      comment: 'Server code and tests use the portal as a browser does: through its build, never its source.',
      severity: 'error',
      from: { path: '^(server|schema|tenants|workers|test|bench)/' },
      to: { path: '^portal/' },
    },
    {
      name: 'no-runtime-cycle',
      comment: 'No import cycle that exists at run time (type-only edges are erased).',
      severity: 'error',
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'queue-engine-has-no-domain',
      comment: 'The queue engine (workers/) knows no domain module.',
      severity: 'error',
      from: { path: '^workers/(job-queue|worker-pool|job\\.entity|job-handler)\\.ts$' },
      to: { path: '^schema/(?!common/)' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|dist|coverage|portal/dist)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
    },
  },
};
