/**
 * The topic reference `npm run docs` generates (scripts/build-reference.mjs over scripts/reference/model.mjs),
 * generated here from a private build: a page per template that lists every payload field of its JSON Schema,
 * examples that parse in their wire form, publishers for every template, and subscriptions that agree with the bus
 * matcher.
 */
import { execFileSync, type ExecFileSyncOptions } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TOPIC_CATALOGUE } from '../../src/catalogue';
import { matches, topics } from '../../src/index';
import { eventJsonSchema, parseEvent, WIRE_FORMS, type WireForm } from '../../src/schemas';
import { SIMPLE_EVENTS } from '../../src/webhooks';

type Examples = Record<WireForm, Record<string, unknown>>;
interface Field {
  name: string;
  type: string;
  required: boolean;
  nullable: boolean;
  enum: string[] | null;
  description: string;
  jsonEncoded: boolean;
}
interface Template {
  template: string;
  family: string;
  builder: string;
  args: string[];
  dottedTail: boolean;
  publishers: string[];
  rows: { types: string[] | null; payload: { name: string; schema: string; fields: Field[] }; examples: Examples }[];
  eventSchema: string;
  jsonSchemaFile: string;
  examples: Examples;
}
interface ReferenceModel {
  families: { family: string; templates: string[] }[];
  templates: Template[];
  subscriptions: { pattern: string; templates: string[]; preset: string | null; patterns: string[] }[];
}
interface ModelScript {
  buildReferenceModel: (root: string, options: { esm: string }) => Promise<ReferenceModel>;
}

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TEMPLATES = TOPIC_CATALOGUE.map((row) => row.template);

/** Where a template's page is, relative to the reference's folder. */
const pageOf = (entry: { family: string; template: string }): string =>
  `${entry.family}/${entry.template.replace(/[{}]/gu, '')}.md`;

/** The payload property names of an event's JSON Schema, over every branch of the event and of the payload. */
function payloadProperties(template: (typeof TEMPLATES)[number]): string[] {
  const branches = (schema: Record<string, unknown>): Record<string, unknown>[] =>
    (schema['oneOf'] ?? schema['anyOf'] ?? [schema]) as Record<string, unknown>[];
  const names = branches(eventJsonSchema(template)).flatMap((event) => {
    const payload = (event['properties'] as Record<string, Record<string, unknown>>)['payload'] ?? {};
    return branches(payload).flatMap((shape) => Object.keys(shape['properties'] ?? {}));
  });
  return [...new Set(names)];
}

/** The builders, called by the name the catalogue gives. */
const builders = topics as unknown as Record<string, (...args: string[]) => string>;

/** Topics of a template, made by its builder call: each parameter one segment, a dotted tail also two. */
function sampleTopics(row: (typeof TOPIC_CATALOGUE)[number]): string[] {
  const call = (tail: string): string =>
    (builders[row.builder] as (...args: string[]) => string)(
      ...row.args.map((arg, index) => (!arg.startsWith('{') ? arg : index === row.args.length - 1 ? tail : 'x1')),
    );
  return row.dottedTail ? [call('x1'), call('motor.input_modality')] : [call('x1')];
}

let build: string;
let model: ReferenceModel;
let pages: string;

// A private ES build, fresh from src/: the test neither needs dist/ nor races a script that rebuilds it.
beforeAll(async () => {
  mkdirSync(join(ROOT, 'temp'), { recursive: true });
  build = mkdtempSync(join(ROOT, 'temp', 'reference-test-'));
  const esm = join(build, 'esm');
  pages = join(build, 'pages');
  const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  const quiet: ExecFileSyncOptions = { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] };
  execFileSync(process.execPath, [tsc, '-p', join(ROOT, 'tsconfig.build.json'), '--outDir', esm], quiet);
  execFileSync(process.execPath, [join(ROOT, 'scripts', 'build-reference.mjs'), pages, '--esm', esm], quiet);
  const script = (await import(pathToFileURL(join(ROOT, 'scripts', 'reference', 'model.mjs')).href)) as ModelScript;
  model = await script.buildReferenceModel(ROOT, { esm });
}, 120_000);

