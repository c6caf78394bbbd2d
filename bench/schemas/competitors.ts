/**
 * What the zod schemas are measured against, per template: ajv validators
 * compiled from the generated JSON Schema (the floor), and the schemas compiled
 * by zod's own compiler, with what that compiler reported.
 */
import type { ValidateFunction } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020';
import type * as z from 'zod/mini';
import { compile, compileFn } from 'zod/v4/core';
import type { TopicTemplate } from '../../src/catalogue';
import { EVENT_SCHEMAS, eventJsonSchema } from '../../src/schemas';

export type Schema = z.ZodMiniType;

/** Every way of checking one template's events. */
export interface Competitors {
  readonly schema: Schema;
  /** The schema compiled by zod, or the schema itself where the compiler refused it. */
  readonly compiled: Schema;
  readonly validate: ValidateFunction;
}

/** What zod's compiler made of the templates, each list naming templates. */
export interface CompileReport {
  /** Templates `compile(schema, { strict: true })` refused, with zod's reason. */
  readonly refused: readonly string[];
  /** Templates whose compiled code hands a node to the interpreter (a "runtime island"). */
  readonly islands: readonly string[];
  /** Templates whose compiled code calls user callbacks (transforms, refinements). */
  readonly userCode: readonly string[];
}

/** Builds every template's competitors, and the compiler's report. */
export function loadCompetitors(): { byTemplate: Map<TopicTemplate, Competitors>; report: CompileReport } {
  // The same documents the build writes to json-schema/, generated here so the benchmark needs no build.
  // Formats are annotations in draft 2020-12; the generated documents use none ajv knows.
  const ajv = new Ajv2020({ strict: false, validateFormats: false });
  const byTemplate = new Map<TopicTemplate, Competitors>();
  const report = { refused: [] as string[], islands: [] as string[], userCode: [] as string[] };
  // In the registry's order, which the compiler's report lists templates in.
  for (const template of Object.keys(EVENT_SCHEMAS) as TopicTemplate[]) {
    const schema: Schema = EVENT_SCHEMAS[template];
    const compiled = compileReporting(template, schema, report);
    byTemplate.set(template, { schema, compiled, validate: ajv.compile(eventJsonSchema(template)) });
  }
  return { byTemplate, report };
}

function compileReporting(template: string, schema: Schema, report: Record<keyof CompileReport, string[]>): Schema {
  let compiled: Schema;
  try {
    compiled = compile(schema, { strict: true });
  } catch (error) {
    report.refused.push(`${template}: ${error instanceof Error ? error.message : String(error)}`);
    return schema; // measured on the runtime parser, as compile() without strict would
  }
  // compileFn is zod's internal codegen entry; with `debug` it keeps the generated source.
  const generated = compileFn(schema, { debug: true });
  if (hasRuntimeIsland(generated.code ?? '')) report.islands.push(template);
  if (generated.definite === false) report.userCode.push(template);
  return compiled;
}

/**
 * Whether zod's generated code hands a node to the interpreter. zod reports islands nowhere but in the code:
 * one is emitted as `const vN = cA(cB, value)`, a call of its `runtimeRun` constant whose first argument is
 * the schema constant, and no other node calls a constant with a constant first argument. Reading the
 * source is the only way to list them; if zod renames its variables this finds none.
 */
function hasRuntimeIsland(code: string): boolean {
  return /= c\d+\(c\d+, /.test(code);
}
