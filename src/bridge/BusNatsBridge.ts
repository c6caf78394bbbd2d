/// <reference types="node" />
/**
 * A running bridge: the handle {@link bridgeBusToNats} returns, and the loop behind it that reads one raw bus
 * subscription and forwards what the patterns select.
 *
 * @packageDocumentation
 */
import type { NatsConnection } from '@nats-io/transport-node';
import type { Bus } from '../bus/client.js';
import { _jsonBody } from '../bus/frame-body.js';
import { _Subscription, type BusSubscription } from '../bus/subscription.js';
import type { BusInvalidEvent } from '../bus/types.js';
import type { AbortSignalLike } from '../nats/option-checks.js';
import { BridgeError } from './BridgeError.js';
import { _coveringPattern, _selected, type _Covering } from './covering-pattern.js';
import { _Forwarder } from './forwarder.js';
import { _NatsLink } from './nats-link.js';
import type { _BridgeSettings } from './options.js';
import type { BridgeStats } from './stats.js';

/**
 * A running bridge: its counters, and how to stop it.
 *
 * @example
 * ```ts
 * declare const bridge: BusNatsBridge;
 * const { forwarded, dropped } = bridge.stats();
 * await bridge.close();
 * ```
 * @category Bridge
 * @public
 */
export interface BusNatsBridge {
  /** The patterns forwarded, as given (checked). */
  readonly patterns: readonly string[];
  /** The one pattern the bridge subscribes to on the bus; events it receives are filtered by `patterns`. */
  readonly busPattern: string;
  /** Resolves once the bus subscription's `SUB` is written; rejects with a `BusError` if the bridge closes first. */
  readonly ready: Promise<void>;
  /**
   * Resolves once the bridge has stopped after `close()` or its `signal`; rejects with a {@link BridgeError} when
   * it stopped by itself (the NATS connection or the bus client closed under it).
   */
  readonly closed: Promise<void>;
  /** The counters, now. */
  stats(): BridgeStats;
  /** Stops forwarding, ends the bus subscription, and closes the bus client if the bridge opened it; idempotent. */
  close(): Promise<void>;
}

/** What the bridge takes out of its bus subscription: a delivery, or an invalid event it forwards (`event: null`). @internal */
interface _Item {
  readonly topic: string;
  readonly event: { readonly id: string } | null;
  readonly body: Uint8Array;
}

/** @internal The id in a body that failed the contract, if it has one, for `Nats-Msg-Id`. */
function _idOf(body: Uint8Array): string | undefined {
  try {
    const id = _jsonBody(body)['id'];
    return typeof id === 'string' ? id : undefined;
  } catch {
    return undefined;
  }
}

/** @internal A promise and the functions that settle it. */
function _deferred(): { readonly promise: Promise<void>; resolve(): void; reject(error: unknown): void } {
  let settle: { resolve(): void; reject(error: unknown): void } | undefined;
  const promise = new Promise<void>((resolve, reject) => {
    settle = { resolve, reject };
  });
  return { promise, ...(settle as { resolve(): void; reject(error: unknown): void }) };
}

/**
 * The bridge: one raw bus subscription, read by one loop that holds what the patterns select and forwards it to
 * NATS in batches, one per turn of the event loop.
 *
 * @internal
 */
/**
 * Bytes the bridge hands to the NATS client before it waits for the server to confirm them: 8 MiB, about 24,000
 * events of DECNET's usual size, which a healthy link confirms in milliseconds.
 *
 * @internal
 */
const _UNCONFIRMED_BYTES = 8 * 1024 * 1024;

export class _Bridge implements BusNatsBridge {
  readonly patterns: readonly string[];
  readonly busPattern: string;
  readonly ready: Promise<void>;
  readonly closed: Promise<void>;
  readonly #bus: Bus<boolean>;
  readonly #owned: boolean;
  readonly #settings: _BridgeSettings;
  readonly #covering: _Covering;
  readonly #sub: BusSubscription<_Item>;
  readonly #forwarder: _Forwarder;
  readonly #link: _NatsLink;
  readonly #busReconnectsBefore: number;
  readonly #settle: ReturnType<typeof _deferred>;
  readonly #timer: ReturnType<typeof setInterval> | undefined;
  readonly #signal: { readonly signal: AbortSignalLike; readonly listener: () => void } | undefined;
  readonly #nc: NatsConnection;
  #invalid = 0;
  #held: _Item[] = [];
  /** Bytes handed to the NATS client since the server last confirmed it had read everything (a flush). */
  #unconfirmed = 0;
  #closing: Promise<void> | null = null;

