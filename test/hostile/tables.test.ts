/**
 * Hostile input: the tables every importer shares cannot be changed by one of them.
 * Before the fix, `EVENT_SCHEMAS['attacker.scored'] = anything` turned
 * validation off for that topic in the whole process.
 */
import { describe, expect, it } from 'vitest';
import * as catalogueEntry from '../../src/catalogue';
import * as rootEntry from '../../src/index';
import * as schemasEntry from '../../src/schemas';
import { safeParseEvent } from '../../src/schemas';
import { wireEvent } from '../schemas/fixtures/types';

const isZodSchema = (value: object): boolean => '_zod' in value;

/** The paths, below `name`, of objects and arrays that are not frozen (zod schemas are zod's own objects). */
function unfrozenPaths(name: string, table: object): string[] {
  const unfrozen: string[] = [];
  const pending: [string, unknown][] = [[name, table]];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const [path, value] = next;
    if (typeof value !== 'object' || value === null || (isZodSchema(value) && path !== name)) continue;
    if (!Object.isFrozen(value)) unfrozen.push(path);
    for (const key of Object.keys(value)) pending.push([`${path}.${key}`, (value as Record<string, unknown>)[key]]);
  }
  return unfrozen;
}

const ENTRIES = { '@decnet/bus-topics': rootEntry, '/catalogue': catalogueEntry, '/schemas': schemasEntry };

describe('the exported tables', () => {
  const tables = Object.entries(ENTRIES).flatMap(([entry, exports]) =>
    Object.entries(exports as Readonly<Record<string, unknown>>).flatMap(([name, value]) =>
      typeof value === 'object' && value !== null && !isZodSchema(value) ? [{ name: `${entry} ${name}`, value }] : [],
    ),
  );

  it('should include the catalogue, the schema registry and the enums', () => {
    const names = tables.map(({ name }) => name);
    expect(names).toContain('/catalogue TOPIC_CATALOGUE');
    expect(names).toContain('/schemas EVENT_SCHEMAS');
    expect(names).toContain('/schemas FINGERPRINT_KINDS');
  });

  it.each(tables.filter(({ name }) => !name.endsWith(' topics')))(
    'should be frozen, deeply: $name',
    ({ name, value }) => {
      expect(unfrozenPaths(name, value)).toEqual([]);
    },
  );

  // An ES module namespace: its members are read-only bindings (the package smoke test checks the built ESM and CJS).
  it('should keep the members of the topics namespace read-only', () => {
    const namespace: Record<string, unknown> = rootEntry.topics;
    expect(() => {
      namespace['decky'] = () => 'forged';
    }).toThrow(TypeError);
    expect(rootEntry.topics.decky('d-1', 'state')).toBe('decky.d-1.state');
  });

  it('should refuse to swap a schema of EVENT_SCHEMAS, and keep validating', () => {
    const registry: Record<string, unknown> = schemasEntry.EVENT_SCHEMAS;
    expect(() => {
      registry['attacker.scored'] = schemasEntry.BusEventSchema;
    }).toThrow(TypeError);
    expect(safeParseEvent(wireEvent('attacker.scored', 'scored', {})).success).toBe(false);
  });

  it('should refuse to edit a catalogue row or its lists', () => {
    const row = catalogueEntry.TOPIC_CATALOGUE[2] as unknown as Record<string, unknown> & { params: string[] };
    expect(() => {
      row['template'] = 'decky.{decky_id}.forged';
    }).toThrow(TypeError);
    expect(() => row.params.push('x')).toThrow(TypeError);
    expect(catalogueEntry.parseTopic('decky.d-1.state')?.template).toBe('decky.{decky_id}.state');
  });
});
