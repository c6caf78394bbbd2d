import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SNIFFER_TRAFFIC_TYPES } from '../../../src/schemas/enums';
import {
  _DECKY_EVENTS,
  DeckyMutateRequestEventSchema,
  DeckyStateEventSchema,
  DeckyTrafficEventSchema,
} from '../../../src/schemas/families/decky';
import { DeckyTrafficPayloadSchema } from '../../../src/schemas/families/decky-traffic';
import { DECKY_FIXTURES } from '../fixtures/decky';
import type { ValidFixture, WireEvent } from '../fixtures/types';
import { describeFamilyFixtures } from '../support/family-suite';

type Template = keyof typeof _DECKY_EVENTS;
const TRAFFIC: Template = 'decky.{decky_id}.traffic';

const validFixtures = (template: Template): readonly ValidFixture[] =>
  DECKY_FIXTURES.find((fixtures) => fixtures.template === template)?.valid ?? [];
const validEvent = (template: Template): WireEvent => {
  const event = validFixtures(template)[0]?.event;
  if (event === undefined) throw new Error(`no valid fixture for ${template}`);
  return event;
};
const payloadOf = (event: WireEvent): Readonly<Record<string, unknown>> => {
  if (typeof event.payload !== 'object' || event.payload === null) throw new Error('fixture payload is not an object');
  return event.payload as Readonly<Record<string, unknown>>;
};
const paths = (result: { readonly error?: { readonly issues: readonly { readonly path: PropertyKey[] }[] } }) =>
  result.error?.issues.map((issue) => issue.path);

/** The traffic fixtures of the documented types (those with a field list), one per type. */
const DOCUMENTED_TRAFFIC = validFixtures(TRAFFIC).filter(
  (fixture, index, all) =>
    typeof fixture.event.type === 'string' &&
    !fixture.event.type.startsWith('http') &&
    all.findIndex((other) => other.event.type === fixture.event.type) === index,
);

/** Anything JSON has that is not a string. */
const nonString = fc.oneof(
  fc.integer(),
  fc.double({ noNaN: true }),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string(), { maxLength: 2 }),
  fc.dictionary(fc.string(), fc.string(), { maxKeys: 2 }),
);
/** An unknown key: not one of a documented payload's, and not `__proto__` (which zod drops). */
const extraKey = fc.string({ minLength: 1 }).map((key) => `x_${key}`);

describeFamilyFixtures('decky', ['decky'], _DECKY_EVENTS, DECKY_FIXTURES);

describe('the decky schemas', () => {
  it('should have a valid traffic fixture for every sniffer traffic type', () => {
    const types = validFixtures(TRAFFIC).map((fixture) => fixture.event.type);
    expect(new Set(types)).toEqual(new Set(SNIFFER_TRAFFIC_TYPES));
  });
});

describe('the traffic payloads', () => {
  it.each(DOCUMENTED_TRAFFIC)('should refuse a non-string value in any field of $name', ({ event }) => {
    const fields = Object.keys(payloadOf(event));
    fc.assert(
      fc.property(fc.constantFrom(...fields), nonString, (field, value) => {
        const result = DeckyTrafficEventSchema.safeParse({
          ...event,
          payload: { ...payloadOf(event), [field]: value },
        });
        expect(paths(result)).toContainEqual(['payload', field]);
      }),
    );
  });

  it.each(DOCUMENTED_TRAFFIC)('should keep unknown string fields of $name', ({ event }) => {
    fc.assert(
      fc.property(extraKey, fc.string(), (key, value) => {
        const withExtra = { ...event, payload: { ...payloadOf(event), [key]: value } };
        expect(DeckyTrafficEventSchema.safeParse(withExtra).data).toEqual(withExtra);
      }),
    );
  });

  it.each(DOCUMENTED_TRAFFIC)('should refuse unknown fields of $name that are not strings', ({ event }) => {
    fc.assert(
      fc.property(extraKey, nonString, (key, value) => {
        const result = DeckyTrafficEventSchema.safeParse({ ...event, payload: { ...payloadOf(event), [key]: value } });
        expect(paths(result)).toEqual([['payload', key]]);
      }),
    );
  });

  it.each(['http_request_fingerprint', 'http2_settings', 'http3_settings'])(
    'should accept any object of strings typed %s, and nothing else',
    (type) => {
      const event = validEvent(TRAFFIC);
      fc.assert(
        fc.property(fc.dictionary(extraKey, fc.string()), (payload) => {
          expect(DeckyTrafficEventSchema.safeParse({ ...event, type, payload }).data).toEqual({
            ...event,
            type,
            payload,
          });
        }),
      );
      fc.assert(
        fc.property(extraKey, nonString, (key, value) => {
          const result = DeckyTrafficEventSchema.safeParse({ ...event, type, payload: { [key]: value } });
          expect(paths(result)).toEqual([['payload', key]]);
        }),
      );
    },
  );

  it('should check the payload against the shape its type selects', () => {
    const banner = validFixtures(TRAFFIC).find((fixture) => fixture.event.type === 'ssh_client_banner')?.event;
    if (banner === undefined) throw new Error('no ssh_client_banner fixture');
    const result = DeckyTrafficEventSchema.safeParse({ ...banner, type: 'tcp_flow_timing' });
    expect(paths(result)).toContainEqual(['payload', 'packets']);
    expect(paths(result)).not.toContainEqual(['payload', 'ssh_version']);
  });

  it('should refuse any type outside the sniffer allow-list at [type]', () => {
    const types: readonly string[] = SNIFFER_TRAFFIC_TYPES;
    fc.assert(
      fc.property(
        fc.string().filter((type) => !types.includes(type)),
        (type) => {
          expect(paths(DeckyTrafficEventSchema.safeParse({ ...validEvent(TRAFFIC), type }))).toEqual([['type']]);
        },
      ),
    );
  });

  it('should accept a documented payload as a bare payload, and refuse one with a number', () => {
    expect(DeckyTrafficPayloadSchema.safeParse(payloadOf(validEvent(TRAFFIC))).success).toBe(true);
    expect(DeckyTrafficPayloadSchema.safeParse({ ...payloadOf(validEvent(TRAFFIC)), dst_port: 443 }).success).toBe(
      false,
    );
  });
});

describe('the mutate_request event', () => {
  it('should accept any object as the payload and any string as the type, unchanged', () => {
    const event = validEvent('decky.{decky_id}.mutate_request');
    fc.assert(
      fc.property(fc.string(), fc.dictionary(extraKey, fc.jsonValue()), (type, payload) => {
        const request = { ...event, type, payload };
        expect(DeckyMutateRequestEventSchema.safeParse(request).data).toEqual(request);
      }),
    );
  });

  it.each([null, 'web-01', 42, ['web-01']])('should refuse %j as the payload', (payload) => {
    const result = DeckyMutateRequestEventSchema.safeParse({
      ...validEvent('decky.{decky_id}.mutate_request'),
      payload,
    });
    expect(paths(result)).toEqual([['payload']]);
  });
});

describe('the fleet state event', () => {
  it('should accept a fleet decky id with a colon in the topic', () => {
    const event = validEvent('decky.{decky_id}.state');
    expect(event.topic).toMatch(/^decky\.[0-9a-f-]+:web-01\.state$/);
    expect(DeckyStateEventSchema.safeParse(event).success).toBe(true);
  });
});
