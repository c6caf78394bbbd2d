import { describe, expect, it } from 'vitest';
import { _checkSignatureHeader, _hmacSha256Hex, verifyWebhookSignature } from '../../src/webhooks/signature';
import { callLoosely } from '../support/calls';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

/** CONTRACT 5.3: sign("0123456789abcdef", b'{"hello":"world"}'). */
const HELLO = {
  secret: '0123456789abcdef',
  body: '{"hello":"world"}',
  header: 'sha256=dce585914c5a5fc2c8188486bece3e318dc0b86a2efcb06ca1c29ecc0f61e26b',
};

/** CONTRACT 5.3: the attacker.observed body, signed with "s" * 32. */
const OBSERVED = {
  secret: 's'.repeat(32),
  body:
    '{"id":"11111111-1111-1111-1111-111111111111","payload":{"ip":"1.2.3.4"},"topic":"attacker.observed",' +
    '"ts":"2026-04-24T00:00:00+00:00","type":"first_sighting","v":1}',
  header: 'sha256=aea184ee61dcbd4a74a9896ab17c8f2c3325866958b598823b78b50e56c5ef43',
};

/** Python: hmac.new('clé-😀-secret'.encode(), '{"a":"é"}'.encode(), sha256): a key and a body beyond ASCII. */
const UNICODE = {
  secret: 'clé-\u{1F600}-secret',
  body: '{"a":"é"}',
  header: 'sha256=6d067cd850f5358145c1b1b4db3f0d6365a740fcbd144fb61f4bbd688a1bd11b',
};

/** Calls verifyWebhookSignature with arguments its types would refuse. */
const verifyLoosely = (body: unknown, signature: unknown, secret: unknown): Promise<boolean> =>
  callLoosely(verifyWebhookSignature, [body, signature, secret]) as Promise<boolean>;

/** A Proxy that has been revoked: any operation on it throws. */
function revoked(): object {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
}

describe('_hmacSha256Hex', () => {
  it.each([HELLO, OBSERVED, UNICODE])('should give the digest DECNET signs with for $body', async (vector) => {
    expect(`sha256=${await _hmacSha256Hex(encode(vector.body), vector.secret)}`).toBe(vector.header);
  });
});

