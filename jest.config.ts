import type { Config } from 'jest';

const tsJest = { '^.+\\.ts$': 'ts-jest' } as const;

/** Three layers: unit (no database), integration and contract (a real Neo4j started once per run). */
const config: Config = {
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      transform: tsJest,
      testMatch: ['<rootDir>/tests/unit/**/*.test.ts'],
    },
    {
      displayName: 'integration',
      testEnvironment: 'node',
      transform: tsJest,
      testMatch: ['<rootDir>/tests/integration/**/*.test.ts', '<rootDir>/tests/contract/**/*.test.ts'],
      globalSetup: '<rootDir>/tests/support/globalSetup.ts',
      globalTeardown: '<rootDir>/tests/support/globalTeardown.ts',
    },
  ],
  testTimeout: 60_000,
  reporters: ['default', '<rootDir>/tests/support/neo4jReporter.js'],
};

export default config;
