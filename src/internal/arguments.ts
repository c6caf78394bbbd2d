import { TopicSegmentError } from '../errors/TopicSegmentError.js';
import { _segmentFault } from '../topics/segment-rules.js';
import { _describeType, _showValue } from './escape.js';

/**
 * Checks a run-time argument that must be one topic segment (or, with
 * `allowDots`, a dotted leaf such as `session.ended`, every token a valid
 * segment) and returns it. JavaScript callers can pass anything, so the type is
 * checked before the characters: nothing is ever stringified into a topic.
 *
 * @internal
 */
export function _segmentArg(value: unknown, builder: string, argument: string, allowDots = false): string {
  const text = _stringArg(value, builder, argument);
  const fault = _segmentFault(text, allowDots);
  if (fault !== null) {
    throw new TopicSegmentError({ builder, argument, value: text, ...fault });
  }
  return text;
}

/** @internal */
export function _stringArg(value: unknown, builder: string, argument: string): string {
  if (typeof value !== 'string') {
    throw new TypeError(`${builder}(): argument ${_showValue(argument)} must be a string, got ${_describeType(value)}`);
  }
  return value;
}
