import * as z from 'zod/mini';
import { EventValidationError, type EventValidationDetails } from '../errors/EventValidationError.js';
import { parseTopic } from '../topics/parse.js';
import type { TopicTemplate } from '../topics/template-types.js';
import { _parseRfc3339 } from '../internal/timestamps.js';
import { _check } from './check.js';
import { _eventIssue, _eventIssues, _received, _UNREADABLE, _UNREADABLE_ISSUE } from './issues.js';
import { _PAYLOADS } from './registry.js';
import type { ParsedEvent, UnknownEvent } from './types.js';
import { _envelopeIn, _eventSchemaIn, _formOf, WIRE_FORMS, type WireForm } from './wire-forms.js';

/**
 * Options of {@link parseEvent} and {@link safeParseEvent}.
 * @example
 * ```ts
 * parseEvent(input, { strict: true }); // refuses topics outside the contract
 * ```
 * @category Parsing
 * @public
 */
export interface ParseEventOptions {
  /** Refuse events whose topic is outside the contract, instead of returning them as unknown. */
  readonly strict?: boolean;
  /**
   * The wire form the input must be in; by default it is told from the shape (a `ts` that is text makes a
   * webhook body, a `v` or an `id` key a bus event, anything else SSE data).
   */
  readonly form?: WireForm;
}

/**
 * What {@link safeParseEvent} returns: the event, or the details of why not,
 * without building an `Error`.
 * @example
 * ```ts
 * const result: SafeParseEventResult<ParsedEvent> = safeParseEvent(input, { strict: true });
 * ```
 * @category Parsing
 * @public
 */
export type SafeParseEventResult<Event> =
  | { readonly success: true; readonly data: Event }
  | { readonly success: false; readonly error: EventValidationDetails };

/**
 * What parsing returns under some options: only contract events when `strict`
 * is `true`, else contract events or {@link UnknownEvent}s; in the wire form
 * `form` names, or in any of them.
 * @example
 * ```ts
 * type Strict = EventUnder<{ strict: true }>; // ParsedEvent
 * type Hooks = EventUnder<{ strict: true; form: 'webhook' }>; // ParsedEvent<'webhook'>
 * ```
 * @category Parsing
 * @public
 */
export type EventUnder<Options extends ParseEventOptions> = Options extends { readonly strict: true }
  ? ParsedEvent<FormUnder<Options>>
  : ParsedEvent<FormUnder<Options>> | UnknownEvent<FormUnder<Options>>;

/**
 * The wire forms parsing accepts under some options: the one `form` names, or
 * all of them.
 * @example
 * ```ts
 * type F = FormUnder<{ form: 'sse' }>; // "sse"
 * ```
 * @category Parsing
 * @public
 */
export type FormUnder<Options extends ParseEventOptions> = Options extends {
  readonly form: infer Form extends WireForm;
}
  ? Form
  : WireForm;

type AnySchema = z.ZodMiniType;

/** Compiled event schemas by form and template, once `compileEventSchemas` has installed them. @internal */
const _compiled: Record<WireForm, Map<TopicTemplate, AnySchema>> = {
  bus: new Map(),
  webhook: new Map(),
  sse: new Map(),
};

/** @internal Installs a compiled schema for a template in a form; see `compileEventSchemas`. */
export function _installCompiled(form: WireForm, template: TopicTemplate, schema: AnySchema): void {
  _compiled[form].set(template, schema);
}

/** @internal The schema of a template in a form, compiled when available, typed loosely for dispatch. */
function _schemaOf(form: WireForm, template: TopicTemplate): AnySchema {
  return _compiled[form].get(template) ?? _eventSchemaIn(form, template);
}

/**
 * Checks an event against the contract, never throwing and never building an `Error`.
 *
 * It checks the envelope of its wire form (a bus frame `{v, id, topic, type, ts, payload}`, a
 * webhook body with `ts` as RFC 3339 text, or SSE data `{topic, type, ts, payload}`), then the
 * payload against its topic's schema (chosen through the catalogue, and by `type` where the payload
 * depends on it).
 *
 * The payload schemas are the same in every form.
 *
 * @param input - a decoded event, e.g. `JSON.parse` of a bus frame, an SSE `data` line or a webhook body.
 * @param options - `strict: true` refuses topics outside the contract; `form` forces a wire form instead of
 *   telling it from the shape (a `ts` that is text makes a webhook body, a `v` or an `id` key a bus event,
 *   anything else SSE data).
 * @returns `{ success: true, data }` with `template`, `params` and `form` added and `ts` in epoch seconds (a
 *   webhook body's text kept as `tsText`), or `{ success: false, error }` naming the topic, the template and the
 *   issues (path, expected, received).
 * @throws `TypeError` only when `options.form` is not a wire form: a mistake in the calling code, not in the
 *   input.
 * @remarks Total, whatever the input: JSON of any depth or width, non-JSON values, Proxies and accessors that
 *   throw get a result, never an exception (a value that threw while read is refused as unreadable). A refusal
 *   holds at most 20 issues; a list, or an object keyed by the sender, reports only its first bad item, and
 *   checking stops there, so a refusal costs at most about 8x a valid event of the same size. Messages quote at
 *   most 64 characters of any value, escaped.
 * @example
 * ```ts
 * const result = safeParseEvent(JSON.parse(line));
 * if (result.success && result.data.template === 'attacker.scored') result.data.payload.event_count;
 * ```
 * @category Parsing
 * @public
 */
