/// <reference types="node" />
/**
 * The state of a bus client: its subscriptions by pattern, the fan-out of
 * each event to them, and publishing.
 *
 * @packageDocumentation
 */
import { EventValidationError, type EventValidationDetails } from '../errors/EventValidationError.js';
import { _patternArg } from '../match/pattern-rules.js';
import { matches } from '../match/matches.js';
import { safeParseEvent } from '../schemas/parse.js';
import type { _Backoff } from './backoff.js';
import { BusError } from './BusError.js';
import { BusProtocolError } from './BusProtocolError.js';
import { _BusConnection, type _ConnectionHooks } from './connection.js';
import { encodeBusFrame, type BusFrame } from './frame.js';
import {
  _booleanOption,
  _invalidOption,
  _queueSizeOption,
  _signalOption,
  type BusPublishOptions,
  type BusSubscribeOptions,
} from './options.js';
import { _publishFrame } from './publish-frame.js';
import { _Subscription } from './subscription.js';
import type { BusInvalidPolicy } from './types.js';

/** The client-wide settings, checked. @internal */
export interface _ClientSettings {
  readonly path: string;
  readonly name: string;
  readonly strict: boolean;
  readonly queueSize: number;
  readonly onInvalid: BusInvalidPolicy;
  readonly backoff: _Backoff | null;
  readonly onError: ((error: BusError | BusProtocolError) => void) | undefined;
}

/** The local subscriptions of one pattern, and whether the server has been sent its SUB. @internal */
interface _PatternEntry {
  readonly subs: Set<_Subscription<unknown>>;
  written: boolean;
}

/**
 * The bus client behind {@link Bus}: typed loosely here, and narrowed by
 * `connectBus`'s signature.
 *
 * @internal
 */
export class _BusClient implements _ConnectionHooks {
  readonly path: string;
  readonly name: string;
  readonly #settings: _ClientSettings;
  readonly #connection: _BusConnection;
  readonly #patterns = new Map<string, _PatternEntry>();
  #errors = 0;
  #closing: Promise<void> | null = null;
  #signal: { readonly signal: AbortSignal; readonly listener: () => void } | null = null;

