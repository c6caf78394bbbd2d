import { defineConfig } from 'vitest/config';

// `npm test` runs `vitest run --typecheck`: the runtime tests below, plus the
// `*.test-d.ts` type tests, which tsc checks against test/tsconfig.json.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // A library never logs: any console output fails the test that caused it.
    // Property-test reporting (failing seeds) is configured in one place too.
    setupFiles: ['test/setup/fail-on-console.ts', 'test/setup/fast-check.ts'],
    typecheck: {
      include: ['test/**/*.test-d.ts'],
      tsconfig: 'test/tsconfig.json',
    },
  },
});
