/// <reference types="node" />
/**
 * Checking one record of the input (an NDJSON line or the data of an SSE
 * message): JSON text, an object, and an event of the contract.
 *
 * @packageDocumentation
 */
import type { EventIssue } from '../../errors/EventValidationError.js';
import { _describeType } from '../../internal/escape.js';
import { _eventIssue, _received } from '../../schemas/issues.js';
import { safeParseEvent } from '../../schemas/parse.js';
import { _formOf, type WireForm } from '../../schemas/wire-forms.js';

/** What the check of one record found. @internal */
export interface _Verdict {
  readonly valid: boolean;
  readonly topic: string | undefined;
  /** The catalogue template, `null` outside the contract, `undefined` when the record is not an event at all. */
  readonly template: string | null | undefined;
  readonly form: WireForm | undefined;
  readonly type: string | undefined;
  readonly issues: readonly EventIssue[];
}

/** A record that is no event: its one issue, at the root. @internal */
export function _notAnEvent(expected: string, received: string): _Verdict {
  const issues = [_eventIssue([], expected, received)];
  return { valid: false, topic: undefined, template: undefined, form: undefined, type: undefined, issues };
}

/** Checks the text of one record. @internal */
export function _checkRecord(text: string, strict: boolean, form: WireForm | undefined): _Verdict {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    // The parser's message differs between Node versions; the text itself says enough.
    return _notAnEvent('JSON text', _received(text));
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return _notAnEvent('an event object', _describeType(value));
  }
  const record = value as Record<string, unknown>;
  const type = typeof record['type'] === 'string' ? record['type'] : undefined;
  const seenForm = form ?? _formOf(record);
  const result = safeParseEvent(value, { strict, form: seenForm });
  if (result.success) {
    const { topic, template } = result.data;
    return { valid: true, topic, template, form: seenForm, type, issues: [] };
  }
  const { topic, template, issues } = result.error;
  return { valid: false, topic, template, form: seenForm, type, issues };
}
