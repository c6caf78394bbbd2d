/**
 * Reading one message of DECNET's SSE routes, as an `EventSource` listener
 * receives it: `addEventListener(name, (message) => ...)` with the JSON text
 * of `{topic, type, ts, payload}` in `message.data`.
 *
 * @packageDocumentation
 */
import { EventValidationError, type EventValidationDetails } from '../errors/EventValidationError.js';
import { _stringArg } from '../internal/arguments.js';
import { _showValue } from '../internal/escape.js';
import { _eventIssue, _received } from './issues.js';
import { safeParseEvent, type SafeParseEventResult } from './parse.js';
import { SSE_ROUTES, sseEventName, type SseEventName, type SseRoute, type SseTemplatesFor } from './sse-routes.js';
import type { TopicTemplate } from '../topics/template-types.js';
import type { EventOf } from './types.js';

/** Longer SSE data is refused unread: DECNET's bus frames, which it forwards, hold at most 1 MiB. @internal */
const _MAX_SSE_DATA_LENGTH = 1_048_576;

/**
 * The events an SSE route sends under one `event:` name, parsed.
 * @example
 * ```ts
 * declare const ev: SseEventOf<'attackers', 'observation'>;
 * ev.params.primitive; // string
 * ```
 * @category SSE
 * @public
 */
export type SseEventOf<Route extends SseRoute, Name extends SseEventName<Route>> = EventOf<
  Extract<SseTemplatesFor<Route, Name>, TopicTemplate>,
  'sse'
>;

/**
 * Checks the `data` of one SSE message from a DECNET route, never throwing.
 *
 * The data must be JSON text of at most 1 MiB holding SSE data
 * (`{topic, type, ts, payload}`), an event of the contract, and one the route
 * sends under `name`.
 *
 * @param route - the route the `EventSource` is connected to (a key of `SSE_ROUTES`).
 * @param name - the `event:` name the message came under (the listener's name).
 * @param data - `message.data`: the JSON text.
 * @returns `{ success: true, data }` with the event, typed by the templates the route sends under `name`, or
 *   `{ success: false, error }`: the issue at `topic` when the route would name the event otherwise.
 * @throws `TypeError` when `route` is not an SSE route (a mistake in the calling code, not in the input).
 * @example
 * ```ts
 * declare const source: { addEventListener(name: string, listener: (message: { data: string }) => void): void };
 * source.addEventListener('observation', (message) => {
 *   const result = safeParseSseMessage('attackers', 'observation', message.data);
 *   if (result.success) result.data.params.primitive; // e.g. "motor.input_modality"
 * });
 * ```
 * @category SSE
 * @public
 */
export function safeParseSseMessage<const Route extends SseRoute, const Name extends SseEventName<Route>>(
  route: Route,
  name: Name,
  data: string,
): SafeParseEventResult<SseEventOf<Route, Name>> {
  const refused = (details: EventValidationDetails) => ({ success: false, error: details }) as const;
  const routeName = _stringArg(route, 'safeParseSseMessage', 'route');
  if (!Object.hasOwn(SSE_ROUTES, routeName)) {
    throw new TypeError(`safeParseSseMessage(): ${_showValue(routeName)} is not an SSE route`);
  }
  if (typeof data !== 'string' || data.length > _MAX_SSE_DATA_LENGTH) {
    const expected = 'the JSON text of SSE data, at most 1,048,576 characters';
    return refused({ topic: undefined, template: null, issues: [_eventIssue([], expected, _received(data))] });
  }
  let decoded: unknown;
  try {
    decoded = JSON.parse(data);
  } catch {
    return refused({ topic: undefined, template: null, issues: [_eventIssue([], 'JSON text', _received(data))] });
  }
  const result = safeParseEvent(decoded, { strict: true, form: 'sse' });
  if (!result.success) return result;
  const event = result.data;
  if (sseEventName(route, event.topic) !== name) {
    const expected = `a topic the ${route} route sends as ${JSON.stringify(name)}`;
    const issue = _eventIssue(['topic'], expected, _received(event.topic));
    return refused({ topic: event.topic, template: event.template, issues: [issue] });
  }
  return { success: true, data: event as SseEventOf<Route, Name> };
}

/**
 * Like {@link safeParseSseMessage}, but returns the event and throws an
 * {@link EventValidationError} when the message is not one the route sends
 * under `name`.
 *
 * @param route - the route the `EventSource` is connected to.
 * @param name - the `event:` name the message came under.
 * @param data - `message.data`: the JSON text.
 * @returns the event, typed by the templates the route sends under `name`.
 * @throws {@link EventValidationError} for data that is not such an event; `TypeError` for a route that is not one.
 * @example
 * ```ts
 * declare const message: { readonly data: string };
 * const ev = parseSseMessage('orchestrator', 'email', message.data);
 * ev.payload.subject; // string
 * ```
 * @category SSE
 * @public
 */
export function parseSseMessage<const Route extends SseRoute, const Name extends SseEventName<Route>>(
  route: Route,
  name: Name,
  data: string,
): SseEventOf<Route, Name> {
  const result = safeParseSseMessage(route, name, data);
  if (!result.success) throw new EventValidationError(result.error);
  return result.data;
}
