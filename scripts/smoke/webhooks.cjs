// Runs in the scratch project, from esm.mjs and cjs.cjs: the /webhooks entry signs, verifies and parses with the
// host's real Web Crypto, refuses a tampered body, and shares its classes with the other entries.
const assert = require('node:assert/strict');

const SECRET = 'smoke secret';
const COMMANDS = [
  { id: 's-1#0', command_text: 'uname -a', ts: '2026-05-02T06:22:48+00:00', decky: 'web-1', service: 'bash' },
];
const SESSION_ENDED = {
  topic: 'attacker.session.ended',
  type: 'session.ended',
  id: '3f2a9c1e5b7d4e8fa0c1d2e3f4a5b6c7',
  ts: 1777702999.5,
  payload: {
    session_id: 's-1',
    attacker_uuid: null,
    attacker_ip: '203.0.113.7',
    decky_id: 'web-1',
    service: 'ssh',
    ended_at: '2026-05-02T06:23:30+00:00',
    duration_s: 165.914,
    commands: COMMANDS,
    shard_path: null,
  },
};

/** Every name two entries both export is one value: one class, so `instanceof` works whichever entry threw. */
function checkSharedNames(entries) {
  const names = Object.entries(entries);
  for (const [i, [nameA, a]] of names.entries()) {
    for (const [nameB, b] of names.slice(i + 1)) {
      for (const key of Object.keys(a).filter((k) => k !== 'default' && Object.hasOwn(b, k))) {
        assert.equal(a[key], b[key], `${key} differs between ${nameA} and ${nameB}`);
      }
    }
  }
}

/** Checks one build (the ES modules or the CommonJS bundles), given its four entries. */
exports.checkWebhooks = async function checkWebhooks({ root, catalogue, schemas, webhooks }) {
  const { WebhookError, createWebhookDelivery, parseWebhookDelivery, verifyWebhookSignature } = webhooks;
  checkSharedNames({ root, catalogue, schemas, webhooks });
  if ('EventValidationError' in webhooks) assert.equal(webhooks.EventValidationError, schemas.EventValidationError);

  const delivery = await createWebhookDelivery(SESSION_ENDED, SECRET, { now: 1777703000000 });
  const { body, headers } = delivery;
  assert.ok(body instanceof Uint8Array);
  assert.match(headers['X-DECNET-Signature'], /^sha256=[0-9a-f]{64}$/);
  assert.equal(headers['X-DECNET-Timestamp'], '1777703000');
  assert.equal(headers['X-DECNET-Event-Topic'], 'attacker.session.ended');

  // Web Crypto: the signature holds under the secret, under a rotation list, and for the body as text.
  const signature = headers['X-DECNET-Signature'];
  assert.equal(await verifyWebhookSignature(body, signature, SECRET), true);
  assert.equal(await verifyWebhookSignature(body, signature, ['new secret', SECRET]), true);
  assert.equal(await verifyWebhookSignature(new TextDecoder().decode(body), signature, SECRET), true);
  assert.equal(await verifyWebhookSignature(body, signature, 'another secret'), false);

  const event = await parseWebhookDelivery({ body, headers }, { secret: SECRET, strict: true });
  assert.equal(event.template, 'attacker.session.ended');
  assert.equal(event.form, 'webhook');
  assert.equal(event.ts, 1777702999.5);
  assert.equal(event.tsText, '2026-05-02T06:23:19.500000+00:00');
  assert.deepEqual(event.payload.commands, COMMANDS);
  // The same event /schemas parses from the same signed body.
  const text = new TextDecoder().decode(body);
  assert.deepEqual(event, schemas.parseEvent(JSON.parse(text), { strict: true, form: 'webhook' }));

  // One byte changed after signing: refused before the body is read.
  const tampered = body.slice();
  tampered[text.indexOf('uname')] = 'U'.charCodeAt(0);
  assert.equal(await verifyWebhookSignature(tampered, signature, SECRET), false);
  const refusal = await parseWebhookDelivery({ body: tampered, headers }, { secret: SECRET }).then(
    () => assert.fail('a tampered body was accepted'),
    (error) => error,
  );
  assert.ok(refusal instanceof WebhookError && refusal instanceof Error);
  assert.equal(refusal.name, 'WebhookError');
  assert.equal(refusal.reason, 'bad-signature');
  assert.equal(refusal.status, 401);
  assert.ok(!refusal.message.includes(SECRET));

  // Signed but outside the contract: the issues are those /schemas finds.
  const bad = { ...SESSION_ENDED, payload: { ...SESSION_ENDED.payload, duration_s: 'long' } };
  const signedBad = await createWebhookDelivery(bad, SECRET);
  await assert.rejects(parseWebhookDelivery(signedBad, { secret: SECRET }), (error) => {
    assert.ok(error instanceof WebhookError);
    assert.equal(error.reason, 'invalid-event');
    assert.equal(error.status, 422);
    const parsed = schemas.safeParseEvent(JSON.parse(new TextDecoder().decode(signedBad.body)), { form: 'webhook' });
    assert.deepEqual(error.issues, parsed.error.issues);
    return true;
  });

  // DECNET's "send test" button.
  const ping = await createWebhookDelivery(
    { topic: webhooks.TEST_PING_TOPIC, type: 'test', payload: { message: 'hi', triggered_by: 'admin' } },
    SECRET,
  );
  const pinged = await parseWebhookDelivery(ping, { secret: SECRET, strict: true });
  assert.equal(pinged.template, 'test.ping');
  assert.equal(pinged.payload.triggered_by, 'admin');
};
