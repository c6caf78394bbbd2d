import { _leafArg } from './arguments';

/**
 * Builds `${root}.${leaf}` for the builders that take a possibly dotted leaf,
 * checking the leaf first. The ten leaf builders differ only in root and name.
 *
 * @internal
 */
export function _leafTopic(root: string, leaf: unknown, builder: string, argument: string): string {
  return `${root}.${_leafArg(leaf, builder, argument)}`;
}
