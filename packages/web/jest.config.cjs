/**
 * Two projects: `unit` (fast, beside the code in src/) and `e2e` (a real browser against the built
 * app served by the API; needs `pnpm build` first and Debian's Chromium at /usr/bin/chromium).
 * The package is ESM for Vite; tests are compiled to CommonJS by ts-jest (tsconfig.jest.json).
 */
const common = {
  testEnvironment: 'node',
  transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.jest.json' }] },
  moduleNameMapper: {
    '^@inkludera/shared$': '<rootDir>/../shared/src/index.ts',
    '\\.css$': '<rootDir>/jest.style-stub.cjs',
  },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'cjs', 'json'],
};

/** @type {import('jest').Config} */
module.exports = {
  // Each e2e file starts a server with its own PostgreSQL and a Chromium: two at a time is enough.
  maxWorkers: 2,
  projects: [
    { ...common, displayName: 'unit', roots: ['<rootDir>/src'], testMatch: ['**/*.test.ts', '**/*.test.tsx'] },
    { ...common, displayName: 'e2e', roots: ['<rootDir>/e2e'], testMatch: ['**/*.e2e.test.ts'] },
  ],
};
