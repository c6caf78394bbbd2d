/**
 * The payload table and the event schema of every topic template, keyed by
 * the catalogue's template strings. The checks below fail to compile until
 * every template of the catalogue has a payload, and no payload is keyed by a
 * template the catalogue lacks.
 *
 * @packageDocumentation
 */
import type { TopicTemplate } from '../topics/template-types.js';
import type { BusEventSchemas } from './envelope.js';
import { _ATTACKER_EVENTS, _ATTACKER_PAYLOADS, type AttackerPayloads } from './families/attacker.js';
import { _ATTRIBUTION_EVENTS, _ATTRIBUTION_PAYLOADS, type AttributionPayloads } from './families/attribution.js';
import { _CAMPAIGN_EVENTS, _CAMPAIGN_PAYLOADS, type CampaignPayloads } from './families/campaign.js';
import { _CANARY_EVENTS, _CANARY_PAYLOADS, type CanaryPayloads } from './families/canary.js';
import { _CREDENTIAL_EVENTS, _CREDENTIAL_PAYLOADS, type CredentialPayloads } from './families/credential.js';
import { _DECKY_EVENTS, _DECKY_PAYLOADS, type DeckyPayloads } from './families/decky.js';
import { _IDENTITY_EVENTS, _IDENTITY_PAYLOADS, type IdentityPayloads } from './families/identity.js';
import { _MAIL_EVENTS, _MAIL_PAYLOADS, type MailPayloads } from './families/mail.js';
import { _ORCHESTRATOR_EVENTS, _ORCHESTRATOR_PAYLOADS, type OrchestratorPayloads } from './families/orchestrator.js';
import { _SYSTEM_EVENTS, _SYSTEM_PAYLOADS, type SystemPayloads } from './families/system.js';
import { _TOPOLOGY_EVENTS, _TOPOLOGY_PAYLOADS, type TopologyPayloads } from './families/topology.js';
import { _TTP_EVENTS, _TTP_PAYLOADS, type TtpPayloads } from './families/ttp.js';
import type { PayloadTable } from './typed-payload.js';

/**
 * The payload of every contract template, with the envelope `type` it is
 * published with: the union of the families' payload maps.
 *
 * Where the payload depends on `type`, the entry is a union that `type`
 * narrows.
 *
 * @example
 * ```ts
 * type Traffic = ContractPayloads['decky.{decky_id}.traffic']['type']; // "tls_session" | "tcp_flow_timing" | ...
 * ```
 * @category Registry
 * @public
 */
export interface ContractPayloads
  extends
    TopologyPayloads,
    DeckyPayloads,
    AttackerPayloads,
    IdentityPayloads,
    CampaignPayloads,
    SystemPayloads,
    CredentialPayloads,
    AttributionPayloads,
    OrchestratorPayloads,
    CanaryPayloads,
    MailPayloads,
    TtpPayloads {}

/**
 * Every template's payload rows, the data the whole-event schemas of every wire
 * form are built from. Frozen.
 *
 * @internal
 */
export const _PAYLOADS: PayloadTable<ContractPayloads> = /* @__PURE__ */ Object.freeze({
  ..._TOPOLOGY_PAYLOADS,
  ..._DECKY_PAYLOADS,
  ..._ATTACKER_PAYLOADS,
  ..._IDENTITY_PAYLOADS,
  ..._CAMPAIGN_PAYLOADS,
  ..._SYSTEM_PAYLOADS,
  ..._CREDENTIAL_PAYLOADS,
  ..._ATTRIBUTION_PAYLOADS,
  ..._ORCHESTRATOR_PAYLOADS,
  ..._CANARY_PAYLOADS,
  ..._MAIL_PAYLOADS,
  ..._TTP_PAYLOADS,
});

/**
 * The whole-event schema (envelope and payload) of every contract template.
 *
 * Frozen: no importer can swap a template's schema for the whole process.
 *
 * @example
 * ```ts
 * EVENT_SCHEMAS['decky.{decky_id}.state'].safeParse(input).success;
 * ```
 * @category Registry
 * @public
 */
export const EVENT_SCHEMAS: BusEventSchemas<ContractPayloads> = /* @__PURE__ */ Object.freeze({
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
});

/** Fails to type-check with the offending templates named until `T` is `never`. @internal */
type _NoneOf<T extends never> = T;

/** Catalogue templates without a payload; a compile error lists them. @internal */
export type _MissingPayloads = _NoneOf<Exclude<TopicTemplate, keyof ContractPayloads>>;
/** Payloads keyed by a template the catalogue lacks; a compile error lists them. @internal */
export type _StrayPayloads = _NoneOf<Exclude<keyof ContractPayloads, TopicTemplate>>;
