import base from './jest.config.js';

/** `npm run test:reliability`: the reliability suite alone (`npm run docs:reliability` also writes docs/RELIABILITY.md). */
export default {
  ...base,
  testMatch: ['<rootDir>/__tests__/reliability/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/'],
  reporters: ['default', '<rootDir>/__tests__/reliability/reliability-reporter.cjs'],
};
