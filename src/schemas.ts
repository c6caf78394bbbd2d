/**
 * zod schemas for every topic of the DECNET contract, the envelope and the contract's enums, and typed event parsing.
 *
 * zod is a peer dependency and only this entry (and `/webhooks`, built on it) imports it, so the root entry stays
 * dependency-free. Every public name is listed here explicitly; the payloads and event schemas are listed by topic
 * family.
 *
 * @categoryDescription Parsing
 * Checking an event or a payload against the contract, and the typed results.
 * @categoryDescription Envelope
 * The envelope every bus event travels in.
 * @categoryDescription Wire forms
 * The three forms an event reaches a consumer in: a bus frame, a webhook body, SSE data.
 * @categoryDescription SSE
 * The SSE routes of DECNET's API: which event names carry which templates.
 * @categoryDescription Registry
 * Every template's schemas and payload types, as tables and as type-level lookups.
 * @categoryDescription JSON Schema
 * JSON Schema documents of the events, for consumers in other languages.
 * @categoryDescription Enums
 * The contract's closed sets of values, as frozen tuples and their union types.
 * @categoryDescription Topic and pattern types
 * The catalogue and the topic and pattern types the types above are written in; documented in the entries that own
 * them.
 * @packageDocumentation
 * @module \@decnet/bus-topics/schemas
 */

// Envelope
export { BusEventSchema } from './schemas/envelope.js';
export type { BusEvent, BusEventWith, BusEventSchemaOf, BusEventSchemas } from './schemas/envelope.js';

// Wire forms: the bus frame, webhook bodies, SSE data
export { WIRE_FORMS } from './schemas/wire-forms.js';
export type { WireForm } from './schemas/wire-forms.js';
export { WebhookBodySchema, SseDataSchema } from './schemas/wire-envelopes.js';
export type { WebhookBody, SseData } from './schemas/wire-envelopes.js';

// SSE routes of DECNET's API: which event names carry which templates
export { SSE_ROUTES, sseEventName } from './schemas/sse-routes.js';
export { parseSseMessage, safeParseSseMessage } from './schemas/sse-message.js';
export type { SseEventOf } from './schemas/sse-message.js';
export type {
  SseRoute,
  SseEventName,
  SseTemplatesFor,
  SseRouteTable,
  SseRouteInfo,
  SseEventTable,
} from './schemas/sse-routes.js';

// Payloads as data
export type { TypedPayload, PayloadRow, PayloadTable } from './schemas/typed-payload.js';
export type { ContractPayloads } from './schemas/registry.js';

// Registry and parsing
export { EVENT_SCHEMAS } from './schemas/registry.js';
export { eventJsonSchema, envelopeJsonSchema } from './schemas/json-schema.js';
export type { JsonSchemaDocument } from './schemas/json-schema.js';
export { parseEvent, safeParseEvent, parsePayload, payloadSchemaFor } from './schemas/parse.js';
export { compileEventSchemas } from './schemas/compiled.js';
export type { CompileEventSchemasReport } from './schemas/compiled.js';
export type { ParseEventOptions, SafeParseEventResult, EventUnder, FormUnder } from './schemas/parse.js';
export type {
  EventOf,
  PayloadOf,
  ParsedEvent,
  UnknownEvent,
  EventFor,
  TemplatesFor,
  WireFormFields,
  ParsedEventWith,
} from './schemas/types.js';
// The steps of `TemplatesFor`: internal, exported so that the declarations resolve.
export type { _MayReceive, _DottedTailTemplate, _FirstTokens } from './schemas/types.js';

// The catalogue, and the topic and pattern types the types above are written in (also exported by the root and
// /catalogue entries)
/** @category Topic and pattern types */
export { TOPIC_CATALOGUE } from './topics/catalogue.js';
export type { _CATALOGUE_ROWS } from './topics/catalogue.js';
/** @category Topic and pattern types */
export type {
  TopicTemplate,
  TopicTemplateEntry,
  TemplateParamName,
  TopicParams,
  TopicOf,
} from './topics/template-types.js';
/** @category Topic and pattern types */
export type { Matches, JoinTokens } from './match/pattern-types.js';
// The steps of `Matches`: internal, exported so that the declarations above resolve.
export type { _MatchTokens, _TokenMatches, _SplitTokens } from './match/pattern-types.js';
export { EventValidationError } from './errors/EventValidationError.js';
export type { EventIssue, EventValidationDetails } from './errors/EventValidationError.js';

