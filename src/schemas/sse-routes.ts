/**
 * The Server-Sent Events routes of DECNET's API that forward bus events
 * (CONTRACT 3.5), as data: each route's path, the bus patterns it subscribes
 * to, how it names each event, and which catalogue templates a dashboard
 * receives under each name. Read from `decnet/web/router/{topology,attackers,
 * identities,campaigns,orchestrator}/api_events.py` (4nt11/DECNET d80e6aa6,
 * attackers 33f7d5a9, orchestrator f2b33936).
 *
 * @packageDocumentation
 */
import { _stringArg } from '../internal/arguments.js';
import { _showValue } from '../internal/escape.js';
import { _deepFreeze } from '../internal/freeze.js';
import { matches } from '../match/matches.js';
import type { TemplateParamName, TopicTemplate } from '../topics/template-types.js';

/**
 * SSE event names, each with the catalogue templates whose events DECNET sends under it.
 * @example
 * ```ts
 * const table: SseEventTable = { formed: ['identity.formed'] };
 * ```
 * @category SSE
 * @public
 */
export interface SseEventTable {
  readonly [name: string]: readonly TopicTemplate[];
}

/**
 * One SSE route: the shape of each row of {@link SSE_ROUTES}.
 * @example
 * ```ts
 * const route: SseRouteInfo = SSE_ROUTES.campaigns;
 * route.patterns; //=> ["campaign.>"]
 * ```
 * @category SSE
 * @public
 */
export interface SseRouteInfo<
  Path extends string = string,
  Events extends SseEventTable = SseEventTable,
  Filtered extends readonly TopicTemplate[] = readonly TopicTemplate[],
> {
  /** The HTTP path under the API's origin, with `{name}` for its path parameters. */
  readonly path: Path;
  /** The path parameters, in order. */
  readonly params: readonly TemplateParamName<Path>[];
  /** The bus patterns the route subscribes to; `{name}` stands for the path parameter's value. */
  readonly patterns: readonly string[];
  /** What the route checks in an event's payload before forwarding it; `null` when it forwards every event. */
  readonly filter: string | null;
  /** One line on what the route streams. */
  readonly description: string;
  /** Per SSE event name, the templates whose events arrive under it. */
  readonly events: Events;
  /** Templates the route subscribes to but never forwards: the payload filter drops every event of theirs. */
  readonly filtered: Filtered;
  /** The keys of the `snapshot` event's data, sent once on connect before any bus event. */
  readonly snapshot: readonly string[];
  /** Events that do not carry a bus event: `snapshot` on connect, `error` (`{message}`) when the stream fails. */
  readonly controlEvents: readonly ['snapshot', 'error'];
  /** Seconds of silence after which the route sends the comment line `: keepalive` (also sent first, on connect). */
  readonly keepaliveSeconds: 15;
}

/**
 * The type of {@link SSE_ROUTES}, spelled out: names and templates are literal types.
 * @example
 * ```ts
 * type Names = keyof SseRouteTable['identities']['events']; //=> "formed" | "observation.linked" | ...
 * ```
 * @category SSE
 * @public
 */
