import { describe, expectTypeOf, it } from 'vitest';
import { parseSseMessage, type SseEventOf } from '../../src/schemas';

declare const data: string;

describe('parseSseMessage types', () => {
  it('should type the event by the templates the route sends under the name', () => {
    const ev = parseSseMessage('orchestrator', 'email', data);
    expectTypeOf(ev.template).toEqualTypeOf<'orchestrator.email.{decky_id}'>();
    expectTypeOf(ev.payload.subject).toEqualTypeOf<string>();
    expectTypeOf(ev.form).toEqualTypeOf<'sse'>();
    expectTypeOf<
      SseEventOf<'attackers', 'observation'>['template']
    >().toEqualTypeOf<'attacker.observation.{primitive}'>();
  });

  it('should refuse a name the route never sends', () => {
    // @ts-expect-error: the orchestrator route sends no "formed" events
    parseSseMessage('orchestrator', 'formed', data);
  });
});
