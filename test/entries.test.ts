import { describe, expect, it } from 'vitest';
import * as bridgeEntry from '../src/bridge';
import * as busEntry from '../src/bus';
import * as catalogueEntry from '../src/catalogue';
import * as natsEntry from '../src/nats';
import * as schemasEntry from '../src/schemas';
import * as root from '../src/index';
import { BUILDERS, LEAVES, ROOTS } from './support/contract';

// The public surface of each entry, by name. A new export fails here until it is
// added on purpose (and to the API report); nothing leaks out by accident.
const ROOT_EXTRAS = [
  'topics',
  'isValidSegment',
  'assertSegment',
  'isValidTopic',
  'assertTopic',
  'SEGMENT_WHITESPACE',
  'TopicSegmentError',
  'matches',
  'validatePattern',
  'isValidPattern',
  'assertPattern',
  'compilePattern',
  'PatternIndex',
  'pattern',
  'TopicPatternError',
];
const CATALOGUE_EXPORTS = ['TOPIC_CATALOGUE', 'parseTopic', 'formatTopic'];
const BUS_EXPORTS = [
  'connectBus',
  'resolveBusSocketPath',
  'encodeBusFrame',
  'BusFrameDecoder',
  'BUS_VERBS',
  'BUS_MAX_HEADER_BYTES',
  'BUS_MAX_BODY_BYTES',
  'BusError',
  'BusProtocolError',
];
const BRIDGE_EXPORTS = ['bridgeBusToNats', 'BridgeError'] as const;

const NATS_EXPORTS = [
  'subscribeEvents',
  'publishEvent',
  'forwardEventBytes',
  'eventStreamConfig',
  'AT_LEAST_ONCE_SUBJECTS',
  'consumeEvents',
  'isNatsSubject',
  'NATS_EVENT_LIMITS',
  'NatsEventError',
];

describe('package entries', () => {
  it('should export from the root exactly the contract constants, the builders, the segment rules and matching', () => {
    const expected = [
      ...Object.keys(ROOTS),
      ...Object.keys(LEAVES),
      ...BUILDERS.map(({ name }) => name),
      ...ROOT_EXTRAS,
    ];
    expect(Object.keys(root).sort()).toEqual(expected.sort());
  });

  it('should export from /catalogue exactly the catalogue and its two functions', () => {
    expect(Object.keys(catalogueEntry).sort()).toEqual([...CATALOGUE_EXPORTS].sort());
  });

  it('should keep the catalogue out of the root entry', () => {
    for (const name of CATALOGUE_EXPORTS) expect(root).not.toHaveProperty(name);
  });

  it('should export from /schemas the parsing API, the envelope, the registry and a schema per template', () => {
    for (const name of [
      'parseEvent',
      'safeParseEvent',
      'parsePayload',
      'payloadSchemaFor',
      'BusEventSchema',
      'EVENT_SCHEMAS',
      'EventValidationError',
    ]) {
      expect(schemasEntry).toHaveProperty(name);
    }
    const eventSchemas = Object.keys(schemasEntry).filter((name) => name.endsWith('EventSchema'));
    expect(eventSchemas.length).toBeGreaterThanOrEqual(50);
    // Internal names never leak through the entry.
    expect(Object.keys(schemasEntry).filter((name) => name.startsWith('_'))).toEqual([]);
  });

  it('should export from /bus exactly the client, the frame codec, its constants and its two errors', () => {
    expect(Object.keys(busEntry).sort()).toEqual([...BUS_EXPORTS].sort());
  });

  it('should export from /nats exactly publishing, subscribing, JetStream helpers, subject rules and its error', () => {
    expect(Object.keys(natsEntry).sort()).toEqual([...NATS_EXPORTS].sort());
  });

  it('should export from /bridge exactly the bridge and its error', () => {
    expect(Object.keys(bridgeEntry).sort()).toEqual([...BRIDGE_EXPORTS].sort());
  });

  it('should keep the bus client, the NATS functions and the bridge out of every other entry', () => {
    for (const entry of [root, catalogueEntry, schemasEntry]) {
      for (const name of [...BUS_EXPORTS, ...NATS_EXPORTS, ...BRIDGE_EXPORTS]) expect(entry).not.toHaveProperty(name);
    }
    for (const name of BRIDGE_EXPORTS) {
      expect(busEntry).not.toHaveProperty(name);
      expect(natsEntry).not.toHaveProperty(name);
    }
  });
});
