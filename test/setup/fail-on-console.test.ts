import { describe, expect, it } from 'vitest';
import { takeConsoleCalls } from './fail-on-console';

type ConsoleMethod = 'log' | 'info' | 'warn' | 'error' | 'debug';
const globalConsole = (globalThis as unknown as { console: Record<ConsoleMethod, (...data: unknown[]) => void> })
  .console;

describe('fail-on-console', () => {
  it.each<ConsoleMethod>(['log', 'info', 'warn', 'error', 'debug'])(
    'should record console.%s instead of printing it, so that the test fails',
    (method) => {
      globalConsole[method]('hello', 42);
      // Draining the record here is what keeps this one test green.
      expect(takeConsoleCalls()).toEqual([`console.${method}(hello, 42)`]);
    },
  );

  it('should have recorded nothing for a test that does not write to the console', () => {
    expect(takeConsoleCalls()).toEqual([]);
  });
});
