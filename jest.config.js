/** @type {import('jest').Config} */
export default {
  testEnvironment: '<rootDir>/__tests__/helpers/node-environment.cjs',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': ['@swc/jest', { jsc: { target: 'es2022', parser: { syntax: 'typescript' } } }] },
  testMatch: ['<rootDir>/__tests__/**/*.test.ts'],
  // The reliability suite runs on its own (npm run test:reliability); `npm run docs:reliability` also writes docs/RELIABILITY.md.
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/__tests__/reliability/'],
  testTimeout: 60000,
  maxWorkers: 2,
};
