/**
 * The reference model of the DECNET bus matcher, `decnet/bus/base.py::matches`,
 * written from CONTRACT 2.1 alone (never derived from src): split both strings
 * on `.` the way Python's `str.split(".")` does, then walk the pattern's tokens.
 * It is deliberately naive, so that it can be checked by reading it; the
 * conformance table and the property tests hold every implementation to it.
 */

/**
 * Whether the bus delivers `topic` to a subscription on `pattern` (CONTRACT 2.1).
 *
 * 1. a `>` token returns whether the topic still has a token at that index; the
 *    rest of the pattern is not examined;
 * 2. otherwise a topic with no token left there does not match;
 * 3. a `*` token needs a non-empty topic token;
 * 4. any other token must equal the topic token (plain string equality, so an
 *    empty token only equals an empty token).
 *
 * After the walk, the two token lists must have the same length.
 */
export function referenceMatches(pattern: string, topic: string): boolean {
  // JavaScript's split agrees with Python's here: '' -> [''], 'a.' -> ['a', ''].
  const patternTokens = pattern.split('.');
  const topicTokens = topic.split('.');
  for (const [i, token] of patternTokens.entries()) {
    if (token === '>') return i < topicTokens.length;
    const topicToken = topicTokens[i];
    if (topicToken === undefined) return false;
    if (token === '*') {
      if (topicToken === '') return false;
      continue;
    }
    if (token !== topicToken) return false;
  }
  return patternTokens.length === topicTokens.length;
}