  constructor(settings: _ClientSettings) {
    this.#settings = settings;
    this.path = settings.path;
    this.name = settings.name;
    this.#connection = new _BusConnection(
      settings.path,
      encodeBusFrame('HELLO', settings.name),
      settings.backoff,
      this,
    );
  }

  get connected(): boolean {
    return this.#connection.open;
  }

  get closed(): boolean {
    return this.#closing !== null;
  }

  get errors(): number {
    return this.#errors;
  }

  get reconnects(): number {
    return this.#connection.reconnects;
  }

  /** @internal Opens the first connection, and ties the client's life to `signal`. */
  async _start(signal: AbortSignal | undefined): Promise<void> {
    await this.#connection.connect(signal);
    if (signal === undefined) return;
    const listener = (): void => void this.close();
    signal.addEventListener('abort', listener, { once: true });
    this.#signal = { signal, listener };
    // Aborted while the HELLO was being written: the listener was added too late to hear it.
    if (signal.aborted) listener();
  }

  subscribe(pattern: unknown, options: BusSubscribeOptions = {}): _Subscription<unknown> {
    const caller = 'subscribe()';
    if (this.closed) throw new BusError('closed');
    const checked = _patternArg(pattern, 'subscribe');
    // Encoded now, so that a non-ASCII or oversized pattern is refused before anything is registered.
    const frame = encodeBusFrame('SUB', checked);
    const signal = _signalOption(options.signal, caller);
    const sub = new _Subscription<unknown>(
      checked,
      {
        queueSize: _queueSizeOption(options.queueSize, this.#settings.queueSize, caller),
        onInvalid: _invalidOption(options.onInvalid, this.#settings.onInvalid, caller),
        raw: _booleanOption(options.raw, false, caller, 'raw'),
      },
      (ended) => {
        this.#release(ended);
      },
    );
    if (signal?.aborted === true) {
      sub._end();
      return sub;
    }
    let entry = this.#patterns.get(checked);
    if (entry === undefined) {
      entry = { subs: new Set(), written: false };
      this.#patterns.set(checked, entry);
      if (this.#connection.open) this.#sendSub(checked, entry, frame);
    }
    entry.subs.add(sub);
    // `written` is of the current connection only (onOpen clears it): after a reconnect, ready waits for SUB again.
    if (entry.written && this.#connection.open) sub._markReady();
    if (signal !== undefined) {
      const listener = (): void => {
        sub.close();
      };
      signal.addEventListener('abort', listener, { once: true });
      sub._onEnd(() => {
        signal.removeEventListener('abort', listener);
      });
    }
    return sub;
  }

  // Async, so that every refusal (a closed client, a payload outside the contract) arrives as a rejection.
  async publish(topic: unknown, payload: unknown, options: BusPublishOptions = {}): Promise<void> {
    if (this.closed) throw new BusError('closed');
    const validate = _booleanOption(options.validate, true, 'publish()', 'validate');
    const frame = _publishFrame(topic, payload, options.type ?? '', validate, this.#settings.strict);
    await this.#connection.write(frame);
  }

  close(): Promise<void> {
    if (this.#closing !== null) return this.#closing;
    this.#closing = this.#connection.close();
    if (this.#signal !== null) this.#signal.signal.removeEventListener('abort', this.#signal.listener);
    const entries = [...this.#patterns.values()];
    this.#patterns.clear();
    for (const entry of entries) for (const sub of entry.subs) sub._end();
    return this.#closing;
  }

  /** @internal A connection opened: the server knows nothing of this client yet, so every live pattern is sent. */
  onOpen(): void {
    for (const [pattern, entry] of this.#patterns) {
      entry.written = false;
      this.#sendSub(pattern, entry, encodeBusFrame('SUB', pattern));
    }
  }

  /** @internal Fans an `EVT` out to every local subscription whose pattern matches its topic. */
  onFrame(frame: BusFrame): void {
    // Only EVT goes from server to client; anything else carries nothing for a subscriber.
    if (frame.verb !== 'EVT') return;
    const topic = frame.args;
    if (topic === '') throw new BusProtocolError({ reason: 'bad-args', detail: 'EVT needs a topic' });
    const targets: _Subscription<unknown>[] = [];
    for (const [pattern, entry] of this.#patterns) if (matches(pattern, topic)) targets.push(...entry.subs);
    if (targets.length === 0) return;
    // The topic is the header's, never the body's (DECNET's Event.from_dict does the same, against spoofing).
    const result = safeParseEvent({ ...frame.json, topic }, { form: 'bus', strict: this.#settings.strict });
    for (const sub of targets) {
      if (result.success) sub._deliver(sub.raw ? { topic, event: result.data, body: frame.body } : result.data);
      else this.#invalid(sub, topic, result.error, frame.body);
    }
  }

  /** @internal Counts and reports an error; a throwing `onError` is ignored, having nowhere to go. */
  onError(error: BusError | BusProtocolError): void {
    this.#errors++;
    try {
      this.#settings.onError?.(error);
    } catch {
      // Reporting must not break the connection's event handlers.
    }
  }

  /** @internal Reconnecting is off and the connection is gone: the client ends, and its iterators with it. */
  onGiveUp(): void {
    void this.close();
  }

  /** @internal An event failed the contract: never delivered; skipped, thrown, or handed to the handler. */
  #invalid(sub: _Subscription<unknown>, topic: string, error: EventValidationDetails, body: Uint8Array): void {
    sub._countInvalid();
    const policy = sub.onInvalid;
    if (policy === 'skip') return;
    if (policy === 'throw') {
      sub._fail(new EventValidationError(error));
      return;
    }
    try {
      policy({ topic, pattern: sub.pattern, error, body });
    } catch (cause) {
      this.onError(new BusError('handler-failed', undefined, cause));
    }
  }

  /** @internal Sends SUB; once written on this connection, every subscription of the pattern is ready. */
  #sendSub(pattern: string, entry: _PatternEntry, frame: Uint8Array): void {
    void this.#connection.writeQuietly(frame).then((written) => {
      if (!written || this.#patterns.get(pattern) !== entry) return;
      entry.written = true;
      for (const sub of entry.subs) sub._markReady();
    });
  }

  /** @internal A subscription ended: UNSUB once no other local subscription uses its pattern. */
  #release(sub: _Subscription<unknown>): void {
    const entry = this.#patterns.get(sub.pattern);
    if (entry?.subs.delete(sub) !== true || entry.subs.size > 0) return;
    this.#patterns.delete(sub.pattern);
    if (this.#connection.open) void this.#connection.writeQuietly(encodeBusFrame('UNSUB', sub.pattern));
  }
}
