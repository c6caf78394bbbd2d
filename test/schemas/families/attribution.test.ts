import { describe, expect, expectTypeOf, it } from 'vitest';
import { ATTRIBUTION_STATES } from '../../../src/schemas/enums';
import {
  _ATTRIBUTION_EVENTS,
  AttributionProfileMultiActorSuspectedEventSchema,
  AttributionProfileStateChangedEventSchema,
} from '../../../src/schemas/families/attribution';
import { ATTRIBUTION_FIXTURES } from '../fixtures/attribution';
import type { WireEvent } from '../fixtures/types';
import { describeFamilyFixtures } from '../support/family-suite';

type Template = keyof typeof _ATTRIBUTION_EVENTS;

const withPayload = (template: Template, changes: Readonly<Record<string, unknown>>): WireEvent => {
  const event = ATTRIBUTION_FIXTURES.find((fixtures) => fixtures.template === template)?.valid[0]?.event;
  if (typeof event?.payload !== 'object' || event.payload === null) throw new Error(`no valid ${template} fixture`);
  return { ...event, payload: { ...event.payload, ...changes } };
};

describeFamilyFixtures('attribution', ['attribution'], _ATTRIBUTION_EVENTS, ATTRIBUTION_FIXTURES);

describe('the attribution.profile.state_changed event schema', () => {
  it.each(ATTRIBUTION_STATES)('should accept the state %s, old or new', (state) => {
    const event = withPayload('attribution.profile.state_changed', { old_state: state, new_state: state });
    expect(AttributionProfileStateChangedEventSchema.safeParse(event).success).toBe(true);
  });

  it('should refuse a null new_state', () => {
    const event = withPayload('attribution.profile.state_changed', { new_state: null });
    const result = AttributionProfileStateChangedEventSchema.safeParse(event);
    expect(result.error?.issues.map((issue) => issue.path)).toEqual([['payload', 'new_state']]);
  });

  it.each([null, 0, 142.5, 'paste', 'sha256:3b7d4bb2', { mean: 1.5 }])(
    'should keep the current_value %j as it came',
    (value) => {
      const event = withPayload('attribution.profile.state_changed', { current_value: value });
      expect(AttributionProfileStateChangedEventSchema.parse(event).payload.current_value).toEqual(value);
    },
  );

  it('should type the states as the enum', () => {
    const result = AttributionProfileStateChangedEventSchema.parse(
      withPayload('attribution.profile.state_changed', {}),
    );
    expectTypeOf(result.payload.new_state).toEqualTypeOf<(typeof ATTRIBUTION_STATES)[number]>();
    expectTypeOf(result.payload.old_state).toEqualTypeOf<(typeof ATTRIBUTION_STATES)[number] | null>();
  });
});

describe('the attribution.profile.multi_actor_suspected event schema', () => {
  it.each([{ primitives: [] }, { primitives: ['motor.input_modality'] }])(
    'should refuse $primitives.length primitives',
    ({ primitives }) => {
      const event = withPayload('attribution.profile.multi_actor_suspected', { primitives });
      const result = AttributionProfileMultiActorSuspectedEventSchema.safeParse(event);
      expect(result.error?.issues.map((issue) => issue.path)).toEqual([['payload', 'primitives']]);
    },
  );
});
