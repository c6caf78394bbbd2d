/// <reference types="node" />
/**
 * Why the bus matcher delivers a topic to a pattern, or not: the token walk of
 * CONTRACT section 2.1, written out step by step for the `match` command. The
 * verdict always comes from `matches`; this walk only names the token that
 * decided it and the quirk involved.
 *
 * @packageDocumentation
 */
import { _showValue } from '../../internal/escape.js';
import { matches } from '../../match/matches.js';

/** What decided a match: each rule of CONTRACT 2.1, and the quirks it covers. @internal */
export type _MatchRule =
  | 'full-wildcard'
  | 'full-wildcard-needs-a-token'
  | 'topic-too-short'
  | 'single-wildcard-empty-token'
  | 'literal-mismatch'
  | 'topic-too-long'
  | 'every-token-matches';

/** The explanation of one (pattern, topic) pair. @internal */
export interface _MatchWhy {
  readonly topic: string;
  readonly matches: boolean;
  /** The rule that decided it. */
  readonly rule: _MatchRule;
  /** The 0-based index of the token that decided it. */
  readonly token: number;
  /** One sentence: which token decided, and the quirk spelled out when one did. */
  readonly why: string;
  /** Whether a quirk of the DECNET bus (CONTRACT 2.2) took part in the verdict. */
  readonly quirk: boolean;
}

/** Token numbers for people: 1-based. @internal */
function _nth(index: number): string {
  return `token ${index + 1}`;
}

/**
 * Explains `matches(pattern, topic)` token by token.
 *
 * @internal
 */
export function _explainMatch(pattern: string, topic: string): _MatchWhy {
  const verdict = matches(pattern, topic);
  const why = _walk(pattern.split('.'), topic.split('.'));
  // The walk restates the matcher; should they ever disagree, the matcher is the truth.
  if (why.matches !== verdict) {
    return {
      topic,
      matches: verdict,
      rule: why.rule,
      token: why.token,
      why: `the bus matcher says ${verdict ? 'delivered' : 'not delivered'}`,
      quirk: false,
    };
  }
  return { topic, ...why };
}

/** @internal The walk itself, over split tokens (Python's `str.split(".")`). */
function _walk(pats: readonly string[], tops: readonly string[]): Omit<_MatchWhy, 'topic'> {
  let sawEmpty = false;
  for (let i = 0; i < pats.length; i++) {
    const p = pats[i] as string;
    if (p === '>') {
      if (i >= tops.length) {
        return {
          matches: false,
          rule: 'full-wildcard-needs-a-token',
          token: i,
          why: `${_nth(i)} ">" needs at least one more topic token, and the topic has only ${tops.length}`,
          quirk: false,
        };
      }
      const rest = tops.slice(i);
      const notes: string[] = [];
      if (i < pats.length - 1) {
        notes.push(
          `">" is not the last token: the bus stops at ">" and ignores the pattern's ${_showValue(pats.slice(i + 1).join('.'))} after it`,
        );
      }
      if (pats.length === 1 && tops.length === 1 && tops[0] === '') {
        notes.push('">" alone matches even the empty topic, which is one empty token');
      } else if (rest.includes('')) {
        notes.push('the tokens it takes may be empty');
      }
      const taken = `${rest.length === 1 ? 'the token' : `the ${rest.length} tokens`} ${_showValue(rest.join('.'))}`;
      return {
        matches: true,
        rule: 'full-wildcard',
        token: i,
        why: `${_nth(i)} ">" takes the rest of the topic (${taken})${notes.length > 0 ? `; quirk: ${notes.join('; ')}` : ''}`,
        quirk: notes.length > 0,
      };
    }
    if (i >= tops.length) {
      return {
        matches: false,
        rule: 'topic-too-short',
        token: i,
        why: `the topic has ${tops.length} token${tops.length === 1 ? '' : 's'}, and the pattern's ${_nth(i)} ${_showValue(p)} has nothing to match`,
        quirk: false,
      };
    }
    const t = tops[i] as string;
    if (p === '*') {
      if (t === '') {
        return {
          matches: false,
          rule: 'single-wildcard-empty-token',
          token: i,
          why: `${_nth(i)} "*" needs a non-empty token, and the topic's ${_nth(i)} is empty`,
          quirk: true,
        };
      }
      continue;
    }
    if (p !== t) {
      const literal =
        p.length > 1 && (p.includes('*') || p.includes('>'))
          ? `; "*" and ">" inside a token are literal characters, so ${_showValue(p)} matches only itself`
          : '';
      return {
        matches: false,
        rule: 'literal-mismatch',
        token: i,
        why: `${_nth(i)}: the topic has ${_showValue(t)} where the pattern has ${_showValue(p)}${literal}`,
        quirk: literal !== '',
      };
    }
    if (p === '') sawEmpty = true;
  }
  if (tops.length > pats.length) {
    return {
      matches: false,
      rule: 'topic-too-long',
      token: pats.length,
      why: `the topic has ${tops.length} tokens, the pattern ${pats.length} and no ">": ${_nth(pats.length)} ${_showValue(tops[pats.length] as string)} is left over`,
      quirk: false,
    };
  }
  return {
    matches: true,
    rule: 'every-token-matches',
    token: pats.length - 1,
    why: `all ${pats.length} token${pats.length === 1 ? '' : 's'} match${sawEmpty ? '; quirk: an empty token matches only an empty token, literally' : ''}`,
    quirk: sawEmpty,
  };
}
