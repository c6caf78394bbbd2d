import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TOPIC_CATALOGUE } from '../../../src/catalogue';
import { TOPOLOGY_MUTATION_OPS } from '../../../src/schemas/enums';
import {
  _TOPOLOGY_EVENTS,
  TopologyMutationAppliedEventSchema,
  TopologyMutationApplyingPayloadSchema,
  TopologyMutationEventSchema,
  TopologyMutationPayloadSchema,
} from '../../../src/schemas/families/topology';
import { TOPOLOGY_FIXTURES } from '../fixtures/topology';
import type { WireEvent } from '../fixtures/types';

type Template = keyof typeof _TOPOLOGY_EVENTS;
const MUTATION: Template = 'topology.{topology_id}.mutation.{state}';

const isTemplate = (template: string): template is Template => Object.hasOwn(_TOPOLOGY_EVENTS, template);
const schemaFor = (template: string) => {
  if (!isTemplate(template)) throw new Error(`no topology schema for ${template}`);
  return _TOPOLOGY_EVENTS[template];
};
const validEvent = (type: string): WireEvent => {
  const event = TOPOLOGY_FIXTURES.find((fixtures) => fixtures.template === MUTATION)?.valid.find(
    (fixture) => fixture.event.type === type,
  )?.event;
  if (event === undefined) throw new Error(`no valid ${type} mutation fixture`);
  return event;
};
const withPayload = (event: WireEvent, changes: Readonly<Record<string, unknown>>): WireEvent => {
  if (typeof event.payload !== 'object' || event.payload === null) throw new Error('fixture payload is not an object');
  return { ...event, payload: { ...event.payload, ...changes } };
};
/** What a valid event parses to: itself, except that `applying` decodes its JSON-encoded `payload`. */
const decoded = (event: WireEvent): WireEvent => {
  const payload = event.payload;
  if (event.type !== 'applying' || typeof payload !== 'object' || payload === null) return event;
  const inner: unknown = Reflect.get(payload, 'payload');
  return typeof inner === 'string' ? withPayload(event, { payload: JSON.parse(inner) as unknown }) : event;
};

describe('the topology schemas', () => {
  it('should have a schema and fixtures for every topology template of the catalogue', () => {
    const templates = TOPIC_CATALOGUE.filter((row) => row.family === 'topology')
      .map((row) => row.template)
      .sort();
    expect(Object.keys(_TOPOLOGY_EVENTS).sort()).toEqual(templates);
    expect(TOPOLOGY_FIXTURES.map((fixtures) => fixtures.template).sort()).toEqual(templates);
  });

  it('should have a valid fixture for every mutation state', () => {
    const types = TOPOLOGY_FIXTURES.find((fixtures) => fixtures.template === MUTATION)?.valid.map(
      (fixture) => fixture.event.type,
    );
    expect(new Set(types)).toEqual(new Set(['enqueued', 'applying', 'applied', 'failed']));
  });
});

describe.each(TOPOLOGY_FIXTURES)('the $template event schema', ({ template, valid, invalid }) => {
  it.each(valid)('should accept $name', ({ event }) => {
    const result = schemaFor(template).safeParse(event);
    expect(result.error?.issues).toBeUndefined();
    expect(result.data).toEqual(decoded(event));
  });

  it.each(invalid)('should refuse $name, at $path', ({ event, path }) => {
    const result = schemaFor(template).safeParse(event);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path)).toContainEqual(path);
  });
});

describe('the applying mutation payload', () => {
  it('should decode the JSON-encoded payload to the request object', () => {
    const event = validEvent('applying');
    const result = TopologyMutationEventSchema.safeParse(event);
    expect(result.success).toBe(true);
    expect(result.data?.payload.payload).toEqual({
      lan_id: 'lan-dmz',
      name: 'web-01',
      services: ['ssh', 'http'],
      ip: '10.0.3.21',
    });
  });

  it('should refuse text that is not JSON at [payload, payload]', () => {
    const result = TopologyMutationEventSchema.safeParse(withPayload(validEvent('applying'), { payload: 'lan-dmz' }));
    expect(result.error?.issues.map((issue) => issue.path)).toEqual([['payload', 'payload']]);
  });

  it.each(['null', '42', '"lan-dmz"', '[]'])('should refuse JSON text that is not an object: %s', (text) => {
    const result = TopologyMutationApplyingPayloadSchema.safeParse({
      mutation_id: 'm-1',
      op: 'add_lan',
      payload: text,
    });
    expect(result.error?.issues.map((issue) => issue.path)).toContainEqual(['payload']);
  });

  it('should drop a __proto__ key (as zod does) without polluting Object.prototype', () => {
    const result = TopologyMutationApplyingPayloadSchema.safeParse({
      mutation_id: 'm-1',
      op: 'update_decky',
      payload: '{"__proto__": {"polluted": 1}, "name": "web-01"}',
    });
    expect(result.success).toBe(true);
    expect(Object.getPrototypeOf(result.data?.payload)).toBe(Object.prototype);
    expect(result.data?.payload).toEqual({ name: 'web-01' });
    expect(result.data?.payload['polluted']).toBeUndefined();
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('should decode a JSON-encoded payload in the bare payload union too', () => {
    const result = TopologyMutationPayloadSchema.safeParse({
      mutation_id: 'm-1',
      op: 'add_lan',
      payload: '{"cidr": "10.0.4.0/24"}',
    });
    expect(result.data).toEqual({ mutation_id: 'm-1', op: 'add_lan', payload: { cidr: '10.0.4.0/24' } });
  });

  it('should decode any JSON object the mutator dumped, unchanged', () => {
    const key = fc.string().filter((name) => name !== '__proto__');
    fc.assert(
      fc.property(fc.dictionary(key, fc.jsonValue()), (request) => {
        const result = TopologyMutationApplyingPayloadSchema.safeParse({
          mutation_id: 'm-1',
          op: 'update_lan',
          payload: JSON.stringify(request),
        });
        expect(result.data?.payload).toEqual(JSON.parse(JSON.stringify(request)));
      }),
    );
  });
});

describe('the mutation op', () => {
  it('should accept every op of the contract in every state', () => {
    for (const op of TOPOLOGY_MUTATION_OPS) {
      for (const type of ['enqueued', 'applying', 'applied', 'failed']) {
        expect(TopologyMutationEventSchema.safeParse(withPayload(validEvent(type), { op })).success).toBe(true);
      }
    }
  });

  it('should refuse any other op at [payload, op]', () => {
    const ops: readonly string[] = TOPOLOGY_MUTATION_OPS;
    fc.assert(
      fc.property(
        fc.string().filter((op) => !ops.includes(op)),
        (op) => {
          const result = TopologyMutationEventSchema.safeParse(withPayload(validEvent('applied'), { op }));
          expect(result.error?.issues.map((issue) => issue.path)).toEqual([['payload', 'op']]);
        },
      ),
    );
  });
});

describe('the mutation event', () => {
  it('should check the payload against the shape its type selects', () => {
    // An applied payload has no reason; typed failed, it must have one.
    const result = TopologyMutationEventSchema.safeParse({ ...validEvent('applied'), type: 'failed' });
    expect(result.error?.issues.map((issue) => issue.path)).toEqual([['payload', 'reason']]);
  });

  it('should refuse another state in the schema of one state', () => {
    const result = TopologyMutationAppliedEventSchema.safeParse({ ...validEvent('applied'), type: 'failed' });
    expect(result.error?.issues.map((issue) => issue.path)).toEqual([['type']]);
  });
});