// Enums of the contract
export {
  MUTATION_TRIGGERS,
  TOPOLOGY_MUTATION_OPS,
  TOPOLOGY_STATUSES,
  FLEET_DECKY_STATES,
  FLEET_TRANSITIONS,
  LIFECYCLE_OPERATIONS,
  LIFECYCLE_STATUSES,
  ATTRIBUTION_STATES,
  FINGERPRINT_KINDS,
  ROTATING_PROBE_TYPES,
  IPV6_IID_KINDS,
  IPV6_LEAK_VECTORS,
  INTEL_VERDICTS,
  INTEL_PROVIDERS,
  TTP_RULE_STATES,
  CONTROL_ACTIONS,
  KNOWN_WORKERS,
  SNIFFER_TRAFFIC_TYPES,
} from './schemas/enums.js';
export type {
  MutationTrigger,
  TopologyMutationOp,
  TopologyStatus,
  FleetDeckyState,
  FleetTransition,
  LifecycleOperation,
  LifecycleStatus,
  AttributionState,
  FingerprintKind,
  RotatingProbeType,
  Ipv6IidKind,
  Ipv6LeakVector,
  IntelVerdict,
  IntelProvider,
  TtpRuleState,
  ControlAction,
  WorkerName,
  SnifferTrafficType,
} from './schemas/enums.js';

// topology.*
export {
  TopologyMutationEnqueuedPayloadSchema,
  TopologyMutationApplyingPayloadSchema,
  TopologyMutationAppliedPayloadSchema,
  TopologyMutationFailedPayloadSchema,
  TopologyMutationPayloadSchema,
  TopologyStatusPayloadSchema,
  TopologyMutationEnqueuedEventSchema,
  TopologyMutationApplyingEventSchema,
  TopologyMutationAppliedEventSchema,
  TopologyMutationFailedEventSchema,
  TopologyMutationEventSchema,
  TopologyStatusEventSchema,
} from './schemas/families/topology.js';
export type {
  TopologyMutationRef,
  TopologyMutationEnqueuedPayload,
  TopologyMutationApplyingPayload,
  TopologyMutationAppliedPayload,
  TopologyMutationFailedPayload,
  TopologyMutationPayload,
  TopologyStatusPayload,
  TopologyPayloads,
} from './schemas/families/topology.js';

// decky.*
export {
  DeckyStatePayloadSchema,
  DeckyMutateRequestPayloadSchema,
  DeckyMutationPayloadSchema,
  DeckyServiceChangePayloadSchema,
  DeckyServiceAddedPayloadSchema,
  DeckyServiceRemovedPayloadSchema,
  DeckyServiceConfigChangedPayloadSchema,
  DeckyLifecyclePayloadSchema,
  DeckyStateEventSchema,
  DeckyTrafficEventSchema,
  DeckyMutateRequestEventSchema,
  DeckyMutationEventSchema,
  DeckyServiceAddedEventSchema,
  DeckyServiceRemovedEventSchema,
  DeckyServiceConfigChangedEventSchema,
  DeckyLifecycleEventSchema,
} from './schemas/families/decky.js';
export type {
  DeckyStatePayload,
  DeckyMutateRequestPayload,
  DeckyMutationPayload,
  DeckyServiceChangePayload,
  DeckyServiceAddedPayload,
  DeckyServiceRemovedPayload,
  DeckyServiceConfigChangedPayload,
  DeckyLifecyclePayload,
  DeckyPayloads,
} from './schemas/families/decky.js';

// decky.{decky_id}.traffic, by sniffer type
export {
  DeckyTrafficTcpFlowTimingPayloadSchema,
  DeckyTrafficTcpSynFingerprintPayloadSchema,
  DeckyTrafficSshClientBannerPayloadSchema,
  DeckyTrafficQuicClientHelloPayloadSchema,
  DeckyTrafficTlsSessionPayloadSchema,
  DeckyTrafficIpv6LinkLocalLeakPayloadSchema,
  DeckyTrafficHttpPayloadSchema,
  DeckyTrafficPayloadSchema,
} from './schemas/families/decky-traffic.js';
export type {
  DeckyTrafficFlow,
  DeckyTrafficTcpFlowTimingPayload,
  DeckyTrafficTcpSynFingerprintPayload,
  DeckyTrafficSshClientBannerPayload,
  DeckyTrafficQuicClientHelloPayload,
  DeckyTrafficTlsSessionPayload,
  DeckyTrafficIpv6LinkLocalLeakPayload,
  DeckyTrafficHttpPayload,
  DeckyTrafficPayload,
  DeckyTrafficTypedPayload,
} from './schemas/families/decky-traffic.js';

