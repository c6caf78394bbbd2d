import { describe, expect, it } from 'vitest';
import { TOPIC_CATALOGUE } from '../../src/catalogue';
import { compileEventSchemas, safeParseEvent } from '../../src/schemas';
import { ALL_FIXTURES } from './fixtures/all';

// Outcomes before compiling, to compare with: compiled schemas must give the same answers.
const events = ALL_FIXTURES.flatMap(({ valid, invalid }) =>
  [...valid, ...invalid].map(({ name, event }) => ({ name, event })),
);
const before = events.map(({ event }) => safeParseEvent(event, { strict: true }));

describe('compileEventSchemas', () => {
  const report = compileEventSchemas();

  it('should compile every template of the catalogue', () => {
    expect(report.refused).toEqual([]);
    expect([...report.compiled].sort()).toEqual(TOPIC_CATALOGUE.map((row) => row.template).sort());
  });

  it.each(events.map((entry, i) => ({ ...entry, i })))(
    'should give the same outcome as before on "$name"',
    ({ event, i }) => {
      const after = safeParseEvent(event, { strict: true });
      const expected = before[i];
      expect(after.success).toBe(expected?.success);
      if (after.success && expected?.success === true) expect(after.data).toEqual(expected.data);
      if (!after.success && expected?.success === false) {
        expect(after.error.issues.map((issue) => issue.path)).toEqual(expected.error.issues.map((issue) => issue.path));
      }
    },
  );
});
