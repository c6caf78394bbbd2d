// One template's page: what it is, who publishes it, how to build and subscribe to it, its payload fields per
// envelope `type`, its quirks, and an example event in each wire form.
import { posix } from 'node:path';
import { GENERATED } from './index-pages.mjs';
import { builderCall, code, docLink, familyFile, frontMatter, jsonBlock, table, typesLine } from './markdown.mjs';

/**
 * The page of one template.
 *
 * @param {object} model - the reference model.
 * @param {object} entry - the template's entry in the model.
 * @param {string} jsonSchemaHref - the relative link from this page to its JSON Schema file.
 * @returns {string} the Markdown.
 */
export function templatePage(model, entry, jsonSchemaHref) {
  const receivedBy = model.subscriptions.filter((sub) => sub.templates.includes(entry.template));
  const facts = [
    ['Family', `[${code(`${entry.family}.*`)}](../${familyFile(entry.family)})`],
    ['Parameters', parameters(entry)],
    ['Builder call', docLink(model, entry.builder, code(builderCall(entry)))],
    ['Envelope `type`', typesLine(entry)],
    [
      'Published by',
      entry.publishers.length === 0 ? 'no publisher in DECNET' : entry.publishers.map(publisher).join('<br>'),
    ],
    [
      'Received by',
      receivedBy
        .map((sub) => (sub.preset === null ? code(sub.pattern) : `${code(sub.preset)} (simple mode)`))
        .join(', '),
    ],
    ['Event schema', docLink(model, entry.eventSchema)],
    ['JSON Schema', `[${code(posix.basename(entry.jsonSchemaFile))}](${jsonSchemaHref})`],
  ];
  return [
    frontMatter(entry.template),
    `# ${entry.template}`,
    '',
    entry.description,
    '',
    table(['Property', 'Value'], facts),
    '',
    ...quirks(entry),
    ...payloadSections(model, entry),
    '## Example',
    '',
    'The same event in each wire form (from the schema fixtures, which the tests parse):',
    '',
    ...['bus', 'webhook', 'sse'].flatMap((form) => [`${code(form)}:`, '', jsonBlock(entry.examples[form]), '']),
    GENERATED,
    '',
  ].join('\n');
}

/** A publisher: its source location in code, then any note (`decnet/canary/planter.py::revoke (by the planter)`). */
function publisher(text) {
  const at = text.indexOf(' (');
  return at === -1 ? code(text) : `${code(text.slice(0, at))}${text.slice(at)}`;
}

/** The parameters, with the dotted tail said. */
function parameters(entry) {
  if (entry.params.length === 0) return 'none';
  const tail = entry.dottedTail ? ' (the last may span several tokens)' : '';
  return `${entry.params.map(code).join(', ')}${tail}`;
}

/** The quirks that apply: type-selected payloads, two-shape payloads, JSON-encoded fields, no publisher. */
function quirks(entry) {
  const notes = [];
  const typed = entry.rows.filter((row) => row.types !== null);
  if (entry.rows.length > 1) {
    notes.push(`**The envelope \`type\` selects the payload's shape**: one table per \`type\` below.`);
  }
  if (entry.rows.some((row) => row.types === null) && typed.length > 0) {
    notes.push('**Any other `type`** carries the payload listed for "any other `type`".');
  } else if (typed.length === 0) notes.push('**Any `type`** is accepted.');
  for (const { payload } of entry.rows.filter((row) => row.payload.shapes !== null)) {
    const names = payload.shapes.map((shape) => code(shape.name)).join(' or ');
    notes.push(`**Two shapes**: the payload is ${names}, both listed below. ${payload.description}`);
  }
  // Each JSON-encoded field, with the `type` it comes with where the payload depends on it.
  const encoded = entry.rows.flatMap((row) =>
    row.payload.fields
      .filter((field) => field.jsonEncoded)
      .map((field) => (entry.rows.length === 1 ? code(field.name) : `${code(field.name)} (${rowTitle(row)})`)),
  );
  if (encoded.length > 0) {
    notes.push(
      `**JSON-encoded fields**: ${[...new Set(encoded)].join(', ')} may arrive as the value or as its ` +
        'JSON-encoded text (DECNET dumps TEXT columns as they are); the schema accepts both and gives the decoded ' +
        'value.',
    );
  }
  if (entry.publishers.length === 0) notes.push('**No publisher** in DECNET yet: the schema accepts any object.');
  return notes.length === 0 ? [] : ['## Quirks', '', ...notes.map((note) => `- ${note}`), ''];
}

/** The payload: one section, or one per row where the `type` selects it. */
function payloadSections(model, entry) {
  if (entry.rows.length === 1) return ['## Payload', '', ...rowBody(model, entry.rows[0], false)];
  return [
    '## Payload by type',
    '',
    ...entry.rows.flatMap((row) => [`### ${rowTitle(row)}`, '', ...rowBody(model, row, true)]),
  ];
}

/** A row's heading: its types, or the catch-all. */
function rowTitle(row) {
  // Plain text: typedoc makes each heading's anchor from its text, and drops what is in code.
  return row.types === null ? 'Any other type' : `type: ${row.types.map((type) => type || '""').join(', ')}`;
}

/** A row's interface, schema, fields, and (where there are several rows) its own example. */
function rowBody(model, row, withExample) {
  const { payload } = row;
  const lines = [
    `${docLink(model, payload.name)} (schema ${docLink(model, payload.schema)}): ${payload.description}`,
    '',
  ];
  const shapes = payload.shapes ?? [{ name: null, fields: payload.fields }];
  for (const shape of shapes) {
    if (shape.name !== null) lines.push(`#### ${shape.name}`, '', shape.description, '');
    lines.push(fieldTable(model, shape.fields), '');
  }
  if (withExample) {
    lines.push(
      '<details><summary>Example event (bus form)</summary>',
      '',
      jsonBlock(row.examples.bus),
      '',
      '</details>',
      '',
    );
  }
  return lines;
}

/** The fields of one shape. */
function fieldTable(model, fields) {
  if (fields.length === 0) return 'No field is fixed: any JSON object.';
  const rows = fields.map((field) => [
    code(field.name),
    typeCell(model, field),
    presence(field),
    field.enum === null ? '' : field.enum.map(code).join(', '),
    field.description === '' ? '—' : field.description,
  ]);
  return table(['Field', 'Type', 'Presence', 'Values', 'Description'], rows);
}

/** The type as written, linked to the public type it names (each, where it names several), and the JSON quirk. */
function typeCell(model, field) {
  const named = [...new Set(field.type.match(/\b[A-Z]\w*/gu) ?? [])].filter((name) => name in model.docRefs);
  const type =
    named.length === 1
      ? docLink(model, named[0], code(field.type))
      : `${code(field.type)}${named.length === 0 ? '' : ` (${named.map((name) => docLink(model, name, name)).join(', ')})`}`;
  return `${type}${field.jsonEncoded ? ', or its JSON-encoded text' : ''}`;
}

/** Required or optional, and nullable. */
function presence(field) {
  if (field.type === 'undefined') return 'absent';
  return `${field.required ? 'required' : 'optional'}${field.nullable ? ', nullable' : ''}`;
}
