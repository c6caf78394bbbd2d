import { describe, expect, it } from 'vitest';
import { topics } from '../../src/index';
import { TOPIC_CATALOGUE, formatTopic, parseTopic } from '../../src/catalogue';
import { buildRow, callLoosely } from '../support/calls';
import { BUILDERS, LITERAL_ONLY, ROOTS, USED_AS } from '../support/contract';

const members: Readonly<Record<string, unknown>> = topics;
const placeholders = (template: string): string[] =>
  [...template.matchAll(/\{([^}]*)\}/g)].map((match) => match[1] ?? '');
const sampleValues = (params: readonly string[]): Record<string, string> =>
  Object.fromEntries(params.map((param) => [param, `${param}-1`]));

const templates = TOPIC_CATALOGUE.map((row) => row.template);

describe('TOPIC_CATALOGUE', () => {
  it('should hold one row per template of the contract, each template once', () => {
    const count = new Set([...USED_AS.map(([, template]) => template), ...LITERAL_ONLY]).size;
    expect(TOPIC_CATALOGUE).toHaveLength(count);
    expect(new Set(templates).size).toBe(count);
  });

  it.each(USED_AS)('should have a template for the leaf %s, used as %s', (_name, template) => {
    expect(templates).toContain(template);
  });

  it('should hold exactly the templates of CONTRACT 1.2 and smtp.probe.pending, no more', () => {
    const expected = new Set([...USED_AS.map(([, template]) => template), ...LITERAL_ONLY]);
    expect([...templates].sort()).toEqual([...expected].sort());
  });

  it('should name every builder of the contract at least once, and nothing else', () => {
    expect([...new Set(TOPIC_CATALOGUE.map((row) => row.builder))].sort()).toEqual(
      BUILDERS.map(({ name }) => name).sort(),
    );
  });

  it('should mark only attacker.observation.{primitive} as having a dotted tail', () => {
    expect(TOPIC_CATALOGUE.filter((row) => row.dottedTail).map((row) => row.template)).toEqual([
      'attacker.observation.{primitive}',
    ]);
  });
});

describe.each(TOPIC_CATALOGUE)('the catalogue row $template', (row) => {
  it('should list the placeholders of its template as its params, in order', () => {
    expect(row.params).toEqual(placeholders(row.template));
  });

  it('should have the first token of its template, a contract root, as its family', () => {
    expect(row.family).toBe(row.template.split('.')[0]);
    expect(Object.values(ROOTS)).toContain(row.family);
  });

  it('should name a builder of topics and pass each param to it once, in order', () => {
    expect(typeof members[row.builder]).toBe('function');
    expect(row.args.filter((arg) => arg.startsWith('{')).map((arg) => arg.slice(1, -1))).toEqual([...row.params]);
  });

  it('should give a topic that parseTopic maps back to this row and formatTopic rebuilds', () => {
    const params = sampleValues(row.params);
    const topic = buildRow(row, params);
    expect(parseTopic(String(topic))).toStrictEqual({ template: row.template, family: row.family, params });
    // A row's params are only known at run time here; the typed calls are in parse.test-d.ts.
    expect(callLoosely(formatTopic, [row.template, params])).toBe(topic);
  });
});
