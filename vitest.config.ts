import { configDefaults, defineConfig } from 'vitest/config';

/** Tests that weigh the heap: they need `gc()`, so they run in their own project. */
const MEMORY_TESTS = 'test/**/*.memory.test.ts';

// `npm test` runs both projects below: the unit tests with the `*.test-d.ts`
// type tests, which tsc checks against test/tsconfig.json, and the heap tests.
export default defineConfig({
  test: {
    // A library never logs: any console output fails the test that caused it.
    // Property-test reporting (failing seeds) is configured in one place too.
    setupFiles: ['test/setup/fail-on-console.ts', 'test/setup/fast-check.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: [...configDefaults.exclude, MEMORY_TESTS],
          // On here: vitest 4 passes only some command-line options to projects, and `--typecheck` is not one.
          typecheck: {
            enabled: true,
            include: ['test/**/*.test-d.ts'],
            tsconfig: 'test/tsconfig.json',
          },
        },
      },
      {
        extends: true,
        test: {
          name: 'memory',
          include: [MEMORY_TESTS],
          // Child processes, so that `--expose-gc` applies and no other file shares the heap being measured.
          pool: 'forks',
          execArgv: ['--expose-gc'],
        },
      },
    ],
  },
});
