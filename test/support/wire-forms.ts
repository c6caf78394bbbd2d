/**
 * A fixture event (bus form) written in the two other wire forms, as DECNET
 * sends them; and the fixtures as the event vectors of
 * conformance/events-<form>.json, which scripts/build-conformance.mjs writes
 * from them.
 */
import { _isoformatUtc } from '../../src/internal/timestamps';
import type { WireForm } from '../../src/schemas';
import { ALL_FIXTURES } from '../schemas/fixtures/all';
import type { WireEvent } from '../schemas/fixtures/types';
import type { EventVector } from './conformance';

/** A bus event as DECNET's webhook client would post it: keys sorted, `ts` as isoformat text (CONTRACT 5.3). */
export function asWebhookBody(event: WireEvent): Record<string, unknown> {
  const ts = typeof event.ts === 'number' ? _isoformatUtc(event.ts) : event.ts;
  return { id: event.id, payload: event.payload, topic: event.topic, ts, type: event.type, v: event.v };
}

/** A bus event as DECNET's SSE routes forward it: no `v`, no `id` (CONTRACT 3.5). */
export function asSseData(event: WireEvent): Record<string, unknown> {
  return { topic: event.topic, type: event.type, ts: event.ts, payload: event.payload };
}

/** Each wire form, from the bus form. */
export const IN_FORM: Readonly<Record<WireForm, (event: WireEvent) => Record<string, unknown>>> = {
  bus: (event) => ({ ...event }),
  webhook: asWebhookBody,
  sse: asSseData,
};

/** The envelope keys a form does not have: a fixture whose fault is there does not apply to the form. */
const ABSENT: Readonly<Record<WireForm, readonly string[]>> = { bus: [], webhook: [], sse: ['v', 'id'] };

/** Every fixture that applies to `form`, in that form: valid ones first, then invalid ones, template by template. */
export function eventVectors(form: WireForm): EventVector[] {
  const inForm = (event: WireEvent): unknown => JSON.parse(JSON.stringify(IN_FORM[form](structuredClone(event))));
  return ALL_FIXTURES.flatMap(({ template, valid, invalid }) => [
    ...valid.map(({ name, event }) => ({
      template,
      name,
      event: inForm(event),
      expect: { valid: true, template } as const,
    })),
    ...invalid
      .filter(({ path }) => !ABSENT[form].includes(String(path[0])))
      .map(({ name, event, path }) => ({
        template,
        name,
        event: inForm(event),
        expect: { valid: false, paths: [path] } as const,
      })),
  ]);
}
