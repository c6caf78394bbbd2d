#!/usr/bin/env node
// Type-checks every `@example` in the doc comments of src/, so that a renamed export or a changed type breaks CI
// instead of the documentation. Each fenced ```ts block after an `@example` tag becomes one file in
// temp/examples/: a prelude that imports every public name of the entries (from the sources, so no build is
// needed) and declares the few free names an example may use, then the example as written. One program checks
// them all with the project's strict settings (unused names allowed); each failure prints as
// `src/file.ts:LINE (ExportName): message`, and the exit code is 1.
//
// Also refused: an `@example` with no ```ts block (typedoc would render the whole tag, backticks and any
// following `@public`, as one code line), `@ts-ignore`, and `@ts-expect-error` without `: <why>`.
//
// Usage: node scripts/check-examples.mjs [--root <project>]   (the project's src/ and tsconfig.json)
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import ts from 'typescript';

/** The public entries, by the specifier a consumer imports them through; examples may import them that way. */
const ENTRIES = {
  '@decnet/bus-topics': 'src/index.ts',
  '@decnet/bus-topics/catalogue': 'src/catalogue.ts',
  '@decnet/bus-topics/schemas': 'src/schemas.ts',
  '@decnet/bus-topics/webhooks': 'src/webhooks.ts',
  '@decnet/bus-topics/bus': 'src/bus.ts',
  '@decnet/bus-topics/bridge': 'src/bridge.ts',
  '@decnet/bus-topics/nats': 'src/nats.ts',
};

/**
 * The names an example may use without defining them, typed as a consumer holds them. Keep this list short: an
 * example that needs anything else builds it, or declares it itself.
 */
const FREE_NAMES = {
  input: 'unknown', // a value from outside: a decoded bus frame, SSE line or webhook body, a form field
  line: 'string', // the text of one event, before `JSON.parse`
};

const TAG = /(?:^|\s)@example(?=\s|$)/;
const BLOCK_TAG = /^@\w+/;
const OPEN_FENCE = /^```(\S*)\s*$/;
const CLOSE_FENCE = /^```\s*$/;

/** A comment line without the comment's markup: the opening `/**`, the leading `*`, the closing `*\/`. */
function commentText(line, first, last) {
  let text = last ? line.replace(/\s*\*\/\s*$/, '') : line;
  text = first ? text.replace(/^\s*\/\*\*\s?/, '') : text.replace(/^\s*\*(?: |$)/, '');
  return text;
}

/**
 * The examples of one doc comment: every fenced block after an `@example` tag, with the source line of its first
 * code line; and a problem for each `@example` without a ```ts block.
 */
function examplesOfComment(comment, firstLine) {
  const lines = comment.split('\n');
  const examples = [];
  const problems = [];
  let state = 'prose'; // 'prose', 'tag' (after @example, before its first fence), 'code', 'after' (its fence closed)
  let tagLine = 0;
  let code = [];
  const unfenced = (line) => problems.push({ line, message: '@example without a ```ts block after it' });
  lines.forEach((raw, index) => {
    const line = firstLine + index;
    const text = commentText(raw, index === 0, index === lines.length - 1);
    const trimmed = text.trim();
    if (state === 'code') {
      if (CLOSE_FENCE.test(trimmed)) {
        examples.push({ line: line - code.length, code: code.join('\n') });
        state = 'after';
      } else code.push(text);
      return;
    }
    const fence = OPEN_FENCE.exec(trimmed);
    if (fence !== null && (state === 'tag' || state === 'after')) {
      if (fence[1] !== 'ts') problems.push({ line, message: `@example block is \`\`\`${fence[1]}, not \`\`\`ts` });
      state = 'code';
      code = [];
      return;
    }
    if (state === 'tag' && BLOCK_TAG.test(trimmed)) unfenced(tagLine);
    if (BLOCK_TAG.test(trimmed) || TAG.test(text)) state = 'prose';
    if (TAG.test(text)) {
      // Text after the tag on its line is the example's title; code or another tag there is the one-line form.
      const rest = text.slice(text.search(TAG)).replace(TAG, '');
      if (rest.includes('`') || /(?:^|\s)@\w/.test(rest)) unfenced(line);
      else [state, tagLine] = ['tag', line];
    }
  });
  if (state === 'tag') unfenced(tagLine);
  if (state === 'code') problems.push({ line: firstLine + lines.length - 1, message: '@example block never closed' });
  return { examples, problems };
}

/** The name a declaration has in the docs: `PatternIndex.add`, `DeckyStateEventSchema`. */
function declarationName(node) {
  const names = [];
  for (let at = node; !ts.isSourceFile(at); at = at.parent) {
    const name = ts.isVariableStatement(at) ? at.declarationList.declarations[0]?.name : at.name;
    const text = name !== undefined && (ts.isIdentifier(name) || ts.isStringLiteral(name)) ? name.text : undefined;
    if (text !== undefined && names[0] !== text) names.unshift(text);
  }
  return names.join('.') || '(no declaration)';
}

