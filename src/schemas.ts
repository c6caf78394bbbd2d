/**
 * `@decnet/bus-topics/schemas`: zod schemas for every topic of the DECNET
 * contract, the envelope, the contract's enums, and typed event parsing. zod is
 * a peer dependency and only this entry imports it, so the root entry stays
 * dependency-free. Every public name is listed here explicitly.
 *
 * @packageDocumentation
 */

// Envelope
export { BusEventSchema } from './schemas/envelope.js';
export type { BusEvent } from './schemas/envelope.js';

// Registry and parsing
export { EVENT_SCHEMAS } from './schemas/registry.js';
export { eventJsonSchema, envelopeJsonSchema } from './schemas/json-schema.js';
export type { JsonSchemaDocument } from './schemas/json-schema.js';
export { parseEvent, safeParseEvent, parsePayload, payloadSchemaFor } from './schemas/parse.js';
export { compileEventSchemas } from './schemas/compiled.js';
export type { CompileEventSchemasReport } from './schemas/compiled.js';
export type { ParseEventOptions, SafeParseEventResult, EventUnder } from './schemas/parse.js';
export type { EventOf, PayloadOf, ParsedEvent, UnknownEvent, EventFor } from './schemas/types.js';
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

// decky.*
export {
  DeckyStatePayloadSchema,
  DeckyTrafficTcpFlowTimingPayloadSchema,
  DeckyTrafficTcpSynFingerprintPayloadSchema,
  DeckyTrafficSshClientBannerPayloadSchema,
  DeckyTrafficQuicClientHelloPayloadSchema,
  DeckyTrafficTlsSessionPayloadSchema,
  DeckyTrafficIpv6LinkLocalLeakPayloadSchema,
  DeckyTrafficHttpPayloadSchema,
  DeckyTrafficPayloadSchema,
  DeckyMutateRequestPayloadSchema,
  DeckyMutationPayloadSchema,
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
  AttackerFingerprintedEventSchema,
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

// system.*
export {
  SystemLogBatchPayloadSchema,
  SystemLogLinePayloadSchema,
  SystemLogPayloadSchema,
  SystemLogBatchEventSchema,
  SystemLogLineEventSchema,
  SystemLogEventSchema,
  SystemBusHealthPayloadSchema,
  SystemRealismSchema,
  SystemWorkerHealthPayloadSchema,
  SystemWorkerControlPayloadSchema,
  SystemWebhookSubscriptionsChangedPayloadSchema,
  SystemBusHealthEventSchema,
  SystemWorkerHealthEventSchema,
  SystemWorkerControlEventSchema,
  SystemWebhookSubscriptionsChangedEventSchema,
} from './schemas/families/system.js';

// credential.*
export {
  CredentialCapturedPayloadSchema,
  CredentialReuseDetectedPayloadSchema,
  CredentialCapturedEventSchema,
  CredentialReuseDetectedEventSchema,
} from './schemas/families/credential.js';

// attribution.*
export {
  AttributionProfileStateChangedPayloadSchema,
  AttributionProfileMultiActorSuspectedPayloadSchema,
  AttributionProfileStateChangedEventSchema,
  AttributionProfileMultiActorSuspectedEventSchema,
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

// canary.*
export {
  CanaryPlacedPayloadSchema,
  CanaryTriggeredPayloadSchema,
  CanaryRevokedPayloadSchema,
  CanaryPlacedEventSchema,
  CanaryTriggeredEventSchema,
  CanaryRevokedEventSchema,
} from './schemas/families/canary.js';

// email.* and smtp.*
export {
  EmailReceivedPayloadSchema,
  SmtpProbePendingPayloadSchema,
  EmailReceivedEventSchema,
  SmtpProbePendingEventSchema,
} from './schemas/families/mail.js';

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