export function safeParseEvent<const Options extends ParseEventOptions = ParseEventOptions>(
  input: unknown,
  options?: Options,
): SafeParseEventResult<EventUnder<Options>> {
  const form = _formOption(options?.form, 'safeParseEvent');
  return _safeParseEvent(input, options?.strict === true, form) as SafeParseEventResult<EventUnder<Options>>;
}

/** @internal The `form` option, checked: `undefined` (tell it from the shape) or a wire form. */
function _formOption(form: unknown, caller: string): WireForm | undefined {
  if (form === undefined || (WIRE_FORMS as readonly unknown[]).includes(form)) return form as WireForm | undefined;
  throw new TypeError(
    `${caller}(): option "form" must be one of ${WIRE_FORMS.join(', ')}, received ${_received(form)}`,
  );
}

/** @internal */
function _safeParseEvent(
  input: unknown,
  strict: boolean,
  forced: WireForm | undefined,
): SafeParseEventResult<ParsedEvent | UnknownEvent> {
  const read = _envelopeOf(input);
  if (read === _UNREADABLE) {
    return { success: false, error: { topic: undefined, template: null, issues: _eventIssues([_UNREADABLE_ISSUE]) } };
  }
  const { topic } = read;
  const form = forced ?? read.form;
  const parsed = topic === undefined ? null : parseTopic(topic);
  if (parsed === null) {
    const envelope = _check(_envelopeIn(form), input);
    if (!envelope.success) {
      return { success: false, error: { topic, template: null, issues: _eventIssues(envelope.issues) } };
    }
    if (strict) return { success: false, error: _outsideContract(topic) };
    const data = _inForm(envelope.data as Record<string, unknown>, form, { template: null, params: {} });
    return { success: true, data: data as UnknownEvent };
  }
  const result = _check(_schemaOf(form, parsed.template), input);
  if (!result.success) {
    return {
      success: false,
      error: { topic, template: parsed.template, issues: _eventIssues(result.issues) },
    };
  }
  const data = _inForm(result.data as Record<string, unknown>, form, {
    template: parsed.template,
    params: parsed.params,
  });
  return { success: true, data: data as ParsedEvent };
}

/**
 * A checked event as parsing returns it: with its template and params, its
 * form, and `ts` as epoch seconds (a webhook body's text kept as `tsText`).
 *
 * @internal
 */
function _inForm(data: Record<string, unknown>, form: WireForm, found: object): object {
  if (form === 'webhook') {
    const text = data['ts'] as string;
    // The schema refused any text _parseRfc3339 cannot read, so this is a number.
    data['ts'] = _parseRfc3339(text);
    data['tsText'] = text;
  }
  return Object.assign(data, found, { form });
}

/**
 * Like {@link safeParseEvent}, but returns the event and throws an
 * {@link EventValidationError} when it does not meet the contract.
 *
 * @param input - a decoded event: a bus frame, a webhook body or SSE data.
 * @param options - `strict: true` refuses topics outside the contract; `form` forces a wire form.
 * @returns the event with `template`, `params` and `form`, `ts` in epoch seconds; a `switch` on `template`
 *   narrows the payload, and one on `form` the envelope (`id` and `v` in the bus and webhook forms).
 * @throws {@link EventValidationError} naming the topic, the path of each bad field, what was expected and
 *   what arrived.
 * @example
 * ```ts
 * const ev = parseEvent(JSON.parse(line));
 * switch (ev.template) {
 *   case 'attribution.profile.state_changed':
 *     ev.payload.new_state; // "unknown" | "stable" | "drifting" | "conflicted" | "multi_actor"
 * }
 * ```
 * @category Parsing
 * @public
 */
export function parseEvent<const Options extends ParseEventOptions = ParseEventOptions>(
  input: unknown,
  options?: Options,
): EventUnder<Options> {
  const result = safeParseEvent(input, options);
  if (!result.success) throw new EventValidationError(result.error);
  return result.data;
}

