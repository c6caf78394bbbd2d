// Type-checked in the scratch project against the shipped declarations: literal in, literal out.
import { DECKY_STATE, TopicSegmentError, decky, topics } from '@decnet/bus-topics';
import { parseTopic, type ContractTopic } from '@decnet/bus-topics/catalogue';
import { parseEvent } from '@decnet/bus-topics/schemas';

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
