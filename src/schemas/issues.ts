import type * as z from 'zod/mini';
import type { EventIssue } from '../errors/EventValidationError.js';

/** Renders a zod issue path as `payload.commands[0].ts`. @internal */
export function _pathText(path: readonly PropertyKey[]): string {
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else text += text === '' ? String(key) : `.${String(key)}`;
  }
  return text === '' ? '(event)' : text;
}

/** A short, safe rendering of a received value. @internal */
export function _received(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `an array of ${value.length}`;
  return typeof value === 'object' ? 'an object' : typeof value;
}

const listed = (values: readonly unknown[]): string => values.map((value) => JSON.stringify(value)).join(' | ');

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
      return `${issue.origin} of at least ${String(issue.minimum)}${issue.origin === 'number' ? '' : ' item(s)'}`;
    case 'too_big':
      return `${issue.origin} of at most ${String(issue.maximum)}${issue.origin === 'number' ? '' : ' item(s)'}`;
    default:
      return issue.message;
  }
}

/**
 * Turns zod issues into {@link EventIssue}s. A union with no matching branch
 * reports the branch that got furthest, so the message names a field rather
 * than "no shape matched".
 *
 * @internal
 */
export function _eventIssues(issues: readonly z.core.$ZodIssue[], prefix: readonly PropertyKey[] = []): EventIssue[] {
  const out: EventIssue[] = [];
  for (const issue of issues) {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      const closest = [...issue.errors].sort((a, b) => _depth(b) - _depth(a) || a.length - b.length)[0];
      if (closest !== undefined && closest.length > 0) {
        out.push(..._eventIssues(closest, path));
        continue;
      }
    }
    const expected = _expected(issue);
    const received = _received(issue.input);
    const at = path.filter((key): key is string | number => typeof key !== 'symbol');
    out.push({ path: at, expected, received, message: `${_pathText(at)}: expected ${expected}, received ${received}` });
  }
  return out;
}

/** How deep a branch's first issue lies: the deeper, the closer the branch came to matching. @internal */
function _depth(branch: readonly z.core.$ZodIssue[]): number {
  return Math.max(0, ...branch.map((issue) => issue.path.length));
}
