/**
 * The builders' doc comments list the catalogue templates each builder makes ("Catalogue templates it makes: ..."),
 * read here from the source with the TypeScript parser and held to `TOPIC_CATALOGUE`'s `builder` column, so the two
 * lists cannot drift. And the builder pages live in the root entry's docs: each statement of src/index.ts that
 * exports roots, leaves or builders is marked `@primaryExport` (without it, typedoc documents those names under the
 * `topics` namespace and the root entry lists bare re-exports).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { TOPIC_CATALOGUE } from '../../src/topics/catalogue';

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '../../src');
const BUILDERS_DIR = join(SRC, 'topics/builders');

/** The text of a doc comment without its markup: no `/**`, no leading `*`, no closing `*\/`. */
function commentText(comment: string): string {
  return comment
    .replace(/^\/\*\*/, '')
    .replace(/\*\/$/, '')
    .split('\n')
    .map((line) => line.replace(/^\s*\* ?/, '').trimEnd())
    .join('\n')
    .trim();
}

/** The doc comment right before a node, as text, or `undefined` when it has none. */
function docCommentOf(node: ts.Node, text: string): string | undefined {
  const ranges = ts.getLeadingCommentRanges(text, node.pos) ?? [];
  const last = ranges.at(-1);
  const comment = last === undefined ? undefined : text.slice(last.pos, last.end);
  return comment?.startsWith('/**') === true ? commentText(comment) : undefined;
}

/** Every exported function of src/topics/builders/, with its doc comment. */
function builderComments(): Map<string, string | undefined> {
  const comments = new Map<string, string | undefined>();
  for (const file of readdirSync(BUILDERS_DIR).filter((name) => name.endsWith('.ts'))) {
    const text = readFileSync(join(BUILDERS_DIR, file), 'utf8');
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    for (const statement of source.statements.filter(ts.isFunctionDeclaration)) {
      const exported = ts.getModifiers(statement)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword) === true;
      if (exported && statement.name !== undefined) comments.set(statement.name.text, docCommentOf(statement, text));
    }
  }
  return comments;
}

/** The templates a comment says its builder makes: the code spans of its "Catalogue template(s) it makes:" paragraph. */
function listedTemplates(comment: string): string[] | undefined {
  const paragraph = /(?:^|\n)Catalogue templates? it makes:([\s\S]*?)(?:\n\n|\n@|$)/.exec(comment)?.[1];
  return paragraph === undefined ? undefined : [...paragraph.matchAll(/`([^`]+)`/g)].map(([, span]) => span ?? '');
}

/** Per builder, the catalogue's templates it makes, in catalogue order. */
function catalogueTemplates(): Map<string, string[]> {
  const templates = new Map<string, string[]>();
  for (const row of TOPIC_CATALOGUE) templates.set(row.builder, [...(templates.get(row.builder) ?? []), row.template]);
  return templates;
}

const COMMENTS = builderComments();
const TEMPLATES = catalogueTemplates();

describe('builder doc comments', () => {
  it('should exist for every builder the catalogue names, and only for those', () => {
    expect([...COMMENTS.keys()].sort()).toEqual([...TEMPLATES.keys()].sort());
    expect([...COMMENTS].filter(([, comment]) => comment === undefined).map(([name]) => name)).toEqual([]);
  });

  it.each([...TEMPLATES])('should list exactly the catalogue templates %s makes, in catalogue order', (name, rows) => {
    const listed = listedTemplates(COMMENTS.get(name) ?? '');
    expect(listed, `${name}'s doc comment has no "Catalogue templates it makes:" paragraph`).toBeDefined();
    expect(listed).toEqual(rows);
  });

  it('should say "template" for one template and "templates" for several', () => {
    const wrong = [...TEMPLATES].filter(([name, rows]) => {
      const plural = /^Catalogue templates it makes:/m.test(COMMENTS.get(name) ?? '');
      return plural !== rows.length > 1;
    });
    expect(wrong.map(([name]) => name)).toEqual([]);
  });

  describe('the list reader', () => {
    it('should read the code spans of the paragraph, for a list spread over several lines', () => {
      const comment = 'Builds `a.{x}`.\n\nCatalogue templates it makes: `a.b`,\n`a.c`.\n\n@param x - `a.d`';
      expect(listedTemplates(comment)).toEqual(['a.b', 'a.c']);
    });

    it('should stop at the first block tag, for a list right before one', () => {
      expect(listedTemplates('Catalogue template it makes: `a.b`.\n@remarks `a.c`')).toEqual(['a.b']);
    });

    it('should find nothing, for a comment without the paragraph', () => {
      expect(listedTemplates('Builds `a.b`.')).toBeUndefined();
    });
  });
});

describe('src/index.ts', () => {
  const text = readFileSync(join(SRC, 'index.ts'), 'utf8');
  const source = ts.createSourceFile('index.ts', text, ts.ScriptTarget.Latest, true);
  const topicExports = source.statements.filter(ts.isExportDeclaration).filter((statement) => {
    const from = statement.moduleSpecifier;
    return from !== undefined && ts.isStringLiteral(from) && /^\.\/topics\/(roots|leaves\/|builders\/)/.test(from.text);
  });

  it('should export roots, leaves and builders by name, for typedoc to document them there', () => {
    expect(topicExports.length).toBeGreaterThan(0);
  });

  it.each(topicExports.map((statement) => [(statement.moduleSpecifier as ts.StringLiteral).text, statement] as const))(
    'should mark the statement exporting from %s @primaryExport',
    (_from, statement) => {
      expect(docCommentOf(statement, text)).toMatch(/(^|\s)@primaryExport(\s|$)/);
    },
  );
});
