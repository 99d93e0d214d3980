import type { Config } from 'jest';

const tsJest = { '^.+\\.ts$': 'ts-jest' } as const;
// Kept with the project, not in the system temp directory (npm test leaves /tmp as it found it).
const cacheDirectory = '<rootDir>/node_modules/.cache/jest';

/** Three layers: unit (no database), integration and contract (a real Neo4j started once per run). */
const config: Config = {
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      transform: tsJest,
      cacheDirectory,
      testMatch: ['<rootDir>/tests/unit/**/*.test.ts'],
    },
    {
      displayName: 'integration',
      testEnvironment: 'node',
      transform: tsJest,
      cacheDirectory,
      testMatch: ['<rootDir>/tests/integration/**/*.test.ts', '<rootDir>/tests/contract/**/*.test.ts', '<rootDir>/tests/resilience/**/*.test.ts', '<rootDir>/tests/browser/**/*.test.ts'],
      globalSetup: '<rootDir>/tests/support/globalSetup.ts',
      globalTeardown: '<rootDir>/tests/support/globalTeardown.ts',
    },
  ],
  testTimeout: 60_000,
  reporters: ['default', '<rootDir>/tests/support/neo4jReporter.js'],
};

export default config;
