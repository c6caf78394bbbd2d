/// <reference types="node" />
/**
 * The one socket of a bus client: connecting, `HELLO`, reading frames,
 * writing, and re-opening it after it is lost.
 *
 * @packageDocumentation
 */
import { _showValue } from '../internal/escape.js';
import { createConnection, type Socket } from 'node:net';
import { _backoffDelay, type _Backoff } from './backoff.js';
import { BusError } from './BusError.js';
import { BusFrameDecoder } from './BusFrameDecoder.js';
import { BusProtocolError } from './BusProtocolError.js';
import { encodeBusFrame, type BusFrame } from './frame.js';

/** What the connection tells its client. @internal */
export interface _ConnectionHooks {
  /** A connection opened and `HELLO` is written: send what the server must know (the `SUB`s). */
  onOpen(): void;
  /** A frame arrived; throwing a `BusProtocolError` drops the connection. */
  onFrame(frame: BusFrame): void;
  /** Something went wrong that the client should report. */
  onError(error: BusError | BusProtocolError): void;
  /** The connection was lost and reconnecting is off: the client closes. */
  onGiveUp(): void;
}

/** How long `close()` waits for the server to close its end after `BYE`, in milliseconds. @internal */
const _CLOSE_GRACE_MS = 1_000;

/** The system error code of a socket error, for a message, e.g. `ENOENT`. @internal */
function _code(error: unknown): string | undefined {
  const code = (error as { readonly code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/**
 * A bus connection that re-opens itself. One socket at a time; events of a
 * socket that is no longer the current one are ignored, so a late `close` or
 * `data` cannot disturb its successor.
 *
 * @internal
 */
export class _BusConnection {
  readonly #path: string;
  readonly #hello: Uint8Array;
  readonly #backoff: _Backoff | null;
  readonly #hooks: _ConnectionHooks;
  #socket: Socket | null = null;
  #lastError: unknown;
  #timer: ReturnType<typeof setTimeout> | null = null;
  #attempt = 0;
  #closed = false;
  #closing: Promise<void> | null = null;
  /** How many times the connection was re-opened. */
  reconnects = 0;

  constructor(path: string, hello: Uint8Array, backoff: _Backoff | null, hooks: _ConnectionHooks) {
    this.#path = path;
    this.#hello = hello;
    this.#backoff = backoff;
    this.#hooks = hooks;
  }

  /** Whether a socket is open. */
  get open(): boolean {
    return this.#socket !== null;
  }

  /** Opens the first connection; rejects with a `BusError` (`connect-failed`, `aborted`, `closed`). */
  async connect(signal?: AbortSignal): Promise<void> {
    const socket = await this.#dial(signal);
    if (this.#closed) {
      socket.destroy();
      throw new BusError('closed');
    }
    this.#opened(socket);
  }

  /** Writes bytes; resolves once they are handed to the system, rejects with a `BusError` when not connected. */
  write(bytes: Uint8Array): Promise<void> {
    const socket = this.#socket;
    if (socket === null) return Promise.reject(new BusError(this.#closed ? 'closed' : 'not-connected'));
    return new Promise((resolve, reject) => {
      socket.write(bytes, (error) => {
        if (error === undefined || error === null) resolve();
        else reject(new BusError('not-connected', _code(error), error));
      });
    });
  }

  /** Writes bytes, never rejecting: resolves `true` once written, `false` when it could not be. */
  writeQuietly(bytes: Uint8Array): Promise<boolean> {
    return this.write(bytes).then(
      () => true,
      () => false,
    );
  }

  /** Sends `BYE`, ends the socket and stops reconnecting; resolves once the socket is closed. Idempotent. */
  close(): Promise<void> {
    if (this.#closing !== null) return this.#closing;
    this.#closed = true;
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = null;
    const socket = this.#socket;
    this.#socket = null;
    if (socket === null || socket.destroyed) return (this.#closing = Promise.resolve());
    this.#closing = new Promise<void>((resolve) => {
      // A server that never closes its end must not hold close() open.
      const grace = setTimeout(() => socket.destroy(), _CLOSE_GRACE_MS);
      grace.unref();
      socket.once('close', () => {
        clearTimeout(grace);
        resolve();
      });
      socket.end(encodeBusFrame('BYE'));
    });
    return this.#closing;
  }

  /** @internal Connects a socket; `error` and `close` listeners are on it from the start. */
  #dial(signal?: AbortSignal): Promise<Socket> {
    return new Promise<Socket>((resolve, reject) => {
      if (signal?.aborted === true) {
        reject(new BusError('aborted', undefined, signal.reason));
        return;
      }
      const socket = createConnection({ path: this.#path });
      let connected = false;
      const onAbort = (): void => {
        socket.destroy();
        reject(new BusError('aborted', undefined, signal?.reason));
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      socket.on('error', (error) => {
        if (connected) this.#lastError = error;
        else reject(new BusError('connect-failed', `${_showValue(this.#path)} (${_code(error) ?? 'error'})`, error));
      });
      socket.on('close', () => {
        signal?.removeEventListener('abort', onAbort);
        if (connected) this.#lost(socket, new BusError('connection-lost', _code(this.#lastError), this.#lastError));
      });
      socket.once('connect', () => {
        connected = true;
        signal?.removeEventListener('abort', onAbort);
        resolve(socket);
      });
    });
  }

  /** @internal Makes a connected socket the current one: reads its frames, says `HELLO`, lets the client re-SUB. */
  #opened(socket: Socket): void {
    this.#socket = socket;
    this.#lastError = undefined;
    const decoder = new BusFrameDecoder();
    socket.on('data', (chunk: Uint8Array) => {
      try {
        for (const frame of decoder.push(chunk)) {
          // A frame handled before may have dropped this socket (a bad EVT) or closed the client.
          if (this.#socket !== socket) return;
          if (frame.verb === 'BYE') {
            this.#lost(socket, new BusError('connection-lost', 'the server said BYE'));
            return;
          }
          this.#hooks.onFrame(frame);
        }
      } catch (error) {
        // Only protocol errors are expected here; anything else is reported the same way rather than thrown
        // into Node's event loop, where it would end the process.
        const reported =
          error instanceof BusProtocolError ? error : new BusError('connection-lost', 'internal error', error);
        this.#lost(socket, reported);
      }
    });
    socket.write(this.#hello);
    this.#hooks.onOpen();
  }

  /** @internal The current socket is gone: report why once, then reconnect or give up. */
  #lost(socket: Socket, error: BusError | BusProtocolError): void {
    if (this.#socket !== socket) return;
    this.#socket = null;
    socket.destroy();
    this.#hooks.onError(error);
    if (this.#backoff === null) this.#hooks.onGiveUp();
    else this.#schedule(this.#backoff);
  }

  /** @internal Waits the backoff delay, then tries to reconnect, until it succeeds or the client closes. */
  #schedule(backoff: _Backoff): void {
    if (this.#closed) return;
    const delay = _backoffDelay(this.#attempt++, backoff);
    this.#timer = setTimeout(() => {
      this.#timer = null;
      this.#dial().then(
        (socket) => {
          if (this.#closed) {
            socket.destroy();
            return;
          }
          this.#attempt = 0;
          this.reconnects++;
          this.#opened(socket);
        },
        (error: unknown) => {
          if (this.#closed) return;
          this.#hooks.onError(error as BusError);
          this.#schedule(backoff);
        },
      );
    }, delay);
  }
}
