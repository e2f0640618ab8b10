/**
 * Jest in native ESM mode (run with --experimental-vm-modules; Payload is ESM-only).
 * @type {import('jest').Config}
 */
const config = {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', tsx: true },
          target: 'es2022',
          transform: { react: { runtime: 'automatic' } },
        },
        module: { type: 'es6' },
      },
    ],
  },
  moduleNameMapper: {
    '^@payload-config$': '<rootDir>/payload.config.ts',
    '^@/(.*)$': '<rootDir>/$1',
    '^server-only$': '<rootDir>/tests/helpers/serverOnly.ts',
    '\\.(css|scss)$': '<rootDir>/tests/helpers/serverOnly.ts',
  },
  globalSetup: '<rootDir>/tests/helpers/globalSetup.ts',
  globalTeardown: '<rootDir>/tests/helpers/globalTeardown.ts',
  setupFiles: ['<rootDir>/tests/helpers/freshDatabase.ts'],
  testMatch: ['<rootDir>/tests/int/**/*.test.ts'],
  testTimeout: 60_000,
  // One PostgreSQL cluster and Payload instance at a time keep the 2-core machine steady.
  maxWorkers: 1,
}

export default config
