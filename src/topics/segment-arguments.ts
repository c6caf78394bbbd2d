import { TopicSegmentError } from '../errors/TopicSegmentError.js';
import { _stringArg } from '../internal/arguments.js';
import { _segmentFault } from './segment-rules.js';

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

/**
 * Builds `${root}.${leaf}` for the builders that take a possibly dotted leaf,
 * checking the leaf first. The ten leaf builders differ only in root and name;
 * most are named after their root and call their argument `eventType`.
 *
 * @internal
 */
export function _leafTopic(root: string, leaf: unknown, builder: string = root, argument = 'eventType'): string {
  return `${root}.${_segmentArg(leaf, builder, argument, true)}`;
}
