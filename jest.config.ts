// One jest run for the whole repository: unit specs, integration specs and end-to-end tests
// are separate projects so each tier can have its own setup and timeouts.
import type { Config } from 'jest';

const config: Config = {
  projects: ['<rootDir>/jest.unit.config.ts', '<rootDir>/jest.integration.config.ts', '<rootDir>/tests/e2e/jest.config.ts'],
};

export default config;