  constructor(
    nc: NatsConnection,
    bus: Bus<boolean>,
    owned: boolean,
    settings: _BridgeSettings,
    signal: AbortSignalLike | undefined,
  ) {
    this.#bus = bus;
    this.#owned = owned;
    this.#settings = settings;
    this.#covering = _coveringPattern(settings.patterns);
    this.patterns = Object.freeze([...settings.patterns]);
    this.busPattern = this.#covering.pattern;
    this.#busReconnectsBefore = bus.reconnects;
    this.#settle = _deferred();
    this.closed = this.#settle.promise;
    // Handled here, so that a bridge nobody watches never raises an unhandled rejection; awaiting it still throws.
    this.closed.catch(() => undefined);
    // First, as the one step that can throw (a client closed meanwhile): nothing else is started yet.
    this.#sub = bus.subscribe(this.#covering.pattern, {
      raw: true,
      onInvalid: (invalid) => {
        this.#onInvalid(invalid);
      },
    });
    this.ready = this.#sub.ready;
    this.#nc = nc;
    this.#forwarder = new _Forwarder(nc, settings);
    this.#link = new _NatsLink(nc);
    this.#timer = this.#statsTimer();
    this.#signal = signal === undefined ? undefined : { signal, listener: () => void this.close() };
    this.#signal?.signal.addEventListener('abort', this.#signal.listener, { once: true });
    if (signal?.aborted === true) void this.close();
    void nc.closed().then((error) => {
      this.#fail(new BridgeError('nats-closed', error ?? undefined));
    });
    void this.#pump();
  }

  /** @internal Calls `onStats` every interval; the timer alone never keeps a process running. */
  #statsTimer(): ReturnType<typeof setInterval> | undefined {
    const { onStats, statsIntervalMs } = this.#settings;
    if (onStats === undefined) return undefined;
    const timer = setInterval(() => {
      this.#report(onStats);
    }, statsIntervalMs);
    timer.unref();
    return timer;
  }

  stats(): BridgeStats {
    return {
      forwarded: this.#forwarder.forwarded,
      invalid: this.#invalid,
      unroutable: this.#forwarder.unroutable,
      dropped: this.#sub.dropped,
      bus: { connected: this.#bus.connected, reconnects: this.#bus.reconnects - this.#busReconnectsBefore },
      nats: { connected: this.#link.connected, reconnects: this.#link.reconnects },
    };
  }

  close(): Promise<void> {
    this.#closing ??= this.#shutdown(null);
    return this.#closing;
  }

  /** @internal Reads the subscription until it ends, forwarding what the patterns select. */
  async #pump(): Promise<void> {
    try {
      for await (const item of this.#sub) {
        if (!_selected(this.#covering, item.topic)) continue;
        // The NATS client buffers whatever it is given, without bound, while the link is slow or down. So past a
        // budget of unconfirmed bytes, or while disconnected, the pump waits for the server to confirm it has read
        // everything (a flush, which also waits out a reconnect); meanwhile the bus subscription's bounded queue
        // fills, drops its oldest events and counts them in `dropped`.
        if (this.#unconfirmed > _UNCONFIRMED_BYTES || !this.#link.connected) {
          this.#forwardHeld();
          // A flush fails while the link is down, and when it closes (which `nc.closed()` reports as `nats-closed`).
          if (!this.#link.connected) await this.#link.whenConnected();
          if (this.#closing === null) await this.#nc.flush().catch(() => undefined);
          this.#unconfirmed = 0;
        }
        this.#unconfirmed += item.body.byteLength;
        this.#hold(item);
      }
      // Ended without close(): the bus client was closed under the bridge.
      this.#fail(new BridgeError('bus-closed'));
    } catch (error) {
      this.#fail(error instanceof BridgeError ? error : new BridgeError('bus-closed', error));
    }
  }

  /** @internal An event failed the contract: counted; with `onInvalid: 'forward'`, forwarded in its place. */
  #onInvalid(invalid: BusInvalidEvent): void {
    if (!_selected(this.#covering, invalid.topic)) return;
    const { validate, forwardInvalid } = this.#settings;
    if (validate) this.#invalid++;
    if (validate && !forwardInvalid) return;
    const item: _Item = { topic: invalid.topic, event: null, body: invalid.body };
    // The bus client calls this as the event arrives, ahead of valid events still queued: put in the same queue,
    // it keeps its place. A client of another make gets it held at once.
    if (this.#sub instanceof _Subscription) {
      (this.#sub as _Subscription<_Item>)._deliver(item);
      return;
    }
    this.#hold(item);
  }

  /**
   * @internal Holds an item until the loop's check phase, then forwards every held item in one go. The NATS client
   * writes its buffer from a microtask queued by the first publish after a write, and the iteration resumes in a
   * later microtask, so publishing as each item comes out of the subscription writes every event on its own: a
   * system call each, which took two thirds of a bridge's time in bench/nats.ts.
   */
  #hold(item: _Item): void {
    this.#held.push(item);
    if (this.#held.length === 1) setImmediate(this.#forwardHeld);
  }

  /** @internal Forwards the held items, in order; a closed NATS connection stops the bridge and drops the rest. */
  readonly #forwardHeld = (): void => {
    const items = this.#held;
    this.#held = [];
    try {
      for (const { topic, body, event } of items) {
        const id = event === null ? (this.#settings.msgId ? _idOf(body) : undefined) : event.id;
        this.#forwarder.forward(topic, body, id);
      }
    } catch (error) {
      this.#fail(error instanceof BridgeError ? error : new BridgeError('nats-closed', error));
    }
  };

  /** @internal Calls `onStats`; a throwing callback is ignored, as forwarding must go on. */
  #report(onStats: (stats: BridgeStats) => void): void {
    try {
      onStats(this.stats());
    } catch {
      // Nowhere to report it.
    }
  }

  /** @internal The bridge stopped by itself: shut down, and reject `closed` with why. */
  #fail(error: BridgeError): void {
    this.#closing ??= this.#shutdown(error);
  }

  /** @internal Stops everything the bridge started; closes the bus client only if the bridge opened it. */
  async #shutdown(error: BridgeError | null): Promise<void> {
    if (this.#timer !== undefined) clearInterval(this.#timer);
    this.#link.stop();
    if (this.#signal !== undefined) this.#signal.signal.removeEventListener('abort', this.#signal.listener);
    // What the subscription handed over is forwarded (a no-op when NATS is what closed); what it still queues is not.
    this.#forwardHeld();
    this.#sub.close();
    if (this.#owned) await this.#bus.close();
    if (error === null) this.#settle.resolve();
    else this.#settle.reject(error);
  }
}