/** Every doc comment of a source file, each with the name of what it documents. */
function docComments(sourceFile) {
  const found = new Map();
  const visit = (node) => {
    for (const { pos, end } of ts.getLeadingCommentRanges(sourceFile.text, node.pos) ?? []) {
      const text = sourceFile.text.slice(pos, end);
      if (found.has(pos) || !text.startsWith('/**')) continue;
      found.set(pos, { pos, text, owner: text.includes('@packageDocumentation') ? '(module)' : declarationName(node) });
    }
    ts.forEachChild(node, visit);
  };
  ts.forEachChild(sourceFile, visit);
  return [...found.values()].sort((a, b) => a.pos - b.pos);
}

/** The examples and problems of one source file, each with its file, line and owner. */
export function examplesOfFile(file, text) {
  const sourceFile = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const examples = [];
  const problems = [];
  let tags = 0;
  for (const comment of docComments(sourceFile)) {
    tags += comment.text.split('\n').filter((line) => TAG.test(line)).length;
    const firstLine = sourceFile.getLineAndCharacterOfPosition(comment.pos).line + 1;
    const found = examplesOfComment(comment.text, firstLine);
    const where = { file, owner: comment.owner };
    examples.push(...found.examples.map((example) => ({ ...where, ...example })));
    problems.push(...found.problems.map((problem) => ({ ...where, ...problem })));
  }
  // A tag the parser attributes to no comment would go unchecked: say so rather than pass.
  const everywhere = text.split('\n').filter((line) => TAG.test(line) && /^\s*(?:\/\*\*|\*)/.test(line)).length;
  if (everywhere !== tags)
    problems.push({ file, line: 1, owner: '(file)', message: 'an @example outside doc comments' });
  for (const example of examples) {
    example.code.split('\n').forEach((line, index) => {
      const message = /@ts-(?:ignore|nocheck)/.test(line)
        ? 'use `// @ts-expect-error: <why>`, not @ts-ignore or @ts-nocheck'
        : /@ts-expect-error(?!: \S)/.test(line)
          ? '@ts-expect-error needs a reason: `// @ts-expect-error: <why>`'
          : undefined;
      if (message !== undefined) problems.push({ ...example, line: example.line + index, message });
    });
  }
  return { examples, problems };
}

/** The names an entry exports, values and types apart. Entries list their names; `export *` is refused. */
function exportsOf(file) {
  const sourceFile = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const names = { values: [], types: [] };
  for (const statement of sourceFile.statements) {
    if (!ts.isExportDeclaration(statement)) continue;
    const clause = statement.exportClause;
    if (clause === undefined) throw new Error(`${file}: \`export *\` hides the public names; list them`);
    if (ts.isNamespaceExport(clause)) names[statement.isTypeOnly ? 'types' : 'values'].push(clause.name.text);
    else {
      for (const element of clause.elements) {
        names[statement.isTypeOnly || element.isTypeOnly ? 'types' : 'values'].push(element.name.text);
      }
    }
  }
  return names;
}

/** The names an example declares or imports at its top level, which the prelude must leave to it. */
function ownNames(code) {
  const names = new Set();
  const bind = (name) => {
    if (ts.isIdentifier(name)) names.add(name.text);
    else for (const element of name.elements) if (!ts.isOmittedExpression(element)) bind(element.name);
  };
  for (const statement of ts.createSourceFile('example.ts', code, ts.ScriptTarget.Latest, true).statements) {
    if (ts.isVariableStatement(statement)) for (const { name } of statement.declarationList.declarations) bind(name);
    else if (ts.isImportDeclaration(statement)) {
      const clause = statement.importClause;
      if (clause?.name !== undefined) names.add(clause.name.text);
      const bindings = clause?.namedBindings;
      if (bindings !== undefined && ts.isNamespaceImport(bindings)) names.add(bindings.name.text);
      else for (const element of bindings?.elements ?? []) names.add(element.name.text);
    } else if (statement.name !== undefined && ts.isIdentifier(statement.name)) names.add(statement.name.text);
  }
  return names;
}

/** The file that checks one example: the prelude, less the names the example defines itself, then the example. */
function exampleFile(example, entries) {
  const own = ownNames(example.code);
  const lines = [`// ${example.file}:${example.line} (${example.owner})`];
  for (const { specifier, values, types } of entries) {
    const names = [...values.filter((n) => !own.has(n)), ...types.filter((n) => !own.has(n)).map((n) => `type ${n}`)];
    if (names.length > 0) lines.push(`import { ${names.join(', ')} } from '${specifier}';`);
  }
  for (const [name, type] of Object.entries(FREE_NAMES))
    if (!own.has(name)) lines.push(`declare const ${name}: ${type};`);
  return { text: `${lines.join('\n')}\n${example.code}\n`, preludeLines: lines.length };
}

