import type * as z from 'zod/mini';
import type { EventIssue } from '../errors/EventValidationError.js';
import { _showName, _showValue } from '../internal/escape.js';

/**
 * The most issues one refusal reports. Containers whose size the sender
 * chooses stop at their first bad item (see `bounded.ts`), so only a wide
 * object with many wrong fields comes near it.
 *
 * @internal
 */
export const _ISSUE_LIMIT = 20;

/**
 * Stands for a value that threw while it was read (an accessor, a Proxy trap,
 * a revoked Proxy): such a value is refused, never read again.
 *
 * @internal
 */
export const _UNREADABLE: unique symbol = Symbol('unreadable');

/** The issue of a value that threw while it was read. @internal */
export const _UNREADABLE_ISSUE: z.core.$ZodIssue = /* @__PURE__ */ Object.freeze({
  code: 'custom',
  path: [],
  message: 'plain data (JSON values, without accessors that throw or revoked Proxies)',
  input: _UNREADABLE,
});

/**
 * Renders a zod issue path as `payload.commands[0].ts`. A key that is not
 * shown as itself (invisible characters, or longer than a message quotes) is
 * written as `["…"]`, escaped and cut, so a key cannot forge a log line.
 *
 * @internal
 */
export function _pathText(path: readonly (string | number)[]): string {
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') {
      text += `[${key}]`;
      continue;
    }
    const shown = _showName(key);
    if (shown !== key) text += `[${shown}]`;
    else text += text === '' ? key : `.${key}`;
  }
  return text === '' ? '(event)' : text;
}

/** What an issue says of a value that threw while it was read. @internal */
const _UNREADABLE_TEXT = 'a value that threw when read';

/** One issue, with the message every issue of this library has: path, expectation, what arrived. @internal */
export function _eventIssue(path: readonly (string | number)[], expected: string, received: string): EventIssue {
  return { path, expected, received, message: `${_pathText(path)}: expected ${expected}, received ${received}` };
}

/** A short, escaped rendering of a received value. @internal */
export function _received(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (value === _UNREADABLE) return _UNREADABLE_TEXT;
  if (typeof value === 'string') return _showValue(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value !== 'object') return typeof value;
  try {
    return Array.isArray(value) ? `an array of ${value.length}` : 'an object';
  } catch {
    return _UNREADABLE_TEXT;
  }
}

const listed = (values: readonly unknown[]): string => values.map((value) => JSON.stringify(value)).join(' | ');

/** A size bound in words: a number for numbers, characters for text, items for lists. @internal */
function _bound(origin: string, bound: number | bigint): string {
  if (origin === 'string') return `${String(bound)} character(s)`;
  return origin === 'number' || origin === 'int' || origin === 'bigint' ? String(bound) : `${String(bound)} item(s)`;
}

/** What an issue says was expected, in words. @internal */
function _expected(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.expected;
    case 'invalid_value':
      return issue.values.length === 1 ? listed(issue.values) : `one of ${listed(issue.values)}`;
    case 'invalid_union': {
      const options = (issue as { options?: readonly unknown[] }).options;
      if (options !== undefined) return `one of ${listed(options)}`;
      return `one of ${issue.errors.length} shapes`;
    }
    case 'too_small':
      return `${issue.origin} ${issue.inclusive === false ? 'above' : 'of at least'} ${_bound(issue.origin, issue.minimum)}`;
    case 'too_big':
      return `${issue.origin} ${issue.inclusive === false ? 'below' : 'of at most'} ${_bound(issue.origin, issue.maximum)}`;
    default:
      return issue.message;
  }
}

/**
 * Turns zod issues into at most {@link _ISSUE_LIMIT} {@link EventIssue}s. A
 * union with no matching branch reports the branch that got furthest, so the
 * message names a field rather than "no shape matched".
 *
 * @internal
 */
export function _eventIssues(issues: readonly z.core.$ZodIssue[], prefix: readonly PropertyKey[] = []): EventIssue[] {
  const out: EventIssue[] = [];
  _collectIssues(issues, prefix, out);
  return out;
}

/** @internal Appends to `out` until it holds {@link _ISSUE_LIMIT} issues; recursion follows the schema's unions only. */
function _collectIssues(issues: readonly z.core.$ZodIssue[], prefix: readonly PropertyKey[], out: EventIssue[]): void {
  for (const issue of issues) {
    if (out.length >= _ISSUE_LIMIT) return;
    const path = [...prefix, ...issue.path];
    if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      const closest = [...issue.errors].sort((a, b) => _depth(b) - _depth(a) || a.length - b.length)[0];
      if (closest !== undefined && closest.length > 0) {
        _collectIssues(closest, path, out);
        continue;
      }
    }
    const at = path.filter((key): key is string | number => typeof key !== 'symbol');
    out.push(_eventIssue(at, _expected(issue), _received(_inputOf(issue))));
  }
}

/**
 * What arrived where an issue points. A discriminated union that matched no
 * branch reports the whole object as its input, though its path names the
 * discriminator: what arrived there is that key's value.
 *
 * @internal
 */
function _inputOf(issue: z.core.$ZodIssue): unknown {
  const { input } = issue;
  if (issue.code !== 'invalid_union' || !('discriminator' in issue)) return input;
  const key = (issue as { readonly discriminator?: unknown }).discriminator;
  if (typeof key !== 'string' || typeof input !== 'object' || input === null) return input;
  // The object was read whole by zod a moment ago; a value that throws now is reported as unreadable.
  try {
    return (input as Readonly<Record<string, unknown>>)[key];
  } catch {
    return _UNREADABLE;
  }
}

/** How deep a branch's deepest issue lies: the deeper, the closer the branch came to matching. @internal */
function _depth(branch: readonly z.core.$ZodIssue[]): number {
  let deepest = 0;
  for (const issue of branch) deepest = Math.max(deepest, issue.path.length);
  return deepest;
}