export interface SseRouteTable {
  /** `GET /api/v1/topologies/{topology_id}/events`. */
  readonly topology: SseRouteInfo<
    '/api/v1/topologies/{topology_id}/events',
    {
      readonly 'mutation.enqueued': readonly ['topology.{topology_id}.mutation.{state}'];
      readonly 'mutation.applying': readonly ['topology.{topology_id}.mutation.{state}'];
      readonly 'mutation.applied': readonly ['topology.{topology_id}.mutation.{state}'];
      readonly 'mutation.failed': readonly ['topology.{topology_id}.mutation.{state}'];
      readonly status: readonly ['topology.{topology_id}.status'];
      readonly 'decky.service_added': readonly ['decky.{decky_id}.service_added'];
      readonly 'decky.service_removed': readonly ['decky.{decky_id}.service_removed'];
      readonly 'decky.service_config_changed': readonly ['decky.{decky_id}.service_config_changed'];
    },
    readonly [
      'decky.{decky_id}.state',
      'decky.{decky_id}.traffic',
      'decky.{decky_id}.mutate_request',
      'decky.{decky_id}.mutation',
      'decky.{decky_id}.lifecycle',
    ]
  >;
  /** `GET /api/v1/attackers/{attacker_uuid}/events`. */
  readonly attackers: SseRouteInfo<
    '/api/v1/attackers/{attacker_uuid}/events',
    {
      readonly observation: readonly ['attacker.observation.{primitive}'];
      readonly 'fingerprint.rotated': readonly ['attacker.fingerprint_rotated'];
      readonly 'attribution.state_changed': readonly ['attribution.profile.state_changed'];
      readonly 'attribution.multi_actor_suspected': readonly ['attribution.profile.multi_actor_suspected'];
    },
    readonly ['attacker.scored']
  >;
  /** `GET /api/v1/identities/events`. */
  readonly identities: SseRouteInfo<
    '/api/v1/identities/events',
    {
      readonly formed: readonly ['identity.formed'];
      readonly 'observation.linked': readonly ['identity.observation.linked'];
      readonly merged: readonly ['identity.merged'];
      readonly unmerged: readonly ['identity.unmerged'];
      readonly 'campaign.assigned': readonly ['identity.campaign.assigned'];
    },
    readonly []
  >;
  /** `GET /api/v1/campaigns/events`. */
  readonly campaigns: SseRouteInfo<
    '/api/v1/campaigns/events',
    {
      readonly formed: readonly ['campaign.formed'];
      readonly 'identity.assigned': readonly ['campaign.identity.assigned'];
      readonly merged: readonly ['campaign.merged'];
      readonly unmerged: readonly ['campaign.unmerged'];
    },
    readonly []
  >;
  /** `GET /api/v1/orchestrator/events/stream`. */
  readonly orchestrator: SseRouteInfo<
    '/api/v1/orchestrator/events/stream',
    {
      readonly traffic: readonly ['orchestrator.traffic.{decky_id}'];
      readonly file: readonly ['orchestrator.file.{decky_id}'];
      readonly email: readonly ['orchestrator.email.{decky_id}'];
    },
    readonly []
  >;
}

/** The fields every route shares. @internal */
const _SHARED = { controlEvents: ['snapshot', 'error'], keepaliveSeconds: 15 } as const;

/** The rows of {@link SSE_ROUTES}, as written (the compiler checks them against {@link SseRouteTable}). @internal */
// prettier-ignore
const _ROWS: SseRouteTable = {
  topology: {
    path: '/api/v1/topologies/{topology_id}/events', params: ['topology_id'], patterns: ['topology.{topology_id}.>', 'decky.>'],
    filter: 'decky.* events only when payload.topology_id equals the path topology_id',
    description: "A topology's mutation and status events, and the service changes of its deckies.",
    events: {
      'mutation.enqueued': ['topology.{topology_id}.mutation.{state}'],
      'mutation.applying': ['topology.{topology_id}.mutation.{state}'],
      'mutation.applied': ['topology.{topology_id}.mutation.{state}'],
      'mutation.failed': ['topology.{topology_id}.mutation.{state}'],
      status: ['topology.{topology_id}.status'],
      'decky.service_added': ['decky.{decky_id}.service_added'],
      'decky.service_removed': ['decky.{decky_id}.service_removed'],
      'decky.service_config_changed': ['decky.{decky_id}.service_config_changed'],
    },
    filtered: [
      'decky.{decky_id}.state', 'decky.{decky_id}.traffic', 'decky.{decky_id}.mutate_request', 'decky.{decky_id}.mutation',
      'decky.{decky_id}.lifecycle',
    ],
    snapshot: ['topology_id', 'status', 'in_flight'], ..._SHARED,
  },
  attackers: {
    path: '/api/v1/attackers/{attacker_uuid}/events', params: ['attacker_uuid'],
    patterns: ['attacker.observation.>', 'attacker.fingerprint_rotated', 'attacker.scored', 'attribution.>'],
    filter: "attacker.* when payload.attacker_uuid equals the path's; attribution.* when payload.identity_uuid is the attacker's identity",
    description: "One attacker's behavioural observations, fingerprint rotations and attribution changes.",
    events: {
      observation: ['attacker.observation.{primitive}'],
      'fingerprint.rotated': ['attacker.fingerprint_rotated'],
      'attribution.state_changed': ['attribution.profile.state_changed'],
      'attribution.multi_actor_suspected': ['attribution.profile.multi_actor_suspected'],
    },
    filtered: ['attacker.scored'],
    snapshot: ['attacker_uuid', 'observations'], ..._SHARED,
  },
  identities: {
    path: '/api/v1/identities/events', params: [], patterns: ['identity.>'], filter: null,
    description: 'Every identity-resolution event.',
    events: {
      formed: ['identity.formed'], 'observation.linked': ['identity.observation.linked'], merged: ['identity.merged'],
      unmerged: ['identity.unmerged'], 'campaign.assigned': ['identity.campaign.assigned'],
    },
    filtered: [], snapshot: ['identities'], ..._SHARED,
  },
  campaigns: {
    path: '/api/v1/campaigns/events', params: [], patterns: ['campaign.>'], filter: null,
    description: 'Every campaign-clustering event.',
    events: {
      formed: ['campaign.formed'], 'identity.assigned': ['campaign.identity.assigned'], merged: ['campaign.merged'],
      unmerged: ['campaign.unmerged'],
    },
    filtered: [], snapshot: ['campaigns'], ..._SHARED,
  },
  orchestrator: {
    path: '/api/v1/orchestrator/events/stream', params: [], patterns: ['orchestrator.>'], filter: null,
    description: 'Every event of the traffic orchestrator: generated traffic, files and emails.',
    events: {
      traffic: ['orchestrator.traffic.{decky_id}'], file: ['orchestrator.file.{decky_id}'],
      email: ['orchestrator.email.{decky_id}'],
    },
    filtered: [], snapshot: ['events'], ..._SHARED,
  },
};

