#!/usr/bin/env node
// Writes asyncapi.json and asyncapi.yaml: an AsyncAPI 3.0 document of the DECNET bus, generated from the reference
// model (scripts/reference/model.mjs: catalogue, payload rows, field docs, publishers, examples, subscriptions) and
// the JSON Schemas of the ES build: one channel per template, one message per payload row, a receive operation per
// channel and a send operation per channel DECNET publishes on. Run after `npm run build:esm`.
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  BUS_SERVER,
  INFO_DESCRIPTION,
  NATS_SERVER,
  PARAMETERS,
  SEGMENT_RULES,
  WILDCARDS,
} from './asyncapi/descriptions.mjs';
import { buildReferenceModel } from './reference/model.mjs';

/** The template with each `{param}` replaced by `*`, a dotted tail by `>`. */
function subscribePattern(entry) {
  const tail = entry.dottedTail ? entry.params.at(-1) : null;
  return entry.template.replace(/\{(\w+)\}/gu, (_, name) => (name === tail ? '>' : '*'));
}

/** The segment rules as one character class, from the whitespace table the builders use. */
function segmentPattern(whitespace) {
  const hex = (code) => `\\u${code.toString(16).padStart(4, '0')}`;
  return `[^.*>${whitespace.map(hex).join('')}${hex(0xd800)}-${hex(0xdfff)}]+`;
}

