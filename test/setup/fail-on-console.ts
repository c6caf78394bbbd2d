/**
 * Fails any test that writes to the console: a library never logs, so output
 * during a test is a bug in the code under test (or a leftover debug line).
 * Calls are recorded instead of printed and reported when the test ends; the
 * spies are installed as soon as this file loads, so output written while the
 * test file imports the library is caught too (it fails the first test).
 */
import { afterAll, afterEach, beforeEach, vi, type MockInstance } from 'vitest';

type ConsoleMethod = 'log' | 'info' | 'warn' | 'error' | 'debug';
type ConsoleLike = Record<ConsoleMethod, (...data: unknown[]) => void>;

const METHODS: readonly ConsoleMethod[] = ['log', 'info', 'warn', 'error', 'debug'];

// The tests compile without DOM or Node typings, so the global console is
// reached through a typed view of globalThis.
const target: ConsoleLike = (globalThis as unknown as { console: ConsoleLike }).console;

const calls: string[] = [];
const spies: MockInstance[] = [];

/**
 * Returns and forgets the console calls recorded so far in the current test.
 * Only the test of this setup file needs it.
 */
export function takeConsoleCalls(): string[] {
  return calls.splice(0, calls.length);
}

function failIfRecorded(when: string): void {
  const recorded = takeConsoleCalls();
  if (recorded.length > 0) {
    throw new Error(`A library never logs, but ${when} wrote to the console:\n  ${recorded.join('\n  ')}`);
  }
}

/** Spies on every console method that is not already recording (a test may have restored all mocks). */
function record(): void {
  for (const method of METHODS) {
    if (vi.isMockFunction(target[method])) continue;
    const spy = vi.spyOn(target, method).mockImplementation((...data: unknown[]) => {
      calls.push(`console.${method}(${data.map((item) => String(item)).join(', ')})`);
    });
    spies.push(spy);
  }
}

record();
beforeEach(record);
afterEach(() => {
  failIfRecorded('this test');
});
afterAll(() => {
  for (const spy of spies.splice(0, spies.length)) spy.mockRestore();
  failIfRecorded('a hook of this file');
});
