/**
 * Duplicate deliveries. DECNET retries a failed delivery with the same body
 * (the same `id`, up to 4 attempts), and a subscription whose patterns overlap
 * receives an event once per matching pattern, concurrently. A receiver that
 * must act once per event remembers the ids it has handled.
 *
 * @packageDocumentation
 */
import { _describeType } from '../internal/escape.js';

/**
 * Options of {@link WebhookDeduplicator}.
 * @example
 * ```ts
 * const options: WebhookDeduplicatorOptions = { maxEntries: 50_000, maxAgeSeconds: 3600 };
 * ```
 * @category Receiving
 * @public
 */
export interface WebhookDeduplicatorOptions {
  /** How many ids to remember at most; the oldest is forgotten first. Default 10,000 (about 1 MB). */
  readonly maxEntries?: number;
  /** How long an id is remembered after its event was handled, in seconds. Default 600. */
  readonly maxAgeSeconds?: number;
  /** The clock, in milliseconds since the epoch (for tests). Default `Date.now`. */
  readonly now?: () => number;
}

/**
 * What {@link WebhookDeduplicator.begin} says of an event id: `new`,
 * `duplicate` or `in-flight`.
 *
 * `new`: handle it, then call `complete` or `abandon`; `duplicate`: already
 * handled; `in-flight`: being handled by another delivery right now.
 * @example
 * ```ts
 * const claim: WebhookClaim = 'new';
 * ```
 * @category Receiving
 * @public
 */
export type WebhookClaim = 'new' | 'duplicate' | 'in-flight';

/** Longer ids are never remembered: DECNET's are 32 or 36 characters. @internal */
const _MAX_ID_LENGTH = 128;

/**
 * A bounded, in-memory record of the event ids a receiver has handled, for one
 * process.
 *
 * Claim an id with `begin` before handling its event; `complete` it when
 * handled, or `abandon` it when handling failed, so that DECNET's retry is
 * handled instead of dropped.
 *
 * @remarks What it cannot do: it forgets on restart, and it does not see other
 *   processes or replicas behind a load balancer. There, keep the ids in a
 *   shared store with an atomic "set if absent, with expiry" (Redis
 *   `SET id 1 NX EX 600`, a unique key in a database). Both sides of an answer matter:
 *   acknowledge a duplicate with 2xx, or DECNET counts a failed delivery.
 * @example
 * ```ts
 * declare const event: { readonly id: string };
 * declare function handle(event: { readonly id: string }): void;
 * const seen = new WebhookDeduplicator({ maxEntries: 10_000 });
 * if (seen.begin(event.id) === 'new') {
 *   try { handle(event); seen.complete(event.id); } catch (error) { seen.abandon(event.id); throw error; }
 * }
 * ```
 * @category Receiving
 * @public
 */
export class WebhookDeduplicator {
  readonly #maxEntries: number;
  readonly #maxAgeMs: number;
  readonly #now: () => number;
  /** Id → when it was handled (ms), or `null` while in flight. Insertion order is age order. */
  readonly #ids = new Map<string, number | null>();

  /**
   * @param options - the bounds and the clock.
   * @throws `TypeError` when a bound is not a positive whole number, or `now` not a function.
   */
  constructor(options: WebhookDeduplicatorOptions = {}) {
    this.#maxEntries = _positiveWhole(options.maxEntries ?? 10_000, 'maxEntries');
    this.#maxAgeMs = _positiveWhole(options.maxAgeSeconds ?? 600, 'maxAgeSeconds') * 1000;
    const now = options.now ?? Date.now;
    if (typeof now !== 'function') throw new TypeError('WebhookDeduplicator(): option "now" must be a function');
    this.#now = now;
  }

  /** How many ids are remembered, in flight included. */
  get size(): number {
    return this.#ids.size;
  }

  /**
   * Claims an event id: `new` when nothing holds it (it is in flight from now
   * on), `duplicate` when its event was handled within `maxAgeSeconds`,
   * `in-flight` while another delivery of it is being handled.
   *
   * @param id - the event id from the signed body (`event.id`); anything else than a string of at most 128
   *   characters is never remembered, and is always `new`.
   */
  begin(id: string): WebhookClaim {
    if (typeof id !== 'string' || id.length > _MAX_ID_LENGTH) return 'new';
    this.#forgetExpired();
    const handled = this.#ids.get(id);
    if (handled === null) return 'in-flight';
    if (handled !== undefined) return 'duplicate';
    if (this.#ids.size >= this.#maxEntries) this.#forgetOldest();
    this.#ids.set(id, null);
    return 'new';
  }

  /** Records that the event of a claimed id was handled: later deliveries of it are duplicates. */
  complete(id: string): void {
    if (typeof id !== 'string' || !this.#ids.has(id)) return;
    // Re-inserted at the end: the map stays in the order of handling, oldest first.
    this.#ids.delete(id);
    this.#ids.set(id, this.#now());
  }

  /** Releases a claimed id whose handling failed, so that DECNET's retry of it is handled. */
  abandon(id: string): void {
    if (typeof id === 'string' && this.#ids.get(id) === null) this.#ids.delete(id);
  }

  /** Forgets every id. */
  clear(): void {
    this.#ids.clear();
  }

  /** Forgets the handled ids older than `maxAgeSeconds`, oldest first, stopping at the first younger one. */
  #forgetExpired(): void {
    const oldest = this.#now() - this.#maxAgeMs;
    for (const [id, handled] of this.#ids) {
      if (handled === null) continue;
      if (handled > oldest) return;
      this.#ids.delete(id);
    }
  }

  /** Makes room for one id: the oldest handled one goes, else (all in flight) the oldest claim. */
  #forgetOldest(): void {
    for (const [id, handled] of this.#ids) {
      if (handled !== null) {
        this.#ids.delete(id);
        return;
      }
    }
    const first = this.#ids.keys().next();
    if (first.done !== true) this.#ids.delete(first.value);
  }
}

/** A bound that must be a positive whole number. @internal */
function _positiveWhole(value: unknown, name: string): number {
  if (typeof value === 'number' && Number.isInteger(value) && value > 0) return value;
  throw new TypeError(
    `WebhookDeduplicator(): option "${name}" must be a positive whole number, got ${typeof value === 'number' ? String(value) : _describeType(value)}`,
  );
}
