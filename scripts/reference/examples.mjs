// Example events for the reference, taken from the schema fixtures (test/schemas/fixtures/), which the test suite
// parses on every run: the first valid event of each payload row, in each wire form DECNET delivers it in.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { tsImport } from 'tsx/esm/api';

/**
 * The first valid fixture event of each row of each template.
 *
 * @param {string} root - the repository root.
 * @param {(ts: number) => string | null} isoformat - `_isoformatUtc` of src/internal/timestamps.ts, from the build.
 * @returns {Promise<(template: string, rows: readonly { types?: readonly string[] }[]) => Examples[]>} the examples
 *   of a template's rows, one `{ bus, webhook, sse }` per row.
 */
export async function loadExamples(root, isoformat) {
  const url = pathToFileURL(join(root, 'test', 'schemas', 'fixtures', 'all.ts')).href;
  const { ALL_FIXTURES } = await tsImport(url, import.meta.url);
  const valid = new Map(ALL_FIXTURES.map(({ template, valid: events }) => [template, events]));
  return (template, rows) =>
    rows.map((row, index) => {
      const claimed = new Set(rows.flatMap((other) => other.types ?? []));
      const fixture = (valid.get(template) ?? []).find(({ event }) =>
        row.types === undefined ? !claimed.has(event.type) : row.types.includes(event.type),
      );
      if (fixture === undefined) {
        throw new Error(`${template}: no valid fixture for its row ${index} in test/schemas/fixtures/`);
      }
      return inEachForm(structuredClone(fixture.event), isoformat);
    });
}

/**
 * @typedef {{ bus: Record<string, unknown>, webhook: Record<string, unknown>, sse: Record<string, unknown> }} Examples
 */

/** A bus event in the three wire forms of README "Wire forms". */
function inEachForm(event, isoformat) {
  const { v, id, topic, type, ts, payload } = event;
  // DECNET's webhook client posts orjson with OPT_SORT_KEYS (nested keys sorted too) and ts as isoformat text.
  const webhook = sortedKeys({ v, id, topic, type, ts: typeof ts === 'number' ? isoformat(ts) : ts, payload });
  return { bus: { v, id, topic, type, ts, payload }, webhook, sse: { topic, type, ts, payload } };
}

/** A JSON value with the keys of every object sorted, as orjson's OPT_SORT_KEYS writes it. */
function sortedKeys(value) {
  if (Array.isArray(value)) return value.map(sortedKeys);
  if (value === null || typeof value !== 'object') return value;
  const keys = Object.keys(value).sort();
  return Object.fromEntries(keys.map((key) => [key, sortedKeys(value[key])]));
}
