import { describe, expect, it } from 'vitest';
import {
  _ORCHESTRATOR_EVENTS,
  OrchestratorFileEventSchema,
  OrchestratorTrafficEventSchema,
} from '../../../src/schemas/families/orchestrator';
import { ORCHESTRATOR_FIXTURES } from '../fixtures/orchestrator';
import type { WireEvent } from '../fixtures/types';
import { describeFamilyFixtures } from '../support/family-suite';

type Template = keyof typeof _ORCHESTRATOR_EVENTS;
const validEvent = (template: Template): WireEvent => {
  const event = ORCHESTRATOR_FIXTURES.find((fixtures) => fixtures.template === template)?.valid[0]?.event;
  if (event === undefined) throw new Error(`no valid fixture for ${template}`);
  return event;
};
const withPayload = (event: WireEvent, changes: Readonly<Record<string, unknown>>): WireEvent => {
  if (typeof event.payload !== 'object' || event.payload === null) throw new Error('fixture payload is not an object');
  return { ...event, payload: { ...event.payload, ...changes } };
};

describeFamilyFixtures('orchestrator', ['orchestrator'], _ORCHESTRATOR_EVENTS, ORCHESTRATOR_FIXTURES);

describe('the orchestrator driver result', () => {
  it('should parse 10,000 levels of nesting without overflowing the stack', () => {
    let deep: Record<string, unknown> = { rc: 0 };
    for (let level = 0; level < 10_000; level += 1) deep = { child: deep };
    const result = OrchestratorTrafficEventSchema.safeParse(
      withPayload(validEvent('orchestrator.traffic.{decky_id}'), { payload: deep }),
    );
    expect(result.success).toBe(true);
    expect(result.data?.payload.payload['child']).toBe(deep['child']);
  });

  it('should parse __proto__, constructor and prototype keys from JSON.parse without polluting Object.prototype', () => {
    const hostile: unknown = JSON.parse(
      '{"__proto__": {"polluted": 1}, "constructor": {"prototype": {"polluted": 1}}, "prototype": {"polluted": 1}}',
    );
    const result = OrchestratorFileEventSchema.safeParse(
      withPayload(validEvent('orchestrator.file.{decky_id}'), { payload: hostile }),
    );
    expect(result.success).toBe(true);
    const parsed = result.data?.payload.payload;
    expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype);
    expect(parsed?.['polluted']).toBeUndefined();
    expect(parsed?.['constructor']).toEqual({ prototype: { polluted: 1 } });
    expect(parsed?.['prototype']).toEqual({ polluted: 1 });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('should accept a naive ISO timestamp as well as one with an offset', () => {
    const event = withPayload(validEvent('orchestrator.traffic.{decky_id}'), { ts: '2025-11-23T12:13:20.125000' });
    expect(OrchestratorTrafficEventSchema.safeParse(event).success).toBe(true);
  });

  it('should refuse a list as the driver result', () => {
    const event = withPayload(validEvent('orchestrator.traffic.{decky_id}'), { payload: [{ rc: 0 }] });
    const result = OrchestratorTrafficEventSchema.safeParse(event);
    expect(result.error?.issues.map((issue) => issue.path)).toContainEqual(['payload', 'payload']);
  });
});