/**
 * The SSE routes of DECNET's API that forward bus events, by name: each route's
 * path, patterns, payload filter, and per SSE event name the catalogue
 * templates that arrive under it.
 *
 * Every bus event arrives as `event: <name>` with data
 * `{topic, type, ts, payload}`.
 *
 * @remarks An `EventSource` authenticates with `?ticket=` (a single-use ticket from `POST /api/v1/auth/sse-ticket`).
 *   `filtered` lists templates the route subscribes to but never forwards: their contract payloads lack the field the
 *   route filters on (`attacker.scored` has no `attacker_uuid`). The log stream `GET /api/v1/stream` is not here: it
 *   polls the database and sends `event: message` frames, not bus events. Frozen, deeply.
 * @example
 * ```ts
 * SSE_ROUTES.attackers.events['fingerprint.rotated']; //=> ["attacker.fingerprint_rotated"]
 * Object.keys(SSE_ROUTES.orchestrator.events); //=> ["traffic", "file", "email"]
 * ```
 * @category SSE
 * @public
 */
export const SSE_ROUTES: SseRouteTable = /* @__PURE__ */ _deepFreeze(_ROWS);

/**
 * The name of an SSE route of {@link SSE_ROUTES}.
 * @example
 * ```ts
 * const route: SseRoute = 'identities';
 * ```
 * @category SSE
 * @public
 */
export type SseRoute = keyof SseRouteTable;

/**
 * The `event:` names under which a route sends bus events that arrive (the control events `snapshot` and `error` aside).
 * @example
 * ```ts
 * type Names = SseEventName<'orchestrator'>; //=> "traffic" | "file" | "email"
 * ```
 * @category SSE
 * @public
 */
export type SseEventName<Route extends SseRoute> = keyof SseRouteTable[Route]['events'] & string;

/**
 * The catalogue templates whose events a route sends under one `event:` name.
 * @example
 * ```ts
 * type T = SseTemplatesFor<'attackers', 'observation'>; //=> "attacker.observation.{primitive}"
 * ```
 * @category SSE
 * @public
 */
export type SseTemplatesFor<
  Route extends SseRoute,
  Name extends SseEventName<Route>,
> = SseRouteTable[Route]['events'][Name] extends readonly (infer Template)[] ? Template : never;

