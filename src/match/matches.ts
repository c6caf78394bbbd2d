import { _notAString } from '../internal/arguments.js';

const DOT = 0x2e;
const STAR = 0x2a;
const GT = 0x3e;

/**
 * Decides whether the DECNET bus delivers an event published on `topic` to a
 * subscription on `pattern`, exactly as `decnet/bus/base.py::matches` does.
 *
 * `*` matches one non-empty token; `>` matches one or more remaining tokens
 * (which may be empty). Everything else is compared literally, case-sensitively,
 * with no normalisation.
 *
 * @param pattern - a subscription pattern; any string, valid or not.
 * @param topic - a published topic; any string.
 * @returns `true` when the bus would deliver `topic` to `pattern`.
 * @throws `TypeError` when an argument is not a string (the bus never sees one).
 * @remarks
 * This reproduces the bus's quirks on purpose, since a consumer must predict
 * what it will actually receive: matching stops at the first `>` token, so
 * `a.>.c` behaves like `a.>`; `>` alone matches even the empty topic; empty
 * tokens (`a..b`, `a.`) are literal tokens. Use {@link validatePattern} to hold
 * patterns to the strict NATS rules. No splitting, regular expressions or
 * allocation happen per call.
 * @example
 * ```ts
 * matches('topology.>', 'topology.abc.status'); //=> true
 * matches('topology.>', 'topology');            //=> false (`>` needs one token or more)
 * matches('system.*.health', 'system.bus.health'); //=> true
 * matches('a.>.c', 'a.b.d');                    //=> true  (the bus ignores what follows `>`)
 * ```
 * @category Matching
 * @public
 */
export function matches(pattern: string, topic: string): boolean {
  // Checked inline first: this is the hot path, and the checks below only run to throw.
  if (typeof pattern !== 'string' || typeof topic !== 'string') {
    if (typeof pattern !== 'string') _notAString(pattern, 'matches', '"pattern"');
    _notAString(topic, 'matches', '"topic"');
  }
  // Equal strings always match: each token equals itself, `*` in the topic is a
  // non-empty token and `>` finds a token. This is also the whole answer for
  // literal patterns, the most common kind.
  if (pattern === topic) return true;
  return _matchFrom(pattern, topic, 0, 0);
}

/**
 * The token walk of the bus matcher, starting at a token boundary in both
 * strings. `t` may be `topic.length + 1`, meaning the topic has no token left.
 *
 * @internal
 */
export function _matchFrom(pattern: string, topic: string, p: number, t: number): boolean {
  const patternEnd = pattern.length;
  const topicEnd = topic.length;
  for (;;) {
    const first = pattern.charCodeAt(p);
    const wholeToken = p + 1 === patternEnd || pattern.charCodeAt(p + 1) === DOT;
    if (first === GT && wholeToken) return t <= topicEnd;
    if (t > topicEnd) return false;
    if (first === STAR && wholeToken) {
      if (t === topicEnd || topic.charCodeAt(t) === DOT) return false;
      t = topic.indexOf('.', t + 1);
      if (t === -1) t = topicEnd;
      p += 1;
    } else {
      // A literal token: compare it with the topic token character by character.
      while (p < patternEnd) {
        const code = pattern.charCodeAt(p);
        if (code === DOT) break;
        if (code !== topic.charCodeAt(t)) return false;
        p++;
        t++;
      }
      if (t < topicEnd && topic.charCodeAt(t) !== DOT) return false;
    }
    // Both tokens end here. The pattern ending decides by whether the topic does.
    if (p === patternEnd) return t === topicEnd;
    p++;
    t = t === topicEnd ? topicEnd + 1 : t + 1;
  }
}
