// Runs in the scratch project: the package as an ES module consumer sees it.
import assert from 'node:assert/strict';
import { DECKY_STATE, TopicSegmentError, decky, topics } from '@decnet/bus-topics';
import { TOPIC_CATALOGUE, formatTopic, parseTopic } from '@decnet/bus-topics/catalogue';
import { EventValidationError, parseEvent, safeParseEvent } from '@decnet/bus-topics/schemas';
import * as root from '@decnet/bus-topics';
import * as catalogue from '@decnet/bus-topics/catalogue';
import * as schemas from '@decnet/bus-topics/schemas';
import * as webhooks from '@decnet/bus-topics/webhooks';
import * as bus from '@decnet/bus-topics/bus';
import * as nats from '@decnet/bus-topics/nats';
import * as bridge from '@decnet/bus-topics/bridge';
import { headers } from '@nats-io/transport-node';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

assert.equal(decky('d-42', 'state'), 'decky.d-42.state');
// /bridge loads (Node only, as /bus) and exports the bridge; connecting it is tested in test/bridge/.
assert.equal(typeof bridge.bridgeBusToNats, 'function');
assert.equal(new bridge.BridgeError('nats-closed').reason, 'nats-closed');
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
// The JSON Schema files ship in the package.
const require = createRequire(import.meta.url);
const index = JSON.parse(readFileSync(require.resolve('@decnet/bus-topics/json-schema/index.json'), 'utf8'));
assert.equal(Object.keys(index.templates).length, 50);
// So does the AsyncAPI document, through the package's exports: one channel per template, and its YAML copy.
const asyncapi = require('@decnet/bus-topics/asyncapi.json');
assert.equal(asyncapi.asyncapi, '3.0.0');
assert.equal(Object.keys(asyncapi.channels).length, 50);
assert.match(readFileSync(require.resolve('@decnet/bus-topics/asyncapi.yaml'), 'utf8'), /^asyncapi: 3\.0\.0$/mu);
process.stdout.write('  esm: asyncapi.json (50 channels) and asyncapi.yaml resolve through the exports\n');
const { checkHostile } = require('./hostile.cjs');
checkHostile({ root, catalogue, schemas });
process.stdout.write('  esm: hostile input is refused, bounded and escaped; shared tables are frozen\n');
const { checkWebhooks } = require('./webhooks.cjs');
await checkWebhooks({ root, catalogue, schemas, webhooks });
process.stdout.write('  esm: /webhooks signs, verifies and parses with Web Crypto; WebhookError bad-signature\n');
const { checkBusAndNats } = require('./bus-nats.cjs');
await checkBusAndNats({ schemas, bus, nats, bridge, headers });
process.stdout.write(
  '  esm: /bus over a UNIX socket (HELLO, SUB and an EVT, PUB, BYE); /nats publishes and subscribes\n',
);
process.stdout.write('  esm: builders, topics, TopicSegmentError /catalogue and /schemas behave\n');
