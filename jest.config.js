/**
 * `npm test` runs every suite on embedded SQLite; with TEST_DATABASE_URL=mysql://... it runs the
 * same suites against MySQL/MariaDB as well (a second project). Each test file gets a fresh database.
 */
const base = {
  testEnvironment: 'node',
  rootDir: __dirname,
  testMatch: [
    '<rootDir>/test/**/*.e2e-spec.ts',
    '<rootDir>/test/**/*.spec.ts',
    '<rootDir>/{server,schema,tenants,workers}/**/*.spec.ts',
  ],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }],
    // intl-messageformat and its @formatjs parts ship only ES modules: Node's require() loads them
    // (require(esm), Node >= 20.19), Jest's module loader does not, so they are compiled to CommonJS
    '^.+\\.js$': [
      'ts-jest',
      { tsconfig: { allowJs: true, module: 'commonjs', target: 'ES2022' }, isolatedModules: true },
    ],
  },
  transformIgnorePatterns: ['/node_modules/(?!(intl-messageformat|@formatjs)/)'],
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  testTimeout: 60_000,
};

module.exports = {
  maxWorkers: 2,
  testTimeout: 60_000,
  projects: [
    {
      ...base,
      displayName: 'sqlite',
      setupFiles: ['<rootDir>/test/support/use-sqlite.ts'],
      // MySQL accounts and grants: SQLite has neither, so this file runs on MySQL only
      testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/database-grants\\.e2e-spec\\.ts$'],
    },
    ...(process.env.TEST_DATABASE_URL
      ? [{ ...base, displayName: 'mysql', setupFiles: ['<rootDir>/test/support/use-mysql.ts'] }]
      : []),
  ],
};
