import type { Config } from 'jest';
const preset = require('./jest.preset.js');

const config: Config = {
  ...preset,
  displayName: 'integration',
  rootDir: '.',
  roots: ['<rootDir>/apps', '<rootDir>/libs', '<rootDir>/workflows'],
  testMatch: ['**/*.integration-spec.ts'],
  setupFilesAfterEnv: ['<rootDir>/tests/e2e/setup-timeout.ts'],
};

export default config;
