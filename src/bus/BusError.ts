/**
 * Why a bus client operation failed, or what it reports through `onError`.
 *
 * - `closed`: the bus (or the subscription) was closed before the operation could complete;
 * - `aborted`: the `signal` given to `connectBus` was aborted before it connected;
 * - `no-socket`: no bus socket was found at any of the places looked at;
 * - `connect-failed`: connecting to the socket failed (missing, refused, no permission);
 * - `connection-lost`: an open connection ended without `close()` (reported, then re-opened);
 * - `not-connected`: a publish while the connection is down (the bus is at-most-once: nothing is queued);
 * - `handler-failed`: an `onInvalid` handler threw (the event was skipped).
 *
 * @example
 * ```ts
 * const reason: BusErrorReason = 'not-connected';
 * ```
 * @category Bus
 * @public
 */
export type BusErrorReason =
  'closed' | 'aborted' | 'no-socket' | 'connect-failed' | 'connection-lost' | 'not-connected' | 'handler-failed';

/** What each reason means, said once; the caller adds a short detail of its own. @internal */
const _MEANING: Readonly<Record<BusErrorReason, string>> = {
  closed: 'the bus client is closed',
  aborted: 'connecting to the bus was aborted',
  'no-socket': 'no DECNET bus socket was found',
  'connect-failed': 'could not connect to the DECNET bus socket',
  'connection-lost': 'the connection to the DECNET bus was lost',
  'not-connected': 'not connected to the DECNET bus (reconnecting); the event was not published',
  'handler-failed': 'an onInvalid handler threw; the event was skipped',
};

/**
 * The error of the bus client for everything but framing (see
 * {@link BusProtocolError}) and contract checks (`EventValidationError`).
 *
 * @remarks
 * `cause` holds the underlying error where there is one (the socket's, the
 * handler's). The message never quotes input from the bus; a socket path is
 * the caller's own configuration.
 *
 * @example
 * ```ts
 * const error = new BusError('not-connected');
 * error.reason; //=> "not-connected"
 * ```
 * @category Bus
 * @public
 */
export class BusError extends Error {
  /** Always `"BusError"`, so the class survives minification and shows in stack traces. */
  override readonly name: 'BusError' = 'BusError';
  // `declare` field: assigned in the constructor, so no class-field initialiser is emitted.
  /** What failed. */
  declare readonly reason: BusErrorReason;

  /**
   * @param reason - what failed.
   * @param detail - a short detail of the caller's own (a path, a system error code), never input from the bus.
   * @param cause - the underlying error, if any.
   */
  constructor(reason: BusErrorReason, detail?: string, cause?: unknown) {
    const message = detail === undefined ? _MEANING[reason] : `${_MEANING[reason]}: ${detail}`;
    super(message, cause === undefined ? undefined : { cause });
    this.reason = reason;
  }
}
