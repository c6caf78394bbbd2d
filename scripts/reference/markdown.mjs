// Markdown helpers shared by the reference's pages: where each page lives, table cells, links that typedoc
// resolves (`{@link}` to a declaration, relative links between the documents), and the lines a template's entry
// shows in a list.

/** The page of a family, relative to the reference's folder. */
export const familyFile = (family) => `${family}.md`;

/** The page of a template, relative to the reference's folder: `decky/decky.decky_id.state.md`. */
export const templateFile = (entry) => `${entry.family}/${entry.template.replace(/[{}]/gu, '')}.md`;

/** A double-quoted YAML string; typedoc reads front matter only up to the first `{`, so braces are escaped. */
const yamlString = (text) => JSON.stringify(text).replace(/[{}]/gu, (brace) => (brace === '{' ? '\\x7B' : '\\x7D'));

/** The YAML front matter typedoc reads: a page's title and, for the index and the families, its children. */
export function frontMatter(title, children = []) {
  const lines = ['---', `title: ${yamlString(title)}`];
  if (children.length > 0) lines.push('children:', ...children.map((child) => `  - ${yamlString(child)}`));
  return [...lines, '---', ''].join('\n');
}

/** Inline code, whatever the text holds. */
export function code(text) {
  const fence = text.includes('`') ? '``' : '`';
  return text === '' ? '`""`' : `${fence}${text}${fence}`;
}

/** A table row; `|` and line breaks in a cell would end the cell or the row. */
export function tableRow(cells) {
  return `| ${cells
    .map((cell) =>
      String(cell)
        .replace(/\|/gu, '\\|')
        .replace(/\s*\n\s*/gu, ' '),
    )
    .join(' | ')} |`;
}

/** A whole table. */
export function table(header, rows) {
  return [tableRow(header), tableRow(header.map(() => '---')), ...rows.map(tableRow)].join('\n');
}

/** A `{@link}` typedoc resolves, with its text after a space (a `|` would end a table cell). */
export function docLink(model, name, text = code(name)) {
  const reference = model.docRefs[name];
  if (reference === undefined) throw new Error(`${name}: not a public name of any entry point`);
  return `{@link ${reference} ${text}}`;
}

/** The call that makes a template: parameters as names, literal segments quoted. */
export function builderCall(entry) {
  const args = entry.args.map((arg) => (/^\{\w+\}$/u.test(arg) ? arg.slice(1, -1) : `'${arg}'`));
  return `${entry.builder}(${args.join(', ')})`;
}

/** The envelope `type` values a template is published with, as one line. */
export function typesLine(entry) {
  const named = entry.rows.flatMap((row) => row.types ?? []).map(code);
  if (!entry.rows.some((row) => row.types === null)) return named.join(', ');
  return named.length === 0 ? 'any' : `${named.join(', ')}, or any other`;
}

/** A fenced JSON block. */
export function jsonBlock(value) {
  return ['```json', JSON.stringify(value, null, 2), '```'].join('\n');
}

/** The one-line-per-template table of a family, with links relative to `from` (`''` or `'../'`). */
export function templateTable(model, templates, from) {
  const rows = templates.map((entry) => [
    `[${code(entry.template)}](${from}${templateFile(entry)})`,
    docLink(model, entry.builder, code(builderCall(entry))),
    typesLine(entry),
    entry.description,
  ]);
  return table(['Template', 'Builder call', 'Envelope `type`', 'What it carries'], rows);
}