// attacker.*
export {
  AttackerObservedPayloadSchema,
  AttackerScoredPayloadSchema,
  AttackerFingerprintRotatedPayloadSchema,
  AttackerSessionStartedPayloadSchema,
  AttackerSessionEndedPayloadSchema,
  AttackerIntelEnrichedPayloadSchema,
  AttackerObservationPayloadSchema,
  AttackerObservedEventSchema,
  AttackerScoredEventSchema,
  AttackerFingerprintRotatedEventSchema,
  AttackerSessionStartedEventSchema,
  AttackerSessionEndedEventSchema,
  AttackerIntelEnrichedEventSchema,
  AttackerObservationEventSchema,
  AttackerFingerprintedEventSchema,
} from './schemas/families/attacker.js';
export type {
  AttackerObservedPayload,
  AttackerScoredPayload,
  AttackerFingerprintRotatedPayload,
  AttackerSessionStartedPayload,
  AttackerSessionCommand,
  AttackerSessionEndedPayload,
  AttackerIntelEnrichedPayload,
  AttackerObservationPayload,
  AttackerPayloads,
} from './schemas/families/attacker.js';

// attacker.fingerprinted, by probe kind
export {
  AttackerFingerprintedJarmPayloadSchema,
  AttackerFingerprintedHasshPayloadSchema,
  AttackerFingerprintedTcpfpPayloadSchema,
  AttackerFingerprintedTlsCertificatePayloadSchema,
  AttackerFingerprintedIpv6LeakPayloadSchema,
  AttackerFingerprintedIcmpErrorPayloadSchema,
  AttackerFingerprintedIcmp6ErrorPayloadSchema,
  AttackerFingerprintedPayloadSchema,
} from './schemas/families/fingerprint.js';
export type {
  AttackerFingerprintedPortFields,
  AttackerFingerprintedObservedFields,
  AttackerFingerprintedJarmPayload,
  AttackerFingerprintedHasshPayload,
  AttackerFingerprintedTcpfpPayload,
  AttackerFingerprintedTlsCertificatePayload,
  AttackerFingerprintedIpv6LeakPayload,
  AttackerFingerprintedIcmpErrorPayload,
  AttackerFingerprintedIcmp6ErrorPayload,
  AttackerFingerprintedPayload,
  AttackerFingerprintedTypedPayload,
} from './schemas/families/fingerprint.js';

// identity.*
export {
  IdentityFormedPayloadSchema,
  IdentityObservationLinkedPayloadSchema,
  IdentityMergedPayloadSchema,
  IdentityUnmergedPayloadSchema,
  IdentityCampaignAssignedPayloadSchema,
  IdentityFormedEventSchema,
  IdentityObservationLinkedEventSchema,
  IdentityMergedEventSchema,
  IdentityUnmergedEventSchema,
  IdentityCampaignAssignedEventSchema,
} from './schemas/families/identity.js';
export type {
  IdentityFormedPayload,
  IdentityObservationLinkedPayload,
  IdentityMergedPayload,
  IdentityUnmergedPayload,
  IdentityCampaignAssignedPayload,
  IdentityPayloads,
} from './schemas/families/identity.js';

// campaign.*
export {
  CampaignFormedPayloadSchema,
  CampaignIdentityAssignedPayloadSchema,
  CampaignMergedPayloadSchema,
  CampaignUnmergedPayloadSchema,
  CampaignFormedEventSchema,
  CampaignIdentityAssignedEventSchema,
  CampaignMergedEventSchema,
  CampaignUnmergedEventSchema,
} from './schemas/families/campaign.js';
export type {
  CampaignFormedPayload,
  CampaignIdentityAssignedPayload,
  CampaignMergedPayload,
  CampaignUnmergedPayload,
  CampaignPayloads,
} from './schemas/families/campaign.js';

