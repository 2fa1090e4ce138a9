import base from './jest.config.js';

/** `npm run test:reliability`: the reliability suite alone, writing docs/RELIABILITY.md. */
export default {
  ...base,
  testMatch: ['<rootDir>/__tests__/reliability/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/'],
  reporters: ['default', '<rootDir>/__tests__/reliability/reliability-reporter.cjs'],
};
