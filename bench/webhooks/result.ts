/** What the webhook benchmark measured: everything `printWebhooksBench` prints. */

/** One delivery's figures, ns per delivery. */
export interface WebhookRow {
  readonly shape: string;
  readonly bytes: number;
  readonly floor: number;
  readonly parse: number;
}

/** A refusal path against accepting the same delivery, ns per delivery. */
export interface WebhookRefusalRow {
  readonly shape: string;
  readonly bytes: number;
  readonly reason: string;
  readonly valid: number;
  readonly refusal: number;
}

/** What the webhook benchmark measured. */
export interface WebhookBenchResult {
  readonly cpus: number;
  readonly load: readonly [number, number];
  readonly regular: readonly WebhookRow[];
  readonly compiled: readonly WebhookRow[];
  readonly refusals: readonly WebhookRefusalRow[];
  /** A 10 MB body, refused on its length (`body-too-large`). */
  readonly tooLarge: number;
  /** The signature alone at about 1 KB: Web Crypto's `verify`, awaited, and node:crypto's HMAC and comparison. */
  readonly signature: { readonly bytes: number; readonly webCrypto: number; readonly nodeCrypto: number };
}
