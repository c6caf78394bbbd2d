// Type-checked in the scratch project against the shipped declarations: literal in, literal out.
import { DECKY_STATE, TopicSegmentError, decky, topics } from '@decnet/bus-topics';
import { parseTopic, type ContractTopic } from '@decnet/bus-topics/catalogue';
import { parseEvent, type AttackerSessionCommand } from '@decnet/bus-topics/schemas';
import {
  WebhookError,
  createWebhookDelivery,
  parseWebhookDelivery,
  verifyWebhookSignature,
  type WebhookRejection,
} from '@decnet/bus-topics/webhooks';
import { BusError, connectBus, encodeBusFrame, type BusErrorReason } from '@decnet/bus-topics/bus';

export const state: 'decky.d-42.state' = decky('d-42', DECKY_STATE);
export const health: 'system.mutator.health' = topics.systemHealth('mutator');
export const contract: ContractTopic = state;
export const family: string | undefined = parseTopic(state)?.family;
export const isError: boolean = new Error('x') instanceof TopicSegmentError;

// @ts-expect-error: a dotted decky id is refused at compile time
decky('a.b', DECKY_STATE);

// The schemas entry: a switch on the template narrows the payload.
export function stateOf(input: unknown): string | undefined {
  const ev = parseEvent(input, { strict: true });
  return ev.template === 'decky.{decky_id}.state' ? ev.payload.state : undefined;
}

// The webhooks entry: a verified, parsed delivery narrows on its template too.
type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
export async function commandsOf(secret: string): Promise<AttackerSessionCommand[] | undefined> {
  const delivery = await createWebhookDelivery({ topic: 'attacker.session.ended', type: 'session.ended' }, secret);
  if (!(await verifyWebhookSignature(delivery.body, delivery.headers['X-DECNET-Signature'], secret))) return undefined;
  const event = await parseWebhookDelivery(delivery, { secret, strict: true });
  // @ts-expect-error: payload.commands is known only once the template says which event this is
  event.payload.commands satisfies AttackerSessionCommand[];
  if (event.template !== 'attacker.session.ended') return undefined;
  const exact: Same<typeof event.payload.commands, AttackerSessionCommand[]> = true;
  return exact ? event.payload.commands : undefined;
}
export function reasonOf(error: unknown): WebhookRejection | undefined {
  return error instanceof WebhookError ? error.reason : undefined;
}

// The bus entry (Node only): a subscription is typed by its pattern, a publish by its topic.
export async function busStates(): Promise<string[]> {
  const bus = await connectBus({ name: 'smoke' });
  const states: string[] = [];
  for await (const event of bus.subscribe('decky.*.state')) {
    const exact: Same<typeof event.template, 'decky.{decky_id}.state'> = true;
    // @ts-expect-error: decky.*.state events have a decky_id parameter only
    void event.params.token_id;
    if (exact) states.push(event.payload.state);
    break;
  }
  // @ts-expect-error: an attacker.scored payload has counters, not text
  await bus.publish('attacker.scored', { attacker_ip: '203.0.113.7', event_count: 'many' }, { type: 'scored' });
  await bus.close();
  return states;
}
export const frame: Uint8Array = encodeBusFrame('BYE');
export function busReasonOf(error: unknown): BusErrorReason | undefined {
  return error instanceof BusError ? error.reason : undefined;
}
