import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidTopic } from '../../src/index';
import { TOPIC_CATALOGUE, formatTopic, parseTopic } from '../../src/catalogue';
import { rowCall, topicCandidate, topicLike } from '../support/arbitraries';
import { buildRow, callLoosely } from '../support/calls';

/** Templates without parameters: where one equals a built topic, it wins (`system.bus.health`). */
const LITERAL_TEMPLATES = new Set<string>(
  TOPIC_CATALOGUE.filter((row) => row.params.length === 0).map((row) => row.template),
);

describe('parseTopic', () => {
  it('law: parseTopic inverts every builder (a literal template wins where it is the same topic)', () => {
    fc.assert(
      fc.property(rowCall, ({ row, params }) => {
        const topic = String(buildRow(row, params));
        const expected = LITERAL_TEMPLATES.has(topic)
          ? { template: topic, family: row.family, params: {} }
          : { template: row.template, family: row.family, params };
        expect(parseTopic(topic)).toStrictEqual(expected);
      }),
    );
  });

  it('law: formatTopic(template, params) builds the same topic as the builder', () => {
    fc.assert(
      fc.property(rowCall, ({ row, params }) => {
        expect(callLoosely(formatTopic, [row.template, params])).toBe(buildRow(row, params));
      }),
    );
  });

  it('law: formatTopic inverts parseTopic wherever parseTopic finds a template', () => {
    fc.assert(
      fc.property(topicLike, (topic) => {
        const parsed = parseTopic(topic);
        if (parsed !== null) expect(callLoosely(formatTopic, [parsed.template, parsed.params])).toBe(topic);
      }),
    );
  });

  it('law: parseTopic never throws, and returns null for any string that is not a valid topic', () => {
    fc.assert(
      fc.property(fc.oneof(topicCandidate, topicLike), (text) => {
        const parsed = parseTopic(text);
        if (!isValidTopic(text)) expect(parsed).toBeNull();
      }),
    );
  });
});
