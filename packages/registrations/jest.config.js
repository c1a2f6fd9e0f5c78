/** The package's own tests: unit tests of pure modules, integration tests against a real Strapi (tests/host-app). */
const path = require('path');

const transform = { '^.+\\.tsx?$': ['@swc/jest', { jsc: { target: 'es2022', parser: { syntax: 'typescript' } } }] };
const common = { testEnvironment: 'node', transform, modulePathIgnorePatterns: ['<rootDir>/dist/', '<rootDir>/tests/host-app/.tmp/'] };

module.exports = {
  // Booting Strapi takes 5–30 s on two cores.
  testTimeout: 180000,
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/tests/unit/**/*.test.ts'] },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/tests/integration/**/*.test.ts'],
      globalSetup: path.join(__dirname, 'tests', 'harness', 'global-setup.js'),
    },
  ],
};