/**
 * Checks a bare payload, as a webhook body or a stored row carries it, against
 * its topic's schema.
 *
 * @param topic - the concrete topic the payload was published on.
 * @param payload - the payload object.
 * @param type - the envelope `type`; needed where the payload depends on it (`attacker.fingerprinted`,
 *   `system.log`, `decky.*.traffic`, `topology.*.mutation.*`); defaults to the type the contract fixes.
 * @returns the payload as the schema outputs it (JSON-encoded fields decoded).
 * @throws {@link EventValidationError} when the payload does not meet the contract, or the topic is outside it.
 * @example
 * ```ts
 * const row = { id: 'r-1', secret_kind: 'plaintext', target_count: 2, attacker_uuids: '["a"]',
 *   attacker_ips: '["203.0.113.7"]', deckies: '["web-1","db-1"]', services: '["ssh"]' }; // lists as JSON text
 * const payload = parsePayload('credential.reuse.detected', row) as PayloadOf<'credential.reuse.detected'>;
 * payload.deckies; //=> ["web-1", "db-1"] (a string[], though the row held JSON text)
 * ```
 * @category Parsing
 * @public
 */
export function parsePayload(topic: string, payload: unknown, type?: string): unknown {
  const parsed = parseTopic(topic);
  if (parsed === null)
    throw new EventValidationError(_outsideContract(typeof topic === 'string' ? topic : undefined, topic));
  const schema = payloadSchemaFor(topic, type);
  if (schema === undefined) {
    const issue = _eventIssue(['type'], 'the envelope type this payload was published with', _received(type));
    throw new EventValidationError({ topic, template: parsed.template, issues: [issue] });
  }
  const result = _check(schema, payload);
  if (!result.success) {
    throw new EventValidationError({
      topic,
      template: parsed.template,
      issues: _eventIssues(result.issues, ['payload']),
    });
  }
  return result.data;
}

/** @internal The refusal of a topic outside the contract (`value` is what arrived in its place, if not a string). */
function _outsideContract(topic: string | undefined, value: unknown = topic): EventValidationDetails {
  return {
    topic,
    template: null,
    issues: [_eventIssue(['topic'], 'a topic of the DECNET contract', _received(value))],
  };
}

/**
 * Finds the payload schema of a concrete topic through the catalogue.
 *
 * @param topic - a concrete topic, e.g. `"decky.d-42.state"`.
 * @param type - the envelope `type`, for topics whose payload depends on it.
 * @returns the zod schema of the payload, or `undefined` for a topic outside the contract or a `type` the
 *   topic does not publish.
 * @example
 * ```ts
 * const jarm = { attacker_ip: '203.0.113.7', port: 443, jarm_hash: '2ad2ad0002ad2ad22c2ad2ad2ad2ad' };
 * payloadSchemaFor('attacker.fingerprinted', 'jarm')?.safeParse(jarm).success; //=> true
 * ```
 * @category Parsing
 * @public
 */
export function payloadSchemaFor(topic: string, type?: string): z.ZodMiniType | undefined {
  const parsed = parseTopic(topic);
  if (parsed === null) return undefined;
  const rows: readonly _AnyPayloadRow[] = _PAYLOADS[parsed.template];
  // Without a type, only a template with a single shape has an answer.
  if (type === undefined) return rows.length === 1 ? rows[0]?.schema : undefined;
  // Called from JavaScript with anything: a type that is not text is no type any row publishes.
  if (typeof type !== 'string') return undefined;
  const typed = rows.find((row) => 'types' in row && row.types.includes(type));
  return (typed ?? rows.find((row) => !('types' in row)))?.schema;
}

/** A payload row of any template, as {@link payloadSchemaFor} reads it. @internal */
type _AnyPayloadRow =
  { readonly types: readonly string[]; readonly schema: z.ZodMiniType } | { readonly schema: z.ZodMiniType };

/**
 * What the dispatch reads of an input before any schema: its `topic` (when
 * text) and the wire form its shape says; {@link _UNREADABLE} when reading
 * threw (an accessor or a Proxy trap). A value that is no object is checked
 * as a bus event, whose envelope refuses it.
 *
 * @internal
 */
function _envelopeOf(
  input: unknown,
): { readonly topic: string | undefined; readonly form: WireForm } | typeof _UNREADABLE {
  if (typeof input !== 'object' || input === null) return { topic: undefined, form: 'bus' };
  try {
    const { topic } = input as { readonly topic?: unknown };
    return { topic: typeof topic === 'string' ? topic : undefined, form: _formOf(input) };
  } catch {
    return _UNREADABLE;
  }
}
