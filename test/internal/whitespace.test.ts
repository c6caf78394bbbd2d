import { describe, expect, it } from 'vitest';
import { _showValue } from '../../src/internal/escape';
import { _isPythonWhitespace, _PYTHON_WHITESPACE } from '../../src/internal/whitespace';
import { WHITESPACE_CODE_POINTS } from '../support/contract';

const EVERY_CODE_UNIT = Array.from({ length: 0x10000 }, (_, code) => code);

describe('the one whitespace list', () => {
  it("should hold exactly the 29 code points of Python's str.isspace(), ascending, one code unit each", () => {
    expect(Array.from(_PYTHON_WHITESPACE, (char) => char.codePointAt(0))).toEqual(WHITESPACE_CODE_POINTS);
    expect(_PYTHON_WHITESPACE).toHaveLength(29);
  });

  it('should call a code unit whitespace exactly when the list holds it, over all 65,536', () => {
    const expected = new Set(WHITESPACE_CODE_POINTS);
    const disagreements = EVERY_CODE_UNIT.filter((code) => _isPythonWhitespace(code) !== expected.has(code));
    expect(disagreements).toEqual([]);
  });

  it("should differ from JavaScript's \\s where Python does: U+001C-U+001F and U+0085 in, U+FEFF out", () => {
    for (const code of [0x1c, 0x1d, 0x1e, 0x1f, 0x85]) expect(_isPythonWhitespace(code)).toBe(true);
    expect(_isPythonWhitespace(0xfeff)).toBe(false);
  });

  it('should make messages show every whitespace character other than the space as a code point', () => {
    for (const char of Array.from(_PYTHON_WHITESPACE).filter((c) => c !== ' ')) {
      expect(_showValue(`a${char}b`)).toContain('<U+');
    }
  });
});
