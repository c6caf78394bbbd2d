/**
 * scripts/build-asyncapi.mjs: the AsyncAPI document `npm run build` writes, generated here the same way and checked
 * with @asyncapi/parser, against the catalogue, the JSON Schemas and `matches`.
 */
import { DiagnosticSeverity, Parser } from '@asyncapi/parser';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as catalogue from '../../src/catalogue';
import * as root from '../../src/index';
import * as schemas from '../../src/schemas';

interface Message {
  name: string;
  payload: Record<string, unknown>;
  'x-decnet-types': string[] | null;
  examples?: { name: string; payload: { topic: string; type: string } }[];
}
interface Channel {
  address: string;
  parameters?: Record<string, { $ref: string }>;
  messages: Record<string, Message>;
  'x-decnet-subscribe-pattern': string;
}
interface Parameter {
  description: string;
  enum?: string[];
  examples: string[];
  'x-decnet-segment-pattern': string;
}
interface Subscription {
  pattern?: string;
  preset?: string;
  patterns?: string[];
  templates: string[];
  channels: string[];
}
interface AsyncApiDocument {
  channels: Record<string, Channel>;
  operations: Record<string, { action: string; channel: { $ref: string }; messages: { $ref: string }[] }>;
  components: { parameters: Record<string, Parameter> };
  'x-decnet-wildcards': { description: string; subscriptions: Subscription[] };
}
interface BuildScript {
  generateAsyncApi: (root: string, esm: string) => Promise<AsyncApiDocument>;
  asYaml: (document: AsyncApiDocument) => Promise<string>;
}

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SCRIPT = pathToFileURL(join(ROOT, 'scripts', 'build-asyncapi.mjs')).href;

/** The property names an object schema (or any branch of it) gives its instances. */
function propertyNames(schema: unknown): string[] {
  if (schema === null || typeof schema !== 'object') return [];
  const { properties, oneOf, anyOf } = schema as Record<string, unknown>;
  const own = properties !== null && typeof properties === 'object' ? Object.keys(properties) : [];
  const branches = [oneOf, anyOf].flatMap((list) => (Array.isArray(list) ? (list as unknown[]) : []));
  return [...new Set([...own, ...branches.flatMap(propertyNames)])].sort();
}

/** The payload property names of an event schema, over every branch. */
function payloadFields(event: unknown): string[] {
  const { properties, oneOf, anyOf } = event as Record<string, unknown>;
  const branches = [oneOf, anyOf].flatMap((list) => (Array.isArray(list) ? (list as unknown[]) : []));
  const own = (properties as Record<string, unknown> | undefined)?.['payload'];
  return [...new Set([...propertyNames(own), ...branches.flatMap(payloadFields)])].sort();
}

/** `formatTopic` over any row of the catalogue, whose parameters are only known at run time. */
const formatAny = catalogue.formatTopic as (template: string, params: Record<string, string>) => string;

/** A topic of the template with every parameter set to `value`. */
function sample(row: (typeof catalogue.TOPIC_CATALOGUE)[number], value: string): string {
  return formatAny(row.template, Object.fromEntries(row.params.map((name) => [name, value])));
}

let script: BuildScript;
let doc: AsyncApiDocument;
let build: string;

// The script reads an ES build, as `npm run build` runs it after `build:esm`; this one is private and fresh from
// src/, so the test neither needs dist/ nor races another test that rebuilds it.
beforeAll(async () => {
  mkdirSync(join(ROOT, 'temp'), { recursive: true });
  build = mkdtempSync(join(ROOT, 'temp', 'asyncapi-test-'));
  const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  execFileSync(process.execPath, [tsc, '-p', join(ROOT, 'tsconfig.build.json'), '--outDir', build], { cwd: ROOT });
  script = (await import(SCRIPT)) as BuildScript;
  doc = await script.generateAsyncApi(ROOT, build);
}, 120_000);

afterAll(() => {
  rmSync(build, { recursive: true, force: true });
});

