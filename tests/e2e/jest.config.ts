import type { Config } from 'jest';
const preset = require('../../jest.preset.js');

/** End-to-end: the built services run as processes (started once for the run) and are driven over HTTP. */
const config: Config = {
  ...preset,
  displayName: 'e2e',
  rootDir: '../..',
  roots: ['<rootDir>/tests/e2e'],
  testMatch: ['**/*.e2e-spec.ts'],
  globalSetup: '<rootDir>/tests/e2e/global-setup.ts',
  globalTeardown: '<rootDir>/tests/e2e/global-teardown.ts',
  setupFilesAfterEnv: ['<rootDir>/tests/e2e/setup-timeout.ts'],
};

export default config;
