/// <reference types="node" />
/**
 * Progress of `validate` on stderr: lines read, lines per second, and an ETA
 * when the file's size is known. Only on a terminal, at most four times a
 * second, erased when done.
 *
 * @packageDocumentation
 */
import type { _CliOutput } from '../io.js';

const INTERVAL_MS = 250;

/** Reports progress on a terminal; does nothing elsewhere. @internal */
export class _Progress {
  private readonly started = Date.now();
  private last = 0;
  private shown = false;
  private lines = 0;
  private bytes = 0;
  private size: number | undefined = undefined;
  private name = '';
  private fileStarted = Date.now();

  constructor(private readonly out: _CliOutput) {}

  /** Starts a file, of a known size in bytes or not (stdin). */
  file(name: string, size: number | undefined): void {
    this.name = name;
    this.size = size;
    this.bytes = 0;
    this.fileStarted = Date.now();
  }

  /** Hears the bytes read from the file (compressed bytes for a `.gz`, to compare with its size). */
  read(bytes: number): void {
    this.bytes += bytes;
  }

  /** Hears one line read; shows the progress when it is time. */
  line(): void {
    this.lines += 1;
    if (this.out.isTTY !== true || (this.lines & 1023) !== 0) return;
    const now = Date.now();
    if (now - this.last < INTERVAL_MS) return;
    this.last = now;
    const seconds = Math.max((now - this.started) / 1000, 0.001);
    const rate = Math.round(this.lines / seconds);
    let eta = '';
    if (this.size !== undefined && this.size > 0 && this.bytes > 0) {
      const fileSeconds = ((now - this.fileStarted) / 1000) * ((this.size - this.bytes) / this.bytes);
      eta = `, ${Math.round((100 * this.bytes) / this.size)}%, ETA ${Math.max(0, Math.ceil(fileSeconds))} s`;
    }
    this.out.write(`\r\x1b[K${this.name}: ${this.lines} lines, ${rate} lines/s${eta}`);
    this.shown = true;
  }

  /** Erases the progress line, if one was shown. */
  done(): void {
    if (this.shown) this.out.write('\r\x1b[K');
    this.shown = false;
  }
}
