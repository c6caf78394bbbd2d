/**
 * The conformance vectors of conformance/, as the tests read them: the types of
 * each file's shape (conformance/schemas/ states the same shapes for other
 * languages, and test/conformance/conformance.test.ts checks every file
 * against them) and one reader. The files are the data; nothing here repeats it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SegmentRejection } from '../../src/index';
import type { WireForm } from '../../src/schemas';

/** The folder of the conformance files. */
export const CONFORMANCE_DIR: string = join(import.meta.dirname, '..', '..', 'conformance');

/** Why a builder refuses an argument: a segment rule, or a value that is not a string at all. */
export type BuilderRefusal = SegmentRejection | 'not-a-string';

/** Why and where a builder refuses its arguments. */
export interface BuilderError {
  /** The argument at fault (the first one checked, when several are). */
  readonly argument: string;
  readonly reason: BuilderRefusal;
  /** The UTF-16 offset of the first offending character in that argument; -1 when it is empty. */
  readonly index?: number;
}

/** A builder call and what it gives: the topic, or the refusal. */
export type BuilderVector = {
  readonly builder: string;
  /** The arguments in call order (JSON values; not always strings). */
  readonly args: readonly unknown[];
  readonly note?: string;
} & ({ readonly topic: string } | { readonly error: BuilderError });

/** Vectors that show one rule. */
export interface BuilderGroup {
  readonly name: string;
  readonly description: string;
  readonly source: string;
  readonly vectors: readonly BuilderVector[];
}

/** A builder as builders.json lists it. */
export interface BuilderSpecJson {
  readonly name: string;
  readonly python: string;
  readonly kind: 'segment' | 'leaf';
  readonly params: readonly string[];
  readonly pythonParams: readonly string[];
  readonly checkOrder: readonly string[];
  readonly output: string;
}

/** conformance/builders.json. */
export interface BuildersFile {
  readonly description: string;
  readonly builders: readonly BuilderSpecJson[];
  readonly groups: readonly BuilderGroup[];
}

/** A (pattern, topic) pair and whether the bus delivers the topic to the pattern. */
export interface MatchingCase {
  readonly pattern: string;
  readonly topic: string;
  readonly matches: boolean;
  /** Whether the pattern passes this library's strict pattern rules (CONTRACT 0, decision 6). */
  readonly validPattern: boolean;
  readonly sources: readonly string[];
  readonly note?: string;
  /** What nats-server answers, where it differs from the bus. */
  readonly natsServer?: boolean;
}

/** The cases that show one rule or quirk of CONTRACT 2.2. */
export interface MatchingGroup {
  readonly quirk: string;
  readonly description: string;
  readonly cases: readonly MatchingCase[];
}

/** conformance/matching.json. */
export interface MatchingFile {
  readonly description: string;
  readonly groups: readonly MatchingGroup[];
}

/** A path into an event, as an issue reports it. */
export type IssuePath = readonly (string | number)[];

/** An event in one wire form and the outcome of validating it. */
export interface EventVector {
  /** The template the fixture is for. */
  readonly template: string;
  readonly name: string;
  readonly event: unknown;
  readonly expect:
    | { readonly valid: true; readonly template: string }
    | { readonly valid: false; readonly paths: readonly IssuePath[] };
}

/** conformance/events-<form>.json. */
export interface EventsFile {
  readonly description: string;
  readonly form: WireForm;
  readonly options: { readonly strict: true };
  readonly vectors: readonly EventVector[];
}

/** A body, a secret and a signature header, and whether the header signs the body. */
export interface SignatureVector {
  readonly name: string;
  readonly source: string;
  readonly secret: string;
  readonly body?: string;
  readonly bodyBase64?: string;
  readonly signature: string;
  readonly valid: boolean;
}

/** An event as DECNET's webhook client takes it. */
export interface DeliveryEvent {
  readonly topic: string;
  readonly type?: string;
  readonly ts?: number | string;
  readonly id?: string;
  readonly payload?: Readonly<Record<string, unknown>>;
}

/** An event, a secret and a time of sending, and the request DECNET sends (or that it cannot send it). */
export interface DeliveryVector {
  readonly name: string;
  readonly source: string;
  readonly secret: string;
  readonly event: DeliveryEvent;
  /** The time of sending, in epoch seconds. */
  readonly sentAt: number;
  readonly expect:
    { readonly body: string; readonly headers: Readonly<Record<string, string>> } | { readonly refused: string };
}

/** conformance/webhook-signatures.json. */
export interface WebhookSignaturesFile {
  readonly description: string;
  readonly signatures: readonly SignatureVector[];
  readonly deliveries: readonly DeliveryVector[];
}

/** Every conformance file by name (without `.json`), with its shape. */
export interface ConformanceFiles {
  readonly builders: BuildersFile;
  readonly matching: MatchingFile;
  readonly 'events-bus': EventsFile;
  readonly 'events-webhook': EventsFile;
  readonly 'events-sse': EventsFile;
  readonly 'webhook-signatures': WebhookSignaturesFile;
}

/** The names of the conformance files, in the order the README lists them. */
export const CONFORMANCE_NAMES: readonly (keyof ConformanceFiles)[] = [
  'builders',
  'matching',
  'events-bus',
  'events-webhook',
  'events-sse',
  'webhook-signatures',
];

const cache = new Map<string, unknown>();

/** Reads and parses `conformance/<name>.json` (once per run). */
export function readConformance<Name extends keyof ConformanceFiles>(name: Name): ConformanceFiles[Name] {
  let data = cache.get(name);
  if (data === undefined) {
    data = JSON.parse(readFileSync(join(CONFORMANCE_DIR, `${name}.json`), 'utf8')) as unknown;
    cache.set(name, data);
  }
  return data as ConformanceFiles[Name];
}

/** Every builder vector of builders.json, with the name of its group. */
export function builderVectors(): readonly (BuilderVector & { readonly group: string })[] {
  return readConformance('builders').groups.flatMap(({ name, vectors }) =>
    vectors.map((vector) => ({ ...vector, group: name })),
  );
}
