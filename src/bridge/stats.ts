/**
 * What a bridge counts, and what it tells of an event it could not forward.
 *
 * @packageDocumentation
 */

/**
 * The state of one side of a bridge: the bus or NATS.
 *
 * @example
 * ```ts
 * const side: BridgeLinkStats = { connected: true, reconnects: 2 };
 * ```
 * @category Bridge
 * @public
 */
export interface BridgeLinkStats {
  /** Whether the connection is up now. */
  readonly connected: boolean;
  /** How many times the connection was re-opened since the bridge started. */
  readonly reconnects: number;
}

/**
 * The counters of a bridge, since it started.
 *
 * @example
 * ```ts
 * declare const bridge: BusNatsBridge;
 * const { forwarded, invalid, unroutable, dropped } = bridge.stats();
 * ```
 * @category Bridge
 * @public
 */
export interface BridgeStats {
  /** Events handed to the NATS client (invalid ones forwarded under `onInvalid: 'forward'` included). */
  readonly forwarded: number;
  /** Events that failed the contract, skipped or forwarded (always 0 with `validate: false`). */
  readonly invalid: number;
  /** Events NATS cannot carry: a topic with an empty token or over 4,000 bytes, a body over the server's limit. */
  readonly unroutable: number;
  /**
   * Events the bridge's bus subscription dropped, oldest first, because forwarding fell behind. With several
   * patterns, some of them may be events no pattern selects (see {@link bridgeBusToNats}).
   */
  readonly dropped: number;
  /** The bus side. */
  readonly bus: BridgeLinkStats;
  /** The NATS side. */
  readonly nats: BridgeLinkStats;
}

/**
 * An event that could not be forwarded because NATS cannot carry it, as `onUnroutable` receives it.
 *
 * @example
 * ```ts
 * const onUnroutable = (unroutable: BridgeUnroutable): void => {
 *   unroutable.error.message; // why, with the subject shown escaped
 * };
 * ```
 * @category Bridge
 * @public
 */
export interface BridgeUnroutable {
  /** The event's topic, from the bus frame. */
  readonly topic: string;
  /** The subject it would have had (the prefix and the topic). */
  readonly subject: string;
  /** Why NATS refused it: a `NatsEventError` (`unsendable-topic`, `too-large`), or the NATS client's error. */
  readonly error: Error;
}
