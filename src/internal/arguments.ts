import { TopicSegmentError } from '../errors/TopicSegmentError';
import { _leafFault, _segmentFault, type _SegmentFault } from '../topics/segment-rules';
import { _describeType } from './escape';

/**
 * Checks a run-time argument that must be one topic segment and returns it.
 * JavaScript callers can pass anything, so the type is checked before the
 * characters: nothing is ever stringified into a topic.
 *
 * @internal
 */
export function _segmentArg(value: unknown, builder: string, argument: string): string {
  const text = _stringArg(value, builder, argument);
  _throwIfFault(_segmentFault(text), text, builder, argument);
  return text;
}

/**
 * Checks a run-time argument that may be a dotted leaf (`session.ended`) and
 * returns it: every token must be a valid segment.
 *
 * @internal
 */
export function _leafArg(value: unknown, builder: string, argument: string): string {
  const text = _stringArg(value, builder, argument);
  _throwIfFault(_leafFault(text), text, builder, argument);
  return text;
}

/** @internal */
export function _stringArg(value: unknown, builder: string, argument: string): string {
  if (typeof value !== 'string') {
    throw new TypeError(`${builder}(): argument "${argument}" must be a string, got ${_describeType(value)}`);
  }
  return value;
}

/** @internal */
function _throwIfFault(fault: _SegmentFault | null, value: string, builder: string, argument: string): void {
  if (fault !== null) {
    throw new TopicSegmentError({ builder, argument, value, reason: fault.reason, index: fault.index });
  }
}
