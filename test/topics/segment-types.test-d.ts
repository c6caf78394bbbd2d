import { describe, expectTypeOf, it } from 'vitest';
import type { InvalidSegment, LeafArg, SegmentArg, SegmentWhitespace } from '../../src/index';

type NotEmpty = InvalidSegment<'must not be empty'>;
type NoDot = InvalidSegment<'must not contain "."'>;
type NoWildcard = InvalidSegment<'must not contain the wildcards "*" or ">"'>;
type NoWhitespace = InvalidSegment<'must not contain whitespace'>;
type NoEmptyToken = InvalidSegment<'must not have empty tokens'>;

describe('SegmentWhitespace', () => {
  it('should be exactly the 29 code points of CONTRACT 2.4', () => {
    // prettier-ignore
    expectTypeOf<SegmentWhitespace>().toEqualTypeOf<
      | '\u0009' | '\u000a' | '\u000b' | '\u000c' | '\u000d' | '\u001c' | '\u001d' | '\u001e' | '\u001f' | '\u0020'
      | '\u0085' | '\u00a0' | '\u1680' | '\u2000' | '\u2001' | '\u2002' | '\u2003' | '\u2004' | '\u2005' | '\u2006'
      | '\u2007' | '\u2008' | '\u2009' | '\u200a' | '\u2028' | '\u2029' | '\u202f' | '\u205f' | '\u3000'
    >();
  });

  it('should hold the characters Python calls whitespace and not those it accepts', () => {
    expectTypeOf<'\u0085' | '\u001c' | '\u00a0' | '\u3000' | ' ' | '\t'>().toExtend<SegmentWhitespace>();
    expectTypeOf<'\ufeff'>().not.toExtend<SegmentWhitespace>();
    expectTypeOf<'\u200b'>().not.toExtend<SegmentWhitespace>();
    expectTypeOf<'\u180e'>().not.toExtend<SegmentWhitespace>();
  });
});

describe('SegmentArg', () => {
  it('should be the literal itself for a valid segment', () => {
    expectTypeOf<SegmentArg<'d-42'>>().toEqualTypeOf<'d-42'>();
    expectTypeOf<SegmentArg<'host:web-1'>>().toEqualTypeOf<'host:web-1'>();
    expectTypeOf<SegmentArg<'a\ufeffb'>>().toEqualTypeOf<'a\ufeffb'>();
  });

  it('should be string for string', () => {
    expectTypeOf<SegmentArg<string>>().toEqualTypeOf<string>();
  });

  it('should explain why for each rule', () => {
    expectTypeOf<SegmentArg<''>>().toEqualTypeOf<NotEmpty>();
    expectTypeOf<SegmentArg<'a.b'>>().toEqualTypeOf<NoDot>();
    expectTypeOf<SegmentArg<'a*'>>().toEqualTypeOf<NoWildcard>();
    expectTypeOf<SegmentArg<'>'>>().toEqualTypeOf<NoWildcard>();
    expectTypeOf<SegmentArg<'a b'>>().toEqualTypeOf<NoWhitespace>();
  });

  it('should refuse every one of the whitespace characters', () => {
    expectTypeOf<SegmentArg<`a${SegmentWhitespace}b`>>().toEqualTypeOf<NoWhitespace>();
  });
});

describe('LeafArg', () => {
  it('should be the literal itself for a valid, possibly dotted, leaf', () => {
    expectTypeOf<LeafArg<'session.ended'>>().toEqualTypeOf<'session.ended'>();
    expectTypeOf<LeafArg<'log'>>().toEqualTypeOf<'log'>();
    expectTypeOf<LeafArg<'profile.multi_actor_suspected'>>().toEqualTypeOf<'profile.multi_actor_suspected'>();
  });

  it('should be string for string', () => {
    expectTypeOf<LeafArg<string>>().toEqualTypeOf<string>();
  });

  it('should explain why for each rule', () => {
    expectTypeOf<LeafArg<''>>().toEqualTypeOf<NotEmpty>();
    expectTypeOf<LeafArg<'a..b'>>().toEqualTypeOf<NoEmptyToken>();
    expectTypeOf<LeafArg<'.a'>>().toEqualTypeOf<NoEmptyToken>();
    expectTypeOf<LeafArg<'a.'>>().toEqualTypeOf<NoEmptyToken>();
    expectTypeOf<LeafArg<'a.*'>>().toEqualTypeOf<NoWildcard>();
    expectTypeOf<LeafArg<' x'>>().toEqualTypeOf<NoWhitespace>();
    expectTypeOf<LeafArg<`a.${SegmentWhitespace}`>>().toEqualTypeOf<NoWhitespace>();
  });
});
