import { describe, expect, it } from 'vitest';
import { _checkSignatureHeader, _hmacSha256Hex, verifyWebhookSignature } from '../../src/webhooks/signature';
import { callLoosely } from '../support/calls';
import { readConformance, type SignatureVector } from '../support/conformance';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

// The vectors of conformance/webhook-signatures.json: CONTRACT 5.3 and the header forms a verifier refuses.
const { signatures: SIGNATURES } = readConformance('webhook-signatures');

/** The body bytes of a vector, written as text or as base64. */
const bodyBytes = ({ body, bodyBase64 }: SignatureVector): Uint8Array =>
  body === undefined ? Uint8Array.from(Buffer.from(bodyBase64 ?? '', 'base64')) : encode(body);

function signatureVector(name: string): SignatureVector & { readonly body: string } {
  const vector = SIGNATURES.find((candidate) => candidate.name === name);
  if (vector?.body === undefined) throw new Error(`no signature vector ${name} with a text body`);
  return { ...vector, body: vector.body };
}

/** CONTRACT 5.3: sign("0123456789abcdef", b'{"hello":"world"}'). */
const HELLO = signatureVector('hello');
/** CONTRACT 5.3: the attacker.observed body, signed with "s" * 32. */
const OBSERVED = signatureVector('attacker.observed');

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
  it.each(SIGNATURES.filter(({ valid }) => valid))(
    'should give the digest DECNET signs with for $name',
    async (vector) => {
      expect(`sha256=${await _hmacSha256Hex(bodyBytes(vector), vector.secret)}`).toBe(vector.signature);
    },
  );
});

describe('verifyWebhookSignature', () => {
  describe('for the vectors of conformance/webhook-signatures.json', () => {
    it.each(SIGNATURES)('should give $valid for $name ($source)', async (vector) => {
      expect(await verifyWebhookSignature(bodyBytes(vector), vector.signature, vector.secret)).toBe(vector.valid);
    });

    it('should accept the body as a string, an ArrayBuffer, a Buffer and bytes in a SharedArrayBuffer', async () => {
      const { body, signature: header, secret } = OBSERVED;
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
  });

  describe('with several secrets (rotation)', () => {
    it('should accept a body signed by any secret of the list, in any order', async () => {
      const { body, signature: header, secret } = OBSERVED;
      expect(await verifyWebhookSignature(body, header, [secret, 'the-next-secret'])).toBe(true);
      expect(await verifyWebhookSignature(body, header, ['the-next-secret', secret])).toBe(true);
    });

    it('should refuse it when no secret of the list signed it', async () => {
      const { body, signature: header } = OBSERVED;
      expect(await verifyWebhookSignature(body, header, ['one-secret', 'another-secret'])).toBe(false);
    });

    it('should still verify after more secrets than the key cache holds', async () => {
      const { body, signature: header, secret } = HELLO;
      expect(await verifyWebhookSignature(body, header, secret)).toBe(true);
      for (let i = 0; i < 20; i++) expect(await verifyWebhookSignature(body, header, `secret-${i}`)).toBe(false);
      expect(await verifyWebhookSignature(body, header, secret)).toBe(true);
    });
  });

  // The header forms that are text (upper-case hex, a missing prefix, a trailing line feed...) are vectors of the file.
  describe('for a signature header that is not text', () => {
    it.each([
      { label: 'two values in a list', header: [HELLO.signature, HELLO.signature] },
      { label: 'an empty list', header: [] },
      { label: 'null', header: null },
      { label: 'undefined', header: undefined },
      { label: 'a number', header: 42 },
      { label: 'an object', header: { value: HELLO.signature } },
      { label: 'a list holding a number', header: [42] },
      { label: 'a revoked Proxy', header: revoked() },
    ])('should give false for $label, even over the right body and secret', async ({ header }) => {
      expect(await verifyLoosely(HELLO.body, header, HELLO.secret)).toBe(false);
    });

    it('should accept a list holding the one right value, as Node gives repeated headers', async () => {
      expect(await verifyLoosely(HELLO.body, [HELLO.signature], HELLO.secret)).toBe(true);
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
      await expect(verifyLoosely(body, HELLO.signature, HELLO.secret)).rejects.toThrow(
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
      const call = verifyLoosely(HELLO.body, HELLO.signature, secret);
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
        const error = await verifyLoosely(HELLO.body, HELLO.signature, bad).catch((caught: unknown) => caught);
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
