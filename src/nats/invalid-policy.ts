/**
 * What a subscription does with a message that is not a valid event. Never nothing: every such message is
 * counted, and the policy says what else happens.
 *
 * @packageDocumentation
 */
import { _describeType, _showValue } from '../internal/escape.js';
import { NatsEventError, type NatsEventErrorDetails } from './NatsEventError.js';

/**
 * What to do with a message that is not a valid event (not UTF-8 JSON, over the size limit, a body topic other
 * than the subject, or outside the contract).
 *
 * - `'skip'`: go on with the next message; the subscription's `invalid` counter says how many were skipped;
 * - `'throw'`: end the subscription, and throw a {@link NatsEventError} from the iteration;
 * - a function: called with the details (no `Error` is built), then the message is skipped; if it throws, the
 *   subscription ends and the iteration throws that.
 *
 * @example
 * ```ts
 * const log: InvalidEventPolicy = (details) => console.warn(details.reason, details.subject);
 * ```
 * @category NATS
 * @public
 */
export type InvalidEventPolicy = 'skip' | 'throw' | ((details: NatsEventErrorDetails) => void);

/** @internal The `onInvalid` option, checked; `'skip'` when absent. */
export function _policyOption(value: unknown, caller: string): InvalidEventPolicy {
  if (value === undefined) return 'skip';
  if (value === 'skip' || value === 'throw' || typeof value === 'function') return value as InvalidEventPolicy;
  const shown = typeof value === 'string' ? _showValue(value) : _describeType(value);
  throw new TypeError(`${caller}(): option "onInvalid" must be 'skip', 'throw' or a function, got ${shown}`);
}

/**
 * Applies a policy to one invalid message: returns for `'skip'` and after the callback, throws for `'throw'`
 * (and whatever the callback throws).
 *
 * @internal
 */
export function _applyPolicy(policy: InvalidEventPolicy, details: NatsEventErrorDetails): void {
  if (policy === 'throw') throw new NatsEventError(details);
  if (policy !== 'skip') policy(details);
}
