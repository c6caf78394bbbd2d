import type * as z from 'zod/mini';
// Imported by name: reaching it through the `z.core` namespace would bundle all of zod's core.
import { _safeParse } from 'zod/v4/core';
import { _UNREADABLE_ISSUE } from './issues.js';

/**
 * What a failed check keeps: the issues, in a plain object. zod's own parse
 * results build a `ZodError` (an `Error`) when their `error` is read, which
 * costs microseconds per refused event; this class is what zod builds instead.
 *
 * @internal
 */
class _IssueList {
  readonly issues: readonly z.core.$ZodIssue[];
  constructor(issues: readonly z.core.$ZodIssue[]) {
    this.issues = issues;
  }
}

// zod's public core API for libraries: a safeParse whose failures hold an _IssueList.
const _safeParseQuietly = _safeParse(_IssueList as unknown as z.core.$ZodErrorClass);

// Issues carry the value that failed, so messages can say what arrived. Only
// passed when a check has failed: a context object costs zod a copy per parse.
const REPORT = { reportInput: true } as const;

/** The outcome of {@link _check}. @internal */
export type _Checked =
  | { readonly success: true; readonly data: unknown }
  | { readonly success: false; readonly issues: readonly z.core.$ZodIssue[] };

/**
 * Checks a value against a schema without building an `Error`. A failure is
 * checked a second time with inputs reported, so its issues can say what
 * arrived; valid values pay for one plain parse only. Never throws: a value
 * that throws while it is read (an accessor, a Proxy trap, a revoked Proxy) is
 * refused as unreadable.
 *
 * @internal
 */
export function _check(schema: z.core.$ZodType, input: unknown): _Checked {
  try {
    const result = _safeParseQuietly(schema, input);
    if (result.success) return result;
    const reported = _safeParseQuietly(schema, input, REPORT);
    const issues = reported.success ? [] : (reported.error as unknown as _IssueList).issues;
    return { success: false, issues };
  } catch {
    // Whatever was thrown is not read either: it may be a hostile object too.
    return { success: false, issues: [_UNREADABLE_ISSUE] };
  }
}
