import type { Config } from 'jest';
const preset = require('./jest.preset.js');

const config: Config = {
  ...preset,
  displayName: 'unit',
  rootDir: '.',
  roots: ['<rootDir>/apps', '<rootDir>/libs', '<rootDir>/workflows'],
  testMatch: ['**/*.spec.ts'],
};

export default config;
