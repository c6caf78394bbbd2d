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
