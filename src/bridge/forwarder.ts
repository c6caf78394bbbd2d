/**
 * Forwarding one event's bytes to NATS, and telling an event NATS cannot carry from a connection that is gone.
 *
 * @packageDocumentation
 */
import type { NatsConnection } from '@nats-io/transport-node';
import { _msgIdOption, type NatsHeadersInput } from '../nats/headers.js';
import { forwardEventBytes, type ForwardEventBytesOptions } from '../nats/forward-event-bytes.js';
import { BridgeError } from './BridgeError.js';
import type { BridgeUnroutable } from './stats.js';

/** The options of a message without headers: shared, as nothing writes to them. @internal */
const _NO_OPTIONS: ForwardEventBytesOptions = /* @__PURE__ */ Object.freeze({});

/** What the forwarder needs of the bridge's settings. @internal */
export interface _ForwarderSettings {
  readonly prefix: string;
  readonly msgId: boolean;
  readonly headers: NatsHeadersInput | undefined;
  readonly onUnroutable: ((unroutable: BridgeUnroutable) => void) | undefined;
}

/**
 * Puts event bodies on NATS, byte for byte, on the subject of their topic (after the prefix).
 *
 * @internal
 */
export class _Forwarder {
  forwarded = 0;
  unroutable = 0;
  readonly #nc: NatsConnection;
  readonly #settings: _ForwarderSettings;

  constructor(nc: NatsConnection, settings: _ForwarderSettings) {
    this.#nc = nc;
    this.#settings = settings;
  }

  /**
   * Forwards one body; counts it as forwarded or unroutable.
   *
   * @param id - the event's id, for `Nats-Msg-Id`; `undefined` when it has none to send.
   * @throws {@link BridgeError} (`nats-closed`) when the connection is closed or draining.
   */
  forward(topic: string, body: Uint8Array, id: string | undefined): void {
    const subject = this.#settings.prefix === '' ? topic : this.#settings.prefix + topic;
    try {
      forwardEventBytes(this.#nc, subject, body, this.#options(id));
      this.forwarded++;
    } catch (error) {
      // The NATS client throws for a closed or draining connection and for what this server refuses (a body over
      // its max_payload, headers it does not take); only the first stops the bridge.
      if (this.#nc.isClosed() || this.#nc.isDraining()) throw new BridgeError('nats-closed', error);
      this.unroutable++;
      this.#report(topic, subject, error);
    }
  }

  /**
   * @internal The options of one message: the event's id as `Nats-Msg-Id` when asked for and sendable; otherwise
   * none, so that the message goes as `PUB` without an (empty) header block.
   */
  #options(id: string | undefined): ForwardEventBytesOptions {
    const { msgId, headers } = this.#settings;
    if (!msgId || id === undefined || headers === undefined) return _NO_OPTIONS;
    try {
      return { msgId: _msgIdOption(id, 'bridgeBusToNats'), headers };
    } catch {
      // An id a header cannot carry (DECNET's are 32 hex digits): the event still goes, without deduplication.
      return _NO_OPTIONS;
    }
  }

  /** @internal Tells `onUnroutable`; a throwing callback is ignored, as forwarding must go on. */
  #report(topic: string, subject: string, error: unknown): void {
    const callback = this.#settings.onUnroutable;
    if (callback === undefined) return;
    try {
      callback({ topic, subject, error: error instanceof Error ? error : new Error(String(error)) });
    } catch {
      // Nowhere to report it: the counter already has the event.
    }
  }
}