/** Python's `topic.split('.', 2)`: at most three parts, the last one keeping its dots. @internal */
function _splitTwice(topic: string): string[] {
  const first = topic.indexOf('.');
  if (first === -1) return [topic];
  const second = topic.indexOf('.', first + 1);
  if (second === -1) return [topic.slice(0, first), topic.slice(first + 1)];
  return [topic.slice(0, first), topic.slice(first + 1, second), topic.slice(second + 1)];
}

/** The topology route's rule: the tail after the id, `decky.` kept in front of a decky's tail. @internal */
function _topologyName(topic: string): string {
  const [head, , tail] = _splitTwice(topic);
  if (tail === undefined) return topic;
  return head === 'decky' ? `decky.${tail}` : tail;
}

/** The attacker route's rule: a few fixed renames, anything else unchanged. @internal */
function _attackerName(topic: string): string {
  if (topic.startsWith('attacker.observation.')) return 'observation';
  if (topic === 'attacker.fingerprint_rotated') return 'fingerprint.rotated';
  if (topic === 'attacker.scored') return 'attacker.scored';
  if (topic === 'attribution.profile.state_changed') return 'attribution.state_changed';
  if (topic === 'attribution.profile.multi_actor_suspected') return 'attribution.multi_actor_suspected';
  return topic;
}

/** The identity and campaign routes' rule: the topic without its root and dot. @internal */
function _withoutRoot(root: string, topic: string): string {
  return topic.startsWith(`${root}.`) ? topic.slice(root.length + 1) : topic;
}

/** The orchestrator route's rule: the second token, the event's kind. @internal */
function _orchestratorName(topic: string): string {
  const parts = _splitTwice(topic);
  return parts[0] === 'orchestrator' && parts[1] !== undefined ? parts[1] : topic;
}

/** Each route's `_sse_name_for`. @internal */
const _NAMERS: { readonly [Route in SseRoute]: (topic: string) => string } = /* @__PURE__ */ Object.freeze({
  topology: _topologyName,
  attackers: _attackerName,
  identities: (topic: string) => _withoutRoot('identity', topic),
  campaigns: (topic: string) => _withoutRoot('campaign', topic),
  orchestrator: _orchestratorName,
});

/** A path parameter in a pattern: the bus sees its value, one token. @internal */
const _PARAMETER = /\{[^}]*\}/g;

/**
 * The `event:` name under which an SSE route of DECNET's API sends an event
 * published on `topic`, derived as that route's `_sse_name_for` does.
 *
 * @param route - a route of {@link SSE_ROUTES}.
 * @param topic - a published topic; any string.
 * @returns the SSE event name; `null` when the route subscribes to no pattern that matches `topic`.
 * @throws `TypeError` when `route` or `topic` is not a string, or `route` is not a route of {@link SSE_ROUTES} (the
 *   message quotes at most 64 characters of it, escaped).
 * @remarks A path parameter in a pattern matches any one token: the answer holds for every connection to the route.
 *   Payload filters are not applied, since only the topic is known: check {@link SSE_ROUTES}' `filtered` for the
 *   templates a route drops. Topics outside the catalogue get a name by the same rule (DECNET passes unknown topics
 *   through unchanged on the attacker route).
 * @example
 * ```ts
 * sseEventName('topology', 'decky.d-1.service_added');      //=> "decky.service_added"
 * sseEventName('attackers', 'attacker.observation.motor.input_modality'); //=> "observation"
 * sseEventName('orchestrator', 'orchestrator.file.d-1');   //=> "file"
 * sseEventName('campaigns', 'identity.formed');            //=> null
 * ```
 * @category SSE
 * @public
 */
export function sseEventName(route: SseRoute, topic: string): string | null {
  const name = _stringArg(route, 'sseEventName', 'route');
  const text = _stringArg(topic, 'sseEventName', 'topic');
  if (!Object.hasOwn(SSE_ROUTES, name)) throw new TypeError(`sseEventName(): ${_showValue(name)} is not an SSE route`);
  const row: SseRouteInfo = SSE_ROUTES[name as SseRoute];
  const subscribed = row.patterns.some((pattern) => matches(pattern.replace(_PARAMETER, '*'), text));
  return subscribed ? _NAMERS[name as SseRoute](text) : null;
}
