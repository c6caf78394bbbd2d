/**
 * Hostile input: `compileEventSchemas()` says what it really compiled. Before the
 * fix, zod's compiler fell back silently where code generation is forbidden,
 * and the report claimed all 50 templates compiled while none was.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { TOPIC_CATALOGUE } from '../../src/catalogue';
import { ALL_FIXTURES } from '../schemas/fixtures/all';

const ENTRY = fileURLToPath(new URL('../../src/schemas.ts', import.meta.url));

/** Runs `compileEventSchemas()` in a fresh Node process with `flags`, and returns its report and a parse. */
function compileIn(flags: readonly string[]): { compiled: number; refused: number; parses: boolean } {
  const script = [
    `const { compileEventSchemas, safeParseEvent } = await import(${JSON.stringify(ENTRY)});`,
    'const { compiled, refused } = compileEventSchemas();',
    `const event = ${JSON.stringify(ALL_FIXTURES[0]?.valid[0]?.event)};`,
    'const parses = safeParseEvent(event).success;',
    'process.stdout.write(JSON.stringify({ compiled: compiled.length, refused: refused.length, parses }));',
  ].join('\n');
  const output = execFileSync(process.execPath, [...flags, '--import', 'tsx', '--input-type=module', '-e', script], {
    encoding: 'utf8',
  });
  return JSON.parse(output) as { compiled: number; refused: number; parses: boolean };
}

describe('compileEventSchemas, where code generation is forbidden', () => {
  it('should report every template as refused and keep parsing', () => {
    expect(compileIn(['--disallow-code-generation-from-strings'])).toEqual({
      compiled: 0,
      refused: TOPIC_CATALOGUE.length,
      parses: true,
    });
  });

  it('should report every template as compiled where code generation is allowed', () => {
    expect(compileIn([])).toEqual({ compiled: TOPIC_CATALOGUE.length, refused: 0, parses: true });
  });
});
