// Type-checked in the scratch project against the shipped declarations: literal in, literal out.
import { DECKY_STATE, TopicSegmentError, decky, topics } from '@decnet/bus-topics';
import { parseTopic, type ContractTopic } from '@decnet/bus-topics/catalogue';

export const state: 'decky.d-42.state' = decky('d-42', DECKY_STATE);
export const health: 'system.mutator.health' = topics.systemHealth('mutator');
export const contract: ContractTopic = state;
export const family: string | undefined = parseTopic(state)?.family;
export const isError: boolean = new Error('x') instanceof TopicSegmentError;

// @ts-expect-error: a dotted decky id is refused at compile time
decky('a.b', DECKY_STATE);
