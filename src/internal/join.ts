import { _segmentArg } from './arguments.js';

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
