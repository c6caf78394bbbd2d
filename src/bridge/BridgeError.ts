/**
 * Why a bridge from DECNET's bus to NATS stopped by itself.
 *
 * @packageDocumentation
 */

/**
 * Why a bridge stopped without `close()` being called:
 *
 * - `nats-closed`: the NATS connection was closed or began draining under the bridge (the bridge never closes a
 *   connection it was given, so its owner did, or the client gave up reconnecting);
 * - `bus-closed`: the bus client was closed under the bridge (by its owner, or because it gave up reconnecting),
 *   which ended the bridge's subscription.
 *
 * @example
 * ```ts
 * const reason: BridgeErrorReason = 'nats-closed';
 * ```
 * @category Bridge
 * @public
 */
export type BridgeErrorReason = 'nats-closed' | 'bus-closed';

/** What each reason means, said once. @internal */
const _MEANING: Readonly<Record<BridgeErrorReason, string>> = {
  'nats-closed': 'the NATS connection was closed or began draining under the bridge; forwarding stopped',
  'bus-closed': 'the DECNET bus client was closed under the bridge; forwarding stopped',
};

/**
 * The error a bridge's `closed` promise rejects with when the bridge stopped by itself.
 *
 * @remarks The message never quotes input from the bus; `cause` holds the underlying error where there is one
 *   (the NATS client's, the error the connection closed with).
 * @example
 * ```ts
 * const error = new BridgeError('bus-closed');
 * error.reason; //=> "bus-closed"
 * ```
 * @category Bridge
 * @public
 */
export class BridgeError extends Error {
  /** Always `"BridgeError"`, so the class survives minification and shows in stack traces. */
  override readonly name: 'BridgeError' = 'BridgeError';
  // `declare` field: assigned in the constructor, so no class-field initialiser is emitted.
  /** Why the bridge stopped. */
  declare readonly reason: BridgeErrorReason;

  /**
   * @param reason - why the bridge stopped.
   * @param cause - the underlying error, if any.
   */
  constructor(reason: BridgeErrorReason, cause?: unknown) {
    super(_MEANING[reason], cause === undefined ? undefined : { cause });
    this.reason = reason;
  }
}