describe('verifyWebhookSignature', () => {
  describe('for the vectors of CONTRACT 5.3', () => {
    it.each([HELLO, OBSERVED, UNICODE])('should accept $header over $body', async ({ body, header, secret }) => {
      expect(await verifyWebhookSignature(encode(body), header, secret)).toBe(true);
    });

    it('should accept the body as a string, an ArrayBuffer, a Buffer and bytes in a SharedArrayBuffer', async () => {
      const { body, header, secret } = OBSERVED;
      const bytes = encode(body);
      const shared = new Uint8Array(new SharedArrayBuffer(bytes.length));
      shared.set(bytes);
      const window = new Uint8Array(bytes.length + 8);
      window.set(bytes, 4);
      const forms: (string | ArrayBuffer | Uint8Array)[] = [
        body,
        bytes.buffer as ArrayBuffer,
        Buffer.from(body),
        shared,
      ];
      for (const form of [...forms, window.subarray(4, 4 + bytes.length)]) {
        expect(await verifyWebhookSignature(form, header, secret)).toBe(true);
      }
    });

    it('should refuse the body with one character changed, or re-serialised with other spacing', async () => {
      const { body, header, secret } = OBSERVED;
      expect(await verifyWebhookSignature(body.replace('1.2.3.4', '1.2.3.5'), header, secret)).toBe(false);
      const spaced = JSON.stringify(JSON.parse(body) as unknown, null, 1);
      expect(await verifyWebhookSignature(spaced, header, secret)).toBe(false);
    });

    it('should refuse the signature under any other secret', async () => {
      const { body, header } = OBSERVED;
      expect(await verifyWebhookSignature(body, header, 's'.repeat(31))).toBe(false);
      expect(await verifyWebhookSignature(body, header, 'S'.repeat(32))).toBe(false);
    });
  });

  describe('with several secrets (rotation)', () => {
    it('should accept a body signed by any secret of the list, in any order', async () => {
      const { body, header, secret } = OBSERVED;
      expect(await verifyWebhookSignature(body, header, [secret, 'the-next-secret'])).toBe(true);
      expect(await verifyWebhookSignature(body, header, ['the-next-secret', secret])).toBe(true);
    });

    it('should refuse it when no secret of the list signed it', async () => {
      const { body, header } = OBSERVED;
      expect(await verifyWebhookSignature(body, header, ['one-secret', 'another-secret'])).toBe(false);
    });

    it('should still verify after more secrets than the key cache holds', async () => {
      const { body, header, secret } = HELLO;
      expect(await verifyWebhookSignature(body, header, secret)).toBe(true);
      for (let i = 0; i < 20; i++) expect(await verifyWebhookSignature(body, header, `secret-${i}`)).toBe(false);
      expect(await verifyWebhookSignature(body, header, secret)).toBe(true);
    });
  });

  describe('for a signature header that is not exactly sha256= and 64 lowercase hex digits', () => {
    const hex = HELLO.header.slice('sha256='.length);
    it.each([
      { label: 'upper-case hex', header: `sha256=${hex.toUpperCase()}` },
      { label: 'an upper-case prefix', header: `SHA256=${hex}` },
      { label: '63 hex digits', header: `sha256=${hex.slice(0, 63)}` },
      { label: '65 hex digits', header: `sha256=${hex}0` },
      { label: 'a sha1= prefix', header: `sha1=${hex}` },
      { label: 'no prefix', header: hex },
      { label: 'a leading space', header: ` ${HELLO.header}` },
      { label: 'a trailing line feed', header: `${HELLO.header}\n` },
      { label: 'two values joined by a comma', header: `${HELLO.header}, ${HELLO.header}` },
      { label: 'two values in a list', header: [HELLO.header, HELLO.header] },
      { label: 'an empty string', header: '' },
      { label: 'an empty list', header: [] },
      { label: 'null', header: null },
      { label: 'undefined', header: undefined },
      { label: 'a number', header: 42 },
      { label: 'an object', header: { value: HELLO.header } },
      { label: 'a list holding a number', header: [42] },
      { label: 'a revoked Proxy', header: revoked() },
    ])('should give false for $label, even over the right body and secret', async ({ header }) => {
      expect(await verifyLoosely(HELLO.body, header, HELLO.secret)).toBe(false);
    });

    it('should accept a list holding the one right value, as Node gives repeated headers', async () => {
      expect(await verifyLoosely(HELLO.body, [HELLO.header], HELLO.secret)).toBe(true);
    });
  });

  describe('for arguments of the wrong type', () => {
    it.each([
      { label: 'a number', body: 42 },
      { label: 'null', body: null },
      { label: 'a plain object', body: { length: 3 } },
      { label: 'an array of bytes', body: [1, 2, 3] },
      { label: 'a DataView', body: new DataView(new ArrayBuffer(2)) },
      { label: 'an Int8Array', body: new Int8Array(2) },
      { label: 'a revoked Proxy', body: revoked() },
    ])('should reject a body that is $label with a TypeError naming "body"', async ({ body }) => {
      await expect(verifyLoosely(body, HELLO.header, HELLO.secret)).rejects.toThrow(
        /^verifyWebhookSignature\(\): argument "body" must be a Uint8Array, an ArrayBuffer or a string, got /u,
      );
    });

    it.each([
      { label: 'an empty string', secret: '', shown: 'argument "secret"' },
      { label: 'a number', secret: 42, shown: 'argument "secret"' },
      { label: 'undefined', secret: undefined, shown: 'argument "secret"' },
      { label: 'an empty list', secret: [], shown: 'must list 1 to 16 secrets, got 0' },
      { label: 'a list of 17', secret: Array.from({ length: 17 }, (_, i) => `s${i}`), shown: 'got 17' },
      { label: 'a list holding an empty string', secret: ['ok-secret', ''], shown: '"secret"[1]' },
      { label: 'a lone surrogate', secret: 'abc\uD800', shown: 'lone surrogate at offset 3' },
      { label: 'a revoked Proxy', secret: revoked(), shown: 'argument "secret"' },
    ])('should reject a secret that is $label with a TypeError', async ({ secret, shown }) => {
      const call = verifyLoosely(HELLO.body, HELLO.header, secret);
      await expect(call).rejects.toThrow(TypeError);
      await expect(call).rejects.toThrow(shown);
    });

    it('should check the arguments before the header, so a missing header does not hide a wrong body', async () => {
      await expect(verifyLoosely(42, undefined, HELLO.secret)).rejects.toThrow(TypeError);
    });

    it('should never show a secret in a message', async () => {
      const secret = 'do-not-show-this-secret';
      for (const bad of [
        [secret, 42],
        [secret, ''],
        [secret, 'x\uDC00'],
      ]) {
        const error = await verifyLoosely(HELLO.body, HELLO.header, bad).catch((caught: unknown) => caught);
        expect(error).toBeInstanceOf(TypeError);
        expect((error as TypeError).message).not.toContain('do-not-show');
      }
    });
  });
});

describe('_checkSignatureHeader', () => {
  it('should give the 32 bytes of the MAC for a well-formed header', () => {
    const mac = _checkSignatureHeader(`sha256=00ff10${'a'.repeat(58)}`);
    expect(mac).toBeInstanceOf(Uint8Array);
    expect(Array.from((mac as Uint8Array).slice(0, 4))).toEqual([0x00, 0xff, 0x10, 0xaa]);
    expect((mac as Uint8Array).length).toBe(32);
  });

  it.each([undefined, null, '', []])('should call %j missing', (value) => {
    expect(_checkSignatureHeader(value)).toBe('missing-signature');
  });

  it.each([' ', 'sha256=', `sha256=${'A'.repeat(64)}`, [`sha256=${'a'.repeat(64)}`, ''], 0, false])(
    'should call %j malformed',
    (value) => {
      expect(_checkSignatureHeader(value)).toBe('malformed-signature');
    },
  );
});
