import { describe, expect, expectTypeOf, it } from 'vitest';
import { FINGERPRINT_KINDS } from '../../../src/schemas/enums';
import {
  _ATTACKER_EVENTS,
  AttackerFingerprintedEventSchema,
  AttackerFingerprintRotatedEventSchema,
  AttackerIntelEnrichedEventSchema,
  AttackerObservationEventSchema,
  AttackerSessionEndedEventSchema,
  AttackerSessionStartedEventSchema,
} from '../../../src/schemas/families/attacker';
import { AttackerFingerprintedPayloadSchema } from '../../../src/schemas/families/fingerprint';
import { ATTACKER_FIXTURES } from '../fixtures/attacker';
import type { WireEvent } from '../fixtures/types';
import { describeFamilyFixtures } from '../support/family-suite';

type Template = keyof typeof _ATTACKER_EVENTS;

/** The first valid fixture of `template` whose envelope `type` is `type`. */
const validEvent = (template: Template, type?: string): WireEvent => {
  const fixture = ATTACKER_FIXTURES.find((fixtures) => fixtures.template === template)?.valid.find(
    ({ event }) => type === undefined || event.type === type,
  );
  if (fixture === undefined) throw new Error(`no valid ${template} fixture of type ${type ?? 'any'}`);
  return fixture.event;
};
const payloadOf = (event: WireEvent): Record<string, unknown> => {
  if (typeof event.payload !== 'object' || event.payload === null) throw new Error('fixture payload is not an object');
  return { ...event.payload };
};
const withPayload = (event: WireEvent, changes: Readonly<Record<string, unknown>>): WireEvent => ({
  ...event,
  payload: { ...payloadOf(event), ...changes },
});
const pathsOf = (result: { readonly error?: { readonly issues: readonly { readonly path: PropertyKey[] }[] } }) =>
  result.error?.issues.map((issue) => issue.path);

describeFamilyFixtures('attacker', ['attacker'], _ATTACKER_EVENTS, ATTACKER_FIXTURES);

describe('the attacker.fingerprinted event schema', () => {
  it.each(FINGERPRINT_KINDS)('should have a valid fixture of kind %s', (kind) => {
    expect(AttackerFingerprintedEventSchema.safeParse(validEvent('attacker.fingerprinted', kind)).success).toBe(true);
  });

  it('should accept an ipv6_leak payload without a port', () => {
    const event = validEvent('attacker.fingerprinted', 'ipv6_leak');
    expect(payloadOf(event)).not.toHaveProperty('port');
    const result = AttackerFingerprintedEventSchema.safeParse(event);
    expect(result.data?.payload).not.toHaveProperty('port');
  });

  it("should refuse jarm's payload under the ipv6_leak type", () => {
    const event = { ...validEvent('attacker.fingerprinted', 'jarm'), type: 'ipv6_leak' };
    const paths = pathsOf(AttackerFingerprintedEventSchema.safeParse(event));
    expect(paths).toEqual(
      expect.arrayContaining([
        ['payload', 'addr'],
        ['payload', 'iid_kind'],
        ['payload', 'vector'],
      ]),
    );
  });

  it("should read the kind from the envelope type, refusing hassh's type on jarm's payload", () => {
    const event = { ...validEvent('attacker.fingerprinted', 'jarm'), type: 'hassh' };
    expect(pathsOf(AttackerFingerprintedEventSchema.safeParse(event))).toContainEqual(['payload', 'hassh_server']);
  });

  it.each(['tls_cert', '', 'fingerprinted', 'JARM'])('should refuse the kind %j at type', (kind) => {
    const event = { ...validEvent('attacker.fingerprinted', 'jarm'), type: kind };
    expect(pathsOf(AttackerFingerprintedEventSchema.safeParse(event))).toEqual([['type']]);
  });

  it('should narrow the payload by type', () => {
    const result = AttackerFingerprintedEventSchema.parse(validEvent('attacker.fingerprinted', 'ipv6_leak'));
    if (result.type !== 'ipv6_leak') throw new Error('expected the ipv6_leak branch');
    expectTypeOf(result.payload.iid_kind).toEqualTypeOf<'eui64' | 'stable_privacy' | 'temporary' | 'unknown'>();
    expect(result.payload.iid_kind).toBe('eui64');
  });

  it('should accept any kind of payload when the kind is unknown (bare payload)', () => {
    for (const kind of FINGERPRINT_KINDS) {
      const payload = payloadOf(validEvent('attacker.fingerprinted', kind));
      expect(AttackerFingerprintedPayloadSchema.safeParse(payload).success).toBe(true);
    }
    expect(AttackerFingerprintedPayloadSchema.safeParse({ attacker_ip: '203.0.113.7' }).success).toBe(false);
  });
});

describe('the attacker.fingerprint_rotated event schema', () => {
  it('should require the full topic string as type', () => {
    const event = validEvent('attacker.fingerprint_rotated');
    expect(event.type).toBe('attacker.fingerprint_rotated');
    expect(AttackerFingerprintRotatedEventSchema.safeParse(event).success).toBe(true);
    for (const type of ['fingerprint_rotated', 'fingerprint.rotated', '']) {
      expect(pathsOf(AttackerFingerprintRotatedEventSchema.safeParse({ ...event, type }))).toEqual([['type']]);
    }
  });
});

describe('the attacker.session.started event schema', () => {
  it('should accept any type and any payload object, as nothing publishes it yet', () => {
    const event = { ...validEvent('attacker.session.started'), type: 'started', payload: { anything: [1, 'two'] } };
    expect(AttackerSessionStartedEventSchema.parse(event)).toEqual(event);
  });
});

describe('the attacker.session.ended event schema', () => {
  it('should accept an attacker_uuid once a producer fills it in', () => {
    const event = withPayload(validEvent('attacker.session.ended'), {
      attacker_uuid: '9b1f0c2d3e4a4b5c8d6e7f8091a2b3c4',
    });
    expect(AttackerSessionEndedEventSchema.safeParse(event).success).toBe(true);
  });

  it('should keep unknown keys of the commands', () => {
    const event = validEvent('attacker.session.ended');
    const commands = [{ ...(payloadOf(event)['commands'] as object[])[0], exit_code: 0 }];
    const result = AttackerSessionEndedEventSchema.parse(withPayload(event, { commands }));
    expect(result.payload.commands[0]).toHaveProperty('exit_code', 0);
  });
});

describe('the attacker.intel.enriched event schema', () => {
  it('should accept provider names beyond the known ones', () => {
    const event = withPayload(validEvent('attacker.intel.enriched'), { providers: ['greynoise', 'spamhaus'] });
    expect(AttackerIntelEnrichedEventSchema.parse(event).payload.providers).toEqual(['greynoise', 'spamhaus']);
  });
});

describe('the attacker.observation.{primitive} event schema', () => {
  it('should take any primitive as type and keep the BEHAVE keys', () => {
    const event = validEvent('attacker.observation.{primitive}');
    const result = AttackerObservationEventSchema.parse({ ...event, type: 'shell.prompt_style' });
    expect(result.type).toBe('shell.prompt_style');
    expect(result.payload).toHaveProperty('window');
    expect(result.payload).toHaveProperty('evidence_ref');
  });

  it('should accept a value of any kind', () => {
    const event = validEvent('attacker.observation.{primitive}');
    for (const value of [null, 3.5, 'paste', { hash: 'ab12' }, [1, 2]]) {
      expect(AttackerObservationEventSchema.safeParse(withPayload(event, { value })).success).toBe(true);
    }
  });
});
