import { compile } from 'zod/v4/core';
import { TOPIC_CATALOGUE } from '../topics/catalogue.js';
import type { TopicTemplate } from '../topics/template-types.js';
import { _installCompiled } from './parse.js';
import { _eventSchemaIn, WIRE_FORMS } from './wire-forms.js';

/**
 * What {@link compileEventSchemas} did: the templates now parsed by compiled
 * code, and those zod's compiler refused (they keep the regular parser).
 * @example
 * ```ts
 * const { compiled, refused } = compileEventSchemas();
 * ```
 * @category Parsing
 * @public
 */
export interface CompileEventSchemasReport {
  /** Templates whose events `parseEvent` and `safeParseEvent` now check with compiled code. */
  readonly compiled: readonly TopicTemplate[];
  /** Templates the compiler refused; they keep the regular parser. */
  readonly refused: readonly TopicTemplate[];
}

/**
 * Makes `parseEvent` and `safeParseEvent` about five times faster on valid events, with the same answers,
 * by compiling every event schema.
 *
 * It compiles the schemas of all three wire forms with zod's compiler (`zod/v4/core`'s `compile`), and
 * parsing then uses the compiled versions.
 *
 * An opt-in for servers (webhook receivers, SIEM bridges): the compiler adds about 10 kB gzipped to a
 * bundle, generates code with `new Function` (refused under a strict Content-Security-Policy, where the
 * schemas simply stay uncompiled), and reaches full speed after a few seconds of traffic. Each template and
 * form is its own function that warms up on its share of the traffic: on a stream mixing all 50 templates in
 * three forms, on 2 cores, it was slower than the regular parser for the first few hundred thousand events.
 *
 * @returns which templates were compiled and which were refused.
 * @remarks Call once at start-up. Where code generation is forbidden (a Content-Security-Policy without
 *   `'unsafe-eval'`, `node --disallow-code-generation-from-strings`), every template is reported as refused and
 *   keeps the regular parser: the answers are the same, only slower. The report never claims a template
 *   compiled that was not.
 * @example
 * ```ts
 * import { compileEventSchemas, parseEvent } from '@decnet/bus-topics/schemas';
 * compileEventSchemas();
 * parseEvent(JSON.parse(line)); // now checked by compiled code
 * ```
 * @category Parsing
 * @public
 */
export function compileEventSchemas(): CompileEventSchemasReport {
  const compiled: TopicTemplate[] = [];
  const refused: TopicTemplate[] = [];
  for (const { template } of TOPIC_CATALOGUE) {
    try {
      // Every form first, then install: a template is compiled in all three forms or in none.
      // `strict`: without it zod hands back the schema uncompiled, silently, where code generation is refused.
      const schemas = WIRE_FORMS.map(
        (form) => [form, compile(_eventSchemaIn(form, template), { strict: true })] as const,
      );
      for (const [form, schema] of schemas) _installCompiled(form, template, schema);
      compiled.push(template);
    } catch {
      // No code generation here (a CSP without 'unsafe-eval', or a schema the compiler cannot take).
      refused.push(template);
    }
  }
  return { compiled, refused };
}
