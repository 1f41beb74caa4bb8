/** Unit and contract tests. The pane's component tests run in jsdom; everything else in node. */
const transform = {
  '^.+\\.tsx?$': [
    'ts-jest',
    {
      // Type checking is done once by `npm run typecheck`; here we only transpile (isolatedModules),
      // for speed.
      tsconfig: {
        module: 'commonjs',
        jsx: 'react-jsx',
        esModuleInterop: true,
        target: 'ES2020',
        isolatedModules: true,
      },
    },
  ],
};

module.exports = {
  reporters: ['default', '<rootDir>/test/reporters/summary-line.js'],
  projects: [
    {
      displayName: 'node',
      testEnvironment: 'node',
      transform,
      testMatch: ['<rootDir>/test/**/*.test.ts'],
      testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/e2e/', '<rootDir>/test/taskpane/'],
    },
    {
      displayName: 'pane',
      testEnvironment: 'jsdom',
      transform,
      testMatch: ['<rootDir>/test/taskpane/**/*.test.ts?(x)'],
    },
  ],
};
