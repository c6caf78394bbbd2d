// Runs in the scratch project, from esm.mjs and cjs.cjs: /bus talks to a UNIX socket through the installed build
// (HELLO, SUB, an EVT back, PUB, BYE), and /nats publishes and subscribes through a stand-in connection, with the
// real `headers` of @nats-io/transport-node, which the consumer installs as the entry's optional peer.
const assert = require('node:assert/strict');
const { mkdtempSync, rmSync } = require('node:fs');
const { createServer } = require('node:net');
const { tmpdir } = require('node:os');
const { join } = require('node:path');

const STATE = {
  v: 1,
  id: '3f2a9c1e5b7d4e8fa0c1d2e3f4a5b6c7',
  topic: 'decky.host-3f2a:web-01.state',
  type: 'state',
  ts: 1763900000.5,
  payload: { host_uuid: 'host-3f2a', name: 'web-01', state: 'running', transition: 'inserted', source: 'fleet' },
};
const SCORED = {
  attacker_ip: '203.0.113.7',
  event_count: 12,
  service_count: 2,
  decky_count: 1,
  bounty_count: 0,
  credential_count: 1,
  is_traversal: false,
};

/** The frame codec alone: bytes out, bytes in, whatever the chunks. */
function checkFrames(bus) {
  const { BUS_VERBS, BusFrameDecoder, BusProtocolError, encodeBusFrame } = bus;
  assert.ok(Object.isFrozen(BUS_VERBS) && BUS_VERBS.includes('EVT'));
  const bytes = encodeBusFrame('EVT', STATE.topic, STATE);
  const decoder = new BusFrameDecoder();
  assert.deepEqual([...decoder.push(bytes.subarray(0, 5))], []);
  const [frame] = [...decoder.push(bytes.subarray(5))];
  assert.equal(frame.verb, 'EVT');
  assert.equal(frame.args, STATE.topic);
  assert.deepEqual(frame.json, STATE);
  assert.throws(
    () => encodeBusFrame('PUB', 'café'),
    (error) => {
      assert.ok(error instanceof BusProtocolError);
      assert.equal(error.reason, 'not-ascii');
      return true;
    },
  );
}

/** A bus server of one connection: answers a SUB with one EVT, and records every frame it reads. */
function startServer(bus, path) {
  const frames = [];
  const waiting = [];
  const server = createServer((socket) => {
    const decoder = new bus.BusFrameDecoder();
    socket.on('data', (chunk) => {
      for (const frame of decoder.push(chunk)) {
        frames.push(frame);
        if (frame.verb === 'SUB') socket.write(bus.encodeBusFrame('EVT', STATE.topic, STATE));
        for (const wait of waiting.splice(0)) wait();
      }
    });
    socket.on('error', () => undefined);
  });
  const frameOf = async (verb) => {
    for (;;) {
      const found = frames.find((frame) => frame.verb === verb);
      if (found !== undefined) return found;
      await new Promise((resolve) => waiting.push(resolve));
    }
  };
  return new Promise((resolve) => server.listen(path, () => resolve({ server, frameOf })));
}

