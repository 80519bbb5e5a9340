/**
 * The fault suite (`pnpm test:faults`, also run by `pnpm test`): starts the built product
 * (node dist/main.js) on its own embedded PostgreSQL under load and injects faults — PostgreSQL
 * killed or frozen, SIGTERM during traffic. No global setup: each file starts its own product.
 * @type {import('jest').Config}
 */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test/faults'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.test.json' }] },
  testTimeout: 120000,
};
