// What the TypeScript source says about each payload: its interface (or the union of interfaces of a two-shape
// payload), the interface's TSDoc summary, and per field its declared type, whether it is optional or nullable,
// its string-literal values and its TSDoc comment. The comment beside a field in src/ is the one place a field is
// described; the reference, the JSON Schema files and the AsyncAPI document all read it from here.
import { dirname, join } from 'node:path';
import ts from 'typescript';

/** The public entry points, in the order typedoc documents them. */
const ENTRIES = ['index', 'catalogue', 'schemas', 'webhooks'];

/**
 * Reads src/ with the compiler.
 *
 * @param {string} root - the repository root.
 * @returns {{ payloadDoc: (schemaName: string) => PayloadDoc, docRefs: Record<string, string> }} `payloadDoc` reads
 *   the payload typed by an exported schema; `docRefs` maps every public name to its typedoc declaration reference
 *   (`@decnet/bus-topics/schemas!DeckyStatePayload`).
 */
export function readSource(root) {
  const { config } = ts.readConfigFile(join(root, 'tsconfig.json'), ts.sys.readFile);
  const { options } = ts.parseJsonConfigFileContent(config, ts.sys, root);
  const files = ENTRIES.map((entry) => join(root, 'src', `${entry}.ts`));
  const program = ts.createProgram(files, { ...options, noEmit: true });
  const checker = program.getTypeChecker();
  const exports = new Map();
  const docRefs = {};
  for (const file of files) {
    const source = program.getSourceFile(file);
    const module = moduleName(source);
    for (const symbol of checker.getExportsOfModule(checker.getSymbolAtLocation(source))) {
      exports.set(symbol.name, exports.get(symbol.name) ?? resolved(checker, symbol));
      docRefs[symbol.name] ??= `${module}!${symbol.name}`;
    }
  }
  return { payloadDoc: (schemaName) => payloadDoc(checker, exports, schemaName), docRefs };
}

/** The name typedoc gives an entry: its `@module` tag, else its file name. */
function moduleName(source) {
  const tag = /@module\s+(\S+)/u.exec(source.text);
  return tag === null ? source.fileName.slice(dirname(source.fileName).length + 1, -3) : tag[1].replace(/^\\@/u, '@');
}

/** The symbol an alias (an import or a re-export) stands for. */
function resolved(checker, symbol) {
  return symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
}

/**
 * @typedef {{ name: string, type: string, required: boolean, nullable: boolean, enum: string[] | null,
 *   description: string }} FieldDoc
 * @typedef {{ name: string, description: string, fields: FieldDoc[] }} ShapeDoc
 * @typedef {{ name: string, description: string, shapes: ShapeDoc[] }} PayloadDoc
 */

/** The payload typed by `XSchema: z.ZodMiniType<X>`: one shape, or one per member of a union of interfaces. */
function payloadDoc(checker, exports, schemaName) {
  const declaration = exports.get(schemaName)?.valueDeclaration;
  const argument = declaration?.type?.typeArguments?.[0];
  if (argument === undefined || !ts.isTypeReferenceNode(argument)) {
    throw new Error(`${schemaName}: expected a declared type z.ZodMiniType<Payload> in src/`);
  }
  const symbol = resolved(checker, checker.getSymbolAtLocation(argument.typeName));
  const type = checker.getTypeFromTypeNode(argument);
  const members = type.isUnion() && type.types.every((member) => member.flags & ts.TypeFlags.Object) ? type.types : [];
  const shapes =
    members.length > 1
      ? members.map((member) => shapeDoc(checker, member, member.aliasSymbol ?? member.symbol))
      : [shapeDoc(checker, type, symbol)];
  return { name: argument.typeName.getText(), description: docText(checker, symbol), shapes };
}

/** One object type's fields, in declaration order (its own, then those it extends). */
function shapeDoc(checker, type, symbol) {
  const fields = checker.getPropertiesOfType(type).map((property) => fieldDoc(checker, property));
  return { name: symbol?.name ?? checker.typeToString(type), description: docText(checker, symbol), fields };
}

/** A field: its type as written (without the `| undefined` of an optional field), and what the checker knows. */
function fieldDoc(checker, property) {
  const declaration = property.valueDeclaration ?? property.declarations?.[0];
  const required = (property.flags & ts.SymbolFlags.Optional) === 0;
  const type = checker.getTypeOfSymbol(property);
  const members = type.isUnion() ? type.types : [type];
  const values = members.filter((member) => !(member.flags & (ts.TypeFlags.Null | ts.TypeFlags.Undefined)));
  const literal = values.length > 0 && values.every((member) => member.isStringLiteral());
  return {
    name: property.name,
    type: typeText(checker, declaration?.type, type, required),
    required,
    nullable: members.some((member) => member.flags & ts.TypeFlags.Null),
    enum: literal ? values.map((member) => member.value) : null,
    description: docText(checker, property),
  };
}

/** The type as the source spells it, on one line; an optional field's `| undefined` is left to the required flag. */
function typeText(checker, node, type, required) {
  if (node === undefined) return checker.typeToString(type);
  const parts = ts.isUnionTypeNode(node) ? node.types : [node];
  const kept = required ? parts : parts.filter((part) => part.kind !== ts.SyntaxKind.UndefinedKeyword);
  const text = (kept.length > 0 ? kept : parts).map((part) => part.getText()).join(' | ');
  return text.replace(/\s+/gu, ' ');
}

/** A symbol's TSDoc text before its block tags, as Markdown: `{@link X}` becomes `X` in code, or its own text. */
function docText(checker, symbol) {
  if (symbol === undefined) return '';
  let text = '';
  let link = null;
  for (const part of symbol.getDocumentationComment(checker)) {
    if (part.kind === 'link' && part.text.startsWith('{@link')) link = { name: '', label: '' };
    else if (link !== null && part.kind === 'linkName') link.name = part.text;
    else if (link !== null && part.kind === 'linkText') link.label = part.text.trim();
    else if (link !== null && part.kind === 'link') {
      text += link.label === '' ? `\`${link.name}\`` : link.label;
      link = null;
    } else text += part.text;
  }
  return text.replace(/\s*\n\s*/gu, ' ').trim();
}
