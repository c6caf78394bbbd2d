/**
 * The conformance vectors the package ships for other implementations
 * (conformance/, its README says how to run them): each file has the shape its
 * JSON Schema states, the generated ones are current, and every vector passes
 * against this library. The unit tests read the same files (test/support/
 * conformance.ts); this file runs all of them in one place, as an
 * implementation in another language would.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { PatternIndex, TopicPatternError, compilePattern, isValidPattern, matches, topics } from '../../src/index';
import { safeParseEvent } from '../../src/schemas';
import { createWebhookDelivery, verifyWebhookSignature } from '../../src/webhooks';
import { checkBuilderVector } from '../support/builder-vectors';
import {
  CONFORMANCE_DIR,
  CONFORMANCE_NAMES,
  builderVectors,
  readConformance,
  type EventsFile,
} from '../support/conformance';

const ROOT = resolve(import.meta.dirname, '..', '..');
const README = readFileSync(join(CONFORMANCE_DIR, 'README.md'), 'utf8');

const readJson = (file: string): Record<string, unknown> =>
  JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;

describe('the conformance files', () => {
  const ajv = new Ajv2020({ strict: true, strictRequired: false, allowUnionTypes: true, allErrors: true });
  const SCHEMAS = readdirSync(join(CONFORMANCE_DIR, 'schemas')).sort();

  it('should be the files the README describes, a schema for each shape, and nothing else', () => {
    const files = readdirSync(CONFORMANCE_DIR).sort();
    expect(files).toEqual([...CONFORMANCE_NAMES.map((name) => `${name}.json`), 'README.md', 'schemas'].sort());
    for (const file of [...CONFORMANCE_NAMES.map((name) => `${name}.json`), ...SCHEMAS.map((s) => `schemas/${s}`)]) {
      expect(README, file).toContain(`\`${file}\``);
    }
  });

  it.each(CONFORMANCE_NAMES)('should have the README describe %s.json', (name) => {
    expect(README.split('\n').some((line) => line.startsWith(`| \`${name}.json\``))).toBe(true);
  });

  it('should have the README name every group of builders.json and every quirk of matching.json', () => {
    const groups = readConformance('builders').groups.map(({ name }) => name);
    const quirks = readConformance('matching').groups.map(({ quirk }) => quirk);
    for (const name of [...groups, ...quirks]) expect(README, name).toContain(`| \`${name}\``);
  });

  it.each(SCHEMAS)('should have schemas/%s, a draft 2020-12 schema that compiles in strict mode', (file) => {
    const schema = readJson(join(CONFORMANCE_DIR, 'schemas', file));
    expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(() => ajv.compile(schema)).not.toThrow();
  });

  it.each(CONFORMANCE_NAMES)('should have %s.json point to its schema and validate against it', (name) => {
    const data = readJson(join(CONFORMANCE_DIR, `${name}.json`));
    const pointer = String(data['$schema']);
    expect(pointer).toMatch(/^\.\/schemas\/[a-z-]+\.schema\.json$/u);
    const validate = ajv.compile(readJson(resolve(CONFORMANCE_DIR, pointer)));
    expect(validate(data), JSON.stringify(validate.errors?.slice(0, 5), null, 1)).toBe(true);
  });

  it('should have every non-ASCII character written as a \\u escape, so none hides', () => {
    for (const name of CONFORMANCE_NAMES) {
      expect(readFileSync(join(CONFORMANCE_DIR, `${name}.json`), 'utf8'), name).toMatch(/^[\x20-\x7e\n]*$/u);
    }
  });

  it('should be what scripts/build-conformance.mjs writes from the test data (run it without --check to update)', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build-conformance.mjs', '--check'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  }, 60_000);
});

describe('builders.json', () => {
  const { builders } = readConformance('builders');
  const vectors = builderVectors();
  const members: Readonly<Record<string, unknown>> = topics;

  it('should list every builder of the library, each with its parameters', () => {
    const functions = Object.keys(members).filter((name) => typeof members[name] === 'function');
    expect(builders.map(({ name }) => name).sort()).toEqual(functions.sort());
    for (const { name, params, checkOrder } of builders) {
      expect((members[name] as (...args: never[]) => unknown).length, name).toBe(params.length);
      expect([...checkOrder].sort(), name).toEqual([...params].sort());
    }
  });

  it('should have, for every builder, topics it builds and arguments it refuses', () => {
    for (const { name } of builders) {
      const own = vectors.filter((vector) => vector.builder === name);
      expect(
        own.some((vector) => 'topic' in vector),
        name,
      ).toBe(true);
      expect(
        own.some((vector) => 'error' in vector),
        name,
      ).toBe(true);
    }
  });

  it('should hold each (builder, args) call once', () => {
    const calls = new Set(vectors.map(({ builder, args }) => JSON.stringify([builder, args])));
    expect(calls.size).toBe(vectors.length);
  });

  it(`should have all ${vectors.length} vectors pass`, () => {
    for (const vector of vectors) checkBuilderVector(vector);
  });
});

describe('matching.json', () => {
  const cases = readConformance('matching').groups.flatMap(({ quirk, cases: rows }) =>
    rows.map((row) => ({ ...row, quirk })),
  );
  const title = '$pattern vs $topic should be $matches ($quirk)';

  it('should hold each (pattern, topic) pair once, and name what nats-server answers only where it differs', () => {
    expect(new Set(cases.map(({ pattern, topic }) => JSON.stringify([pattern, topic]))).size).toBe(cases.length);
    for (const { natsServer, matches: bus } of cases) if (natsServer !== undefined) expect(natsServer).toBe(!bus);
  });

  it.each(cases)('matches: ' + title, ({ pattern, topic, matches: expected, validPattern }) => {
    expect(matches(pattern, topic)).toBe(expected);
    expect(isValidPattern(pattern)).toBe(validPattern);
  });

  it.each(cases.filter(({ validPattern }) => validPattern))(
    'compilePattern and PatternIndex: ' + title,
    ({ pattern, topic, matches: expected }) => {
      expect(compilePattern(pattern)(topic)).toBe(expected);
      const index = new PatternIndex<number>();
      index.add(pattern, 1);
      expect(index.match(topic)).toEqual(expected ? [1] : []);
    },
  );

  it.each(cases.filter(({ validPattern }) => !validPattern))(
    'compilePattern and PatternIndex should refuse $pattern, which breaks the strict rules',
    ({ pattern }) => {
      expect(() => compilePattern(pattern)).toThrow(TopicPatternError);
      expect(() => new PatternIndex<number>().add(pattern, 1)).toThrow(TopicPatternError);
    },
  );
});

const EVENT_FILES = (['events-bus', 'events-webhook', 'events-sse'] as const).map((name) => ({
  name,
  file: readConformance(name),
}));

describe.each(EVENT_FILES)('$name.json', ({ name, file }: { name: string; file: EventsFile }) => {
  it(`should be the ${name.slice('events-'.length)} form, with valid and invalid events, each named once per template`, () => {
    expect(`events-${file.form}`).toBe(name);
    expect(file.vectors.some(({ expect: outcome }) => outcome.valid)).toBe(true);
    expect(file.vectors.some(({ expect: outcome }) => !outcome.valid)).toBe(true);
    const names = new Set(file.vectors.map(({ template, name: fixture }) => `${template} ${fixture}`));
    expect(names.size).toBe(file.vectors.length);
  });

  it.each(file.vectors)('$template: $name', ({ event, expect: outcome }) => {
    const result = safeParseEvent(structuredClone(event), { strict: true, form: file.form });
    expect(result.success).toBe(outcome.valid);
    if (result.success && outcome.valid) expect(result.data.template).toBe(outcome.template);
    if (!result.success && !outcome.valid) {
      const paths = result.error.issues.map((issue) => issue.path);
      for (const path of outcome.paths) expect(paths).toContainEqual(path);
    }
  });
});

describe('webhook-signatures.json', () => {
  const { signatures, deliveries } = readConformance('webhook-signatures');
  const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

  it('should have signatures that are valid and some that are not, each named once', () => {
    expect(signatures.some(({ valid }) => valid) && signatures.some(({ valid }) => !valid)).toBe(true);
    expect(new Set(signatures.map(({ name }) => name)).size).toBe(signatures.length);
    expect(new Set(deliveries.map(({ name }) => name)).size).toBe(deliveries.length);
  });

  it.each(signatures)('verifyWebhookSignature should give $valid for $name', async (vector) => {
    const body =
      vector.body === undefined ? Uint8Array.from(Buffer.from(vector.bodyBase64 ?? '', 'base64')) : bytes(vector.body);
    expect(await verifyWebhookSignature(body, vector.signature, vector.secret)).toBe(vector.valid);
  });

  it.each(deliveries)('createWebhookDelivery should send what DECNET sends for $name', async (vector) => {
    const delivery = createWebhookDelivery(vector.event, vector.secret, { now: vector.sentAt * 1000 });
    if ('refused' in vector.expect) {
      await expect(delivery).rejects.toThrow(RangeError);
      return;
    }
    const { body, headers } = await delivery;
    expect(body).toEqual(bytes(vector.expect.body));
    expect(headers).toEqual(vector.expect.headers);
    expect(await verifyWebhookSignature(body, headers['X-DECNET-Signature'], vector.secret)).toBe(true);
  });
});