/** One parameter object per placeholder name, sorted by name, for `components.parameters`. */
function parameters(templates, root) {
  const segment = segmentPattern(root.SEGMENT_WHITESPACE);
  const states = [root.MUTATION_ENQUEUED, root.MUTATION_APPLYING, root.MUTATION_APPLIED, root.MUTATION_FAILED];
  const result = {};
  for (const entry of templates) {
    for (const name of entry.params) {
      const known = PARAMETERS[name];
      if (known === undefined) throw new Error(`build-asyncapi: no description for the parameter {${name}}`);
      const dotted = entry.dottedTail && name === entry.params.at(-1);
      result[name] = {
        description: `${known.description} ${dotted ? 'One or more segments joined by `.`. ' : ''}${SEGMENT_RULES}`,
        ...(name === 'state' ? { enum: states } : {}),
        examples: known.examples,
        'x-decnet-segment-pattern': dotted ? `^${segment}(\\.${segment})*$` : `^${segment}$`,
        'x-decnet-dotted-tail': dotted,
      };
    }
  }
  return Object.fromEntries(Object.entries(result).sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** The envelope types a branch of an event schema accepts; `null` for "any type no other branch claims". */
function branchTypes(branch) {
  const type = branch.properties.type;
  if (typeof type.const === 'string') return [type.const];
  return Array.isArray(type.enum) ? [...type.enum] : null;
}

/** Writes the model's field descriptions into a payload schema (every branch of it), beside what it says. */
function describeFields(schema, fields) {
  for (const branch of [schema, ...(schema.oneOf ?? []), ...(schema.anyOf ?? [])]) {
    for (const field of fields) {
      const property = branch.properties?.[field.name];
      if (property === undefined || field.description === '') continue;
      const said = property.description;
      if (said?.includes(field.description)) continue;
      property.description = said === undefined ? field.description : `${field.description} (${said})`;
    }
  }
}

function without(object, keys) {
  return Object.fromEntries(Object.entries(object).filter(([key]) => !keys.includes(key)));
}

/** One message per payload row: the branch of the event's JSON Schema for the row's types. */
function messages(entry, schemas) {
  const event = schemas.eventJsonSchema(entry.template);
  const branches = event.oneOf ?? event.anyOf ?? [event];
  const key = (types) => JSON.stringify(types === null ? null : [...types].sort());
  return entry.rows.map((row) => {
    const branch = branches.length === 1 ? branches[0] : branches.find((b) => key(branchTypes(b)) === key(row.types));
    if (branch === undefined) throw new Error(`build-asyncapi: ${entry.template} has no schema for ${key(row.types)}`);
    // AsyncAPI's own dialect applies; title and description are the message's.
    const payload = without(structuredClone(branch), ['$schema', '$id', 'title', 'description']);
    describeFields(payload.properties.payload, row.payload.fields);
    const name = row.payload.schema.replace(/PayloadSchema$/u, '');
    const types = row.types === null || row.types.length === 1 ? '' : ` (${row.types.join(', ')})`;
    return [
      name,
      {
        name,
        title: `${entry.template}${types}`,
        summary: entry.description,
        ...(row.payload.description === '' ? {} : { description: row.payload.description }),
        payload,
        examples: [{ name: 'bus', summary: 'A bus event: an `EVT` body, a NATS message.', payload: row.examples.bus }],
        'x-decnet-types': row.types,
      },
    ];
  });
}

function channel(entry, messageMap) {
  const { template, params } = entry;
  return {
    address: template,
    title: entry.eventSchema.replace(/EventSchema$/u, ''),
    summary: entry.description,
    ...(params.length === 0
      ? {}
      : { parameters: Object.fromEntries(params.map((name) => [name, { $ref: `#/components/parameters/${name}` }])) }),
    messages: messageMap,
    'x-decnet-family': entry.family,
    'x-decnet-subscribe-pattern': subscribePattern(entry),
    'x-decnet-publishers': entry.publishers,
    'x-decnet-json-schema': entry.jsonSchemaFile,
  };
}

/** `receive<Id>` for every channel; `send<Id>` where DECNET has a publisher. */
function operations(id, entry, messageMap) {
  const common = (action) => ({
    action,
    channel: { $ref: `#/channels/${id}` },
    title: `${action === 'send' ? 'Publish' : 'Receive'} ${entry.template}`,
  });
  const refs = Object.keys(messageMap).map((name) => ({ $ref: `#/channels/${id}/messages/${name}` }));
  const receive = {
    ...common('receive'),
    summary: `Subscribe to \`${subscribePattern(entry)}\`, or any pattern that matches its topics.`,
    messages: refs,
  };
  if (entry.publishers.length === 0) return { [`receive${id}`]: receive };
  const send = {
    ...common('send'),
    summary: 'Publish on a concrete topic of this template (a `PUB` frame).',
    description: `Published in DECNET by: ${entry.publishers.join('; ')}.`,
    messages: refs,
  };
  return { [`receive${id}`]: receive, [`send${id}`]: send };
}

/** The model's subscriptions (patterns and webhook presets) with the channels of the templates they receive. */
function subscriptions(model, ids) {
  return model.subscriptions.map(({ pattern, description, templates, preset, patterns }) => ({
    ...(preset === null ? { pattern } : { preset, patterns }),
    description,
    templates,
    channels: templates.map((template) => ids.get(template)),
  }));
}

/**
 * The AsyncAPI 3.0 document of the bus.
 *
 * @param {{ root: object, schemas: object, model: object }} context - the root and `/schemas` entries of a build,
 *   and the reference model built from the same build.
 * @returns {object} the document, as plain JSON.
 */
export function buildAsyncApi({ root, schemas, model }) {
  const ids = new Map();
  const channels = {};
  const ops = {};
  for (const entry of model.templates) {
    const id = entry.eventSchema.replace(/EventSchema$/u, '');
    const messageMap = Object.fromEntries(messages(entry, schemas));
    ids.set(entry.template, id);
    channels[id] = channel(entry, messageMap);
    Object.assign(ops, operations(id, entry, messageMap));
  }
  return {
    asyncapi: '3.0.0',
    id: 'urn:decnet:bus',
    info: {
      title: 'DECNET service bus',
      version: model.version,
      description: INFO_DESCRIPTION,
      license: { name: 'MIT', url: 'https://opensource.org/licenses/MIT' },
    },
    defaultContentType: 'application/json',
    servers: {
      decnetBus: {
        host: 'localhost',
        pathname: '/run/decnet/bus.sock',
        protocol: 'decnet-bus',
        title: 'DECNET bus (UNIX socket)',
        description: BUS_SERVER,
      },
      nats: { host: 'localhost:4222', protocol: 'nats', title: 'NATS', description: NATS_SERVER },
    },
    channels,
    operations: ops,
    components: { parameters: parameters(model.templates, root) },
    'x-decnet-wildcards': { description: WILDCARDS, subscriptions: subscriptions(model, ids) },
  };
}

/**
 * Builds the document from an ES build of the package.
 *
 * @param {string} root - the repository root.
 * @param {string} [esm] - the ES build (default `dist/esm`).
 * @returns {Promise<object>} the document.
 */
export async function generateAsyncApi(root, esm = join(root, 'dist', 'esm')) {
  const load = (file) => import(pathToFileURL(join(esm, file)).href);
  const model = await buildReferenceModel(root, { esm });
  return buildAsyncApi({ root: await load('index.js'), schemas: await load('schemas.js'), model });
}

/**
 * The document as YAML, written by the `yaml` dev dependency: no anchors, no folded lines.
 *
 * @param {object} document - the document.
 * @returns {Promise<string>} the YAML text.
 */
export async function asYaml(document) {
  const { stringify } = await import('yaml');
  return stringify(document, { aliasDuplicateObjects: false, lineWidth: 0 });
}

async function main() {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const document = await generateAsyncApi(root);
  writeFileSync(join(root, 'asyncapi.json'), `${JSON.stringify(document, null, 2)}\n`);
  writeFileSync(join(root, 'asyncapi.yaml'), await asYaml(document));
  const counts = ['channels', 'operations'].map((key) => `${Object.keys(document[key]).length} ${key}`);
  process.stdout.write(`asyncapi: wrote asyncapi.json and asyncapi.yaml (${counts.join(', ')})\n`);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) await main();
