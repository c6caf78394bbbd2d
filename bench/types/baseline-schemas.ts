/**
 * Baseline for the EventFor fixture of bench/type-cost.mjs: the schemas entry
 * imported and one event type resolved, without any pattern, so the difference
 * is the cost of EventFor itself.
 */
import type { EventOf } from '../../src/schemas';

export type Imported = EventOf<'system.log'>['template'];