afterAll(() => {
  rmSync(build, { recursive: true, force: true });
});

describe('the topic reference', () => {
  it('should have every template of the catalogue, in its order, each in its family', () => {
    expect(model.templates.map((entry) => entry.template)).toEqual(TEMPLATES);
    expect(model.families.flatMap((family) => family.templates)).toEqual(TEMPLATES);
    for (const entry of model.templates) {
      expect(entry.jsonSchemaFile).toBe(`json-schema/${entry.template}.json`);
      expect(entry.eventSchema, entry.template).toMatch(/EventSchema$/u);
    }
  });

  it.each(TEMPLATES)('should list on the page of %s every payload field of its JSON Schema', (template) => {
    const entry = model.templates.find((candidate) => candidate.template === template) as Template;
    const page = readFileSync(join(pages, pageOf(entry)), 'utf8');
    for (const name of payloadProperties(template)) expect(page, name).toContain(`\n| \`${name}\` | `);
    const fields = entry.rows.flatMap((row) => row.payload.fields.map((field) => field.name));
    expect(new Set(fields)).toEqual(new Set(payloadProperties(template)));
    expect(page, 'the builder call').toContain(`\`${entry.builder}(`);
  });

  it('should link every template from the index and from its family page', () => {
    const index = readFileSync(join(pages, 'index.md'), 'utf8');
    for (const entry of model.templates) {
      expect(index).toContain(`](./${pageOf(entry)})`);
      expect(existsSync(join(pages, `${entry.family}.md`))).toBe(true);
      expect(readFileSync(join(pages, `${entry.family}.md`), 'utf8')).toContain(`](./${pageOf(entry)})`);
    }
  });

  it('should give examples that parse as their template, in the wire form they are in', () => {
    for (const entry of model.templates) {
      expect(entry.examples).toEqual(entry.rows[0]?.examples);
      for (const row of entry.rows) {
        if (row.types !== null) expect(row.types).toContain(row.examples.bus['type']);
        for (const form of WIRE_FORMS) {
          const event = parseEvent(structuredClone(row.examples[form]), { strict: true });
          expect([event.form, event.template], `${entry.template} ${form}`).toEqual([form, entry.template]);
          expect(parseEvent(structuredClone(row.examples[form]), { strict: true, form }).form).toBe(form);
        }
      }
    }
  });

  it('should name the publishers of every catalogue template, none only where DECNET has none', () => {
    const file = join(ROOT, 'scripts', 'reference', 'publishers.json');
    const { publishers } = JSON.parse(readFileSync(file, 'utf8')) as { publishers: Record<string, string[]> };
    expect(Object.keys(publishers).sort()).toEqual([...TEMPLATES].sort());
    for (const entry of model.templates) {
      expect(entry.publishers).toEqual(publishers[entry.template]);
      for (const publisher of entry.publishers) expect(publisher).toMatch(/\S/u);
    }
    // CONTRACT 3.4: reserved topics, and the bare `ttp.rule.fired` (the worker publishes the per-technique topic).
    expect(model.templates.filter((entry) => entry.publishers.length === 0).map((entry) => entry.template)).toEqual([
      'decky.{decky_id}.mutate_request',
      'attacker.session.started',
      'ttp.rule.fired',
      'ttp.rule.suppressed',
    ]);
  });

  it('should list for each subscription the templates whose topics the bus matcher delivers to it', () => {
    const plain = ['>', 'attacker.>', 'decky.*.state', 'decky.*.traffic', 'system.*.health', 'system.>'];
    expect(model.subscriptions.map((sub) => sub.preset ?? sub.pattern)).toEqual([
      ...plain,
      ...Object.keys(SIMPLE_EVENTS),
    ]);
    for (const sub of model.subscriptions) {
      const expected = TOPIC_CATALOGUE.filter((row) =>
        sub.patterns.some((pattern) => sampleTopics(row).some((topic) => matches(pattern, topic))),
      ).map((row) => row.template);
      expect(sub.templates, sub.pattern).toEqual(expected);
      if (sub.preset !== null) expect(sub.patterns).toEqual(SIMPLE_EVENTS[sub.preset as keyof typeof SIMPLE_EVENTS]);
    }
  });
});
