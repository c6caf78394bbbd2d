// Runs in the scratch project, from esm.mjs and cjs.cjs: the hostile-input guarantees hold in the built package.
const assert = require('node:assert/strict');

/** Checks one build (the ES modules or the CommonJS bundles), given its three entries. */
exports.checkHostile = function checkHostile({ root, catalogue, schemas }) {
  // Lone surrogates cannot cross any transport: refused, and shown escaped.
  assert.throws(() => root.decky('\ud800', 'state'), { name: 'TopicSegmentError', reason: 'lone-surrogate' });
  assert.equal(root.isValidPattern('a.\udbff'), false);
  // Shared tables are frozen; namespace members are read-only.
  assert.ok(Object.isFrozen(catalogue.TOPIC_CATALOGUE) && Object.isFrozen(catalogue.TOPIC_CATALOGUE[0].params));
  assert.ok(Object.isFrozen(schemas.EVENT_SCHEMAS));
  assert.throws(() => {
    'use strict';
    root.topics.decky = () => 'forged';
  }, TypeError);
  // A refusal never throws, whatever arrives, and stays small.
  const commands = Array.from({ length: 25000 }, () => ({}));
  const session = {
    v: 1,
    id: 'a'.repeat(32),
    topic: 'attacker.session.ended',
    type: 'session.ended',
    ts: 1,
    payload: { commands },
  };
  const refused = schemas.safeParseEvent(session);
  assert.equal(refused.success, false);
  assert.ok(refused.error.issues.length <= 20);
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  assert.equal(schemas.safeParseEvent(proxy).success, false);
  // Messages quote a bounded, escaped part of the input.
  const long = `evil\n${'x'.repeat(1_000_000)}`;
  const strict = schemas.safeParseEvent({ ...session, topic: long }, { strict: true });
  assert.ok(strict.error.issues[0].message.length < 1_000 && !strict.error.issues[0].message.includes('\n'));
  // A stream of topics longer than what parseTopic remembers leaves nothing behind and still answers.
  for (let i = 0; i < 100; i++)
    assert.equal(catalogue.parseTopic(`attacker.observation.${'m'.repeat(300)}${i}`).family, 'attacker');
};
