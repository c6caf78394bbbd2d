/**
 * Hostile input never crashes, stalls or bloats a consumer of
 * `parseTopic` / `formatTopic`. Time budgets are ratios to a well-behaved
 * stream measured in the same test, never absolute times, so they hold on
 * any machine. The heap budget is in parseTopic.memory.test.ts, which needs `gc()`.
 */
import { describe, expect, it } from 'vitest';
import { formatTopic, parseTopic } from '../../src/catalogue';
import { callLoosely, thrownBy } from '../support/calls';
import { costRatio } from '../support/cost';

/** A run of `calls` calls of `parseTopic`, cycling through `stream`. */
function cycling(stream: readonly string[], calls: number): () => number {
  return () => {
    let found = 0;
    for (let i = 0; i < calls; i++) if (parseTopic(stream[i % stream.length] as string) !== null) found++;
    return found;
  };
}

describe('parseTopic, under hostile streams', () => {
  it('should cost about the same per call for a stream one topic longer than it remembers as for one that fits', () => {
    const rotating = Array.from({ length: 1025 }, (_, i) => `decky.d-${i.toString()}.state`);
    // A subset, so that both streams together need only 1,025 answers, and as large, so that both touch as much
    // memory: the ratio measures the replacement policy, not the CPU caches (100 repeated topics run ~1.5x faster).
    const fitting = rotating.slice(0, 1000);
    const calls = rotating.length * 100;
    expect(cycling(rotating, calls)()).toBe(calls);
    // Clearing everything at the limit made this about 20x: every call of the longer stream a miss.
    expect(costRatio(cycling(rotating, calls), cycling(fitting, calls))).toBeLessThan(2);
  });

  it('should not remember a topic longer than 256 UTF-16 code units, so none can fill memory', () => {
    const long = `attacker.observation.${'x'.repeat(256)}`;
    const first = parseTopic(long);
    expect(first?.params).toEqual({ primitive: 'x'.repeat(256) });
    // A fresh answer each time: nothing was kept.
    expect(parseTopic(long)).not.toBe(first);
    expect(parseTopic(long)).toStrictEqual(first);
    // One at the limit is remembered.
    const atLimit = `attacker.observation.${'x'.repeat(256 - 'attacker.observation.'.length)}`;
    expect(parseTopic(atLimit)).toBe(parseTopic(atLimit));
  });

  it('should stay correct while answers are replaced, for 3 rounds of 3,000 topics', () => {
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < 3000; i++) {
        expect(parseTopic(`ttp.rule.fired.T${i}`)?.params).toEqual({ technique_id: `T${i}` });
        expect(parseTopic(`decky.d-${i}.bogus`)).toBeNull();
      }
    }
  });

  it.each([
    { label: 'a 10 MB valid topic', topic: `attacker.observation.${'x'.repeat(10_000_000)}`, parsed: true },
    {
      label: 'a 10 MB topic with a space at the end',
      topic: `attacker.observation.${'x'.repeat(10_000_000)} `,
      parsed: false,
    },
    { label: 'a 10 MB unknown root', topic: `${'x'.repeat(10_000_000)}.state`, parsed: false },
  ])('should answer for $label, and keep no answer for it', ({ topic, parsed }) => {
    const answer = parseTopic(topic);
    expect(answer !== null).toBe(parsed);
    if (answer !== null) expect(parseTopic(topic)).not.toBe(answer);
  });
});

/** The templates `formatTopic` is asked for below: one with parameters, one without. */
const WITH_PARAMS = 'decky.{decky_id}.state';
const WITHOUT_PARAMS = 'system.bus.health';

/** Asserts that `fn` throws this library's `TypeError`, with a short message that names `formatTopic`. */
function expectOwnTypeError(fn: () => unknown, argument: string): void {
  const error = thrownBy(fn);
  expect(error).toBeInstanceOf(TypeError);
  const { message } = error as TypeError;
  expect(message).toMatch(/^formatTopic\(\): /);
  expect(message).toContain(`"${argument}"`);
  expect(message.length).toBeLessThan(200);
}

describe('formatTopic, given hostile arguments', () => {
  const throwing = {
    toString(): string {
      throw new Error('toString must not be called');
    },
    toJSON(): string {
      throw new Error('toJSON must not be called');
    },
  };

  it.each([
    { label: 'null', value: null },
    { label: 'undefined', value: undefined },
    { label: 'a number', value: 5 },
    { label: 'a string', value: 'decky_id' },
    { label: 'a symbol', value: Symbol('params') },
    { label: 'a bigint', value: 5n },
  ])('should throw its own TypeError for $label as params', ({ value }) => {
    expectOwnTypeError(() => callLoosely(formatTopic, [WITH_PARAMS, value]), 'params');
    expectOwnTypeError(() => callLoosely(formatTopic, [WITHOUT_PARAMS, value]), 'params');
  });

  it.each([
    { label: 'null', value: null },
    { label: 'a number', value: 5 },
    { label: 'a symbol', value: Symbol('template') },
    { label: 'a bigint', value: 5n },
    { label: 'an object whose toString and toJSON throw', value: throwing },
    { label: 'a String object', value: Object(WITHOUT_PARAMS) as unknown },
    { label: 'a revoked proxy', value: Proxy.revocable({}, {}).proxy },
  ])('should throw its own TypeError for $label as the template', ({ value }) => {
    expectOwnTypeError(() => callLoosely(formatTopic, [value, {}]), 'template');
  });

  it.each([
    { label: 'a 10 MB string', template: 'x'.repeat(10_000_000) },
    { label: 'a 10 MB string of control characters', template: '\u0000'.repeat(10_000_000) },
    { label: 'a template followed by 10 MB', template: `${WITH_PARAMS}${' '.repeat(10_000_000)}` },
  ])('should refuse $label as the template with a short message', ({ template }) => {
    const error = thrownBy(() => callLoosely(formatTopic, [template, {}]));
    expect(error).toBeInstanceOf(TypeError);
    const { message } = error as TypeError;
    expect(message).toMatch(/^formatTopic\(\): .* is not a contract template$/s);
    expect(message.length).toBeLessThan(1000);
  });

  it('should let an error thrown by a getter of params propagate unchanged, as documented', () => {
    const failure = new Error('the caller’s own getter');
    const params = {
      get decky_id(): string {
        throw failure;
      },
    };
    expect(thrownBy(() => callLoosely(formatTopic, [WITH_PARAMS, params]))).toBe(failure);
  });
});
