/**
 * The `topics` namespace: every root, leaf constant and builder of the contract
 * under one name, for `topics.decky(id, topics.DECKY_STATE)`.
 *
 * It is a real ES namespace (the ES build keeps one file per module), so Rollup,
 * Vite and webpack resolve `topics.decky` statically and drop unused members;
 * esbuild keeps the whole namespace (about 2.8 kB gzipped) once `topics` is
 * used, where named imports cost only what they use.
 *
 * @category Topics
 * @packageDocumentation
 */

// The members are every export of these modules, not a list, so src/index.ts is the one place that names each
// constant and builder. That holds because these modules export public members only: namespace.test.ts pins the
// members to the contract and to the named exports, and the API report lists them in the order of these lines.

// Root tokens
export * from './roots.js';

// Leaf and event-type constants
export * from './leaves/topology.js';
export * from './leaves/decky.js';
export * from './leaves/attacker.js';
export * from './leaves/identity.js';
export * from './leaves/campaign.js';
export * from './leaves/credential.js';
export * from './leaves/attribution.js';
export * from './leaves/canary.js';
export * from './leaves/orchestrator.js';
export * from './leaves/system.js';
export * from './leaves/mail.js';
export * from './leaves/ttp.js';
export * from './leaves/webhook.js';

// Builders
export * from './builders/topology.js';
export * from './builders/decky.js';
export * from './builders/attacker.js';
export * from './builders/identity.js';
export * from './builders/campaign.js';
export * from './builders/system.js';
export * from './builders/credential.js';
export * from './builders/attribution.js';
export * from './builders/orchestrator.js';
export * from './builders/canary.js';
export * from './builders/mail.js';
export * from './builders/ttp.js';
