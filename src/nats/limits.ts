/**
 * The default bounds of the NATS layer, in one place.
 *
 * @packageDocumentation
 */

/**
 * The default bounds of publishing and subscribing on NATS.
 *
 * - `maxBytes`: the largest event body, 1 MiB: DECNET's own bus refuses larger bodies (CONTRACT 3.2), and it is
 *   NATS's default `max_payload`;
 * - `maxSubjectBytes`: the longest topic, in bytes of UTF-8. The server reads at most 4,096 bytes after `HPUB`
 *   (subject, header length and total length) and closes the connection of a client that sends more; 96 bytes
 *   are left for the numbers. DECNET's UNIX bus allows topics of 4,091 bytes; longer than 4,000 cannot cross NATS;
 * - `maxPending`: how many messages a subscription holds for a consumer that has not read them, 1,024 as in
 *   DECNET's own per-subscriber queues; beyond, the oldest is dropped and counted;
 * - `maxPendingBytes`: how many bytes of bodies it holds, 64 MiB, the server's own default limit of what it holds
 *   for one client.
 *
 * @example
 * ```ts
 * NATS_EVENT_LIMITS.maxBytes; //=> 1048576
 * ```
 * @category NATS
 * @public
 */
export const NATS_EVENT_LIMITS: {
  readonly maxBytes: number;
  readonly maxSubjectBytes: number;
  readonly maxPending: number;
  readonly maxPendingBytes: number;
} = /* @__PURE__ */ Object.freeze({
  maxBytes: 1_048_576,
  maxSubjectBytes: 4_000,
  maxPending: 1_024,
  maxPendingBytes: 64 * 1_048_576,
});