/** One line of a diagnostic's message chain. */
function messageOf(diagnostic) {
  return `TS${diagnostic.code}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ')}`;
}

/** A diagnostic outside the examples (a tsconfig or source problem), located if it has a file. */
function located(diagnostic) {
  if (diagnostic.file === undefined || diagnostic.start === undefined) return messageOf(diagnostic);
  const { line } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
  return `${relative(process.cwd(), diagnostic.file.fileName)}:${line + 1}: ${messageOf(diagnostic)}`;
}

/**
 * Extracts the examples of `root/src`, writes one file each to `root/temp/examples` and type-checks them all in
 * one program.
 * @returns how many examples were checked, and one line per failure.
 */
export function checkExamples(root) {
  const failures = [];
  const examples = [];
  const src = join(root, 'src');
  for (const name of readdirSync(src, { recursive: true })
    .filter((n) => n.endsWith('.ts'))
    .sort()) {
    const file = relative(root, join(src, name)).split('\\').join('/');
    const found = examplesOfFile(file, readFileSync(join(src, name), 'utf8'));
    examples.push(...found.examples);
    for (const { line, owner, message } of found.problems) failures.push(`${file}:${line} (${owner}): ${message}`);
  }

  const out = join(root, 'temp', 'examples');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const seen = new Set();
  // A project with fewer entries (a test fixture) simply has fewer names in the prelude.
  const entries = Object.entries(ENTRIES)
    .filter(([, file]) => existsSync(join(root, file)))
    .map(([specifier, file]) => {
      const { values, types } = exportsOf(join(root, file));
      const fresh = (name) => !seen.has(name) && seen.add(name);
      return { specifier, values: values.filter(fresh), types: types.filter(fresh) };
    });
  const written = new Map();
  examples.forEach((example, index) => {
    const name = `${String(index + 1).padStart(3, '0')}-${example.file.slice(4, -3).replace(/\W/g, '_')}.ts`;
    const { text, preludeLines } = exampleFile(example, entries);
    writeFileSync(join(out, name), text);
    written.set(resolve(out, name), { ...example, preludeLines });
  });
  const toRoot = relative(out, root).split('\\').join('/');
  const tsconfig = {
    extends: `${toRoot}/tsconfig.json`,
    compilerOptions: {
      noEmit: true,
      // An example shows a call and its result; an unused binding there is the point, not a slip.
      noUnusedLocals: false,
      noUnusedParameters: false,
      types: ['node'],
      paths: Object.fromEntries(Object.entries(ENTRIES).map(([specifier, file]) => [specifier, [`${toRoot}/${file}`]])),
    },
    include: ['*.ts'],
  };
  writeFileSync(join(out, 'tsconfig.json'), `${JSON.stringify(tsconfig, null, 2)}\n`);

  const host = { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (d) => failures.push(located(d)) };
  const config = ts.getParsedCommandLineOfConfigFile(join(out, 'tsconfig.json'), {}, host);
  if (config === undefined) return { checked: examples.length, failures };
  failures.push(...config.errors.map(located));
  const program = ts.createProgram({ rootNames: config.fileNames, options: config.options });
  // The entries must come from src/ through `paths`, never from a stale build through the package's own name.
  for (const file of program.getSourceFiles()) {
    if (resolve(file.fileName).startsWith(join(root, 'dist')))
      failures.push(`${file.fileName}: examples read the build`);
  }
  for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
    const example = diagnostic.file === undefined ? undefined : written.get(resolve(diagnostic.file.fileName));
    if (example === undefined || diagnostic.start === undefined) {
      failures.push(located(diagnostic));
      continue;
    }
    const { line } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
    const source = example.line + Math.max(0, line - example.preludeLines);
    failures.push(`${example.file}:${source} (${example.owner}): ${messageOf(diagnostic)}`);
  }
  return { checked: examples.length, failures };
}

if (resolve(process.argv[1] ?? '') === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { root: { type: 'string' } } });
  const started = performance.now();
  const { checked, failures } = checkExamples(
    resolve(values.root ?? join(dirname(fileURLToPath(import.meta.url)), '..')),
  );
  const took = `${((performance.now() - started) / 1000).toFixed(1)} s`;
  for (const failure of failures) process.stderr.write(`${failure}\n`);
  if (failures.length === 0) process.stdout.write(`examples: all ${checked} compile (${took})\n`);
  else {
    process.stderr.write(`examples: ${failures.length} error(s) in ${checked} examples (${took})\n`);
    process.exitCode = 1;
  }
}
