/**
 * The event schema of every topic template, keyed by the catalogue's template
 * strings. The type below checks that no template of the catalogue is missing,
 * so a new topic fails to compile here until its schema exists.
 *
 * @packageDocumentation
 */
import type { TopicTemplate } from '../topics/template-types.js';
import { _ATTACKER_EVENTS } from './families/attacker.js';
import { _ATTRIBUTION_EVENTS } from './families/attribution.js';
import { _CAMPAIGN_EVENTS } from './families/campaign.js';
import { _CANARY_EVENTS } from './families/canary.js';
import { _CREDENTIAL_EVENTS } from './families/credential.js';
import { _DECKY_EVENTS } from './families/decky.js';
import { _IDENTITY_EVENTS } from './families/identity.js';
import { _MAIL_EVENTS } from './families/mail.js';
import { _ORCHESTRATOR_EVENTS } from './families/orchestrator.js';
import { _SYSTEM_EVENTS } from './families/system.js';
import { _TOPOLOGY_EVENTS } from './families/topology.js';
import { _TTP_EVENTS } from './families/ttp.js';

/**
 * The whole-event schema (envelope and payload) of every contract template.
 * Frozen: no importer can swap a template's schema for the whole process.
 *
 * @example
 * ```ts
 * EVENT_SCHEMAS['decky.{decky_id}.state'].safeParse(input).success;
 * ```
 * @public
 */
export const EVENT_SCHEMAS = Object.freeze({
  ..._TOPOLOGY_EVENTS,
  ..._DECKY_EVENTS,
  ..._ATTACKER_EVENTS,
  ..._IDENTITY_EVENTS,
  ..._CAMPAIGN_EVENTS,
  ..._SYSTEM_EVENTS,
  ..._CREDENTIAL_EVENTS,
  ..._ATTRIBUTION_EVENTS,
  ..._ORCHESTRATOR_EVENTS,
  ..._CANARY_EVENTS,
  ..._MAIL_EVENTS,
  ..._TTP_EVENTS,
} as const);

/** Fails to type-check with the offending templates named until `T` is `never`. @internal */
type _NoneOf<T extends never> = T;

/** Catalogue templates without a schema; a compile error lists them. @internal */
export type _MissingSchemas = _NoneOf<Exclude<TopicTemplate, keyof typeof EVENT_SCHEMAS>>;
/** Registry keys that are not catalogue templates; a compile error lists them. @internal */
export type _StraySchemas = _NoneOf<Exclude<keyof typeof EVENT_SCHEMAS, TopicTemplate>>;