/** The client over a real UNIX socket: HELLO on connect, a typed event from SUB, PUB checked, BYE on close. */
async function checkClient(bus) {
  const dir = mkdtempSync(join(tmpdir(), 'bus-topics-smoke-bus-'));
  const path = join(dir, 'bus.sock');
  const { server, frameOf } = await startServer(bus, path);
  try {
    assert.equal(bus.resolveBusSocketPath({ env: { DECNET_BUS_SOCKET: path } }), path);
    const client = await bus.connectBus({ env: { DECNET_BUS_SOCKET: path }, name: 'smoke', reconnect: false });
    assert.equal((await frameOf('HELLO')).args, 'smoke');
    for await (const event of client.subscribe('decky.*.state')) {
      assert.equal(event.template, 'decky.{decky_id}.state');
      assert.deepEqual(event.params, { decky_id: 'host-3f2a:web-01' });
      assert.equal(event.payload.state, 'running');
      break;
    }
    await client.publish('attacker.scored', SCORED, { type: 'scored' });
    const pub = await frameOf('PUB');
    assert.equal(pub.args, 'attacker.scored');
    assert.deepEqual(pub.json.payload, SCORED);
    await assert.rejects(client.publish('attacker.scored', { event_count: 'many' }, { type: 'scored' }), {
      name: 'EventValidationError',
    });
    await client.close();
    await frameOf('BYE');
    await assert.rejects(client.publish('attacker.scored', SCORED, { type: 'scored' }), (error) => {
      assert.ok(error instanceof bus.BusError);
      assert.equal(error.reason, 'closed');
      return true;
    });
  } finally {
    await new Promise((resolve) => server.close(resolve));
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A stand-in NatsConnection: what it was asked to publish, and subscriptions fed by hand. */
function fakeConnection() {
  const published = [];
  const subscriptions = [];
  return {
    published,
    subscriptions,
    publish(subject, data, options) {
      published.push({ subject, data, options });
    },
    subscribe(subject, options) {
      let close;
      const sub = {
        subject,
        callback: options.callback,
        closed: new Promise((resolve) => (close = resolve)),
        isClosed: () => false,
        unsubscribe: () => close(undefined),
        drain: async () => close(undefined),
      };
      subscriptions.push(sub);
      return sub;
    },
  };
}

/** Publishing and subscribing through the installed /nats entry. */
async function checkNats({ schemas, nats, headers }) {
  const { NatsEventError, eventStreamConfig, isNatsSubject, publishEvent, subscribeEvents } = nats;
  assert.equal(isNatsSubject('attacker.session.ended'), true);
  assert.equal(isNatsSubject('a..b'), false);
  assert.deepEqual(eventStreamConfig('canary').subjects, ['canary.*.triggered']);

  const nc = fakeConnection();
  const sent = publishEvent(nc, 'attacker.scored', SCORED, { type: 'scored', headers });
  const [message] = nc.published;
  assert.equal(message.subject, 'attacker.scored');
  assert.equal(message.options.headers.get('Nats-Msg-Id'), sent.id);
  const body = JSON.parse(new TextDecoder().decode(message.data));
  assert.deepEqual(Object.keys(body), ['v', 'id', 'topic', 'type', 'ts', 'payload']);
  assert.equal(schemas.parseEvent(body, { strict: true }).template, 'attacker.scored');
  assert.throws(
    () => publishEvent(nc, 'a..b', {}, { type: 'x', msgId: false }),
    (error) => {
      assert.ok(error instanceof NatsEventError);
      assert.equal(error.reason, 'unsendable-topic');
      return true;
    },
  );
  assert.equal(nc.published.length, 1);

  const subscription = subscribeEvents(nc, 'decky.*.state');
  const [sub] = nc.subscriptions;
  const encode = (event) => new TextEncoder().encode(JSON.stringify(event));
  sub.callback(null, { subject: 'decky.other.state', data: encode(STATE) });
  sub.callback(null, { subject: STATE.topic, data: encode(STATE) });
  for await (const event of subscription) {
    assert.equal(event.template, 'decky.{decky_id}.state');
    assert.equal(event.payload.state, 'running');
    break;
  }
  // The first message claimed another topic than its subject: refused, counted, not yielded.
  assert.equal(subscription.received, 2);
  assert.equal(subscription.invalid, 1);
}

/** Checks one build (the ES modules or the CommonJS bundles), given its entries and the NATS client's `headers`. */
exports.checkBusAndNats = async function checkBusAndNats({ schemas, bus, nats, bridge, headers }) {
  // /bridge loads through require too (connecting it is tested in test/bridge/).
  if (typeof bridge.bridgeBusToNats !== 'function') throw new Error('/bridge has no bridgeBusToNats');
  checkFrames(bus);
  await checkClient(bus);
  await checkNats({ schemas, nats, headers });
};
