/**
 * The events of the NATS benchmark: the valid bus-form fixtures of the attacker family, as a DECNET worker
 * publishes them (topic, type, payload) and as NATS messages (subject, body bytes, each with its own id).
 */
import { eventVectors } from '../../test/support/wire-forms';

/** An attacker event of the contract, as a worker publishes it on the bus. */
export interface BenchEvent {
  readonly topic: string;
  readonly type: string;
  readonly payload: Record<string, unknown>;
  readonly event: Record<string, unknown>;
}

/** Every valid attacker fixture in the bus form (26 events: every template, every fingerprint kind). */
export const ATTACKER_EVENTS: readonly BenchEvent[] = eventVectors('bus')
  .filter(({ expect, template }) => expect.valid && template.startsWith('attacker.'))
  .map(({ event }) => {
    const { topic, type, payload } = event as { topic: string; type: string; payload: Record<string, unknown> };
    return { topic, type, payload, event: event as Record<string, unknown> };
  });

/** `count` NATS messages cycling through the attacker events, each with its own 32-hex id. */
export function attackerMessages(count: number): { subject: string; body: Uint8Array }[] {
  const encoder = new TextEncoder();
  return Array.from({ length: count }, (_, k) => {
    const { topic, event } = ATTACKER_EVENTS[k % ATTACKER_EVENTS.length] as BenchEvent;
    const id = k.toString(16).padStart(32, '0');
    return { subject: topic, body: encoder.encode(JSON.stringify({ ...event, id })) };
  });
}
