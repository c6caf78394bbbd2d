/**
 * Payload shapes as data. Each family describes its payloads in a table, from
 * template (and, where the payload depends on it, the envelope `type`) to
 * payload schema; the whole-event schemas of every wire form are built from
 * these tables and an envelope, so a payload is written once.
 *
 * @packageDocumentation
 */
import type * as z from 'zod/mini';

/**
 * A payload type with the envelope `type` it is published with: one entry of a
 * family's payload map (such as `DeckyPayloads`).
 *
 * A template whose payload depends on `type` maps to a union of these; `Type`
 * is `string` where any type is allowed.
 *
 * @example
 * ```ts
 * type Scored = TypedPayload<'scored', AttackerScoredPayload>;
 * ```
 * @category Registry
 * @public
 */
export interface TypedPayload<Type extends string = string, Payload = unknown> {
  /** The envelope `type` the payload comes with. */
  readonly type: Type;
  /** The payload. */
  readonly payload: Payload;
}

/**
 * One row of a {@link PayloadTable}: a payload schema and the envelope types it
 * comes with.
 *
 * A row without `types` takes every type its siblings do not claim (any type,
 * when it is alone).
 *
 * @example
 * ```ts
 * const row: PayloadRow<TypedPayload<'scored', AttackerScoredPayload>> = {
 *   types: ['scored'],
 *   schema: AttackerScoredPayloadSchema,
 * };
 * ```
 * @category Registry
 * @public
 */
export type PayloadRow<Variant> =
  Variant extends TypedPayload<infer Type, infer Payload>
    ? string extends Type
      ? { readonly schema: z.ZodMiniType<Payload> }
      : { readonly types: readonly [Type, ...Type[]]; readonly schema: z.ZodMiniType<Payload> }
    : never;

/**
 * The payload schemas of some templates, as data: for each template of
 * `Payloads`, its rows.
 *
 * The event schemas of every wire form are built from such tables.
 *
 * @example
 * ```ts
 * const table: PayloadTable<CredentialPayloads> = {
 *   'credential.captured': [{ types: ['captured'], schema: CredentialCapturedPayloadSchema }],
 *   'credential.reuse.detected': [{ types: ['reuse.detected'], schema: CredentialReuseDetectedPayloadSchema }],
 * };
 * ```
 * @category Registry
 * @public
 */
export type PayloadTable<Payloads> = {
  readonly [Template in keyof Payloads]: readonly [PayloadRow<Payloads[Template]>, ...PayloadRow<Payloads[Template]>[]];
};
