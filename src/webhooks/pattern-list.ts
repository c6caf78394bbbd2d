/**
 * Reading a subscription's `topic_patterns` as DECNET stores them: the JSON
 * text of a list of strings (CONTRACT 5.1), or a list already parsed, with
 * whatever a caller's `Proxy` answers.
 *
 * @packageDocumentation
 */
import { _describeType, _showValue } from '../internal/escape.js';
import { SUBSCRIPTION_REPORT_LIMITS, type SubscriptionPatternReport } from './subscription-report.js';

/** @internal The list behind the input, how it was read, and why it could not be. */
export function _readList(input: unknown): {
  source: SubscriptionPatternReport['source'];
  list: readonly unknown[] | null;
  issues: string[];
} {
  let value = input;
  let source: SubscriptionPatternReport['source'] = 'list';
  if (typeof input === 'string') {
    source = 'json';
    const { text } = SUBSCRIPTION_REPORT_LIMITS;
    if (input.length > text) {
      return {
        source: 'unreadable',
        list: null,
        issues: [`${_showValue(input)}: JSON text over ${text} characters is not read`],
      };
    }
    try {
      value = JSON.parse(input) as unknown;
    } catch {
      // The engine's message quotes the input unescaped: never pass it on.
      const issue = `${_showValue(input)} is not JSON text: DECNET stores topic_patterns as the JSON text of a list of strings`;
      return { source: 'unreadable', list: null, issues: [issue] };
    }
  }
  if (_isArray(value)) return { source, list: value, issues: [] };
  const what = source === 'json' ? 'the JSON text holds' : 'topic_patterns must be a list or its JSON text, got';
  return { source: 'unreadable', list: null, issues: [`${what} ${_describeType(value)}, not a list`] };
}

/** @internal `Array.isArray`, false for a revoked `Proxy` (on which it throws). */
function _isArray(value: unknown): value is readonly unknown[] {
  try {
    return Array.isArray(value);
  } catch {
    return false;
  }
}

/** @internal An array's length as a count, whatever a `Proxy` answers. */
export function _lengthOf(list: readonly unknown[]): number {
  const length: unknown = list.length;
  return typeof length === 'number' && Number.isSafeInteger(length) && length > 0 ? length : 0;
}
