/** Unit tests run pure modules; integration tests boot a real Strapi on its own database. */
const transform = {
  '^.+\\.tsx?$': ['@swc/jest', { jsc: { target: 'es2022', parser: { syntax: 'typescript' } } }],
  // The web front's browser modules (ES modules without a build step), for unit tests of their pure parts.
  '^.+/public/site/.+\\.js$': ['@swc/jest', { jsc: { target: 'es2022' }, module: { type: 'commonjs' } }],
};
const common = {
  testEnvironment: 'node',
  transform,
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/dist/', '<rootDir>/.tmp/', '<rootDir>/examples/'],
  modulePathIgnorePatterns: ['<rootDir>/dist/', '<rootDir>/.tmp/', '<rootDir>/build/', '<rootDir>/examples/', '<rootDir>/packages/[^/]+/dist/', '<rootDir>/packages/[^/]+/tests/host-app/.tmp/'],
};

module.exports = {
  // Booting Strapi and seeding takes 10–30 s on two cores.
  testTimeout: 180000,
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/tests/unit/**/*.test.ts', '<rootDir>/packages/*/tests/unit/**/*.test.ts'] },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/tests/integration/**/*.test.ts', '<rootDir>/packages/*/tests/integration/**/*.test.ts'],
      globalSetup: '<rootDir>/tests/harness/global-setup.js',
    },
    {
      ...common,
      // Debian's Chromium driven by playwright-core against the app (and its built admin panel) on a real port.
      displayName: 'browser',
      testMatch: ['<rootDir>/tests/browser/**/*.test.ts'],
      globalSetup: '<rootDir>/tests/harness/browser-global-setup.js',
    },
    // Only under tests/security/run.js (npm run test:security), which starts what these tests attack.
    ...(process.env.SECURITY_PROXY_URL ? [{ ...common, displayName: 'security', testMatch: ['<rootDir>/tests/security/**/*.test.ts'] }] : []),
  ],
};
