/**
 * Baseline for bench/type-cost.mjs: the same imports as receivable.ts without
 * any `Matches`, so the difference is the cost of the type-level matcher.
 */
import type { ContractTopic, TopicOf, TopicTemplate } from '../../src/catalogue';
import type { Matches } from '../../src/index';

export type Imported = [ContractTopic, TopicOf<TopicTemplate>, Matches<'a', 'a'>];