describe('the AsyncAPI document', () => {
  it.each(['json', 'yaml'])(
    'should parse as %s with @asyncapi/parser without an error diagnostic',
    async (format) => {
      const text = format === 'json' ? JSON.stringify(doc) : await script.asYaml(doc);
      const { document, diagnostics } = await new Parser().parse(text);
      // Two copies of @stoplight/types declare the severity enum (the parser's and spectral's): compare numbers.
      const error: number = DiagnosticSeverity.Error;
      const errors = diagnostics.filter(({ severity }: { severity: number }) => severity === error);
      expect(errors.map((found) => `${found.code} at ${found.path.join('.')}: ${found.message}`)).toEqual([]);
      expect(document?.channels().length).toBe(catalogue.TOPIC_CATALOGUE.length);
    },
    60_000,
  );

  it('should have one channel per template, with the template as address and a parameter per placeholder', () => {
    const channels = Object.values(doc.channels);
    expect(channels.map((channel) => channel.address)).toEqual(catalogue.TOPIC_CATALOGUE.map((row) => row.template));
    for (const [index, row] of catalogue.TOPIC_CATALOGUE.entries()) {
      const parameters = channels[index]?.parameters ?? {};
      expect(Object.keys(parameters), row.template).toEqual([...row.params]);
      for (const name of row.params) {
        expect(parameters[name]).toEqual({ $ref: `#/components/parameters/${name}` });
        expect(doc.components.parameters[name]?.description).toContain('segment');
      }
    }
  });

  it('should name each channel as /schemas names its event schema', () => {
    for (const [id, channel] of Object.entries(doc.channels)) {
      const exported = (schemas as Record<string, unknown>)[`${id}EventSchema`];
      expect(exported, id).toBe(schemas.EVENT_SCHEMAS[channel.address as keyof typeof schemas.EVENT_SCHEMAS]);
    }
  });

  it.each(catalogue.TOPIC_CATALOGUE.map((row) => row.template))(
    'should give the messages of %s payloads that name every payload field',
    (template) => {
      const channel = Object.values(doc.channels).find((candidate) => candidate.address === template);
      const messages = Object.values(channel?.messages ?? {});
      expect(messages.length).toBeGreaterThan(0);
      const named = [...new Set(messages.flatMap((message) => payloadFields(message.payload)))].sort();
      expect(named).toEqual(payloadFields(schemas.eventJsonSchema(template)));
    },
  );

  it('should give one message per envelope type where the payload depends on it', () => {
    const types = (id: string): (string[] | null)[] =>
      Object.values(doc.channels[id]?.messages ?? {}).map((message) => message['x-decnet-types']);
    expect(types('TopologyMutation')).toEqual([['enqueued'], ['applying'], ['applied'], ['failed']]);
    expect(types('SystemLog')).toEqual([['batch_committed'], null]);
    expect(types('AttackerFingerprinted')).toContainEqual(['jarm']);
    expect(types('DeckyTraffic')).toContainEqual(['http_request_fingerprint', 'http2_settings', 'http3_settings']);
    expect(types('DeckyState')).toEqual([['state']]);
  });

  it('should give each message a valid bus example of its channel and one of its types', () => {
    for (const channel of Object.values(doc.channels)) {
      for (const message of Object.values(channel.messages)) {
        const example = message.examples?.[0]?.payload;
        expect(catalogue.parseTopic(example?.topic ?? '')?.template).toBe(channel.address);
        if (message['x-decnet-types'] !== null) expect(message['x-decnet-types']).toContain(example?.type);
        expect(schemas.safeParseEvent(example, { strict: true, form: 'bus' }).success, message.name).toBe(true);
      }
    }
  });

  it('should carry the field descriptions of the sources into the payloads', () => {
    const payload = doc.channels['CredentialReuseDetected']?.messages['CredentialReuseDetected']?.payload;
    const fields = (payload?.['properties'] as { payload: { properties: Record<string, { description?: string }> } })
      .payload.properties;
    expect(fields['target_count']?.description).toMatch(/\w/u);
    expect(fields['attacker_uuids']?.description).toContain('JSON-encoded');
  });

  it('should give every channel a receive operation with all its messages', () => {
    for (const [id, channel] of Object.entries(doc.channels)) {
      const operation = doc.operations[`receive${id}`];
      expect(operation?.action).toBe('receive');
      expect(operation?.channel).toEqual({ $ref: `#/channels/${id}` });
      expect(operation?.messages).toEqual(
        Object.keys(channel.messages).map((name) => ({ $ref: `#/channels/${id}/messages/${name}` })),
      );
    }
  });

  it('should state the segment rules as a pattern that agrees with isValidSegment', () => {
    const candidates = ['web-01', 'host-3f2a:web-01', 'café', '\ufeff', '\u200b', 'T1110', '😀', ''];
    const refused = ['a.b', '*', '>', 'a b', '\u00a0', '\u0085', '\u001c', '\u3000', '\ud800', 'x\udc00'];
    const rule = doc.components.parameters['decky_id']?.['x-decnet-segment-pattern'] ?? '';
    for (const value of [...candidates, ...refused]) {
      expect(new RegExp(rule, 'u').test(value), JSON.stringify(value)).toBe(root.isValidSegment(value));
    }
    const dotted = doc.components.parameters['primitive']?.['x-decnet-segment-pattern'] ?? '';
    expect(new RegExp(dotted, 'u').test('motor.input_modality')).toBe(true);
    expect(new RegExp(dotted, 'u').test('motor..x')).toBe(false);
    expect(doc.components.parameters['state']?.enum).toEqual(['enqueued', 'applying', 'applied', 'failed']);
  });

  it('should give each channel the pattern that receives all of its topics', () => {
    for (const [index, row] of catalogue.TOPIC_CATALOGUE.entries()) {
      const pattern = Object.values(doc.channels)[index]?.['x-decnet-subscribe-pattern'] ?? '';
      for (const value of ['x', 'web-01']) expect(root.matches(pattern, sample(row, value)), pattern).toBe(true);
    }
  });

  it('should list for each wildcard subscription the templates a topic of which it matches', () => {
    const { subscriptions } = doc['x-decnet-wildcards'];
    expect(subscriptions.length).toBeGreaterThan(0);
    for (const subscription of subscriptions) {
      const patterns = subscription.patterns ?? [subscription.pattern ?? ''];
      // Each parameter filled with `x` or with a literal token of the patterns (`system.bus.health` reaches
      // `system.{worker}.health` with `bus`).
      const values = ['x', ...patterns.flatMap((pattern) => pattern.split('.')).filter(root.isValidSegment)];
      const reached = catalogue.TOPIC_CATALOGUE.filter((row) =>
        patterns.some((pattern) => values.some((value) => root.matches(pattern, sample(row, value)))),
      );
      expect(subscription.templates, patterns.join(' ')).toEqual(reached.map((row) => row.template));
      expect(subscription.channels.map((id) => doc.channels[id]?.address)).toEqual(subscription.templates);
    }
  });

  it('should list system.bus.health and system.{worker}.health under system.*.health', () => {
    const entry = doc['x-decnet-wildcards'].subscriptions.find((s) => s.pattern === 'system.*.health');
    expect(entry?.templates).toEqual(['system.bus.health', 'system.{worker}.health']);
    expect(root.matches('system.*.health', 'system.bus.health')).toBe(true);
  });
});
