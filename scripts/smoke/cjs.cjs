// Runs in the scratch project: the package as a CommonJS consumer sees it.
const assert = require('node:assert/strict');
const { DECKY_STATE, TopicSegmentError, decky, topics } = require('@decnet/bus-topics');
const { TOPIC_CATALOGUE, formatTopic, parseTopic } = require('@decnet/bus-topics/catalogue');
const { EventValidationError, parseEvent, safeParseEvent } = require('@decnet/bus-topics/schemas');

assert.equal(decky('d-42', 'state'), 'decky.d-42.state');
assert.equal(decky('d-42', DECKY_STATE), 'decky.d-42.state');
assert.equal(topics.systemHealth('mutator'), 'system.mutator.health');
assert.throws(() => decky('a.b', 'state'), TopicSegmentError);
assert.throws(() => decky('a.b', 'state'), { name: 'TopicSegmentError', reason: 'separator' });
assert.deepEqual(parseTopic('ttp.rule.fired.T1110'), {
  template: 'ttp.rule.fired.{technique_id}',
  family: 'ttp',
  params: { technique_id: 'T1110' },
});
assert.equal(TOPIC_CATALOGUE.length, 50);
// One error class for both entries: what /catalogue throws is caught as the root's class.
assert.throws(() => formatTopic('decky.{decky_id}.state', { decky_id: 'a b' }), TopicSegmentError);
const event = {
  v: 1,
  id: '3f2a9c1e5b7d4e8fa0c1d2e3f4a5b6c7',
  topic: 'decky.host-3f2a:web-01.state',
  type: 'state',
  ts: 1763900000.5,
  payload: { host_uuid: 'host-3f2a', name: 'web-01', state: 'running', transition: 'inserted', source: 'fleet' },
};
assert.equal(parseEvent(event).template, 'decky.{decky_id}.state');
assert.deepEqual(parseEvent(event).params, { decky_id: 'host-3f2a:web-01' });
assert.equal(safeParseEvent({ ...event, payload: { ...event.payload, state: 'bogus' } }).success, false);
assert.throws(() => parseEvent({ ...event, v: 2 }), EventValidationError);
require('./hostile.cjs').checkHostile({
  root: require('@decnet/bus-topics'),
  catalogue: require('@decnet/bus-topics/catalogue'),
  schemas: require('@decnet/bus-topics/schemas'),
});
process.stdout.write('  cjs: hostile input is refused, bounded and escaped; shared tables are frozen\n');
process.stdout.write('  cjs: builders, topics, TopicSegmentError /catalogue and /schemas behave\n');
require('./webhooks.cjs')
  .checkWebhooks({
    root: require('@decnet/bus-topics'),
    catalogue: require('@decnet/bus-topics/catalogue'),
    schemas: require('@decnet/bus-topics/schemas'),
    webhooks: require('@decnet/bus-topics/webhooks'),
  })
  .then(() => {
    process.stdout.write('  cjs: /webhooks signs, verifies and parses with Web Crypto; WebhookError bad-signature\n');
    return require('./bus-nats.cjs').checkBusAndNats({
      schemas: require('@decnet/bus-topics/schemas'),
      bus: require('@decnet/bus-topics/bus'),
      nats: require('@decnet/bus-topics/nats'),
      bridge: require('@decnet/bus-topics/bridge'),
      headers: require('@nats-io/transport-node').headers,
    });
  })
  .then(
    () =>
      process.stdout.write(
        '  cjs: /bus over a UNIX socket (HELLO, SUB and an EVT, PUB, BYE); /nats publishes and subscribes\n',
      ),
    (error) => {
      process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 1;
    },
  );
