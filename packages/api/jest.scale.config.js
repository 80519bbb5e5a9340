/**
 * The scale-out suite (`pnpm test:scale`, also run by `pnpm test`): builds a PostgreSQL primary and a
 * streaming standby from the embedded binaries and runs two built API processes (node dist/main.js)
 * on them (test/scale/replicas.test.ts). No global setup: the file starts its own cluster.
 * @type {import('jest').Config}
 */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test/scale'],
  testMatch: ['<rootDir>/test/scale/replicas.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.test.json' }] },
  moduleNameMapper: { '^@inkludera/shared$': '<rootDir>/../shared/src/index.ts' },
  setupFiles: ['reflect-metadata'],
  testTimeout: 120000,
};