// system.*
export {
  SystemLogBatchPayloadSchema,
  SystemLogLinePayloadSchema,
  SystemLogPayloadSchema,
  SystemLogBatchEventSchema,
  SystemLogLineEventSchema,
  SystemLogEventSchema,
  SystemBusHealthPayloadSchema,
  // eslint-disable-next-line @typescript-eslint/no-deprecated -- still exported, so existing imports keep working
  SystemRealismSchema,
  SystemWorkerHealthPayloadSchema,
  SystemWorkerControlPayloadSchema,
  SystemWebhookSubscriptionsChangedPayloadSchema,
  SystemBusHealthEventSchema,
  SystemWorkerHealthEventSchema,
  SystemWorkerControlEventSchema,
  SystemWebhookSubscriptionsChangedEventSchema,
} from './schemas/families/system.js';
export type {
  SystemLogBatchPayload,
  SystemLogLinePayload,
  SystemLogPayload,
  SystemBusHealthPayload,
  SystemRealism,
  SystemWorkerHealthPayload,
  SystemWorkerControlPayload,
  SystemWebhookSubscriptionsChangedPayload,
  SystemPayloads,
} from './schemas/families/system.js';

// credential.*
export {
  CredentialCapturedPayloadSchema,
  CredentialReuseDetectedPayloadSchema,
  CredentialCapturedEventSchema,
  CredentialReuseDetectedEventSchema,
} from './schemas/families/credential.js';
export type {
  CredentialCapturedPayload,
  CredentialReuseDetectedPayload,
  CredentialPayloads,
} from './schemas/families/credential.js';

// attribution.*
export {
  AttributionProfileStateChangedPayloadSchema,
  AttributionProfileMultiActorSuspectedPayloadSchema,
  AttributionProfileStateChangedEventSchema,
  AttributionProfileMultiActorSuspectedEventSchema,
} from './schemas/families/attribution.js';
export type {
  AttributionProfileStateChangedPayload,
  AttributionProfileMultiActorSuspectedPayload,
  AttributionPayloads,
} from './schemas/families/attribution.js';

// orchestrator.*
export {
  OrchestratorTrafficPayloadSchema,
  OrchestratorFilePayloadSchema,
  OrchestratorEmailPayloadSchema,
  OrchestratorTrafficEventSchema,
  OrchestratorFileEventSchema,
  OrchestratorEmailEventSchema,
} from './schemas/families/orchestrator.js';
export type {
  OrchestratorOutcome,
  OrchestratorDeckyAction,
  OrchestratorTrafficPayload,
  OrchestratorFilePayload,
  OrchestratorEmailPayload,
  OrchestratorPayloads,
} from './schemas/families/orchestrator.js';

// canary.*
export {
  CanaryPlacedPayloadSchema,
  CanaryTriggeredPayloadSchema,
  CanaryRevokedPayloadSchema,
  CanaryPlacedEventSchema,
  CanaryTriggeredEventSchema,
  CanaryRevokedEventSchema,
} from './schemas/families/canary.js';
export type {
  CanaryPlacement,
  CanaryPlacedPayload,
  CanaryTriggeredPayload,
  CanaryRevokedByWorkerPayload,
  CanaryRevokedByPlanterPayload,
  CanaryRevokedPayload,
  CanaryPayloads,
} from './schemas/families/canary.js';

// email.* and smtp.*
export {
  EmailReceivedPayloadSchema,
  SmtpProbePendingPayloadSchema,
  EmailReceivedEventSchema,
  SmtpProbePendingEventSchema,
} from './schemas/families/mail.js';
export type { EmailReceivedPayload, SmtpProbePendingPayload, MailPayloads } from './schemas/families/mail.js';

// ttp.*
export {
  TtpTaggedPayloadSchema,
  TtpRuleFiredBarePayloadSchema,
  TtpRuleFiredPayloadSchema,
  TtpRuleSuppressedPayloadSchema,
  TtpRuleReloadedPayloadSchema,
  TtpRuleStatePayloadSchema,
  TtpTaggedEventSchema,
  TtpRuleFiredBareEventSchema,
  TtpRuleFiredEventSchema,
  TtpRuleSuppressedEventSchema,
  TtpRuleReloadedEventSchema,
  TtpRuleStateEventSchema,
} from './schemas/families/ttp.js';
export type {
  TtpTagging,
  TtpTaggedPayload,
  TtpRuleFiredBarePayload,
  TtpRuleFiredPayload,
  TtpRuleSuppressedPayload,
  TtpRuleLoadedPayload,
  TtpRuleDeletedPayload,
  TtpRuleReloadedPayload,
  TtpRuleStateSetPayload,
  TtpRuleStateRevertedPayload,
  TtpRuleStatePayload,
  TtpPayloads,
} from './schemas/families/ttp.js';
