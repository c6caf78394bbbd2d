/**
 * The NATS side of a bridge as it changes: up or down, and how often it came back.
 *
 * @packageDocumentation
 */
import type { NatsConnection, Status } from '@nats-io/transport-node';
import type { BridgeLinkStats } from './stats.js';

/**
 * Follows a NATS connection's status events. `nc.status()` registers a listener on the connection that lives
 * until the iterator stops, and an async generator cannot be returned while it waits; the NATS.js 3 iterator has
 * a `stop()` for that, which `stop()` here calls, so that a bridge closed on a connection that stays open leaves
 * no listener behind.
 *
 * @internal
 */
export class _NatsLink implements BridgeLinkStats {
  connected: boolean;
  reconnects = 0;
  readonly #status: AsyncIterable<Status> & { readonly stop?: unknown };

  constructor(nc: NatsConnection) {
    // The client forgets the server's INFO while it reconnects, so a connection without one is down.
    this.connected = !nc.isClosed() && nc.info !== undefined;
    this.#status = nc.status();
    void this.#follow();
  }

  /** Waiters for the link to come back. */
  #waiters: (() => void)[] = [];

  /** Resolves once the link is up again, or once it is closed or no longer followed (the caller then finds out). */
  whenConnected(): Promise<void> {
    if (this.connected) return Promise.resolve();
    return new Promise((resolve) => {
      this.#waiters.push(resolve);
    });
  }

  /** Stops following; idempotent. */
  stop(): void {
    const status = this.#status as { stop?(): void };
    if (typeof status.stop === 'function') status.stop();
    this.#wake();
  }

  #wake(): void {
    for (const resolve of this.#waiters.splice(0)) resolve();
  }

  async #follow(): Promise<void> {
    try {
      for await (const status of this.#status) {
        if (status.type === 'disconnect' || status.type === 'close') this.connected = false;
        else if (status.type === 'reconnect') {
          this.connected = true;
          this.reconnects++;
        }
        if (status.type === 'reconnect' || status.type === 'close') this.#wake();
      }
    } catch {
      // The iterator ends with an error only when the connection does; the bridge learns that from `closed()`.
    }
    this.#wake();
  }
}
